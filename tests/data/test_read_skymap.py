"""read_skymap: parity with pyucalgarysrs 1.28 on the real THEMIS skymap and generated REGO/TREx ones."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest
from sav_factory import REAL_SKYMAP, generated_skymap, need_real, write_sav

from aurora_widgets.data import ReadError, Skymap
from aurora_widgets.data.readers import clear_skymap_cache, read, read_skymap

ARRAYS = ("full_elevation", "full_azimuth", "full_map_altitude", "full_map_latitude", "full_map_longitude")
SCALARS = ("project_uid", "site_uid", "imager_uid", "site_map_latitude", "site_map_longitude",
           "site_map_altitude", "version")
INFO = ("author", "code_used", "data_loc", "date_generated", "date_time_used", "valid_interval_start",
        "valid_interval_stop")
INFO_ARRAYS = ("ccd_center", "img_flip", "optical_orientation", "optical_projection")


def _srs_skymap(path: Path):
    srs = pytest.importorskip("pyucalgarysrs")
    return srs.PyUCalgarySRS().data.readers.read_skymap(str(path), quiet=True).data[0]


def assert_same_as_srs(ours: Skymap, theirs) -> None:
    for name in ARRAYS:
        a, b = getattr(ours, name), getattr(theirs, name)
        assert a.shape == b.shape, name
        assert a.dtype.byteorder in "=|" and a.dtype == b.dtype.newbyteorder("="), name
        np.testing.assert_array_equal(a, b, err_msg=name)
    for name in SCALARS:
        assert getattr(ours, name) == getattr(theirs, name), name
    assert ours.filename == theirs.filename
    for name in INFO:
        assert getattr(ours.generation_info, name) == getattr(theirs.generation_info, name), name
    for name in INFO_ARRAYS:
        a, b = getattr(ours.generation_info, name), getattr(theirs.generation_info, name)
        if b is None:
            assert a is None, name
        else:
            np.testing.assert_array_equal(a, b, err_msg=name)
    assert ours.generation_info.pixel_aspect_ratio == pytest.approx(theirs.generation_info.pixel_aspect_ratio)
    assert ours.get_precalculated_altitudes() == theirs.get_precalculated_altitudes()


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_skymap_cache()
    yield
    clear_skymap_cache()


def test_real_themis_skymap_matches_pyucalgarysrs():
    need_real(REAL_SKYMAP)
    ours = read_skymap(str(REAL_SKYMAP))
    assert_same_as_srs(ours, _srs_skymap(REAL_SKYMAP))
    assert ours.site_uid == "gako" and ours.imager_uid == "themis20" and ours.version == "vXX"
    assert ours.full_map_latitude.shape == (3, 257, 257)
    assert ours.generation_info.valid_interval_start == dt.datetime(2011, 3, 5)
    assert ours.generation_info.valid_interval_stop is None
    assert ours.generation_info.date_generated == dt.datetime(2012, 5, 3, 12, 1, 5)
    assert ours.generation_info.date_time_used == dt.datetime(2011, 3, 5, 8)
    # pyucalgarysrs never fills bytscl_values (it looks for a lowercase name); we do.
    np.testing.assert_array_equal(ours.generation_info.bytscl_values, [-1, -1])
    # north/south flip of the raw file
    from scipy.io import readsav

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = readsav(str(REAL_SKYMAP))["skymap"][0]
    np.testing.assert_array_equal(ours.full_elevation, raw.full_elevation[::-1, :])
    np.testing.assert_array_equal(ours.full_map_longitude, raw.full_map_longitude[:, ::-1, :])


def test_no_scipy_warnings_escape(recwarn):
    need_real(REAL_SKYMAP)
    read_skymap(REAL_SKYMAP)
    assert not [w for w in recwarn if "verify number of bytes" in str(w.message)]


def test_arrays_are_read_only_and_native():
    need_real(REAL_SKYMAP)
    sm = read_skymap(REAL_SKYMAP)
    for name in ARRAYS:
        arr = getattr(sm, name)
        assert not arr.flags.writeable
        assert arr.dtype.isnative
    with pytest.raises(ValueError):
        sm.full_elevation[0, 0] = 1.0


def test_cache_returns_same_object_and_touch_invalidates(tmp_path):
    need_real(REAL_SKYMAP)
    path = tmp_path / REAL_SKYMAP.name
    shutil.copy(REAL_SKYMAP, path)
    first = read_skymap(path)
    assert read_skymap(path) is first
    assert read_skymap(str(path)) is first  # Path and str spell the same filename
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    again = read_skymap(path)
    assert again is not first
    np.testing.assert_array_equal(again.full_elevation, first.full_elevation)


def test_other_path_to_same_file_shares_arrays(tmp_path):
    need_real(REAL_SKYMAP)
    path = tmp_path / REAL_SKYMAP.name
    shutil.copy(REAL_SKYMAP, path)
    a = read_skymap(path)
    other = os.path.relpath(path)
    b = read_skymap(other)
    assert b.filename == other and a.filename == str(path)
    assert b.full_map_latitude is a.full_map_latitude


@pytest.mark.parametrize(("project", "site"), [("rego", "gill"), ("nir", "gill"), ("blue", "gill"),
                                               ("rgb", "gill"), ("themis", "fsmi")])
def test_generated_skymaps_match_pyucalgarysrs(tmp_path, project, site):
    path = generated_skymap(project, site, tmp_path)
    ours = read_skymap(path)
    theirs = _srs_skymap(path)
    assert_same_as_srs(ours, theirs)
    if project == "rego":
        # REGO is also flipped east/west: compare with the file's own arrays
        from scipy.io import readsav

        raw = readsav(str(path))["skymap"][0]
        np.testing.assert_array_equal(ours.full_elevation, raw.full_elevation[::-1, ::-1])
        np.testing.assert_array_equal(ours.full_map_latitude, raw.full_map_latitude[:, ::-1, ::-1])


@pytest.mark.parametrize(
    ("content", "match"),
    [(b"", "not a valid IDL save file"),
     (b"GIF89a" + b"\0" * 100, "not a valid IDL save file"),
     (b"<html><body>Not found</body></html>", "not a valid IDL save file")],
)
def test_bad_files_raise_read_error(tmp_path, content, match):
    path = tmp_path / "themis_skymap_gill_20210308-+_v02.sav"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=match) as err:
        read_skymap(path)
    assert str(path) in str(err.value)
    assert "download it again" in str(err.value)


def test_truncated_file_raises_read_error(tmp_path):
    need_real(REAL_SKYMAP)
    path = tmp_path / REAL_SKYMAP.name
    path.write_bytes(REAL_SKYMAP.read_bytes()[: 1_000_000])
    with pytest.raises(ReadError, match="download it again"):
        read_skymap(path)


@pytest.mark.parametrize("missing", [1, 4, 15])
def test_file_cut_inside_the_end_marker_is_truncated(tmp_path, missing):
    # scipy accepts these (the data records are whole); a file that lost its tail was not written
    # completely, so we refuse it rather than trust it
    need_real(REAL_SKYMAP)
    path = tmp_path / REAL_SKYMAP.name
    path.write_bytes(REAL_SKYMAP.read_bytes()[:-missing])
    with pytest.raises(ReadError, match="download it again"):
        read_skymap(path)


def test_missing_file_raises_read_error(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_skymap(tmp_path / "nope_skymap_x_20200101-+_v01.sav")


def test_sav_without_skymap_structure(tmp_path):
    path = write_sav(tmp_path / "themis_skymap_gill_20210308-+_v02.sav", {"something": np.float32(1)})
    with pytest.raises(ReadError, match="no 'skymap' structure"):
        read_skymap(path)


def test_read_dispatch_returns_data():
    need_real(REAL_SKYMAP)
    data = read("THEMIS_ASI_SKYMAP_IDLSAV", [REAL_SKYMAP])
    assert data.dataset.name == "THEMIS_ASI_SKYMAP_IDLSAV"
    assert len(data.data) == 1 and isinstance(data.data[0], Skymap)
    assert data.timestamp == [] and data.metadata == [] and data.problematic_files == []


def test_read_unsupported_dataset_lists_readable():
    with pytest.raises(ReadError, match="THEMIS_ASI_SKYMAP_IDLSAV"):
        read("TREX_RGB_GRID_MOSV001", ["x.sav"])  # SMILE skymaps read now
