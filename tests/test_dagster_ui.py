"""The Dagster UI serves every asset, asset check, job, schedule and sensor of the pipeline.

Starts a real ``dagster-webserver`` (not ``dagster dev``, which leaves processes behind) on a free
port against a temporary Dagster instance, temporary raw folder and temporary warehouse, so nothing
in the repository is touched; queries its GraphQL endpoint with urllib and compares the answer with
``pipeline.defs.defs``. The server is stopped with SIGTERM (SIGKILL after 10 s) whatever happens.
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

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEBSERVER = Path(sys.executable).parent / "dagster-webserver"
STARTUP_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0
GROUPS = {"ingest", "extract", "resolve", "publish"}

pytestmark = pytest.mark.skipif(
    not WEBSERVER.exists() and shutil.which("dagster-webserver") is None,
    reason="dagster-webserver is not installed (pip install dagster-webserver to run the UI test)",
)

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

DEFINITIONS_QUERY = """
{
  assetNodes {
    assetKey { path }
    groupName
    description
    kinds
    owners {
      __typename
      ... on TeamAssetOwner { team }
      ... on UserAssetOwner { email }
    }
    assetChecksOrError {
      __typename
      ... on AssetChecks { checks { name } }
      ... on AssetCheckNeedsMigrationError { message }
    }
  }
  repositoriesOrError {
    __typename
    ... on RepositoryConnection {
      nodes {
        name
        jobs { name }
        schedules { name cronSchedule }
        sensors { name }
      }
    }
    ... on PythonError { message }
  }
}
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def graphql(base_url: str, query: str, timeout: float = 20.0) -> dict[str, Any]:
    """POST one GraphQL query to ``<base_url>/graphql``; return ``data`` (fail on ``errors``)."""
    req = urllib.request.Request(
        f"{base_url}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        payload = json.loads(resp.read())
    assert not payload.get("errors"), payload["errors"]
    return payload["data"]


def _log_tail(log: Path, n: int = 4000) -> str:
    try:
        return log.read_text(errors="replace")[-n:]
    except OSError:
        return "<no log>"


def _wait_until_loaded(proc: subprocess.Popen, base_url: str, log: Path) -> None:
    """Bounded poll until the webserver answers and its code location has finished loading."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    last: object = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"dagster-webserver exited with {proc.returncode}:\n{_log_tail(log)}")
        try:
            ws = graphql(base_url, WORKSPACE_QUERY, timeout=5)["workspaceOrError"]
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            last = exc
        else:
            last = ws
            entries = ws.get("locationEntries") or []
            if entries and all(e["loadStatus"] == "LOADED" for e in entries):
                for e in entries:
                    loc = e["locationOrLoadError"]
                    if loc and loc["__typename"] == "PythonError":
                        pytest.fail(f"code location {e['name']} failed to load:\n{loc['message']}\n{loc['stack']}")
                return
        time.sleep(0.5)
    pytest.fail(f"dagster-webserver not ready after {STARTUP_TIMEOUT_S:.0f} s (last: {last!r}):\n{_log_tail(log)}")


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
    """SIGTERM the webserver's own code-server children if they outlived it (SIGKILL after 10 s)."""
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


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the webserver we started, wait for it, SIGKILL it after ``STOP_TIMEOUT_S``; then
    stop its code-server children if they outlived it."""
    children = _child_pids(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT_S)
    _stop_orphans(children)


@pytest.fixture(scope="module")
def webserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a ``dagster-webserver`` serving ``pipeline.definitions`` from a scratch instance."""
    tmp = tmp_path_factory.mktemp("dagster_ui")
    home, state, raw, wh = tmp / "home", tmp / "state", tmp / "raw", tmp / "warehouse"
    for d in (home, state, raw, wh):
        d.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "DAGSTER_STATE_DIR": str(state),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_WAREHOUSE": str(wh / "warehouse.duckdb"),
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
    }
    port = _free_port()
    exe = str(WEBSERVER) if WEBSERVER.exists() else str(shutil.which("dagster-webserver"))
    log = tmp / "webserver.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "-h", "127.0.0.1", "-p", str(port), "-m", "pipeline.definitions"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            _wait_until_loaded(proc, base_url, log)
            yield base_url
        finally:
            _stop(proc)


@pytest.fixture(scope="module")
def served(webserver: str) -> dict[str, Any]:
    return graphql(webserver, DEFINITIONS_QUERY, timeout=30)


@pytest.fixture(scope="module")
def expected():
    from pipeline.defs import defs

    return defs


def _owner(o: dict[str, Any]) -> str:
    return f"team:{o['team']}" if o["__typename"] == "TeamAssetOwner" else o["email"]


def test_every_asset_is_served_with_group_description_kinds_owners(served, expected) -> None:
    graph = expected.resolve_asset_graph()
    nodes = {"/".join(n["assetKey"]["path"]): n for n in served["assetNodes"]}
    want = {k.to_user_string(): graph.get(k) for k in graph.get_all_asset_keys()}
    assert set(nodes) == set(want)
    for name, node in want.items():
        got = nodes[name]
        assert got["groupName"] in GROUPS, (name, got["groupName"])
        assert got["groupName"] == node.group_name
        assert got["description"] and got["description"].strip(), f"{name} has no description"
        assert got["description"] == node.description
        assert set(got["kinds"]) == set(node.kinds), name
        assert sorted(_owner(o) for o in got["owners"]) == sorted(node.owners), name


def test_every_asset_check_is_served(served, expected) -> None:
    graph = expected.resolve_asset_graph()
    want = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert want, "the definitions declare asset checks"
    got: set[tuple[str, str]] = set()
    for n in served["assetNodes"]:
        checks = n["assetChecksOrError"]
        assert checks["__typename"] == "AssetChecks", checks
        got |= {("/".join(n["assetKey"]["path"]), c["name"]) for c in checks["checks"]}
    assert got == want


def test_job_schedule_and_sensor_are_served(served, expected) -> None:
    repos = served["repositoriesOrError"]
    assert repos["__typename"] == "RepositoryConnection", repos
    jobs = {j["name"] for r in repos["nodes"] for j in r["jobs"]}
    schedules = {s["name"]: s["cronSchedule"] for r in repos["nodes"] for s in r["schedules"]}
    sensors = {s["name"] for r in repos["nodes"] for s in r["sensors"]}
    assert "build_warehouse" in jobs
    assert "daily_build" in schedules
    assert "raw_files_sensor" in sensors
    assert {j.name for j in expected.resolve_all_job_defs()} <= jobs
    assert {s.name: s.cron_schedule for s in expected.schedules} == schedules
    assert {s.name for s in expected.sensors} == sensors
