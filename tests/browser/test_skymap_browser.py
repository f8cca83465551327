"""SkymapBrowser in headless Chromium (tests/browser/harness.py): themes, canvases, hover, timeline, map."""

from __future__ import annotations

import numpy as np
import pytest

from .harness import artifacts_dir

pytestmark = pytest.mark.browser

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"
GILL_2022 = "themis_skymap_gill_20220301-+_v02.sav"
PANEL_CANVASES = ".aurora-sb-panels:not(.aurora-sb-diff) canvas.aurora-sb-canvas"

OPAQUE_PIXELS = """
canvas => {
  const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let opaque = 0, colours = new Set();
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] > 0) { opaque += 1; colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); }
  }
  return { opaque, colours: colours.size, total: canvas.width * canvas.height };
}
"""


@pytest.fixture
def gill(api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser(
        site_uid="gill", date="2021-11-04T06:00", client=Client(api_url=api_url, download_dir=download_dir)
    ).wait()
    assert browser.status == "ready", browser.message
    return browser


def _wait_painted(rendered):
    rendered.sync()
    rendered.page.wait_for_function(
        "() => Number(document.querySelector('.aurora-sb')?.dataset.mapPaintCount || 0) > 0"
    )
    rendered.page.wait_for_function(
        "() => Number(document.querySelector('.aurora-sb')?.dataset.paintCount || 0) > 0"
    )


def test_renders_in_every_theme_with_painted_canvases(render, gill, theme):
    rendered = render(gill, theme=theme)
    page = rendered.page
    _wait_painted(rendered)
    root = page.locator(".aurora-sb")
    assert "gill" in root.locator(".aurora-sb-title").text_content()
    bars = root.locator(".aurora-sb-bar")
    assert bars.count() >= 2
    chosen = root.locator(".aurora-sb-bar.is-selected")
    assert chosen.get_attribute("data-filename") == GILL_2021
    assert chosen.get_attribute("aria-checked") == "true"
    for i in range(4):
        stats = root.locator(PANEL_CANVASES).nth(i).evaluate(OPAQUE_PIXELS)
        assert stats["opaque"] > 0.2 * stats["total"], (i, stats)
        assert stats["colours"] > 20, (i, stats)
    map_stats = root.locator("canvas.aurora-sb-mapcanvas").first.evaluate(OPAQUE_PIXELS)
    assert map_stats["colours"] > 20
    # text is readable: computed colour differs from the background of the widget
    fg, bg = root.evaluate("r => [getComputedStyle(r).color, getComputedStyle(r).backgroundColor]")
    assert fg != bg
    rendered.screenshot(f"skymap_browser-{theme}")


def test_hover_shows_the_elevation_of_the_array(render, gill):
    rendered = render(gill, theme="jupyterlab-light")
    page = rendered.page
    _wait_painted(rendered)
    canvas = page.locator(PANEL_CANVASES).first
    box = canvas.bounding_box()
    h, w = gill.skymap.full_elevation.shape
    row, col = 150, 90
    page.mouse.move(box["x"] + (col + 0.5) / w * box["width"], box["y"] + (h - row - 0.5) / h * box["height"])
    readout = page.locator(".aurora-sb-readout")
    page.wait_for_function("() => document.querySelector('.aurora-sb-readout').dataset.row !== undefined")
    got_row, got_col = int(readout.get_attribute("data-row")), int(readout.get_attribute("data-col"))
    assert abs(got_row - row) <= 1 and abs(got_col - col) <= 1
    expected = float(gill.skymap.full_elevation[got_row, got_col])
    panel = gill.panels["elevation"]
    step = (panel["vmax"] - panel["vmin"]) / 254
    approx = float(readout.get_attribute("data-elevation"))
    assert approx == pytest.approx(expected, abs=step)
    assert f"pixel ({got_row}, {got_col})" in readout.text_content()
    # the exact value arrives from Python through a custom message
    rendered.sync()
    page.wait_for_function("() => document.querySelector('.aurora-sb-readout').dataset.exact === 'true'")
    assert float(readout.get_attribute("data-elevation")) == pytest.approx(expected, abs=1e-4)


def test_clicking_a_timeline_bar_changes_python_selected(render, gill):
    rendered = render(gill, theme="vscode-dark")
    page = rendered.page
    _wait_painted(rendered)
    page.locator(f".aurora-sb-bar[data-filename='{GILL_2022}']").click()
    rendered.sync()
    gill.wait()
    assert gill.selected == GILL_2022
    assert gill.skymap is not None and gill.skymap.filename.endswith(GILL_2022)
    rendered.sync()
    sel = page.locator(".aurora-sb-bar.is-selected")
    assert sel.get_attribute("data-filename") == GILL_2022
    # keyboard: arrow keys move the choice back
    sel.focus()
    page.keyboard.press("ArrowUp")
    rendered.sync()
    gill.wait()
    assert gill.selected == GILL_2021


def test_min_elevation_masks_in_the_browser(render, gill):
    rendered = render(gill, theme="jupyterlab-light")
    page = rendered.page
    _wait_painted(rendered)
    canvas = page.locator(PANEL_CANVASES).first
    before = canvas.evaluate(OPAQUE_PIXELS)["opaque"]
    slider = page.get_by_label("Minimum elevation (degrees)")
    slider.fill("40")
    after = canvas.evaluate(OPAQUE_PIXELS)["opaque"]
    el = gill.skymap.full_elevation
    assert after < before
    assert after == pytest.approx(int(np.sum(el >= 40)), rel=0.05)
    rendered.sync()
    assert gill.min_elevation == 40


def _pixel_on_map(page, row: int, col: int, lat: float, lon: float) -> dict:
    return page.evaluate(
        """([row, col, lon, lat]) => {
          const m = document.querySelector('.aurora-sb').__auroraMap;
          const p = m.project([lon, lat]);
          return { p, centre: m.pixelScreen(row, col), hit: m.indexAt(p[0], p[1]) };
        }""",
        [row, col, lon, lat],
    )


def _most_moved_pixel(gill) -> tuple[int, int]:
    """The pixel (elevation >= 15 deg) whose 110 km position differs most between the two skymaps."""
    from aurora_widgets.data.altitude import skymap_at_altitude
    from aurora_widgets.widgets._skymap_panels import pixel_centres

    other = gill._read(gill.dataset_name, gill._candidate(GILL_2022))[1]
    lat_a, lon_a = pixel_centres(*skymap_at_altitude(gill.skymap, 110.0))
    lat_b, lon_b = pixel_centres(*skymap_at_altitude(other, 110.0))
    shift = np.hypot(lat_a - lat_b, (lon_a - lon_b) * np.cos(np.radians(lat_a)))
    shift[~(gill.skymap.full_elevation >= 15)] = -1
    shift[~np.isfinite(shift)] = -1
    row, col = np.unravel_index(int(np.argmax(shift)), shift.shape)
    return int(row), int(col)


def test_map_pixel_lands_at_its_latitude_longitude_and_moves_with_the_skymap(render, gill):
    rendered = render(gill, theme="jupyterlab-light")
    page = rendered.page
    _wait_painted(rendered)
    row, col = 150, 90
    exact = gill.exact_values(row, col)
    first = _pixel_on_map(page, row, col, exact["latitude"], exact["longitude"])
    assert first["hit"] is not None
    assert abs(first["hit"]["row"] - row) <= 1 and abs(first["hit"]["col"] - col) <= 1
    assert np.hypot(*np.subtract(first["p"], first["centre"])) < 1.5

    row, col = _most_moved_pixel(gill)
    exact = gill.exact_values(row, col)
    before = _pixel_on_map(page, row, col, exact["latitude"], exact["longitude"])
    assert np.hypot(*np.subtract(before["p"], before["centre"])) < 1.5
    gill.select(GILL_2022).wait()
    rendered.sync()
    page.wait_for_function(
        "name => document.querySelector('.aurora-sb-mapcanvas').getAttribute('aria-label').includes(name)",
        arg=GILL_2022,
    )
    exact2 = gill.exact_values(row, col)
    after = _pixel_on_map(page, row, col, exact2["latitude"], exact2["longitude"])
    assert np.hypot(*np.subtract(after["p"], after["centre"])) < 1.5
    moved = np.hypot(*np.subtract(after["centre"], before["centre"]))
    expected = np.hypot(*np.subtract(after["p"], before["p"]))
    assert moved > 0.5, (before, after)
    assert moved == pytest.approx(expected, abs=1.0)


FRAME_VS_EDGE = """() => {
  const m = document.querySelector('.aurora-sb').__auroraMap;
  const edge = m.edge(), alpha = m.frameAlpha(), [w, h] = m.size;
  const inside = (x, y) => {  // ray casting, independent of the canvas clip
    let hit = false;
    for (let i = 0, j = edge.length - 1; i < edge.length; j = i++) {
      const [xi, yi] = edge[i], [xj, yj] = edge[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
    return hit;
  };
  let drawn = 0, outside = 0, area = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const inEdge = inside(x + 0.5, y + 0.5);
    if (inEdge) area++;
    if (alpha[y * w + x]) { drawn++; if (!inEdge) outside++; }
  }
  return { drawn, outside, area, points: edge.length };
}"""


@pytest.mark.parametrize("min_elevation", [10.0, 25.0])
def test_frame_on_the_map_stops_at_the_field_of_view_edge(render, gill, min_elevation):
    """Rim pixels' long quads no longer stick out as spikes past the edge drawn at the minimum elevation."""
    if gill.frames_status != "ready":
        pytest.skip(f"no raw frames in the archive for this minute: {gill.frames_message}")
    gill.min_elevation = min_elevation
    rendered = render(gill, theme="jupyterlab-light")
    _wait_painted(rendered)
    got = rendered.page.evaluate(FRAME_VS_EDGE)
    assert got["points"] > 60 and got["drawn"] > 10_000, got
    assert got["outside"] <= 0.002 * got["drawn"], got  # anti-aliased polygon fill vs exact ray casting
    assert got["drawn"] >= 0.95 * got["area"], got  # the frame still fills its field of view


def test_frames_scrub_without_round_trip_and_side_by_side(render, gill):
    if gill.frames_status != "ready":
        pytest.skip(f"no raw frames in the archive for this minute: {gill.frames_message}")
    gill.compare_with(GILL_2022).wait()
    rendered = render(gill, theme="jupyterlab-dark")
    page = rendered.page
    _wait_painted(rendered)
    count = int(page.locator(".aurora-sb").get_attribute("data-map-paint-count"))
    page.get_by_label("Next frame").click()
    assert int(page.locator(".aurora-sb").get_attribute("data-map-paint-count")) > count
    assert "frame 2 of " in page.locator(".aurora-sb-time").text_content()
    page.get_by_label("Map comparison mode").select_option("side")
    assert page.locator(".aurora-sb-mapfig").nth(1).is_visible()
    rendered.sync()
    assert gill.frame_index == 1 and gill.map_mode == "side"
    assert page.locator(".aurora-sb-stats").text_content().startswith("max |Δ|")
    rendered.screenshot("skymap_browser-compare-side")


# --------------------------------------------------------------------------- zoom and pan
MAP_STATE = """([row, col, n]) => {
  const root = document.querySelector('.aurora-sb'), m = root.__auroraMap;
  const c = m.pixelScreen(row, col), right = m.pixelScreen(row, col + 1), below = m.pixelScreen(row + 1, col);
  const canvas = document.querySelectorAll('.aurora-sb-mapcanvas')[n], r = canvas.getBoundingClientRect();
  const page = (xy) => [r.left + canvas.clientLeft + (xy[0] * canvas.clientWidth) / canvas.width,
                        r.top + canvas.clientTop + (xy[1] * canvas.clientHeight) / canvas.height];
  return { centre: c, page: page(c), origin: page([0, 0]), canvasCentre: page([m.size[0] / 2, m.size[1] / 2]),
           size: Math.hypot(right[0] - c[0], right[1] - c[1], below[0] - c[0], below[1] - c[1]),
           zoom: m.zoom(), paints: Number(root.dataset.mapPaintCount || 0), scrollY: window.scrollY,
           b: m.pixelScreen(row, col, 'B') };
}"""


def _map_state(page, row: int, col: int, canvas: int = 0) -> dict:
    """Screen centre (canvas and page pixels) and on-screen size of a pixel, the zoom, paints, scroll."""
    return page.evaluate(MAP_STATE, [row, col, canvas])


def _after_repaint(page, state: dict, row: int, col: int) -> dict:
    """Wait for the map to paint after ``state`` was taken (zoom and pan repaint in the next frame)."""
    page.wait_for_function(
        "n => Number(document.querySelector('.aurora-sb').dataset.mapPaintCount || 0) > n", arg=state["paints"]
    )
    return _map_state(page, row, col)


def _dist(a, b) -> float:
    return float(np.hypot(*np.subtract(a, b)))


def _painted_map_in_view(render, gill):
    """Render ``gill``, wait for its map to be painted and scroll it into view; return the rendering and its page."""
    rendered = render(gill, theme="jupyterlab-light")
    _wait_painted(rendered)
    rendered.page.locator("canvas.aurora-sb-mapcanvas").first.scroll_into_view_if_needed()
    return rendered, rendered.page


def test_wheel_zooms_about_the_cursor_without_scrolling_the_page_and_the_pixel_stays_at_its_lat_lon(render, gill):
    rendered, page = _painted_map_in_view(render, gill)
    row, col = 150, 90
    page.evaluate("""() => { window.__wheels = [];  // bubbling, so it runs after the map's own listener
                             window.addEventListener('wheel', (e) => window.__wheels.push(e.defaultPrevented)); }""")
    before = _map_state(page, row, col)
    assert before["zoom"] == 1 and before["scrollY"] > 0  # the page could scroll up: the wheel must not let it
    cursor = np.round(before["page"])  # mouse events carry whole CSS pixels
    at = cursor - before["origin"]  # the cursor on the canvas, within half a pixel of the pixel's centre

    def under_cursor(state: dict) -> None:
        # the map point under the cursor stays put, so the pixel's centre keeps its offset from the cursor
        # times the zoom, and the pixel is still the one under the cursor
        assert state["centre"] == pytest.approx(at + (np.subtract(before["centre"], at)) * state["zoom"], abs=1.5)
        hit = page.evaluate("(xy) => document.querySelector('.aurora-sb').__auroraMap.indexAt(xy[0], xy[1])", list(at))
        assert abs(hit["row"] - row) <= 1 and abs(hit["col"] - col) <= 1

    page.mouse.move(*cursor)
    page.mouse.wheel(0, -300)  # up: zoom in, ~1.8x
    after = _after_repaint(page, before, row, col)
    assert after["zoom"] == pytest.approx(np.exp(0.6), rel=1e-6)
    assert _dist(after["centre"], before["centre"]) < 1.5  # the pixel under the cursor stays under it
    under_cursor(after)
    assert after["size"] > 1.6 * before["size"]  # and it grew on screen
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert page.evaluate("() => window.__wheels") == [True]
    assert page.evaluate("() => window.scrollY") == before["scrollY"]
    rendered.screenshot("skymap_browser-map-zoomed")
    # zoomed in, the pixel still projects where its latitude/longitude does, and the index finds it there
    exact = gill.exact_values(row, col)
    on_map = _pixel_on_map(page, row, col, exact["latitude"], exact["longitude"])
    assert _dist(on_map["p"], on_map["centre"]) < 1.5 * after["zoom"]
    assert abs(on_map["hit"]["row"] - row) <= 1 and abs(on_map["hit"]["col"] - col) <= 1
    # a burst of ten wheel events in one task: one repaint, and the zoom stops at 12x
    page.evaluate(
        """([x, y]) => { const canvas = document.querySelector('.aurora-sb-mapcanvas');
                       for (let i = 0; i < 10; i++) canvas.dispatchEvent(new WheelEvent('wheel',
                         { deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true })); }""",
        list(cursor),
    )
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    zoomed = _map_state(page, row, col)
    assert zoomed["zoom"] == 12 and zoomed["paints"] == after["paints"] + 1
    under_cursor(zoomed)
    assert zoomed["size"] > 10 * before["size"]
    on_map = _pixel_on_map(page, row, col, exact["latitude"], exact["longitude"])
    assert _dist(on_map["p"], on_map["centre"]) < 1.5 * zoomed["zoom"]
    assert abs(on_map["hit"]["row"] - row) <= 1 and abs(on_map["hit"]["col"] - col) <= 1
    # another skymap of the same site keeps the zoom (comparing skymaps zoomed in is the point)
    gill.select(GILL_2022).wait()
    rendered.sync()
    page.wait_for_function(
        "name => document.querySelector('.aurora-sb-mapcanvas').getAttribute('aria-label').includes(name)",
        arg=GILL_2022,
    )
    assert _map_state(page, row, col)["zoom"] == 12
    # back at the fitted view, the wheel cannot zoom out: the page may scroll
    page.get_by_role("button", name="Reset view").click()
    page.wait_for_function("() => document.querySelector('.aurora-sb').__auroraMap.zoom() === 1")
    page.evaluate("() => { window.__wheels = []; }")
    page.mouse.move(*cursor)
    page.mouse.wheel(0, 100)
    page.wait_for_function("() => window.__wheels.length === 1")
    assert page.evaluate("() => window.__wheels") == [False]
    assert rendered.page_errors() == []


def test_drag_pans_by_the_drag_vector_keys_zoom_and_pan_and_reset_returns_in_both_views(render, gill):
    gill.compare_with(GILL_2022).wait()
    gill.map_mode = "side"
    rendered = render(gill, theme="vscode-dark")
    page = rendered.page
    _wait_painted(rendered)
    row, col = 150, 90
    home = _map_state(page, row, col)
    assert home["b"] is not None and page.locator(".aurora-sb-mapfig").nth(1).is_visible()
    # drag on view B: both views move by the drag vector
    page.locator("canvas.aurora-sb-mapcanvas").nth(1).scroll_into_view_if_needed()
    start = _map_state(page, row, col, canvas=1)["canvasCentre"]
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] + 60, start[1] - 40, steps=6)
    page.mouse.up()
    moved = _after_repaint(page, home, row, col)
    assert moved["zoom"] == 1
    assert np.subtract(moved["centre"], home["centre"]) == pytest.approx([60, -40], abs=0.5)
    assert np.subtract(moved["b"], home["b"]) == pytest.approx([60, -40], abs=0.5)
    # keyboard on the focused canvas: + zooms about the centre, an arrow pans, - and 0 go back
    canvas = page.locator("canvas.aurora-sb-mapcanvas").first
    canvas.focus()
    assert canvas.get_attribute("tabindex") == "0" and "Map: A:" in canvas.get_attribute("aria-label")
    w, h = page.evaluate("() => document.querySelector('.aurora-sb').__auroraMap.size")
    page.keyboard.press("+")
    zoomed = _after_repaint(page, moved, row, col)
    assert zoomed["zoom"] == pytest.approx(1.25)
    expected = np.add([w / 2, h / 2], np.subtract(moved["centre"], [w / 2, h / 2]) * 1.25)
    assert zoomed["centre"] == pytest.approx(expected, abs=0.5)
    page.keyboard.press("ArrowRight")  # the view moves right: the map moves left
    panned = _after_repaint(page, zoomed, row, col)
    assert np.subtract(panned["centre"], zoomed["centre"]) == pytest.approx([-40, 0], abs=0.5)
    page.keyboard.press("-")
    unzoomed = _after_repaint(page, panned, row, col)
    assert unzoomed["zoom"] == pytest.approx(1.0)
    page.keyboard.press("0")
    back = _after_repaint(page, unzoomed, row, col)
    assert back["zoom"] == 1 and back["centre"] == pytest.approx(home["centre"], abs=0.5)
    # the Reset view button and a double-click return to the fitted view too
    page.keyboard.press("+")
    page.keyboard.press("ArrowDown")
    out = _after_repaint(page, back, row, col)
    assert out["zoom"] > 1
    page.get_by_role("button", name="Reset view").click()
    reset = _after_repaint(page, out, row, col)
    assert reset["zoom"] == 1 and reset["centre"] == pytest.approx(home["centre"], abs=0.5)
    assert reset["b"] == pytest.approx(home["b"], abs=0.5)
    page.keyboard.press("=")  # the focus is on the button: keys zoom only the focused map
    assert _map_state(page, row, col)["zoom"] == 1
    canvas.focus()
    page.keyboard.press("=")
    out = _after_repaint(page, reset, row, col)
    assert out["zoom"] == pytest.approx(1.25)
    canvas.dblclick()
    reset = _after_repaint(page, out, row, col)
    assert reset["zoom"] == 1 and reset["centre"] == pytest.approx(home["centre"], abs=0.5)
    assert rendered.page_errors() == []


