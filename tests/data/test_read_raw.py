"""read_raw: parity with pyucalgarysrs 1.28 (frames, timestamps, metadata) and bad-file handling."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
from pathlib import Path

import numpy as np
import pytest
from sav_factory import REAL_NIR, REAL_THEMIS, generated_raw, need_real

from aurora_widgets.data import Data, InputError
from aurora_widgets.data.readers import device_uid_from_metadata, read, read_raw

srs_mod = pytest.importorskip("pyucalgarysrs")
READERS = srs_mod.PyUCalgarySRS().data.readers
SRS_FN = {"themis": READERS.read_themis, "rego": READERS.read_rego, "nir": READERS.read_trex_nir,
          "blue": READERS.read_trex_blue}


def assert_same(ours: Data, theirs) -> None:
    assert ours.data.shape == theirs.data.shape
    assert ours.data.dtype == np.uint16
    np.testing.assert_array_equal(ours.data, theirs.data)
    assert ours.timestamp == theirs.timestamp
    assert ours.metadata == theirs.metadata
    assert [list(m) for m in ours.metadata] == [list(m) for m in theirs.metadata]  # key order too
    assert sorted(p.filename for p in ours.problematic_files) == sorted(
        str(p.filename) for p in theirs.problematic_files)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("raw")
    return {kind: generated_raw(kind, root / kind) for kind in ("rego", "blue", "nir", "themis")}


def _read_as_pyucalgarysrs_does(paths, theirs):
    """Read the real files ``paths`` with read_raw; assert pyucalgarysrs's reader ``theirs`` reads the same."""
    need_real()
    files = [str(p) for p in paths]
    ours = read_raw(files)
    assert_same(ours, theirs(files, quiet=True))
    return ours


def test_real_themis_matches_pyucalgarysrs():
    ours = _read_as_pyucalgarysrs_does(REAL_THEMIS, READERS.read_themis)
    assert ours.data.shape == (256, 256, 100)
    assert ours.timestamp[0] == dt.datetime(2014, 3, 10, 6, 0, 0, 63119)
    assert ours.metadata[0]["Imager unique ID"] == "themis19"
    assert ours.problematic_files == []


def test_real_nir_matches_pyucalgarysrs():
    ours = _read_as_pyucalgarysrs_does(REAL_NIR, READERS.read_trex_nir)
    assert ours.data.shape == (256, 256, 30)


@pytest.mark.parametrize("kind", ["rego", "blue", "nir", "themis"])
def test_generated_files_match_pyucalgarysrs(generated, kind):
    files = [str(p) for p in generated[kind]]
    ours = read_raw(files)
    assert_same(ours, SRS_FN[kind](files, quiet=True))


def test_rego_is_flipped_both_ways(generated):
    path = generated["rego"][0]
    ours = read_raw(path).data
    stream = gzip.decompress(path.read_bytes())
    start = stream.index(b"65535\n") + 6
    first = np.frombuffer(stream, ">u2", 512 * 512, start).reshape(512, 512)
    np.testing.assert_array_equal(ours[:, :, 0], first[::-1, ::-1])


def test_first_frame_only_and_time_window_match():
    need_real()
    files = [str(p) for p in REAL_THEMIS]
    assert_same(read_raw(files, first_frame_only=True),
                READERS.read_themis(files, first_record=True, quiet=True))
    start, end = dt.datetime(2014, 3, 10, 6, 0, 30), dt.datetime(2014, 3, 10, 6, 2, 10)
    ours = read_raw(files, start_time=start, end_time=end)
    assert_same(ours, READERS.read_themis(files, start_time=start, end_time=end, quiet=True))
    assert all(start <= t.replace(microsecond=0) <= end for t in ours.timestamp)


def test_parallel_gives_the_same():
    need_real()
    files = [str(p) for p in REAL_THEMIS]
    a, b = read_raw(files), read_raw(files, n_parallel=4)
    np.testing.assert_array_equal(a.data, b.data)
    assert a.metadata == b.metadata and a.timestamp == b.timestamp


