"""SkymapBrowser in headless Chromium (tests/browser/harness.py): themes, canvases, hover, timeline, map."""

from __future__ import annotations

import numpy as np
import pytest

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
    from aurora_widgets.data.readers import read_skymap
    from aurora_widgets.widgets._skymap_panels import pixel_centres

    other = read_skymap(gill._download_skymap(gill._candidate(GILL_2022)))
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
    assert "(2/" in page.locator(".aurora-sb-time").text_content()
    page.get_by_label("Map comparison mode").select_option("side")
    assert page.locator(".aurora-sb-mapfig").nth(1).is_visible()
    rendered.sync()
    assert gill.frame_index == 1 and gill.map_mode == "side"
    assert page.locator(".aurora-sb-stats").text_content().startswith("max |Δ|")
    rendered.screenshot("skymap_browser-compare-side")


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


def _resu_pixel(browser) -> tuple[int, int, float, float]:
    """A binned resu pixel at ~50 deg elevation and its centre latitude/longitude at the altitude."""
    from aurora_widgets.data.altitude import skymap_at_altitude
    from aurora_widgets.widgets._neighbours import _binned_angles
    from aurora_widgets.widgets._skymap_panels import pixel_centres

    resu = next(n for n in browser.neighbour_list if n.site_uid == "resu")
    factor = browser.neighbour_data[0]["factor"]
    el, _ = _binned_angles(resu.skymap, factor)
    score = np.where(np.isfinite(el), np.abs(el - 50.0), np.inf)
    row, col = np.unravel_index(int(np.argmin(score)), score.shape)
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
    assert state["sites"].split() == ["gill", "rank", "resu"]
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
    assert abs(got["owner"]["row"] - row) <= 1 and abs(got["owner"]["col"] - col) <= 1
    r, g, b = got["rgb"]
    assert not (r == g == b), got  # a viridis colour, not the grey base map
    # stepping the scrubber steps resu too (nearest timestamp)
    page.get_by_label("Next frame").click()
    frames = page.evaluate("() => document.querySelector('.aurora-sb-mapcanvas').dataset.neighbourFrames")
    assert frames == "rank:1 resu:1"
    rendered.screenshot("skymap_browser-neighbours")
    # off: the marker, the painted pixels and the list go away
    page.get_by_label("Neighbouring sites", exact=True).first.uncheck()
    rendered.sync()
    assert browser.show_neighbours is False
    page.wait_for_function("() => document.querySelector('.aurora-sb-mapcanvas').dataset.sites === 'gill'")
    state = page.evaluate(NB_STATE)
    assert state["pixels"] == {} and state["items"] == [] and state["boxHidden"]
    assert rendered.page_errors() == []
