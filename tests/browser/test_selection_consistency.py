"""Never a picture of something else: random sequences of selections, then screen and Python agree.

Each example sets a few (dataset, site, date) selections on one SkymapBrowser (or sites on one
CalibrationBrowser), sometimes letting a load finish and sometimes not, then settles both sides and
checks that the title, the timeline bars, the panels, the map (and the calibration files) all
describe the last selection, in the page and in Python. A site without data shows no picture.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.browser

DATASETS = ["THEMIS_ASI_SKYMAP_IDLSAV", "REGO_SKYMAP_IDLSAV"]
SITES = ["gill", "gako", "kapu", "rank", "luck"]
DATES = ["2021-11-04T06:00", "2021-11-04T06:05", "2016-02-01"]
SETTINGS = settings(max_examples=15, derandomize=True, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

STEP = st.tuples(st.sampled_from(DATASETS), st.sampled_from(SITES), st.sampled_from(DATES), st.booleans())

SCREEN = """
root => {
  const bars = [...root.querySelectorAll('.aurora-sb-bar')].map(b => b.dataset.filename);
  const figures = [...root.querySelectorAll('.aurora-sb-panels:not(.aurora-sb-diff) figure')]
    .filter(f => !f.hidden).length;
  const map = root.querySelector('.aurora-sb-map, .aurora-sb-section-map') || null;
  return {
    title: root.querySelector('.aurora-sb-title').textContent,
    siteLine: root.querySelector('.aurora-sb-title').nextElementSibling.textContent,
    bars, figures,
    selection: root.dataset.selection || '',
    panelsFor: root.querySelector('.aurora-sb-panels-block').dataset.drawnFor || '',
    mapFor: root.__mapEl ? (root.__mapEl.dataset.drawnFor || '') : null,
    mapVisible: [...root.querySelectorAll('canvas.aurora-sb-mapcanvas')].some(c => c.offsetParent !== null),
  };
}
"""


def _select(rendered, widget, names, steps) -> None:
    """Set each step's traits (one notification), letting the load finish only where the step says so."""
    for *values, settle in steps:
        with widget.hold_trait_notifications():
            for name, value in zip(names, values, strict=True):
                setattr(widget, name, value)
        if settle:
            rendered.sync(timeout=60)
        else:
            rendered.push()
    rendered.sync(timeout=60)


def _random_sequences(rendered, widget, names, step, check) -> list[str]:
    """Run SETTINGS' random sequences (1 to 5) of ``step`` selections of ``widget``'s traits ``names``; after each,
    ``check(last_step)`` asserts screen and Python and returns the outcome it saw. Return the outcomes, once the
    page has raised no script error."""
    seen: list[str] = []

    @SETTINGS
    @given(st.lists(step, min_size=1, max_size=5))
    def run(steps: list[tuple[Any, ...]]) -> None:
        _select(rendered, widget, names, steps)
        seen.append(check(steps[-1]))

    run()
    assert rendered.page_errors() == []
    return seen


@pytest.fixture
def client(api_url, download_dir):
    from aurora_widgets.data import Client

    return Client(api_url=api_url, download_dir=download_dir)


@pytest.fixture
def skymaps(client):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    return SkymapBrowser(site_uid="gill", date="2021-11-04T06:00", client=client).wait()


