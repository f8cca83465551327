"""The loopback archive server: endpoints, filters, errors, file serving, faults, request log, CLI.

Most tests run against a small archive written here (a catalogue plus dummy files: the server
never looks inside files); the last ones check the real built archive (``archive_server``).
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from aurora_widgets.archive.faults import FaultInjector, parse_fault_spec
from aurora_widgets.archive.server import ONE_DAY_DETAIL, ArchiveServer, RequestRecord, parse_time

pytestmark = pytest.mark.timeout(120)

REPO = Path(__file__).resolve().parents[2]
API = "/api/v1/data_distribution"
TIMEOUT = 10
LIBS = ["idl-aurorax", "pyaurorax", "pyucalgarysrs"]

RAW_TREE = "THEMIS/asi/stream0"
SKY_TREE = "THEMIS/asi/skymaps"
CAL_TREE = "GO-Canada/REGO/calibration"
RAW = [
    "2021/11/04/gill_themis19/ut06/20211104_0600_gill_themis19_full.pgm.gz",
    "2021/11/04/gill_themis19/ut06/20211104_0601_gill_themis19_full.pgm.gz",
    "2021/11/04/gill_themis19/ut06/20211104_0602_gill_themis19_full.pgm.gz",
    "2021/11/04/atha_themis02/ut06/20211104_0600_atha_themis02_full.pgm.gz",
    "2021/11/05/gill_themis19/ut00/20211105_0000_gill_themis19_full.pgm.gz",
]
SKY = [
    "atha/atha_20081029/themis_skymap_atha_20070301-20090522_vXX.sav",
    "gill/gill_20100304/themis_skymap_gill_20100304-20150309_vXX.sav",
    "gill/gill_20150310/themis_skymap_gill_20150310-+_v01.sav",
    "gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav",
]
CAL = [
    "REGO_Rayleighs_15654_20141015-20210805_v01.sav",
    "REGO_Rayleighs_15654_20210806-+_v02.sav",
    "REGO_Rayleighs_15655_20141002-+_v01.sav",
    "REGO_flatfield_15654_20210806-+_v02.sav",
    "README.txt",  # in the tree but in no dataset
]
GILL_2021 = SKY[3]
AFTER_DETAIL = "Start time is after the end time"


def _ds(name: str, tree: str, level: str, resolution: str) -> dict[str, Any]:
    return {
        "name": name,
        "short_description": f"{name} short",
        "long_description": f"{name} long",
        "data_tree_url": f"https://data.phys.ucalgary.ca/sort_by_project/{tree}",
        "file_listing_supported": True,
        "level": level,
        "doi": None,
        "doi_details": None,
        "citation": None,
        "supported_libraries": LIBS,
        "file_time_resolution": resolution,
        "tree": tree,
    }


def _obs(uid: str, name: str) -> dict[str, Any]:
    return {"uid": uid, "full_name": name, "geodetic_latitude": 56.0, "geodetic_longitude": -94.0}


def _content(rel: str) -> bytes:
    return (rel + "\n").encode() * (3 + len(rel) % 5)


def write_mini_archive(root: Path) -> Path:
    """A catalogue of four datasets plus dummy files; returns root."""
    catalogue = {
        "format": 1,
        "datasets": [
            _ds("REGO_CALIBRATION_FLATFIELD_IDLSAV", CAL_TREE, "L3", "not_applicable"),
            _ds("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", CAL_TREE, "L3", "not_applicable"),
            _ds("THEMIS_ASI_RAW", RAW_TREE, "L0", "1min"),
            _ds("THEMIS_ASI_SKYMAP_IDLSAV", SKY_TREE, "L3", "not_applicable"),
        ],
        "observatories": {
            "themis_asi": [_obs("atha", "Athabasca"), _obs("fsim", "Fort Simpson"),
                           _obs("fsmi", "Fort Smith"), _obs("gill", "Gillam")],
            "rego": [_obs("gill", "Gillam"), _obs("resu", "Resolute Bay")],
        },
    }  # fmt: skip
    (root / "catalogue.json").write_text(json.dumps(catalogue))
    for tree, subs in ((RAW_TREE, RAW), (SKY_TREE, SKY), (CAL_TREE, CAL)):
        for sub in subs:
            path = root / "files" / tree / sub
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_content(f"{tree}/{sub}"))
    (root / "secret.txt").write_text("outside files/")
    (root / "files" / SKY_TREE / "link.sav").symlink_to(root / "secret.txt")
    return root


@pytest.fixture(scope="module")
def mini_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mini_archive(tmp_path_factory.mktemp("mini-archive"))


@pytest.fixture(scope="module")
def mini_server(mini_root: Path) -> Iterator[ArchiveServer]:
    with ArchiveServer(mini_root) as server:
        yield server


@pytest.fixture
def mini(mini_server: ArchiveServer) -> Iterator[ArchiveServer]:
    mini_server.faults.clear()
    yield mini_server
    mini_server.faults.clear()


def get(server: ArchiveServer, path: str, **params: Any) -> requests.Response:
    return requests.get(server.url + path, params=params or None, timeout=TIMEOUT)


def urls(server: ArchiveServer, name: str, start: str, end: str, **params: Any) -> requests.Response:
    return get(server, f"{API}/urls", name=name, start=start, end=end, **params)


def subs(response: requests.Response, tree: str) -> list[str]:
    prefix = response.json()["path_prefix"] + "/"
    assert prefix.endswith(f"/data/sort_by_project/{tree}/")
    return [u[len(prefix):] for u in response.json()["urls"]]


def raw_request(server: ArchiveServer, target: str, method: str = "GET", host: str | None = None) -> bytes:
    """Send one HTTP/1.1 request on a fresh socket and read until the server closes it."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT) as sock:
        head = f"{method} {target} HTTP/1.1\r\nHost: {host or parts.netloc}\r\nConnection: close\r\n\r\n"
        sock.sendall(head.encode())
        chunks = []
        for _ in range(100_000):  # bounded; each recv blocks at most TIMEOUT seconds
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
    return b"".join(chunks)


