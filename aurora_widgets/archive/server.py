"""Loopback HTTP server that serves the sample archive like api.phys.ucalgary.ca + data.phys.ucalgary.ca.

:class:`ArchiveServer` (standard library only: :class:`http.server.ThreadingHTTPServer`) serves an
archive written by :func:`aurora_widgets.archive.build.build_archive` (``<root>/catalogue.json``,
``<root>/files/<tree>/...``, see ARCHITECTURE.md):

- ``GET /api/v1/data_distribution/datasets?name=&level=``: the catalogue's datasets (``name`` is a
  case-insensitive substring, ``level`` exact); the private ``tree`` key is never sent.
- ``GET /api/v1/data_distribution/observatories?instrument_array=&uid=``: ``instrument_array`` is
  required, ``uid`` is a case-insensitive substring.
- ``GET /api/v1/data_distribution/urls?name=&start=&end=&site_uid=&device_uid=&include_total_bytes=``:
  ``{"urls", "path_prefix", "count", "dataset", "total_bytes"}`` with the real API's filtering rules
  and error messages.
- ``GET|HEAD /data/sort_by_project/<tree>/<sub>``: the files, as ``application/octet-stream``.

With an archive of our builder (``catalogue.json`` format 2) listings are computed, not read from
disk (:mod:`aurora_widgets.archive.listing`: the fleet, the sun rule, the real file-name variety)
and a listed file that is not under ``files/`` is made on its first request into ``<root>/cache``
(:mod:`aurora_widgets.archive.ondemand`, least recently used evicted beyond ``cache_bytes``);
``total_bytes`` is then an estimate for files not made yet (real sizes for files on disk). An
archive of format 1 (hand-written test archives) is served from disk only, as before. The
catalogue's private keys (``tree``, ``kind``, ``file_reading_supported``, ``provider``) are never
sent: the real clients add ``file_reading_supported`` and ``provider`` themselves.

Over 500 lines: the request log, the archive index, the handler and the server share one set of
private types and are one contract (the real API's answers), kept together on purpose.

Every URL the server hands out (``data_tree_url``, ``path_prefix``, ``urls``) starts with
``http://<the Host header the client used>``, so it works whatever port the server got. Errors
are JSON ``{"detail": "..."}`` with a 4xx status. Faults (5xx, slow answers, truncated bodies,
resets, HTML pages, wrong lengths, reordered listings) are injected through
:attr:`ArchiveServer.faults`, a :class:`~aurora_widgets.archive.faults.FaultInjector`.
Every request is logged in :attr:`ArchiveServer.requests` before its answer is sent, so a client
that has its answer always finds its request in the log.

Example:
    >>> import json, tempfile, urllib.request
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp())
    >>> cat = {"format": 1, "datasets": [], "observatories": {}}
    >>> _ = (root / "catalogue.json").write_text(json.dumps(cat))
    >>> with ArchiveServer(root) as server:
    ...     with urllib.request.urlopen(server.url + "/api/v1/data_distribution/datasets") as r:
    ...         json.loads(r.read())
    []

"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import math
import os
import re
import signal
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from ..data.select import describe_kind
from . import listing as _listing
from .catalogue import PRIVATE_KEYS
from .faults import FaultInjector, FaultRule
from .ondemand import DEFAULT_CACHE_BYTES, OnDemand

__all__ = ["API_PREFIX", "DATA_PREFIX", "ArchiveServer", "RequestLog", "RequestRecord", "serve"]

#: Path prefix of the API endpoints.
API_PREFIX = "/api/v1/data_distribution"
#: Path prefix of the file tree (``<base>/data/sort_by_project/<tree>/<sub>``).
DATA_PREFIX = "/data/sort_by_project"

#: Instrument arrays the real API knows; arrays missing from the catalogue list no observatories.
KNOWN_INSTRUMENT_ARRAYS = (
    "themis_asi", "rego", "trex_rgb", "trex_nir", "trex_blue", "trex_spectrograph", "smile_asi",
)  # fmt: skip

ONE_DAY_DETAIL = "Timeframe exceeds valid range; this dataset listing must be limited to one day"
MAINTENANCE_DETAIL = "The API is currently in maintenance mode, please try again later"
_FAULT_DETAILS = {
    "500": "Internal server error",
    "502": "Bad gateway",
    "503": MAINTENANCE_DETAIL,
    "504": "Gateway timeout",
    "429": "Too many requests, please slow down",
}
_HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>UCalgary Space Remote Sensing Data</title></head>\n"
    b"<body><h1>Space Remote Sensing Data</h1><p>The page you requested was not found.</p></body></html>\n"
)
_CHUNK = 1 << 16
_HOST_OK = re.compile(r"^[A-Za-z0-9.\-:\[\]]+$")


# ---------------------------------------------------------------------------------------------- request log
@dataclass(frozen=True)
class RequestRecord:
    """One served request: method, decoded path, raw query string, status sent (0: reset), fault fired.

    Example:
        >>> r = RequestRecord("GET", "/api/v1/data_distribution/urls", "name=X&start=2021-11-04+06%3A00", 200)
        >>> r.params["start"]
        '2021-11-04 06:00'

    """

    method: str
    path: str
    query: str
    status: int
    fault: str | None = None

    @property
    def params(self) -> dict[str, str]:
        """The query parameters (last value wins, ``+`` decoded as a space).

        Example:
            >>> RequestRecord("GET", "/x", "a=1&a=2&b=", 200).params
            {'a': '2', 'b': ''}

        """
        return {k: v[-1] for k, v in parse_qs(self.query, keep_blank_values=True).items()}


class RequestLog:
    """Thread-safe, append-only log of :class:`RequestRecord` (iterable, indexable, ``len()``).

    Example:
        >>> log = RequestLog()
        >>> log.append(RequestRecord("GET", "/api/v1/data_distribution/datasets", "", 200))
        >>> len(log), log[0].status, log.count("/api/*"), log.count(method="HEAD")
        (1, 200, 1, 0)

    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RequestRecord] = []

    def append(self, record: RequestRecord) -> None:
        """Add a record.

        Example:
            >>> RequestLog().append(RequestRecord("HEAD", "/x", "", 404))

        """
        with self._lock:
            self._items.append(record)

    def snapshot(self) -> list[RequestRecord]:
        """Return a copy of the records so far, oldest first.

        Example:
            >>> RequestLog().snapshot()
            []

        """
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        """Forget every record.

        Example:
            >>> log = RequestLog(); log.append(RequestRecord("GET", "/x", "", 200)); log.clear(); len(log)
            0

        """
        with self._lock:
            self._items.clear()

    def count(self, pattern: str | None = None, method: str | None = None, status: int | None = None) -> int:
        """Count records whose path matches ``pattern`` (glob or substring, as fault patterns).

        Example:
            >>> log = RequestLog(); log.append(RequestRecord("GET", "/data/sort_by_project/a.sav", "", 200))
            >>> log.count("*.sav"), log.count("/api/"), log.count(status=200)
            (1, 0, 1)

        """
        matcher = FaultRule(pattern, "500") if pattern is not None else None
        return sum(
            1
            for r in self.snapshot()
            if (matcher is None or matcher.matches(r.path))
            and (method is None or r.method == method)
            and (status is None or r.status == status)
        )

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.snapshot())

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __getitem__(self, index: int) -> RequestRecord:
        with self._lock:
            return self._items[index]

    def __repr__(self) -> str:
        return f"RequestLog({len(self)} requests)"