def test_skymap_browser_shows_only_the_last_selection(render, skymaps):
    from aurora_widgets.widgets.skymap_browser import selection_key

    rendered = render(skymaps, theme="jupyterlab-light")
    rendered.sync()
    page = rendered.page

    def check(last: tuple[str, str, str, bool]) -> str:
        dataset, site, date, _ = last
        key = selection_key(dataset, site, date)
        # Python: the last selection, and only its data
        assert (skymaps.dataset_name, skymaps.site_uid, skymaps.date) == (dataset, site, date)
        assert skymaps.status in ("ready", "error"), skymaps.message
        ready = skymaps.status == "ready"
        if ready:
            assert skymaps.skymap is not None and skymaps.skymap.site_uid == site
            assert skymaps.payload_key == key
            assert skymaps.candidates and all(f"_{site}_" in c["filename"] for c in skymaps.candidates)
        else:
            assert skymaps.skymap is None and not skymaps.candidates and not skymaps.panels
            assert site in skymaps.message and not skymaps.retryable, skymaps.message
        # screen: drawn for the same selection
        root = page.locator(".aurora-sb")
        if ready:
            page.wait_for_function(
                "key => document.querySelector('.aurora-sb-panels-block').dataset.drawnFor === key", arg=key)
            page.wait_for_function(
                "() => [...document.querySelectorAll('canvas.aurora-sb-mapcanvas')].some(c => c.offsetParent)")
        else:
            page.wait_for_function("key => document.querySelector('.aurora-sb').dataset.selection === key", arg=key)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        screen = root.evaluate(SCREEN)
        assert f"{dataset} · {site} · {date.replace('T', ' ')}" in screen["title"], screen
        assert screen["selection"] == key
        assert all(f"_{site}_" in f for f in screen["bars"]), screen
        if ready:
            assert screen["bars"] and screen["figures"] == 4 and screen["panelsFor"] == key, screen
            assert screen["siteLine"].startswith(skymaps.selected), screen
            assert screen["mapVisible"], screen
        else:
            assert not screen["bars"] and screen["figures"] == 0 and screen["panelsFor"] == "", screen
            assert screen["siteLine"] == "", screen
            assert not screen["mapVisible"], screen
            assert root.locator(".aurora-status .aurora-button").is_hidden()  # no data: nothing to retry
        return f"{site}:{skymaps.status}"

    seen = _random_sequences(rendered, skymaps, ("dataset_name", "site_uid", "date"), STEP, check)
    # the sequences reached both kinds of selection (data and no data)
    assert any(s.endswith(":ready") for s in seen) and any(not s.endswith(":ready") for s in seen), seen


CAL_SITES = ["resu", "gill", "luck", "rank", "fsmi"]
CAL_DATES = ["2021-11-04T06:00", "2016-02-01T06:00", "2021-11-04T07:00"]
CAL_STEP = st.tuples(st.sampled_from(CAL_SITES), st.sampled_from(CAL_DATES), st.booleans())

CAL_SCREEN = """
root => ({
  title: root.querySelector('.aurora-cb-title').textContent,
  device: root.querySelector('.aurora-cb-device-uid').textContent,
  selection: root.dataset.selection || '',
  rows: [...root.querySelectorAll('.aurora-cb-row')].map(r => r.dataset.filename),
  flatfield: !root.querySelector('.aurora-cb-cal figure')?.classList.contains('is-empty'),
  frameLine: root.querySelector('.aurora-cb-frameinfo').textContent,
  rayleighs: root.querySelector('.aurora-cb-rvalue').dataset.value || '',
  retryHidden: root.querySelector('.aurora-cb-status .aurora-button').hidden,
})
"""


