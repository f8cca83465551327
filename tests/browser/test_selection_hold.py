"""A new selection keeps the one on screen until its payload arrives: one paint, never a mixed screen.

``js/skymap_browser.js`` holds a selection change (dataset, site or date) for up to ``HOLD_MS``
(150 ms): title, timeline, panels and map stay as they were, together, until the new payload is
there, Python reports an end (error, nothing to show) or the time is up. A cached date change so
paints the panels once instead of an empty screen first and the new skymap a frame later; a slow
one shows "loading" under the new title after 150 ms, with no picture.

The first test delivers messages the way a kernel does (``socket_feed.py``: each the moment it is
sent) and counts panel paints; without the hold it sees two. The second gates the listing and
looks at the page within the hold and after it. The last clicks another skymap on the timeline
with its read gated: the map keeps drawing, and naming, the skymap it has until the clicked one's
payload is there (it used to repaint the old grid labelled with the new file's name).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from .socket_feed import feed_over_socket

pytestmark = pytest.mark.browser

OLD_DATE, NEW_DATE = "2021-11-04T06:00", "2022-06-01"
OLD_KEY = "THEMIS_ASI_SKYMAP_IDLSAV|gill|2021-11-04"
NEW_KEY = "THEMIS_ASI_SKYMAP_IDLSAV|gill|2022-06-01"

SCREEN = """() => {
  const root = document.querySelector('.aurora-sb');
  return {
    title: root.querySelector('.aurora-sb-title').textContent,
    selection: root.dataset.selection || '',
    panelsFor: root.querySelector('.aurora-sb-panels-block').dataset.drawnFor || '',
    figures: [...root.querySelectorAll('.aurora-sb-panels:not(.aurora-sb-diff) figure')].filter(f => !f.hidden).length,
    status: root.querySelector('.aurora-status-text').textContent,
    paints: Number(root.dataset.panelsPaintCount || 0),
  };
}"""
AFTER_TWO_FRAMES = """() => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))"""


@pytest.fixture
def gill(api_url: str, download_dir: Any) -> Any:
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    widget = SkymapBrowser(site_uid="gill", date=OLD_DATE,
                           client=Client(api_url=api_url, download_dir=download_dir)).wait()
    assert widget.status == "ready", widget.message
    return widget


def _consistent(screen: dict[str, Any]) -> None:
    """Title, selection and pictures name one selection (or no picture is shown)."""
    date = screen["selection"].rsplit("|", 1)[-1]
    assert date in screen["title"], screen
    assert screen["panelsFor"] in ("", screen["selection"]), screen
    if not screen["panelsFor"]:
        assert screen["figures"] == 0, screen


def test_a_cached_date_change_paints_the_panels_once(render: Any, gill: Any) -> None:
    rendered = render(gill)
    rendered.sync()
    gill.date = NEW_DATE  # download and read the other skymap once; then both are cached
    rendered.sync()
    gill.date = OLD_DATE
    rendered.sync()
    feed = feed_over_socket(rendered)
    try:
        for date, key in ((NEW_DATE, NEW_KEY), (OLD_DATE, OLD_KEY), (NEW_DATE, NEW_KEY)):
            before = rendered.page.evaluate(SCREEN)
            gill.date = date  # each message reaches the page the moment it is sent
            rendered.page.wait_for_function(
                "key => document.querySelector('.aurora-sb-panels-block').dataset.drawnFor === key", arg=key)
            rendered.sync()
            feed.drain()
            rendered.page.evaluate(AFTER_TWO_FRAMES)
            after = rendered.page.evaluate(SCREEN)
            assert after["paints"] - before["paints"] == 1, (before, after)  # no empty screen first
            assert after["selection"] == key and after["figures"] == 4
            _consistent(after)
    finally:
        feed.close()
    assert rendered.page_errors() == []


def test_a_slow_date_change_holds_the_old_selection_then_shows_loading(
        render: Any, gill: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from aurora_widgets.widgets import _skymap_choice

    rendered = render(gill)
    rendered.sync()
    shown = rendered.page.evaluate(SCREEN)
    assert shown["selection"] == OLD_KEY and shown["panelsFor"] == OLD_KEY and shown["figures"] == 4

    gate, blocked = threading.Event(), threading.Event()
    listed = _skymap_choice.list_candidates

    def slow_listing(client: Any, dataset: str, site: str, date: str) -> Any:
        if date.startswith(NEW_DATE):
            blocked.set()
            assert gate.wait(30), "the test never opened the gate"
        return listed(client, dataset, site, date)

    monkeypatch.setattr(_skymap_choice, "list_candidates", slow_listing)
    try:
        gill.date = NEW_DATE
        assert blocked.wait(10)
        started = time.perf_counter()
        rendered.push()  # the date and Python's "loading" (with the old payloads cleared)
        rendered.page.evaluate(AFTER_TWO_FRAMES)
        held = rendered.page.evaluate(SCREEN)
        elapsed = time.perf_counter() - started
        _consistent(held)
        if elapsed < 0.12:  # well inside the hold: the old selection, all of it, still on screen
            assert held["selection"] == OLD_KEY and held["panelsFor"] == OLD_KEY and held["figures"] == 4, held
            assert held["paints"] == shown["paints"], held
        rendered.page.wait_for_timeout(300)  # past the hold: the new title, no picture, "loading"
        waiting = rendered.page.evaluate(SCREEN)
        _consistent(waiting)
        assert waiting["selection"] == NEW_KEY and "2022-06-01" in waiting["title"], waiting
        assert waiting["panelsFor"] == "" and waiting["figures"] == 0, waiting
        assert "Listing" in waiting["status"], waiting
    finally:
        gate.set()
    rendered.sync()
    rendered.page.wait_for_function(
        "key => document.querySelector('.aurora-sb-panels-block').dataset.drawnFor === key", arg=NEW_KEY)
    done = rendered.page.evaluate(SCREEN)
    assert done["selection"] == NEW_KEY and done["figures"] == 4
    _consistent(done)
    assert rendered.page_errors() == []


def test_an_error_for_the_new_selection_is_shown_at_once(render: Any, gill: Any) -> None:
    """Python's end of a selection (here: no skymap at that site) releases the hold at once."""
    rendered = render(gill)
    rendered.sync()
    gill.site_uid = "zzzz"  # no such site in the archive: the listing ends with nothing to show
    gill.wait()
    started = time.perf_counter()
    rendered.push()
    rendered.page.evaluate(AFTER_TWO_FRAMES)
    screen = rendered.page.evaluate(SCREEN)
    elapsed = time.perf_counter() - started
    assert gill.status in ("error", "none"), (gill.status, gill.message)
    if elapsed < 0.12:  # released by Python's status, not by the time running out
        assert screen["selection"].endswith("|zzzz|2021-11-04"), screen
    assert screen["figures"] == 0 and screen["panelsFor"] == "", screen
    _consistent(screen)


GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"
GILL_2022 = "themis_skymap_gill_20220301-+_v02.sav"
MAP_NAMES = ("name => (document.querySelector('canvas.aurora-sb-mapcanvas')"
             ".getAttribute('aria-label') || '').includes(name)")
MAP = """() => {
  const root = document.querySelector('.aurora-sb');
  return { label: root.querySelector('canvas.aurora-sb-mapcanvas').getAttribute('aria-label') || '',
           paints: Number(root.dataset.mapPaintCount || 0),
           panelsFrom: root.querySelector('.aurora-sb-panels-block').dataset.drawnFrom || '' };
}"""


def test_a_clicked_skymap_is_named_on_the_map_only_once_it_is_drawn(render: Any, gill: Any) -> None:
    """The map keeps the skymap it draws, and its name, until the clicked one's payload is here."""
    rendered = render(gill)
    rendered.sync()
    rendered.page.wait_for_function(
        MAP_NAMES,
        arg=GILL_2021)
    before = rendered.page.evaluate(MAP)
    assert GILL_2022 not in before["label"] and before["panelsFrom"] == GILL_2021

    gate, blocked = threading.Event(), threading.Event()
    read = gill._read

    def slow_read(dataset: str, candidate: Any) -> Any:
        if candidate.filename == GILL_2022:
            blocked.set()
            assert gate.wait(30), "the test never opened the gate"
        return read(dataset, candidate)

    gill._read = slow_read
    try:
        rendered.root.locator(f".aurora-sb-bar[data-filename='{GILL_2022}']").click()
        assert blocked.wait(10)
        rendered.push()
        rendered.page.evaluate(AFTER_TWO_FRAMES)
        waiting = rendered.page.evaluate(MAP)
        assert GILL_2021 in waiting["label"] and GILL_2022 not in waiting["label"], waiting
        assert waiting["paints"] == before["paints"] and waiting["panelsFrom"] == GILL_2021, waiting
    finally:
        gate.set()
    rendered.sync()
    rendered.page.wait_for_function(
        MAP_NAMES,
        arg=GILL_2022)
    after = rendered.page.evaluate(MAP)
    assert GILL_2021 not in after["label"].split("B:")[0] and after["panelsFrom"] == GILL_2022, after
    assert rendered.page_errors() == []
