"""Unit tests of the data modules that used to live in widgets/: registry, geometry, stats, intervals, fetch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.data.errors import InputError, NoMatchError
from aurora_widgets.data.fetch import candidate_path, owner_filter
from aurora_widgets.data.geometry import EARTH_RADIUS_KM, distance_km, fov_radius_km, wrap180
from aurora_widgets.data.instruments import (
    INSTRUMENTS,
    calibrated_arrays,
    front_end_facts,
    instrument,
    instrument_for_dataset,
    raw_dataset_for_skymap,
)
from aurora_widgets.data.intervals import covered_by_both
from aurora_widgets.data.models import Candidate, DownloadResult
from aurora_widgets.data.stats import histogram, percentile_range, statistics


# --------------------------------------------------------------------------- the instrument registry
def test_one_label_per_array_and_one_earth_radius():
    assert instrument("trex_blue").label == "TREx Blue"  # not "TREx Blueline" in one place, "Blue" in another
    assert len({i.label for i in INSTRUMENTS.values()}) == len(INSTRUMENTS)
    facts = front_end_facts()
    assert facts["earth_radius_km"] == EARTH_RADIUS_KM == 6371.0
    assert facts["labels"]["TREX_NIR"] == facts["labels"]["trex_nir"] == "TREx NIR"


def test_every_dataset_name_maps_back_to_its_array():
    for inst in INSTRUMENTS.values():
        for name in inst.datasets():
            assert instrument_for_dataset(name) is inst, name
    assert instrument_for_dataset("SMILE_ASI_RAW") is None
    assert instrument_for_dataset("TREX_BLUE_RAW").array == "trex_blue"  # not taken for another TREX array


def test_raw_skymap_and_calibration_links():
    assert raw_dataset_for_skymap("REGO_SKYMAP_IDLSAV") == "REGO_RAW"
    assert raw_dataset_for_skymap("TREX_RGB_SKYMAP_IDLSAV") is None  # no raw frames we read
    assert list(calibrated_arrays()) == ["REGO", "TREX_NIR", "TREX_BLUE"]
    assert not instrument("themis").has_calibrations
    assert instrument("REGO").emission_height_km == 230.0 and instrument("rego").image_shape == (512, 512)
    with pytest.raises(InputError, match="Unknown instrument array"):
        instrument("smile")


# --------------------------------------------------------------------------- geometry
def test_distances_and_field_of_view():
    assert distance_km(0, 0, 0, 180) == pytest.approx(np.pi * EARTH_RADIUS_KM)
    assert distance_km(10, 170, 10, -170) == pytest.approx(distance_km(10, -10, 10, 10))
    assert fov_radius_km(110, 90) == 0.0
    assert fov_radius_km(230, 10) > fov_radius_km(110, 10) > fov_radius_km(110, 30)
    with pytest.raises(InputError):
        fov_radius_km(-1, 10)
    assert wrap180(np.array([180.0, 540.0])).tolist() == [-180.0, -180.0]


# --------------------------------------------------------------------------- statistics
def test_statistics_and_histograms_ignore_what_is_not_finite():
    values = np.array([[1.0, np.inf], [3.0, np.nan]])
    assert statistics(values) == {"min": 1.0, "max": 3.0, "mean": 2.0, "median": 2.0, "std": 1.0}
    assert statistics(np.array([np.nan]))["mean"] is None
    h = histogram(np.array([0.0, 1.0, 1.0, 2.0]), bins=2)
    assert h["counts"] == [1, 3] and h["edges"] == [0.0, 1.0, 2.0]
    assert histogram(np.array([np.nan])) == {"counts": [], "edges": []}
    assert percentile_range(np.array([np.nan]), (1.0, 99.0)) == (0.0, 1.0)


# --------------------------------------------------------------------------- intervals
def test_intervals_covered_by_both():
    assert covered_by_both([("2020-01-01", "2020-06-30")], [("2020-03-01", None)]) == [["2020-03-01", "2020-06-30"]]
    # an open and a closed span starting the same day merge into the open one (no comparison with None)
    assert covered_by_both([("2020-01-01", None), ("2020-01-01", "2020-02-01")], [("2019-01-01", None)]) == [
        ["2020-01-01", None]]
    assert covered_by_both([], [("2020-01-01", None)]) == []


# --------------------------------------------------------------------------- opening a chosen file
class _Client:
    """Records the calls a widget makes to open a candidate (a DataClient stand-in)."""

    def __init__(self, cached: Path | None, downloads: list[Path]) -> None:
        self.cached, self.downloads, self.calls = cached, downloads, []

    def cached_path(self, dataset_name: str, filename: str) -> Path | None:
        self.calls.append(("cached_path", dataset_name, filename))
        return self.cached

    def download(self, dataset_name, start, end, site_uid=None, device_uid=None, n_parallel=5, overwrite=False,
                 progress_bar_disable=False):
        self.calls.append(("download", dataset_name, start, end, site_uid, device_uid, progress_bar_disable))
        return DownloadResult(self.downloads, len(self.downloads), 0, Path("/x"), None)


SKYMAP = Candidate("https://h/gill/themis_skymap_gill_20210308-+_v02.sav", "themis_skymap_gill_20210308-+_v02.sav",
                   "gill", dt.datetime(2021, 3, 8), None, "v02")


def test_a_cached_file_needs_no_request(tmp_path):
    client = _Client(tmp_path / SKYMAP.filename, [])
    assert candidate_path(client, "THEMIS_ASI_SKYMAP_IDLSAV", SKYMAP) == tmp_path / SKYMAP.filename
    assert [c[0] for c in client.calls] == ["cached_path"]


def test_an_uncached_file_is_downloaded_for_its_owner_and_valid_from_day(tmp_path):
    got = tmp_path / SKYMAP.filename
    client = _Client(None, [tmp_path / "other.sav", got])
    assert candidate_path(client, "THEMIS_ASI_SKYMAP_IDLSAV", SKYMAP) == got
    assert client.calls[-1] == ("download", "THEMIS_ASI_SKYMAP_IDLSAV", SKYMAP.valid_from, SKYMAP.valid_from,
                                "gill", None, True)
    cal = Candidate("u", "REGO_flatfield_15654_20210806-+_v02.sav", "15654", dt.datetime(2021, 8, 6), None, "v02")
    assert owner_filter("REGO_CALIBRATION_FLATFIELD_IDLSAV", cal) == {"device_uid": "15654"}


def test_a_download_without_the_file_is_a_no_match_error(tmp_path):
    with pytest.raises(NoMatchError, match="gave no file"):
        candidate_path(_Client(None, [tmp_path / "other.sav"]), "THEMIS_ASI_SKYMAP_IDLSAV", SKYMAP)
