"""A throwaway ``dagster-webserver`` for tests and scripts (UI test, asset-graph screenshot).

Runs ``dagster-webserver -m pipeline.definitions`` on a free loopback port against a scratch
Dagster instance, raw folder and warehouse, so nothing in the repository is touched; waits (with
a bound) until its code location has loaded; stops it with SIGTERM (SIGKILL after a timeout) and
also stops code-server children that outlive it.  Not ``dagster dev``: that one ignores SIGTERM
from scripts and leaves processes behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.config import PROJECT_ROOT

STARTUP_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0

WORKSPACE_QUERY = """
{
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on PythonError { message stack }
        }
      }
    }
    ... on PythonError { message }
  }
}
"""


class DevServerError(RuntimeError):
    """The webserver died, failed to load the code location, or did not come up in time."""


def webserver_executable() -> str | None:
    exe = Path(sys.executable).parent / "dagster-webserver"
    return str(exe) if exe.exists() else shutil.which("dagster-webserver")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def graphql_raw(base_url: str, query: str, timeout: float = 20.0) -> dict[str, Any]:
    """POST one GraphQL query to ``<base_url>/graphql``; the whole JSON answer."""
    req = urllib.request.Request(
        f"{base_url}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())


def _log_tail(log: Path, n: int = 4000) -> str:
    try:
        return log.read_text(errors="replace")[-n:]
    except OSError:
        return "<no log>"


def wait_until_loaded(proc: subprocess.Popen, base_url: str, log: Path) -> None:
    """Bounded poll until the webserver answers and its code location has finished loading."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    last: object = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise DevServerError(f"dagster-webserver exited with {proc.returncode}:\n{_log_tail(log)}")
        try:
            data = graphql_raw(base_url, WORKSPACE_QUERY, timeout=5).get("data") or {}
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            last = exc
            data = {}
        entries = (data.get("workspaceOrError") or {}).get("locationEntries") or []
        if entries and all(e["loadStatus"] == "LOADED" for e in entries):
            for e in entries:
                loc = e["locationOrLoadError"] or {}
                if loc.get("__typename") == "PythonError":
                    raise DevServerError(f"code location {e['name']} failed to load:\n{loc['message']}\n{loc.get('stack')}")
            return
        time.sleep(0.5)
    raise DevServerError(f"dagster-webserver not ready after {STARTUP_TIMEOUT_S:.0f} s (last: {last!r}):\n{_log_tail(log)}")


def _child_pids(pid: int) -> list[int]:
    """Direct children of ``pid`` (Linux /proc; empty elsewhere)."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields and int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _is_dagster_process(pid: int) -> bool:
    try:
        return b"dagster" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _stop_orphans(pids: list[int]) -> None:
    """SIGTERM the webserver's own code-server children if they outlived it (SIGKILL after the timeout)."""
    alive = [p for p in pids if _is_dagster_process(p)]
    for p in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(p, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in alive if _is_dagster_process(p)]
    for p in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(p, signal.SIGKILL)


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM the webserver, wait, SIGKILL after the timeout; then stop surviving code servers."""
    children = _child_pids(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT_S)
    _stop_orphans(children)


@contextlib.contextmanager
def webserver(scratch: Path) -> Iterator[str]:
    """Run the webserver against scratch state under ``scratch``; yield its base URL."""
    exe = webserver_executable()
    if exe is None:
        raise DevServerError("dagster-webserver is not installed in this environment")
    home, state, raw, wh = (scratch / d for d in ("home", "state", "raw", "warehouse"))
    for d in (home, state, raw, wh):
        d.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "DAGSTER_STATE_DIR": str(state),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_WAREHOUSE": str(wh / "warehouse.duckdb"),
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH")) if p),
    }
    port = free_port()
    log = scratch / "webserver.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "-h", "127.0.0.1", "-p", str(port), "-m", "pipeline.definitions"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_loaded(proc, base_url, log)
            yield base_url
        finally:
            stop(proc)