def test_neighbour_radius_input_sets_the_trait_and_follows_python(render, gill):
    from aurora_widgets.widgets.skymap_browser import MAX_NEIGHBOUR_RADIUS_KM

    rendered = render(gill, theme="jupyterlab-dark")
    page = rendered.page
    _wait_painted(rendered)
    box = page.get_by_label("Neighbour radius (km)")
    assert box.input_value() == "1500"
    assert box.get_attribute("min") == "0" and float(box.get_attribute("max")) == MAX_NEIGHBOUR_RADIUS_KM
    box.fill("2500")
    box.press("Enter")
    rendered.sync()
    assert gill.neighbour_radius_km == 2500
    gill.neighbour_radius_km = 800
    rendered.sync()
    page.wait_for_function("() => document.querySelector('.aurora-sb-radius').value === '800'")
    box.fill("99999")  # beyond the bounds: clamped on both sides
    box.blur()
    rendered.sync()
    assert gill.neighbour_radius_km == MAX_NEIGHBOUR_RADIUS_KM and box.input_value() == "6000"
    assert gill.show_neighbours is False and gill.status == "ready"
    assert rendered.page_errors() == []


# Resolves after two animation frames and then an idle period: work the view deferred has run.
SETTLE = """() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
  (window.requestIdleCallback ? requestIdleCallback(() => resolve(true), { timeout: 2000 })
                              : setTimeout(() => resolve(true), 50)))))"""
