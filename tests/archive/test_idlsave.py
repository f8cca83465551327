"""Round trips of the IDL SAVE writer through scipy.io.readsav."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
import scipy.io

from aurora_widgets.archive.idlsave import IDLStruct, encode_sav, write_sav

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucalgary"
GAKO = SHARED / "skymaps" / "themis_skymap_gako_20110305-+_vXX.sav"


@pytest.fixture(params=[False, True], ids=["plain", "compressed"])
def compress(request):
    return request.param


def roundtrip(tmp_path, variables, compress=False):
    path = tmp_path / "t.sav"
    write_sav(path, variables, compress=compress)
    return scipy.io.readsav(str(path), python_dict=True)


SCALARS = {
    "b": (np.uint8(200), np.uint8),
    "i": (np.int16(-12345), np.int16),
    "u": (np.uint16(60001), np.uint16),
    "l": (np.int32(-2_000_000_000), np.int32),
    "ul": (np.uint32(4_000_000_000), np.uint32),
    "l64": (np.int64(-(2**40)), np.int64),
    "f": (np.float32(10.4), np.float32),
    "d": (np.float64(10.137431837782506), np.float64),
}


def test_scalars_of_every_type(tmp_path, compress):
    d = roundtrip(tmp_path, {k: v for k, (v, _t) in SCALARS.items()}, compress)
    for name, (value, typ) in SCALARS.items():
        assert isinstance(d[name], typ), name
        assert d[name] == value, name


def test_python_scalars_and_strings(tmp_path):
    d = roundtrip(
        tmp_path, {"pi": 3.25, "n": 7, "big": 2**40, "flag": True, "s": "gill", "raw": b"\\\\AURORA", "e": ""}
    )
    assert d["pi"] == 3.25 and isinstance(d["pi"], np.float64)
    assert d["n"] == 7 and isinstance(d["n"], np.int32)
    assert d["big"] == 2**40
    assert d["flag"] == 1
    assert d["s"] == b"gill" and d["raw"] == b"\\\\AURORA"
    assert d["e"] == ""


@pytest.mark.parametrize("dtype", ["u1", ">i2", ">u2", ">i4", ">u4", ">i8", ">f4", ">f8", "<f4", "<i2"])
@pytest.mark.parametrize("shape", [(7,), (3, 5), (3, 4, 5), (2, 1, 3, 2)])
def test_arrays_keep_shape_values_and_type(tmp_path, dtype, shape):
    rng = np.random.default_rng(1)
    arr = (rng.random(shape) * 100 - (0 if dtype[-2] in "u" or dtype == "u1" else 50)).astype(dtype)
    d = roundtrip(tmp_path, {"a": arr})
    assert d["a"].shape == shape
    assert d["a"].dtype.newbyteorder("=") == np.dtype(dtype).newbyteorder("=")
    np.testing.assert_array_equal(d["a"], arr)


def test_float_arrays_keep_nan(tmp_path, compress):
    arr = np.array([[np.nan, 1.5], [-0.5, np.nan]], dtype=">f4")
    d = roundtrip(tmp_path, {"x": arr}, compress)
    np.testing.assert_array_equal(np.isnan(d["x"]), np.isnan(arr))
    assert d["x"][1, 0] == np.float32(-0.5)


def test_string_array(tmp_path):
    d = roundtrip(tmp_path, {"names": np.array(["gill", "", "resu"])})
    assert list(d["names"]) == [b"gill", "", b"resu"]


def test_nested_structures(tmp_path, compress):
    s = {
        "generation_info": {
            "author": "someone",
            "optical_projection": np.arange(18, dtype=">f8").reshape(2, 9),
            "img_flip": np.array([1, 0], dtype=np.uint8),
            "pixel_aspect_ratio": np.float64(0.518072),
            "bytscl_values": np.array([-1, -1], dtype=">i2"),
            "deeper": IDLStruct(level=np.int16(3), name="x"),
        },
        "site_uid": "gill",
        "imager_unix_time": np.int32(0),
        "site_map_latitude": np.float32(56.38),
        "full_row": np.arange(12, dtype=">u2").reshape(3, 4),
        "full_map_latitude": np.random.default_rng(0).random((3, 5, 4)).astype(">f4"),
        "bin_map_altitude": np.float32(110000.0),
    }
    d = roundtrip(tmp_path, {"skymap": s}, compress)
    rec = d["skymap"]
    assert rec.shape == (1,)
    assert list(rec.dtype.names)[:3] == ["GENERATION_INFO", "SITE_UID", "IMAGER_UNIX_TIME"]
    r = rec[0]
    assert r.site_uid == b"gill"
    assert r.site_map_latitude == np.float32(56.38)
    np.testing.assert_array_equal(r.full_row, s["full_row"])
    np.testing.assert_array_equal(r.full_map_latitude, s["full_map_latitude"])
    g = r.generation_info[0]
    assert g.author == b"someone"
    assert g.optical_projection.shape == (2, 9) and g.optical_projection[1, 0] == 9.0
    assert g.img_flip.dtype == np.uint8 and list(g.img_flip) == [1, 0]
    assert list(g.bytscl_values) == [-1, -1]
    assert g.deeper[0].level == 3 and g.deeper[0].name == b"x"


def test_calibration_file_layout(tmp_path):
    path = tmp_path / "REGO_flatfield_15654_20210806-+_v02.sav"
    ff = 1.0 + np.random.default_rng(2).random((512, 512))
    write_sav(
        path,
        {
            "flat_field_multiplier_15654": ff.astype(">f8"),
            "author": "a",
            "input_data_dir": "/x/",
            "skymap_filename": "rego_skymap_gill.sav",
        },
    )
    d = scipy.io.readsav(str(path))
    assert set(d) == {"flat_field_multiplier_15654", "author", "input_data_dir", "skymap_filename"}
    assert d["flat_field_multiplier_15654"].dtype.str == ">f8"
    np.testing.assert_array_equal(d["flat_field_multiplier_15654"], ff)


def test_deterministic_bytes_and_errors():
    v = {"x": np.arange(5, dtype=">f4"), "s": {"a": "b"}}
    assert encode_sav(v) == encode_sav(v)
    assert encode_sav(v, compress=True)[:4] == b"SR\x00\x06"
    with pytest.raises(ValueError):
        encode_sav({})
    with pytest.raises(ValueError):
        encode_sav({"1bad": 1})
    with pytest.raises(TypeError):
        encode_sav({"x": object()})
    with pytest.raises(TypeError):
        encode_sav({"x": np.zeros(3, dtype=np.complex64)})


def _as_dict(rec):
    out = {}
    for name in rec.dtype.names:
        value = rec[name][0]
        out[name.lower()] = _as_dict(value) if isinstance(value, np.recarray) else value
    return out


def _assert_same(a, b, path="skymap"):
    assert a.dtype.names == b.dtype.names, path
    for name in a.dtype.names:
        x, y = a[name][0], b[name][0]
        where = f"{path}.{name}"
        if isinstance(x, np.recarray):
            _assert_same(x, y, where)
        elif isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and x.shape == y.shape, where
            np.testing.assert_array_equal(x, y, err_msg=where)
        else:
            assert type(x) is type(y), where
            assert x == y or (x != x and y != y), where


@pytest.mark.skipif(not GAKO.exists(), reason=f"real sample skymap not found at {GAKO}")
@pytest.mark.parametrize("compressed", [False, True])
def test_rebuild_real_gako_skymap(tmp_path, compressed):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        real = scipy.io.readsav(str(GAKO), python_dict=True)
    out = tmp_path / GAKO.name
    write_sav(out, {"skymap": _as_dict(real["skymap"])}, compress=compressed)
    again = scipy.io.readsav(str(out), python_dict=True)
    assert list(again) == ["skymap"]
    _assert_same(real["skymap"], again["skymap"])
    assert again["skymap"][0].full_map_latitude.shape == (3, 257, 257)
    if not compressed:  # same layout as IDL's: only the licence NOTICE record (872 bytes) is missing
        assert abs(out.stat().st_size - GAKO.stat().st_size) < 1000
