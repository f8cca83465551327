"""The built-in IDL SAVE decoder (readers/_idlsav.py): same values as scipy, safe on damaged files."""

from __future__ import annotations

import contextlib
import struct
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sav_factory import REAL_SKYMAP, need_real

from aurora_widgets.archive.idlsave import encode_sav, write_sav
from aurora_widgets.data import ReadError
from aurora_widgets.data.readers import _common, clear_calibration_cache, clear_skymap_cache
from aurora_widgets.data.readers._idlsav import (
    SavCorruptError,
    SavRecord,
    SavUnsupportedError,
    decode_idlsav,
    read_idlsav,
)
from aurora_widgets.data.readers.calibration import read_calibration
from aurora_widgets.data.readers.skymap import read_skymap

# --------------------------------------------------------------------------------------------
# helpers


def scipy_read(path: Path) -> dict[str, Any]:
    from scipy.io import readsav

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return readsav(str(path), python_dict=True)


def assert_same_value(ours: Any, ref: Any, where: str) -> None:
    """Deep equality of one decoded value with scipy's: types, dtypes, shapes, names, values."""
    if isinstance(ref, np.ndarray) and ref.dtype.names is not None:  # scipy recarray of structures
        assert isinstance(ours, np.ndarray) and ours.dtype == object, where
        assert ours.shape == ref.shape, where
        for i, (a, b) in enumerate(zip(ours.ravel(), ref.ravel(), strict=True)):
            assert isinstance(a, SavRecord), where
            assert a.names == b.dtype.names, where
            assert list(a) == [n.lower() for n in b.dtype.names], where
            for name in b.dtype.names:
                assert_same_value(a[name.lower()], b[name], f"{where}[{i}].{name}")
    elif isinstance(ref, np.ndarray):
        assert isinstance(ours, np.ndarray), where
        assert (ours.shape, ours.dtype) == (ref.shape, ref.dtype), where
        if ref.dtype == object:
            assert [type(x) for x in ours.ravel()] == [type(x) for x in ref.ravel()], where
            assert list(ours.ravel()) == list(ref.ravel()), where
        else:
            np.testing.assert_array_equal(ours, ref, err_msg=where)
    else:
        assert type(ours) is type(ref), (where, type(ours), type(ref))
        assert ours == ref or (ours != ours and ref != ref), (where, ours, ref)  # NaN == NaN here


def assert_same_contents(ours: dict[str, Any], ref: dict[str, Any], where: str) -> None:
    assert list(ours) == list(ref), where
    for key in ref:
        assert_same_value(ours[key], ref[key], f"{where}:{key}")


def assert_same_dataclass(a: Any, b: Any, where: str) -> None:
    """Every field of two Skymap/Calibration objects (nested generation info too) is identical."""
    import dataclasses

    for f in dataclasses.fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if dataclasses.is_dataclass(x):
            assert_same_dataclass(x, y, f"{where}.{f.name}")
        elif isinstance(x, np.ndarray) or isinstance(y, np.ndarray):
            assert isinstance(x, np.ndarray) and isinstance(y, np.ndarray), f"{where}.{f.name}"
            assert (x.shape, x.dtype) == (y.shape, y.dtype), f"{where}.{f.name}"
            assert x.dtype.isnative and x.flags.c_contiguous and not x.flags.writeable, f"{where}.{f.name}"
            np.testing.assert_array_equal(x, y, err_msg=f"{where}.{f.name}")
        else:
            assert type(x) is type(y) and x == y, (f"{where}.{f.name}", x, y)


def read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """(fast decoder result, scipy-only result) of the public reader for one file."""
    read = read_skymap if "skymap" in path.name else read_calibration
    results = []
    for fast in (True, False):
        monkeypatch.setattr(_common, "FAST_SAV", fast)
        clear_skymap_cache()
        clear_calibration_cache()
        results.append(read(path))
    clear_skymap_cache()
    clear_calibration_cache()
    return results[0], results[1]