COUNTS = """() => {
  const d = document.querySelector('.aurora-sb').dataset;
  return { panels: Number(d.panelsPaintCount || 0), map: Number(d.mapPaintCount || 0),
           panelsAt: Number(d.panelsPaintedAt || 0), mapAt: Number(d.mapPaintedAt || 0) };
}"""


def _settled_counts(rendered) -> dict:
    rendered.sync()
    rendered.page.evaluate(SETTLE)
    return rendered.page.evaluate(COUNTS)


@pytest.mark.parametrize("height", [720, 300])  # 300: the map is below the fold (painted when idle)
def test_one_selection_paints_the_panels_once_then_the_map(render, gill, height):
    rendered = render(gill, theme="jupyterlab-light", height=height)
    page = rendered.page
    _wait_painted(rendered)
    before = _settled_counts(rendered)
    gill.select(GILL_2022).wait()
    rendered.sync()
    page.wait_for_function(
        "name => document.querySelector('.aurora-sb-mapcanvas').getAttribute('aria-label').includes(name)",
        arg=GILL_2022,
    )
    after = _settled_counts(rendered)
    assert after["panels"] - before["panels"] == 1
    assert 1 <= after["map"] - before["map"] <= 2  # not one repaint per changed trait
    assert after["mapAt"] >= after["panelsAt"]  # the panels come first
    elevation = page.locator(PANEL_CANVASES).first.evaluate(OPAQUE_PIXELS)
    assert elevation["opaque"] > 0.2 * elevation["total"]
    assert rendered.page_errors() == []


