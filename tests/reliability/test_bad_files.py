"""Bad files: mutated copies of real and generated files must give ReadError / problematic_files.

* ``read_skymap`` / ``read_calibration``: truncation anywhere, bit flips, wrong magic, missing fields,
  wrong types, empty files -> :class:`ReadError` (a bit flip inside array data may also decode, but
  nothing else than a ReadError or a result object ever comes out);
* ``read_raw``: the file goes to ``problematic_files``, or the frames returned equal the original's
  frames for the intact prefix (never silently wrong arrays);
* every read finishes within a generous guard (hang detection) and, for headers claiming gigabytes,
  with a ``tracemalloc`` peak under 200 MB.

Property tests use hypothesis with a fixed seed (``derandomize=True``), a bounded ``max_examples``
and no deadline; each example is counted for docs/reliability.md.
"""

from __future__ import annotations

import bz2
import copy
import gzip
import itertools
import time
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aurora_widgets.archive.idlsave import write_sav
from aurora_widgets.data import ReadError
from aurora_widgets.data.models import Calibration, Skymap
from aurora_widgets.data.readers import (
    clear_calibration_cache,
    clear_skymap_cache,
    read_calibration,
    read_raw,
    read_skymap,
)

from ._support import budget, count_example

pytestmark = pytest.mark.timeout(120)

GUARD_S = 5.0  # hang detection only: a read taking this long is stuck, not slow
MEMORY_LIMIT = 200 * 1024**2
_counter = itertools.count()


