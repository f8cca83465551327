"""project / mosaic: pixel placement parity with pyaurorax's prep_skymaps (+ create's elevation rule)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from sav_factory import REAL_SKYMAP, REAL_THEMIS, need_real

from aurora_widgets.data import InputError
from aurora_widgets.data.projection import Projection, mosaic, project
from aurora_widgets.data.readers import read_raw, read_skymap

ROWS, COLS = slice(96, 176), slice(0, 80)  # a block that crosses the edge of the field of view


@pytest.fixture(scope="module")
def skymap():
    need_real(REAL_SKYMAP)
    return read_skymap(REAL_SKYMAP)


@pytest.fixture(scope="module", params=[110, 200])
def pax_block(request):
    """pyaurorax's polygons for the pixels of one block (others NaN, so its slow loop skips them)."""
    need_real(REAL_SKYMAP)
    pax = pytest.importorskip("pyaurorax")
    srs = pytest.importorskip("pyucalgarysrs")
    theirs = copy.copy(srs.PyUCalgarySRS().data.readers.read_skymap(str(REAL_SKYMAP), quiet=True).data[0])
    el = np.full(theirs.full_elevation.shape, np.nan, dtype=np.float32)
    el[ROWS, COLS] = theirs.full_elevation[ROWS, COLS]
    theirs.full_elevation = el
    prepped = pax.PyAuroraX().tools.mosaic.prep_skymaps([theirs], request.param, progress_bar_disable=True)
    return request.param, prepped


@pytest.mark.parametrize("min_el", [0, 10, 25])
def test_placement_matches_pyaurorax(skymap, pax_block, min_el):
    alt, prepped = pax_block
    elev = prepped.elevation[0]
    pl, pn = prepped.polyfill_lat[0], prepped.polyfill_lon[0]
    # pyaurorax draws a pixel when its elevation > min_elevation and its polygon has no NaN
    filled = ~(pl == 0).all(axis=0)
    with np.errstate(invalid="ignore"):
        theirs = np.nonzero(filled & (elev > min_el))[0]
    p = project(None, skymap, altitude_km=alt, min_elevation=min_el)
    block = np.zeros((256, 256), bool)
    block[ROWS, COLS] = True
    ours_in_block = np.isin(p.pixel_index, np.nonzero(block.ravel())[0])
    np.testing.assert_array_equal(p.pixel_index[ours_in_block], theirs)
    assert theirs.size > 1000
    np.testing.assert_allclose(p.lat[:, ours_in_block], pl[:4, theirs], atol=0.01)
    np.testing.assert_allclose(p.lon[:, ours_in_block], pn[:4, theirs], atol=0.01)
    assert np.all(p.elevation > min_el)


def test_values_and_shapes(skymap):
    need_real()
    frames = read_raw(REAL_THEMIS[0]).data  # 256x256 like the skymap
    p = project(frames, skymap, altitude_km=150, min_elevation=10)
    assert isinstance(p, Projection)
    k = p.count
    assert p.lat.shape == p.lon.shape == (4, k) and p.values.shape == (k, 20)
    rows, cols = np.divmod(p.pixel_index, 256)
    np.testing.assert_array_equal(p.values, frames[rows, cols, :])
    assert p.mask.sum() == k and p.mask[rows, cols].all()
    one = project(frames[:, :, 3], skymap, altitude_km=150, min_elevation=10)
    np.testing.assert_array_equal(one.values, p.values[:, 3])
    assert one.lat is p.lat  # geometry is cached per (skymap, altitude, min elevation)
    assert np.isfinite(p.lat).all() and np.isfinite(p.lon).all()


def test_higher_min_elevation_keeps_fewer(skymap):
    counts = [project(None, skymap, 110, m).count for m in (0, 10, 30, 60)]
    assert counts == sorted(counts, reverse=True) and counts[-1] > 0


def test_errors(skymap):
    with pytest.raises(InputError, match="do not fit"):
        project(np.zeros((512, 512), np.uint16), skymap)
    with pytest.raises(InputError):
        project(None, skymap, altitude_km=300)
    with pytest.raises(InputError):
        project(None, object())
    with pytest.raises(InputError):
        mosaic([])


def test_mosaic_nearest_to_zenith_on_top(skymap):
    a = project(np.ones((256, 256), np.uint16), skymap, 110, 10)
    b = project(np.full((256, 256), 2, np.uint16), skymap, 110, 40)
    m = mosaic([a, b])
    assert m.count == a.count + b.count
    assert np.all(np.diff(m.elevation) >= 0)  # draw order: rising elevation
    assert set(np.unique(m.source)) == {0, 1}
    np.testing.assert_array_equal(m.values, np.where(m.source == 0, 1, 2))
    assert m.site_uid == ["gako", "gako"]
    with pytest.raises(InputError, match="altitude"):
        mosaic([a, project(None, skymap, 150, 10)])