def test_choosing_the_shown_skymap_again_repaints_nothing(render, gill):
    rendered = render(gill, theme="jupyterlab-light")
    _wait_painted(rendered)
    before = _settled_counts(rendered)
    gill.select(GILL_2021).wait()
    after = _settled_counts(rendered)
    assert after["panels"] == before["panels"] and after["map"] == before["map"]
    # and going back to a skymap shown before paints it once more, from the cached payloads
    gill.select(GILL_2022).wait()
    mid = _settled_counts(rendered)
    gill.select(GILL_2021).wait()
    back = _settled_counts(rendered)
    assert back["panels"] == mid["panels"] + 1
    assert rendered.root.locator(".aurora-sb-bar.is-selected").get_attribute("data-filename") == GILL_2021


# --------------------------------------------------------------------------- neighbouring sites
NB_STATE = """() => {
  const m = document.querySelector('.aurora-sb').__auroraMap;
  return { sites: m.canvas.dataset.sites || '', pixels: m.neighbourPixels(),
           items: [...document.querySelectorAll('.aurora-sb-nbitem')].map((li) => [li.dataset.site, li.dataset.status]),
           boxHidden: document.querySelector('.aurora-sb-neighbours').hidden };
}"""


def _resu_pixel(browser, pixel: tuple[int, int] | None = None) -> tuple[int, int, float, float]:
    """A binned resu pixel at ~50 deg elevation and its centre latitude/longitude at the altitude."""
    from aurora_widgets.data.altitude import skymap_at_altitude
    from aurora_widgets.widgets._neighbours import _binned_angles
    from aurora_widgets.widgets._skymap_panels import pixel_centres

    resu = next(n for n in browser.neighbour_list if n.site_uid == "resu")
    factor = next(d for d in browser.neighbour_data if d["site"]["site_uid"] == "resu")["factor"]
    el, _ = _binned_angles(resu.skymap, factor)
    score = np.where(np.isfinite(el), np.abs(el - 50.0), np.inf)
    row, col = pixel if pixel is not None else np.unravel_index(int(np.argmin(score)), score.shape)
    lat, lon = skymap_at_altitude(resu.skymap, browser.altitude_km)
    clat, clon = pixel_centres(np.asarray(lat)[::factor, ::factor], np.asarray(lon)[::factor, ::factor])
    return int(row), int(col), float(clat[row, col]), float((float(clon[row, col]) + 180) % 360 - 180)