# ---------------------------------------------------------------------------------------------- archive index
class _ApiError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


_RAW_NAME = re.compile(r"^(\d{8})_(\d{2})(\d{2})_([A-Za-z0-9]+)_([^_]+)")
_DAY_NAME = re.compile(r"^(\d{8})_([A-Za-z0-9]+)_([^_]+)")
_SKYMAP_NAME = re.compile(r"^[A-Za-z]+_skymap_([A-Za-z0-9]+)_(\d{8})-(\d{8}|\+)_[vV]\w+\.sav$")
_CAL_NAME = re.compile(
    r"^[A-Za-z]+_(Rayleighs|flatfield)_([^_]+)_(\d{8})-(\d{8}|\+)_[vV]\w+\.sav$", re.IGNORECASE
)


@dataclass(frozen=True)
class _Item:
    sub: str  # path under the dataset tree, POSIX
    size: int
    when: datetime  # raw: file minute (or day); skymap/calibration: valid-from date
    resolution: str  # "minute" | "day"
    site: str | None  # lower case; None when not applicable
    device: str | None  # lower case; raw device part or calibration detector


#: describe_kind()'s names -> how /urls filters a dataset's files (anything else is timed: by file minute).
_URL_KINDS = {"skymap": "skymap", "Rayleighs calibration": "rayleighs", "flatfield calibration": "flatfield"}


