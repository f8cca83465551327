"""One longitude convention (issue #14): every place that writes gill's longitude writes the same value.

The convention (aurora_widgets/data/geometry.py, js/lib/coords.js): signed degrees east in
[-180, 180), ``-94.59°E``. The skymap file stores gill at 265.4 (0..360): before the fix the
longitude panel's colour bar and its approximate readout said 265, the header -94.6 and the site
picker 94.59°W.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from aurora_widgets.data import Client
from aurora_widgets.data.geometry import format_longitude, wrap180
from aurora_widgets.widgets.site_picker import SitePicker
from aurora_widgets.widgets.skymap_browser import SkymapBrowser

from .test_skymap_browser import PANEL_CANVASES, _wait_painted

_LON = re.compile(r"(-?\d+(?:\.\d+)?)°E")


def _lons(text: str) -> list[float]:
    assert "°W" not in text and "° E" not in text, text
    return [float(v) for v in _LON.findall(text)]


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def test_every_place_writes_gills_longitude_the_same_way(render, client):
    sb = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    assert sb.status == "ready", sb.message
    site_lon = float(wrap180(float(sb.skymap.site_map_longitude)))
    assert -100 < site_lon < -90  # the file says 265.4: the convention wraps it
    r = render(sb, theme="jupyterlab-light", width=1100, height=1400)
    _wait_painted(r)
    page = r.page
    # 1. the header
    header = page.locator(".aurora-sb-header").inner_text()
    assert _lons(header) == [pytest.approx(site_lon, abs=0.006)], header
    assert format_longitude(site_lon) in header  # Python's formatter writes the same text
    # 2. the longitude panel's colour bar: its range holds the site, in the same convention
    lon_fig = page.locator(".aurora-sb-panels:not(.aurora-sb-diff) figure.aurora-sb-panel").nth(3)
    assert lon_fig.locator("figcaption").inner_text().lower().startswith("longitude")
    ticks = lon_fig.locator(".aurora-colorbar-ticks span").all_inner_texts()
    lo, label, hi = float(ticks[0]), ticks[1], float(ticks[2])
    assert "°E" in label, label
    assert -180 <= lo < site_lon < hi < 180, ticks
    # 3. the readouts (approximate from the panel, then exact from Python) at the zenith pixel
    el = np.where(np.isfinite(sb.skymap.full_elevation), sb.skymap.full_elevation, -1)
    row, col = np.unravel_index(int(np.argmax(el)), el.shape)
    canvas = page.locator(PANEL_CANVASES).nth(3)
    box = canvas.bounding_box()
    h, w = el.shape
    page.mouse.move(box["x"] + (col + 0.5) / w * box["width"], box["y"] + (h - row - 0.5) / h * box["height"])
    readout = page.locator(".aurora-sb-readout")
    page.wait_for_function("() => document.querySelector('.aurora-sb-readout').dataset.row !== undefined")
    approx = _lons(readout.inner_text())
    assert approx == [pytest.approx(site_lon, abs=0.5)], readout.inner_text()
    r.sync()
    page.wait_for_function("() => document.querySelector('.aurora-sb-readout').dataset.exact === 'true'")
    exact = _lons(readout.inner_text())
    assert exact == [pytest.approx(site_lon, abs=0.5)], readout.inner_text()
    assert r.page_errors() == []


def test_site_picker_writes_the_same_convention(render, client):
    picker = SitePicker("themis_asi", client=client, value="gill")
    r = render(picker, theme="jupyterlab-dark")
    r.sync()
    gill = next(s for s in picker.sites if s["uid"] == "gill")
    uids = [t.strip() for t in r.root.locator(".aurora-sp-uid").all_inner_texts()]
    text = r.root.locator(".aurora-sp-pos").nth(uids.index("gill")).inner_text()
    assert _lons(text) == [pytest.approx(float(wrap180(gill["longitude"])), abs=0.006)], text
    assert -100 < _lons(text)[0] < -90 and format_longitude(gill["longitude"]) in text
    assert r.page_errors() == []