def test_neighbouring_sites_paint_resu_where_it_projects_and_go_away_when_off(render, api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser("REGO_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04T06:00",
                            client=Client(api_url=api_url, download_dir=download_dir)).wait()
    if browser.frames_status != "ready":
        pytest.skip(f"no REGO gill frames in the archive for this minute: {browser.frames_message}")
    browser.neighbour_radius_km = 2500  # resu is ~2040 km from gill
    browser.map_colormap = "viridis"  # never grey, unlike the base map
    rendered = render(browser, theme="jupyterlab-light")
    page = rendered.page
    _wait_painted(rendered)
    assert page.evaluate(NB_STATE)["sites"] == "gill"
    page.get_by_label("Neighbouring sites", exact=True).first.check()
    rendered.sync()
    assert browser.show_neighbours is True and browser.neighbours_status == "ready", browser.neighbours_message
    page.wait_for_function(
        "() => (document.querySelector('.aurora-sb-mapcanvas').dataset.sites || '').includes('resu')"
    )
    state = page.evaluate(NB_STATE)
    with_frames = [d["site"]["site_uid"] for d in browser.neighbour_data]  # every dark REGO site within 2500 km
    assert state["sites"].split() == ["gill", *with_frames] and {"rank", "resu"} <= set(with_frames)
    assert state["pixels"].get("resu", 0) > 500 and state["pixels"].get("rank", 0) > 500
    assert ["resu", "ready"] in state["items"] and ["rank", "ready"] in state["items"]
    # rank (~730 km north of gill) overlaps gill: on the gill-rank line, each site owns the side nearer
    # its own zenith (58.8 N is ~270 km from gill and ~450 km from rank; 60.4 N the other way round)
    owners = page.evaluate(
        """(points) => {
          const m = document.querySelector('.aurora-sb').__auroraMap;
          return points.map((ll) => { const p = m.project(ll); const o = p && m.ownerAt(p[0], p[1]);
                                      return o ? o.site : null; });
        }""",
        [[-93.4, 58.8], [-93.1, 60.4]],
    )
    assert owners == ["gill", "rank"]
    assert not state["boxHidden"]
    # a resu pixel is painted where its latitude/longitude projects, in the colormap
    row, col, lat, lon = _resu_pixel(browser)
    got = page.evaluate(
        """([lon, lat]) => {
          const m = document.querySelector('.aurora-sb').__auroraMap;
          const p = m.project([lon, lat]);
          const px = m.canvas.getContext('2d').getImageData(Math.floor(p[0]), Math.floor(p[1]), 1, 1).data;
          return { p, owner: m.ownerAt(p[0], p[1]), rgb: [px[0], px[1], px[2]] };
        }""",
        [lon, lat],
    )
    w, h = page.evaluate("() => document.querySelector('.aurora-sb').__auroraMap.size")
    assert 0 <= got["p"][0] < w and 0 <= got["p"][1] < h
    assert got["owner"]["site"] == "resu"
    # the pixel that owns that spot is the one there: its own centre projects within a screen pixel or
    # two (the map is fitted to every REGO site within 2500 km, so one screen pixel spans a few binned pixels)
    _r, _c, olat, olon = _resu_pixel(browser, (got["owner"]["row"], got["owner"]["col"]))
    there = page.evaluate("(ll) => document.querySelector('.aurora-sb').__auroraMap.project(ll)", [olon, olat])
    assert np.hypot(there[0] - got["p"][0], there[1] - got["p"][1]) <= 2.0, (got, there, row, col)
    r, g, b = got["rgb"]
    assert not (r == g == b), got  # a viridis colour, not the grey base map
    # stepping the scrubber steps resu too (nearest timestamp)
    page.get_by_label("Next frame").click()
    frames = page.evaluate("() => document.querySelector('.aurora-sb-mapcanvas').dataset.neighbourFrames")
    assert {"rank:1", "resu:1"} <= set(frames.split())
    rendered.screenshot("skymap_browser-neighbours")
    # off: the marker, the painted pixels and the list go away
    page.get_by_label("Neighbouring sites", exact=True).first.uncheck()
    rendered.sync()
    assert browser.show_neighbours is False
    page.wait_for_function("() => document.querySelector('.aurora-sb-mapcanvas').dataset.sites === 'gill'")
    state = page.evaluate(NB_STATE)
    assert state["pixels"] == {} and state["items"] == [] and state["boxHidden"]
    assert rendered.page_errors() == []


CANVAS_PNG = "() => document.querySelector('.aurora-sb').__auroraMap.canvas.toDataURL('image/png')"


def _png_pixels(data: bytes) -> np.ndarray:
    import io

    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(data)).convert("RGBA"))