def relink(records: list[tuple[int, bytes]], signature: bytes = b"SR\x00\x04",
           nextrec: dict[int, int] | None = None) -> bytes:
    """Records (type, body) -> file bytes with correct next-record offsets (or forced ones)."""
    out = bytearray(signature)
    for i, (rectype, body) in enumerate(records):
        nxt = 0 if rectype == 6 else len(out) + 16 + len(body)
        if nextrec and i in nextrec:
            nxt = nextrec[i]
        out += struct.pack(">lIIl", rectype, nxt & 0xFFFFFFFF, nxt >> 32, 0) + body
    return bytes(out)


def split_records(data: bytes) -> list[tuple[int, bytes]]:
    """The (type, body) records of an uncompressed save file."""
    out, pos = [], 4
    while True:
        rectype, lo, hi, _ = struct.unpack_from(">lIIl", data, pos)
        if rectype == 6:
            out.append((6, b""))
            return out
        nxt = lo + (hi << 32)
        out.append((rectype, data[pos + 16:nxt]))
        pos = nxt


SAMPLE = {
    "b": np.uint8(200),
    "i": np.int16(-12345),
    "ui": np.uint16(54321),
    "l": -7,
    "ul": np.uint32(4_000_000_000),
    "l64": np.int64(-(2**40)),
    "ul64": np.uint64(2**63 + 5),
    "f": np.float32(1.5),
    "d": 2.25,
    "s": "hello",
    "empty": "",
    "bytes_arr": np.arange(7, dtype=np.uint8),
    "int_arr": np.arange(-6, 6, dtype=np.int16).reshape(3, 4),
    "uint_arr": np.arange(5, dtype=np.uint16) * 1000,
    "long_arr": np.arange(24, dtype=np.int32).reshape(2, 3, 4),
    "f_arr": np.linspace(-1, 1, 15, dtype=np.float32).reshape(3, 5),
    "d_arr": np.array([np.nan, 1e300, -0.0]),
    "l64_arr": np.array([-(2**62), 3], dtype=np.int64),
    "str_arr": np.array(["a", "", "ccc"]),
    "str_grid": np.array([["ab", "c"], ["d", "efgh"]]),
    "info": {
        "site_uid": "gill",
        "alt": np.float32(110.0),
        "flags": np.array([1, 0], dtype=np.uint8),
        "grid": np.arange(2 * 3 * 4, dtype=np.float32).reshape(2, 3, 4),
        "inner": {"author": "Neil", "bytscl": np.array([-1, -1], dtype=np.int16), "n": np.int16(3)},
        "names": np.array(["x", "yy"]),
    },
}


# --------------------------------------------------------------------------------------------
# decoder unit tests (the archive's writer makes the files)


@pytest.mark.parametrize("compress", [False, True])
def test_decoder_matches_scipy_on_all_types(tmp_path, compress):
    path = tmp_path / "sample.sav"
    write_sav(path, SAMPLE, compress=compress)
    ours = read_idlsav(path)
    assert_same_contents(ours, scipy_read(path), "sample")
    # and the values are what was written
    assert ours["i"] == -12345 and ours["ul64"] == 2**63 + 5 and ours["s"] == b"hello"
    assert ours["empty"] == ""  # scipy gives '' (a str) for an empty IDL string; so do we
    np.testing.assert_array_equal(ours["long_arr"], SAMPLE["long_arr"])
    np.testing.assert_array_equal(ours["int_arr"], SAMPLE["int_arr"])
    assert ours["str_grid"].shape == (2, 2) and ours["str_grid"][1, 1] == b"efgh"
    info = ours["info"][0]
    assert info.names[:2] == ("SITE_UID", "ALT")
    assert info["grid"].shape == (2, 3, 4) and info["grid"].dtype == np.dtype(">f4")
    inner = info["inner"][0]
    assert inner["author"] == b"Neil" and inner["n"] == 3
    np.testing.assert_array_equal(inner["bytscl"], [-1, -1])


