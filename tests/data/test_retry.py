"""data/retry.py: one deterministic backoff schedule honouring Retry-After; the API and downloads use it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from aurora_widgets.data import Client
from aurora_widgets.data.api import ApiSession
from aurora_widgets.data.download import download_file
from aurora_widgets.data.errors import DownloadError, MaintenanceError
from aurora_widgets.data.retry import MAX_RETRY_AFTER_S, Backoff, retry_after_seconds

NOW = dt.datetime(2026, 12, 1, 12, 0, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(("value", "expected"), [
    ("0", 0.0), ("7", 7.0), (" 12 ", 12.0), ("", None), (None, None), ("-3", None), ("1.5", None),
    ("soon", None), (format_datetime(NOW + dt.timedelta(seconds=42), usegmt=True), 42.0),
    (format_datetime(NOW - dt.timedelta(hours=1), usegmt=True), 0.0),  # a date in the past: at once
    ("Tue, 01 Dec 2026 12:00:05 -0000", 5.0),
])
def test_retry_after_seconds_and_http_dates(value, expected):
    assert retry_after_seconds(value, now=NOW) == expected


def test_schedule_is_deterministic_doubling_and_capped():
    policy = Backoff(retries=6, backoff=0.5)
    assert [policy.delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [policy.delay(n) for n in range(1, 7)] == [policy.delay(n) for n in range(1, 7)]  # no jitter
    assert Backoff(retries=-2).attempts == 1 and Backoff(retries=2).attempts == 3


@pytest.mark.parametrize("status", [503, 429])
def test_retry_after_replaces_the_step_on_503_and_429_only_and_is_capped(status):
    waits: list[float] = []
    policy = Backoff(backoff=0.5, sleep=waits.append)
    assert policy.wait(1, status, "3") == 3.0
    assert policy.wait(1, status, "100000") == MAX_RETRY_AFTER_S
    assert policy.wait(2, status, "garbage") == 1.0  # unreadable: the backoff step
    assert policy.wait(3, 500, "3") == 2.0  # a 500's Retry-After is not taken
    assert policy.wait(1, status, "0") == 0.0
    assert waits == [3.0, MAX_RETRY_AFTER_S, 1.0, 2.0]  # a zero wait does not sleep


class _Answer:
    def __init__(self, status: int, headers: dict[str, str] | None = None, body: bytes = b"{}") -> None:
        self.status_code = status
        self.headers = requests.structures.CaseInsensitiveDict(headers or {})
        self.body = body
        self.text = body.decode()
        self.reason = ""

    def json(self) -> Any:
        import json

        return json.loads(self.body)

    # download_file streams: context manager + iter_content
    def __enter__(self) -> _Answer:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def iter_content(self, size: int) -> Any:
        yield self.body


class _Scripted(requests.Session):
    def __init__(self, answers: list[_Answer]) -> None:
        super().__init__()
        self.answers = answers

    def get(self, url, **kw):  # type: ignore[override]
        return self.answers.pop(0)


def test_api_session_waits_as_told_then_gives_up_with_maintenance():
    waits: list[float] = []
    api = ApiSession("http://127.0.0.1:9", retries=3, backoff=0.5)
    api.retry = dataclasses.replace(api.retry, sleep=waits.append)
    api.session = _Scripted([_Answer(503, {"Retry-After": "4"}), _Answer(429, {"Retry-After": "2"}),
                             _Answer(503), _Answer(503, {"Retry-After": "1"})])
    with pytest.raises(MaintenanceError):
        api.get_json("/api/v1/data_distribution/datasets")
    assert waits == [4.0, 2.0, 2.0]  # told 4, told 2, then the schedule's third step (0.5 * 2**2)


def test_api_session_429_then_success():
    waits: list[float] = []
    api = ApiSession("http://127.0.0.1:9", retries=2, backoff=0.5)
    api.retry = dataclasses.replace(api.retry, sleep=waits.append)
    api.session = _Scripted([_Answer(429, {"Retry-After": "3"}), _Answer(200, body=b"[1]")])
    assert api.get_json("/x") == [1] and waits == [3.0]


def test_download_waits_as_told_on_503(tmp_path: Path):
    waits: list[float] = []
    session = _Scripted([_Answer(503, {"Retry-After": "5"}), _Answer(503),
                         _Answer(200, {"Content-Length": "3"}, b"abc")])
    dest = tmp_path / "x.bin"
    assert download_file(session, "http://h/x.bin", dest, retry=Backoff(3, 0.25, sleep=waits.append)) == 3
    assert dest.read_bytes() == b"abc" and waits == [5.0, 0.5]


def test_download_gives_up_after_its_retries(tmp_path: Path):
    waits: list[float] = []
    session = _Scripted([_Answer(429, {"Retry-After": "1"})] * 3)
    with pytest.raises(DownloadError, match="3 attempt"):
        download_file(session, "http://h/x.bin", tmp_path / "x.bin", retry=Backoff(2, 0.25, sleep=waits.append))
    assert waits == [1.0, 1.0] and not list(tmp_path.iterdir())


def test_client_waits_as_the_archive_server_tells_it(api_url, download_dir, faults, archive_server):
    """The archive server answers 503 with Retry-After twice; the client sleeps what it was told
    (through the injected sleep: no waiting in the test), and the third request succeeds."""
    waits: list[float] = []
    client = Client(api_url=api_url, download_dir=download_dir, retries=3, backoff=0.01)
    client._api.retry = dataclasses.replace(client._api.retry, sleep=waits.append)
    faults.add("/api/v1/data_distribution/datasets", "503", times=2, delay=7)
    archive_server.requests.clear()
    assert client.get_dataset("THEMIS_ASI_RAW").name == "THEMIS_ASI_RAW"
    assert waits == [7.0, 7.0]
    assert [r.status for r in archive_server.requests if r.path.endswith("/datasets")] == [503, 503, 200]
    # and a file download through the same client honours it too
    faults.add("*.pgm.gz", "503", times=1, delay=3)
    when = dt.datetime(2021, 11, 4, 6, 0)
    result = client.download("THEMIS_ASI_RAW", when, when, site_uid="gill", progress_bar_disable=True)
    assert result.count == 1 and waits == [7.0, 7.0, 3.0]