def _settings(name: str, n: int) -> Any:
    return settings(derandomize=True, max_examples=budget(name, n), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("badfiles")


def _fresh(work: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``name`` in a new folder (a new path each time: no reader cache hit)."""
    folder = work / f"case{next(_counter)}"
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    return path


def _timed(fn: Any, *args: Any, memory: bool = False, **kwargs: Any) -> tuple[Any, BaseException | None, int]:
    """Call ``fn``; return (result, exception, tracemalloc peak or 0), failing on a stuck call."""
    if memory:
        tracemalloc.start()
    start = time.monotonic()
    result, error = None, None
    try:
        result = fn(*args, **kwargs)
    except Exception as err:  # judged by the caller
        error = err
    finally:
        peak = tracemalloc.get_traced_memory()[1] if memory else 0
        if memory:
            tracemalloc.stop()
    elapsed = time.monotonic() - start
    assert elapsed < GUARD_S, f"{getattr(fn, '__name__', fn)} took {elapsed:.1f} s: stuck?"
    return result, error, peak


# ------------------------------------------------------------------------------------------ sources
def _archive_file(archive_root: Path, pattern: str) -> Path:
    found = sorted((archive_root / "files").rglob(pattern))
    if not found:
        pytest.skip(f"no {pattern} in the sample archive")
    return found[0]


@pytest.fixture(scope="module")
def sav_sources(archive_root: Path, work: Path) -> dict[str, tuple[str, bytes]]:
    """Name -> (file name, bytes) of the .sav files the mutations start from."""
    out = {
        "generated-skymap-compressed": _archive_file(archive_root, "themis_skymap_gill_20210308*.sav"),
        "generated-flatfield-compressed": _archive_file(archive_root, "REGO_flatfield_15654_20210806*.sav"),
        "generated-rayleighs": _archive_file(archive_root, "REGO_Rayleighs_15654_20210806*.sav"),
    }
    from aurora_widgets.archive.generate import skymaps as gen

    spec = next(s for s in gen.SKYMAPS if s.site == "gill")
    plain = work / "plain_skymap.sav"
    write_sav(plain, gen.skymap_variables(spec), compress=False)
    result = {k: (p.name, p.read_bytes()) for k, p in out.items()}
    result["generated-skymap-plain"] = ("themis_skymap_gill_20210308-+_v02.sav", plain.read_bytes())
    real = Path(__file__).resolve().parents[3] / "shared" / "data" / "ucalgary" / "skymaps"
    for path in sorted(real.glob("*.sav")):
        result["real-skymap"] = (path.name, path.read_bytes())
    return result


SAV_KINDS = ["generated-skymap-compressed", "generated-skymap-plain", "generated-flatfield-compressed",
             "generated-rayleighs", "real-skymap"]


def _read_sav(path: Path) -> Any:
    clear_skymap_cache()
    clear_calibration_cache()
    if "skymap" in path.name:
        return read_skymap(path)
    return read_calibration(path)


def _source(sav_sources: dict, which: str) -> tuple[str, bytes]:
    if which not in sav_sources:
        pytest.skip(f"{which}: the real sample files (../shared/data/ucalgary) are missing")
    return sav_sources[which]


# ------------------------------------------------------------------------------------------ .sav
@pytest.mark.parametrize("which", SAV_KINDS)
@_settings("test_truncated_sav_raises_read_error", 20)
@given(fraction=st.floats(0.0, 1.0, exclude_max=True))
def test_truncated_sav_raises_read_error(which, fraction, sav_sources, work):
    count_example("test_truncated_sav_raises_read_error")
    name, data = _source(sav_sources, which)
    cut = int(len(data) * fraction)
    result, error, _ = _timed(_read_sav, _fresh(work, name, data[:cut]))
    assert isinstance(error, ReadError), f"cut at {cut}/{len(data)}: {result!r} {error!r}"
    assert "download it again" in str(error) or "no such file" not in str(error)


@pytest.mark.parametrize("which", SAV_KINDS)
@_settings("test_bit_flipped_sav_gives_read_error_or_a_result", 20)
@given(data=st.data())
def test_bit_flipped_sav_gives_read_error_or_a_result(which, data, sav_sources, work):
    count_example("test_bit_flipped_sav_gives_read_error_or_a_result")
    name, original = _source(sav_sources, which)
    damaged = bytearray(original)
    # half the flips in the first 4 kB (signature, record headers, descriptors), half anywhere
    limit = data.draw(st.sampled_from([min(4096, len(original)), len(original)]))
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, limit - 1))
        damaged[pos] ^= 1 << data.draw(st.integers(0, 7))
    result, error, peak = _timed(_read_sav, _fresh(work, name, bytes(damaged)), memory=True)
    assert error is None or isinstance(error, ReadError), repr(error)
    if error is None:
        assert isinstance(result, (Skymap, Calibration))
    assert peak < MEMORY_LIMIT, f"peak {peak / 1e6:.0f} MB"


MAGICS = {
    "empty": b"",
    "zip": b"PK\x03\x04" + b"\x00" * 200,
    "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
    "html": b"<!DOCTYPE html><html><body>Not found</body></html>",
    "gzip": gzip.compress(b"SR\x00\x04" + b"\x00" * 100),
    "bad-version": b"SR\x00\x05" + b"\x00" * 200,
    "signature-only": b"SR\x00\x04",
    "zeros": b"\x00" * 4096,
}


@pytest.mark.parametrize("kind", ["skymap", "flatfield", "rayleighs"])
@pytest.mark.parametrize("magic", list(MAGICS))
def test_wrong_magic_or_empty_sav_raises_read_error(magic, kind, work):
    name = {"skymap": "themis_skymap_gill_20210308-+_v02.sav",
            "flatfield": "REGO_flatfield_15654_20210806-+_v02.sav",
            "rayleighs": "REGO_Rayleighs_15654_20210806-+_v02.sav"}[kind]
    _, error, _ = _timed(_read_sav, _fresh(work, name, MAGICS[magic]))
    assert isinstance(error, ReadError), repr(error)
    assert name in str(error)


def _small_skymap_vars() -> dict[str, Any]:
    from aurora_widgets.archive.generate import skymaps as gen

    spec = next(s for s in gen.SKYMAPS if s.site == "gill")
    sk = gen.skymap_variables(spec)["skymap"]
    small = {k: v for k, v in sk.items() if not k.startswith("bin_") and k != "full_bin"}
    for key in ("full_row", "full_column", "full_ignore", "full_subtract", "full_multiply", "full_elevation",
                "full_azimuth"):
        small[key] = np.ascontiguousarray(sk[key][:8, :8])
    for key in ("full_map_latitude", "full_map_longitude"):
        small[key] = np.ascontiguousarray(sk[key][:, :9, :9])
    return {"skymap": small}


def _without(d: dict, *path: str) -> dict:
    out = copy.deepcopy(d)
    target = out
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return out


def _with(d: dict, value: Any, *path: str) -> dict:
    out = copy.deepcopy(d)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


SKYMAP_MUTATIONS: dict[str, Any] = {
    **{f"missing-{f}": (lambda b, f=f: _without(b, "skymap", f)) for f in (
        "full_elevation", "full_azimuth", "full_map_latitude", "full_map_longitude", "full_map_altitude",
        "site_uid", "imager_uid", "project_uid", "site_map_latitude", "generation_info")},
    "missing-author": lambda b: _without(b, "skymap", "generation_info", "author"),
    "no-skymap-variable": lambda b: {"something_else": np.int16(1)},
    "skymap-is-a-number": lambda b: {"skymap": np.float32(1.5)},
    "skymap-is-a-string": lambda b: {"skymap": "skymap"},
    "elevation-is-text": lambda b: _with(b, "north", "skymap", "full_elevation"),
    "elevation-1d": lambda b: _with(b, np.zeros(64, np.float32), "skymap", "full_elevation"),
    "latitude-2d": lambda b: _with(b, np.zeros((9, 9), np.float32), "skymap", "full_map_latitude"),
    "latitude-longitude-shapes-differ": lambda b: _with(b, np.zeros((3, 5, 5), np.float32), "skymap",
                                                       "full_map_longitude"),
    "site-latitude-is-text": lambda b: _with(b, "north", "skymap", "site_map_latitude"),
    "generation-info-is-text": lambda b: _with(b, "info", "skymap", "generation_info"),
    "elevation-is-a-struct": lambda b: _with(b, {"a": np.int16(1)}, "skymap", "full_elevation"),
}


@pytest.mark.parametrize("mutation", list(SKYMAP_MUTATIONS))
def test_skymap_sav_with_missing_fields_or_wrong_types_raises_read_error(mutation, work):
    base = _small_skymap_vars()
    good = _fresh(work, "themis_skymap_gill_20210308-+_v02.sav", b"")
    write_sav(good, base)
    assert _read_sav(good).full_elevation.shape == (8, 8)  # the unmutated file reads fine
    path = _fresh(work, "themis_skymap_gill_20210308-+_v02.sav", b"")
    write_sav(path, SKYMAP_MUTATIONS[mutation](base))
    result, error, _ = _timed(_read_sav, path)
    assert isinstance(error, ReadError), f"{mutation}: {result!r} {error!r}"
    assert str(path) in str(error)


CAL_MUTATIONS = {
    "flatfield-1d": ("flatfield", {"flat_field_multiplier_15654": np.ones(16)}),
    "flatfield-3d": ("flatfield", {"flat_field_multiplier_15654": np.ones((2, 4, 4))}),
    "flatfield-text": ("flatfield", {"flat_field_multiplier_15654": "ones"}),
    "flatfield-text-array": ("flatfield", {"flat_field_multiplier_15654": np.array([["a", "b"], ["c", "d"]])}),
    "flatfield-struct": ("flatfield", {"flat_field_multiplier_15654": {"a": np.ones((2, 2))}}),
    "flatfield-missing": ("flatfield", {"author": "someone"}),
    "rayleighs-text": ("rayleighs", {"rper_dnpersecond_15654": "ten"}),
    "rayleighs-struct": ("rayleighs", {"rper_dnpersecond_15654": {"v": 10.0}}),
    "rayleighs-text-array": ("rayleighs", {"rper_dnpersecond_15654": np.array(["a", "b"])}),
    "rayleighs-missing": ("rayleighs", {"author": "someone", "skymap_filename": "x.sav"}),
}


@pytest.mark.parametrize("mutation", list(CAL_MUTATIONS))
def test_calibration_sav_with_missing_fields_or_wrong_types_raises_read_error(mutation, work):
    kind, variables = CAL_MUTATIONS[mutation]
    name = "REGO_flatfield_15654_20210806-+_v02.sav" if kind == "flatfield" else \
        "REGO_Rayleighs_15654_20210806-+_v02.sav"
    path = _fresh(work, name, b"")
    write_sav(path, variables)
    result, error, _ = _timed(_read_sav, path)
    assert isinstance(error, ReadError), f"{mutation}: {result!r}"


# ------------------------------------------------------------------------------------------ raw
@pytest.fixture(scope="module")
def raw_sources(archive_root: Path) -> dict[str, tuple[str, bytes, Any]]:
    """Name -> (file name, bytes, original Data) of the raw files the mutations start from."""
    paths = {
        "generated-rego-gz": _archive_file(archive_root, "*_rego-*.pgm.gz"),
        "generated-nir-gz": _archive_file(archive_root, "*_nir-*.pgm.gz"),
        "generated-blue-gz": _archive_file(archive_root, "*_blue-*.pgm.gz"),
    }
    real = Path(__file__).resolve().parents[3] / "shared" / "data" / "ucalgary" / "raw"
    for key, pattern in (("real-themis-gz", "themis/*.pgm.gz"), ("real-themis-plain", "themis/*.pgm"),
                         ("real-nir-gz", "trex_nir/*.pgm.gz")):
        found = sorted(real.glob(pattern))
        if found:
            paths[key] = found[0]
    out = {}
    for key, path in paths.items():
        data = read_raw([path])
        assert data.problematic_files == [] and data.data.shape[2] > 0
        out[key] = (path.name, path.read_bytes(), data)
    # an uncompressed TREx NIR file too (its dims line is honoured, unlike THEMIS's)
    name, blob, data = out["generated-nir-gz"]
    out["generated-nir-plain"] = (name[: -len(".gz")], gzip.decompress(blob), data)
    return out


RAW_KINDS = ["generated-rego-gz", "generated-nir-gz", "generated-blue-gz", "generated-nir-plain",
             "real-themis-gz", "real-themis-plain", "real-nir-gz"]


def _raw_source(raw_sources: dict, which: str) -> tuple[str, bytes, Any]:
    if which not in raw_sources:
        pytest.skip(f"{which}: the real sample files (../shared/data/ucalgary) are missing")
    return raw_sources[which]


def _check_raw(path: Path, original: Any, *, memory: bool = False) -> str:
    """Read ``path``: problematic (no frames) or an exact prefix of ``original``. Return which."""
    data, error, peak = _timed(read_raw, [path], memory=memory)
    assert error is None, f"read_raw raised {error!r}: it must report problematic_files instead"
    if memory:
        assert peak < MEMORY_LIMIT, f"peak {peak / 1e6:.0f} MB"
    n = data.data.shape[2]
    if data.problematic_files:
        assert [p.filename for p in data.problematic_files] == [str(path)]
        assert data.problematic_files[0].error_message
        assert n == 0 and data.timestamp == [] and data.metadata == []
        return "problematic"
    assert 0 < n <= original.data.shape[2], "frames from nowhere"
    assert data.data.shape[:2] == original.data.shape[:2]
    np.testing.assert_array_equal(data.data, original.data[:, :, :n])
    assert data.timestamp == original.timestamp[:n]
    return "prefix" if n < original.data.shape[2] else "whole"


@pytest.mark.parametrize("which", RAW_KINDS)
@_settings("test_truncated_raw_is_problematic_or_an_exact_prefix", 15)
@given(fraction=st.floats(0.0, 1.0, exclude_max=True))
def test_truncated_raw_is_problematic_or_an_exact_prefix(which, fraction, raw_sources, work):
    count_example("test_truncated_raw_is_problematic_or_an_exact_prefix")
    name, blob, original = _raw_source(raw_sources, which)
    cut = int(len(blob) * fraction)
    outcome = _check_raw(_fresh(work, name, blob[:cut]), original)
    assert outcome != "whole", f"a file cut at {cut}/{len(blob)} read as complete"


@pytest.mark.parametrize("which", ["generated-nir-plain", "real-themis-plain"])
def test_raw_cut_at_frame_boundaries_gives_exact_prefixes(which, raw_sources, work):
    name, blob, original = _raw_source(raw_sources, which)
    starts = [i for i in range(len(blob)) if blob.startswith(b"P5\n", i)][:4]
    assert len(starts) >= 2
    for k, cut in enumerate(starts[1:], start=1):
        path = _fresh(work, name, blob[:cut])
        assert _check_raw(path, original) == "prefix"
        assert read_raw([path]).data.shape[2] == k


@pytest.mark.parametrize("which", RAW_KINDS)
@_settings("test_bit_flipped_raw_is_problematic_or_unchanged_frames", 15)
@given(data=st.data())
def test_bit_flipped_raw_is_problematic_or_unchanged_frames(which, data, raw_sources, work):
    count_example("test_bit_flipped_raw_is_problematic_or_unchanged_frames")
    name, blob, original = _raw_source(raw_sources, which)
    damaged = bytearray(blob)
    # gzip's CRC covers the data: flip anywhere; plain PGM has no checksum: flip only the first header
    limit = len(blob) if name.endswith(".gz") else blob.find(b"65535\n") + 6
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, limit - 1))
        damaged[pos] ^= 1 << data.draw(st.integers(0, 7))
    _check_raw(_fresh(work, name, bytes(damaged)), original, memory=True)


def _frame(width: int, height: int, payload: bytes, uid: str = "nir-216") -> bytes:
    return (b'P5\n#"Image request start" 2022-03-07 06:00:00.000000 UTC\n'
            + f'#"Imager unique ID" {uid}\n'.encode()
            + b'#"Exposure plus readout" 5000 ms\n'
            + f"{width} {height}\n65535\n".encode() + payload)


@_settings("test_pgm_dims_claiming_gigabytes_are_refused_in_bounded_memory", 40)
@given(width=st.integers(1, 2**31 - 1), height=st.integers(1, 2**31 - 1),
       compress=st.sampled_from(["", ".gz", ".bz2"]), tail=st.integers(0, 5000))
def test_pgm_dims_claiming_gigabytes_are_refused_in_bounded_memory(width, height, compress, tail, work):
    count_example("test_pgm_dims_claiming_gigabytes_are_refused_in_bounded_memory")
    if width * height * 2 <= tail:
        return  # the frame really is complete: not a lie about its size
    blob = _frame(width, height, b"\x01" * tail)
    blob = {"": blob, ".gz": gzip.compress(blob), ".bz2": bz2.compress(blob)}[compress]
    path = _fresh(work, f"20220307_0600_gill_nir-216_8446.pgm{compress}", blob)
    data, error, peak = _timed(read_raw, [path], memory=True)
    assert error is None
    assert peak < MEMORY_LIMIT, f"{width}x{height}: peak {peak / 1e6:.0f} MB"
    assert data.data.shape[2] == 0 and len(data.problematic_files) == 1
    assert "truncated" in data.problematic_files[0].error_message or \
        "dimension" in data.problematic_files[0].error_message


def test_huge_dims_in_a_later_frame_keep_nothing_from_the_file(work):
    good = _frame(4, 2, b"\x00\x01" * 8)
    path = _fresh(work, "20220307_0600_gill_nir-216_8446.pgm", good + _frame(100_000, 100_000, b"\x00" * 64))
    data = read_raw([path])
    assert data.data.shape[2] == 0 and len(data.problematic_files) == 1


WRONG_STREAMS = {
    "empty": b"",
    "plain-pgm-named-gz": _frame(2, 1, b"\x00\x01\x00\x02"),
    "bz2-named-gz": bz2.compress(_frame(2, 1, b"\x00\x01\x00\x02")),
    "zlib-not-gzip": zlib.compress(_frame(2, 1, b"\x00\x01\x00\x02")),
    "gzip-of-garbage": gzip.compress(b"\x07" * 10_000),
    "gzip-of-html": gzip.compress(b"<!DOCTYPE html><html>Not found</html>"),
    "gzip-header-only": gzip.compress(b"x")[:10],
    "two-members-second-broken": gzip.compress(_frame(2, 1, b"\x00\x01\x00\x02")) + b"\x1f\x8b\x08\x00junk",
    "zeros": b"\x00" * 4096,
}


@pytest.mark.parametrize("case", list(WRONG_STREAMS))
def test_wrong_gzip_stream_is_problematic(case, work):
    path = _fresh(work, "20220307_0600_gill_nir-216_8446.pgm.gz", WRONG_STREAMS[case])
    data, error, _ = _timed(read_raw, [path])
    assert error is None
    assert data.data.shape[2] == 0 and [p.filename for p in data.problematic_files] == [str(path)]


@pytest.mark.parametrize("suffix", [".pgm", ".pgm.gz", ".pgm.bz2"])
def test_empty_raw_file_is_problematic_and_others_still_read(suffix, raw_sources, work):
    name, blob, original = raw_sources["generated-nir-gz"]
    good = _fresh(work, name, blob)
    empty = _fresh(work, "20220307_0601_gill_nir-216_8446" + suffix, b"")
    data = read_raw([good, empty])
    assert [p.filename for p in data.problematic_files] == [str(empty)]
    np.testing.assert_array_equal(data.data, original.data)
