"""Layout at a JupyterLab notebook width of 850 px (file browser open) and at 1280 px.

Nothing wraps in the middle of a control group: a field (caption + control) stays on one row, a
slider's value and the frame's time stay on their slider's row, the four skymap panels make one
row or a 2x2 grid, dataset names do not break mid-word and placeholders show whole. Screenshots
of each widget at both widths go to ``tests/artifacts/screenshots/layout-*.png``.
"""

from __future__ import annotations

import pytest

from aurora_widgets.data import Client
from aurora_widgets.widgets import CalibrationBrowser, DatasetPicker, DatePicker, SitePicker, SkymapBrowser

from .harness import artifacts_dir
from .stubs import StubClient

WIDTHS = [850, 1280]

# Boxes that share no row: every field whose children do not overlap vertically, and every
# field whose value (the next sibling <output>, .aurora-value or .aurora-sb-time) sits elsewhere.
SPLIT_GROUPS = """(root) => {
  const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const sameRow = (a, b) => { const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
    return Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 2; };
  const name = (e) => (e.textContent || e.getAttribute('aria-label') || e.className).trim().slice(0, 40);
  const bad = [];
  for (const field of root.querySelectorAll('.aurora-field')) {
    if (!visible(field)) continue;
    const parts = [...field.children].filter(visible);
    for (const p of parts.slice(1)) if (!sameRow(parts[0], p)) bad.push(`inside "${name(field)}"`);
    const next = field.nextElementSibling;
    if (next && visible(next) && next.matches('output, .aurora-value, .aurora-sb-time') && !sameRow(field, next))
      bad.push(`"${name(field)}" and its value "${name(next)}"`);
  }
  return bad;
}"""

PANEL_ROWS = """(root) => {
  const tops = [...root.querySelectorAll('.aurora-sb-panel')].filter(p => p.getClientRects().length)
    .map(p => Math.round(p.getBoundingClientRect().top));
  const rows = {};
  for (const t of tops) rows[t] = (rows[t] || 0) + 1;
  return Object.keys(rows).sort((a, b) => a - b).map(k => rows[k]);
}"""

LINES = """(el) => { const r = document.createRange(); r.selectNodeContents(el);
  return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }"""

PLACEHOLDER_FITS = """(input) => { const s = getComputedStyle(input);
  const c = document.createElement('canvas').getContext('2d');
  c.font = s.font; const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  return [c.measureText(input.placeholder).width, room]; }"""


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def _widgets(client):
    return {
        "skymap_browser": SkymapBrowser(site_uid="gill", date="2021-11-04T06:00", client=client),
        "calibration_browser": CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00",
                                                  client=client),
        "site_picker": SitePicker("themis_asi", client=client, value="gill"),
        "dataset_picker": DatasetPicker(client=StubClient()),
        "date_picker": DatePicker("2021-11-04", with_time=True, available=[["2021-03-08", None]]),
    }


@pytest.mark.parametrize("width", WIDTHS)
def test_no_control_group_splits_across_rows(render, client, width):
    for name, widget in _widgets(client).items():
        r = render(widget, width=width, height=1600).sync()
        if name == "skymap_browser":
            r.page.wait_for_function("() => Number(document.querySelector('.aurora-sb')?.dataset.paintCount || 0) > 0")
            r.page.wait_for_function(
                "() => Number(document.querySelector('.aurora-sb')?.dataset.mapPaintCount || 0) > 0")
        r.screenshot(f"layout-{name}-{width}", full_page=True)
        assert r.root.evaluate(SPLIT_GROUPS) == [], name
        if name == "skymap_browser":
            assert r.root.evaluate(PANEL_ROWS) in ([4], [2, 2]), "four panels: one row or 2x2"
        if name == "dataset_picker":
            names = r.root.locator("td.aurora-dp-name")
            assert names.count() > 10
            assert [names.nth(i).evaluate(LINES) for i in range(names.count())] == [1] * names.count()
        for i in range(r.root.locator("input[placeholder]").count()):
            need, room = r.root.locator("input[placeholder]").nth(i).evaluate(PLACEHOLDER_FITS)
            assert need <= room, (name, need, room)
        assert r.page_errors() == []


def test_a_skymap_browser_without_a_site_shows_one_map_not_two(render, client):
    sky = SkymapBrowser(dataset="THEMIS_ASI_SKYMAP_IDLSAV", date="2021-11-04T06:00", client=client)
    r = render(sky, width=850, height=1400).sync()
    figures = r.root.locator(".aurora-sb-mapfig")
    assert figures.count() == 2  # A, and B for side-by-side comparisons
    # nothing chosen: no map at all (never a blank one, nor the map of an earlier selection)
    assert [figures.nth(i).is_visible() for i in range(2)] == [False, False]
    r.screenshot("layout-skymap_browser-empty-850", full_page=True)


# The contrast controls: each caption ("Contrast low %", "high %") with its own slider, and both
# groups on one row. Returns the problems found, and whether the controls were shown at all.
CONTRAST_GROUPS = """(root) => {
  const sameRow = (a, b) => { const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
    return Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 2; };
  const bad = [];
  const groups = ['Contrast low percentile', 'Contrast high percentile'].map((label) => {
    const slider = root.querySelector(`input[aria-label="${label}"]`);
    const field = slider && slider.closest('.aurora-field');
    const caption = field && field.querySelector('.aurora-field-label');
    if (!slider || !caption || !slider.getClientRects().length) { bad.push(`${label}: not shown`); return null; }
    if (!sameRow(caption, slider)) bad.push(`"${caption.textContent}" is not on its slider's row`);
    if (caption.getBoundingClientRect().right > slider.getBoundingClientRect().left + 1)
      bad.push(`"${caption.textContent}" is not just before its slider`);
    return field;
  });
  if (groups[0] && groups[1] && !sameRow(groups[0], groups[1])) bad.push('"low %" and "high %" on two rows');
  return bad;
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_contrast_low_and_high_stay_together(render, client, width):
    sky = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00", client=client)
    r = render(sky, width=width, height=1600).sync()
    r.page.wait_for_function("() => Number(document.querySelector('.aurora-sb')?.dataset.mapPaintCount || 0) > 0")
    assert sky.frames_status == "ready", sky.frames_message  # the contrast controls need frames
    assert r.root.evaluate(CONTRAST_GROUPS) == [], width
    r.root.locator('input[aria-label="Contrast high percentile"]').screenshot(
        path=str(artifacts_dir() / f"layout-contrast-{width}.png"))
    assert r.page_errors() == []
