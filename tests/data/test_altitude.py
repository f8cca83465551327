"""skymap_at_altitude: stored slices, interpolation/extrapolation, parity with pyaurorax prep_skymaps."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from sav_factory import REAL_SKYMAP, need_real

from aurora_widgets.data import InputError
from aurora_widgets.data.altitude import pixel_centers, skymap_at_altitude, wrap_longitude
from aurora_widgets.data.readers import read_skymap


@pytest.fixture(scope="module")
def skymap():
    need_real(REAL_SKYMAP)
    return read_skymap(REAL_SKYMAP)


@pytest.fixture(scope="module")
def pax_130(skymap):
    """pyaurorax's corners at 130 km (its per-pixel interp1d loop takes ~10 s; run once)."""
    pax = pytest.importorskip("pyaurorax")
    srs = pytest.importorskip("pyucalgarysrs")
    theirs = srs.PyUCalgarySRS().data.readers.read_skymap(str(REAL_SKYMAP), quiet=True).data[0]
    return pax.PyAuroraX().tools.mosaic.prep_skymaps([theirs], 130, progress_bar_disable=True)


@pytest.mark.parametrize(("alt", "index"), [(90, 0), (110, 1), (150, 2)])
def test_stored_altitudes_are_the_stored_slices(skymap, alt, index):
    lat, lon = skymap_at_altitude(skymap, alt)
    assert lat.shape == lon.shape == (257, 257)
    np.testing.assert_array_equal(lat, skymap.full_map_latitude[index])
    np.testing.assert_array_equal(lon, wrap_longitude(skymap.full_map_longitude[index]))
    assert np.nanmax(lon) <= 180 and np.nanmin(lon) >= -180


@pytest.mark.slow
def test_130km_matches_pyaurorax(skymap, pax_130):
    lat, lon = skymap_at_altitude(skymap, 130)
    pl, pn = pax_130.polyfill_lat[0], pax_130.polyfill_lon[0]
    filled = ~(pl == 0).all(axis=0)
    rows, cols = np.divmod(np.nonzero(filled)[0], 256)
    assert rows.size > 40000
    for k, (dr, dc) in enumerate(((0, 0), (0, 1), (1, 1), (1, 0))):
        np.testing.assert_allclose(lat[rows + dr, cols + dc], pl[k, filled], atol=0.01)
        np.testing.assert_allclose(lon[rows + dr, cols + dc], pn[k, filled], atol=0.01)


def _interp1d(skymap, alt):
    """scipy interp1d with extrapolation per corner (pyaurorax's method), vectorised over corners."""
    from scipy.interpolate import interp1d

    lons = wrap_longitude(skymap.full_map_longitude)
    alts = skymap.full_map_altitude / 1000.0
    lat = interp1d(alts, skymap.full_map_latitude, axis=0, fill_value="extrapolate")(alt)
    lon = interp1d(alts, lons, axis=0, fill_value="extrapolate")(alt)
    return lat, lon


@pytest.mark.parametrize("alt", [80, 85, 100, 120, 149.5, 200, 250])
def test_interpolation_and_extrapolation_like_interp1d(skymap, alt):
    lat, lon = skymap_at_altitude(skymap, alt)
    rlat, rlon = _interp1d(skymap, alt)
    np.testing.assert_allclose(lat, rlat, atol=1e-4, equal_nan=True)
    np.testing.assert_allclose(lon, rlon, atol=1e-4, equal_nan=True)
    # NaN outside the field of view stays NaN
    assert np.isnan(lat).sum() == np.isnan(skymap.full_map_latitude[1]).sum()


def test_higher_altitude_spreads_the_field_of_view(skymap):
    lat_lo, _ = skymap_at_altitude(skymap, 90)
    lat_hi, _ = skymap_at_altitude(skymap, 250)
    assert np.nanmax(lat_hi) - np.nanmin(lat_hi) > np.nanmax(lat_lo) - np.nanmin(lat_lo)


@pytest.mark.parametrize("alt", [79.9, 250.1, -5, "high", None])
def test_out_of_range_altitude(skymap, alt):
    with pytest.raises(InputError):
        skymap_at_altitude(skymap, alt)


def test_cache_returns_same_read_only_arrays(skymap):
    a = skymap_at_altitude(skymap, 123)
    b = skymap_at_altitude(skymap, 123.0)
    assert a[0] is b[0] and not a[0].flags.writeable


def test_antimeridian_is_unwrapped(skymap):
    # shift the skymap so its field of view straddles 180 degrees east
    shifted_lon = (skymap.full_map_longitude - 214.84 + 180.0) % 360.0
    shifted = dataclasses.replace(skymap, full_map_longitude=shifted_lon)
    _, lon = skymap_at_altitude(shifted, 130)
    _, lon_ref = skymap_at_altitude(skymap, 130)
    delta = (lon - lon_ref) % 360.0
    ok = np.isfinite(delta)
    np.testing.assert_allclose(delta[ok], (180.0 - 214.84) % 360.0, atol=1e-3)


def test_pixel_centers(skymap):
    lat, lon = skymap_at_altitude(skymap, 110)
    clat, clon = pixel_centers(lat, lon)
    assert clat.shape == (256, 256)
    r, c = 128, 128
    assert clat[r, c] == pytest.approx(lat[r:r + 2, c:c + 2].mean())
    assert clon[r, c] == pytest.approx(lon[r:r + 2, c:c + 2].mean())
