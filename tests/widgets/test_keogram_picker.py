"""KeogramPicker in Python: products from the cache, builds from raw frames, the time traits, the array view, Code."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest
from keogram_factory import PEAK_MINUTE, PEAK_ROW_FROM_TOP, put_in_cache, synthetic_night

from aurora_widgets.data import Client, InputError
from aurora_widgets.widgets._serialize import dequantize
from aurora_widgets.widgets.keogram_picker import KeogramPicker, display_window

DAY = dt.date(2021, 11, 4)
PGM = "THEMIS_ASI_DAILY_KEOGRAM_PGM"


@pytest.fixture
def cached_night(download_dir):
    put_in_cache(download_dir, PGM, DAY, "gill", "themis19", synthetic_night())
    return download_dir


def offline(download_dir):
    return Client(api_url="http://127.0.0.1:9", download_dir=download_dir, retries=0)


def test_daily_product_from_the_cache_is_shown_without_a_request(cached_night):
    client = offline(cached_night)
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=client).wait()
    assert picker.status == "ready", picker.message
    assert client.request_count == 0
    assert picker.source == "20211104__gill_themis19_full-keogram.pgm.gz"
    panel = picker._panel
    # the camera runs 01-13 UT in the synthetic night: the window is those whole hours
    assert (panel["start"], panel["minutes"]) == ("2021-11-04T01:00", 720)
    values = dequantize(panel)
    row, col = np.unravel_index(np.nanargmax(values), values.shape)
    assert abs(col - (PEAK_MINUTE - 60)) <= 4                # noise moves the brightest pixel a little
    assert abs(row - (255 - PEAK_ROW_FROM_TOP)) <= 2
    assert panel["lat"] == [] and panel["units"] == "file value"
    assert picker.keogram is not None and picker.keogram.data.shape == (256, 1440)


def test_time_and_range_are_datetimes_and_checked(cached_night):
    picker = KeogramPicker("themis_asi", "gill", "2021-11-04", client=offline(cached_night)).wait()
    picker.set_state({"time": "2021-11-04T06:12"})           # what the page sends on a click
    assert picker.time == dt.datetime(2021, 11, 4, 6, 12)
    assert picker.get_state(["time"])["time"] == "2021-11-04T06:12"
    picker.set_state({"time_range": ["2021-11-04T06:30", "2021-11-04T06:05"]})
    assert picker.time_range == (dt.datetime(2021, 11, 4, 6, 5), dt.datetime(2021, 11, 4, 6, 30))
    assert picker.step(-10).time == dt.datetime(2021, 11, 4, 6, 2)
    assert picker.step(-1000).time == dt.datetime(2021, 11, 4, 1, 0)     # clamped to the window
    assert picker.step(5000).time == dt.datetime(2021, 11, 4, 12, 59)
    with pytest.raises(InputError, match="not on the night shown"):
        picker.time = dt.datetime(2021, 11, 5, 6, 0)
    assert picker.time == dt.datetime(2021, 11, 4, 12, 59)
    picker.set_state({"time": "06:xx"})                       # refused inline, never a traceback
    assert picker.status == "error" and "YYYY-MM-DDTHH:MM" in picker.message
    picker.date = "2021-11-05"                                # another night: the choice is cleared
    assert picker.time is None and picker.time_range is None


def test_code_reproduces_the_keogram_and_the_minute(cached_night):
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=offline(cached_night)).wait()
    picker.time = dt.datetime(2021, 11, 4, 6, 12)
    picker.time_range = (dt.datetime(2021, 11, 4, 6, 0), dt.datetime(2021, 11, 4, 6, 30))
    assert "aurora_widgets.widgets" not in picker.code
    scope: dict = {}
    exec(picker.code, scope)
    np.testing.assert_array_equal(scope["keo"].data, picker.keogram.data)
    assert scope["time"] == picker.time
    np.testing.assert_array_equal(scope["column"], picker.keogram.column_at(picker.time))
    assert scope["columns"].shape == (256, 31)


class NoProducts(Client):
    """The archive as it would be on a night with no keogram product (they exist for every night there)."""

    def get_urls(self, dataset_name, *args, **kwargs):  # type: ignore[no-untyped-def]
        listing = super().get_urls(dataset_name, *args, **kwargs)
        if "KEOGRAM" in str(getattr(dataset_name, "name", dataset_name)):
            listing.urls, listing.count, listing.total_bytes = [], 0, 0
        return listing


def test_no_product_offers_a_build_from_raw_frames_with_progress(api_url, download_dir):
    client = NoProducts(api_url=api_url, download_dir=download_dir)
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=client).wait()
    assert picker.can_build and picker._panel == {} and picker.source == ""
    assert "Build one from the night's raw frames" in picker.message
    seen = []
    picker.observe(lambda c: seen.append(c["new"]), names=["progress"])
    picker.build((6, 7), wait=True)
    assert picker.status == "ready", picker.message
    n = int(re.search(r"raw frames from (\d+) THEMIS_ASI_RAW files", picker.source)[1])
    assert [n, n] in seen and picker.progress == [] and not picker.can_build
    assert (picker._panel["start"], picker._panel["minutes"]) == ("2021-11-04T06:00", 60)
    assert picker._panel["units"] == "raw counts"
    scope: dict = {}
    exec(picker.code, scope)
    np.testing.assert_array_equal(scope["keo"].data, picker.keogram.data)
    # the built keogram is kept: coming back to the night shows it at once
    picker.date = "2021-11-05"
    picker.wait()
    picker.date = "2021-11-04"
    picker.wait()
    assert "raw frames" in picker.source


def test_latitude_axis_from_the_sites_best_skymap(api_url, download_dir):
    client = Client(api_url=api_url, download_dir=download_dir)
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=client, latitude_axis=True,
                           build_from_raw=True, build_hours=(6, 7), altitude_km=130).wait()
    assert picker.status == "ready", picker.message
    lat = np.array([np.nan if v is None else v for v in picker._panel["lat"]])
    assert lat.shape == (256,) and np.all(np.diff(lat[np.isfinite(lat)]) > 0)
    assert 44 < np.nanmin(lat) < 56.4 < np.nanmax(lat) < 69   # gill at 56.4 N, seen to ~10 degrees at 130 km
    assert picker.skymap_name.endswith(".sav") and picker._panel["elev"]
    scope: dict = {}
    exec(picker.code, scope)
    np.testing.assert_allclose(scope["keo"].geo_y, picker.keogram.geo_y)
    assert picker.keogram.altitude_km == 130
    picker.latitude_axis = False
    picker.wait()
    assert picker._panel["lat"] == [] and picker.skymap_name == ""


def test_a_skymap_of_another_camera_says_why_there_is_no_latitude_axis(cached_night):
    class Skymap:  # a 512x512 camera's skymap for a 256-row keogram
        filename = "rego_skymap_gill_20210101-+_v01.sav"
        full_elevation = np.zeros((512, 512))
        full_map_altitude = np.array([90e3, 110e3, 150e3])
        full_map_latitude = np.zeros((3, 513, 513))
        full_map_longitude = np.zeros((3, 513, 513))

    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=offline(cached_night),
                           skymap=Skymap()).wait()
    assert "No latitude axis" in picker.message and picker._panel["lat"] == []


def test_array_view_stacks_sites_by_latitude_and_says_which_have_no_data(api_url, download_dir):
    for site in ("gill", "rank", "fsmi", "atha"):
        put_in_cache(download_dir, PGM, DAY, site, "themis19", synthetic_night(seed=len(site)))
    (download_dir / PGM / "2021/11/04/atha_themis19/20211104__atha_themis19_full-keogram.pgm.gz").write_bytes(b"?")
    client = Client(api_url=api_url, download_dir=download_dir)
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=client, array_view=True).wait()
    rows = picker._rows
    assert rows, picker.message
    atha = next(r for r in rows if r["site_uid"] == "atha")
    assert not atha["has_data"] and atha["message"] == "daily keogram file unreadable"
    rows = [r for r in rows if r["site_uid"] != "atha"]
    lats = [r["latitude"] for r in rows]
    assert lats == sorted(lats, reverse=True)
    with_data = {r["site_uid"] for r in rows if r["has_data"]}
    assert {"gill", "rank", "fsmi"} <= with_data  # every dark THEMIS site serves that night's product
    empty = [r for r in rows if not r["has_data"]]
    assert all(r["panel"] is None and r["message"] for r in empty)
    assert {r["message"] for r in empty} <= {"no daily keogram for this night", "daily keogram file unreadable"}
    assert all(r["panel"]["shape"][0] <= 48 for r in rows if r["has_data"])
    assert all(r["has_data"] for r in rows if r["site_uid"] in ("rank", "fsmi"))
    picker.set_state({"site_uid": "rank"})                   # a click on rank's row
    picker.wait()
    assert picker.source.startswith("20211104__rank_")


def test_display_window_without_data_is_the_whole_day():
    assert display_window([], dt.datetime(2021, 11, 4)) == (dt.datetime(2021, 11, 4), 1440)


@pytest.mark.parametrize(("kwargs", "words"), [({"dataset": "SMILE_ASI_RAW"}, "No keograms"),
                                               ({"altitude_km": 500}, "outside 80-250")])
def test_bad_arguments_are_refused(kwargs, words, download_dir):
    args = {"dataset": "THEMIS_ASI_RAW", "site_uid": "gill", "date": "2021-11-04", "client": offline(download_dir)}
    with pytest.raises(InputError, match=words):
        KeogramPicker(**{**args, **kwargs})


def test_without_site_or_date_it_asks_for_them(download_dir):
    picker = KeogramPicker("REGO_RAW", client=offline(download_dir))
    assert picker.status == "idle" and "Choose a site and a date" in picker.message
    assert picker.code == "" and picker._panel == {}


def test_summary_rows_for_the_saved_notebook(cached_night):
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=offline(cached_night)).wait()
    picker.time = dt.datetime(2021, 11, 4, 6, 12)
    rows = dict(picker._summary_rows())
    assert rows["time"] == "2021-11-04 06:12" and rows["keogram"].startswith("20211104__gill")
    assert "KeogramPicker(dataset='THEMIS_ASI_RAW'" in repr(picker)


def test_an_unreadable_product_offers_the_raw_frames(download_dir):
    path = put_in_cache(download_dir, PGM, DAY, "gill", "themis19", synthetic_night())
    path.write_bytes(b"placeholder: this archive makes no keogram pictures")
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=offline(download_dir)).wait()
    assert picker.can_build and picker.status == "ready"
    assert "Could not read keogram file" in picker.message and "raw frames?" in picker.message


def test_the_saved_notebook_copy_shows_the_keogram(cached_night):
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=offline(cached_night)).wait()
    picker.time = dt.datetime(2021, 11, 4, 6, 12)
    (caption, png), = picker._static_pictures()
    assert png.startswith(b"\x89PNG") and "chosen minute 06:12 UT" in caption and "south at the bottom" in caption
    assert "data:image/png;base64," in picker._static_html()


def test_build_within_hours_and_its_code(api_url, download_dir):
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04",
                           client=NoProducts(api_url=api_url, download_dir=download_dir)).wait()
    picker.build((6, 7), wait=True)
    assert picker.status == "ready", picker.message
    assert picker.build_hours == [6, 7] and re.search(r"from \d+ THEMIS_ASI_RAW files", picker.source)
    assert "start='2021-11-04T06:00', end='2021-11-04T06:59:59'" in picker.code
    scope: dict = {}
    exec(picker.code, scope)
    np.testing.assert_array_equal(scope["keo"].data, picker.keogram.data)
    with pytest.raises(InputError, match="build_hours"):
        picker.build_hours = [7, 6]


@pytest.mark.parametrize("state", [
    {"altitude_km": "high"}, {"altitude_km": None}, {"time": 12}, {"time": "2021-11-04T25:00"},
    {"time_range": ["2021-11-04T06:00"]}, {"time_range": "06:00-07:00"}, {"build_hours": [5]},
    {"build_hours": ["a", "b"]}, {"date": "yesterday"}, {"site_uid": None}, {"dataset": "NOPE"},
])
def test_hostile_values_from_the_page_are_refused_inline(cached_night, state):
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", client=offline(cached_night)).wait()
    before = {k: getattr(picker, k) for k in state}
    picker.set_state(state)                                   # must not raise into the notebook
    picker.wait()
    after = {k: getattr(picker, k) for k in state}
    assert after == before or picker.status != "error"
    if after == before:
        assert picker.status == "error" and picker.message
