"""Every picker under every theme: readable text, dark controls on dark themes, a screenshot each."""

from __future__ import annotations

import pytest

from aurora_widgets.widgets import DatasetPicker, DatePicker, SitePicker

from .harness import THEME_NAMES, THEMES, contrast_ratio
from .stubs import StubClient


def _dataset_picker():
    return DatasetPicker(client=StubClient(), name="REGO_RAW")


def _site_picker():
    return SitePicker("themis_asi", client=StubClient(), value="gill")


def _date_picker():
    return DatePicker(
        "2021-11-04", with_time=True, available=[["2021-03-08", "2021-11-10"], ["2021-11-20", None]]
    )


# widget factory, and the text elements whose contrast must be >= 4.5 (body text)
CASES = {
    "dataset_picker": (
        _dataset_picker,
        [
            ".aurora-picker-title",
            "tr.aurora-dp-row td.aurora-dp-name",
            'tr.aurora-dp-row[aria-selected="true"] td.aurora-dp-desc',
            "th .aurora-sort",
            "a.aurora-link",
            ".aurora-dp-search",
            ".aurora-chip[aria-pressed='true']",
            ".aurora-dp-selected",
        ],
    ),
    "site_picker": (
        _site_picker,
        [
            ".aurora-picker-title",
            'button.aurora-sp-site[aria-pressed="true"] .aurora-sp-name',
            "button.aurora-sp-site .aurora-sp-name",
            ".aurora-sp-array",
            ".aurora-sp-info",
        ],
    ),
    "date_picker": (
        _date_picker,
        [
            ".aurora-dtp-date",
            ".aurora-dtp-month",
            ".aurora-dtp-day.is-covered",
            ".aurora-dtp-day:not(.is-covered):not(:disabled)",
            '.aurora-dtp-day[aria-current="date"]',
            ".aurora-dtp-intervals li",
        ],
    ),
}


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.parametrize("kind", list(CASES))
def test_picker_is_readable_in_every_theme(render, kind, theme):
    make, selectors = CASES[kind]
    r = render(make(), theme=theme).sync()
    ratios = {}
    for selector in selectors:
        locator = r.root.locator(selector)
        assert locator.count() > 0, f"{selector} not rendered"
        ratios[selector] = contrast_ratio(r.page, locator)
    low = {s: round(v, 2) for s, v in ratios.items() if v < 4.5}
    assert not low, f"text below 4.5:1 contrast in {theme}: {low}"
    # secondary (muted) text stays legible too
    muted = r.root.locator(".aurora-field-label, .aurora-muted, .aurora-dtp-weekday")
    if muted.count():
        assert contrast_ratio(r.page, muted) >= 3.0
    scheme = r.root.locator(".aurora-picker").evaluate("el => getComputedStyle(el).colorScheme")
    assert scheme == ("dark" if THEMES[theme].dark else "light")
    assert r.page_errors() == []
    path = r.screenshot(f"{kind}-{theme}")
    assert path.exists() and path.stat().st_size > 1000


@pytest.mark.parametrize("theme", ["jupyterlab-dark", "vscode-dark"])
def test_error_text_is_readable(render, theme):
    picker = DatasetPicker(client=StubClient(fail_times=1))
    r = render(picker, theme=theme).sync()
    assert picker.status == "error"
    assert contrast_ratio(r.page, r.root.locator(".aurora-status-text")) >= 4.5
    r.screenshot(f"dataset_picker-error-{theme}")


def test_theme_switch_repaints_without_rerender(render):
    r = render(_site_picker(), theme="jupyterlab-light").sync()
    light = r.root.locator(".aurora-picker").evaluate("el => getComputedStyle(el).backgroundColor")
    r.page.evaluate(
        """() => {
        const s = document.documentElement.style;
        s.setProperty('--jp-layout-color0', '#111111');
        s.setProperty('--jp-ui-font-color1', 'rgba(255,255,255,1)');
        document.body.dataset.jpThemeLight = 'false';
    }"""
    )
    dark = r.root.locator(".aurora-picker").evaluate("el => getComputedStyle(el).backgroundColor")
    assert light != dark == "rgb(17, 17, 17)"
    assert contrast_ratio(r.page, r.root.locator(".aurora-sp-info")) >= 4.5
