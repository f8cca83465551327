"""Issue #15's proof at the data level: keogram() and project() on the same frames put the arc at one latitude.

The twin of ``tests/browser/test_arc_matches_keogram.py``. The frames are the one-sky archive's raw
file of gill at 2021-11-04 02:40 UT (an arc ~35 degrees above the northern horizon), read by our
reader; the skymap is the fleet's best version written as a .sav file and read back. The brightest
keogram row (above ``MIN_EL``) at 110 km and the brightest band of the projection along the site's
meridian agree within ``TOLERANCE``; the projection at 230 km misses the 110 km row.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from scipy import ndimage

fleet = pytest.importorskip("aurora_widgets.archive.fleet")
sky = pytest.importorskip("aurora_widgets.archive.sky")
skymaps_gen = pytest.importorskip("aurora_widgets.archive.generate.skymaps")

from aurora_widgets.data import project  # noqa: E402
from aurora_widgets.data.keogram import keogram  # noqa: E402
from aurora_widgets.data.readers import read, read_skymap  # noqa: E402

SITE, WHEN = "gill", dt.datetime(2021, 11, 4, 2, 40)
MIN_EL = 25.0
#: Degrees of latitude. Measured: keogram row 57.67, projection 57.68 at 110 km (contrast 3.4 over the
#: pedestal); at 230 km the projection says 59.03 and the keogram 59.02.
TOLERANCE = 0.5


@pytest.fixture(scope="module")
def minute(tmp_path_factory):
    root = tmp_path_factory.mktemp("arc")
    device = fleet.device_at("themis_asi", SITE, WHEN)
    path = root / f"{WHEN:%Y%m%d_%H%M}_{SITE}_{device.uid}_full.pgm.gz"
    path.write_bytes(sky.render_raw_file("THEMIS_ASI_RAW", SITE, device.uid, WHEN))
    data = read("THEMIS_ASI_RAW", [str(path)])
    spec = skymaps_gen.spec_from_version(fleet.best_skymap("themis_asi", SITE, WHEN))
    skymap = read_skymap(skymaps_gen.write_skymap(spec, root / "skymap"))
    return data, skymap


def _keogram_latitude(data, skymap, altitude_km: float) -> tuple[float, float]:
    keo = keogram(data.data, data.timestamp, skymap, altitude_km=altitude_km)
    lat, el = keo.row_latitudes(), keo.elev_y
    assert lat is not None and el is not None
    column = ndimage.median_filter(keo.data[:, 0].astype(float), 3, mode="nearest")
    up = np.isfinite(el) & (el > MIN_EL)
    k = int(np.argmax(np.where(up, column, -1.0)))
    dark = float(data.data[:5, :5, 0].mean())  # the corner outside the sky: the pedestal
    return float(lat[k]), float((column[k] - dark) / (np.median(column[up]) - dark))


def _projection_latitude(data, skymap, altitude_km: float) -> float:
    p = project(data.data[..., 0], skymap, altitude_km=altitude_km, min_elevation=MIN_EL)
    lon0 = (float(skymap.site_map_longitude) + 180.0) % 360.0 - 180.0
    clat, clon = p.lat.mean(axis=0), p.lon.mean(axis=0)
    on = np.nonzero(np.abs(clon - lon0) < 0.05)[0]
    assert on.size > 50, on.size
    on = on[np.argsort(clat[on])]
    profile = ndimage.median_filter(np.asarray(p.values, dtype=float).reshape(-1)[on], 5, mode="nearest")
    return float(clat[on][int(np.argmax(profile))])


def test_keogram_row_and_projected_arc_agree_at_110_km(minute):
    data, skymap = minute
    keo_lat, contrast = _keogram_latitude(data, skymap, 110.0)
    assert contrast > 2.0, contrast  # an arc, not noise (above the pedestal)
    map_lat = _projection_latitude(data, skymap, 110.0)
    assert abs(map_lat - keo_lat) <= TOLERANCE, (keo_lat, map_lat)


def test_projection_at_a_wrong_altitude_misses_the_row(minute):
    data, skymap = minute
    keo_lat, _ = _keogram_latitude(data, skymap, 110.0)
    wrong = _projection_latitude(data, skymap, 230.0)
    assert abs(wrong - keo_lat) > TOLERANCE, (keo_lat, wrong)
    keo_230, _ = _keogram_latitude(data, skymap, 230.0)
    assert abs(wrong - keo_230) <= TOLERANCE, (keo_230, wrong)
