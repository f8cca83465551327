"""Selection to pixels: from setting the date in Python to the four panels painted in headless Chromium.

The SkymapBrowser is rendered with the project's browser harness (``tests/browser/harness.py``:
the real bundle and state in a page with a fake widget model). Each sample changes ``date``
between 2021-11-04 and 2022-06-01 at THEMIS gill (two different best skymaps), with every file
already cached (downloaded and read once before timing).

Clock: it starts right before ``widget.date = ...`` in Python and stops at the page's own
timestamp of the paint of the four panels (``data-panels-painted-at`` of the view's root, read
once the page reports a new panel paint, ``data-panels-paint-count``, with the new skymap's file
in the page's model). The page's clock is tied to Python's before each sample with a round trip
(``performance.timeOrigin + performance.now()`` between two ``time.time()`` reads, the shortest
of three; the note gives the worst half round trip), so the time does not include how late the
1 ms polling loop notices the paint; that poll-detected time is in the note too.

Transport: messages reach the page one by one in the order Python sends them, each in its own
``page.evaluate`` with base64 buffers (as ``Rendered.push()`` encodes them), the way a kernel's
websocket delivers each message as its own task; the map's grid follows the panels and the raw
frames come ~150 ms later from their own thread. Between samples the widget is settled (frames
for the map finish loading) untimed.

Anchor: what the same selection costs with pyaurorax + matplotlib with the file cached:
``download_best_skymap`` (one listing request to the archive server, file skipped as present),
``data.ucalgary.read`` and a 1x4 matplotlib figure of the same four panels rendered to PNG at
100 dpi (what an inline figure costs in Jupyter).
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import queue
import sys
import time
from typing import Any

import numpy as np

from ._common import REPO, Context, Row, Skip, Stat, measure, need, need_browser, quiet, target_ratio
from .preview_payload import matplotlib_png

NAME = "selection_pixels"
TITLE = "Selection to pixels in headless Chromium (< 100 ms, >= 5x pyaurorax + matplotlib)"
NOTES = __doc__

DATASET = "THEMIS_ASI_SKYMAP_IDLSAV"
SITE = "gill"
DATES = ("2021-11-04", "2022-06-01")

# Count of panel paints and, once the new skymap's panels painted, the page time of that paint.
_PANEL_COUNT = ("() => Number((document.querySelector('.aurora-sb') || {dataset: {}})"
                ".dataset.panelsPaintCount || 0)")
_PANELS_PAINTED_AT = """([prev, fn]) => {
  const root = document.querySelector('.aurora-sb');
  if (!root) return 0;
  const info = window.__aurora.model.get('site_info') || {};
  const count = Number(root.dataset.panelsPaintCount || 0);
  if (!(count > prev && info.filename === fn)) return 0;
  return performance.timeOrigin + Number(root.dataset.panelsPaintedAt);
}"""
_PAGE_NOW = "() => performance.timeOrigin + performance.now()"
_MAP_PAINTS = ("() => Number((document.querySelector('.aurora-sb') || {dataset: {}})"
               ".dataset.mapPaintCount || 0)")


def load_harness() -> Any:
    path = REPO / "tests" / "browser" / "harness.py"
    if not path.exists():
        raise Skip("tests/browser/harness.py is missing")
    spec = importlib.util.spec_from_file_location("aurora_bench_harness", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def push_one(harness: Any, rendered: Any) -> bool:
    """Deliver the oldest queued Python->page message on its own; False when none is queued.

    ``Rendered.push()`` hands every queued message to the page in one ``page.evaluate``, so a
    small first message (the panels) waits for the base64 of everything behind it (the map grid);
    a kernel's websocket delivers each message as its own task instead.
    """
    try:
        msg, buffers = rendered._queue.get_nowait()
    except queue.Empty:
        return False
    method = msg.get("method")
    if method == "update":
        item = {"method": "update", "state": msg.get("state", {}),
                "buffer_paths": msg.get("buffer_paths", []), "buffers": harness._b64(buffers)}
    elif method == "custom":
        item = {"method": "custom", "content": msg.get("content"), "buffers": harness._b64(buffers)}
    else:
        return True
    rendered.page.evaluate("(msgs) => window.__aurora.apply(msgs)", [item])
    return True


def page_offset(page: Any, tries: int = 3) -> tuple[float, float]:
    """(page wall clock - Python's time.time(), half the round trip) in seconds, best of ``tries``."""
    best = (0.0, float("inf"))
    for _ in range(tries):
        a = time.time()
        page_now = float(page.evaluate(_PAGE_NOW)) / 1e3
        b = time.time()
        if (b - a) / 2 < best[1]:
            best = (page_now - (a + b) / 2, (b - a) / 2)
    return best


def run(ctx: Context) -> list[Row]:
    sb = need("aurora_widgets.widgets.skymap_browser", "SkymapBrowser")
    sync_playwright = need_browser()
    harness = load_harness()
    client, how = ctx.widget_client("selection")
    rep = ctx.repeat(9, 2)

    with quiet():
        widget = sb.SkymapBrowser(dataset=DATASET, site_uid=SITE, date=DATES[0], client=client)
        widget.wait(120)
    if widget.skymap is None:
        raise Skip(f"SkymapBrowser did not load: {widget.status} {widget.message}")

    rows: list[Row] = []
    with sync_playwright() as pw:
        browser = harness.launch_browser(pw)
        try:
            r = harness.render_widget(browser, widget)
            r.sync(120)
            # warm-up: each date once, so files are downloaded, read and cached; learn the files
            expected = {}
            for d in (DATES[1], DATES[0]):
                widget.date = d
                widget.wait(120)
                r.sync(120)
                expected[d] = widget.site_info.get("filename")
            if expected[DATES[0]] == expected[DATES[1]]:
                raise Skip(f"both dates choose {expected[DATES[0]]}: no change to time")
            samples, py_side, map_paints, polled, slack = [], [], [], [], []
            state: dict[str, Any] = {"i": 0, "t0": 0.0, "ready": None}

            def ready(change: Any) -> None:
                # the new skymap's site, not the reload's clearing of the old one (site_info={})
                if state["ready"] is None and (change["new"] or {}).get("filename"):
                    state["ready"] = time.perf_counter() - state["t0"]

            widget.observe(ready, names=["site_info"])
            for _ in range(rep):
                state["i"] += 1
                d = DATES[state["i"] % 2]
                r.sync(120)
                prev = int(r.page.evaluate(_PANEL_COUNT))
                maps0 = int(r.page.evaluate(_MAP_PAINTS))
                offset, half_rtt = page_offset(r.page)
                state["ready"] = None
                wall0 = time.time()
                t0 = state["t0"] = time.perf_counter()
                widget.date = d
                deadline = t0 + 30
                while True:
                    while push_one(harness, r):  # what is queued goes out back to back, as on a socket
                        pass
                    painted_at = float(r.page.evaluate(_PANELS_PAINTED_AT, [prev, expected[d]]))
                    if painted_at:
                        break
                    if time.perf_counter() > deadline:
                        raise TimeoutError(f"no paint of {expected[d]} within 30 s")
                    time.sleep(0.001)
                polled.append(time.perf_counter() - t0)
                samples.append(painted_at / 1e3 - offset - wall0)
                slack.append(half_rtt)
                map_paints.append(int(r.page.evaluate(_MAP_PAINTS)) - maps0)
                if state["ready"] is not None:
                    py_side.append(state["ready"])
            widget.unobserve(ready, names=["site_info"])
            errors = r.page_errors()
            r.sync(120)
            r.close()
        finally:
            browser.close()
    widget.close()
    t_ours = Stat.of(samples)

    # anchor: pyaurorax + matplotlib, file cached
    pax = ctx.pax()
    try:
        server = ctx.server()
        pax.srs_obj.api_base_url = server.url.rstrip("/")
        anchor_how = "download_best_skymap (cached) + read + matplotlib PNG"
    except Skip:
        server = None
        anchor_how = "read + matplotlib PNG (no archive server: listing not counted)"
    local = {}
    for d in DATES:
        when = _dt.datetime.fromisoformat(d)
        if server is not None:
            with quiet():
                local[d] = pax.data.ucalgary.download_best_skymap(DATASET, SITE, when).filenames[0]
        else:
            base = ctx.archive() / "files" / "THEMIS" / "asi" / "skymaps" / SITE
            local[d] = next(base.rglob(expected[d]))
    turn = {"i": 0}

    def anchor() -> None:
        turn["i"] += 1
        d = DATES[turn["i"] % 2]
        with quiet():
            if server is not None:
                when = _dt.datetime.fromisoformat(d)
                f = pax.data.ucalgary.download_best_skymap(DATASET, SITE, when).filenames
            else:
                f = [local[d]]
            sm = pax.data.ucalgary.read(pax.data.ucalgary.get_dataset(DATASET) if server is not None else
                                        _stub_dataset(DATASET), f).data[0]
            matplotlib_png([("elevation", sm.full_elevation), ("azimuth", sm.full_azimuth),
                            ("latitude", np.asarray(sm.full_map_latitude[1])),
                            ("longitude", np.asarray(sm.full_map_longitude[1]))])

    t_anchor = measure(anchor, repeat=ctx.repeat(5, 1), number=1)
    row = Row(NAME, f"{DATASET} {SITE}: date {DATES[0]} <-> {DATES[1]}, cached files", "s", t_ours, t_anchor,
              f"pyaurorax + matplotlib ({anchor_how})", target="< 100 ms, >= 5x",
              note=f"{how}; a date change at the same site reuses the site's skymap listing (up to the "
                   f"client's listing_cache_seconds, as Client.download_best_skymap does; pyaurorax lists "
                   f"again each time, and the anchor includes that); Python side (date set -> panels "
                   f"trait ready) median "
                   f"{1e3 * float(np.median(py_side)) if py_side else float('nan'):.0f} ms, the rest is "
                   f"transport to the page (harness: base64 + page.evaluate), inflate and paint in the next "
                   f"animation frame; clock tie-up within {1e3 * max(slack):.1f} ms; poll-detected "
                   f"(includes the harness's page.evaluate round trips and the grid's delivery) median "
                   f"{1e3 * float(np.median(polled)):.0f} ms; map view paints by then: "
                   f"{int(np.median(map_paints)) if map_paints else 0} (median; it waits for the panels); "
                   f"page errors: {len(errors)}")
    target_ratio(row, 5.0)
    row.met = bool(row.met and t_ours.median < 0.1)
    if row.met is False:
        row.note += (". Where the time goes: Python's side is in the note above; on the page, one selection "
                     "is one panel paint in the next animation frame after the panels' bytes arrive (the "
                     "map waits for them). A miss here usually means a slow machine or a loaded CPU: look "
                     "at the poll-detected time and the Python side before the page")
    rows.append(row)
    return rows


def _stub_dataset(name: str) -> Any:
    import pyucalgarysrs

    return pyucalgarysrs.data.Dataset(
        name=name, short_description="", long_description="", data_tree_url="", file_listing_supported=True,
        file_reading_supported=True, level="L3", doi=None, doi_details=None, citation=None,
        file_time_resolution="not_applicable", supported_libraries=["pyaurorax"])
