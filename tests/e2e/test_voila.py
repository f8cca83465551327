"""The teaching page (notebooks/teaching_page.ipynb) served by Voila, driven by clicks in Chromium.

Voila shows only the outputs: the page's own ``ipywidgets.Label`` says what Python holds, so the
test clicks a site and a skymap and checks the pixels and that readout. Screenshots go to
``tests/artifacts/screenshots/e2e-voila*.png``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from _servers import PAINTED_CANVASES, page_errors, screenshot_on_failure, stop, wait_until_answering

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "notebooks" / "teaching_page.ipynb"
EXPLORER_PAGE = REPO / "notebooks" / "explorer_page.ipynb"

READOUT = (
    "() => { const l = [...document.querySelectorAll('.widget-label')]"
    ".find(e => e.textContent.startsWith('PY ')); return l ? l.textContent : ''; }"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def voila_page(api_url, tmp_path_factory):
    """Voila serving the teaching page on a free loopback port, talking to the sample archive."""
    yield from _serve(PAGE, api_url, tmp_path_factory)


@pytest.fixture(scope="module")
def voila_explorer_page(api_url, tmp_path_factory):
    """Voila serving the Explorer page (notebooks/explorer_page.ipynb)."""
    yield from _serve(EXPLORER_PAGE, api_url, tmp_path_factory)


def _serve(notebook: Path, api_url: str, tmp_path_factory):
    pytest.importorskip("voila", reason="voila is not installed (it is in the test extra)")
    port = _free_port()
    env = dict(os.environ)
    env["AURORA_WIDGETS_API_URL"] = api_url
    env["AURORA_WIDGETS_DATA_DIR"] = str(tmp_path_factory.mktemp("voila-cache"))
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["JUPYTER_CONFIG_DIR"] = str(tmp_path_factory.mktemp("voila-jcfg"))
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path_factory.mktemp("voila-jrt"))
    log_path = tmp_path_factory.mktemp("voila-log") / "voila.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen(
        [sys.executable, "-m", "voila", str(notebook), f"--port={port}", "--no-browser", "--Voila.ip=127.0.0.1"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO),
    )
    url = f"http://127.0.0.1:{port}/"
    wait_until_answering(proc, f"{url}api/status", log, "voila", ok=lambda r: r.status_code < 500)
    yield url
    stop(proc, log)


def _open_then_pick_gill_and_its_2022_skymap(page, url: str, python: str, view: int) -> None:
    """Open ``url``: Python's Label reads ``<python> site=- skymap=-``. Click site gill: the Label follows and the
    skymap view (the ``view``-th widget with a timeline; -1 the last) is painted. Click the 2022 skymap: the Label
    follows and its bar is checked."""
    page.goto(url, timeout=120_000)
    page.wait_for_function(f"() => ({READOUT})() === '{python} site=- skymap=-'", timeout=120_000)
    page.locator(".aurora-sp-site", has_text="gill").first.click(timeout=90_000)
    page.wait_for_function(f"() => ({READOUT})().startsWith('{python} site=gill skymap=themis_skymap_gill_2021')",
                           timeout=90_000)
    sky = page.locator(".aurora", has=page.locator(".aurora-sb-bar")).nth(view)
    page.wait_for_function(f"(el) => ({PAINTED_CANVASES})(el) >= 2", arg=sky.element_handle(), timeout=90_000)
    bar = page.locator(".aurora-sb-bar[data-filename='themis_skymap_gill_20220301-+_v02.sav']")
    bar.click()
    page.wait_for_function(f"() => ({READOUT})() === '{python} site=gill skymap=themis_skymap_gill_20220301-+_v02.sav'",
                           timeout=60_000)
    assert bar.get_attribute("aria-checked") == "true"


def test_voila_teaching_page_click_site_and_skymap(chromium, voila_page):
    page = chromium.new_page(viewport={"width": 1280, "height": 1600})
    errors = page_errors(page)
    with screenshot_on_failure(page, "voila") as shots:
        _open_then_pick_gill_and_its_2022_skymap(page, voila_page, "PY", view=0)
        assert page.get_by_role("heading", name="Where do the aurora cameras look?").is_visible()
        page.screenshot(path=str(shots / "e2e-voila-teaching-page.png"))
        assert errors == []


def test_voila_explorer_click_site_and_skymap(chromium, voila_explorer_page):
    """The Explorer in Voila: a site and a skymap by clicks; its pixels, and Python's values in a Label."""
    page = chromium.new_page(viewport={"width": 1280, "height": 1800})
    errors = page_errors(page)
    with screenshot_on_failure(page, "voila-explorer") as shots:
        _open_then_pick_gill_and_its_2022_skymap(page, voila_explorer_page, "PY explorer", view=-1)
        page.screenshot(path=str(shots / "e2e-voila-explorer.png"))
        assert errors == []
