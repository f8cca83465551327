"""Every widget works offline exactly when the client does: cache, stop the server, open again.

The widgets choose, list, download and find cached files only through the ``Client``; so once the
server is gone a widget shows the cached choice when the client can list it offline, and an inline
error exactly when the client raises.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest

from aurora_widgets.data import Client
from aurora_widgets.data.errors import AuroraWidgetsError

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"


@pytest.fixture
def offline(archive_root, download_dir):
    """Run ``warm(client)`` against a live server, stop it, and return an offline client on the same cache."""
    from aurora_widgets.archive.server import ArchiveServer

    def make(warm: Callable[[Client], Any]) -> Client:
        server = ArchiveServer(archive_root).start()
        try:
            warm(Client(api_url=server.url, download_dir=download_dir, retries=0))
            url = server.url
        finally:
            server.stop()  # connection refused from now on
        return Client(api_url=url, download_dir=download_dir, retries=0, backoff=0.0)

    return make


def _quiet(fn: Callable[[], Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Could not get a fresh file listing ..."
        return fn()


def test_skymap_browser_shows_the_cached_choice_with_the_server_stopped(offline):
    """The issue's reproduction: cache gill's skymaps, stop the server, open SkymapBrowser."""
    from aurora_widgets.widgets import SkymapBrowser

    online: dict[str, Any] = {}

    def warm(client: Client) -> None:
        b = SkymapBrowser("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04", client=client).wait(60)
        assert b.status == "ready", b.message
        online["selected"], online["candidates"] = b.selected, b.candidates

    client = offline(warm)
    browser = _quiet(lambda: SkymapBrowser("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04", client=client).wait(60))
    assert browser.status == "ready", browser.message
    assert browser.selected == online["selected"] == GILL_2021
    assert [c["filename"] for c in browser.candidates] == [c["filename"] for c in online["candidates"]]
    assert browser.skymap is not None and browser.skymap.site_uid == "gill"
    assert browser.panels.get("elevation")  # drawn from the cached file
    # the client agrees: the same best file offline
    assert _quiet(lambda: client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04")).best.filename \
        == GILL_2021


def test_skymap_browser_fails_offline_exactly_when_the_client_does(offline):
    from aurora_widgets.widgets import SkymapBrowser

    client = offline(lambda c: None)  # nothing cached
    with pytest.raises(AuroraWidgetsError):
        _quiet(lambda: client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04"))
    browser = _quiet(lambda: SkymapBrowser("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04", client=client).wait(60))
    assert browser.status == "error" and browser.message and browser.skymap is None


def test_calibration_browser_shows_the_cached_choice_with_the_server_stopped(offline):
    from aurora_widgets.widgets import CalibrationBrowser

    def warm(client: Client) -> None:
        cb = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04", client=client).wait(60)
        assert cb.status == "ready", cb.message

    client = offline(warm)
    cb = _quiet(lambda: CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04",
                                           client=client).wait(60))
    assert cb.status == "ready", cb.message
    assert cb.selected_flatfield == "REGO_flatfield_15654_20210806-+_v02.sav"
    assert cb.flatfield is not None and cb.flatfield_panel


@pytest.mark.parametrize("which", ["dataset_picker", "site_picker"])
def test_pickers_work_offline_exactly_when_the_client_does(offline, which):
    from aurora_widgets.widgets import DatasetPicker, SitePicker

    calls: dict[str, Callable[[Client], Any]] = {
        "dataset_picker": lambda c: c.list_datasets(),
        "site_picker": lambda c: c.list_observatories("themis_asi"),
    }
    client = offline(calls[which])
    try:
        _quiet(lambda: calls[which](client))
        client_works = True
    except AuroraWidgetsError:
        client_works = False
    widget = DatasetPicker(client=client) if which == "dataset_picker" else SitePicker("themis_asi", client=client)
    _quiet(lambda: widget.wait(60))
    assert (widget.status == "ready") is client_works, widget.message
    if not client_works:
        assert widget.status == "error" and widget.message
