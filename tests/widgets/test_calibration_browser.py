"""CalibrationBrowser against the loopback archive server (no browser).

Among the sample archive's REGO devices, device 655 (rego-655 at resu) has one flatfield and one
Rayleighs file (v01, from 2014-10-02, open), device 654 (rego-654 at gill) a closed v01 pair
(2014-10-15 to 2021-08-05) and an open v02 pair from 2021-08-06. Raw minutes on 2021-11-04 06:00:
resu rego-655, gill rego-654 and rank rego-656.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from aurora_widgets.data import Client
from aurora_widgets.data.calibration import calibrate
from aurora_widgets.widgets._serialize import dequantize
from aurora_widgets.widgets.calibration_browser import CalibrationBrowser, calibration_array, histogram

FLAT_654_V02 = "REGO_flatfield_15654_20210806-+_v02.sav"
RAY_654_V02 = "REGO_Rayleighs_15654_20210806-+_v02.sav"
RAY_654_V01 = "REGO_Rayleighs_15654_20141015-20210805_v01.sav"
FLAT_654_V01 = "REGO_flatfield_15654_20141015-20210805_v01.sav"


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def test_device_found_from_raw_header_and_source_named(client):
    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client).wait()
    assert cb.status == "ready", cb.message
    assert cb.device_uid == "655"
    # it says where the device came from: the header field and the raw file
    assert "rego-655" in cb.device_source
    assert "20211104_0600_resu_rego-655_6300.pgm.gz" in cb.device_source
    assert cb.flatfield.detector_uid == "15655"
    assert cb.rayleighs.detector_uid == "15655"
    assert cb.selected_flatfield == "REGO_flatfield_15655_20141002-+_v01.sav"
    assert cb.rayleighs_info["value"] == pytest.approx(10.4, rel=1e-6)
    # the raw frame is of that device, and "after" was computed
    assert cb.raw_status == "ready", cb.raw_message
    assert cb.raw_metadata["Imager unique ID"] == "rego-655"
    assert cb.frame_info["filename"].startswith("20211104_0600_resu_rego-655")
    assert cb.calibrated is not None and cb.calibrated.shape == cb.raw_frame.shape


def test_best_calibrations_of_device_654_on_2021_11_04(client):
    cb = CalibrationBrowser(dataset="REGO_CALIBRATION_FLATFIELD_IDLSAV", device_uid="654",
                            date=dt.datetime(2021, 11, 4), client=client).wait()
    assert cb.status == "ready", cb.message
    assert cb.device_source.startswith("given")
    assert cb.selected_flatfield == FLAT_654_V02
    assert cb.selected_rayleighs == RAY_654_V02
    assert cb.flatfield.version == "v02" and cb.rayleighs.version == "v02"
    best = [c["filename"] for c in cb.rayleighs_candidates if c["is_best"]]
    assert best == [RAY_654_V02]
    v01 = next(c for c in cb.rayleighs_candidates if c["filename"] == RAY_654_V01)
    assert (v01["valid_from"], v01["valid_to"], v01["version"]) == ("2014-10-15", "2021-08-05", "v01")
    assert cb.rayleighs_info["value"] == pytest.approx(10.137431837782506, rel=1e-12)
    # flatfield payloads: panel shape, statistics and histogram from the real multiplier
    ff = np.asarray(cb.flatfield.flat_field_multiplier)
    assert cb.flatfield_panel["shape"] == list(ff.shape)
    assert cb.flatfield_stats["max"] == pytest.approx(float(ff.max()))
    assert cb.flatfield_stats["median"] == pytest.approx(float(np.median(ff)))
    assert cb.flatfield_stats["std"] == pytest.approx(float(ff.std()))
    assert sum(cb.flatfield_histogram["counts"]) == ff.size
    restored = dequantize(cb.flatfield_panel)
    step = (cb.flatfield_panel["vmax"] - cb.flatfield_panel["vmin"]) / 254
    assert np.nanmax(np.abs(restored - ff)) <= step


def test_choosing_another_file_changes_the_python_selection_and_the_frame(client):
    cb = CalibrationBrowser(dataset="REGO", device_uid="654", site_uid="gill", date="2021-11-04",
                            client=client).wait()
    before = cb.calibrated.copy()
    cb.select_rayleighs(RAY_654_V01).wait()
    assert cb.rayleighs.version == "v01"
    assert cb.rayleighs_info["filename"] == RAY_654_V01
    assert cb.rayleighs_info["value"] == pytest.approx(10.35)
    after = cb.calibrated
    mask = before > 0
    assert np.allclose(after[mask] / before[mask], 10.35 / 10.137431837782506, rtol=1e-5)
    # setting the trait (what a click does) loads it too
    cb.selected_flatfield = FLAT_654_V01
    cb.wait()
    assert cb.flatfield.version == "v01"


def test_steps_switch_consistently_with_calibrate(client):
    cb = CalibrationBrowser(dataset="REGO", site_uid="gill", date="2021-11-04 06:00", client=client).wait()
    assert cb.device_uid == "654"
    raw = cb.raw_frame
    seen = {}
    for dark in (True, False):
        for flat in (True, False):
            for ray in (True, False):
                cb.steps = {"dark": dark, "flatfield": flat, "rayleighs": ray}
                cb.wait()
                expected = calibrate(raw, flatfield=cb.flatfield if flat else None,
                                     rayleighs=cb.rayleighs if ray else None,
                                     dark="corner" if dark else None, metadata=cb.raw_metadata)
                np.testing.assert_array_equal(cb.calibrated, expected)
                assert cb.calibrated_info["units"] == ("R" if ray else "DN")
                assert cb.calibrated_info["max"] == pytest.approx(float(expected.max()))
                seen[(dark, flat, ray)] = cb.calibrated.copy()
    # with no steps the "after" frame is the raw frame; each step changes it
    np.testing.assert_array_equal(seen[(False, False, False)], raw)
    assert not np.array_equal(seen[(True, False, False)], raw)
    assert not np.array_equal(seen[(False, True, False)], raw)
    # the raw panel does not depend on the steps
    assert cb.raw_info["units"] == "DN" and cb.raw_info["max"] == float(raw.max())


def test_unknown_device_is_an_inline_error_with_a_way_out(client):
    cb = CalibrationBrowser(dataset="REGO", device_uid="999", date="2021-11-04", client=client).wait()
    assert cb.status == "error"
    assert "999" in cb.message
    assert "654" in cb.message and "655" in cb.message  # the devices that do have files
    assert "Traceback" not in cb.message
    assert cb.flatfield is None and cb.selected_flatfield == ""
    cb.device_uid = "654"  # the retry path: fix the device
    cb.wait()
    assert cb.status == "ready", cb.message
    assert cb.selected_flatfield == FLAT_654_V02


def test_nothing_valid_at_the_date_lists_candidates_and_allows_a_choice(client):
    cb = CalibrationBrowser(dataset="REGO", device_uid="654", date="2010-01-01", client=client).wait()
    assert cb.status == "error"
    assert "valid" in cb.message and "2014-10-15" in cb.message
    assert len(cb.flatfield_candidates) == 2 and cb.selected_flatfield == ""
    assert cb.raw_status == "none"  # no raw data that day, said inline
    cb.select_flatfield(FLAT_654_V01).wait()
    assert cb.flatfield.version == "v01"


def test_no_raw_data_keeps_the_calibration(client):
    cb = CalibrationBrowser(dataset="REGO", device_uid="655", date="2021-08-10", client=client).wait()
    assert cb.status == "ready", cb.message
    assert cb.rayleighs is not None
    assert cb.raw_status == "none"
    assert "No REGO_RAW data" in cb.raw_message
    assert cb.calibrated is None


def test_no_device_found_without_raw_data(client):
    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2019-06-21", client=client).wait()
    assert cb.status == "error"
    assert "resu" in cb.message


def test_themis_has_no_calibrations():
    cb = CalibrationBrowser(dataset="THEMIS_ASI_SKYMAP_IDLSAV", client=object())
    assert cb.status == "error" and "no calibration files for THEMIS" in cb.message
    assert calibration_array("trex_blue") == "TREX_BLUE"


def test_histogram_counts_every_finite_value():
    values = np.array([[1.0, 2.0, np.nan], [2.0, 3.0, 4.0]])
    h = histogram(values, bins=3)
    assert sum(h["counts"]) == 5 and len(h["edges"]) == 4


def test_works_offline_once_its_files_are_cached(archive_root, download_dir):
    """With the API gone, the device's calibrations open from the cache: no request, same files."""
    import warnings

    from aurora_widgets.archive.server import ArchiveServer

    server = ArchiveServer(archive_root).start()
    try:
        online = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04",
                                    client=Client(api_url=server.url, download_dir=download_dir, retries=0))
        online.wait()
        assert online.status == "ready", online.message
        url = server.url
    finally:
        server.stop()  # connection refused from now on
    offline_client = Client(api_url=url, download_dir=download_dir, retries=0, backoff=0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Could not get a fresh file listing ..."
        offline = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04", client=offline_client)
        offline.wait()
    assert offline.status == "ready", offline.message
    assert offline.selected_flatfield == online.selected_flatfield == "REGO_flatfield_15654_20210806-+_v02.sav"
    assert offline.selected_rayleighs == online.selected_rayleighs
    assert np.array_equal(offline.flatfield.flat_field_multiplier, online.flatfield.flat_field_multiplier)
    assert offline.rayleighs.rayleighs_perdn_persecond == online.rayleighs.rayleighs_perdn_persecond
