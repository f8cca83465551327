"""A cache that heals: integrity checks, repair in download / download_best_* / read, verify_cache, offline."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import json
import warnings
from pathlib import Path

import pytest

from aurora_widgets.archive.idlsave import write_sav
from aurora_widgets.data import Client, DownloadError, ReadError
from aurora_widgets.data.cache import CacheRepairWarning, check_file, forget, problem_with

WHEN = dt.datetime(2021, 11, 4)
SKYMAP = "THEMIS_ASI_SKYMAP_IDLSAV"
SUB = Path("gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav")


def _server_copy(archive_root: Path, dataset: str, sub: Path) -> bytes:
    tree = {d["name"]: d["tree"] for d in json.loads((archive_root / "catalogue.json").read_text())["datasets"]}
    return (archive_root / "files" / tree[dataset] / sub).read_bytes()


@pytest.fixture
def client(api_url, download_dir):
    forget()
    return Client(api_url=api_url, download_dir=download_dir, retries=1, backoff=0.01,
                  progress_bar_backend="standard")


def _truncate_half(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return data


# ------------------------------------------------------------------ the checks
def test_check_file_finds_each_kind_of_damage(tmp_path):
    sav = tmp_path / "themis_skymap_gill_20210308-+_v02.sav"
    write_sav(sav, {"a": 1, "b": list(range(100))})
    good = sav.read_bytes()
    assert check_file(sav) is None
    for cut in (4, 10, 17, len(good) // 2, len(good) - 1):
        sav.write_bytes(good[:cut])
        assert "record" in (check_file(sav) or ""), cut
    sav.write_bytes(good)
    expected = f"it has {len(good)} bytes, the server's file {len(good) + 1}"
    assert check_file(sav, expected_size=len(good) + 1) == expected

    gz = tmp_path / "20211104_0600_gill_themis19_full.pgm.gz"
    payload = gzip.compress(b"P5\n" + bytes(100_000))
    for data, expect in ((payload, None), (payload[:-1], "end marker"), (payload + payload, None),
                         (payload + b"junk", "after the last"), (b"not gzip", "not a gzip")):
        gz.write_bytes(data)
        problem = check_file(gz)
        assert (problem is None) if expect is None else (expect in (problem or "")), (data[:10], problem)

    bz = tmp_path / "20211104_0600_gill_themis19_full.pgm.bz2"
    compressed = bz2.compress(b"P5\n" + bytes(100_000))
    bz.write_bytes(compressed)
    assert check_file(bz) is None
    bz.write_bytes(compressed[: len(compressed) // 2])
    assert "end marker" in (check_file(bz) or "")

    for name in (sav.name, gz.name, "x.pgm"):
        page = tmp_path / name
        page.write_bytes(b"  <!DOCTYPE html><html><body>Not Found</body></html>")
        assert check_file(page) == "it is an HTML page, not a data file"
        page.write_bytes(b"")
        assert check_file(page) == "it is empty (0 bytes)"


def test_a_file_found_good_is_not_checked_again_until_it_changes(tmp_path, monkeypatch):
    from aurora_widgets.data import cache

    path = tmp_path / "x.sav"
    write_sav(path, {"a": 1})
    forget()
    calls = []
    real = cache.check_file
    monkeypatch.setattr(cache, "check_file", lambda p, *a, **k: calls.append(p) or real(p, *a, **k))
    assert problem_with(path) is None and problem_with(path) is None
    assert len(calls) == 1
    path.write_bytes(path.read_bytes()[:10])  # size and mtime change: checked again, and found damaged
    assert problem_with(path) is not None and len(calls) == 2


# ------------------------------------------------------------------ the reproduction
def test_truncated_best_skymap_is_downloaded_again_and_reads(client, archive_root, download_dir):
    first = client.download_best_skymap(SKYMAP, "gill", WHEN)
    path = first.filenames[0]
    good = _truncate_half(path)
    with pytest.warns(CacheRepairWarning, match=r"themis_skymap_gill_20210308-\+_v02\.sav was damaged") as rec:
        again = client.download_best_skymap(SKYMAP, "gill", WHEN)
    assert len([w for w in rec if issubclass(w.category, CacheRepairWarning)]) == 1
    assert "\n" not in str(rec[0].message)  # one line
    assert again.filenames == [path] and path.read_bytes() == good == _server_copy(archive_root, SKYMAP, SUB)
    assert client.read(again.dataset, again.filenames).data[0].site_uid == "gill"


@pytest.mark.parametrize("damage", ["half", "zero", "html"])
def test_read_through_the_client_repairs_a_damaged_skymap(client, damage, archive_root):
    result = client.download_best_skymap(SKYMAP, "gill", WHEN)
    path = result.filenames[0]
    good = path.read_bytes()
    path.write_bytes({"half": good[: len(good) // 2], "zero": b"",
                      "html": b"<html><body>maintenance</body></html>"}[damage])
    with pytest.warns(CacheRepairWarning, match="downloaded it again"):
        data = client.read(SKYMAP, [path])
    assert data.data[0].site_uid == "gill" and path.read_bytes() == good


def test_read_through_the_client_repairs_a_damaged_raw_file(client):
    result = client.download("TREX_NIR_RAW", WHEN.replace(hour=6), WHEN.replace(hour=6, minute=2),
                             site_uid="gill", progress_bar_disable=True)
    expected = client.read("TREX_NIR_RAW", result.filenames)
    assert not expected.problematic_files
    damaged = result.filenames[1]
    _truncate_half(damaged)
    with pytest.warns(CacheRepairWarning, match=damaged.name):
        data = client.read("TREX_NIR_RAW", result.filenames)
    assert not data.problematic_files
    assert (data.data == expected.data).all() and data.timestamp == expected.timestamp


def test_download_of_a_range_repairs_damaged_cached_files(client, archive_root):
    args = ("THEMIS_ASI_RAW", WHEN.replace(hour=6), WHEN.replace(hour=6, minute=1))
    first = client.download(*args, site_uid="gill", progress_bar_disable=True)
    goods = [p.read_bytes() for p in first.filenames]
    first.filenames[0].write_bytes(b"")
    _truncate_half(first.filenames[1])
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        again = client.download(*args, site_uid="gill", progress_bar_disable=True)
    repaired = [str(w.message) for w in rec if issubclass(w.category, CacheRepairWarning)]
    assert len(repaired) == 2 and all(p.name in " ".join(repaired) for p in first.filenames)
    assert [p.read_bytes() for p in again.filenames] == goods
    assert again.total_bytes == sum(len(g) for g in goods)


# ------------------------------------------------------------------ offline
def test_offline_a_damaged_file_is_an_error_naming_it_and_never_used(client, faults, api_url, download_dir):
    result = client.download_best_skymap(SKYMAP, "gill", WHEN)
    path = result.filenames[0]
    _truncate_half(path)
    damaged = path.read_bytes()
    faults.add("*themis_skymap_gill_20210308*", "500", times=None)  # the file host fails from now on
    with pytest.raises(DownloadError, match=r"cached file .*themis_skymap_gill_20210308-\+_v02\.sav is damaged"):
        client.download_best_skymap(SKYMAP, "gill", WHEN)
    with pytest.raises(ReadError, match=r"themis_skymap_gill_20210308-\+_v02\.sav is damaged .* not used"):
        client.read(SKYMAP, [path])
    # API down too (a dead address, same cache): the cached-files fallback refuses it as well
    dead = Client(api_url="http://127.0.0.1:9", download_dir=download_dir, retries=0, timeout=1)
    dead.listing_disk_cache_seconds = 0
    with pytest.raises(DownloadError, match="damaged"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dead.download_best_skymap(SKYMAP, "gill", WHEN)
    assert path.read_bytes() == damaged  # kept (it may be another program's), but never returned
    report = client.verify_cache(SKYMAP, repair=True)
    assert [d.path for d in report.damaged] == [path] and not report.ok and "500" in str(report.damaged[0].error)
    faults.clear()
    assert client.verify_cache(SKYMAP, repair=True).ok and path.read_bytes() != damaged


def test_verify_cache_reports_and_repairs_every_damaged_file(client, archive_root, download_dir):
    sky = client.download_best_skymap(SKYMAP, "gill", WHEN).filenames[0]
    flat = client.download_best_flatfield_calibration("REGO_CALIBRATION_FLATFIELD_IDLSAV", "655", WHEN).filenames[0]
    raw = client.download("REGO_RAW", WHEN.replace(hour=6), WHEN.replace(hour=6, minute=1), site_uid="resu",
                          progress_bar_disable=True).filenames
    goods = {p: p.read_bytes() for p in [sky, flat, *raw]}
    report = client.verify_cache()
    assert report.checked == len(goods) and report.damaged == [] and report.ok
    sky.write_bytes(b"")
    flat.write_bytes(b"<!doctype html><title>404</title>")
    _truncate_half(raw[0])
    report = client.verify_cache()
    assert sorted(d.path for d in report.damaged) == sorted([sky, flat, raw[0]])
    assert not report.ok and "3 damaged" in str(report)
    assert len(client.verify_cache("REGO_RAW").damaged) == 1
    fixed = client.verify_cache(repair=True)
    assert fixed.ok and all(d.repaired for d in fixed.damaged)
    assert {p: p.read_bytes() for p in goods} == goods
    assert client.verify_cache().damaged == []


def test_cached_path_ignores_a_damaged_file_and_a_download_repairs_it(client):
    """The widgets open chosen calibrations through cached_path: a damaged one is not offered."""
    flat = "REGO_CALIBRATION_FLATFIELD_IDLSAV"
    path = client.download_best_flatfield_calibration(flat, "655", WHEN).filenames[0]
    assert client.cached_path(flat, path.name) == path
    good = _truncate_half(path)
    assert client.cached_path(flat, path.name) is None
    listing = client.get_urls(flat, dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1), device_uid="655")
    one = type(listing)(urls=[u for u in listing.urls if u.endswith(path.name)], path_prefix=listing.path_prefix,
                        count=1, dataset=listing.dataset)
    with pytest.warns(CacheRepairWarning, match=path.name.replace("+", r"\+")):
        client.download_using_urls(one, progress_bar_disable=True)
    assert path.read_bytes() == good and client.cached_path(flat, path.name) == path
