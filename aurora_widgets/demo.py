"""The one-command demo: build the sample archive, serve it on loopback, start JupyterLab.

``make demo`` runs ``python -m aurora_widgets.demo``. It builds the local archive (skipped when it
is up to date), starts the archive server on 127.0.0.1, and starts JupyterLab on ``notebooks/``
with ``AURORA_WIDGETS_API_URL`` pointing at the server and ``AURORA_WIDGETS_DATA_DIR`` at a
cache inside the archive folder, so nothing touches the network or your real
``~/pyaurorax_data``. Ctrl-C stops both servers. Running it again reuses the archive. A port is
kept when it is free (sockets left in TIME-WAIT by the last run do not count as busy); a busy one
is replaced by a free one, and the demo says so. The URL to open is the last line printed.
``--app voila`` serves the teaching page (``notebooks/teaching_page.ipynb``) with Voila instead.

JupyterLab runs Node (yarn) at start-up and at page loads. Node treats a ``.js`` file as an ES
module when the nearest ``package.json`` above it says ``"type": "module"``, as this repository's
does; a virtual environment inside the repository (``.venv``) has none of its own, so yarn's
CommonJS ``yarn.js`` failed with "require is not defined in ES module scope". The demo gives such
an environment its own ``package.json`` (``"type": "commonjs"``), see :func:`commonjs_boundary`.

Example:
    $ python -m aurora_widgets.demo --archive .archive --archive-port 8765 --lab-port 8888
    $ python -m aurora_widgets.demo --app voila

"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

import requests

REPO = Path(__file__).resolve().parents[1]


def _relay(source: TextIO, target: TextIO) -> None:
    for line in source:
        target.write(line)
        target.flush()


def commonjs_boundary(prefix: Path) -> Path | None:
    """Give the environment at ``prefix`` its own ``package.json`` when an ES-module one is above it.

    Node reads the nearest ``package.json`` above a ``.js`` file to decide whether it is an ES
    module. A venv inside this repository sits under its ``"type": "module"``, so JupyterLab's
    CommonJS ``yarn.js`` (run at start-up and at page loads) failed. Writing
    ``{"type": "commonjs"}`` at the environment's root puts the boundary where it belongs.
    Returns the file written, or None when nothing was needed (no ES-module ``package.json``
    above, or one already at or below ``prefix``).

    Example:
        >>> import tempfile
        >>> top = Path(tempfile.mkdtemp())
        >>> _ = (top / "package.json").write_text('{"type": "module"}')
        >>> (top / "venv").mkdir()
        >>> commonjs_boundary(top / "venv").name, commonjs_boundary(top / "venv")
        ('package.json', None)

    """
    prefix = prefix.resolve()
    if (prefix / "package.json").exists():
        return None
    for folder in prefix.parents:
        manifest = folder / "package.json"
        if manifest.is_file():
            try:
                kind = json.loads(manifest.read_text(encoding="utf-8")).get("type")
            except (OSError, ValueError, AttributeError):
                return None
            if kind != "module":
                return None
            target = prefix / "package.json"
            try:
                note = ("written by aurora_widgets.demo: the JS files of this environment are CommonJS, "
                        "not the ES modules of the package.json above")
                target.write_text(json.dumps({"//": note, "type": "commonjs"}, indent=2) + "\n", encoding="utf-8")
            except OSError as err:  # a read-only environment: say what to do, do not stop the demo
                print(f"could not write {target} ({err}); JupyterLab may print Node's 'require is not defined' "
                      f"error: put a package.json with {{\"type\": \"commonjs\"}} there", flush=True)
                return None
            return target
    return None


def free_port(preferred: int) -> int:
    """Return ``preferred`` if nothing listens there on 127.0.0.1, else a free port chosen by the OS.

    The probe binds with ``SO_REUSEADDR``, as the servers do, so a port whose last connections are
    still in TIME-WAIT (a demo just stopped) counts as free: only a live listener makes it busy.

    Example:
        >>> 0 < free_port(8765) < 65536
        True

    """
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
                sock.listen(1)  # a bind alone can share a port with a listener on some systems
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise RuntimeError("no free TCP port on 127.0.0.1")


def port_for(name: str, preferred: int) -> int:
    """:func:`free_port` for the server ``name``, saying so when it must move off ``preferred``.

    Example:
        >>> 0 < port_for("the archive", 8765) < 65536
        True

    """
    port = free_port(preferred)
    if port != preferred:
        print(f"port {preferred} is busy (another program listens there); {name} uses port {port}", flush=True)
    return port


def banner(url: str, what: str, color: bool) -> str:
    """Return the closing lines of the demo: what runs, then the URL to open, last and set apart.

    Example:
        >>> print(banner("http://127.0.0.1:8888/lab?token=x", "JupyterLab", color=False))
        <BLANKLINE>
        ==== JupyterLab is ready. Ctrl-C stops both servers. Open this URL: ====
        http://127.0.0.1:8888/lab?token=x

    """
    head = f"==== {what} is ready. Ctrl-C stops both servers. Open this URL: ===="
    if color:
        return f"\n\033[1m{head}\033[0m\n\033[1;4;36m{url}\033[0m"
    return f"\n{head}\n{url}"


def wait_for(url: str, timeout_s: float, process: subprocess.Popen[Any]) -> None:
    """Poll ``url`` until it answers (any status below 500) or ``process`` dies or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited early (see its messages above)")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=2).status_code < 500:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout_s:.0f} s")