def test_arrays_are_read_only_views_without_copies():
    data = encode_sav({"grid": np.arange(12, dtype=">f4").reshape(3, 4),
                       "ints": np.arange(4, dtype=np.int16)})
    out = decode_idlsav(data)
    grid = out["grid"]
    assert grid.dtype == np.dtype(">f4") and not grid.flags.writeable and not grid.flags.owndata
    assert np.shares_memory(grid, np.frombuffer(data, np.uint8))
    ints = out["ints"]  # 16-bit values take 4 bytes each in the file: a strided view
    assert ints.strides == (4,) and np.shares_memory(ints, np.frombuffer(data, np.uint8))
    np.testing.assert_array_equal(ints, [0, 1, 2, 3])


def test_unsupported_record_falls_back_to_scipy(tmp_path):
    records = split_records(encode_sav({"x": np.float32(2.5), "arr": np.arange(3, dtype=np.int32)}))
    # a SYSTEM_VARIABLE record: scipy skips it (with a warning), the decoder leaves the file to scipy
    records.insert(2, (3, b"\x00" * 8))
    path = tmp_path / "sys.sav"
    path.write_bytes(relink(records))
    with pytest.raises(SavUnsupportedError):
        read_idlsav(path)
    got = _common.load_sav(path, "calibration")
    assert float(got["x"]) == 2.5
    np.testing.assert_array_equal(got["arr"], [0, 1, 2])


def test_backward_record_pointer_is_corrupt_not_a_scipy_loop(tmp_path):
    records = split_records(encode_sav({"x": np.float32(2.5)}))
    records.insert(2, (3, b"\x00" * 8))  # unsupported: scipy would be asked ...
    # ... but the record after it points back to the first record: scipy would loop forever
    data = relink(records, nextrec={3: 4})
    with pytest.raises(SavCorruptError, match="points to byte 4"):
        decode_idlsav(data)
    path = tmp_path / "loop.sav"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="not a valid IDL save file"):
        _common.load_sav(path, "skymap")


def test_hostile_counts_raise_without_allocating():
    data = bytearray(encode_sav({"s": {"a": np.float32(1.0)}}))
    desc = struct.pack(">5l", 8, 8, 4, 1, 1)  # array descriptor of the 1-element structure
    at = data.find(desc)
    assert at > 0
    data[at + 12:at + 16] = struct.pack(">l", 2**31 - 1)  # 2 billion structure elements
    with pytest.raises(SavCorruptError, match="does not fit"):
        decode_idlsav(bytes(data))
    data = bytearray(encode_sav({"a": np.arange(4, dtype=np.float32)}))
    at = data.find(struct.pack(">3l", 8, 8, 16))
    data[at + 8:at + 12] = struct.pack(">l", 2**31 - 4)  # 2 GB of float data announced
    with pytest.raises(SavCorruptError, match="past the end of the file"):
        decode_idlsav(bytes(data))


