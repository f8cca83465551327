"""Range playback in headless Chromium: frames per second at 60x across minute files (issue #15).

Cases: one THEMIS site (gill) and a three-site REGO mosaic (gill + rank + luck, neighbours within
1050 km), each playing 2021-11-04 06:00-06:12 UT (12 minute files, 240 instants at the 3 s
cadence: >= 200 frames) at ``play_speed`` 60, i.e. one frame every 50 ms wanted (20 fps). The files
are downloaded before timing (one untimed play of the range with another widget); the timed widget
is new, so its ring of decoded minutes starts empty and every minute is read and decoded in the
background ahead of the play head while playing (the cached-files / offline case).

Two transports, one row each: (1) the project's browser harness (``tests/browser/harness.py``: the
real bundle in a page with a fake widget model), where a pump loop in Python delivers each queued
Python->page message on its own ``page.evaluate`` (buffers base64-encoded, as ``Rendered.push``
does) and hands the page's command requests to the widget, back to back, with 5 ms sleeps: the
page's main thread pays a base64 decode a websocket would not; (2) real JupyterLab on the archive
server: a notebook makes the widget (files downloaded first with another widget) and the page
plays it through the kernel's comm (binary websocket buffers), the path a user has.

Measured from the page's own data attributes: ``data-fps`` (frames drawn per second since Play,
waits at file boundaries included), ``data-dropped`` (instants passed without being drawn),
``data-draws``, ``data-late`` (frames shown more than 1.5 frame intervals after the one before: the
player draws at most one instant per animation frame, so a busy page delays frames rather than
skipping them, then catches up); the map's paint time (``lastPaintMs``, sampled by the pump); bytes
per frame = ``playback_status.bytes_sent / frames_sent`` (Python's count of
frame bytes sent to the browser). Target: >= 20 fps and no dropped frame.

Anchor: the same range with pyaurorax + matplotlib, what a notebook would do without the widget:
``pyaurorax.data.ucalgary.read`` of the same cached minute files (every site), then each instant
drawn with ``im.set_data`` + ``fig.canvas.draw()`` (Agg, one image per site, the figure reused);
its time per frame against ours (1 / fps).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ._common import Context, Row, Skip, Stat, need, need_browser, quiet
from ._lab import Lab, open_notebook, printed, run_cell, start_lab, write_notebook
from .selection_pixels import load_harness, push_one

NAME = "playback_fps"
TITLE = "Range playback in headless Chromium (>= 20 fps at 60x, no dropped frame)"
NOTES = __doc__

DATE = "2021-11-04T06:00"
RANGE = ["2021-11-04T06:00", "2021-11-04T06:12"]
SPEED = 60.0
CASES = (
    ("THEMIS_ASI_SKYMAP_IDLSAV", "THEMIS_ASI_RAW", False),
    ("REGO_SKYMAP_IDLSAV", "REGO_RAW", True),
)
_STATE = ("() => ({ ...document.querySelector('.aurora-sb-play').dataset,"
          " paintMs: document.querySelector('.aurora-sb').__auroraMap.lastPaintMs() })")


def _widget(sb: Any, client: Any, skymap_dataset: str, mosaic: bool) -> Any:
    with quiet():
        w = sb.SkymapBrowser(skymap_dataset, site_uid="gill", date=DATE, client=client, neighbour_radius_km=1050)
        w.wait(180)
        if mosaic:
            w.show_neighbours = True
            w.wait(180)
    if w.skymap is None:
        raise Skip(f"SkymapBrowser did not load: {w.status} {w.message}")
    return w


def _pump(harness: Any, r: Any, until: Any, timeout: float, stats: dict[str, Any] | None = None) -> dict[str, Any]:
    """Deliver messages both ways until ``until(state)``; ``stats`` collects paint times and push time."""
    deadline = time.monotonic() + timeout
    while True:
        r.flush()
        while True:
            t0 = time.perf_counter()
            if not push_one(harness, r):
                break
            if stats is not None:
                stats["push_s"] = stats.get("push_s", 0.0) + time.perf_counter() - t0
        state: dict[str, Any] = r.page.evaluate(_STATE)
        if stats is not None:
            stats.setdefault("paint_ms", []).append(float(state["paintMs"]))
        if until(state):
            return state
        if time.monotonic() > deadline:
            raise TimeoutError(f"playback did not get there in {timeout} s: {state}")
        time.sleep(0.005)


def _play(harness: Any, browser: Any, widget: Any) -> dict[str, Any]:
    """Play RANGE at SPEED to its end in a fresh page; the page's numbers and Python's bytes."""
    r = harness.render_widget(browser, widget)
    try:
        r.sync(180)
        widget.play_speed = SPEED
        widget.play_range = RANGE
        _pump(harness, r, lambda s: bool(s.get("head")), 300)
        sites = list(widget.playback["sites"])
        t0 = time.perf_counter()
        r.page.get_by_role("button", name="Play range").click()
        stats: dict[str, Any] = {}
        state = _pump(harness, r, lambda s: s.get("state") == "ended", 300, stats)
        wall = time.perf_counter() - t0
        status = dict(widget.playback_status)
        segments = len(widget.playback.get("segments", []))
        errors = r.page_errors()
    finally:
        r.close()
    return {"state": state, "wall": wall, "status": status, "sites": sites, "errors": errors, "segments": segments,
            "paint_ms": stats.get("paint_ms", [0.0]), "push_s": stats.get("push_s", 0.0)}


def _anchor(ctx: Context, raw_dataset: str, files: list[Path], sites: list[str], frames: int) -> Stat:
    """pyaurorax read of the cached files + a matplotlib set_data/draw per instant, per frame."""
    pax = ctx.pax()
    server = ctx.server()
    pax.srs_obj.api_base_url = server.url.rstrip("/")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t0 = time.perf_counter()
    with quiet():
        ds = pax.data.ucalgary.get_dataset(raw_dataset)
        per_site = {s: pax.data.ucalgary.read(ds, sorted(f for f in files if f"_{s}_" in f.name)).data for s in sites}
    fig, axes = plt.subplots(1, len(sites), figsize=(4.6 * len(sites), 4), squeeze=False)
    images = [ax.imshow(per_site[s][:, :, 0], cmap="gray") for ax, s in zip(axes[0], sites, strict=True)]
    n = min(frames, *(a.shape[-1] for a in per_site.values()))
    for i in range(n):
        for im, s in zip(images, sites, strict=True):
            im.set_data(per_site[s][:, :, i])
        fig.canvas.draw()
    seconds = time.perf_counter() - t0
    plt.close(fig)
    return Stat.single(seconds / n)


_LAB_CELL = """from aurora_widgets import SkymapBrowser
import time
def browser():
    b = SkymapBrowser({skymap!r}, site_uid="gill", date={date!r}, neighbour_radius_km=1050)
    b.wait()
    if {mosaic!r}:
        b.show_neighbours = True
        b.wait()
    b.play_speed = {speed!r}
    b.play_range = {range!r}
    while not b.playback.get("key"):
        time.sleep(0.05)
    return b
