"""read_calibration: parity with pyucalgarysrs 1.28 on generated REGO / TREx NIR / TREx Blue files."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import numpy as np
import pytest
from sav_factory import generated_calibrations, write_sav

from aurora_widgets.data import Calibration, Dataset, ReadError
from aurora_widgets.data.readers import clear_calibration_cache, read, read_calibration


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_calibration_cache()
    yield
    clear_calibration_cache()


def _srs_calibration(path):
    srs = pytest.importorskip("pyucalgarysrs")
    return srs.PyUCalgarySRS().data.readers.read_calibration(str(path), quiet=True).data[0]


@pytest.mark.parametrize("project", ["REGO", "NIR", "BLUE"])
def test_generated_calibrations_match_pyucalgarysrs(tmp_path, project):
    files = generated_calibrations(project, tmp_path)
    for kind, path in files.items():
        ours = read_calibration(path)
        theirs = _srs_calibration(path)
        assert ours.filename == str(path)  # the path as given (pyucalgarysrs keeps the base name)
        assert os.path.basename(ours.filename) == theirs.filename
        assert ours.detector_uid == theirs.detector_uid
        assert ours.version == theirs.version
        for name in ("valid_interval_start", "valid_interval_stop", "author", "input_data_dir",
                     "skymap_filename"):
            assert getattr(ours.generation_info, name) == getattr(theirs.generation_info, name), name
        if kind == "flatfield":
            assert ours.kind == "flatfield" and ours.rayleighs_perdn_persecond is None
            ff = ours.flat_field_multiplier
            assert ff.dtype.isnative and not ff.flags.writeable
            np.testing.assert_array_equal(ff, theirs.flat_field_multiplier)
        else:
            assert ours.kind == "rayleighs" and ours.flat_field_multiplier is None
            assert ours.rayleighs_perdn_persecond == theirs.rayleighs_perdn_persecond
            assert type(ours.rayleighs_perdn_persecond) is type(theirs.rayleighs_perdn_persecond)


def test_rego_flatfield_flipped_on_both_axes(tmp_path):
    ff = np.arange(12, dtype=">f8").reshape(3, 4)
    path = write_sav(tmp_path / "REGO_flatfield_15649_20211019-+_v02.sav",
                     {"flat_field_multiplier_15649": ff})
    np.testing.assert_array_equal(read_calibration(path).flat_field_multiplier, ff[::-1, ::-1])
    path2 = write_sav(tmp_path / "NIR_flatfield_23216_20211019-+_v02.sav",
                      {"flat_field_multiplier_23216": ff})
    np.testing.assert_array_equal(read_calibration(path2).flat_field_multiplier, ff[::-1, :])


def test_fields_from_name(tmp_path):
    path = write_sav(tmp_path / "REGO_Rayleighs_15649_20141015-20211018_v01.sav",
                     {"rper_dnpersecond_15649": np.float32(10.4)})
    cal = read_calibration(path, dataset="REGO_CALIBRATION_RAYLEIGHS_IDLSAV")
    assert cal.detector_uid == "15649" and cal.version == "v01"
    assert cal.generation_info.valid_interval_start == dt.datetime(2014, 10, 15)
    assert cal.generation_info.valid_interval_stop == dt.datetime(2021, 10, 18)
    assert cal.generation_info.author is None
    assert cal.rayleighs_perdn_persecond == np.float32(10.4)
    assert isinstance(cal.dataset, Dataset) and cal.dataset.name == "REGO_CALIBRATION_RAYLEIGHS_IDLSAV"


def test_cache_and_touch(tmp_path):
    path = write_sav(tmp_path / "REGO_Rayleighs_15649_20211019-+_v02.sav", {"rper_dnpersecond_15649": 10.1})
    a = read_calibration(path)
    assert read_calibration(path) is a
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 3_000_000_000))
    assert read_calibration(path) is not a


@pytest.mark.parametrize("content", [b"", b"SR\x00\x04" + b"\xff" * 20, b"not an idl file at all"])
def test_bad_content_raises(tmp_path, content):
    path = tmp_path / "REGO_flatfield_15649_20211019-+_v02.sav"
    path.write_bytes(content)
    with pytest.raises(ReadError, match="REGO_flatfield_15649") as err:
        read_calibration(path)
    assert "download it again" in str(err.value)


def test_truncated_generated_file_raises(tmp_path):
    files = generated_calibrations("REGO", tmp_path)
    path = files["flatfield"]
    cut = tmp_path / "cut" / path.name
    cut.parent.mkdir()
    shutil.copy(path, cut)
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ReadError):
        read_calibration(cut)


def test_missing_variable_and_bad_name(tmp_path):
    path = write_sav(tmp_path / "REGO_flatfield_15649_20211019-+_v02.sav", {"author": "me"})
    with pytest.raises(ReadError, match="flat_field_multiplier"):
        read_calibration(path)
    bad = write_sav(tmp_path / "calibration.sav", {"rper_dnpersecond_1": 1.0})
    with pytest.raises(ReadError, match="name does not follow"):
        read_calibration(bad)


def test_read_dispatch(tmp_path):
    files = generated_calibrations("NIR", tmp_path)
    data = read("TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV", [files["flatfield"]])
    assert isinstance(data.data[0], Calibration)
    assert data.data[0].dataset.name == "TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV"
    assert data.dataset.name == "TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV"