def _lab_command(args: argparse.Namespace, port: int, token: str) -> list[str]:
    root_flag = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    if args.app == "voila":
        page = (args.notebooks / "teaching_page.ipynb").resolve()
        return [sys.executable, "-m", "voila", str(page), f"--port={port}", "--no-browser",
                "--Voila.ip=127.0.0.1", "--Voila.log_level=WARN"]
    # WARN: JupyterLab's own start-up lines (and its token URLs) would come after ours
    return [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1",
            "--ServerApp.port_retries=0", "--no-browser", f"--ServerApp.root_dir={args.notebooks.resolve()}",
            f"--IdentityProvider.token={token}", "--ServerApp.log_level=WARN", *root_flag]


def main(argv: list[str] | None = None) -> int:
    """Run the demo until Ctrl-C; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m aurora_widgets.demo", description=__doc__.split("\n")[0])
    parser.add_argument("--archive", type=Path, default=REPO / ".archive", help="archive folder (built if needed)")
    parser.add_argument("--archive-port", type=int, default=8765)
    parser.add_argument("--lab-port", type=int, default=8888)
    parser.add_argument("--notebooks", type=Path, default=REPO / "notebooks")
    parser.add_argument("--app", choices=["lab", "voila"], default="lab",
                        help="lab: JupyterLab on notebooks/; voila: the teaching page as a web app")
    parser.add_argument("--no-lab", action="store_true", help="only build and serve the archive")
    args = parser.parse_args(argv)

    from .archive.build import build_archive

    written = commonjs_boundary(Path(sys.prefix))
    if written:
        print(f"wrote {written} so Node runs JupyterLab's yarn as CommonJS", flush=True)
    archive = args.archive.resolve()
    print(f"sample archive: {archive}", flush=True)
    build_archive(archive)

    archive_port = port_for("the archive server", args.archive_port)
    server = subprocess.Popen(
        [sys.executable, "-m", "aurora_widgets.archive", "serve", "--root", str(archive), "--port", str(archive_port)],
    )
    processes: list[subprocess.Popen[Any]] = [server]
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
        what = "Voila (the teaching page)" if args.app == "voila" else "JupyterLab"
        lab_port = port_for(what, args.lab_port)
        token = secrets.token_hex(16)
        lab = subprocess.Popen(_lab_command(args, lab_port, token), env=env, stderr=subprocess.PIPE, text=True,
                               errors="replace")
        threading.Thread(target=_relay, args=(lab.stderr, sys.stderr), daemon=True).start()
        processes.append(lab)
        print(f"{what} is starting on port {lab_port}...", flush=True)
        base = f"http://127.0.0.1:{lab_port}"
        if args.app == "voila":
            wait_for(f"{base}/api/status", 120, lab)  # "/" itself would run the page in a kernel
            url = f"{base}/"
        else:
            wait_for(f"{base}/api/status?token={token}", 120, lab)
            url = f"{base}/lab?token={token}"
        print(banner(url, what, color=sys.stdout.isatty()), flush=True)
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
