"""Raw listings longer than one day are split into day requests, merged in time order, one progress bar."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from aurora_widgets.data import APIError, Client
from aurora_widgets.data import client as client_module
from aurora_widgets.data import download as download_module
from aurora_widgets.data.listing import day_ranges
from aurora_widgets.data.models import Dataset, FileListing

START, END = dt.datetime(2021, 11, 3, 0, 0), dt.datetime(2021, 11, 5, 12, 0)


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir, retries=1, backoff=0.01,
                  progress_bar_backend="standard")


def _url_requests(server: Any, since: int) -> list[dict[str, str]]:
    """The query parameters of the ``/urls`` requests the archive server saw after the first ``since``."""
    return [dict(r.params) for r in list(server.requests)[since:] if r.path.endswith("/urls")]


def test_day_ranges_cover_the_range_without_gaps_or_overlaps():
    for start, end in [(START, END), (START, START), (START, START + dt.timedelta(days=1)),
                       (START.replace(hour=13, minute=7), START + dt.timedelta(days=9, hours=2))]:
        ranges = day_ranges(start, end)
        assert ranges[0][0] == start and ranges[-1][1] == end
        for (a, b), (c, _d) in itertools.pairwise(ranges):
            assert c - b == dt.timedelta(seconds=1) and b - a < dt.timedelta(days=1)
        assert all(b - a < dt.timedelta(days=1) for a, b in ranges)


def _minute(url: str) -> str:
    return url.rsplit("/", 1)[1][:13]


def test_two_and_a_half_days_of_raw_are_listed_by_day(client, archive_server, api_url, tmp_path):
    before = len(archive_server.requests)
    listing = client.get_urls("THEMIS_ASI_RAW", START, END, site_uid="gill")
    requests = _url_requests(archive_server, before)
    by_day = [client.get_urls("THEMIS_ASI_RAW", lo, hi, site_uid="gill") for lo, hi in day_ranges(START, END)]
    expected = [u for day in by_day for u in day.urls]
    assert len(by_day) == 3 and all(day.urls for day in by_day)  # dark hours at gill on each of the three days
    assert listing.urls == expected and listing.count == len(expected) == len(set(expected))
    assert [_minute(u) for u in listing.urls] == sorted(_minute(u) for u in listing.urls)
    assert listing.total_bytes == sum(day.total_bytes for day in by_day)
    assert len(requests) == 3  # three day requests, each under a day
    spans = [(dt.datetime.fromisoformat(q["start"]), dt.datetime.fromisoformat(q["end"])) for q in requests]
    assert spans[0][0] == START and spans[-1][1] == END
    assert all(b - a < dt.timedelta(days=1) for a, b in spans)
    # pyaurorax (and the service) refuse the same call
    pyaurorax = pytest.importorskip("pyaurorax")
    ax = pyaurorax.PyAuroraX(download_output_root_path=str(tmp_path / "pax"))
    ax.srs_obj.api_base_url = api_url
    with pytest.raises(Exception, match="one day"):
        ax.data.ucalgary.get_urls("THEMIS_ASI_RAW", START, END, site_uid="gill")


def test_a_long_download_shows_one_progress_bar(client, monkeypatch):
    bars: list[tuple[str, bool]] = []
    real = download_module.make_progress_bar

    def spy(backend, total, unit, desc, disable, **kw):
        bars.append((unit, disable))
        return real(backend, total, unit, desc, True, **kw)

    monkeypatch.setattr(client_module, "make_progress_bar", spy)
    monkeypatch.setattr(download_module, "make_progress_bar", spy)
    real_once = client._get_urls_once

    def first_minutes(*args: Any) -> FileListing:  # keep the download small: the 06:00-06:02 files of each day
        day = real_once(*args)
        keep = [u for u in day.urls if _minute(u)[9:13] in ("0600", "0601", "0602")]
        return FileListing(urls=keep, path_prefix=day.path_prefix, count=len(keep), dataset=day.dataset,
                           total_bytes=0)

    monkeypatch.setattr(client, "_get_urls_once", first_minutes)
    result = client.download("TREX_NIR_RAW", START, END, site_uid="gill")
    names = [p.name[:13] for p in result.filenames]
    assert names == [f"202111{d:02d}_06{m:02d}" for d in (3, 4, 5) for m in (0, 1, 2)]
    assert [b for b in bars if not b[1]] == [("B", False)]  # the byte bar only; the day bar stays hidden
    bars.clear()
    client.get_urls("TREX_NIR_RAW", START, END, site_uid="gill")
    assert bars == [("day", False)]


def test_listings_are_merged_in_time_order_without_repeats(client, monkeypatch):
    days: list[tuple[dt.datetime, dt.datetime]] = []
    ds = Dataset(name="REGO_RAW", file_time_resolution="1min")

    def fake(name, lo, hi, site, device, timeout):
        days.append((lo, hi))
        urls = [f"http://h/p/{lo:%Y%m%d}_{m:04d}_resu_rego-655_6300.pgm.gz" for m in (1, 0)]  # server order kept
        if len(days) > 1:
            urls.insert(0, prev[-1])  # a file on the boundary listed twice
        prev[:] = urls
        return FileListing(urls=urls, path_prefix="http://h/p", count=2, dataset=ds, total_bytes=10)

    prev: list[str] = []
    monkeypatch.setattr(client, "_get_urls_once", fake)
    listing = client.get_urls("REGO_RAW", dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 4))
    assert [d[0].day for d in days] == [1, 2, 3, 4]
    days_in_order = [u.rsplit("/", 1)[1][:8] for u in listing.urls]
    assert days_in_order == sorted(days_in_order) and len(listing.urls) == len(set(listing.urls)) == 8
    assert listing.total_bytes == 40 and listing.count == 8


def test_a_dataset_not_known_to_be_listed_by_day_is_split_after_the_400(client, archive_server, monkeypatch):
    monkeypatch.setattr(client_module, "is_one_minute", lambda name, known: False)
    listing = client.get_urls("REGO_RAW", START, END, site_uid="resu")
    minutes = [_minute(u) for u in listing.urls]
    assert minutes and minutes == sorted(set(minutes))  # merged in time order, no repeats
    assert minutes[0] >= f"{START:%Y%m%d_%H%M}" and minutes[-1] <= f"{END:%Y%m%d_%H%M}"
    assert {m[:8] for m in minutes} == {"20211103", "20211104", "20211105"}
    with pytest.raises(APIError, match="one day"):  # a real 400 of a range under a day is not retried by day
        monkeypatch.setattr(client_module, "ONE_DAY_HINT", "never in a message")
        client.get_urls("REGO_RAW", START, END, site_uid="resu")
