"""Click to pixels in real JupyterLab: a click on a SkymapBrowser timeline bar to the four panels painted.

The path a user has. JupyterLab runs on the archive server (``benchmarks/_lab.py``), headless
Debian Chromium opens a notebook whose cell makes ``SkymapBrowser`` for THEMIS gill 2021-11-04
and selects each of the site's two skymaps (``themis_skymap_gill_20210308-+_v02.sav`` and
``themis_skymap_gill_20220301-+_v02.sav``) once before timing, so both files are downloaded, read
and kept, and their payloads made; two untimed clicks in the page follow (one on each bar).

Each sample, in the page: ``t0 = performance.now(); bar.click()`` on the other skymap's bar
(``.aurora-sb-bar[data-filename=...]``), then, without polling, a MutationObserver waits for the
view's root to report a new panel paint (``data-panels-paint-count`` grew) whose panels were made
from the clicked file (``data-drawn-from`` of the panels block); the sample is
``data-panels-painted-at - t0``, both on the page's clock. So it holds: the page setting
``selected`` and sending it (the comm message, over Jupyter's websocket to the server, then ZMQ to
the kernel), the kernel handling it (the widget reads the kept skymap in a job thread and sends the
cached panels with ``site_info``, one message), the way back (kernel -> server -> page), the page
inflating the panels and the wait for the next animation frame (60 Hz: 8 ms on average).
Between samples: 300 ms, then the kernel idle (the map's part of the selection lands untimed).

Where the time goes, from timestamps (no CDP tracing while timing): the page's websocket is
wrapped by an init script that notes when each kernel-channel frame is sent and received (page
clock); the kernel notes when the comm message arrives, when the panels message is handed to the
comm and when its IO thread sends it on ZMQ (``time.time()``); a second subscriber to the
kernel's IOPub socket, in the benchmark's process, notes when it is on the wire (the server hears
it then too). The kernel's clock is tied to the page's by a round trip before each sample
(``performance.timeOrigin + performance.now()`` between two ``time.time()`` reads). The run's log
prints every sample's parts; the note gives their medians.

Anchor: what a notebook does without the widget to see another skymap's four panels, as in
``selection_pixels`` minus the listing (a click names the file): ``pyaurorax.data.ucalgary.read``
of the cached file and a 1x4 matplotlib figure of the same four panels rendered to PNG at 100 dpi.
"""

from __future__ import annotations

import datetime as _dt
import json
import statistics
import time
from typing import Any

from ._common import Context, Row, Skip, Stat, measure, need, need_browser, quiet
from ._lab import KERNEL_IDLE, Lab, open_notebook, printed, run_cell, start_lab, write_notebook
from .selection_pixels import DATASET, DATES, SITE, four_panels_png, load_harness, one_frame_target, page_offset

NAME = "selection_click"
TITLE = "Click to pixels in real JupyterLab (< 16 ms median, >= 5x pyaurorax + matplotlib)"
NOTES = __doc__

DATE = DATES[0]
FILES = ("themis_skymap_gill_20210308-+_v02.sav", "themis_skymap_gill_20220301-+_v02.sav")

_CELL = """from aurora_widgets import SkymapBrowser
import json, time
b = SkymapBrowser({dataset!r}, site_uid={site!r}, date={date!r})
b.wait()
for f in {files!r}[::-1]:
    b.select(f).wait()  # both skymaps downloaded, read and kept, their payloads made (untimed)
# ["recv", enter, leave] per comm message naming `selected`; ["sent", file, before, after] per panels
# message handed to the comm; ["zmq", before, after] when the IO thread sends it to the server
_stamps = []
def _recv(msg, _handle=b._handle_msg):
    t = time.time()
    _handle(msg)
    if "selected" in (msg["content"]["data"].get("state") or {{}}):
        _stamps.append(["recv", t, time.time()])
b.comm.on_msg(_recv)
def _sent(msg, buffers=None, _send=b._send):
    t = time.time()
    _send(msg, buffers)
    state = msg.get("state") or {{}}
    if "panels" in state:
        _stamps.append(["sent", (state.get("site_info") or {{}}).get("filename"), t, time.time()])
b._send = _sent
_iopub = getattr(get_ipython().kernel, "iopub_thread", None)
def _zmq(parts, *args, _really=_iopub._really_send, **kwargs):
    t = time.time()  # the kernel's IO thread sends the message on ZMQ (to the server)
    _really(parts, *args, **kwargs)
    if any(isinstance(p, bytes) and b'"panels"' in p for p in parts):
        _stamps.append(["zmq", t, time.time()])
if _iopub is not None:
    _iopub._really_send = _zmq
b"""
_STAMPS = "print('PY', json.dumps(_stamps))"

