"""The demo's port probe, its closing banner and the Node module boundary of its environment."""

from __future__ import annotations

import errno
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from aurora_widgets import demo


def _time_wait_port() -> int:
    """A loopback port whose only trace is a connection in TIME-WAIT (the server closed first)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    conn, _ = listener.accept()
    conn.close()  # the server side closes first: its end of the connection goes to TIME-WAIT
    listener.close()
    client.recv(1)
    client.close()
    return int(port)


def test_a_port_in_time_wait_is_kept():
    port = _time_wait_port()
    plain = socket.socket()  # the old probe (no SO_REUSEADDR) saw such a port as busy
    try:
        with pytest.raises(OSError) as err:
            plain.bind(("127.0.0.1", port))
        assert err.value.errno == errno.EADDRINUSE
    finally:
        plain.close()
    assert demo.free_port(port) == port


def test_a_listening_port_moves_and_says_so(capsys):
    with socket.socket() as busy:
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        chosen = demo.port_for("JupyterLab", port)
    assert chosen != port and 0 < chosen < 65536
    out = capsys.readouterr().out
    assert f"port {port} is busy" in out and f"JupyterLab uses port {chosen}" in out


def test_a_free_port_is_kept_silently(capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert demo.port_for("the archive server", port) == port
    assert capsys.readouterr().out == ""


def test_the_url_is_the_last_line_and_stands_out():
    url = "http://127.0.0.1:8888/lab?token=abc"
    plain = demo.banner(url, "JupyterLab", color=False).splitlines()
    assert plain[-1] == url and "Open this URL" in plain[-2]
    colored = demo.banner(url, "JupyterLab", color=True).splitlines()
    assert colored[-1].startswith("\033[1") and url in colored[-1] and colored[-1].endswith("\033[0m")


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_commonjs_boundary_lets_node_run_commonjs_under_an_es_module_package(tmp_path: Path):
    (tmp_path / "package.json").write_text('{"type": "module"}')
    venv = tmp_path / ".venv"
    script = venv / "lib" / "tool.js"
    script.parent.mkdir(parents=True)
    script.write_text("const path = require('path'); console.log(path.basename('/a/b.js'));")
    before = subprocess.run(["node", str(script)], capture_output=True, text=True, check=False)
    assert before.returncode != 0 and "require is not defined in ES module scope" in before.stderr
    written = demo.commonjs_boundary(venv)
    assert written == venv / "package.json"
    after = subprocess.run(["node", str(script)], capture_output=True, text=True, check=False)
    assert after.returncode == 0 and after.stdout.strip() == "b.js"
    assert demo.commonjs_boundary(venv) is None  # once is enough
    (tmp_path / "package.json").write_text('{"name": "x"}')
    other = tmp_path / "other"
    other.mkdir()
    assert demo.commonjs_boundary(other) is None  # no ES-module package above: nothing written