def _wait_for_map_snapshot(rendered, gill, contains: str, timeout: float = 15.0) -> tuple[str, bytes]:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rendered.flush()  # the page's model.send calls, handled in Python
        pictures = gill._static_pictures()
        if pictures and contains in pictures[0][0]:
            return pictures[0]
        rendered.page.wait_for_timeout(200)
    raise AssertionError(f"no map snapshot with {contains!r}: {gill._static_pictures()[:1]}")


def test_the_saved_copy_gets_the_map_as_last_drawn(render, gill):
    """A moment after the map settles, Python holds a PNG of exactly what the map canvas shows."""
    import base64

    if gill.frames_status != "ready":
        pytest.skip(f"no raw frames in the archive for this minute: {gill.frames_message}")
    rendered = render(gill, theme="jupyterlab-dark")
    page = rendered.page
    _wait_painted(rendered)
    caption, png = _wait_for_map_snapshot(rendered, gill, "frame 1 of ")
    assert "themis_skymap_gill_20210308-+_v02.sav" in caption
    shown = _png_pixels(base64.b64decode(page.evaluate(CANVAS_PNG).split(",", 1)[1]))
    assert np.array_equal(_png_pixels(png), shown)  # the very pixels on screen
    page.get_by_label("Next frame").click()
    caption, png = _wait_for_map_snapshot(rendered, gill, "frame 2 of ")
    assert np.array_equal(_png_pixels(png), _png_pixels(base64.b64decode(page.evaluate(CANVAS_PNG).split(",", 1)[1])))
    assert "map: " in gill._static_html()
    # what GitHub or nbviewer show for this output: the copy of the last view, map included
    copy = rendered.page.context.new_page()
    try:
        copy.set_viewport_size({"width": 1000, "height": 800})
        copy.set_content(f"<html><body style='font-family:sans-serif'>{gill._static_html()}</body></html>")
        images = copy.locator("img[alt^='map: ']")
        assert images.count() == 1 and images.evaluate("(img) => img.complete && img.naturalWidth") > 100
        copy.screenshot(path=str(artifacts_dir() / "saved_copy-skymap_browser.png"), full_page=True)
    finally:
        copy.close()