def _dataset_kind(name: str) -> str:
    return _URL_KINDS.get(describe_kind(name), "timed")


def _parse_item(kind: str, sub: str, size: int) -> _Item | None:
    """Interpret a file of a dataset of ``kind``; None when the file does not belong to it."""
    base = sub.rsplit("/", 1)[-1]
    if kind == "skymap":
        m = _SKYMAP_NAME.match(base)
        if not m:
            return None
        site = sub.split("/", 1)[0].lower() if "/" in sub else m.group(1).lower()
        return _Item(sub, size, datetime.strptime(m.group(2), "%Y%m%d"), "day", site, None)
    if kind in ("flatfield", "rayleighs"):
        m = _CAL_NAME.match(base)
        if not m or m.group(1).lower() != kind:
            return None
        return _Item(sub, size, datetime.strptime(m.group(3), "%Y%m%d"), "day", None, m.group(2).lower())
    m = _RAW_NAME.match(base)
    if m:
        when = datetime.strptime(m.group(1) + m.group(2) + m.group(3), "%Y%m%d%H%M")
        return _Item(sub, size, when, "minute", m.group(4).lower(), m.group(5).lower())
    m = _DAY_NAME.match(base)
    if m:
        return _Item(sub, size, datetime.strptime(m.group(1), "%Y%m%d"), "day", m.group(2).lower(),
                     m.group(3).lower())  # fmt: skip
    return None


def _tree_of(ds: dict[str, Any]) -> str:
    tree = ds.get("tree")
    if not tree:
        url = str(ds.get("data_tree_url", ""))
        tree = url.split("/sort_by_project/", 1)[1] if "/sort_by_project/" in url else ""
    return str(tree).strip("/")


def _listing_names() -> list[str]:
    from .catalogue import dataset_names

    return dataset_names()