def split_response(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


# ---------------------------------------------------------------------------------------------- lifecycle
def test_start_stop_and_url(mini_root: Path) -> None:
    server = ArchiveServer(mini_root)
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.url
    assert server.start() is server
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)
    port = server.port
    assert get(server, f"{API}/datasets").status_code == 200
    assert len(server.files) == len(RAW) + len(SKY) + len(CAL)  # the symlink out of files/ is not indexed
    assert server.files == sorted(server.files)
    server.stop()
    server.stop()  # idempotent
    assert not server.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_stop_closes_keep_alive_connections(mini_root: Path) -> None:
    server = ArchiveServer(mini_root).start()
    session = requests.Session()
    assert session.get(server.url + f"{API}/datasets", timeout=TIMEOUT).ok  # connection stays open
    server.stop()
    assert server._thread is None
    with pytest.raises(requests.ConnectionError):
        session.get(f"http://127.0.0.1:{server.port}{API}/datasets", timeout=TIMEOUT)
    session.close()


def test_missing_catalogue_and_non_loopback_host(tmp_path: Path, mini_root: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"catalogue\.json.*build"):
        ArchiveServer(tmp_path).start()
    with pytest.raises(ValueError, match="loopback"):
        ArchiveServer(mini_root, host="8.8.8.8").start()


def test_context_manager_with_fixed_port(mini_root: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with ArchiveServer(mini_root, port=port) as server:
        assert server.url == f"http://127.0.0.1:{port}"
        assert get(server, f"{API}/datasets").ok
    assert not server.running


# ---------------------------------------------------------------------------------------------- /datasets
def test_datasets_all_without_tree_and_with_local_urls(mini: ArchiveServer) -> None:
    r = get(mini, f"{API}/datasets")
    assert r.status_code == 200 and r.headers["Content-Type"] == "application/json"
    data = r.json()
    assert [d["name"] for d in data] == [
        "REGO_CALIBRATION_FLATFIELD_IDLSAV", "REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "THEMIS_ASI_RAW",
        "THEMIS_ASI_SKYMAP_IDLSAV",
    ]  # fmt: skip
    for d in data:
        assert "tree" not in d
        assert set(d) == {
            "name", "short_description", "long_description", "data_tree_url", "file_listing_supported",
            "level", "doi", "doi_details", "citation", "supported_libraries", "file_time_resolution",
        }  # fmt: skip
    sky = next(d for d in data if d["name"] == "THEMIS_ASI_SKYMAP_IDLSAV")
    assert sky["data_tree_url"] == f"{mini.url}/data/sort_by_project/{SKY_TREE}"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"name": "SKYMAP"}, ["THEMIS_ASI_SKYMAP_IDLSAV"]),
        ({"name": "skymap"}, ["THEMIS_ASI_SKYMAP_IDLSAV"]),  # case-insensitive substring
        ({"name": "Calibration"}, ["REGO_CALIBRATION_FLATFIELD_IDLSAV", "REGO_CALIBRATION_RAYLEIGHS_IDLSAV"]),
        ({"name": "some_bad_name"}, []),
        ({"level": "L0"}, ["THEMIS_ASI_RAW"]),
        ({"level": "L3", "name": "themis"}, ["THEMIS_ASI_SKYMAP_IDLSAV"]),
        ({"level": "L9"}, []),
    ],
)
def test_datasets_filters(mini: ArchiveServer, params: dict[str, str], expected: list[str]) -> None:
    assert [d["name"] for d in get(mini, f"{API}/datasets", **params).json()] == expected


