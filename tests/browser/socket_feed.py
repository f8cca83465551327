"""Deliver a rendered widget's Python->page messages over a real WebSocket, as a kernel does.

The harness (``harness.py``) queues every message the widget sends and hands them to the page
with ``page.evaluate`` when a test calls ``push()``/``sync()``: right for tests, which want the
page settled at known points, but each delivery is a CDP round trip with base64 buffers, several
milliseconds a message. A notebook's browser instead receives each message as one binary
websocket frame the moment the kernel sends it. :func:`feed_over_socket` gives a
:class:`~harness.Rendered` that path: a loopback WebSocket server (:class:`SocketFeed`), one
binary frame a message, written from whatever thread the widget sent it on, applied by the page
as its own task (``window.__aurora.connect`` in
``harness_page.js``). Page->Python calls are unchanged (Playwright's exposed functions).

Frame layout (little-endian): ``uint32 n`` buffers, ``uint32`` JSON length, ``n`` ``uint32``
buffer lengths, the JSON message, the buffers.

Usage (the selection-to-pixels benchmark)::

    browser = harness.launch_browser(pw, extra_args=LOOPBACK_ARGS)
    r = harness.render_widget(browser, widget)
    r.sync()
    feed = feed_over_socket(r)      # from here on messages go straight to the page
    widget.date = "2022-06-01"      # ... the page applies them as they come
    feed.drain()                    # every message sent so far has been applied
    feed.close()
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import queue
import socket
import struct
import threading
import time
from typing import Any

#: Chromium flags the page needs to open a socket to 127.0.0.1: the harness page's origin is not a
#: loopback one, and Local Network Access blocks such a connection (there is no permission to grant
#: for it in an automated context). Pass to ``harness.launch_browser(pw, extra_args=LOOPBACK_ARGS)``.
LOOPBACK_ARGS = ("--disable-features=LocalNetworkAccessChecks",)


def encode_frame(msg: dict[str, Any], buffers: list[Any]) -> bytes:
    """One message and its buffers as one binary frame (see the module docstring).

    >>> frame = encode_frame({"method": "update", "state": {"a": 1}, "buffer_paths": [["b"]]}, [b"xy"])
    >>> struct.unpack_from("<III", frame)[:3] == (1, len(frame) - 14, 2)
    True
    """
    if msg.get("method") == "update":
        body = {"method": "update", "state": msg.get("state", {}), "buffer_paths": msg.get("buffer_paths", [])}
    else:
        body = {"method": msg.get("method"), "content": msg.get("content")}
    text = json.dumps(body, separators=(",", ":")).encode()
    raw = [bytes(b) for b in buffers]
    head = struct.pack(f"<II{len(raw)}I", len(raw), len(text), *(len(b) for b in raw))
    return b"".join([head, text, *raw])


class _SocketQueue(queue.Queue):  # type: ignore[type-arg]
    """Stands in for ``Rendered._queue``: what the widget sends goes to the socket, not the queue."""

    def __init__(self, feed: SocketFeed) -> None:
        super().__init__()
        self._feed = feed

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        msg, buffers = item
        if msg.get("method") in ("update", "custom"):
            self._feed.send(msg, buffers)


class SocketFeed:
    """A loopback WebSocket server for one page; made by :func:`feed_over_socket`.

    A frame is written from the thread that sends it, under a lock (the socket's ``sendall``
    lets go of the GIL), as a kernel's ZeroMQ socket takes a message from the sending thread
    and leaves the network to its own I/O thread. No event loop in Python stands between a
    widget's send and the wire, so a busy Python thread cannot hold a message back. The server
    side of RFC 6455 is all it needs: the opening handshake, then unmasked binary frames out; what
    the page sends (nothing but a close) is not read.
    """

    _GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._conn: socket.socket | None = None
        self._lock = threading.Lock()
        self._connected = threading.Event()
        #: Messages handed to the socket so far.
        self.sent = 0
        self._thread = threading.Thread(target=self._accept, name="aurora-socket-feed", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return  # closed before a page connected
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                conn.close()
                return
            request += chunk
        headers = dict(
            line.split(": ", 1) for line in request.decode("latin-1").split("\r\n")[1:] if ": " in line
        )
        key = {k.lower(): v for k, v in headers.items()}.get("sec-websocket-key", "")
        accept = base64.b64encode(hashlib.sha1((key + self._GUID).encode()).digest()).decode()
        conn.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
        )
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._conn = conn
        self._connected.set()

    @property
    def url(self) -> str:
        """Where the page connects."""
        return f"ws://127.0.0.1:{self.port}/feed"

    def send(self, msg: dict[str, Any], buffers: list[Any]) -> None:
        """Send one message now, from any thread (frames go out in the order of the calls)."""
        payload = encode_frame(msg, buffers)
        n = len(payload)
        if n < 126:
            head = struct.pack("!BB", 0x82, n)
        elif n < 1 << 16:
            head = struct.pack("!BBH", 0x82, 126, n)
        else:
            head = struct.pack("!BBQ", 0x82, 127, n)
        with self._lock:
            if self._conn is None:
                raise RuntimeError("socket feed: no page is connected")
            self.sent += 1
            self._conn.sendall(head + payload)

    def close(self) -> None:
        """Close the connection and the listening socket."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.sendall(b"\x88\x00")  # close frame
                self._conn.close()
                self._conn = None
        self._listener.close()
        self._thread.join(10)


class Feed:
    """A rendered widget fed over a socket: :meth:`drain` to settle, :meth:`close` when done."""

    def __init__(self, rendered: Any, server: SocketFeed) -> None:
        self.rendered = rendered
        self.server = server

    def applied(self) -> int:
        """Messages the page has applied so far."""
        return int(self.rendered.page.evaluate("() => window.__aurora.socketApplied || 0"))

    def drain(self, timeout: float = 30.0) -> None:
        """Wait until the page has applied every message sent so far."""
        deadline = time.monotonic() + timeout
        while self.applied() < self.server.sent:
            if time.monotonic() > deadline:
                raise TimeoutError(f"socket feed: {self.server.sent - self.applied()} messages not applied")
            time.sleep(0.002)

    def close(self) -> None:
        """Go back to the harness's queue and stop the server."""
        self.rendered._queue = queue.Queue()
        self.server.close()


def feed_over_socket(rendered: Any) -> Feed:
    """Switch ``rendered`` (a settled :class:`~harness.Rendered`) to the WebSocket path."""
    rendered.push()  # whatever is queued goes first, the old way
    server = SocketFeed()
    rendered.page.evaluate("(url) => window.__aurora.connect(url)", server.url)
    if not server._connected.wait(10):
        server.close()
        raise RuntimeError("socket feed: the page did not connect within 10 s")
    rendered._queue = _SocketQueue(server)
    return Feed(rendered, server)
