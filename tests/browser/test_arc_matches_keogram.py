"""Issue #15's proof: the arc on the map lies where the keogram's bright row says, at the chosen altitude.

The one-sky archive draws gill's night of 2021-11-04 with an arc north of the zenith at 02:40 UT
(about 35 degrees elevation along the meridian, 2.6 times the column's median). The KeogramPicker
reads that night's daily keogram product with its latitude axis at 110 km (Python side: the row
latitudes from the skymap); its brightest row above ``MIN_EL`` gives a latitude. The SkymapBrowser
shows the same minute on its map at the same altitude; along the site's meridian on the map canvas
(the page's own projection, ``__auroraMap.project``/``invert`` of the test build) the brightest
band gives a latitude too. They agree within ``TOLERANCE``; at 230 km the map's band moves by more
than that, so the test can fail.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from scipy import ndimage

pytestmark = pytest.mark.browser

SITE, NIGHT = "gill", "2021-11-04"
WHEN = dt.datetime(2021, 11, 4, 2, 40)
MIN_EL = 25.0  # the bright rows nearer the horizon are van Rhijn brightening, not the arc
#: Degrees of latitude. Measured: keogram row 57.70, page 57.67, Python's projection 57.68 at 110 km
#: (the page's inverse projection vs the skymap's pixel centres: median 0.006, max 0.03 degrees); at
#: 230 km the map's band is at 59.01, 1.3 degrees north, and the keogram read at 230 km says 59.09.
#: Half a degree is well under the shift a wrong altitude makes and well over the measured spread.
TOLERANCE = 0.5

# Along the column x of the canvas: [y, r, image row, image col, lat, lon] of every frame pixel drawn.
MERIDIAN = """
(root) => {
  const api = root.__auroraMap;
  const canvas = root.querySelector('.aurora-sb-mapcanvas');
  const site = JSON.parse(root.dataset.testSite);
  const [x] = api.project([site[1], site[0]]);
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const out = [];
  for (let y = 0; y < canvas.height; y++) {
    const at = api.indexAt(x, y);
    if (!at) continue;
    const [lon, lat] = api.invert([Math.floor(x) + 0.5, y + 0.5]);
    out.push([y, data[(y * canvas.width + Math.floor(x)) * 4], at.row, at.col, lat, lon]);
  }
  return out;
}
"""


@pytest.fixture
def client(api_url, download_dir):
    from aurora_widgets.data import Client

    return Client(api_url=api_url, download_dir=download_dir)


def _keogram_latitude(altitude_km: float, client) -> tuple[float, float]:
    """The KeogramPicker's latitude of the brightest row at WHEN (above MIN_EL), and its contrast."""
    from aurora_widgets.widgets.keogram_picker import KeogramPicker

    picker = KeogramPicker("THEMIS_ASI_RAW", SITE, NIGHT, latitude_axis=True, altitude_km=altitude_km,
                           client=client).wait()
    assert picker.status == "ready" and picker.keogram is not None, picker.message
    picker.time = WHEN
    keo = picker.keogram
    assert keo.altitude_km == altitude_km
    lat, el = keo.row_latitudes(), keo.elev_y
    assert lat is not None and el is not None
    column = ndimage.median_filter(keo.column_at(picker.time).astype(float), 3, mode="nearest")
    up = np.isfinite(el) & (el > MIN_EL)
    k = int(np.argmax(np.where(up, column, -1.0)))
    return float(lat[k]), float(column[k] / np.median(column[up]))


def _brightest_along(lats: np.ndarray, values: np.ndarray) -> float:
    order = np.argsort(lats)
    profile = ndimage.median_filter(values[order].astype(float), 5, mode="nearest")
    return float(lats[order][int(np.argmax(profile))])


def _map_latitude(render, browser) -> tuple[float, list[list[float]]]:
    """The latitude of the brightest band along the site's meridian on the page's map canvas."""
    rendered = render(browser, theme="jupyterlab-light")
    rendered.sync()
    page = rendered.page
    page.wait_for_function("() => Number(document.querySelector('.aurora-sb')?.dataset.mapPaintCount || 0) > 0")
    root = page.locator(".aurora-sb")
    info = browser.site_info
    root.evaluate("(r, s) => { r.dataset.testSite = JSON.stringify(s); }", [info["latitude"], info["longitude"]])
    rows = root.evaluate(MERIDIAN)
    assert len(rows) > 50, rows
    elevation = browser.skymap.full_elevation
    keep = [r for r in rows if np.isfinite(elevation[r[2], r[3]]) and elevation[r[2], r[3]] > MIN_EL]
    lats = np.array([r[4] for r in keep])
    values = np.array([r[1] for r in keep])
    assert not rendered.page_errors()
    return _brightest_along(lats, values), keep


def _python_latitude(browser) -> float:
    """The same from Python's projection of the shown frame: pixels within 0.05 degrees of the meridian."""
    p = browser.projection
    lon0 = browser.site_info["longitude"]
    clat, clon = p.lat.mean(axis=0), (p.lon.mean(axis=0) + 180.0) % 360.0 - 180.0
    on = np.nonzero((np.abs(clon - lon0) < 0.05) & (p.elevation > MIN_EL))[0]
    return _brightest_along(clat[on], np.asarray(p.values).reshape(clat.size, -1)[on, 0])


@pytest.fixture
def skymaps(client):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    b = SkymapBrowser(site_uid=SITE, date=WHEN.isoformat(timespec="minutes"), client=client).wait()
    assert b.status == "ready", b.message
    assert b.frames_status == "ready", b.frames_message  # the archive makes any minute's raw file
    return b


def test_the_arc_on_the_map_lies_at_the_keograms_bright_row(render, client, skymaps):
    keo_lat, contrast = _keogram_latitude(110.0, client)
    assert contrast > 2.0, contrast  # an arc well above the sky's median, not noise
    skymaps.altitude_km = 110.0
    skymaps.wait()
    page_lat, rows = _map_latitude(render, skymaps)
    # the page's projection agrees with Python's skymap at 110 km for the pixels it drew
    from aurora_widgets.data.altitude import skymap_at_altitude

    lat_c, _lon_c = skymap_at_altitude(skymaps.skymap, 110.0)
    centre = (lat_c[:-1, :-1] + lat_c[1:, 1:] + lat_c[1:, :-1] + lat_c[:-1, 1:]) / 4.0
    gaps = [abs(r[4] - centre[r[2], r[3]]) for r in rows]
    assert float(np.median(gaps)) < 0.05, np.median(gaps)
    python_lat = _python_latitude(skymaps)
    assert abs(page_lat - keo_lat) <= TOLERANCE, (keo_lat, page_lat, python_lat)
    assert abs(python_lat - keo_lat) <= TOLERANCE, (keo_lat, page_lat, python_lat)


def test_a_wrong_altitude_misses_the_keograms_bright_row(render, client, skymaps):
    keo_lat, _ = _keogram_latitude(110.0, client)
    skymaps.altitude_km = 230.0
    skymaps.wait()
    page_lat, _rows = _map_latitude(render, skymaps)
    assert abs(page_lat - keo_lat) > TOLERANCE, (keo_lat, page_lat)
    # and the keogram read at 230 km agrees with the 230 km map again
    keo_230, _ = _keogram_latitude(230.0, client)
    assert abs(page_lat - keo_230) <= TOLERANCE, (keo_230, page_lat)