# Kernel-channel websocket frames noted with the page's clock while window.__wsLogOn is set.
_WS_LOG = """(() => {
  const Base = window.WebSocket;
  window.__wsLog = [];
  window.__wsLogOn = false;
  class Logged extends Base {
    constructor(...args) {
      super(...args);
      if (!String(args[0]).includes("/channels")) return;
      this.addEventListener("message", (e) => {
        if (window.__wsLogOn) window.__wsLog.push(["in", performance.now(), e.data]);
      });
    }
    send(data) {
      const on = window.__wsLogOn && String(this.url).includes("/channels");
      if (on) window.__wsLog.push(["out", performance.now(), data]);
      return super.send(data);
    }
  }
  window.WebSocket = Logged;
})();"""

# One sample: click the bar, resolve when the clicked file's panels painted (no polling).
_CLICK = """async (filename) => {
  const root = document.querySelector(".aurora-sb");
  const block = root.querySelector(".aurora-sb-panels-block");
  const bar = root.querySelector(`.aurora-sb-bar[data-filename="${CSS.escape(filename)}"]`);
  if (!bar) throw new Error(`no bar for ${filename}`);
  const prev = Number(root.dataset.panelsPaintCount || 0);
  window.__wsLog = [];
  window.__wsLogOn = true;
  const painted = new Promise((resolve, reject) => {
    const check = () => Number(root.dataset.panelsPaintCount || 0) > prev && block.dataset.drawnFrom === filename;
    const obs = new MutationObserver(() => {
      if (check()) { obs.disconnect(); clearTimeout(timer); resolve(Number(root.dataset.panelsPaintedAt)); }
    });
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error(`no paint of ${filename} in 30 s`)); }, 30000);
    const attributeFilter = ["data-panels-paint-count", "data-drawn-from"];
    obs.observe(root, { attributes: true, subtree: true, attributeFilter });
  });
  const t0 = performance.now();
  bar.click();
  const paintedAt = await painted;
  window.__wsLogOn = false;
  return { t0, paintedAt, origin: performance.timeOrigin };
}"""

# After a sample (untimed): page times of the first frame sent and of the frame holding the panels.
_FRAMES = r"""(t0) => {
  const text = (d) => typeof d === "string" ? d : new TextDecoder("latin1").decode(d);
  const out = window.__wsLog.find(([dir, t]) => dir === "out" && t >= t0);
  const inPanels = window.__wsLog.find(([dir, t, d]) => dir === "in" && t >= t0 && text(d).includes('"panels"'));
  const size = (d) => typeof d === "string" ? d.length : d.byteLength;
  const kind = (d) => {  // msg_type (the header's comes first), and a comm message's state keys
    const t = text(d).slice(0, 3000);
    const type = (t.match(/"msg_type":\s*"(\w+)"/) || [])[1] || "?";
    const state = t.match(/"state":\s*\{"(\w+)"/);
    return state ? `${type}:${state[1]}` : type;
  };
  const before = window.__wsLog.filter(([dir, t]) => dir === "in" && t >= t0 && (!inPanels || t < inPanels[1]));
  window.__wsLog = [];
  return { sent: out ? out[1] : null, received: inPanels ? inPanels[1] : null,
           bytes: inPanels ? size(inPanels[2]) : 0, before: before.map(([, , d]) => kind(d)) };
}"""


class _IopubTap:
    """A second subscriber to the kernel's IOPub socket: when each panels message is on the wire (time.time()).

    It hears a message when the server does, so page arrival minus this is the server's and the
    page's part of the way back.
    """

    def __init__(self, lab: Lab) -> None:
        import threading

        import zmq

        files = sorted(lab.runtime_dir.glob("kernel-*.json"), key=lambda p: p.stat().st_mtime)
        if not files:
            raise Skip(f"no kernel connection file in {lab.runtime_dir}")
        info = json.loads(files[-1].read_text())
        self.times: list[float] = []
        self._stop = threading.Event()
        self._sock: Any = zmq.Context.instance().socket(zmq.SUB)
        self._sock.setsockopt(zmq.SUBSCRIBE, b"")
        self._sock.connect(f"{info['transport']}://{info['ip']}:{info['iopub_port']}")
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            if not self._sock.poll(100):
                continue
            parts = self._sock.recv_multipart(copy=True)
            t = time.time()
            if any(b'"panels"' in p for p in parts[:8]):
                self.times.append(t)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._sock.close(linger=0)


