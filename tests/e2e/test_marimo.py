"""The widgets in marimo (``marimo run`` on notebooks/marimo_app.py), driven by clicks in Chromium.

marimo renders each anywidget in a shadow root and its model takes one event name per ``on``
call: the skymap view froze after its first draw and arrow keys did nothing there (issue 14).
The test clicks a site and a skymap, checks the pixels, the keyboard and what Python prints.
Screenshots go to ``tests/artifacts/screenshots/e2e-marimo*.png``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from _servers import PAINTED_CANVASES, page_errors, screenshot_on_failure, stop, wait_until_answering

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "notebooks" / "marimo_app.py"
EXPLORER_APP = REPO / "notebooks" / "marimo_explorer_app.py"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module", params=["light", "dark"])
def marimo_app(request, api_url, tmp_path_factory):
    """``marimo run`` on the app in marimo's light or dark theme, talking to the sample archive."""
    yield from _serve(APP, request.param, api_url, tmp_path_factory)


@pytest.fixture(scope="module")
def marimo_explorer_app(api_url, tmp_path_factory):
    """``marimo run`` on the Explorer app (dark theme), talking to the sample archive."""
    yield from _serve(EXPLORER_APP, "dark", api_url, tmp_path_factory)


def _serve(app: Path, theme: str, api_url: str, tmp_path_factory):
    marimo = shutil.which("marimo", path=str(Path(sys.executable).parent)) or shutil.which("marimo")
    if marimo is None:
        pytest.skip("marimo is not installed (pip install marimo; it is in the test extra)")
    port = _free_port()
    env = dict(os.environ)
    env["AURORA_WIDGETS_API_URL"] = api_url
    env["AURORA_WIDGETS_DATA_DIR"] = str(tmp_path_factory.mktemp("marimo-cache"))
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["MARIMO_SKIP_UPDATE_CHECK"] = "1"
    config = tmp_path_factory.mktemp("marimo-config")  # the theme comes from the user config
    (config / "marimo").mkdir()
    (config / "marimo" / "marimo.toml").write_text(f'[display]\ntheme = "{theme}"\n')
    env["XDG_CONFIG_HOME"] = str(config)
    log_path = tmp_path_factory.mktemp("marimo-log") / "marimo.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen(
        [marimo, "run", str(app), "--headless", "--host", "127.0.0.1", "--port", str(port), "--no-token",
         "--no-sandbox"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO),
    )
    url = f"http://127.0.0.1:{port}/"
    wait_until_answering(proc, url, log, "marimo run")
    yield url, theme
    stop(proc, log)


SHOWS = "(t) => [...document.querySelectorAll('*')].some(e => (e.innerText || '').includes(t))"


def _readout(page) -> str:
    return page.get_by_text("PY site=").first.inner_text()


def _pick_gill_and_its_2022_skymap(page, sites, sky, python_on_gill: str, python_on_2022: str):
    """Click site gill among ``sites``: the skymap timeline appears in ``sky`` (a marimo-anywidget), Python's readout
    shows ``python_on_gill`` and the view is painted; then click the 2022 skymap (the view froze here before) and
    wait for ``python_on_2022``. Return the 2022 skymap's bar."""
    sites.locator(".aurora-sp-site", has_text="gill").first.click(timeout=90_000)
    sky.locator(".aurora-sb-bar").first.wait_for(timeout=90_000)
    page.wait_for_function(SHOWS, arg=python_on_gill, timeout=90_000)
    host = sky.element_handle()
    page.wait_for_function(f"(h) => ({PAINTED_CANVASES})(h.shadowRoot || h) >= 2", arg=host, timeout=90_000)
    bar = sky.locator(".aurora-sb-bar[data-filename='themis_skymap_gill_20220301-+_v02.sav']")
    bar.click()
    page.wait_for_function(SHOWS, arg=python_on_2022, timeout=60_000)
    return bar


def _rgb(css: str) -> list[int]:
    return [int(float(v)) for v in re.findall(r"[\d.]+", css)[:3]]


def test_marimo_click_site_and_skymap(chromium, marimo_app):
    url, theme = marimo_app
    page = chromium.new_page(viewport={"width": 1280, "height": 1600})
    errors = page_errors(page)
    with screenshot_on_failure(page, f"marimo-{theme}") as shots:
        page.goto(url)
        sky = page.locator("marimo-anywidget").nth(1)
        page.get_by_text("PY site=- skymap=-").wait_for(timeout=90_000)
        # the skymap view is a separate widget here: it redraws on the site, and follows the 2022 skymap's click
        bar = _pick_gill_and_its_2022_skymap(page, page, sky, "PY site=gill skymap=themis_skymap_gill_2021",
                                             "skymap=themis_skymap_gill_20220301-+_v02.sav")
        assert bar.get_attribute("aria-checked") == "true" or "is-selected" in (bar.get_attribute("class") or "")
        # arrow keys on the timeline work inside marimo's shadow root (where document.activeElement
        # is the shadow host, not the bar)
        before = _readout(page)
        bar.focus()
        page.keyboard.press("ArrowUp")
        page.wait_for_function(
            "(b) => { const t = [...document.querySelectorAll('*')].map(e => e.innerText || '')"
            ".find(s => s.startsWith('PY site=')); return t && t !== b; }",
            arg=before, timeout=60_000,
        )
        assert "skymap=themis_skymap_gill_20220301" not in _readout(page)
        # marimo's colour tokens: light text on a dark widget in the dark theme (a white block before)
        assert page.evaluate("() => document.body.dataset.theme") == theme
        fg, bg = (_rgb(c) for c in sky.locator(".aurora").first.evaluate(
            "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]"))
        assert (sum(bg) < sum(fg)) == (theme == "dark"), (fg, bg)
        page.screenshot(path=str(shots / f"e2e-marimo-{theme}.png"))
        assert errors == []


def test_marimo_explorer_click_site_and_skymap(chromium, marimo_explorer_app):
    """The Explorer (children drawn through marimo's widget manager): a site, then a skymap, by clicks."""
    url, _theme = marimo_explorer_app
    page = chromium.new_page(viewport={"width": 1280, "height": 1800})
    errors = page_errors(page)
    with screenshot_on_failure(page, "marimo-explorer") as shots:
        page.goto(url)
        page.get_by_text("PY explorer site=- skymap=-").wait_for(timeout=90_000)
        ex = page.locator("marimo-anywidget").first
        bar = _pick_gill_and_its_2022_skymap(page, ex, ex, "PY explorer site=gill skymap=themis_skymap_gill_2021",
                                             "PY explorer site=gill skymap=themis_skymap_gill_20220301-+_v02.sav")
        assert bar.get_attribute("aria-checked") == "true" or "is-selected" in (bar.get_attribute("class") or "")
        page.screenshot(path=str(shots / "e2e-marimo-explorer.png"))
        assert errors == []