def test_compressed_stream_problems():
    data = encode_sav({"a": np.arange(100, dtype=np.float64)}, compress=True)
    with pytest.raises(SavCorruptError):
        decode_idlsav(data[: len(data) // 2])
    broken = bytearray(data)
    broken[len(data) - 16 - 20] ^= 0xFF  # inside the last record's zlib stream (before END_MARKER)
    with pytest.raises(SavCorruptError):
        decode_idlsav(bytes(broken))


# --------------------------------------------------------------------------------------------
# equality with the scipy path on real and generated files


def archive_savs(root: Path) -> list[Path]:
    return sorted((root / "files").rglob("*.sav"))


def test_real_skymap_same_as_scipy(monkeypatch):
    need_real(REAL_SKYMAP)
    assert_same_contents(read_idlsav(REAL_SKYMAP), scipy_read(REAL_SKYMAP), REAL_SKYMAP.name)
    fast, slow = read_both(REAL_SKYMAP, monkeypatch)
    assert_same_dataclass(fast, slow, "skymap")


def test_every_archive_file_same_as_scipy(archive_root, monkeypatch):
    files = archive_savs(archive_root)
    skymaps = [p for p in files if "skymap" in p.name]
    calibrations = [p for p in files if "skymap" not in p.name]
    assert skymaps and calibrations
    compressed = 0
    for path in files:
        compressed += path.read_bytes()[:4] == b"SR\x00\x06"
        assert_same_contents(read_idlsav(path), scipy_read(path), path.name)
        fast, slow = read_both(path, monkeypatch)
        assert_same_dataclass(fast, slow, path.name)
    assert 0 < compressed < len(files)  # both variants were covered


# --------------------------------------------------------------------------------------------
# damaged files: ReadError (or, for a change inside the data, a result equal to scipy's)


def _small_compressed_skymap(archive_root: Path) -> Path:
    for path in archive_savs(archive_root):
        if "skymap" in path.name and path.read_bytes()[:4] == b"SR\x00\x06":
            return path
    pytest.skip("no compressed skymap in the archive")


@pytest.fixture(params=["real", "compressed"])
def source(request, archive_root) -> Path:
    """A skymap file to damage: the real sample file, or a small compressed one of the archive."""
    if request.param == "real":
        need_real(REAL_SKYMAP)
        return REAL_SKYMAP
    return _small_compressed_skymap(archive_root)


def test_truncated_copies_raise_read_error(tmp_path, source):
    data = source.read_bytes()
    path = tmp_path / source.name
    cuts = [0, 3, 4, 10, 20, 100, 1100, 1200, 2000, 5000, len(data) // 3, len(data) // 2,
            len(data) - 100, len(data) - 17, len(data) - 16, len(data) - 5]
    for cut in cuts:
        path.write_bytes(data[:cut])
        clear_skymap_cache()
        with pytest.raises(ReadError, match="download it again"):
            read_skymap(path)


def test_bit_flips_give_read_error_or_scipy_equal_result(tmp_path, source):
    data = source.read_bytes()
    rng = np.random.default_rng(20240601)
    # most flips where the structure is (record headers and descriptors), some anywhere
    positions = [*range(16), *rng.integers(1000, 9000, 150), *rng.integers(0, len(data), 40)]
    path = tmp_path / source.name
    outcomes = {"read_error": 0, "decoded": 0, "scipy": 0}
    for i, pos in enumerate(positions):
        damaged = bytearray(data)
        damaged[pos] ^= 1 << (i % 8)
        damaged = bytes(damaged)
        path.write_bytes(damaged)
        try:
            decoded = decode_idlsav(damaged)
        except SavCorruptError:
            clear_skymap_cache()
            with pytest.raises(ReadError):
                read_skymap(path)
            outcomes["read_error"] += 1
            continue
        except SavUnsupportedError:
            outcomes["scipy"] += 1  # the reader uses scipy: whatever it says goes (bounded: chain checked)
        else:
            # the decoder accepted it: scipy must read the very same values
            assert_same_contents(decoded, scipy_read(path), f"flip at {pos}")
            outcomes["decoded"] += 1
        clear_skymap_cache()
        with contextlib.suppress(ReadError):
            read_skymap(path)
    assert outcomes["read_error"] > 0 and outcomes["decoded"] > 0


@pytest.mark.parametrize("signature", [b"SR\x00\x04", b"SR\x00\x06", b"SR\x00\x05", b""])
def test_garbage_raises_read_error(tmp_path, signature):
    rng = np.random.default_rng(7)
    skymap = tmp_path / "themis_skymap_gill_20210308-+_v02.sav"
    flatfield = tmp_path / "REGO_flatfield_15649_20211019-+_v02.sav"
    for n in (0, 12, 64, 5000):
        garbage = signature + rng.integers(0, 256, n, dtype=np.uint8).tobytes()
        skymap.write_bytes(garbage)
        flatfield.write_bytes(garbage)
        clear_skymap_cache()
        clear_calibration_cache()
        with pytest.raises(ReadError, match="not a valid IDL save file"):
            read_skymap(skymap)
        with pytest.raises(ReadError, match="not a valid IDL save file"):
            read_calibration(flatfield)
