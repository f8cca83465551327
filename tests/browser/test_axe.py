"""axe-core (npm devDependency, injected into the page) finds no accessibility violation.

Every widget, in JupyterLab light and dark, before and after a selection: the map canvases carry
labels before a site is chosen, text has enough contrast, and roles are used as ARIA means them.
The harness page is the widget alone, so the page-level rules (a <main>, a page title, landmark
regions) that belong to the host (JupyterLab, Voila, marimo) are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aurora_widgets.data import Client
from aurora_widgets.widgets import CalibrationBrowser, DatasetPicker, DatePicker, SitePicker, SkymapBrowser

from .harness import THEMES
from .stubs import StubClient

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
HOST_RULES = ["region", "landmark-one-main", "page-has-heading-one", "document-title", "html-has-lang"]
THEMES_CHECKED = [name for name in THEMES if name.startswith("jupyterlab-")]  # light and dark


def axe_violations(rendered) -> list[dict]:
    """Run axe-core on the widget root; return the violations (rule id, impact, nodes' targets)."""
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing at {AXE}: run npm ci (it is a devDependency in package.json)")
    rendered.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = rendered.page.evaluate(
        """async (disabled) => {
          const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
          const r = await axe.run(document.querySelector('#aurora-host'), { rules, resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => [n.target.join(' '), n.failureSummary]) }));
        }""",
        HOST_RULES,
    )
    return list(result)


def _check(rendered) -> None:
    violations = axe_violations(rendered)
    assert violations == [], json.dumps(violations, indent=1)


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


@pytest.mark.parametrize("theme", THEMES_CHECKED)
def test_dataset_picker(render, theme):
    r = render(DatasetPicker(client=StubClient(), name="REGO_RAW"), theme=theme).sync()
    _check(r)


@pytest.mark.parametrize("theme", THEMES_CHECKED)
def test_site_picker_before_and_after_a_site(render, theme, client):
    picker = SitePicker("themis_asi", client=client)
    r = render(picker, theme=theme).sync()
    _check(r)  # no site yet: the map is labelled all the same
    picker.selected = "gill"
    r.sync()
    _check(r)


@pytest.mark.parametrize("theme", THEMES_CHECKED)
def test_date_picker_with_calendar(render, theme):
    picker = DatePicker("2021-11-04", min_date="2010-01-01", with_time=True, available=[["2021-03-08", None]],
                        data_days=["2021-11-03", "2021-11-04"], data_label="THEMIS_ASI_RAW files of gill")
    r = render(picker, theme=theme).sync()
    _check(r)
    r.root.get_by_label("Date (UT)").focus()
    r.page.keyboard.type("110421")
    r.page.keyboard.press("Enter")  # the refusal message is part of the page now
    r.sync()
    _check(r)


@pytest.mark.parametrize("theme", THEMES_CHECKED)
def test_skymap_browser_before_and_after_a_site(render, theme, client):
    sky = SkymapBrowser(dataset="THEMIS_ASI_SKYMAP_IDLSAV", date="2021-11-04T06:00", client=client)
    r = render(sky, theme=theme, height=1400).sync()
    _check(r)  # no site chosen: empty panels and map canvases still have names
    sky.site_uid = "gill"
    r.sync()
    r.page.wait_for_function("() => Number(document.querySelector('.aurora-sb')?.dataset.paintCount || 0) > 0")
    _check(r)


@pytest.mark.parametrize("theme", THEMES_CHECKED)
def test_calibration_browser(render, theme, client):
    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client)
    r = render(cb, theme=theme, width=980, height=1400).sync()
    assert cb.status == "ready", cb.message
    _check(r)


@pytest.mark.parametrize("theme", THEMES_CHECKED)
def test_explorer_empty_and_after_a_site(browser, theme, client):
    from aurora_widgets.widgets import Explorer

    from .test_explorer import ExplorerPage  # the Explorer with its children live in the page

    context = browser.new_context(viewport={"width": 1080, "height": 1500})
    try:
        ep = ExplorerPage(context.new_page(), Explorer(client=client), theme)
        ep.sync()
        _check(ep.r)  # nothing chosen: two empty maps, labelled
        ep.explorer.site_picker.selected = "gill"
        ep.sync()
        _check(ep.r)
    finally:
        context.close()