def _settle(page: Any) -> None:
    """Untimed: the map's part of the selection lands, the kernel is idle."""
    time.sleep(0.3)
    page.wait_for_function(KERNEL_IDLE, timeout=60_000)


def _click(page: Any, filename: str) -> dict[str, Any]:
    got: dict[str, Any] = page.evaluate(_CLICK, filename)
    got.update(page.evaluate(_FRAMES, got["t0"]))
    return got


def _clicks_in_lab(browser: Any, lab: Lab, repeat: int) -> dict[str, Any]:
    """Open the notebook, warm up, time ``repeat`` clicks; the page's samples and the kernel's stamps."""
    name = write_notebook(lab, "selection-click.ipynb", [
        _CELL.format(dataset=DATASET, site=SITE, date=DATE, files=FILES), _STAMPS])
    errors: list[str] = []
    page = open_notebook(browser, lab, name, init_script=_WS_LOG)
    try:
        page.on("pageerror", lambda err: errors.append(str(err)))
        run_cell(page)
        page.wait_for_function(
            f"() => document.querySelector('.aurora-sb-panels-block')?.dataset.drawnFrom === {FILES[0]!r}",
            timeout=300_000)
        page.locator(".aurora-sb").scroll_into_view_if_needed()
        try:
            tap: _IopubTap | None = _IopubTap(lab)
        except Exception:  # only the breakdown needs it
            tap = None
        _settle(page)
        for f in (FILES[1], FILES[0]):  # untimed: one click on each bar
            _click(page, f)
            _settle(page)
        samples: list[dict[str, Any]] = []
        files = [FILES[(i + 1) % 2] for i in range(repeat)]
        for f in files:
            offset, half_rtt = page_offset(page)
            got = _click(page, f)
            got["offset"], got["half_rtt"] = offset, half_rtt
            samples.append(got)
            _settle(page)
        run_cell(page, 1)
        stamps = json.loads(printed(page, "PY ").strip())
        if tap is not None:
            tap.close()
            stamps += [["tap", t] for t in tap.times]
    finally:
        page.close()
    return {"samples": samples, "files": files, "stamps": stamps, "errors": errors}


def _breakdown(got: dict[str, Any]) -> dict[str, list[float]]:
    """Per sample, ms from the click: page sent, kernel got, kernel sent the panels, page got them, painted."""
    n = len(got["samples"])  # the warm-up clicks' stamps come first
    recv = [s for s in got["stamps"] if s[0] == "recv"][-n:]
    sent = [s for s in got["stamps"] if s[0] == "sent"][-n:]
    zmq = [s for s in got["stamps"] if s[0] == "zmq"][-n:]
    tap = [s for s in got["stamps"] if s[0] == "tap"][-n:]
    out: dict[str, list[float]] = {k: [] for k in ("sent", "kernel_in", "kernel_out", "zmq", "zmq_done", "tap",
                                                    "received", "painted", "python")}
    if len(recv) != n or len(sent) != n or any(p[1] != f for p, f in zip(sent, got["files"], strict=True)):
        return out  # a message more or less than one each way: no pairing
    for s, r, p in zip(got["samples"], recv, sent, strict=True):
        start = (s["origin"] + s["t0"]) / 1e3 - s["offset"]  # the click, on the kernel's clock (s)
        out["kernel_in"].append(1e3 * (r[1] - start))
        out["kernel_out"].append(1e3 * (p[2] - start))
        out["python"].append(1e3 * (p[2] - r[1]))
        i = len(out["python"]) - 1
        if len(zmq) == n:
            out["zmq"].append(1e3 * (zmq[i][1] - start))
            out["zmq_done"].append(1e3 * (zmq[i][2] - start))
        if len(tap) == n:
            out["tap"].append(1e3 * (tap[i][1] - start))
        if s["sent"] is not None:
            out["sent"].append(s["sent"] - s["t0"])
        if s["received"] is not None:
            out["received"].append(s["received"] - s["t0"])
        out["painted"].append(s["paintedAt"] - s["t0"])
    return out