PINCH = """([points, moves]) => {  // two touch pointers: down at points, then each move [id, x, y], then up
  const canvas = document.querySelector('.aurora-sb-mapcanvas');
  const fire = (type, id, [x, y]) => canvas.dispatchEvent(new PointerEvent(type, {
    pointerId: id, pointerType: 'touch', isPrimary: id === 1, button: 0, buttons: type === 'pointerup' ? 0 : 1,
    clientX: x, clientY: y, bubbles: true, cancelable: true }));
  points.forEach((xy, i) => fire('pointerdown', i + 1, xy));
  for (const [id, x, y] of moves) fire('pointermove', id, [x, y]);
  points.forEach((_, i) => fire('pointerup', i + 1, [0, 0]));
}"""


def test_two_finger_pinch_zooms_about_the_fingers_midpoint(render, gill):
    _, page = _painted_map_in_view(render, gill)
    row, col = 150, 90
    before = _map_state(page, row, col)
    x, y = before["page"]
    # the fingers start 40 px apart around the pixel and spread to 100 px apart, one step each
    page.evaluate(PINCH, [[[x - 20, y], [x + 20, y]], [[1, x - 35, y], [2, x + 35, y], [1, x - 50, y], [2, x + 50, y]]])
    after = _after_repaint(page, before, row, col)
    assert after["zoom"] == pytest.approx(2.5, rel=1e-3)
    assert _dist(after["page"], before["page"]) < 1.5  # the pixel between the fingers stays between them
    assert after["size"] == pytest.approx(2.5 * before["size"], rel=0.05)
    # one finger alone pans, as a mouse drag does
    page.evaluate(PINCH, [[[x, y]], [[1, x + 30, y + 10]]])
    panned = _after_repaint(page, after, row, col)
    assert panned["zoom"] == pytest.approx(2.5, rel=1e-3)
    assert np.subtract(panned["page"], after["page"]) == pytest.approx([30, 10], abs=1.0)
