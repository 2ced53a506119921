#!/usr/bin/env python
"""Screenshot the Dagster global asset lineage page into ``docs/asset_graph.png``.

Starts ``dagster-webserver`` against a scratch Dagster instance (temporary DAGSTER_HOME with a copy
of the repository's dagster.yaml, temporary state dir, raw folder and warehouse: nothing in the
repository except the PNG is written), waits until the code location has loaded, marks the
"community" dialog as seen, and opens ``/asset-groups?expanded=<every group>`` in headless Chromium.
By default Chromium is driven over ``--remote-debugging-pipe`` (stdlib only): the UI's layout
direction is set to vertical, the group tree hidden and the graph zoomed to fit before the capture
(the page alone fits the graph's width only, which cuts a tall graph). ``--simple`` instead runs a
single ``chromium --screenshot --virtual-time-budget`` with no interaction. The webserver is stopped
with SIGTERM. Not part of CI.

Usage::

    . .venv/bin/activate
    python scripts/screenshot_asset_graph.py [--out docs/asset_graph.png] [--page /asset-groups] [--simple]

Needs Chromium (``apt-get update && apt-get install -y chromium``).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import devserver  # noqa: E402
from pipeline.devserver import graphql_raw  # noqa: E402

DEFAULT_OUT = ROOT / "docs" / "asset_graph.png"
# "/asset-groups" is the UI's global asset lineage (every group of every code location); its groups
# start collapsed unless listed in ``?expanded=global@global:<group>,...``.
DEFAULT_PAGE = "/asset-groups"
GLOBAL_GROUP_ID = "global@global:{}"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
STOP_TIMEOUT_S = 10.0


def find_chromium(explicit: str | None = None) -> str | None:
    """Path of a Chromium/Chrome binary, or None."""
    for cand in ((explicit,) if explicit else CHROMIUM_CANDIDATES):
        path = cand if Path(cand).is_file() else shutil.which(cand)
        if path:
            return str(path)
    return None


def _graphql(base_url: str, query: str, timeout: float = 5.0) -> dict:
    return graphql_raw(base_url, query, timeout)


def served_assets(base_url: str) -> dict[str, str]:
    """Asset key (``a/b``) -> group name of every asset the webserver serves."""
    data = _graphql(base_url, "{ assetNodes { assetKey { path } groupName } }", timeout=30)["data"]
    return {"/".join(n["assetKey"]["path"]): n["groupName"] or "" for n in data["assetNodes"]}


def expanded_lineage_page(groups: list[str]) -> str:
    """Global lineage path with the given asset groups expanded."""
    expanded = ",".join(GLOBAL_GROUP_ID.format(g) for g in sorted(set(groups)) if g)
    return f"{DEFAULT_PAGE}?{urllib.parse.urlencode({'expanded': expanded}, safe='@:,')}"


def dismiss_community_dialog(base_url: str) -> None:
    """Mark the "Join the Dagster community" dialog as seen in the (scratch) instance."""
    _graphql(base_url, "mutation { setNuxSeen }")


def webserver(scratch: Path):
    """Run ``dagster-webserver -m pipeline.definitions`` on a free port; yield its base URL."""
    return devserver.webserver(scratch)


CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
)

# Browser-side settings of the Dagster UI (localStorage, JSON values): layout direction of the asset
# graph and the collapsed app navigation, so the graph gets the width of the window.
UI_SETTINGS = {"asset-graph-direction": "vertical", "dagster-nav-collapsed": True}

# Nodes of the lineage graph are drawn once the layout worker has finished.
_NODES_DRAWN_JS = "(names) => names.filter((n) => document.body.innerText.includes(n)).length"
_SET_STORAGE_JS = "(kv) => { for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, JSON.stringify(v)); return true; }"
# The explorer's left panel (group tree) is hidden by its "panel" toggle button.
_HIDE_PANEL_JS = """() => {
  const icon = document.querySelector('[aria-label="panel_show_right"]');
  const button = icon && icon.closest('button');
  if (!button) return false;
  button.click();
  return true;
}"""
# A double click on the viewport background runs the UI's own zoom-to-fit (SVGViewport.autocenter).
_ZOOM_TO_FIT_JS = """() => {
  const area = (e) => { const r = e.getBoundingClientRect(); return r.width * r.height; };
  const svg = [...document.querySelectorAll('svg')].sort((a, b) => area(b) - area(a))[0];
  if (!svg) return false;
  svg.parentElement.dispatchEvent(new MouseEvent('dblclick', {bubbles: true, cancelable: true}));
  return true;
}"""


def screenshot_simple(chromium: str, url: str, out: Path, profile: Path, window: str = "1600,1000",
                      budget_ms: int = 15000) -> None:
    """One-shot ``chromium --screenshot`` after a virtual-time budget (no interaction).

    The lineage page keeps the viewport it computed for its first (collapsed) layout, so this view
    may show only part of a large graph; :func:`screenshot_fitted` zooms to fit first.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={window}",
           f"--virtual-time-budget={budget_ms}", f"--screenshot={out}", url]
    subprocess.run(cmd, check=True, timeout=120, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if not out.exists() or out.stat().st_size == 0:
        raise RuntimeError(f"Chromium wrote no screenshot to {out}")


class _PipeCDP:
    """Minimal Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (stdlib only).

    Chromium reads NUL-terminated JSON commands from fd 3 and writes replies and events to fd 4.
    """

    def __init__(self, chromium: str, flags: list[str]) -> None:
        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()
        # copies above fd 9 (close-on-exec) so that moving them onto fds 3 and 4 in the child can
        # never overwrite one with the other
        hi_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        hi_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def _wire_pipes() -> None:  # runs in the child between fork and exec
            os.dup2(hi_r, 3)
            os.dup2(hi_w, 4)

        try:
            self.proc = subprocess.Popen(
                [chromium, *flags, "--remote-debugging-pipe", "about:blank"],
                preexec_fn=_wire_pipes, close_fds=False, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(hi_r)
            os.close(hi_w)
        self._buf = b""
        self._next_id = 0

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._r], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict:
        """Send one command and return its ``result`` (events received meanwhile are dropped)."""
        self._next_id += 1
        msg: dict = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.call("Browser.close", timeout=5)
        for fd in (self._w, self._r):
            with contextlib.suppress(OSError):
                os.close(fd)
        try:
            self.proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT_S)


