"""A tiny scriptable HTTP server on 127.0.0.1 that answers what a test tells it to (hostile data).

Unlike the archive server it is not a faithful API: each test sets ``routes`` (path -> JSON-able
object, or ``(status, content_type, body_bytes)``) and the server answers exactly that. Any other
path answers 404. Every request path is recorded in ``requests`` so a test can prove that a refused
URL was never fetched.

Example:
    >>> with HostileServer() as s:
    ...     s.routes["/x"] = {"a": 1}
    ...     import urllib.request, json
    ...     json.loads(urllib.request.urlopen(s.url + "/x").read())
    {'a': 1}
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

API = "/api/v1/data_distribution"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        owner = self.server.owner
        path = urlsplit(self.path).path
        with owner.lock:
            owner.requests.append(self.path)
            answer = owner.routes.get(path)
            if answer is None and path.startswith("/data/") and owner.files_answer is not None:
                answer = owner.files_answer
        if answer is None:
            status, ctype, body = 404, "application/json", b'{"detail": "Not Found"}'
        elif isinstance(answer, tuple):
            status, ctype, body = answer
        else:
            status, ctype, body = 200, "application/json", json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: HostileServer


class HostileServer:
    """Loopback server answering ``routes``; ``files_answer`` answers every ``/data/...`` path."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {}
        self.files_answer: tuple[int, str, bytes] | None = (200, "application/octet-stream", b"PAYLOAD")
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> HostileServer:
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="hostile-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(10)

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def data_requests(self) -> list[str]:
        with self.lock:
            return [p for p in self.requests if p.startswith("/data/")]

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def dataset_dict(base: str, name: str = "THEMIS_ASI_SKYMAP_IDLSAV", **extra: Any) -> dict[str, Any]:
    """A dataset as the API sends it."""
    return {
        "name": name,
        "short_description": "skymaps",
        "long_description": "long",
        "data_tree_url": f"{base}/data/sort_by_project/THEMIS/asi/skymaps",
        "file_listing_supported": True,
        "file_reading_supported": True,
        "level": "L3",
        "doi": None,
        "doi_details": None,
        "citation": "cite",
        "supported_libraries": ["pyaurorax", "pyucalgarysrs"],
        "file_time_resolution": "not_applicable",
        **extra,
    }


def listing(base: str, urls: list[str], *, prefix: str | None = None, dataset: dict | None = None,
            count: Any = "len", total_bytes: Any = None) -> dict[str, Any]:
    """A ``/urls`` answer."""
    return {
        "urls": urls,
        "path_prefix": f"{base}/data/sort_by_project/THEMIS/asi/skymaps" if prefix is None else prefix,
        "count": len(urls) if count == "len" else count,
        "dataset": dataset if dataset is not None else dataset_dict(base),
        "total_bytes": total_bytes,
    }