# ------------------------------------------------------------------------------------- /observatories
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"instrument_array": "themis_asi"}, ["atha", "fsim", "fsmi", "gill"]),
        ({"instrument_array": "themis_asi", "uid": "FS"}, ["fsim", "fsmi"]),
        ({"instrument_array": "rego", "uid": "Gill"}, ["gill"]),
        ({"instrument_array": "rego", "uid": "bad"}, []),
        ({"instrument_array": "smile_asi"}, []),  # a real array the archive has no sites for
    ],
)
def test_observatories(mini: ArchiveServer, params: dict[str, str], expected: list[str]) -> None:
    r = get(mini, f"{API}/observatories", **params)
    assert r.status_code == 200
    assert [o["uid"] for o in r.json()] == expected
    for o in r.json():
        assert set(o) == {"uid", "full_name", "geodetic_latitude", "geodetic_longitude"}


@pytest.mark.parametrize(("params", "message"), [({}, "instrument_array"),
                                                 ({"instrument_array": "nope"}, "Invalid instrument_array")])
def test_observatories_bad_array_is_400(mini: ArchiveServer, params: dict[str, str], message: str) -> None:
    r = get(mini, f"{API}/observatories", **params)
    assert r.status_code == 400
    assert message in r.json()["detail"]


# ---------------------------------------------------------------------------------------------- /urls
def test_urls_response_shape_and_total_bytes(mini: ArchiveServer, mini_root: Path) -> None:
    r = urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01T00:00:00", "2030-12-31T23:59:59",
             include_total_bytes="True")  # fmt: skip
    body = r.json()
    assert list(body) == ["urls", "path_prefix", "count", "dataset", "total_bytes"]
    assert body["path_prefix"] == f"{mini.url}/data/sort_by_project/{SKY_TREE}"
    assert body["dataset"]["data_tree_url"] == body["path_prefix"]
    assert "tree" not in body["dataset"] and body["dataset"]["name"] == "THEMIS_ASI_SKYMAP_IDLSAV"
    assert subs(r, SKY_TREE) == sorted(SKY)
    assert body["count"] == len(SKY)
    assert body["total_bytes"] == sum((mini_root / "files" / SKY_TREE / s).stat().st_size for s in SKY)
    for flag in ("true", "1"):
        r = urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01", include_total_bytes=flag)
        assert r.json()["total_bytes"] == body["total_bytes"]
    for params in ({}, {"include_total_bytes": "false"}):
        r = urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01", **params)
        assert r.json()["total_bytes"] is None


def test_urls_keep_a_literal_plus(mini: ArchiveServer) -> None:
    r = urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2021-03-08", "2021-03-08", site_uid="gill")
    (url,) = r.json()["urls"]
    assert url.endswith("/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav")
    assert "%2B" not in url
    f = requests.get(url, timeout=TIMEOUT)
    assert f.status_code == 200 and f.content == _content(f"{SKY_TREE}/{GILL_2021}")
    encoded = requests.get(url.replace("+", "%2B"), timeout=TIMEOUT)
    assert encoded.status_code == 200 and encoded.content == f.content


@pytest.mark.parametrize(
    ("start", "end", "params", "expected"),
    [
        # skymaps: by the valid-from date in the file name, both bounds inclusive, by date
        ("2010-01-01T00:00:00", "2010-12-31T23:59:59", {}, [SKY[1]]),
        ("2021-03-08T12:00:00", "2021-03-08T12:00:01", {}, [SKY[3]]),
        ("2007-03-01 00:00:00", "2008-12-31 00:00:00", {}, [SKY[0]]),  # not the folder's 20081029
        ("2020-01-01T00:00:00", "2020-01-01T23:59:59", {"site_uid": "gill"}, []),
        ("2000-01-01T00:00:00", "2030-01-01T00:00:00", {"site_uid": "gill"}, SKY[1:]),
        ("2000-01-01T00:00:00", "2030-01-01T00:00:00", {"site_uid": "ATHA"}, [SKY[0]]),
        ("2000-01-01T00:00:00", "2030-01-01T00:00:00", {"site_uid": "gill", "device_uid": "nope"}, SKY[1:]),
    ],
)
def test_urls_skymap_filters(mini: ArchiveServer, start: str, end: str, params: dict[str, str],
                             expected: list[str]) -> None:  # fmt: skip
    r = urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", start, end, **params)
    assert r.status_code == 200, r.text
    assert subs(r, SKY_TREE) == sorted(expected)