def _anchor(ctx: Context) -> Stat:
    """pyaurorax read of the other cached skymap + a 1x4 matplotlib PNG of its four panels, per click."""
    pax = ctx.pax()
    pax.srs_obj.api_base_url = ctx.server().url.rstrip("/")
    with quiet():
        dataset = pax.data.ucalgary.get_dataset(DATASET)
        local = [pax.data.ucalgary.download_best_skymap(DATASET, SITE, _dt.datetime.fromisoformat(d)).filenames[0]
                 for d in DATES]
    turn = {"i": 0}

    def click() -> None:
        turn["i"] += 1
        with quiet():
            sm = pax.data.ucalgary.read(dataset, [local[turn["i"] % 2]]).data[0]
            four_panels_png(sm)

    return measure(click, repeat=ctx.repeat(5, 1), number=1)


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "?"


def run(ctx: Context) -> list[Row]:
    need("aurora_widgets.widgets.skymap_browser", "SkymapBrowser")
    sync_playwright = need_browser()
    harness = load_harness()
    case = f"{DATASET} {SITE} {DATE}: click {FILES[0][14:27]} <-> {FILES[1][14:27]} bars, cached files"
    lab: Lab | None = None
    with sync_playwright() as pw:
        browser = harness.launch_browser(pw)
        try:
            try:
                lab = start_lab(ctx)
            except Skip as why:
                return [Row(NAME, f"{case}; JupyterLab", "s", None, None, "", skipped=str(why))]
            got = _clicks_in_lab(browser, lab, ctx.repeat(21, 2))
        finally:
            browser.close()
            if lab is not None:
                lab.close()
    samples = [s["paintedAt"] - s["t0"] for s in got["samples"]]
    t_ours = Stat.of([v / 1e3 for v in samples])
    parts = _breakdown(got)
    for key, values in parts.items():  # per sample, for whoever reads the run's log
        print(f"[{NAME}] {key:>10} ms: " + " ".join(f"{v:.1f}" for v in values))
    try:
        t_anchor: Stat | None = _anchor(ctx)
        anchor_name = "pyaurorax + matplotlib (read of the cached file + 1x4 PNG)"
    except Skip as why:
        t_anchor, anchor_name = None, f"(anchor skipped: {why})"
    sizes = sorted(s["bytes"] for s in got["samples"])
    ahead = sorted(len(s["before"]) for s in got["samples"])
    print(f"[{NAME}] messages the page got before the panels (first sample): {got['samples'][0]['before']}")
    row = Row(NAME, f"{case}; JupyterLab", "s", t_ours, t_anchor, anchor_name, target="< 16 ms, >= 5x",
              note=(f"the time holds page -> server -> kernel -> Python -> kernel -> server -> page, the "
                    f"panels' inflate and the wait for the next animation frame; medians from the click (ms): "
                    f"page sent the comm message {_median(parts['sent'])}, kernel got it "
                    f"{_median(parts['kernel_in'])}, kernel handed the panels to the comm "
                    f"{_median(parts['kernel_out'])} (Python side, message in -> panels out: "
                    f"{_median(parts['python'])}), the kernel's IO thread sent them on ZMQ "
                    f"{_median(parts['zmq'])}-{_median(parts['zmq_done'])}, another IOPub subscriber had them "
                    f"{_median(parts['tap'])}, "
                    f"page got them {_median(parts['received'])}, painted "
                    f"{_median(parts['painted'])}; the panels' frame {sizes[len(sizes) // 2] / 1024:.0f} KiB, after "
                    f"{ahead[len(ahead) // 2]} other kernel messages (median); "
                    f"clock tie-up within {1e3 * max(s['half_rtt'] for s in got['samples']):.1f} ms; "
                    f"page errors: {len(got['errors'])}"))
    one_frame_target(row, ("the medians above, in order; between the message on the wire "
                            "and the page's message event are the server and the page's main thread (in a "
                            "trace: busy with the click's own frame, the chosen bar marked and JupyterLab's "
                            "style and layout of its whole page, and JupyterLab's handling of the kernel's "
                            "status messages); from the page's message event to the paint, JupyterLab's "
                            "widget manager unpacks the state and the panels wait for the next animation frame "
                            "(8 ms on average at 60 Hz). Before 2026-12-01 the click also rebuilt the whole "
                            "timeline and repainted the map with the old grid under the new file's name: "
                            "33.1 ms then"))
    return [row]
