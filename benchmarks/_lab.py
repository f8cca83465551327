"""Real JupyterLab for the browser benchmarks: a server on the archive server, notebooks, cells run from the page.

The benchmarks that measure the path a user has (the kernel's comm over Jupyter's websocket, not the
test harness's fake model) start one JupyterLab per run with :func:`start_lab`, write a notebook
with :func:`write_notebook`, open it in a Playwright page with :func:`open_notebook`, run its cells
with :func:`run_cell` and read what a cell printed with :func:`printed`. The kernel's data client
reads ``AURORA_WIDGETS_API_URL`` (the run's archive server) and ``AURORA_WIDGETS_DATA_DIR`` (a
cache folder of this server), so the kernel downloads from the sample archive like a user would
from the real one.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

from ._common import REPO, Context, Skip

#: True in the page once the notebook's kernel is connected and idle.
KERNEL_IDLE = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.status === 'idle';
}"""


@dataclasses.dataclass
class Lab:
    """A running JupyterLab server: its process, log file, address and notebook folder."""

    proc: subprocess.Popen[bytes]
    log: IO[str]
    url: str
    notebooks: Path

    @property
    def runtime_dir(self) -> Path:
        """Where the server writes its kernels' connection files (``kernel-<id>.json``)."""
        return self.notebooks.parent / "runtime"

    def close(self) -> None:
        """Stop the server (terminate, then kill after 20 s) and close its log."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except Exception:
            self.proc.kill()
        self.log.close()


def start_lab(ctx: Context) -> Lab:
    """Start JupyterLab on a free loopback port, its kernels' client on the run's archive server.

    Raises :class:`Skip` when the server exits or does not answer within 90 s.
    """
    import requests

    server = ctx.server()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    root = ctx.tmp / "lab"
    for sub in ("notebooks", "cache", "config", "runtime", "settings"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "AURORA_WIDGETS_API_URL": server.url, "AURORA_WIDGETS_DATA_DIR": str(root / "cache"),
           "JUPYTER_CONFIG_DIR": str(root / "config"), "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")]))}
    log = open(root / "jupyter.log", "w")  # noqa: SIM115 - closed with the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
         "--no-browser", "--allow-root", f"--ServerApp.root_dir={root / 'notebooks'}", "--IdentityProvider.token=",
         "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True", "--LabApp.expose_app_in_browser=True",
         f"--LabServerApp.user_settings_dir={root / 'settings'}"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.close()
            raise Skip(f"jupyter lab exited: {(root / 'jupyter.log').read_text()[-500:]}")
        try:
            if requests.get(f"{url}/api/status", timeout=2).ok:
                return Lab(proc, log, url, root / "notebooks")
        except requests.RequestException:
            pass
        time.sleep(0.5)
    proc.kill()
    log.close()
    raise Skip("jupyter lab did not answer within 90 s")


def write_notebook(lab: Lab, name: str, cells: list[str]) -> str:
    """Write a Python 3 notebook ``name`` of these code cells into the server's folder; returns ``name``."""
    nbformat: Any = importlib.import_module("nbformat")  # untyped
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(cell) for cell in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, lab.notebooks / name)
    return name


def open_notebook(browser: Any, lab: Lab, name: str, init_script: str = "") -> Any:
    """Open notebook ``name`` in a new page and wait until its kernel is idle; returns the page.

    ``init_script``: JavaScript the page runs before its own scripts (e.g. wrapping ``WebSocket``).
    """
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    try:
        if init_script:
            page.add_init_script(init_script)
        page.goto(f"{lab.url}/lab/tree/{name}?reset")
        page.wait_for_function("() => window.jupyterapp !== undefined", timeout=60_000)
        page.wait_for_function(KERNEL_IDLE, timeout=90_000)
    except Exception:
        page.close()
        raise
    return page


def run_cell(page: Any, index: int | None = None) -> None:
    """Run the active cell and select the next (``index`` None), or select cell ``index`` and run it."""
    if index is None:
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell-and-select-next'); }")
        return
    page.locator(".jp-Cell").nth(index).locator(".jp-InputPrompt").click()
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")


def printed(page: Any, marker: str, timeout_s: float = 60) -> str:
    """The text after ``marker`` in the last cell output that has it (waits up to ``timeout_s``)."""
    out = page.locator(".jp-OutputArea-output", has_text=marker).last
    out.wait_for(timeout=timeout_s * 1e3)
    text: str = out.inner_text()
    return text.split(marker, 1)[1]
