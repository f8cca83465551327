"""Cache healing: damaged cached files (cut anywhere, zero bytes, an HTML page, another process writing).

The cache is shared with pyaurorax, which writes in place and never checks. For each damage, on each
path that uses a cached file (``download`` / ``download_best_*`` and ``read`` through the client),
the damaged file must be fetched again atomically with one warning naming it, and afterwards every
file of the download folder must equal the server's copy: nothing lost, nothing partial.

Also here: a small gzip bomb (a real first frame header, then zeros) is refused by the raw reader
after inflating no more than its frames can need, in bounded memory, with either inflate backend.
"""

from __future__ import annotations

import datetime as dt
import gzip
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aurora_widgets.data.cache import CacheRepairWarning, forget
from aurora_widgets.data.inflate import isal_available, use_backend
from aurora_widgets.data.readers import read_raw

from ._support import assert_download_dir_clean, data_files, partial_files

pytestmark = pytest.mark.timeout(120)

WHEN = dt.datetime(2021, 11, 4, 6, 0)
#: Where a cut falls: a byte offset (>= 0 from the start, < 0 from the end) or a fraction of the size.
CUTS: list[float] = [0, 1, 4, 16, 100, 0.1, 0.25, 0.5, 0.75, 0.9, -16, -8, -1]


