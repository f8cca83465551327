"""keogram(): parity with pyaurorax's tools.keogram.create on real frames, latitude axes, minute grid."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.data import InputError, read_raw, read_skymap
from aurora_widgets.data.keogram import Keogram, keogram, minute_means, slice_index

pyaurorax = pytest.importorskip("pyaurorax")
AX = pyaurorax.PyAuroraX()


@pytest.fixture(scope="module")
def shared_data():
    """The real sample files: ../shared/data/ucalgary, else $AURORA_WIDGETS_SHARED_DATA (as benchmarks)."""
    for path in (Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucalgary",
                 Path(os.environ.get("AURORA_WIDGETS_SHARED_DATA", "/nonexistent"))):
        if path.is_dir():
            return path
    pytest.skip("needs the real sample files (../shared/data/ucalgary or $AURORA_WIDGETS_SHARED_DATA)")


@pytest.fixture(scope="module")
def themis(shared_data):
    files = sorted((shared_data / "raw" / "themis").glob("*.pgm*"))
    assert files, "the shared THEMIS raw files are missing"
    return read_raw([str(f) for f in files])


@pytest.fixture(scope="module")
def nir(shared_data):
    return read_raw([str(f) for f in sorted((shared_data / "raw" / "trex_nir").glob("*.pgm*"))])


@pytest.fixture(scope="module")
def skymap(shared_data):
    return read_skymap(shared_data / "skymaps" / "themis_skymap_gako_20110305-+_vXX.sav")


def test_real_themis_frames_match_pyaurorax(themis):
    ours = keogram(themis.data, themis.timestamp)
    theirs = AX.tools.keogram.create(themis.data, themis.timestamp)
    assert ours.data.shape == theirs.data.shape == (256, themis.data.shape[-1])
    assert ours.data.dtype == theirs.data.dtype
    np.testing.assert_array_equal(ours.data, theirs.data)
    np.testing.assert_array_equal(ours.ccd_y, theirs.ccd_y)
    assert ours.timestamp == list(theirs.timestamp)
    assert ours.slice_idx == 127
    assert ours.instrument_type == theirs.instrument_type == "asi"


def test_real_nir_frames_match_pyaurorax(nir):
    ours = keogram(nir.data, nir.timestamp)
    theirs = AX.tools.keogram.create(nir.data, nir.timestamp)
    np.testing.assert_array_equal(ours.data, theirs.data)
    assert ours.slice_idx == slice_index(nir.data.shape[1])


@pytest.mark.parametrize("altitude", [90, 110, 130, 150, None])
def test_latitudes_match_pyaurorax(themis, skymap, altitude):
    ours = keogram(themis.data, themis.timestamp, skymap=skymap, altitude_km=altitude)
    theirs = AX.tools.keogram.create(themis.data, themis.timestamp)
    theirs.set_geographic_latitudes(skymap, altitude_km=altitude)
    assert ours.geo_y.shape == theirs.geo_y.shape == (257,)
    np.testing.assert_allclose(ours.geo_y, theirs.geo_y, rtol=0, atol=1e-4, equal_nan=True)
    assert ours.altitude_km == (110.0 if altitude is None else altitude)
    np.testing.assert_array_equal(ours.elev_y, skymap.full_elevation[:, 127])
    # row 0 is the southern edge: latitude grows with the row where the skymap has positions
    lat = ours.row_latitudes()
    finite = np.isfinite(lat)
    assert np.all(np.diff(lat[finite]) > 0)


def test_rgb_frames_match_pyaurorax():
    rng = np.random.default_rng(3)
    frames = rng.integers(0, 255, size=(20, 24, 3, 5), dtype=np.uint8)
    times = [dt.datetime(2021, 11, 4, 6, 0, 3 * i) for i in range(5)]
    ours = keogram(frames, times)
    theirs = AX.tools.keogram.create(frames, times)
    assert ours.data.shape == (20, 5, 3)
    np.testing.assert_array_equal(ours.data, theirs.data)


def test_east_west_axis_cuts_the_middle_row():
    frames = np.arange(6 * 8 * 2).reshape(6, 8, 2)
    keo = keogram(frames, [dt.datetime(2021, 1, 1, 0, 0, s) for s in (0, 3)], axis=1)
    assert keo.data.shape == (8, 2)
    np.testing.assert_array_equal(keo.data, frames[slice_index(6), :, :])


@pytest.mark.parametrize(
    ("frames", "n_times", "axis", "words"),
    [
        (np.zeros((4, 4)), 1, 0, "rows, cols, N"),
        (np.zeros((4, 4, 3)), 2, 0, "one timestamp per frame"),
        (np.zeros((4, 4, 3)), 3, 2, "axis must be 0"),
    ],
)
def test_bad_input_says_what_to_do(frames, n_times, axis, words):
    times = [dt.datetime(2021, 1, 1, 0, 0, i) for i in range(n_times)]
    with pytest.raises(InputError, match=words):
        keogram(frames, times, axis=axis)


def test_skymap_of_another_camera_is_refused(skymap):
    frames = np.zeros((512, 512, 2), dtype=np.uint16)
    with pytest.raises(InputError, match="skymap of the camera"):
        keogram(frames, [dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 1, 0, 0, 3)], skymap=skymap)


def test_index_of_and_column_at(themis):
    keo = keogram(themis.data, themis.timestamp)
    t = themis.timestamp[7] + dt.timedelta(seconds=1)
    assert keo.index_of(t) == 7
    np.testing.assert_array_equal(keo.column_at(t), themis.data[:, 127, 7])
    assert keo.index_of(dt.datetime(2000, 1, 1)) == 0
    aware = themis.timestamp[3].replace(tzinfo=dt.timezone.utc)
    assert keo.index_of(aware) == 3


def test_minute_means_average_the_columns_of_each_minute(themis):
    keo = keogram(themis.data, themis.timestamp)
    start = dt.datetime(2014, 3, 10, 6, 0)
    grid = minute_means(keo, start, 8)
    assert grid.shape == (256, 8)
    minute = np.array([int((t - start).total_seconds() // 60) for t in themis.timestamp])
    for m in range(8):
        cols = keo.data[:, minute == m].astype(np.float64)
        if cols.shape[1]:
            np.testing.assert_allclose(grid[:, m], cols.mean(axis=1), rtol=1e-6)
        else:
            assert np.isnan(grid[:, m]).all()  # 06:04 has no file in the sample
    assert np.isnan(grid[:, 4]).all() and np.isfinite(grid[:, 5]).all()


def test_repr_and_pretty_print(themis, capsys):
    keo = keogram(themis.data, themis.timestamp)
    assert repr(keo).startswith("Keogram(data=array(dims=(256, 100), dtype=uint16), timestamp=[100 datetime")
    keo.pretty_print()
    out = capsys.readouterr().out
    assert "ccd_y            : array(256 values)" in out and "geo_y            : None" in out


def test_row_latitudes_without_geo_is_none():
    assert Keogram(np.zeros((2, 1)), [dt.datetime(2021, 1, 1)]).row_latitudes() is None