def test_calibration_browser_shows_only_the_last_site(render, client):
    from aurora_widgets.widgets.calibration_browser import CalibrationBrowser

    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04T06:00", client=client).wait()
    rendered = render(cb, theme="jupyterlab-dark")
    rendered.sync()
    page = rendered.page

    def check(last: tuple[str, str, bool]) -> str:
        site, date, _ = last
        assert (cb.site_uid, cb.date) == (site, date)
        found = bool(cb.payload_key)
        key = f"REGO|{site}|{date[:10]}|{cb.device_uid}"
        if found:
            assert cb.payload_key == key and cb.device_uid, cb.message
            owners = [c["filename"] for c in cb.flatfield_candidates + cb.rayleighs_candidates]
            assert owners and all(cb.device_uid in f for f in owners)
            assert cb.raw_path is None or f"_{site}_" in cb.raw_path.name
        else:
            assert cb.status == "error" and site in cb.message and not cb.retryable, (cb.status, cb.message)
            assert not cb.flatfield_candidates and not cb.rayleighs_candidates and cb.flatfield is None
            assert not cb.flatfield_panel and not cb.raw_panel
        page.wait_for_function("key => document.querySelector('.aurora-cb').dataset.selection === key", arg=key)
        screen = page.locator(".aurora-cb").evaluate(CAL_SCREEN)
        assert f"· {site} · {date.replace('T', ' ')}" in screen["title"], screen
        if found:
            assert screen["rows"] and all(cb.device_uid in f for f in screen["rows"]), screen
            assert screen["device"] == cb.device_uid, screen
            assert not screen["frameLine"] or f"_{site}_" in screen["frameLine"], screen
        else:
            assert screen["rows"] == [] and not screen["flatfield"] and screen["rayleighs"] == "", screen
            assert screen["frameLine"] == "" and screen["retryHidden"] and screen["device"] == "–", screen
        return f"{site}:{found}"

    seen = _random_sequences(rendered, cb, ("site_uid", "date"), CAL_STEP, check)
    assert any(s.endswith(":True") for s in seen) and any(s.endswith(":False") for s in seen), seen


def test_panels_keep_the_skymaps_aspect_ratio(render, client):
    """TREx RGB skymaps are 480x553: the panels are drawn at that ratio, not squeezed square."""
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser("TREX_RGB_SKYMAP_IDLSAV", site_uid="yknf", date="2023-11-04T06:00", client=client).wait()
    if browser.skymap is None:
        pytest.skip(f"no TREx RGB yknf skymap in the archive: {browser.message}")
    h, w = browser.skymap.full_elevation.shape
    assert h != w
    rendered = render(browser, theme="jupyterlab-light")
    rendered.sync()
    page = rendered.page
    page.wait_for_function("() => document.querySelector('.aurora-sb-panels-block').dataset.drawnFor")
    boxes = page.locator(".aurora-sb-panels:not(.aurora-sb-diff) canvas.aurora-sb-canvas").evaluate_all(
        "cs => cs.filter(c => c.offsetParent).map(c => [c.getBoundingClientRect().width, "
        "c.getBoundingClientRect().height])")
    assert len(boxes) == 4
    for bw, bh in boxes:
        assert bh / bw == pytest.approx(h / w, rel=0.03), (bw, bh, h, w)


def test_enter_in_the_neighbour_radius_box_applies_it(render, skymaps):
    rendered = render(skymaps, theme="jupyterlab-light")
    rendered.sync()
    box = rendered.page.get_by_label("Neighbour radius (km)")
    box.fill("900")
    box.press("Enter")  # no blur: the box keeps the focus
    rendered.sync()
    assert skymaps.neighbour_radius_km == 900.0


# Swallows the box's "change" events before they reach it (a capture listener on its root node runs
# first): what applies the value then is the Enter handler alone. Counts the swallowed events.
_BLOCK_CHANGE = """(box) => {
  window.__changeSwallowed = 0;
  box.getRootNode().addEventListener("change", (e) => {
    if (e.target === box) { e.stopImmediatePropagation(); window.__changeSwallowed += 1; }
  }, true);
}"""


def test_enter_applies_the_radius_by_itself_not_through_change(render, skymaps):
    """Chromium also fires "change" on Enter, which hid a missing Enter handler: block it."""
    rendered = render(skymaps, theme="jupyterlab-light")
    rendered.sync()
    box = rendered.page.get_by_label("Neighbour radius (km)")
    box.evaluate(_BLOCK_CHANGE)
    box.click()
    box.press("Control+a")
    box.type("1200")  # keystrokes, no blur
    box.press("Enter")
    rendered.flush()
    assert skymaps.neighbour_radius_km == 1200.0
    assert box.evaluate("(b) => b.getRootNode().activeElement === b")  # still focused: no blur applied it
    rendered.sync()
    assert rendered.page_errors() == []
