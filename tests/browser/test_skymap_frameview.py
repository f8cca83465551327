"""SkymapBrowser's frame view in Chromium, on the archive's gill THEMIS minute 2021-11-04 06:00.

The star markers sit on the imaged stars through the current skymap and miss them through the
oldest, misaligned one; the toggles redraw the overlay only; the timeline shows each skymap's
residual with the current skymap marked best. Screenshots of the frame view through both skymaps:
docs/screenshots/skymap_frameview-{current,older,timeline}.png (and tests/artifacts/screenshots/).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .harness import artifacts_dir

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
CURRENT = "themis_skymap_gill_20210308-+_v02.sav"
OLDEST = "themis_skymap_gill_20060920-20080815_vXX.sav"

#: How much brighter (grey levels) the frame canvas is at each bright star's predicted pixel than 5 px around it.
UNDER_STARS = """
root => {
  const view = root.querySelector('.aurora-sb-frameview');
  const canvas = view.querySelector('canvas.aurora-sb-framecanvas');
  const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const h = canvas.height, w = canvas.width;
  return JSON.parse(view.dataset.stars).map(([row, col]) => {
    const at = (r, c) => d[((h - 1 - Math.round(r)) * w + Math.round(c)) * 4];
    const ring = [];  // the sky 5 px around the star
    for (let k = 0; k < 16; k += 1) {
      const a = k * Math.PI / 8;
      ring.push(at(row + 5 * Math.sin(a), col + 5 * Math.cos(a)));
    }
    ring.sort((a, b) => a - b);
    return at(row, col) - ring[8];
  });
}
"""


@pytest.fixture
def gill(api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00",
                            client=Client(api_url=api_url, download_dir=download_dir)).wait()
    assert browser.frame_view_status == "ready", browser.frame_view_message
    return browser


def _shown(rendered, filename: str) -> None:
    rendered.sync()
    rendered.page.wait_for_function(
        "f => document.querySelector('.aurora-sb-frameview')?.dataset.skymap === f", arg=filename)


def _under_stars(rendered, gill) -> list[int]:
    bright = [[s["predicted_row"], s["predicted_col"]] for s in gill.frame_view["stars"]
              if s["magnitude"] < 2.5 and s["status"] not in ("outside", "edge")]
    root = rendered.root
    root.evaluate("(r, s) => { r.querySelector('.aurora-sb-frameview').dataset.stars = JSON.stringify(s); }", bright)
    return root.evaluate(UNDER_STARS)


def _shot(rendered, name: str, part: str = ".aurora-sb-frameview") -> None:
    path = artifacts_dir() / f"{name}.png"
    rendered.root.locator(part).screenshot(path=str(path))
    docs = REPO / "docs" / "screenshots"
    docs.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, docs / path.name)


def test_markers_sit_on_the_imaged_stars_and_toggles_redraw_the_overlay(render, gill):
    rendered = render(gill, theme="jupyterlab-dark")
    _shown(rendered, CURRENT)
    root = rendered.root
    view = root.locator(".aurora-sb-frameview")
    under = _under_stars(rendered, gill)
    assert len(under) >= 8
    on_star = sum(v > 40 for v in under) / len(under)
    assert on_star >= 0.8, under
    assert "median 0.0" in view.locator(".aurora-sb-fitline").text_content()
    _shot(rendered, "skymap_frameview-current")

    # hovering a star names it (plain text)
    star = next(s for s in gill.frame_view["stars"] if s["status"] == "found" and s["magnitude"] < 1.5)
    overlay = view.locator("canvas.aurora-sb-frameoverlay")
    box = overlay.bounding_box()
    h, w = gill.frame_view["shape"]
    scale = min(box["width"] / w, box["height"] / h)
    x = box["x"] + (box["width"] - w * scale) / 2 + (star["predicted_col"] + 0.5) * scale
    y = box["y"] + (box["height"] - h * scale) / 2 + (h - star["predicted_row"] - 0.5) * scale
    rendered.page.mouse.move(x, y)
    readout = view.locator(".aurora-sb-starname")
    rendered.page.wait_for_function("el => el.textContent.length > 0", arg=readout.element_handle())
    assert readout.text_content().startswith(star["name"])

    # a toggle redraws the overlay, not the frame, and reaches Python
    frames_before = int(view.get_attribute("data-frame-paints"))
    overlays_before = int(view.get_attribute("data-overlay-paints"))
    assert '"stars":0' not in view.get_attribute("data-drawn")
    view.get_by_label("Catalogue stars").uncheck()
    assert '"stars":0' in view.get_attribute("data-drawn")
    assert int(view.get_attribute("data-overlay-paints")) > overlays_before
    view.get_by_label("Elevation/azimuth grid").uncheck()
    assert '"grid":0' in view.get_attribute("data-drawn")
    rendered.sync()
    assert gill.show_stars is False and gill.show_grid is False
    assert int(view.get_attribute("data-frame-paints")) == frames_before
    view.get_by_label("Catalogue stars").check()
    view.get_by_label("Elevation/azimuth grid").check()

    # the timeline: every bar has its residual, the current skymap is the best fit, and stays chosen
    best = root.locator(".aurora-sb-bar.is-fit-best")
    assert best.count() == 1 and best.get_attribute("data-filename") == CURRENT
    assert "best star fit" in best.text_content()
    assert root.locator(".aurora-sb-bar.is-selected").get_attribute("data-filename") == CURRENT
    fits = [root.locator(".aurora-sb-bar").nth(i).get_attribute("data-fit")
            for i in range(root.locator(".aurora-sb-bar").count())]
    assert all(f.endswith(" px") or "px ★" in f for f in fits), fits
    assert "median distance" in root.locator(".aurora-sb-fitnote").text_content()
    _shot(rendered, "skymap_frameview-timeline", ".aurora-sb-timeline")
    rendered.screenshot("skymap_frameview-widget", full_page=True)  # the whole widget, artifacts only

    # the oldest skymap: a new frame paint, the markers miss the stars, a larger residual
    gill.select(OLDEST)
    gill.wait()
    _shown(rendered, OLDEST)
    assert int(view.get_attribute("data-frame-paints")) > frames_before
    missed = _under_stars(rendered, gill)
    assert sum(v > 40 for v in missed) / len(missed) <= on_star - 0.3, (under, missed)
    caption = view.locator(".aurora-sb-fitline").text_content()
    assert "median" in caption and "median 0.0" not in caption
    _shot(rendered, "skymap_frameview-older")
    assert not rendered.page_errors()
