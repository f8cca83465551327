"""Pure-Python behaviour of DatasetPicker, SitePicker and DatePicker (no browser)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from aurora_widgets.archive import catalogue
from aurora_widgets.data.errors import APIError, InputError
from aurora_widgets.data.models import Candidate, Candidates, Dataset, Observatory
from aurora_widgets.widgets import DatasetPicker, DatePicker, SitePicker
from aurora_widgets.widgets.dataset_picker import matches
from aurora_widgets.widgets.date_picker import normalise_intervals
from aurora_widgets.widgets.site_picker import fov_radius_km

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


class Stub:
    def __init__(self, fail_times: int = 0, extra: list[Dataset] | None = None):
        self.fail_times = fail_times
        self.extra = extra or []
        self.calls = 0

    def _tick(self):
        self.calls += 1
        if self.fail_times:
            self.fail_times -= 1
            raise APIError("API down (stub); press Retry.")

    def list_datasets(self, name=None, level=None):
        self._tick()
        return [Dataset.from_api(d) for d in catalogue.datasets()] + self.extra

    def list_observatories(self, instrument_array, uid=None):
        self._tick()
        return [Observatory.from_api(o) for o in catalogue.observatories()[instrument_array]]


# ---------------------------------------------------------------- DatasetPicker
def test_dataset_picker_loads_and_value_is_the_model_object():
    picker = DatasetPicker(client=Stub(), name="REGO_SKYMAP_IDLSAV").wait()
    assert picker.status == "ready"
    assert [d["name"] for d in picker.datasets] == sorted(d["name"] for d in catalogue.datasets())
    assert isinstance(picker.value, Dataset)
    assert picker.value.name == "REGO_SKYMAP_IDLSAV" and picker.value.kind == "skymap"
    row = next(d for d in picker.datasets if d["name"] == "REGO_SKYMAP_IDLSAV")
    assert row["kind"] == "skymap" and row["doi"] and row["long_description"]


def test_dataset_picker_selection_from_python_and_observe():
    picker = DatasetPicker(client=Stub()).wait()
    seen = []
    picker.observe(lambda ch: seen.append(ch["new"]), names="selected")
    picker.value = "THEMIS_ASI_RAW"
    picker.selected = "REGO_RAW"
    picker.value = picker.dataset_objects[0]
    picker.value = None
    assert seen == ["THEMIS_ASI_RAW", "REGO_RAW", picker.dataset_objects[0].name, ""]
    assert picker.value is None
    with pytest.raises(InputError, match="REGO_RAW"):
        picker.selected = "rego_ra"  # unknown: the error suggests close names


def test_dataset_picker_unknown_initial_name_is_reported_not_raised():
    picker = DatasetPicker(client=Stub(), name="NOPE_DATASET").wait()
    assert picker.selected == "" and "NOPE_DATASET" in picker.message


def test_dataset_picker_filters_by_kind_and_query():
    picker = DatasetPicker(client=Stub(), kind="calibration").wait()
    names = [d.name for d in picker.visible_datasets()]
    assert names and all("CALIBRATION" in n for n in names)
    picker.query = "rego flatfield"
    assert [d.name for d in picker.visible_datasets()] == ["REGO_CALIBRATION_FLATFIELD_IDLSAV"]
    picker.kind_filter = "RAW"
    assert picker.kind_filter == "raw" and picker.visible_datasets() == []
    with pytest.raises(InputError):
        picker.kind_filter = "bogus"
    assert matches({"name": "A", "doi": "10.11575/xyz", "kind": "raw"}, "11575", "all")


def test_dataset_picker_error_then_retry_via_front_end_message():
    stub = Stub(fail_times=1)
    picker = DatasetPicker(client=stub).wait()
    assert picker.status == "error" and "Retry" in picker.message and picker.datasets == []
    picker._handle_custom_msg({"type": "retry"}, [])  # what the Retry button sends
    picker.wait()
    assert picker.status == "ready" and len(picker.datasets) == len(catalogue.datasets())
    assert stub.calls == 2


def test_static_fallback_is_escaped_html_next_to_the_live_view():
    evil = Dataset(name="<script>alert(1)</script>", short_description="<img src=x onerror=1>")
    picker = DatasetPicker(client=Stub(extra=[evil])).wait()
    picker.selected = evil.name
    data, _meta = picker._repr_mimebundle_()
    assert data[WIDGET_MIME]["model_id"] == picker.model_id  # live rendering untouched
    assert "text/plain" in data
    html = data["text/html"]
    assert "DatasetPicker" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html and "<img" not in html


# ---------------------------------------------------------------- SitePicker
def test_fov_radius_geometry():
    assert fov_radius_km(110, 90 - 1e-9) == pytest.approx(0, abs=1e-3)
    # horizon (0 deg): arccos(R/(R+h)) * R
    r = 6371.0
    assert fov_radius_km(110, 0) == pytest.approx(math.acos(r / (r + 110)) * r)
    assert fov_radius_km(230, 10) > fov_radius_km(110, 10) > fov_radius_km(110, 20)
    assert fov_radius_km(110, 10) == pytest.approx(502, abs=1)
    with pytest.raises(InputError):
        fov_radius_km(-1, 10)


def test_site_picker_value_switch_array_and_fov():
    picker = SitePicker("themis_asi", client=Stub(), value="gill").wait()
    assert isinstance(picker.value, Observatory) and picker.value.uid == "gill"
    assert len(picker.sites) == len(catalogue.observatories()["themis_asi"])
    assert picker.fov_radius_km == pytest.approx(fov_radius_km(110, 10))
    picker.min_elevation = 20
    assert picker.fov_radius_km == pytest.approx(fov_radius_km(110, 20))
    picker.instrument_array = "rego"  # gill is also a REGO site: kept
    picker.wait()
    assert picker.value.uid == "gill" and len(picker.sites) == len(catalogue.observatories()["rego"])
    picker.instrument_array = "trex_rgb"
    picker.wait()
    trex_uids = {o["uid"] for o in catalogue.observatories()["trex_rgb"]}
    assert {s["uid"] for s in picker.sites} == trex_uids
    assert (picker.selected in trex_uids) if "gill" in trex_uids else picker.selected == ""
    with pytest.raises(InputError):
        picker.selected = "nowhere"
    with pytest.raises(InputError):
        picker.instrument_array = "mango"
    assert all(-180 <= s["longitude"] <= 180 for s in picker.sites)


def test_site_picker_accepts_observatory_and_reports_foreign_site():
    obs = Observatory("rank", "Rankin Inlet", 62.82, -92.11)
    picker = SitePicker("rego", client=Stub(), value=obs).wait()
    assert picker.value.uid == "rank"
    other = SitePicker("trex_nir", client=Stub(), value="kian").wait()
    assert other.value is None and "kian" in other.message


# ---------------------------------------------------------------- DatePicker
def test_date_picker_value_bounds_and_step():
    p = DatePicker("2021-11-04", min_date="2021-11-01", max_date="2021-11-05")
    assert p.value == dt.datetime(2021, 11, 4)
    assert p.step(1).value == dt.datetime(2021, 11, 5)
    assert p.step(1).value == dt.datetime(2021, 11, 5)  # clamped at max
    assert p.step(-10).date == "2021-11-01"
    with pytest.raises(InputError, match="outside"):
        p.value = "2021-12-01"
    with pytest.raises(InputError):
        DatePicker(min_date="2021-02-01", max_date="2021-01-01")
    with pytest.raises(InputError):
        p.value = "04/11/2021"


def test_date_picker_time_only_with_time():
    p = DatePicker(dt.datetime(2021, 11, 4, 6, 30))
    assert p.value == dt.datetime(2021, 11, 4)  # time ignored without with_time
    p.with_time = True
    assert p.value == dt.datetime(2021, 11, 4, 6, 30)
    p.time = "23:59:30"
    assert p.time == "23:59"
    with pytest.raises(InputError):
        p.time = "25:00"


def test_date_picker_available_intervals_from_candidates():
    cands = Candidates(
        "THEMIS_ASI_SKYMAP_IDLSAV",
        "gill",
        [
            Candidate("u2", "b.sav", "gill", dt.datetime(2021, 3, 8), None, "v02"),
            Candidate("u1", "a.sav", "gill", dt.datetime(2014, 10, 2), dt.datetime(2021, 3, 7), "v01"),
        ],
    )
    p = DatePicker("2021-03-07", available=cands)
    assert p.available == [["2014-10-02", "2021-03-07"], ["2021-03-08", None]]
    assert p.covered is True
    p.available = [["2021-01-01", "2021-01-31"]]
    assert p.covered is False
    p.date = "2021-01-31"
    assert p.covered is True  # end day inclusive
    assert DatePicker("2021-01-01").covered is None
    with pytest.raises(InputError):
        normalise_intervals([["2021-02-01", "2021-01-01"]])


def test_front_end_state_update_goes_through_set_state():
    p = DatePicker("2021-11-04", with_time=True)
    p.set_state({"date": "2021-11-06", "time": "12:15"})  # what a comm update does
    assert p.value == dt.datetime(2021, 11, 6, 12, 15)