class _Archive:
    """catalogue.json + an index of ``<root>/files`` (sorted by path), built once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        cat_path = root / "catalogue.json"
        if not cat_path.is_file():
            raise FileNotFoundError(
                f"no catalogue.json in {root}; build the archive first "
                f"(python -m aurora_widgets.archive build {root})"
            )
        catalogue = json.loads(cat_path.read_text())
        # format 2 (our builder's): listings are computed from the fleet and files made on request
        self.virtual = int(catalogue.get("format", 1)) >= 2
        self.datasets: list[dict[str, Any]] = list(catalogue.get("datasets", []))
        self.by_name = {str(d["name"]): d for d in self.datasets}
        self.observatories: dict[str, list[dict[str, Any]]] = dict(catalogue.get("observatories", {}))
        self.files_dir = root / "files"
        self.files: dict[str, tuple[Path, int]] = {}
        files_real = self.files_dir.resolve()
        if self.files_dir.is_dir():
            for dirpath, _dirs, names in os.walk(self.files_dir):
                for name in names:
                    path = Path(dirpath) / name
                    try:
                        resolved = path.resolve()
                        if not resolved.is_relative_to(files_real) or not resolved.is_file():
                            continue  # a symlink leading out of files/ is never served
                        size = resolved.stat().st_size
                    except OSError:
                        continue
                    self.files[path.relative_to(self.files_dir).as_posix()] = (resolved, size)
        self.paths = sorted(self.files)
        self.items: dict[str, list[_Item]] = {}
        for ds in self.datasets:
            tree = _tree_of(ds)
            kind = _dataset_kind(str(ds["name"]))
            prefix = tree + "/" if tree else ""
            items = []
            for rel in self.paths:
                if rel.startswith(prefix):
                    item = _parse_item(kind, rel[len(prefix):], self.files[rel][1])
                    if item is not None:
                        items.append(item)
            self.items[str(ds["name"])] = items

    def public(self, ds: dict[str, Any], base: str) -> dict[str, Any]:
        out = {k: v for k, v in ds.items() if k not in PRIVATE_KEYS}
        out["data_tree_url"] = f"{base}{DATA_PREFIX}/{_tree_of(ds)}"
        return out


_LISTED = frozenset(_listing_names())


def _merge(entries: list[_listing.Entry], on_disk: list[_Item]) -> list[tuple[str, int]]:
    """Put the files on disk into a computed listing; return sorted ``(path, size)``.

    A disk file takes the place of the computed file of the same path, or of the same
    site/device/minute (the real sample minutes); real sizes win.
    """
    out: dict[str, int] = {e.sub: e.size for e in entries}
    by_minute = {
        (e.site, e.device, e.when, e.maker == "dark"): e.sub for e in entries if e.maker in ("raw", "dark")
    }
    for item in on_disk:
        if item.sub not in out and item.resolution == "minute":
            twin = by_minute.get((item.site, item.device, item.when, "_dark" in item.sub))
            if twin is not None:
                del out[twin]
        out[item.sub] = item.size
    return sorted(out.items())


def _param(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[-1] if values else None


def _truthy(value: str | None) -> bool:
    return value is not None and value.strip().lower() in ("true", "1", "yes", "on", "t", "y")


def parse_time(value: str, what: str = "time") -> datetime:
    """Parse an API time (``2021-11-04 06:00:00``, ``...T06:00:00``, microseconds, offsets) to naive UTC.

    A ``+HH:MM`` offset whose ``+`` was decoded into a space is understood too.

    Example:
        >>> parse_time("2021-11-04 06:00:00.123456"), parse_time("2021-11-04T07:00:00 01:00")
        (datetime.datetime(2021, 11, 4, 6, 0, 0, 123456), datetime.datetime(2021, 11, 4, 6, 0))

    """
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    m = re.match(r"^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$", text)
    if m:  # "+01:00" whose plus became a space
        text = f"{m.group(1)}+{m.group(2)}"
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        raise _ApiError(400, f"Invalid {what} '{value}'; expected YYYY-MM-DDTHH:MM:SS")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise _ApiError(400, f"Invalid {what} '{value}'; expected YYYY-MM-DDTHH:MM:SS") from None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


# ---------------------------------------------------------------------------------------------- HTTP handler
class _Response:
    def __init__(
        self,
        status: int,
        body: bytes = b"",
        content_type: str = "application/json",
        file: Path | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.file = file
        self.headers: dict[str, str] = {}


def _json(status: int, obj: Any) -> _Response:
    return _Response(status, json.dumps(obj).encode())


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: ArchiveServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
            return  # the client went away (or a fault closed the socket): nothing to report
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, a keep-alive client's delayed ACK
    # stalls every other response by ~40 ms.
    disable_nagle_algorithm = True
    server_version = "aurora-widgets-archive/1"
    timeout = 60  # idle keep-alive connections are closed after this many seconds
    server: _HTTPServer

    # -- plumbing
    def setup(self) -> None:
        super().setup()
        self.server.owner._register(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._unregister(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._handle(head=False)

    def do_HEAD(self) -> None:
        self._handle(head=True)

    def _not_allowed(self) -> None:
        self._handle(head=False, allowed=False)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815

    # -- main
    def _handle(self, head: bool, allowed: bool = True) -> None:
        owner = self.server.owner
        split = urlsplit(self.path)
        path = unquote(split.path)  # %2B -> "+", and a literal "+" stays a plus
        rule = owner.faults.take(path)
        kind = rule.kind if rule else None
        if kind == "slow" and rule is not None and rule.delay > 0:
            owner._stopping.wait(rule.delay)
        if kind == "reset":
            owner.requests.append(RequestRecord(self.command, path, split.query, 0, kind))
            self._reset()
            return
        if kind is not None and kind.isdigit():
            status = int(kind)
            resp = _json(status, {"detail": _FAULT_DETAILS.get(kind, f"Injected HTTP error {status}")})
            if status in (429, 503) and rule is not None and rule.delay > 0:
                resp.headers["Retry-After"] = str(math.ceil(rule.delay))  # a rule's delay, as delay-seconds
        elif kind == "html":
            resp = _Response(200, _HTML_PAGE, "text/html; charset=utf-8")
        elif not allowed:
            resp = _json(405, {"detail": "Method Not Allowed"})
        else:
            try:
                resp = self._route(path, split.query)
            except _ApiError as exc:
                resp = _json(exc.status, {"detail": exc.detail})
        self._send(resp, head, kind, path, split.query)

    def _base(self) -> str:
        host = self.headers.get("Host", "")
        if host and _HOST_OK.match(host):
            return f"http://{host}"
        return self.server.owner.url

    def _route(self, path: str, query: str) -> _Response:
        owner = self.server.owner
        archive = owner._archive
        assert archive is not None
        params = parse_qs(query, keep_blank_values=True)
        if path.startswith(DATA_PREFIX + "/"):
            return self._file(archive, path[len(DATA_PREFIX) + 1 :])
        endpoint = path.rstrip("/")
        if endpoint == f"{API_PREFIX}/datasets":
            return _json(200, self._datasets(archive, params))
        if endpoint == f"{API_PREFIX}/observatories":
            return _json(200, self._observatories(archive, params))
        if endpoint == f"{API_PREFIX}/urls":
            return _json(200, self._urls(archive, params))
        raise _ApiError(404, "Not Found")

    # -- endpoints
    def _datasets(self, archive: _Archive, params: dict[str, list[str]]) -> list[dict[str, Any]]:
        name = (_param(params, "name") or "").lower()
        level = _param(params, "level") or ""
        base = self._base()
        return [
            archive.public(d, base)
            for d in archive.datasets
            if name in str(d["name"]).lower() and (not level or d.get("level") == level)
        ]

    def _observatories(self, archive: _Archive, params: dict[str, list[str]]) -> list[dict[str, Any]]:
        array = (_param(params, "instrument_array") or "").strip()
        if not array:
            raise _ApiError(400, "Missing required query parameter 'instrument_array'")
        if array not in archive.observatories and array not in KNOWN_INSTRUMENT_ARRAYS:
            valid = sorted(set(archive.observatories) | set(KNOWN_INSTRUMENT_ARRAYS))
            raise _ApiError(400, f"Invalid instrument_array '{array}'; valid values are: {', '.join(valid)}")
        uid = (_param(params, "uid") or "").lower()
        return [
            {k: v for k, v in o.items() if k != "provider"}
            for o in archive.observatories.get(array, [])
            if uid in str(o["uid"]).lower()
        ]

    def _urls(self, archive: _Archive, params: dict[str, list[str]]) -> dict[str, Any]:
        name = _param(params, "name")
        if not name:
            raise _ApiError(400, "Missing required query parameter 'name'")
        start_s, end_s = _param(params, "start"), _param(params, "end")
        if not start_s or not end_s:
            raise _ApiError(400, "Missing required query parameter 'start' or 'end'")
        start = parse_time(start_s, "start time")
        end = parse_time(end_s, "end time")
        ds = archive.by_name.get(name)
        if ds is None:
            raise _ApiError(404, "Dataset name does not exist")
        if start > end:
            raise _ApiError(400, "Start time is after the end time")
        if ds.get("file_time_resolution") == "1min" and end - start >= timedelta(days=1):
            raise _ApiError(400, ONE_DAY_DETAIL)
        kind = _dataset_kind(name)
        site = (_param(params, "site_uid") or "").strip().lower()
        device = (_param(params, "device_uid") or "").strip().lower()
        start_minute = start.replace(second=0, microsecond=0)
        chosen: list[_Item] = []
        for item in archive.items.get(name, []):
            if item.resolution == "day":
                if not (start.date() <= item.when.date() <= end.date()):
                    continue
            elif not (start_minute <= item.when <= end):
                continue
            if site and kind != "flatfield" and kind != "rayleighs" and item.site != site:
                continue
            if device and kind != "skymap" and (item.device is None or device not in item.device):
                continue
            chosen.append(item)
        listed = [(item.sub, item.size) for item in chosen]
        if archive.virtual and name in _LISTED:
            listed = _merge(_listing.list_entries(name, start, end, site, device), chosen)
        base = self._base()
        prefix = f"{base}{DATA_PREFIX}/{_tree_of(ds)}"
        urls = [f"{prefix}/{quote(sub, safe='/+-_.~')}" for sub, _size in listed]
        urls = self.server.owner.faults.arrange(urls)
        total = sum(size for _sub, size in listed) if _truthy(_param(params, "include_total_bytes")) else None
        return {
            "urls": urls,
            "path_prefix": prefix,
            "count": len(urls),
            "dataset": archive.public(ds, base),
            "total_bytes": total,
        }

    def _file(self, archive: _Archive, rel: str) -> _Response:
        parts = rel.split("/")
        if any(p in ("", ".", "..") for p in parts) or "\\" in rel or "\x00" in rel:
            raise _ApiError(400, f"Invalid file path '{rel}'")
        hit = archive.files.get("/".join(parts))
        if hit is not None:
            return _Response(200, content_type="application/octet-stream", file=hit[0])
        try:
            made = self.server.owner._ondemand.fetch("/".join(parts)) if archive.virtual else None
        except Exception as exc:  # a generator failed: say so, keep serving
            raise _ApiError(500, f"Could not make {rel}: {type(exc).__name__}: {exc}") from None
        if made is None:
            raise _ApiError(404, f"File not found: {rel}")
        return _Response(200, content_type="application/octet-stream", file=made)

    # -- sending
    def _send(self, resp: _Response, head: bool, kind: str | None, path: str, query: str) -> None:
        owner = self.server.owner
        handle = None
        try:
            if resp.file is not None:
                try:
                    handle = open(resp.file, "rb")  # noqa: SIM115 - closed in finally
                    length = os.fstat(handle.fileno()).st_size
                except OSError:
                    resp = _json(404, {"detail": f"File not found: {path}"})
            if handle is None:
                length = len(resp.body)
            declared, to_send, close = length, length, False
            if kind == "truncate":
                to_send, close = length // 2, True
            elif kind == "bad_length":
                declared, close = length + max(1024, length // 4), True
            owner.requests.append(RequestRecord(self.command, path, query, resp.status, kind))
            self.send_response(resp.status)
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(declared))
            for name, value in resp.headers.items():
                self.send_header(name, value)
            if close:
                self.send_header("Connection", "close")
            self.end_headers()
            if close:
                self.close_connection = True
            if head:
                return
            if handle is None:
                self.wfile.write(resp.body[:to_send])
                return
            left = to_send
            while left > 0:
                chunk = handle.read(min(_CHUNK, left))
                if not chunk:
                    break
                self.wfile.write(chunk)
                left -= len(chunk)
        finally:
            if handle is not None:
                handle.close()

    def _reset(self) -> None:
        """Close the connection abruptly: SO_LINGER 0 makes close() send a TCP RST, no response."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.rfile.close()  # drop the makefile() reference so close() really closes the socket
        self.connection.close()