def screenshot_fitted(chromium: str, base_url: str, page: str, out: Path, profile: Path,
                      asset_names: list[str], window: str = "2800,1000",
                      ui_settings: dict | None = None, timeout: float = 60.0) -> None:
    """Open ``base_url + page`` with ``ui_settings`` in localStorage, wait until the asset nodes are
    drawn, hide the group tree, zoom to fit and save the window as a PNG to ``out``."""
    width, height = (int(v) for v in window.split(","))
    cdp = _PipeCDP(chromium, [*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={window}"])
    try:
        target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        cdp.call("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)

        def evaluate(fn: str, *args: object) -> object:
            expr = f"({fn})(...{json.dumps(list(args))})"
            res = cdp.call("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session)
            return res.get("result", {}).get("value")

        # localStorage belongs to the origin: set it from a light page of the same server first
        cdp.call("Page.navigate", {"url": base_url + "/server_info"}, session)
        time.sleep(0.5)
        evaluate(_SET_STORAGE_JS, UI_SETTINGS if ui_settings is None else ui_settings)
        cdp.call("Page.navigate", {"url": base_url + page}, session)

        deadline = time.monotonic() + timeout
        while not evaluate(_NODES_DRAWN_JS, asset_names):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the asset graph was not drawn within {timeout:.0f} s")
            time.sleep(0.5)
        time.sleep(1.0)
        if evaluate(_HIDE_PANEL_JS):
            time.sleep(1.0)
        if not evaluate(_ZOOM_TO_FIT_JS):
            raise RuntimeError("no graph viewport found on the page")
        time.sleep(2.0)  # smooth-zoom animation and re-render at the new scale
        png = cdp.call("Page.captureScreenshot", {"format": "png"}, session)["data"]
    finally:
        cdp.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(base64.b64decode(png))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PNG to write (default docs/asset_graph.png)")
    ap.add_argument("--page", default=None,
                    help="UI path to capture (default: /asset-groups with every group expanded)")
    ap.add_argument("--chromium", default=None, help="Chromium binary (default /usr/bin/chromium)")
    ap.add_argument("--window-size", default=None,
                    help="WIDTH,HEIGHT of the browser window (default 2800,1000; 1600,1000 with --simple)")
    ap.add_argument("--direction", choices=("vertical", "horizontal"), default="vertical",
                    help="layout direction of the graph (default vertical: groups stacked top-down)")
    ap.add_argument("--simple", action="store_true",
                    help="plain `chromium --screenshot` after a virtual-time budget (no zoom to fit)")
    ap.add_argument("--budget-ms", type=int, default=15000, help="--virtual-time-budget for --simple")
    args = ap.parse_args(argv)

    chromium = find_chromium(args.chromium)
    if chromium is None:
        print("Chromium not found. Install it with:\n"
              "    sudo apt-get update && sudo apt-get install -y chromium\n"
              "or pass --chromium /path/to/chrome.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="asset_graph_") as tmp:
        scratch = Path(tmp)
        with webserver(scratch) as base_url:
            dismiss_community_dialog(base_url)
            assets = served_assets(base_url)
            page = args.page or expanded_lineage_page(list(assets.values()))
            print(f"capturing {base_url}{page}", file=sys.stderr)
            profile = scratch / "chromium-profile"
            if args.simple:
                screenshot_simple(chromium, base_url + page, args.out.resolve(), profile,
                                  window=args.window_size or "1600,1000", budget_ms=args.budget_ms)
            else:
                names = [k.rsplit("/", 1)[-1] for k in assets]
                settings = {**UI_SETTINGS, "asset-graph-direction": args.direction}
                screenshot_fitted(chromium, base_url, page, args.out.resolve(), profile, names,
                                  window=args.window_size or "2800,1000", ui_settings=settings)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