warm = browser()  # every minute file of every site downloaded once (untimed; another widget's ring)
for i in range(len(warm.playback["segments"])):
    warm._playback_segment({{"key": warm.playback["key"], "index": i}}, [])
b = browser()
b"""
_LAB_STATUS = "print('PY', dict(b.playback_status), b.playback['sites'])"


def _play_in_lab(browser: Any, lab: Lab, skymap: str, mosaic: bool) -> dict[str, Any]:
    """Play RANGE in a notebook through the kernel's comm; the page's numbers and Python's status line."""
    name = write_notebook(lab, f"playback-{skymap}.ipynb", [
        _LAB_CELL.format(skymap=skymap, date=DATE, mosaic=mosaic, speed=SPEED, range=RANGE), _LAB_STATUS])
    page = open_notebook(browser, lab, name)
    try:
        run_cell(page)
        page.wait_for_function("() => !!document.querySelector('.aurora-sb-play')?.dataset.head", timeout=300_000)
        page.locator(".aurora-sb-play").scroll_into_view_if_needed()
        t0 = time.perf_counter()
        page.get_by_role("button", name="Play range").click()
        page.wait_for_function("() => document.querySelector('.aurora-sb-play').dataset.state === 'ended'",
                               timeout=300_000)
        wall = time.perf_counter() - t0
        state: dict[str, Any] = page.evaluate("() => ({ ...document.querySelector('.aurora-sb-play').dataset })")
        run_cell(page, 1)
        text = printed(page, "PY ")
    finally:
        page.close()
    import ast

    status_text, sites_text = text.rsplit(" [", 1)
    return {"state": state, "wall": wall, "status": ast.literal_eval(status_text.strip()),
            "sites": ast.literal_eval("[" + sites_text.strip()),
            "transport": "JupyterLab (the kernel's comm, a binary websocket)", "push_s": 0.0}


