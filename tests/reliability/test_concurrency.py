"""Concurrent downloads of one file: threads, spawned processes, and a reader polling the final path.

The guarantee under test (aurora_widgets/data/download.py): a file under its final name is always
complete, because it is written to ``<name>.part-<random>`` and renamed with ``os.replace``.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
import time
from pathlib import Path

import pytest
import requests

from ._support import assert_download_dir_clean, partial_files, trees
from ._workers import download_best

pytestmark = pytest.mark.timeout(120)

WHEN = dt.datetime(2021, 11, 4)
SUB = Path("gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav")
DATASET = "THEMIS_ASI_SKYMAP_IDLSAV"
PATTERN = "themis_skymap_gill_20210308"


def _expected(archive_root: Path) -> bytes:
    return (archive_root / "files" / trees(archive_root)[DATASET] / SUB).read_bytes()


def _final(download_dir: Path) -> Path:
    return download_dir / DATASET / SUB


@pytest.mark.parametrize("overwrite", [False, True])
def test_two_threads_same_file_leave_one_complete_file(overwrite, faults, make_client, download_dir,
                                                       archive_root):
    # one of the two requests is held back a little so the transfers overlap in different ways
    faults.add(PATTERN, "slow", times=1, delay=0.3)
    clients = [make_client(timeout=10), make_client(timeout=10)]
    for c in clients:
        c.list_skymaps(DATASET, "gill")  # listings done: the barrier releases two downloads
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(i: int) -> None:
        barrier.wait(10)
        try:
            results[i] = clients[i].download_best_skymap(DATASET, "gill", WHEN, overwrite=overwrite).filenames
        except Exception as err:  # reported below
            results[i] = err

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a download hung"
    assert results[0] == results[1] == [_final(download_dir)], results
    assert _final(download_dir).read_bytes() == _expected(archive_root)
    assert assert_download_dir_clean(download_dir, archive_root) == 1


@pytest.mark.parametrize("overwrite", [False, True])
def test_two_spawned_processes_same_file_leave_one_complete_file(overwrite, faults, api_url, download_dir,
                                                                 archive_root):
    faults.add(PATTERN, "slow", times=1, delay=0.3)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(2)
        with ctx.Pool(2) as pool:
            pending = [pool.apply_async(download_best, (api_url, str(download_dir), barrier, overwrite))
                       for _ in range(2)]
            results = [p.get(timeout=90) for p in pending]
    assert results == [str(_final(download_dir))] * 2, results
    assert _final(download_dir).read_bytes() == _expected(archive_root)
    assert assert_download_dir_clean(download_dir, archive_root) == 1


@pytest.fixture
def stretched(monkeypatch):
    """Make every streamed body arrive in small, slightly delayed chunks (a slow network)."""
    import aurora_widgets.data.download as download_module

    original = requests.models.Response.iter_content

    def slow_iter(self, chunk_size=1, decode_unicode=False):
        for chunk in original(self, 64 * 1024, decode_unicode):
            time.sleep(0.01)
            yield chunk

    monkeypatch.setattr(download_module, "CHUNK_SIZE", 64 * 1024)
    monkeypatch.setattr(requests.models.Response, "iter_content", slow_iter)


@pytest.mark.parametrize("old", ["absent", "older-file"])
def test_reader_polling_the_final_path_never_sees_a_partial_file(old, stretched, faults, make_client,
                                                                download_dir, archive_root):
    expected = _expected(archive_root)
    final = _final(download_dir)
    previous = b"an older, different version of the file" * 100
    if old == "older-file":
        final.parent.mkdir(parents=True)
        final.write_bytes(previous)
    faults.add(PATTERN, "slow", times=1, delay=0.3)  # the request waits, then the body trickles in
    done = threading.Event()
    seen = {"absent": 0, "old": 0, "new": 0, "during_part": 0}
    bad: list[str] = []

    def poll() -> None:
        deadline = time.monotonic() + 60
        while not done.is_set() and time.monotonic() < deadline:
            if partial_files(download_dir):
                seen["during_part"] += 1
            try:
                content = final.read_bytes()
            except FileNotFoundError:
                seen["absent"] += 1
                continue
            if content == expected:
                seen["new"] += 1
            elif content == previous:
                seen["old"] += 1
            else:
                bad.append(f"{len(content)} bytes")
            time.sleep(0.002)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        result = make_client(timeout=10).download_best_skymap(DATASET, "gill", WHEN, overwrite=True)
    finally:
        done.set()
        poller.join(30)
    assert not poller.is_alive()
    assert bad == [], f"the reader saw partial or foreign content: {bad[:5]}"
    assert result.filenames == [final] and final.read_bytes() == expected
    # the test really looked while the transfer was under way (a .part file existed)
    assert seen["during_part"] > 0, seen
    if old == "older-file":
        assert seen["old"] > 0 and seen["absent"] == 0, seen  # the old file stayed whole until replaced
    assert assert_download_dir_clean(download_dir, archive_root) == 1