@pytest.mark.parametrize(
    ("name", "params", "expected"),
    [
        ("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", {}, CAL[:3]),
        ("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", {"device_uid": "654"}, CAL[:2]),  # substring of the detector
        ("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", {"device_uid": "15655"}, [CAL[2]]),
        ("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", {"site_uid": "gill"}, CAL[:3]),  # site ignored
        ("REGO_CALIBRATION_FLATFIELD_IDLSAV", {}, [CAL[3]]),
        ("REGO_CALIBRATION_FLATFIELD_IDLSAV", {"device_uid": "655"}, []),
    ],
)
def test_urls_calibration_filters(mini: ArchiveServer, name: str, params: dict[str, str],
                                  expected: list[str]) -> None:  # fmt: skip
    r = urls(mini, name, "2000-01-01 00:00:00", "2030-01-01 00:00:00", **params)
    assert subs(r, CAL_TREE) == sorted(expected)


def test_urls_calibration_by_valid_from_date(mini: ArchiveServer) -> None:
    r = urls(mini, "REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "2014-10-15", "2021-08-05T23:59:59")
    assert subs(r, CAL_TREE) == [CAL[0]]


@pytest.mark.parametrize(
    ("start", "end", "params", "expected"),
    [
        ("2021-11-04T06:00:00", "2021-11-04T06:59:59", {}, RAW[:4]),
        ("2021-11-04T06:00:00", "2021-11-04T06:59:59", {"site_uid": "gill"}, RAW[:3]),
        ("2021-11-04T06:00:00", "2021-11-04T06:59:59", {"device_uid": "themis02"}, [RAW[3]]),
        ("2021-11-04T06:00:00", "2021-11-04T06:59:59", {"device_uid": "19"}, RAW[:3]),
        ("2021-11-04T06:01:00", "2021-11-04T06:01:00", {}, [RAW[1]]),  # both bounds inclusive
        ("2021-11-04T06:01:30", "2021-11-04T06:02:00", {}, RAW[1:3]),  # start floors to its minute
        ("2021-11-04T06:00:00", "2021-11-04T06:00:59.999999", {"site_uid": "gill"}, [RAW[0]]),
        ("2021-11-04T06:03:00", "2021-11-05T00:00:00", {}, [RAW[4]]),
        ("2000-01-01T06:00:00", "2000-01-01T06:09:59", {}, []),
    ],
)
def test_urls_raw_filters(mini: ArchiveServer, start: str, end: str, params: dict[str, str],
                          expected: list[str]) -> None:  # fmt: skip
    r = urls(mini, "THEMIS_ASI_RAW", start, end, **params)
    assert r.status_code == 200, r.text
    assert subs(r, RAW_TREE) == sorted(expected)


@pytest.mark.parametrize(
    "query",
    [
        "start=2021-11-04 06:00:00&end=2021-11-04 06:01:00",  # requests-style str(datetime), %20
        "start=2021-11-04+06:00:00&end=2021-11-04+06:01:00",  # "+" for space
        "start=2021-11-04+06%3A00%3A00&end=2021-11-04+06%3A01%3A00",  # exactly what requests sends
        "start=2021-11-04T06:00:00&end=2021-11-04T06:01:00",  # idl-aurorax ISO form
        "start=2021-11-04T06:00:00.000000&end=2021-11-04 06:01:00.500000",  # microseconds
        "start=2021-11-04T07:00:00%2B01:00&end=2021-11-04T06:01:00Z",  # offsets, converted to UTC
        "start=2021-11-04T07:00:00+01:00&end=2021-11-04T06:01:00",  # offset whose plus became a space
    ],
)
def test_urls_time_formats(mini: ArchiveServer, query: str) -> None:
    target = f"{API}/urls?name=THEMIS_ASI_RAW&site_uid=gill&{query}".replace(" ", "%20")
    r = requests.get(mini.url + target, timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    assert subs(r, RAW_TREE) == RAW[:2]


def test_parse_time_accepts_dates() -> None:
    assert parse_time("2021-11-04").isoformat() == "2021-11-04T00:00:00"


@pytest.mark.parametrize(
    ("name", "start", "end", "status", "detail"),
    [
        ("THEMIS_ASI_RAW", "2021-11-04T06:09:59", "2021-11-04T06:00:00", 400, AFTER_DETAIL),
        ("THEMIS_ASI_RAW", "2021-11-04T00:00:00", "2021-11-05T00:00:00", 400, ONE_DAY_DETAIL),
        ("SOME_DATASET", "2021-11-04T06:00:00", "2021-11-04T06:09:00", 404, "Dataset name does not exist"),
        ("themis_asi_raw", "2021-11-04T06:00:00", "2021-11-04T06:09:00", 404, "Dataset name does not exist"),
        ("THEMIS_ASI_RAW", "yesterday", "2021-11-04T06:09:00", 400, "Invalid start time"),
        ("THEMIS_ASI_RAW", "2021-11-04T06:00:00", "2021-13-04T06:09:00", 400, "Invalid end time"),
    ],
)
def test_urls_errors(mini: ArchiveServer, name: str, start: str, end: str, status: int, detail: str) -> None:
    r = urls(mini, name, start, end)
    assert r.status_code == status
    body = r.json()
    if detail.startswith("Invalid"):
        assert detail in body["detail"]
    else:  # the real API's exact messages
        assert body == {"detail": detail}


def test_urls_one_day_limit_only_for_one_minute_datasets(mini: ArchiveServer) -> None:
    assert urls(mini, "THEMIS_ASI_RAW", "2021-11-04T00:00:00", "2021-11-04T23:59:59").status_code == 200
    assert urls(mini, "THEMIS_ASI_RAW", "2021-11-04T06:00:00", "2021-11-05T05:59:59").status_code == 200
    assert urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01").status_code == 200


@pytest.mark.parametrize("missing", ["name", "start", "end"])
def test_urls_missing_parameter_is_400(mini: ArchiveServer, missing: str) -> None:
    params = {"name": "THEMIS_ASI_RAW", "start": "2021-11-04T06:00", "end": "2021-11-04T06:10"}
    del params[missing]
    r = get(mini, f"{API}/urls", **params)
    assert r.status_code == 400 and missing in r.json()["detail"]


def test_urls_follow_the_host_header(mini: ArchiveServer) -> None:
    port = urlsplit(mini.url).port
    status, _, body = split_response(raw_request(
        mini, f"{API}/urls?name=THEMIS_ASI_SKYMAP_IDLSAV&start=2021-03-08&end=2021-03-08",
        host=f"localhost:{port}"))  # fmt: skip
    data = json.loads(body)
    assert status == 200
    assert data["path_prefix"] == f"http://localhost:{port}/data/sort_by_project/{SKY_TREE}"
    assert data["urls"][0].startswith(f"http://localhost:{port}/data/sort_by_project/")
    assert data["dataset"]["data_tree_url"] == data["path_prefix"]


# ---------------------------------------------------------------------------------------------- files
def test_file_get_and_head(mini: ArchiveServer) -> None:
    url = f"{mini.url}/data/sort_by_project/{SKY_TREE}/{GILL_2021}"
    expected = _content(f"{SKY_TREE}/{GILL_2021}")
    r = requests.get(url, timeout=TIMEOUT)
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/octet-stream"
    assert r.headers["Content-Length"] == str(len(expected))
    assert r.content == expected
    h = requests.head(url, timeout=TIMEOUT)
    assert h.status_code == 200 and h.headers["Content-Length"] == str(len(expected)) and h.content == b""
    h404 = requests.head(url + ".missing", timeout=TIMEOUT)
    assert h404.status_code == 404 and h404.content == b""


def test_missing_file_and_unknown_path_are_json_404(mini: ArchiveServer) -> None:
    r = get(mini, f"/data/sort_by_project/{SKY_TREE}/gill/nothing_here.sav")
    assert r.status_code == 404 and "not found" in r.json()["detail"].lower()
    r = get(mini, "/api/v1/nothing")
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}
    r = get(mini, "/")
    assert r.status_code == 404
    r = get(mini, "/data/sort_by_project/README.txt")
    assert r.status_code == 404
    r = requests.post(f"{mini.url}{API}/datasets", timeout=TIMEOUT)
    assert r.status_code == 405 and "detail" in r.json()


@pytest.mark.parametrize(
    "target",
    [
        "/data/sort_by_project/../../catalogue.json",
        "/data/sort_by_project/THEMIS/../../secret.txt",
        "/data/sort_by_project/%2e%2e/%2e%2e/secret.txt",
        "/data/sort_by_project/THEMIS/asi/skymaps/..%2F..%2F..%2F..%2Fsecret.txt",
        "/data/sort_by_project//etc/passwd",
        "/data/sort_by_project/%2Fetc%2Fpasswd",
        "/data/sort_by_project/THEMIS\\..\\..\\secret.txt",
    ],
)
def test_path_traversal_refused(mini: ArchiveServer, target: str) -> None:
    status, _, body = split_response(raw_request(mini, target))
    assert status in (400, 404)
    assert b"outside files/" not in body and b"root:" not in body
    assert "detail" in json.loads(body)


def test_symlink_out_of_files_is_not_served(mini: ArchiveServer) -> None:
    r = get(mini, f"/data/sort_by_project/{SKY_TREE}/link.sav")
    assert r.status_code == 404 and b"outside" not in r.content


# ---------------------------------------------------------------------------------------------- request log
def test_request_log_records_method_path_query_status(mini: ArchiveServer) -> None:
    before = len(mini.requests)
    urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2021-03-08 00:00:00", "2021-03-08 00:00:00")
    requests.head(f"{mini.url}/data/sort_by_project/{SKY_TREE}/{GILL_2021}", timeout=TIMEOUT)
    get(mini, "/nope")
    new = list(mini.requests)[before:]
    assert [(r.method, r.path, r.status) for r in new] == [
        ("GET", f"{API}/urls", 200),
        ("HEAD", f"/data/sort_by_project/{SKY_TREE}/{GILL_2021}", 200),  # decoded path, literal plus
        ("GET", "/nope", 404),
    ]
    assert new[0].params["start"] == "2021-03-08 00:00:00"
    assert isinstance(new[0], RequestRecord) and new[0].fault is None
    assert mini.requests.count("/nope") >= 1 and mini.requests.count(method="HEAD") >= 1


def test_request_log_is_complete_under_concurrency(mini: ArchiveServer) -> None:
    before = len(mini.requests)
    url = f"{mini.url}/data/sort_by_project/{SKY_TREE}/{GILL_2021}"
    results: list[bytes] = []
    lock = threading.Lock()

    def fetch() -> None:
        body = requests.get(url, timeout=TIMEOUT).content
        with lock:
            results.append(body)

    threads = [threading.Thread(target=fetch) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT * 2)
    assert results == [_content(f"{SKY_TREE}/{GILL_2021}")] * 16
    assert len(mini.requests) - before == 16


# ---------------------------------------------------------------------------------------------- faults
SKY_URL_PATH = f"/data/sort_by_project/{SKY_TREE}/{GILL_2021}"


@pytest.mark.parametrize(("kind", "word"), [("500", "error"), ("503", "maintenance"), ("429", "")])
def test_fault_status_codes_fire_then_stop(mini: ArchiveServer, kind: str, word: str) -> None:
    rule = mini.faults.add(f"{API}/observatories", kind, times=2)
    for _ in range(2):
        r = get(mini, f"{API}/observatories", instrument_array="rego")
        assert r.status_code == int(kind)
        assert word in r.json()["detail"].lower()
    assert get(mini, f"{API}/observatories", instrument_array="rego").status_code == 200
    assert rule.fired == 2 and rule.remaining == 0
    assert [r.status for r in list(mini.requests)[-3:]] == [int(kind), int(kind), 200]
    assert [r.fault for r in list(mini.requests)[-3:]] == [kind, kind, None]


@pytest.mark.parametrize(("kind", "delay", "header"), [("503", 2.0, "2"), ("429", 0.4, "1"), ("503", 0.0, None),
                                                       ("500", 3.0, None)])
def test_fault_status_sends_retry_after_from_its_delay(mini: ArchiveServer, kind: str, delay: float,
                                                       header: str | None) -> None:
    mini.faults.add(f"{API}/observatories", kind, times=1, delay=delay)
    r = get(mini, f"{API}/observatories", instrument_array="rego")
    assert r.status_code == int(kind) and r.headers.get("Retry-After") == header
    assert get(mini, f"{API}/observatories", instrument_array="rego").headers.get("Retry-After") is None


def test_fault_patterns_glob_and_substring(mini: ArchiveServer) -> None:
    mini.faults.add("*/themis_skymap_gill_*", "500", times=1)
    assert get(mini, f"/data/sort_by_project/{SKY_TREE}/{SKY[0]}").status_code == 200  # atha: no match
    assert get(mini, SKY_URL_PATH).status_code == 500
    assert get(mini, SKY_URL_PATH).status_code == 200
    mini.faults.add("gill_20210308", "503", times=1)  # plain text: substring of the path
    assert get(mini, SKY_URL_PATH).status_code == 503
    mini.faults.add("*/atha/*", "500", times=None)  # forever, until cleared
    for _ in range(3):
        assert get(mini, f"/data/sort_by_project/{SKY_TREE}/{SKY[0]}").status_code == 500
    mini.faults.clear()
    assert get(mini, f"/data/sort_by_project/{SKY_TREE}/{SKY[0]}").status_code == 200


def test_fault_slow_delays_then_answers(mini: ArchiveServer) -> None:
    mini.faults.add(SKY_URL_PATH, "slow", times=1, delay=3.0)
    with pytest.raises(requests.Timeout):  # the server waits 3 s; the client gives up after 0.2 s
        requests.get(mini.url + SKY_URL_PATH, timeout=0.2)
    mini.faults.add(SKY_URL_PATH, "slow", times=1, delay=0.2)
    r = requests.get(mini.url + SKY_URL_PATH, timeout=TIMEOUT)
    assert r.status_code == 200 and r.content == _content(f"{SKY_TREE}/{GILL_2021}")


def test_fault_truncate(mini: ArchiveServer) -> None:
    expected = _content(f"{SKY_TREE}/{GILL_2021}")
    mini.faults.add("*/themis_skymap_gill_*", "truncate", times=2)
    status, headers, body = split_response(raw_request(mini, SKY_URL_PATH))
    assert status == 200 and headers["content-length"] == str(len(expected))
    assert 0 < len(body) < len(expected) and expected.startswith(body)
    with pytest.raises(requests.RequestException):
        requests.get(mini.url + SKY_URL_PATH, timeout=TIMEOUT)
    assert requests.get(mini.url + SKY_URL_PATH, timeout=TIMEOUT).content == expected


def test_fault_bad_length(mini: ArchiveServer) -> None:
    expected = _content(f"{SKY_TREE}/{GILL_2021}")
    mini.faults.add(SKY_URL_PATH, "bad_length", times=1)
    status, headers, body = split_response(raw_request(mini, SKY_URL_PATH))
    assert status == 200 and int(headers["content-length"]) > len(expected)
    assert body == expected


def test_fault_reset_sends_nothing(mini: ArchiveServer) -> None:
    mini.faults.add(SKY_URL_PATH, "reset", times=2)
    try:
        data = raw_request(mini, SKY_URL_PATH)
    except ConnectionResetError:
        data = b""
    assert b"HTTP/" not in data
    with pytest.raises(requests.ConnectionError):
        requests.get(mini.url + SKY_URL_PATH, timeout=TIMEOUT)
    assert requests.get(mini.url + SKY_URL_PATH, timeout=TIMEOUT).status_code == 200
    last = [(r.status, r.fault) for r in list(mini.requests)[-3:]]
    assert last == [(0, "reset"), (0, "reset"), (200, None)]


def test_fault_html(mini: ArchiveServer) -> None:
    mini.faults.add(SKY_URL_PATH, "html", times=1)
    r = requests.get(mini.url + SKY_URL_PATH, timeout=TIMEOUT)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    assert r.content.lstrip().lower().startswith(b"<!doctype html")


def test_faults_on_api_endpoints_too(mini: ArchiveServer) -> None:
    mini.faults.add(f"{API}/urls", "truncate", times=1)
    with pytest.raises(requests.RequestException):
        urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01").json()
    assert urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01").json()["count"] == len(SKY)


@pytest.mark.parametrize("order", ["reverse", "shuffle"])
def test_listing_order(mini: ArchiveServer, order: str) -> None:
    def listing() -> list[str]:
        return urls(mini, "THEMIS_ASI_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01").json()["urls"]

    sorted_urls = listing()
    assert sorted_urls == sorted(sorted_urls)
    mini.faults.order = order
    changed = listing()
    assert sorted(changed) == sorted_urls and changed != sorted_urls
    if order == "reverse":
        assert changed == sorted_urls[::-1]
    mini.faults.clear()
    assert listing() == sorted_urls


def test_fault_injector_validation() -> None:
    faults = FaultInjector()
    with pytest.raises(ValueError, match="unknown fault kind"):
        faults.add("x", "explode")
    with pytest.raises(ValueError, match="times"):
        faults.add("x", "500", times=0)
    with pytest.raises(ValueError, match="order"):
        faults.order = "sideways"
    assert parse_fault_spec("a=500; *b*=slow:*:0.5\n c=reset:2") == [
        ("a", "500", 1, 0.0), ("*b*", "slow", None, 0.5), ("c", "reset", 2, 0.0)]  # fmt: skip
    with pytest.raises(ValueError):
        parse_fault_spec("no-kind-here")


# ---------------------------------------------------------------------------------------------- CLI / serve()
def _read_line(proc: subprocess.Popen[str], timeout: float = 60) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            return proc.stdout.readline()
        if proc.poll() is not None:
            break
    return ""


def _start(cmd: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})  # fmt: skip
    line = _read_line(proc)
    if not line:
        proc.kill()
        _out, err = proc.communicate(timeout=10)
        pytest.fail(f"server printed nothing; stderr:\n{err}")
    return proc, line


