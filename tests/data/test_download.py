"""download.py against a tiny loopback HTTP server started here (files and faults per path)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from aurora_widgets.data.download import download_file, download_files, local_path_for
from aurora_widgets.data.errors import DownloadError

PREFIX_PATH = "/data/sort_by_project/THEMIS/asi/skymaps"
NAME = "gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav"


class _Server:
    """Serves ``files`` (path -> bytes); ``faults`` (path -> list of kinds) are used up in order."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.faults: dict[str, list[str]] = {}
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.gate = threading.Event()
        self.gate.set()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with outer.lock:
                    outer.requests.append(self.path)
                    queue = outer.faults.get(self.path) or []
                    fault = queue.pop(0) if queue else None
                outer.gate.wait(10)
                body = outer.files.get(self.path)
                if fault == "500":
                    return self._send(500, b"oops", "text/plain")
                if fault == "html" or body is None:
                    return self._send(200, b"<html>home page</html>", "text/html; charset=utf-8")
                if fault == "truncate":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return None
                if fault == "404":
                    return self._send(404, b"not found", "text/plain")
                return self._send(200, body, "application/octet-stream")

            def _send(self, status, body, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # clients hanging up on purpose (interrupt tests) are not errors here

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.prefix = self.base + PREFIX_PATH

    def add(self, sub: str, body: bytes) -> str:
        self.files[f"{PREFIX_PATH}/{sub}"] = body
        return f"{self.prefix}/{sub}"

    def fault(self, sub: str, *kinds: str) -> None:
        self.faults[f"{PREFIX_PATH}/{sub}"] = list(kinds)

    def count(self, sub: str) -> int:
        return sum(1 for p in self.requests if p == f"{PREFIX_PATH}/{sub}")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = _Server()
    yield srv
    srv.close()


@pytest.fixture
def session():
    with requests.Session() as s:
        yield s


def _parts(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if ".part-" in p.name]


BODY = bytes(range(256)) * 4000  # ~1 MB, several chunks


def test_local_path_keeps_layout_and_literal_plus(tmp_path):
    url = f"https://data.example/sort_by_project/THEMIS/asi/skymaps/{NAME}"
    path = local_path_for(url, "https://data.example/sort_by_project/THEMIS/asi/skymaps/", tmp_path / "D")
    assert path == tmp_path / "D" / "gill" / "gill_20210308" / "themis_skymap_gill_20210308-+_v02.sav"


@pytest.mark.parametrize(
    "url",
    [
        "https://h/p/../outside.sav",
        "https://h/p/a/../../outside.sav",
        "https://h/p/%2e%2e/outside.sav",
        "https://h/p//etc/passwd",
        "https://h/p/a\\..\\..\\x.sav",
        "https://other/p/a.sav",
        "http://h/p/a.sav",
        "https://h/pother/a.sav",
        "https://h/p/a.sav?x=../../y",
    ],
)
def test_path_escape_refused(tmp_path, url):
    with pytest.raises(DownloadError, match="Refusing"):
        local_path_for(url, "https://h/p", tmp_path)


def test_download_ok_atomic_and_exact(server, session, tmp_path):
    url = server.add(NAME, BODY)
    paths, stats = download_files(session, [url], server.prefix, tmp_path, progress_bar_disable=True)
    assert paths == [tmp_path / NAME]
    assert paths[0].read_bytes() == BODY
    assert stats.downloaded_bytes == len(BODY) and stats.downloaded_files == 1
    assert _parts(tmp_path) == []


def test_retry_after_500_then_success(server, session, tmp_path):
    url = server.add(NAME, BODY)
    server.fault(NAME, "500", "500")
    written = download_file(session, url, tmp_path / "f.sav", retries=3, backoff=0.01)
    assert written == len(BODY)
    assert (tmp_path / "f.sav").read_bytes() == BODY
    assert server.count(NAME) == 3


def test_truncated_body_retried_then_success(server, session, tmp_path):
    url = server.add(NAME, BODY)
    server.fault(NAME, "truncate")
    assert download_file(session, url, tmp_path / "f.sav", retries=2, backoff=0.01) == len(BODY)
    assert (tmp_path / "f.sav").read_bytes() == BODY
    assert server.count(NAME) == 2


def test_truncated_body_always_gives_error_and_no_part_files(server, session, tmp_path):
    url = server.add(NAME, BODY)
    server.fault(NAME, "truncate", "truncate", "truncate")
    with pytest.raises(DownloadError, match="after 3 attempt"):
        download_files(session, [url], server.prefix, tmp_path, retries=2, backoff=0.01,
                       progress_bar_disable=True)
    assert not (tmp_path / NAME).exists()
    assert _parts(tmp_path) == []
    assert server.count(NAME) == 3


def test_html_is_an_error_not_retried(server, session, tmp_path):
    url = f"{server.prefix}/missing/file_x_y_20200101-+_v01.sav"
    with pytest.raises(DownloadError, match="HTML"):
        download_files(session, [url], server.prefix, tmp_path, backoff=0.01, progress_bar_disable=True)
    assert list(tmp_path.rglob("*.sav")) == [] and _parts(tmp_path) == []
    assert len(server.requests) == 1


def test_404_is_an_error_not_retried(server, session, tmp_path):
    url = server.add(NAME, BODY)
    server.fault(NAME, "404")
    with pytest.raises(DownloadError, match="HTTP error 404"):
        download_file(session, url, tmp_path / "f.sav", backoff=0.01)
    assert server.count(NAME) == 1


def test_connection_refused_is_download_error(session, tmp_path):
    with pytest.raises(DownloadError, match="Could not download"):
        download_file(session, "http://127.0.0.1:9/x.sav", tmp_path / "x.sav", retries=1, backoff=0.01)
    assert list(tmp_path.iterdir()) == []


def test_skip_existing_unless_overwrite(server, session, tmp_path):
    url = server.add(NAME, BODY)
    dest = tmp_path / NAME
    dest.parent.mkdir(parents=True)
    cached = b"SR\x00\x04" + bytes([0, 0, 0, 6]) + bytes(12)  # a whole IDL save file: the END_MARKER alone
    dest.write_bytes(cached)
    paths, stats = download_files(session, [url], server.prefix, tmp_path, progress_bar_disable=True)
    assert paths == [dest]
    assert dest.read_bytes() == cached and stats.skipped_files == 1 and stats.downloaded_bytes == 0
    assert server.requests == []
    _paths, stats = download_files(session, [url], server.prefix, tmp_path, overwrite=True,
                                  progress_bar_disable=True)
    assert dest.read_bytes() == BODY and stats.downloaded_bytes == len(BODY)


def test_failed_overwrite_keeps_old_file(server, session, tmp_path):
    url = server.add(NAME, BODY)
    server.fault(NAME, "truncate", "truncate")
    dest = tmp_path / "f.sav"
    dest.write_bytes(b"old complete file")
    with pytest.raises(DownloadError):
        download_file(session, url, dest, overwrite=True, retries=1, backoff=0.01)
    assert dest.read_bytes() == b"old complete file"
    assert _parts(tmp_path) == []


def test_parallel_many_files_in_url_order_with_one_failure(server, session, tmp_path):
    urls = [server.add(f"site{i}/f_{i}.sav", bytes([i]) * (1000 + i)) for i in range(12)]
    server.fault("site5/f_5.sav", "500", "500", "500", "500")
    with pytest.raises(DownloadError, match="site5"):
        download_files(session, urls, server.prefix, tmp_path, n_parallel=4, retries=1, backoff=0.01,
                       progress_bar_disable=True)
    # the others still arrived
    assert sorted(p.name for p in tmp_path.rglob("*.sav")) == sorted(
        f"f_{i}.sav" for i in range(12) if i != 5)
    server.faults.clear()
    paths, stats = download_files(session, urls, server.prefix, tmp_path, n_parallel=4,
                                  progress_bar_disable=True)
    assert [p.name for p in paths] == [f"f_{i}.sav" for i in range(12)]
    assert stats.downloaded_files == 1 and stats.skipped_files == 11
    assert all(p.stat().st_size == 1000 + i for i, p in enumerate(paths))


def test_two_threads_same_file_leave_one_complete_file(server, tmp_path):
    url = server.add(NAME, BODY)
    server.gate.clear()  # hold both requests until both are in flight
    dest = tmp_path / "same.sav"
    results, errors = [], []

    def run():
        with requests.Session() as s:
            try:
                results.append(download_file(s, url, dest, overwrite=True))
            except Exception as err:  # pragma: no cover - reported below
                errors.append(err)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for _ in range(200):
        if len(server.requests) >= 2:
            break
        threading.Event().wait(0.02)
    server.gate.set()
    for t in threads:
        t.join(30)
    assert errors == []
    assert results == [len(BODY), len(BODY)]
    assert dest.read_bytes() == BODY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.sav"]


def test_keyboard_interrupt_leaves_no_part_files(server, session, tmp_path, monkeypatch):
    url = server.add(NAME, BODY)
    calls = {"n": 0}

    def interrupt(_n):
        calls["n"] += 1
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        download_file(session, url, tmp_path / "f.sav", on_bytes=interrupt)
    assert calls["n"] >= 1
    assert list(tmp_path.iterdir()) == []


def test_keyboard_interrupt_in_parallel_download_cleans_up(server, session, tmp_path, monkeypatch):
    import aurora_widgets.data.download as dl

    urls = [server.add(f"s/f_{i}.sav", BODY) for i in range(6)]

    def boom(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(dl.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        download_files(session, urls, server.prefix, tmp_path, n_parallel=3, progress_bar_disable=True)
    monkeypatch.undo()
    assert _parts(tmp_path) == []
    assert list(tmp_path.rglob("*.sav")) == []


def test_absurd_total_bytes_does_not_break(server, session, tmp_path):
    url = server.add(NAME, BODY)
    for total in (None, -5, 10**30, 3):
        paths, _ = download_files(session, [url], server.prefix, tmp_path / str(total), total_bytes=total,
                                  progress_bar_disable=False, progress_bar_backend="standard")
        assert paths[0].read_bytes() == BODY


def test_bad_n_parallel(session, tmp_path):
    with pytest.raises(DownloadError, match="n_parallel"):
        download_files(session, [], "http://h/p", tmp_path, n_parallel=0)


def test_cached_file_size_is_asked_once_with_a_bounded_head(server, tmp_path):
    """A cached file no Content-Length confirmed: one HEAD (timeout capped), whatever its answer;
    a HEAD that times out leaves the file in use, and is not asked again for the same file."""
    from aurora_widgets.data import cache
    from aurora_widgets.data.download import HEAD_TIMEOUT_S

    heads: list[float] = []

    class Session(requests.Session):
        def head(self, url, **kw):  # type: ignore[override]
            heads.append(kw["timeout"])
            raise requests.Timeout("no answer")

    cache.forget()
    url = server.add(NAME, BODY)
    dest = tmp_path / NAME
    dest.parent.mkdir(parents=True)
    dest.write_bytes(b"SR\x00\x04\x00\x00\x00\x06" + bytes(12))  # a whole .sav: the end marker at once
    sess = Session()
    for _ in range(2):
        paths, stats = download_files(sess, [url], server.prefix, tmp_path, timeout=30.0,
                                      progress_bar_disable=True)
        assert paths == [dest] and stats.skipped_files == 1
    assert heads == [HEAD_TIMEOUT_S]
    assert server.requests == []  # no GET: the file was kept