@pytest.mark.parametrize("backend", ["zlib", pytest.param("isal", marks=pytest.mark.skipif(
    not __import__("aurora_widgets.data.inflate", fromlist=["x"]).isal_available(), reason="no python-isal"))])
@pytest.mark.parametrize("n_parallel", [1, 2, 3])
def test_files_of_unequal_length_and_bad_files_land_in_order(tmp_path, backend, n_parallel):
    """Frames go straight into slices of one array sized from the first file; a longer file later
    overflows that guess, bad files and a wrong frame size are skipped: same result as pyucalgarysrs,
    on both inflate paths, sequential and threaded."""
    from aurora_widgets.data.inflate import use_backend

    need_real()
    src = REAL_NIR[0]
    raw = gzip.decompress(src.read_bytes())
    frames = raw.split(b"P5\n")[1:]
    assert len(frames) == 10
    plan = [(0, 3), (1, 10), (2, None), (3, 7), (4, 10), (5, 1)]  # (minute, frames kept; None = damaged)
    files = []
    for minute, count in plan:
        path = tmp_path / f"20220307_06{minute:02d}_gill_nir-216_8446.pgm.gz"
        body = gzip.compress(b"".join(b"P5\n" + f for f in frames[: count or 10]))
        path.write_bytes(body if count else body[: len(body) // 2])  # damaged: cut in half
        files.append(str(path))
    other = tmp_path / "20220307_0606_gill_nir-216_8446.pgm"  # a 4x3 frame among 256x256 ones
    other.write_bytes(_frame([("Image request start", "2022-03-07 06:06:00.000000 UTC"),
                              ("Exposure plus readout", "5001 ms")], 7))
    files.insert(2, str(other))
    with use_backend(backend):
        ours = read_raw(files, n_parallel=n_parallel)
    theirs = READERS.read_trex_nir([f for f in files if f != str(other)], quiet=True)
    assert ours.data.shape == (256, 256, 31)
    np.testing.assert_array_equal(ours.data, theirs.data)
    assert ours.timestamp == theirs.timestamp and ours.metadata == theirs.metadata
    assert sorted(p.filename for p in ours.problematic_files) == sorted([files[3], str(other)])


def test_bz2_and_plain(tmp_path):
    need_real()
    src = REAL_NIR[0]
    raw = gzip.decompress(src.read_bytes())
    plain = tmp_path / src.name[:-3]
    plain.write_bytes(raw)
    bzf = tmp_path / (src.name[:-3] + ".bz2")
    bzf.write_bytes(bz2.compress(raw))
    ref = read_raw(src)
    for path in (plain, bzf):
        d = read_raw(path)
        np.testing.assert_array_equal(d.data, ref.data)
        assert d.metadata == ref.metadata


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    src = REAL_NIR[0]
    data = src.read_bytes()
    raw = gzip.decompress(data)
    out = {}

    def put(name, content):
        p = tmp_path / name
        p.write_bytes(content)
        out[name] = p

    put("20220307_0610_gill_nir-216_8446.pgm.gz", data[: len(data) // 2])  # truncated gzip
    put("20220307_0611_gill_nir-216_8446.pgm", raw[: len(raw) // 2 + 1001])  # truncated plain
    put("20220307_0612_gill_nir-216_8446.pgm.gz", b"")  # empty
    put("20220307_0613_gill_nir-216_8446.pgm.gz", b"PK\x03\x04 garbage")  # wrong magic
    put("20220307_0614_gill_nir-216_8446.pgm", bytes(range(256)) * 50)  # garbage
    put("notatime_gill_nir-216_8446.pgm.gz", data)  # no timestamp in name
    return out


def test_bad_files_become_problematic_and_reading_goes_on(tmp_path):
    need_real()
    bad = _bad_files(tmp_path)
    good = [str(p) for p in REAL_NIR[:2]]
    files = [good[0], *map(str, bad.values()), good[1]]
    ours = read_raw(files)
    assert ours.data.shape == (256, 256, 20)
    assert sorted(p.filename for p in ours.problematic_files) == sorted(map(str, bad.values()))
    assert all(p.error_type == "error" and p.error_message for p in ours.problematic_files)
    np.testing.assert_array_equal(ours.data, read_raw(good).data)
    theirs = READERS.read_trex_nir(files, quiet=True)
    assert sorted(str(p.filename) for p in theirs.problematic_files) == sorted(map(str, bad.values()))
    np.testing.assert_array_equal(ours.data, theirs.data)


def test_only_bad_files_still_returns_data(tmp_path):
    need_real()
    bad = _bad_files(tmp_path)
    d = read_raw(bad["20220307_0612_gill_nir-216_8446.pgm.gz"])
    assert d.data.shape[2] == 0 and d.timestamp == [] and d.metadata == []
    assert len(d.problematic_files) == 1


def test_huge_dimensions_are_refused(tmp_path):
    header = (b'P5\n#"Image request start" 2022-03-07 06:00:00.000000 UTC\n'
              b'#"Exposure plus readout" 5001.0 ms\n60000 60000\n65535\n')
    path = tmp_path / "20220307_0600_gill_nir-216_8446.pgm"
    path.write_bytes(header + b"\x00" * 1000)
    d = read_raw(path)
    assert d.data.shape[2] == 0
    assert "60000x60000" in d.problematic_files[0].error_message


def _frame(meta: list[tuple[str, str]], value: int, dims=(4, 3)) -> bytes:
    w, h = dims
    head = b"P5\n" + b"".join(f'#"{k}" {v}\n'.encode() for k, v in meta)
    return head + f"{w} {h}\n65535\n".encode() + np.full(w * h, value, ">u2").tobytes()


def test_missing_ids_are_injected_like_pyucalgarysrs(tmp_path):
    full = [("Project unique ID", "trex"), ("Site unique ID", "gill"), ("Imager unique ID", "nir-216"),
            ("Image request start", "2022-03-07 06:00:00.000000 UTC"), ("Exposure plus readout", "5001 ms ")]
    sparse = [("Project unique ID", "trex"), ("Image request start", "2022-03-07 06:00:06.000000 UTC"),
              ("Exposure plus readout", "5001 ms"), ]
    path = tmp_path / "20220307_0600_atha_nir-999_8446.pgm"
    path.write_bytes(_frame(sparse, 1) + _frame(full, 2) + _frame(sparse, 3))
    ours = read_raw(path)
    theirs = READERS.read_trex_nir(str(path), quiet=True)
    assert_same(ours, theirs)
    assert ours.metadata[0]["Site unique ID"] == "atha"  # from the file name (TREx rule)
    assert ours.metadata[2]["Site unique ID"] == "gill"  # carried from the previous frame
    assert ours.data.shape == (3, 4, 3)


def test_read_dispatch_sets_dataset():
    need_real()
    d = read("THEMIS_ASI_RAW", REAL_THEMIS[:1], first_record=True)
    assert d.dataset.name == "THEMIS_ASI_RAW" and d.data.shape == (256, 256, 1)


def test_read_raw_rejects_wrong_dataset():
    with pytest.raises(InputError):
        read_raw([], dataset="THEMIS_ASI_SKYMAP_IDLSAV")


@pytest.mark.parametrize(("value", "expected"), [
    ("rego-655", "655"), ("nir-216", "216"), ("blue-814", "814"), ("themis19", "19"),
    ({"Imager unique ID": "rego-652"}, "652"), (" NIR-216 ", "216"),
])
def test_device_uid_from_metadata(value, expected):
    assert device_uid_from_metadata(value) == expected


@pytest.mark.parametrize("value", ["gill", "", "rego-", {"Site unique ID": "gill"}, 42])
def test_device_uid_from_metadata_errors(value):
    with pytest.raises(InputError):
        device_uid_from_metadata(value)