def _stop(proc: subprocess.Popen[str], sig: int) -> tuple[int, str, str]:
    proc.send_signal(sig)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate(timeout=10)
        pytest.fail("the server did not exit within 30 s of the signal")
    return proc.returncode, out, err


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_cli_serve_prints_one_line_and_exits_cleanly(mini_root: Path, sig: int) -> None:
    proc, line = _start([sys.executable, "-m", "aurora_widgets.archive", "serve", "--root", str(mini_root),
                         "--port", "0", "--no-build"])  # fmt: skip
    m = re.fullmatch(r"serving (http://127\.0\.0\.1:(\d+))\n", line)
    assert m, line
    url, port = m.group(1), int(m.group(2))
    r = requests.get(f"{url}{API}/datasets", timeout=TIMEOUT)
    assert r.status_code == 200 and len(r.json()) == 4
    code, out, err = _stop(proc, sig)
    assert code == 0, err
    assert out == "" and "Traceback" not in err  # exactly one line in all
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_serve_function_with_faults_from_environment(mini_root: Path) -> None:
    code = f"from aurora_widgets.archive.server import serve; serve({str(mini_root)!r}, 0)"
    env = {"AURORA_WIDGETS_ARCHIVE_FAULTS": f"{API}/datasets=503:1",
           "AURORA_WIDGETS_ARCHIVE_ORDER": "reverse"}
    proc, line = _start([sys.executable, "-c", code], env=env)
    url = line.strip().removeprefix("serving ")
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
    r = requests.get(f"{url}{API}/datasets", timeout=TIMEOUT)
    assert r.status_code == 503 and "maintenance" in r.json()["detail"]
    assert requests.get(f"{url}{API}/datasets", timeout=TIMEOUT).status_code == 200
    params = {"name": "THEMIS_ASI_SKYMAP_IDLSAV", "start": "2000-01-01", "end": "2030-01-01"}
    listed = requests.get(f"{url}{API}/urls", params=params, timeout=TIMEOUT).json()["urls"]
    assert listed == sorted(listed, reverse=True) and len(listed) == len(SKY)
    code_, out, err = _stop(proc, signal.SIGTERM)
    assert code_ == 0, err
    assert out == ""


