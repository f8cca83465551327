"""Hostile server data rendered by the widgets in headless Chromium: shown as text, never as HTML.

HTML/script in dataset names and descriptions (DatasetPicker, from a hostile API), in a skymap file
name on the SkymapBrowser timeline, and in site / device codes echoed by SkymapBrowser and
CalibrationBrowser messages. Each check: the hostile text is on the page literally, no element was
injected (no ``img``/``script``/``iframe`` from the data), ``window.__pwned`` stays unset, no dialog
opened and nothing went to the console as an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

EVIL_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
EVIL_SCRIPT = "<script>window.__pwned=2;alert(2)</script>"
EVIL_NAME = EVIL_IMG + "EVIL_DATASET"
EVIL_DESC = EVIL_SCRIPT + "<b>bold?</b><iframe src=javascript:alert(3)></iframe>"
EVIL_FILE_PART = "<img src=x onerror=alert(4)>"  # no "_": file names split on it
INJECTED = "img, script, iframe, b, svg"


@pytest.fixture
def show(chromium: Any) -> Iterator[Any]:
    """``show(widget)`` -> (rendered, dialogs): rendered in a fresh page that records dialogs."""
    from browser.harness import render_widget

    made: list[Any] = []

    def _show(widget: Any) -> tuple[Any, list[str]]:
        rendered = render_widget(chromium, widget, "jupyterlab-light")
        dialogs: list[str] = []

        def on_dialog(d: Any) -> None:
            dialogs.append(d.message)
            d.dismiss()

        rendered.page.on("dialog", on_dialog)
        made.append(rendered)
        return rendered.sync(), dialogs

    yield _show
    for r in made:
        r.close()


def _assert_inert(rendered: Any, dialogs: list[str], *texts: str) -> None:
    page = rendered.page
    page.wait_for_timeout(200)  # give an injected onerror handler the chance to run
    assert rendered.root.locator(INJECTED).count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    assert rendered.page_errors() == []
    content = rendered.root.text_content()
    for text in texts:
        assert text in content, f"{text!r} is not shown as text"


def test_dataset_picker_shows_hostile_catalogue_as_text(show, tmp_path):
    from aurora_widgets.widgets import DatasetPicker

    from ._hostile import API, HostileServer, dataset_dict
    from ._support import make_client

    with HostileServer() as server:
        server.routes[API + "/datasets"] = [
            dataset_dict(server.url, name=EVIL_NAME, short_description=EVIL_DESC, long_description=EVIL_DESC,
                         citation=EVIL_SCRIPT, doi="javascript:alert(5)", doi_details="javascript:alert(5)"),
            dataset_dict(server.url, name="REGO_RAW", short_description=EVIL_IMG),
        ]
        picker = DatasetPicker(client=make_client(server.url, tmp_path)).wait(30)
        assert picker.status == "ready" and len(picker.datasets) == 2
        rendered, dialogs = show(picker)
        _assert_inert(rendered, dialogs, EVIL_NAME, EVIL_DESC, EVIL_IMG)
        assert rendered.root.locator("a[href^='javascript']").count() == 0
        # open the details (long description, citation) and pick the hostile row
        row = rendered.root.locator("tr.aurora-dp-row").filter(has_text="EVIL_DATASET")
        row.locator("td.aurora-dp-name").click()
        row.get_by_role("button").first.click()
        rendered.sync()
        assert picker.selected == EVIL_NAME
        _assert_inert(rendered, dialogs, EVIL_SCRIPT)


class HostileListingClient:
    """A real Client whose skymap listings (``list_skymaps``, what widgets call) also hold one file name
    carrying HTML."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def list_skymaps(self, dataset_name: str, site_uid: str, timestamp: Any = None) -> Any:
        import dataclasses
        import datetime

        listed = self._client.list_skymaps(dataset_name, site_uid, timestamp)
        if listed.candidates:
            first = listed.candidates[0]
            name = f"themis_skymap_gill_20300101-+_{EVIL_FILE_PART}_v09.sav"
            folder = first.url.rsplit("/", 2)[0]
            listed.candidates.append(dataclasses.replace(
                first, url=f"{folder}/gill_20300101/{name}", filename=name,
                valid_from=datetime.datetime(2030, 1, 1), valid_to=None, version="v09", is_best=False))
        return listed


def test_skymap_browser_timeline_and_messages_show_hostile_text(show, make_client):
    from aurora_widgets.widgets import SkymapBrowser

    client = HostileListingClient(make_client())
    browser = SkymapBrowser(site_uid="gill", date="2021-11-04", client=client).wait(60)
    assert browser.status == "ready", browser.message
    evil = [c["filename"] for c in browser.candidates if EVIL_FILE_PART in c["filename"]]
    assert evil, "the hostile file name did not reach the timeline: the test would prove nothing"
    rendered, dialogs = show(browser)
    names = rendered.page.evaluate(
        "() => [...document.querySelectorAll('.aurora-sb-bar')].map(e => e.dataset.filename)")
    assert evil[0] in names  # the hostile bar is on the timeline, its name kept as plain data
    _assert_inert(rendered, dialogs)
    # a hostile site code comes back in the error message
    browser.site_uid = EVIL_IMG
    browser.wait(60)
    assert browser.status == "error" and EVIL_IMG.lower() in browser.message.lower()
    rendered.sync()
    _assert_inert(rendered, dialogs, EVIL_IMG.lower())


def test_calibration_browser_messages_show_hostile_device_as_text(show, make_client):
    from aurora_widgets.widgets import CalibrationBrowser

    cb = CalibrationBrowser(dataset="REGO", device_uid=EVIL_IMG, date="2021-11-04", client=make_client())
    cb.wait(60)
    assert cb.status == "error" and EVIL_IMG in cb.message
    rendered, dialogs = show(cb)
    _assert_inert(rendered, dialogs, EVIL_IMG)
    cb.set_target(site_uid=EVIL_SCRIPT, device_uid="")
    cb.wait(60)
    rendered.sync()
    assert cb.status == "error" and EVIL_SCRIPT.lower() in cb.message.lower()
    _assert_inert(rendered, dialogs, EVIL_SCRIPT.lower())


def test_static_html_summaries_escape_hostile_text(make_client, tmp_path: Path):
    from aurora_widgets.widgets import CalibrationBrowser

    cb = CalibrationBrowser(dataset="REGO", device_uid=EVIL_IMG, date="2021-11-04", client=make_client()).wait(60)
    html = cb._static_html()
    assert "<img" not in html and "&lt;img" in html
