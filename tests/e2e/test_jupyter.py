"""The widgets in real JupyterLab and Notebook 7, driven by clicks in headless Chromium.

Each test writes a notebook, opens it, runs it, clicks in the rendered widget, then runs a cell
that prints the Python side, and checks both the pixels and what Python says. Screenshots go to
``tests/artifacts/screenshots/e2e-*.png``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _servers import PAINTED_CANVASES, screenshot_on_failure

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

VSCODE_OVERRIDES = """%%html
<style>
.cell-output-ipywidget-background { background-color: transparent !important; }
:root { --jp-widgets-color: var(--vscode-editor-foreground);
        --jp-widgets-font-size: var(--vscode-editor-font-size); }
</style>"""

SKYMAP_CELLS = [
    VSCODE_OVERRIDES,
    "from aurora_widgets import SkymapBrowser\n"
    "b = SkymapBrowser(dataset='THEMIS_ASI_SKYMAP_IDLSAV', site_uid='gill', date='2021-11-04')\nb",
    "b.wait(); print('PY', b.skymap.site_uid, b.selected)",
]


def _open(page, server, path: str, app: str, theme: str | None = None) -> None:
    url = f"{server.url}/lab/tree/{path}?reset" if app == "lab" else f"{server.url}/notebooks/{path}"
    page.goto(url)
    page.wait_for_function("() => window.jupyterapp !== undefined", timeout=60_000)
    page.evaluate("() => window.jupyterapp.restored")
    if theme:
        command = f"apputils:change-theme', {{theme: '{theme}'}}"
        page.evaluate(f"() => window.jupyterapp.commands.execute('{command})")
        page.wait_for_function(
            f"() => document.body.dataset.jpThemeName === '{theme}'", timeout=30_000
        )
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)


KERNEL_IDLE = """() => {
  const widget = window.jupyterapp.shell.currentWidget;
  const kernel = widget && widget.sessionContext && widget.sessionContext.session
    && widget.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle';
}"""


def _run_all(page) -> None:
    """Run every cell once the kernel is idle (commands issued earlier can be dropped)."""
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)
    for _ in range(3):
        # do not await the command's promise: it resolves only when every cell has run
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        try:
            page.wait_for_function(
                "() => [...document.querySelectorAll('.jp-InputArea-prompt')]"
                ".some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))",
                timeout=15_000,
            )
            return
        except Exception:
            continue
    raise AssertionError("the notebook's cells never started running")


def _run_first_cell_in_lab(page, server, name: str) -> None:
    """Open notebook ``name`` in JupyterLab Light and run its first cell once the kernel is idle."""
    _open(page, server, name, "lab", "JupyterLab Light")
    page.wait_for_function(KERNEL_IDLE, timeout=90_000)
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell-and-select-next'); }")


def _first_visible_widget(page):
    """Return the first visible widget's root (``.aurora``) once it is drawn."""
    root = page.locator(".aurora:visible").first
    root.wait_for(timeout=90_000)
    return root


def _last_output_text(page, marker: str, timeout: float = 60_000) -> str:
    """The text of the last output that starts with ``marker``, exactly (case and all).

    A plain ``has_text`` string matches case-insensitively anywhere in an output, so a widget's own
    text ("... the bright band", "copy ...") could be taken for a printed "BRIGHT " or "PY " line.
    """
    locator = page.locator(".jp-OutputArea-output", has_text=re.compile("^" + re.escape(marker))).last
    locator.wait_for(timeout=timeout)
    return locator.inner_text()


def _rerun_last_cell(page) -> None:
    page.locator(".jp-Cell").last.click()
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")


def _saved_copy(nb: dict, cell: int) -> str:
    """The HTML of the saved-notebook copy of the view among a cell's outputs ("" when none)."""
    htmls = ["".join(o.get("data", {}).get("text/html", "")) for o in nb["cells"][cell].get("outputs", [])]
    return "".join(h for h in htmls if "aurora-last-view" in h)


def _save_and_wait_for(page, path: Path, condition, timeout: float = 30.0) -> dict:
    """Save the open notebook with JupyterLab's own command; return the file once ``condition`` holds."""
    import json
    import time

    deadline = time.monotonic() + timeout
    while True:
        page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
        page.wait_for_timeout(1000)
        nb = json.loads(path.read_text())
        if condition(nb) or time.monotonic() > deadline:
            assert condition(nb), "the saved notebook does not show the last view"
            return nb