# ------------------------------------------------------------------------------------- the real archive
def _listed(api_url: str, name: str, start: str, end: str) -> dict[str, Any]:
    params = {"name": name, "start": start, "end": end, "include_total_bytes": True}
    r = requests.get(f"{api_url}{API}/urls", params=params, timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    return r.json()


def test_every_archive_file_is_listed_once_and_downloadable(archive_server: ArchiveServer, api_url: str,
                                                            archive_root: Path) -> None:  # fmt: skip
    """Every built file is listed by exactly one dataset (computed listings include them, real sizes)."""
    catalogue = json.loads((archive_root / "catalogue.json").read_text())
    datasets = requests.get(f"{api_url}{API}/datasets", timeout=TIMEOUT).json()
    assert [d["name"] for d in datasets] == [d["name"] for d in catalogue["datasets"]]
    files = archive_root / "files"
    on_disk = sorted(p.relative_to(files).as_posix() for p in files.rglob("*") if p.is_file())
    seen: list[str] = []
    for ds in datasets:
        tree = next(c["tree"] for c in catalogue["datasets"] if c["name"] == ds["name"])
        mine = [r for r in on_disk if r.startswith(tree + "/")]
        if not mine:
            continue
        if ds["file_time_resolution"] == "1min":
            days = sorted({"/".join(r.removeprefix(tree + "/").split("/")[:3]) for r in mine})
            windows = [(d.replace("/", "-") + "T00:00:00", d.replace("/", "-") + "T23:59:59") for d in days]
        else:
            windows = [("1990-01-01T00:00:00", "2040-01-01T00:00:00")]
        for start, end in windows:
            body = _listed(api_url, ds["name"], start, end)
            assert body["path_prefix"] == ds["data_tree_url"] == f"{api_url}/data/sort_by_project/{tree}"
            rels = [u.removeprefix(api_url + "/data/sort_by_project/") for u in body["urls"]]
            assert len(rels) == len(set(rels)) and rels == sorted(rels)
            built = [r for r in rels if (files / r).is_file()]
            assert body["total_bytes"] >= sum((files / r).stat().st_size for r in built)
            seen += built
    assert sorted(seen) == on_disk  # every file exactly once, in exactly one dataset
    for rel in on_disk[:: max(1, len(on_disk) // 8)]:
        h = requests.head(f"{api_url}/data/sort_by_project/{rel}", timeout=TIMEOUT)
        assert h.status_code == 200 and int(h.headers["Content-Length"]) == (files / rel).stat().st_size


def test_real_archive_observatories_and_reference_listing(api_url: str) -> None:
    for array in ("themis_asi", "rego", "trex_nir", "trex_blue", "trex_rgb"):
        obs = requests.get(f"{api_url}{API}/observatories", params={"instrument_array": array},
                           timeout=TIMEOUT).json()  # fmt: skip
        keys = {"uid", "full_name", "geodetic_latitude", "geodetic_longitude"}
        assert obs and all(set(o) == keys for o in obs)
    body = requests.get(f"{api_url}{API}/urls", params={
        "name": "THEMIS_ASI_SKYMAP_IDLSAV", "start": "2000-01-01 00:00:00", "end": "2021-11-04 00:00:00",
        "site_uid": "gill", "include_total_bytes": True}, timeout=TIMEOUT).json()  # fmt: skip
    assert body["urls"][-1].endswith("/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav")


def test_faults_fixture_clears_after_itself(faults: FaultInjector, api_url: str) -> None:
    faults.add(f"{API}/datasets", "503", times=1)
    faults.order = "reverse"
    assert requests.get(f"{api_url}{API}/datasets", timeout=TIMEOUT).status_code == 503
    assert faults.rules and faults.order == "reverse"  # cleared by the fixture after this test