# ---------------------------------------------------------------------------------------------- server
def _loopback(host: str) -> str:
    try:
        address = socket.gethostbyname(host)
    except OSError as exc:
        raise ValueError(f"cannot resolve host {host!r}: {exc}") from None
    if not ipaddress.ip_address(address).is_loopback:
        raise ValueError(f"the archive server binds loopback addresses only, not {host!r} ({address})")
    return address


class ArchiveServer:
    """The sample archive over HTTP on loopback, as the UCalgary API and data server.

    Args:
        root: archive folder (``catalogue.json`` and ``files/``).
        host: loopback address to bind (default ``127.0.0.1``; others are refused).
        port: TCP port; 0 picks a free one (read it back from :attr:`port` / :attr:`url`).
        cache_bytes: bound of ``<root>/cache``, the files made on request (least recently used
            evicted first).

    Attributes:
        faults: :class:`~aurora_widgets.archive.faults.FaultInjector` (``add``, ``clear``, ``order``).
        requests: :class:`RequestLog` of every request served (method, path, query, status, fault).

    Example:
        >>> import json, tempfile
        >>> from pathlib import Path
        >>> root = Path(tempfile.mkdtemp())
        >>> _ = (root / "catalogue.json").write_text(json.dumps({"datasets": [], "observatories": {}}))
        >>> server = ArchiveServer(root).start()
        >>> server.url.startswith("http://127.0.0.1:")
        True
        >>> server.stop()

    """

    def __init__(
        self, root: Path | str, host: str = "127.0.0.1", port: int = 0, cache_bytes: int = DEFAULT_CACHE_BYTES
    ) -> None:
        self.root = Path(root)
        self._ondemand = OnDemand(self.root, cache_bytes)
        self.host = host
        self._requested_port = int(port)
        self.faults = FaultInjector()
        self.requests = RequestLog()
        self._archive: _Archive | None = None
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._conn_lock = threading.Lock()
        self._connections: set[socket.socket] = set()

    # -- lifecycle
    def start(self) -> ArchiveServer:
        """Load the catalogue, index the files, bind and serve in a background thread; return self.

        Returns once the socket is listening, so :attr:`url` can be used right away.

        Example:
            >>> ArchiveServer("/nonexistent").start()      # doctest: +IGNORE_EXCEPTION_DETAIL
            Traceback (most recent call last):
            FileNotFoundError: no catalogue.json in /nonexistent; build the archive first

        """
        if self._httpd is not None:
            return self
        address = _loopback(self.host)
        self._archive = _Archive(self.root)
        self._stopping.clear()
        httpd = _HTTPServer((address, self._requested_port), _Handler)
        httpd.owner = self
        self._httpd = httpd
        ready = threading.Event()

        def run() -> None:
            ready.set()
            httpd.serve_forever(poll_interval=0.1)

        self._thread = threading.Thread(target=run, name=f"archive-server-{self.port}", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        """Stop serving, close the listening socket and any open connections (idempotent).

        Example:
            >>> ArchiveServer(".").stop()   # never started: nothing to do

        """
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        with self._conn_lock:
            conns = list(self._connections)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None

    def reload(self) -> None:
        """Re-read ``catalogue.json`` and re-index ``files/`` (for archives changed while serving).

        Example:
            >>> ArchiveServer(".").reload()      # doctest: +SKIP

        """
        self._archive = _Archive(self.root)

    def __enter__(self) -> ArchiveServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- info
    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`.

        Example:
            >>> ArchiveServer(".").running
            False

        """
        return self._httpd is not None

    @property
    def port(self) -> int:
        """The bound port (the requested one until started).

        Example:
            >>> ArchiveServer(".", port=8765).port
            8765

        """
        if self._httpd is not None:
            return int(self._httpd.server_address[1])
        return self._requested_port

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (API at ``/api/v1/...``, files at ``/data/...``).

        Example:
            >>> ArchiveServer(".").url
            Traceback (most recent call last):
            RuntimeError: the archive server is not running; call start() first

        """
        if self._httpd is None:
            raise RuntimeError("the archive server is not running; call start() first")
        host = self._httpd.server_address[0]
        return f"http://{host!s}:{self.port}"

    @property
    def files(self) -> list[str]:
        """Indexed files, relative to ``<root>/files`` (POSIX), sorted; empty before :meth:`start`.

        Example:
            >>> ArchiveServer(".").files
            []

        """
        return list(self._archive.paths) if self._archive is not None else []

    def __repr__(self) -> str:
        where = self.url if self.running else "stopped"
        return f"ArchiveServer(root={str(self.root)!r}, {where})"

    # -- connection tracking (so stop() can close keep-alive connections)
    def _register(self, conn: socket.socket) -> None:
        with self._conn_lock:
            self._connections.add(conn)

    def _unregister(self, conn: socket.socket) -> None:
        with self._conn_lock:
            self._connections.discard(conn)


def serve(root: Path | str, port: int, host: str = "127.0.0.1", cache_bytes: int = DEFAULT_CACHE_BYTES) -> None:
    """Serve ``root`` until SIGINT/SIGTERM; print ``serving http://HOST:PORT`` once accepting.

    Faults can be preset with the environment variables ``AURORA_WIDGETS_ARCHIVE_FAULTS``
    (``"PATTERN=KIND[:TIMES[:DELAY]]; ..."``) and ``AURORA_WIDGETS_ARCHIVE_ORDER``
    (``reverse``/``shuffle``). Returns normally (after closing the socket) on either signal.

    Example:
        >>> serve("/tmp/aurora-archive", 8765)        # doctest: +SKIP
        serving http://127.0.0.1:8765

    """
    server = ArchiveServer(root, host=host, port=port, cache_bytes=cache_bytes)
    server.faults.load_env()
    done = threading.Event()
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, lambda _signum, _frame: done.set())
    try:
        server.start()
        print(f"serving {server.url}", flush=True)
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