def _row(case: str, got: dict[str, Any], anchor: Stat | None, anchor_name: str) -> Row:
    """One case's row: fps as time per frame, dropped and late frames, bytes per frame in the note."""
    state, status = got["state"], got["status"]
    fps, draws = float(state.get("fps", 0)), int(state.get("draws", 0))
    dropped, late = int(state.get("dropped", 0)), int(state.get("late", 0))
    per_frame = status.get("bytes_sent", 0) / max(1, status.get("frames_sent", 0))
    per_draw = status.get("bytes_sent", 0) / max(1, draws)
    paint = sorted(got.get("paint_ms") or [])
    where = (f"map paint median {paint[len(paint) // 2]:.1f} ms / max {paint[-1]:.1f} ms, the pump delivering "
             f"messages {got['push_s']:.1f} s of the wall time; " if paint else "")
    row = Row(NAME, f"{case}; {got['transport'].split(' (')[0]}", "s", Stat.single(1 / fps) if fps > 0 else None,
              anchor, anchor_name, target=">= 20 fps, 0 dropped", per=1.0, per_unit="frame",
              note=(f"{fps:.1f} fps over {draws} frames drawn, {dropped} dropped, {late} shown late (> 1.5 frame "
                    f"intervals after the one before), gaps '{state.get('gaps', '')}', {got['wall']:.1f} s wall; "
                    f"{where}bytes sent to the browser: {per_draw / 1024:.1f} KiB per frame drawn (all sites of "
                    f"an instant), {per_frame / 1024:.1f} KiB per site frame ({status.get('frames_sent', 0)} site "
                    f"frames, {status.get('bytes_sent', 0) / 2**20:.1f} MiB in all); transport: "
                    f"{got['transport']}; page errors: {len(got.get('errors', []))}"))
    row.met = bool(fps >= 20.0 and dropped == 0 and draws >= 200)
    return row


def run(ctx: Context) -> list[Row]:
    sb = need("aurora_widgets.widgets.skymap_browser", "SkymapBrowser")
    if not hasattr(sb.SkymapBrowser, "play_range"):
        raise Skip("SkymapBrowser has no play_range yet")
    sync_playwright = need_browser()
    harness = load_harness()
    rows: list[Row] = []
    lab: Lab | None = None
    with sync_playwright() as pw:
        browser = harness.launch_browser(pw)
        try:
            for skymap_dataset, raw_dataset, mosaic in CASES[:1] if ctx.quick else CASES:
                client, how = ctx.widget_client(f"playback-{raw_dataset}")
                warm = _widget(sb, client, skymap_dataset, mosaic)
                _play(harness, browser, warm)  # downloads every minute file of every site (untimed)
                warm.close()
                widget = _widget(sb, client, skymap_dataset, mosaic)
                got = _play(harness, browser, widget)
                widget.close()
                got["transport"] = f"browser harness with a pump loop ({how})"
                kind = raw_dataset.split("_")[0].lower()
                files = [p for p in Path(client.download_dir).rglob("20211104_*")
                         if p.is_file() and kind in p.name.lower()]
                try:
                    anchor = _anchor(ctx, raw_dataset, files, got["sites"], int(got["state"].get("draws", 0)))
                    anchor_name = "pyaurorax read + matplotlib set_data/draw per frame (Agg)"
                except Skip as why:
                    anchor, anchor_name = None, f"(anchor skipped: {why})"
                case = (f"{raw_dataset} {' + '.join(got['sites'])}: {RANGE[0][11:]}-{RANGE[1][11:]} UT, "
                        f"{got['segments']} minute files, {SPEED:.0f}x")
                rows.append(_row(case, got, anchor, anchor_name))
                try:
                    lab = lab or start_lab(ctx)
                    rows.append(_row(case, _play_in_lab(browser, lab, skymap_dataset, mosaic),
                                     anchor, anchor_name))
                except Skip as why:
                    rows.append(Row(NAME, f"{case}; JupyterLab", "s", None, None, "", skipped=str(why)))
        finally:
            browser.close()
            if lab is not None:
                lab.close()
    return rows
