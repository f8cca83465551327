"""Network faults x {listing, downloading, best-file selection}, on the session archive server.

Each case injects one fault kind on one request target, then checks the outcome:

* a **one-off** fault (``times=1``) of a transient kind (500, 503, slow past the client timeout,
  truncated body, reset, bad Content-Length) is retried and the call succeeds with the right files;
  an HTML answer is refused at once with our own error (APIError for the API, DownloadError for a
  file) and the next call succeeds;
* a **persistent** fault ends, after the configured retries, in our own error type
  (``AuroraWidgetsError`` subclass) naming what to do; clearing it, the same call succeeds;
* afterwards the download folder holds no ``.part-*`` file and every file in it equals the server's.

Listing order (``reverse``/``shuffle``) must change nothing: same URLs, same files, same best picks.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pytest

from aurora_widgets.data import APIError, AuroraWidgetsError, DownloadError, MaintenanceError

from ._support import assert_download_dir_clean, data_files, partial_files

pytestmark = pytest.mark.timeout(60)

KINDS = ["500", "503", "slow", "truncate", "reset", "html", "bad_length"]
URLS = "/api/v1/data_distribution/urls"
DATASETS = "/api/v1/data_distribution/datasets"
WHEN = dt.datetime(2021, 11, 4)
SLOW_TIMEOUT = 0.3  # client timeout for the "slow" cases
SLOW_DELAY = 1.0  # server delay: well past the timeout

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"
GILL_2022 = "themis_skymap_gill_20220301-+_v02.sav"
FLAT = "REGO_flatfield_15654_20210806-+_v02.sav"
RAYL = "REGO_Rayleighs_15654_20210806-+_v02.sav"


def _names(paths: Any) -> list[str]:
    return [Path(p).name for p in paths]


def op_get_urls(c: Any) -> Any:
    r = c.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2023-01-01", site_uid="gill")
    return sorted(u.rsplit("/", 1)[-1] for u in r.urls)


def op_list_datasets(c: Any) -> Any:
    return [d.name for d in c.list_datasets(name="SKYMAP")]


def op_download(c: Any) -> Any:
    r = c.download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2023-01-01", site_uid="gill",
                   progress_bar_disable=True)
    return _names(r.filenames)


def op_best_skymap(c: Any) -> Any:
    return _names(c.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", WHEN).filenames)


def op_best_flatfield(c: Any) -> Any:
    return _names(c.download_best_flatfield_calibration("REGO_CALIBRATION_FLATFIELD_IDLSAV", "654",
                                                        WHEN).filenames)


def op_best_rayleighs(c: Any) -> Any:
    return _names(c.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654",
                                                        WHEN).filenames)


OPS = {
    "get_urls": (op_get_urls, [GILL_2021, GILL_2022]),
    "list_datasets": (op_list_datasets, None),  # compared with a clean call
    "download": (op_download, [GILL_2021, GILL_2022]),
    "best_skymap": (op_best_skymap, [GILL_2021]),
    "best_flatfield": (op_best_flatfield, [FLAT]),
    "best_rayleighs": (op_best_rayleighs, [RAYL]),
}
# (operation, phase, pattern of the faulted request)
TARGETS = [
    ("get_urls", "listing", URLS),
    ("list_datasets", "listing", DATASETS),
    ("download", "listing", URLS),
    ("download", "file", "themis_skymap_gill_20220301"),
    ("best_skymap", "listing", URLS),
    ("best_skymap", "file", "themis_skymap_gill_20210308"),
    ("best_flatfield", "listing", URLS),
    ("best_flatfield", "file", "REGO_flatfield_15654_20210806"),
    ("best_rayleighs", "listing", URLS),
    ("best_rayleighs", "file", "REGO_Rayleighs_15654_20210806"),
]
TARGET_IDS = [f"{op}-{phase}" for op, phase, _ in TARGETS]


def _expected(op: str, make_client: Any) -> Any:
    fn, expected = OPS[op]
    if expected is None:
        return fn(make_client())
    return expected


def _client_for(kind: str, make_client: Any, retries: int = 2) -> Any:
    if kind == "slow":
        return make_client(timeout=SLOW_TIMEOUT, retries=retries)
    return make_client(timeout=10.0, retries=retries)


def _add(faults: Any, pattern: str, kind: str, times: int | None) -> Any:
    return faults.add(pattern, kind, times=times, delay=SLOW_DELAY if kind == "slow" else 0.0)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("op", "phase", "pattern"), TARGETS, ids=TARGET_IDS)
def test_one_off_fault_is_retried_or_refused_cleanly(op, phase, pattern, kind, faults, make_client,
                                                     download_dir, archive_root):
    expected = _expected(op, make_client)
    client = _client_for(kind, make_client)
    rule = _add(faults, pattern, kind, times=1)
    fn = OPS[op][0]
    if kind == "html":
        # An HTML page instead of JSON or a file: refused at once (not retried), with our error.
        wanted = APIError if phase == "listing" else DownloadError
        with pytest.raises(wanted) as info:
            fn(client)
        assert "HTML" in str(info.value) or "not JSON" in str(info.value)
        assert rule.fired == 1
        assert partial_files(download_dir) == []
        result = fn(client)  # the fault is spent: the same call now works
    else:
        result = fn(client)
        assert rule.fired == 1, "the fault never fired: the case tested nothing"
    assert result == expected
    assert_download_dir_clean(download_dir, archive_root)
    downloads = op == "download" or op.startswith("best")
    assert len(data_files(download_dir)) == (len(expected) if downloads else 0)


def _persistent_error(kind: str, phase: str) -> type[AuroraWidgetsError]:
    if phase == "file":
        return DownloadError
    if kind == "503":
        return MaintenanceError
    return APIError


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("op", "phase", "pattern"), TARGETS, ids=TARGET_IDS)
def test_persistent_fault_ends_in_our_error_then_recovers(op, phase, pattern, kind, faults, make_client,
                                                          download_dir, archive_root):
    expected = _expected(op, make_client)
    client = _client_for(kind, make_client, retries=1)
    rule = _add(faults, pattern, kind, times=None)
    fn = OPS[op][0]
    with pytest.raises(AuroraWidgetsError) as info:
        fn(client)
    err = info.value
    assert isinstance(err, _persistent_error(kind, phase)), f"{type(err).__name__}: {err}"
    message = str(err)
    assert message and "Traceback" not in message
    # the message says what to do next
    hints = ("try again", "check", "ask for it again", "later", "aurora_widgets_api_url")
    assert any(w in message.lower() for w in hints), message
    attempts = 1 if kind == "html" else client.retries + 1
    assert rule.fired == attempts, f"expected {attempts} attempt(s), the fault fired {rule.fired} time(s)"
    # nothing half-written, and nothing at all for the faulted file
    assert partial_files(download_dir) == []
    assert_download_dir_clean(download_dir, archive_root)
    if phase == "file":
        assert not [p for p in download_dir.rglob("*") if pattern in p.name]
    faults.clear()
    assert fn(client) == expected
    assert_download_dir_clean(download_dir, archive_root)


BEST_OPS = ["best_skymap", "best_flatfield", "best_rayleighs"]


@pytest.mark.parametrize("kind", ["500", "503", "slow", "reset"])
@pytest.mark.parametrize("op", BEST_OPS)
def test_best_file_falls_back_to_the_cache_when_listing_keeps_failing(op, kind, faults, make_client,
                                                                      download_dir, archive_root):
    fn, expected = OPS[op]
    assert fn(make_client()) == expected  # cached now
    client = _client_for(kind, make_client, retries=1)  # a fresh client: no listing in memory
    client.listing_disk_cache_seconds = 0  # ... nor a saved one (as after a day): it must list
    _add(faults, URLS, kind, times=None)
    cached = data_files(download_dir)
    stamps = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in cached]
    with pytest.warns(UserWarning, match="best cached file"):
        assert fn(client) == expected
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in cached] == stamps  # not fetched again
    assert_download_dir_clean(download_dir, archive_root)


@pytest.mark.parametrize("order", ["reverse", "shuffle"])
@pytest.mark.parametrize("op", list(OPS))
def test_listing_order_changes_nothing(op, order, faults, make_client, download_dir, archive_root):
    expected = _expected(op, make_client)
    faults.order = order
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "No data found", no fallback warnings
        result = OPS[op][0](make_client())
    # a download returns its files in the listing's order; the set of files must not change
    assert (sorted(result) if op == "download" else result) == expected
    assert_download_dir_clean(download_dir, archive_root)


def test_download_keeps_url_order_under_reversed_listing(faults, make_client, download_dir):
    faults.order = "reverse"
    client = make_client()
    listing = client.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", "2010-01-01", "2023-01-01", site_uid="gill")
    assert len(listing.urls) >= 3
    assert listing.urls == sorted(listing.urls, reverse=True)
    r = client.download_using_urls(listing, progress_bar_disable=True)
    assert _names(r.filenames) == [u.rsplit("/", 1)[-1] for u in listing.urls]
