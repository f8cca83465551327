"""End-to-end fixtures: a real JupyterLab / Notebook 7 server on 127.0.0.1 driven by Chromium.

The server runs with the sample archive's API URL in its environment, so notebooks opened in it
talk to the loopback archive server. Kernels are shut down over REST after each test (never via a
modal command, which can hang ``page.evaluate``).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys

import pytest
import requests
from _servers import stop, wait_until_answering


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def e2e_browser(chromium):
    """The session's chromium (see tests/conftest.py)."""
    return chromium


@pytest.fixture(scope="session")
def jupyter_server(tmp_path_factory, api_url):
    """Start ``jupyter lab`` (which also serves Notebook 7 at /notebooks) on a free port."""
    root = tmp_path_factory.mktemp("e2e-notebooks")
    settings = tmp_path_factory.mktemp("e2e-settings")
    notification = settings / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True)
    (notification / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    port = _free_port()
    config = tmp_path_factory.mktemp("e2e-config") / "jupyter_test_config.py"
    config.write_text(
        "\n".join(
            [
                "c.ServerApp.ip = '127.0.0.1'",
                f"c.ServerApp.port = {port}",
                "c.ServerApp.port_retries = 0",
                "c.ServerApp.open_browser = False",
                "c.ServerApp.allow_root = True",
                f"c.ServerApp.root_dir = {str(root)!r}",
                "c.IdentityProvider.token = ''",
                "c.ServerApp.password = ''",
                "c.ServerApp.disable_check_xsrf = True",
                "c.LabApp.expose_app_in_browser = True",
                "c.JupyterNotebookApp.expose_app_in_browser = True",
                f"c.LabApp.workspaces_dir = {str(tmp_path_factory.mktemp('ws'))!r}",
                f"c.LabServerApp.user_settings_dir = {str(settings)!r}",
                f"c.JupyterNotebookApp.user_settings_dir = {str(settings)!r}",
            ]
        )
    )
    env = dict(os.environ)
    env["AURORA_WIDGETS_API_URL"] = api_url
    env["AURORA_WIDGETS_DATA_DIR"] = str(tmp_path_factory.mktemp("e2e-cache"))
    env["JUPYTER_CONFIG_DIR"] = str(tmp_path_factory.mktemp("jcfg"))
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path_factory.mktemp("jrt"))
    log = open(root.parent / f"jupyter-{port}.log", "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", f"--config={config}"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_answering(proc, f"{base}/api/status", log, "jupyter lab")

    class Server:
        url = base
        notebooks = root

        def add_notebook(self, name: str, cells: list[str]) -> str:
            import nbformat

            nb = nbformat.v4.new_notebook()
            nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
            nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
            nbformat.write(nb, root / name)
            return name

        def shutdown_kernels(self) -> None:
            for session in requests.get(f"{base}/api/sessions", timeout=5).json():
                requests.delete(f"{base}/api/sessions/{session['id']}", timeout=10)

    yield Server()
    stop(proc, log)
    shutil.rmtree(root, ignore_errors=True)