def _get_skymap(client: Any) -> list[Path]:
    return list(client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", WHEN).filenames)


def _get_flatfield(client: Any) -> list[Path]:
    return list(client.download_best_flatfield_calibration("REGO_CALIBRATION_FLATFIELD_IDLSAV", "655",
                                                           WHEN).filenames)


def _get_raw(client: Any) -> list[Path]:
    return list(client.download("THEMIS_ASI_RAW", WHEN, WHEN.replace(minute=1), site_uid="gill",
                                progress_bar_disable=True).filenames)


def _get_nir(client: Any) -> list[Path]:
    return list(client.download("TREX_NIR_RAW", WHEN, WHEN.replace(minute=2), site_uid="gill",
                                progress_bar_disable=True).filenames)


KINDS: dict[str, tuple[str, Callable[[Any], list[Path]]]] = {
    "skymap": ("THEMIS_ASI_SKYMAP_IDLSAV", _get_skymap),
    "flatfield": ("REGO_CALIBRATION_FLATFIELD_IDLSAV", _get_flatfield),
    "themis-raw": ("THEMIS_ASI_RAW", _get_raw),
    "nir-raw": ("TREX_NIR_RAW", _get_nir),
}


def _cut(data: bytes, where: float) -> bytes:
    if isinstance(where, float) and 0 < where < 1:
        return data[: int(len(data) * where)]
    n = int(where)
    return data[:n] if n >= 0 else data[: len(data) + n]


def _heal(client: Any, kind: str, via: str, files: list[Path]) -> list[str]:
    """Use the cached files again through ``via``; return the repair warnings seen."""
    dataset, get = KINDS[kind]
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        if via == "download":
            assert get(client) == files
        else:
            data = client.read(dataset, files)
            if kind.endswith("raw"):
                assert not data.problematic_files, data.problematic_files
            else:
                assert len(data.data) == len(files)
    return [str(w.message) for w in seen if issubclass(w.category, CacheRepairWarning)]


def _check_nothing_lost(download_dir: Path, archive_root: Path, count: int) -> None:
    assert partial_files(download_dir) == []
    assert assert_download_dir_clean(download_dir, archive_root) == count  # every file whole, none missing
    assert len(data_files(download_dir)) == count


@pytest.mark.parametrize("via", ["download", "read"])
@pytest.mark.parametrize("cut", CUTS, ids=[f"cut{c}" for c in CUTS])
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_cached_file_cut_anywhere_is_fetched_again(kind, cut, via, make_client, download_dir, archive_root):
    forget()
    client = make_client()
    files = KINDS[kind][1](client)
    victim = files[0]
    victim.write_bytes(_cut(victim.read_bytes(), cut))
    repairs = _heal(client, kind, via, files)
    assert len(repairs) == 1 and victim.name in repairs[0] and "\n" not in repairs[0], repairs
    _check_nothing_lost(download_dir, archive_root, len(files))


def _first_frames(data: bytes, keep: int) -> bytes:
    """A raw ``.pgm.gz`` of only the first ``keep`` frames: whole gzip, cut exactly at a frame boundary."""
    frames = gzip.decompress(data).split(b"P5\n")[1:]
    assert len(frames) > keep
    return gzip.compress(b"".join(b"P5\n" + f for f in frames[:keep]))


@pytest.mark.parametrize("head_check", [True, False], ids=["with-HEAD", "HEAD-check-off"])
@pytest.mark.parametrize("keep", [1, 9])
@pytest.mark.parametrize("kind", ["themis-raw", "nir-raw"])
def test_a_raw_file_cut_exactly_at_a_frame_boundary(kind, keep, head_check, make_client, download_dir,
                                                    archive_root, archive_server, monkeypatch):
    """A cached raw file holding only its first frames, as a whole gzip stream (a writer stopped
    between two frames, then closed the stream): every format check passes, so only the server's
    size shows it. ``download`` asks once with a HEAD (no Content-Length was seen for this file)
    and fetches the file again; with that check switched off the short file would be kept."""
    from aurora_widgets.data import cache as cache_mod
    from aurora_widgets.data import download as download_mod

    forget()
    client = make_client()
    files = KINDS[kind][1](client)
    victim = files[0]
    whole = victim.read_bytes()
    victim.write_bytes(_first_frames(whole, keep))
    assert cache_mod.check_file(victim) is None  # the format checks cannot see it
    if not head_check:
        monkeypatch.setattr(download_mod, "size_confirmed", lambda path: True)
    archive_server.requests.clear()
    repairs = _heal(client, kind, "download", files)
    heads = [r for r in archive_server.requests if r.method == "HEAD"]
    if not head_check:
        assert repairs == [] and heads == []
        assert victim.read_bytes() != whole  # what the HEAD check is for: the short file stays
        return
    assert len(repairs) == 1 and victim.name in repairs[0], repairs
    # one HEAD, for the file changed since our download (the other's size was confirmed then)
    assert [h.path.rsplit("/", 1)[-1] for h in heads] == [victim.name]
    assert victim.read_bytes() == whole
    _check_nothing_lost(download_dir, archive_root, len(files))
    archive_server.requests.clear()
    assert _heal(client, kind, "download", files) == []
    assert archive_server.requests.count(method="HEAD") == 0  # each file is asked about once


HTML = b"<!DOCTYPE html>\n<html><head><title>UCalgary data</title></head><body>Not found</body></html>\n"


@pytest.mark.parametrize("via", ["download", "read"])
@pytest.mark.parametrize("damage", ["zero-bytes", "html-page", "html-page-after-blank-lines"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_zero_bytes_or_an_html_page_saved_as_the_file_is_fetched_again(kind, damage, via, make_client,
                                                                      download_dir, archive_root):
    forget()
    client = make_client()
    files = KINDS[kind][1](client)
    content = {"zero-bytes": b"", "html-page": HTML, "html-page-after-blank-lines": b"\r\n\n  " + HTML}[damage]
    for f in files:  # every file of the set at once
        f.write_bytes(content)
    repairs = _heal(client, kind, via, files)
    assert sorted(repairs) == sorted(r for r in repairs if any(f.name in r for f in files))
    assert len(repairs) == len(files)
    _check_nothing_lost(download_dir, archive_root, len(files))


_WRITER = r"""
import sys, time, pathlib
final, source, started, go = (pathlib.Path(a) for a in sys.argv[1:5])
data = source.read_bytes()
with open(final, "wb") as fh:          # as pyaurorax does: in place, under the final name
    fh.write(data[: len(data) // 3])
    fh.flush()
    started.write_text("writing")
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    fh.write(data[len(data) // 3 :])
print("done")
"""


@pytest.mark.parametrize("via", ["download", "read"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_file_being_written_by_another_process(kind, via, make_client, download_dir, archive_root, tmp_path):
    """Another program is still writing the file in place: we never use the partial file, and once
    both are done the final file is whole (our atomic replacement wins; its late writes go to the
    file it had open)."""
    forget()
    client = make_client()
    files = KINDS[kind][1](client)
    victim = files[-1]
    source = tmp_path / "server-copy"
    source.write_bytes(victim.read_bytes())
    victim.unlink()
    started, go = tmp_path / "started", tmp_path / "go"
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(victim), str(source), str(started), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert started.exists(), "the writer process did not start"
        repairs = _heal(client, kind, via, files)
        assert len(repairs) == 1 and victim.name in repairs[0]
        assert victim.read_bytes() == source.read_bytes()  # whole while the other process still writes
    finally:
        go.write_text("go")
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0 and out.strip() == "done", err
    _check_nothing_lost(download_dir, archive_root, len(files))


# ------------------------------------------------------------------ bounded inflate
BACKENDS = ["zlib", "isal"] if isal_available() else ["zlib"]


def _bomb(path: Path, zeros: int) -> Path:
    header = (b'P5\n#"Image request start" 2021-11-04 06:00:00.000000 UTC\n#"Site unique ID" gill\n'
              b'#"Imager unique ID" nir-216\n#"Exposure plus readout" 1 ms\n256 256\n65535\n')
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(header)
        block = bytes(1 << 20)
        for _ in range(zeros >> 20):
            fh.write(block)
    return path


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_small_gzip_bomb_is_refused_in_bounded_memory(backend, tmp_path):
    path = _bomb(tmp_path / "20211104_0600_gill_nir-216_8446.pgm.gz", 1 << 30)  # 1 GB of zeros, ~1 MB
    assert path.stat().st_size < 2 * 1024**2
    with use_backend(backend):
        tracemalloc.start()
        try:
            data = read_raw([path], dataset="TREX_NIR_RAW")
            _cur, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert data.data.shape[-1] == 0
    assert [p.filename for p in data.problematic_files] == [str(path)]
    assert "more than its frames can need" in data.problematic_files[0].error_message
    # 64 frames of 256x256 (+ headers, + 1 MiB) is ~10.5 MB: far from the 1 GB the stream holds
    assert peak < 40 * 1024**2, f"peak {peak / 1024**2:.0f} MB"
