"""Explorer: constructor arguments, objects handed back, waiting for a date, the time of day from
the night's keogram, the calendar's data dots, the children's stub front-end and the code's minute.

Against the loopback archive server (no browser); each test fails without its fix (issue #14, #15, #17).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aurora_widgets.data import Client
from aurora_widgets.data.models import Dataset, Observatory
from aurora_widgets.widgets._bundle import STUB_ESM
from aurora_widgets.widgets.explorer import NO_DATE_YET, Explorer

CHILDREN = ("dataset_picker", "site_picker", "date_picker", "keogram_picker", "skymap_browser",
            "calibration_browser")


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def test_constructor_sets_the_children_and_hands_back_the_pickers_objects(client):
    ex = Explorer(dataset="TREX_NIR_RAW", site_uid="gill", date="2022-03-07", client=client).wait(90)
    assert ex.dataset_name == "TREX_NIR_RAW" and ex.site_uid == "gill" and ex.when == "2022-03-07T06:00"
    assert ex.skymap_browser.dataset_name == "TREX_NIR_SKYMAP_IDLSAV"
    assert ex.skymap_browser.site_uid == "gill" and ex.skymap_browser.date == "2022-03-07T06:00"
    assert ex.site_picker.instrument_array == "trex_nir" and ex.site_picker.selected == "gill"
    assert ex.calibration_browser.site_uid == "gill" and ex.calibration_browser.array == "TREX_NIR"
    assert ex.keogram_picker.site_uid == ""  # the night's keogram waits for its tab
    ex.tab = "night"
    ex.wait(90)
    assert ex.keogram_picker.site_uid == "gill" and ex.keogram_picker.date == "2022-03-07"
    assert isinstance(ex.dataset, Dataset) and ex.dataset is ex.dataset_picker.value
    assert isinstance(ex.site, Observatory) and ex.site is ex.site_picker.value and ex.site.uid == "gill"
    assert ex.date == dt.datetime(2022, 3, 7, 6, 0) == ex.date_picker.value


def test_before_a_date_nothing_loads_and_the_explorer_says_it_waits(client):
    ex = Explorer(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site_uid="gill", client=client).wait(60)
    assert ex.when == "" and ex.date is None
    assert ex.message == NO_DATE_YET
    assert ex.skymap_browser.site_uid == "" and ex.skymap_browser.date == ""  # not today at 06:00
    assert ex.skymap_browser.candidates == []
    ex.choose(date="2021-11-04").wait(60)
    assert ex.message == "" and ex.skymap_browser.site_uid == "gill"
    assert ex.skymap_browser.date == "2021-11-04T06:00"


def test_the_date_picker_has_the_client_a_time_and_follows_the_data(client):
    ex = Explorer(client=client)
    dp = ex.date_picker
    assert dp.with_time and dp.time == "06:00" and dp.client is client
    ex.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site="gill", date="2021-11-04").wait(90)
    assert dp.data_label == "THEMIS_ASI_RAW files of gill"
    assert "2021-11-04" in dp.data_days
    ex.choose(dataset="SMILE_ASI_RAW")  # no array of ours: the dots clear
    assert dp.data_label == "" and dp.data_days == []
    ex.wait(30)


def test_a_minute_clicked_in_the_keogram_drives_the_map_the_calibration_and_the_code(client):
    ex = Explorer(dataset="REGO_RAW", site_uid="resu", date="2021-11-04 06:00", client=client).wait(120)
    kp = ex.keogram_picker
    ex.tab = "night"
    ex.wait(120)
    assert kp.dataset == "rego" and kp.time == dt.datetime(2021, 11, 4, 6, 0)
    kp.time = dt.datetime(2021, 11, 4, 6, 1)  # what a click on the keogram sets
    ex.wait(120)
    assert ex.date_picker.time == "06:01" and ex.when == "2021-11-04T06:01"
    assert ex.date == dt.datetime(2021, 11, 4, 6, 1)
    sb = ex.skymap_browser
    assert sb.date == "2021-11-04T06:01" and sb._frame_minute() == dt.datetime(2021, 11, 4, 6, 1)
    if sb.frames_status == "ready":
        assert sb.frames_message.startswith("REGO_RAW resu 2021-11-04 06:01")
    assert ex.calibration_browser.frame_minute() == dt.datetime(2021, 11, 4, 6, 1)
    assert "minute = datetime.datetime(2021, 11, 4, 6, 1)" in ex.code
    assert "when = datetime.datetime(2021, 11, 4, 6, 1)" in ex.code
    # and the other way: the date picker's time moves the keogram's mark
    ex.date_picker.time = "06:00"
    ex.wait(120)
    assert kp.time == dt.datetime(2021, 11, 4, 6, 0)


def test_the_codes_minute_gives_the_frames_of_the_map(client):
    ex = Explorer(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04 06:00",
                  client=client).wait(120)
    ns: dict = {}
    exec(compile(ex.code, "<explorer code view>", "exec"), ns)
    assert ns["minute"] == dt.datetime(2021, 11, 4, 6, 0)
    sb = ex.skymap_browser
    assert sb.frames_status == "ready"
    assert [t.replace(microsecond=0) for t in ns["frames"].timestamp] == [
        t.replace(microsecond=0) for t in sb._frame_times]


def test_the_children_carry_a_stub_front_end_and_get_the_bundle_back_on_their_own(client):
    ex = Explorer(client=client)
    bundle = len(ex._esm)
    assert bundle > 100_000 and ex._css
    for name in CHILDREN:
        child = getattr(ex, name)
        assert child._esm == STUB_ESM and child._css == "", name
        assert len(child._esm) < 2_000
    data, _meta = ex.skymap_browser._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    assert len(ex.skymap_browser._esm) == bundle and ex.skymap_browser._css == ex._css
    assert ex.site_picker._esm == STUB_ESM  # only the one shown on its own
    ex.wait(30)


def test_stub_draws_through_the_global_the_bundle_sets():
    index = (Path(__file__).parents[2] / "js" / "index.js").read_text()
    assert "globalThis.__auroraWidgets ??=" in index
    assert "globalThis.__auroraWidgets" in STUB_ESM and "display the Explorer" in STUB_ESM