@pytest.mark.parametrize(
    ("app", "theme"),
    [("lab", "JupyterLab Light"), ("lab", "JupyterLab Dark"), ("notebook", "JupyterLab Light")],
    ids=["lab-light", "lab-dark", "notebook7"],
)
def test_skymap_browser_in_jupyter(e2e_browser, jupyter_server, app, theme):
    name = jupyter_server.add_notebook(f"skymap_{app}_{theme.split()[-1].lower()}.ipynb", SKYMAP_CELLS)
    page = e2e_browser.new_page(viewport={"width": 1280, "height": 1400})
    variant = f"{app}-{theme.split()[-1].lower()}"
    with screenshot_on_failure(page, f"skymap-{variant}", then=jupyter_server.shutdown_kernels) as shots:
        _open(page, jupyter_server, name, app, theme)
        _run_all(page)
        root = _first_visible_widget(page)
        visible_root = "[...document.querySelectorAll('.aurora')].find(e => e.offsetParent !== null)"
        page.wait_for_function(f"() => ({PAINTED_CANVASES})({visible_root}) >= 1", timeout=90_000)
        text = _last_output_text(page, "PY ")
        assert "PY gill themis_skymap_gill_20210308-+_v02.sav" in text
        # the best skymap is highlighted on the timeline; click the 2022 one instead
        bar = page.locator(".aurora-sb-bar[data-filename='themis_skymap_gill_20220301-+_v02.sav']")
        bar.click()
        page.wait_for_timeout(500)
        _rerun_last_cell(page)
        page.wait_for_function(
            "() => [...document.querySelectorAll('.jp-OutputArea-output')]"
            ".some(o => o.innerText.includes('PY gill themis_skymap_gill_20220301-+_v02.sav'))",
            timeout=60_000,
        )
        # the copy of the view kept for saved notebooks is hidden while the widget runs ...
        copy = page.locator(".aurora-last-view")
        assert copy.count() >= 1 and not copy.first.is_visible()
        # ... and the saved notebook holds the last choice, not the first, with the map as drawn
        _save_and_wait_for(page, jupyter_server.notebooks / name,
                           lambda nb: "themis_skymap_gill_20220301-+_v02.sav" in _saved_copy(nb, 1)
                           and "map: " in _saved_copy(nb, 1) and "20210308" not in _saved_copy(nb, 1))
        # the widget paints its own background: text is not dark-on-dark in the dark theme
        colors = root.evaluate(
            "(el) => { const s = getComputedStyle(el); return [s.color, s.backgroundColor]; }"
        )
        fg, bg = ([int(v) for v in re.findall(r"\d+", c)[:3]] for c in colors)
        if "Dark" in theme:
            assert sum(bg) < sum(fg), colors
        page.screenshot(path=str(shots / f"e2e-skymap_browser-{variant}.png"),
                        full_page=False)


def test_explorer_pick_by_clicking_in_jupyterlab(e2e_browser, jupyter_server):
    cells = [
        "from aurora_widgets import Explorer\nex = Explorer()\nex",
        "ex.wait(); print('PY', ex.site_uid, ex.skymap.site_uid if ex.skymap else None)\n"
        "display(ex.date_picker)  # a child on its own: it gets its own front-end back",
    ]
    name = jupyter_server.add_notebook("explorer_lab.ipynb", cells)
    page = e2e_browser.new_page(viewport={"width": 1280, "height": 1600})
    with screenshot_on_failure(page, "explorer", then=jupyter_server.shutdown_kernels) as shots:
        _run_first_cell_in_lab(page, jupyter_server, name)
        _first_visible_widget(page)
        picker = page.locator("[data-child='dataset_picker']")
        picker.get_by_text("REGO_SKYMAP_IDLSAV", exact=True).first.click(timeout=60_000)
        sites = page.locator("[data-child='site_picker']")
        sites.get_by_text("resu", exact=False).first.click(timeout=60_000)
        date_input = page.locator("[data-child='date_picker'] input[type=date]").first
        date_input.fill("2021-11-04")
        date_input.dispatch_event("change")
        page.wait_for_timeout(1000)
        _rerun_last_cell(page)
        page.wait_for_function(
            "() => [...document.querySelectorAll('.jp-OutputArea-output')]"
            ".some(o => o.innerText.includes('PY resu resu'))",
            timeout=90_000,
        )
        alone = page.locator(".jp-Cell").last.locator(".jp-OutputArea-output .aurora input[type=date]").first
        alone.wait_for(timeout=60_000)
        assert alone.input_value() == "2021-11-04"  # drawn and synced, not the stub's note
        assert "display the Explorer" not in page.locator(".jp-Cell").last.inner_text()
        page.screenshot(path=str(shots / "e2e-explorer-lab-light.png"))
