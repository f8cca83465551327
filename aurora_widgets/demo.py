"""The one-command demo: build the sample archive, serve it on loopback, start JupyterLab.

``make demo`` runs ``python -m aurora_widgets.demo``. It builds the local archive (skipped when it
is up to date), starts the archive server on 127.0.0.1, and starts JupyterLab on ``notebooks/``
with ``AURORA_WIDGETS_API_URL`` pointing at the server and ``AURORA_WIDGETS_DATA_DIR`` at a
cache inside the archive folder, so nothing touches the network or your real
``~/pyaurorax_data``. Ctrl-C stops both servers. Running it again reuses the archive; a busy port
is replaced by a free one (and said so) rather than failing.

Example:
    $ python -m aurora_widgets.demo --archive .archive --archive-port 8765 --lab-port 8888

"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import requests

REPO = Path(__file__).resolve().parents[1]


def without_yarn_noise(lines: Iterable[str]) -> Iterable[str]:
    """Drop JupyterLab's "Fail to get yarn configuration" block (a page of minified JS and a Node error).

    JupyterLab asks Node's yarn for a registry at start-up for its extension manager; with some Node
    versions that fails loudly and harmlessly. Everything else passes through unchanged.

    Example:
        >>> list(without_yarn_noise(["a", "Fail to get yarn configuration. x", "(()=>{...",
        ...                          "Node.js v20.20.2", "b"]))
        ['a', 'b']

    """
    skipping = False
    for line in lines:
        if line.startswith("Fail to get yarn configuration"):
            skipping = True
        elif skipping and line.startswith("Node.js v"):
            skipping = False
        elif not skipping:
            yield line


def _relay(source: TextIO, target: TextIO) -> None:
    for line in without_yarn_noise(source):
        target.write(line)
        target.flush()


def free_port(preferred: int) -> int:
    """Return ``preferred`` if nothing listens there on 127.0.0.1, else a free port chosen by the OS.

    Example:
        >>> 0 < free_port(8765) < 65536
        True

    """
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise RuntimeError("no free TCP port on 127.0.0.1")


def wait_for(url: str, timeout_s: float, process: subprocess.Popen) -> None:
    """Poll ``url`` until it answers (any status below 500) or ``process`` dies or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[2] if len(process.args) > 2 else process.args} exited early")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=2).status_code < 500:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout_s:.0f} s")


def main(argv: list[str] | None = None) -> int:
    """Run the demo until Ctrl-C; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m aurora_widgets.demo", description=__doc__.split("\n")[0])
    parser.add_argument("--archive", type=Path, default=REPO / ".archive", help="archive folder (built if needed)")
    parser.add_argument("--archive-port", type=int, default=8765)
    parser.add_argument("--lab-port", type=int, default=8888)
    parser.add_argument("--notebooks", type=Path, default=REPO / "notebooks")
    parser.add_argument("--no-lab", action="store_true", help="only build and serve the archive")
    args = parser.parse_args(argv)

    from .archive.build import build_archive

    archive = args.archive.resolve()
    print(f"sample archive: {archive}", flush=True)
    build_archive(archive)

    archive_port = free_port(args.archive_port)
    if archive_port != args.archive_port:
        print(f"port {args.archive_port} is busy; serving the archive on {archive_port}", flush=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "aurora_widgets.archive", "serve", "--root", str(archive), "--port", str(archive_port)],
    )
    processes = [server]
    api_url = f"http://127.0.0.1:{archive_port}"
    try:
        wait_for(f"{api_url}/api/v1/data_distribution/datasets", 60, server)
        print(f"archive server: {api_url}", flush=True)
        if args.no_lab:
            server.wait()
            return 0
        env = dict(os.environ)
        env["AURORA_WIDGETS_API_URL"] = api_url
        env["AURORA_WIDGETS_DATA_DIR"] = str(archive / "cache")
        lab_port = free_port(args.lab_port)
        lab = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.port={lab_port}", "--ServerApp.ip=127.0.0.1",
             "--ServerApp.port_retries=0", "--no-browser", f"--ServerApp.root_dir={args.notebooks.resolve()}",
             *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
        )
        threading.Thread(target=_relay, args=(lab.stderr, sys.stderr), daemon=True).start()
        processes.append(lab)
        print(f"JupyterLab is starting on http://127.0.0.1:{lab_port}/lab (the URL with its token follows)",
              flush=True)
        print("Press Ctrl-C to stop both servers.", flush=True)
        while all(p.poll() is None for p in processes):
            time.sleep(0.5)
        return 1
    except KeyboardInterrupt:
        print("\nstopping...", flush=True)
        return 0
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    raise SystemExit(main())
