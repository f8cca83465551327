"""Explorer wiring and its code view, against the loopback archive server (no browser).

The code view's script is executed against the same archive server and must give the very files
(and the same calibrated frame) the widgets show.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.data import Client
from aurora_widgets.widgets._codegen import FileChoice, SkymapChoice, selection_code
from aurora_widgets.widgets.explorer import Explorer, array_of_dataset

FLAT_654_V01 = "REGO_flatfield_15654_20141015-20210805_v01.sav"


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def _run(code: str) -> dict:
    namespace: dict = {}
    exec(compile(code, "<explorer code view>", "exec"), namespace)
    return namespace


def test_dataset_sets_the_site_pickers_array_and_themis_has_no_calibration(client):
    ex = Explorer(client=client)
    ex.choose(dataset="REGO_SKYMAP_IDLSAV")
    assert ex.array == "rego"
    assert ex.site_picker.instrument_array == "rego"
    assert ex.skymap_browser.dataset_name == "REGO_SKYMAP_IDLSAV"
    assert ex.calibration_note == ""
    ex.choose(dataset="THEMIS_ASI_RAW")
    assert ex.site_picker.instrument_array == "themis_asi"
    assert ex.skymap_browser.dataset_name == "THEMIS_ASI_SKYMAP_IDLSAV"
    assert "No calibration files for THEMIS" in ex.calibration_note
    ex.wait()


def test_themis_selection_and_its_code_give_the_same_skymap(client, capsys):
    ex = Explorer(client=client)
    ex.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site="gill", date="2021-11-04").wait()
    assert ex.dataset_name == "THEMIS_ASI_SKYMAP_IDLSAV" and ex.site_uid == "gill" and ex.when == "2021-11-04T06:00"
    assert ex.skymap is not None and ex.skymap.site_uid == "gill"
    assert ex.skymap_browser.selected == "themis_skymap_gill_20210308-+_v02.sav"
    assert ex.calibration is None
    # the calendar marks the days gill's skymaps cover, from the same listing
    assert ["2021-03-08", None] in ex.date_picker.available
    assert len(ex.date_picker.available) == len(ex.skymap_browser.candidates)
    assert ex.date_picker.covered is True
    assert ex.date_picker.available_label == "a skymap of gill"
    assert "download_best_skymap(\"THEMIS_ASI_SKYMAP_IDLSAV\", \"gill\", when)" in ex.code
    assert "calibration" not in ex.code.lower()
    ns = _run(ex.code)
    assert Path(ns["skymap"].filename).name == ex.skymap_browser.selected
    printed = capsys.readouterr().out.strip().splitlines()
    assert printed[0].endswith(ex.skymap_browser.selected)
    assert printed[1].startswith("2021-11-04 06:00")  # the frames of the minute on the map


def test_rego_selection_code_reproduces_skymap_calibration_and_frame(client):
    ex = Explorer(client=client)
    ex.choose(dataset="REGO_RAW", site="resu", date="2021-11-04 06:00").wait()
    assert ex.when == "2021-11-04T06:00"
    assert ex.skymap.site_uid == "resu"
    cal = ex.calibration
    assert cal is not None and cal.device_uid == "655" and "rego-655" in cal.device_source
    code = ex.code
    assert "find_device_uid(\"REGO_RAW\", \"resu\", datetime.datetime(2021, 11, 4, 6, 0))" in code
    ns = _run(code)
    assert Path(ns["skymap"].filename).name == ex.skymap_browser.selected
    assert ns["device_uid"] == "655"
    assert Path(ns["flatfield"].filename).name == ex.calibration_browser.selected_flatfield
    assert Path(ns["rayleighs"].filename).name == ex.calibration_browser.selected_rayleighs
    np.testing.assert_array_equal(ns["calibrated"], cal.calibrated)


def test_hand_chosen_files_and_steps_are_reproduced(client):
    ex = Explorer(client=client)
    ex.choose(dataset="REGO_SKYMAP_IDLSAV", site="gill", date="2021-11-04").wait()
    cb = ex.calibration_browser
    assert cb.device_uid == "654"
    cb.select_flatfield(FLAT_654_V01)
    cb.steps = {"dark": False, "flatfield": True, "rayleighs": False}
    ex.wait()
    assert ex.calibration.flatfield.version == "v01"
    assert "chosen by hand" in ex.code and FLAT_654_V01 in ex.code
    ns = _run(ex.code)
    assert Path(ns["flatfield"].filename).name == FLAT_654_V01
    assert Path(ns["rayleighs"].filename).name == cb.selected_rayleighs
    np.testing.assert_array_equal(ns["calibrated"], cb.calibrated)
    assert ns["calibrated"].dtype == np.uint16  # no Rayleighs step: still DN


def test_codegen_for_a_hand_chosen_skymap_picks_it_by_name(client, tmp_path):
    import datetime as dt

    code = selection_code(
        skymap=SkymapChoice("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2021, 11, 4),
                            FileChoice("themis_skymap_gill_20220301-+_v02.sav", dt.datetime(2022, 3, 1),
                                       is_best=False)),
        client_args={"api_url": client.api_url, "download_dir": str(tmp_path)},
    )
    ns = _run(code)
    assert Path(ns["skymap"].filename).name == "themis_skymap_gill_20220301-+_v02.sav"


def test_array_of_dataset():
    assert array_of_dataset("TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV") == (
        "trex_nir", "TREX_NIR_SKYMAP_IDLSAV", "TREX_NIR")
    assert array_of_dataset("TREX_RGB_SKYMAP_IDLSAV")[2] is None


def test_calendar_follows_the_open_tab_skymaps_or_the_devices_calibrations(client):
    ex = Explorer(client=client)
    ex.choose(dataset="REGO_RAW", site="resu", date="2021-11-04 06:00").wait()
    skymap_days = ex.date_picker.available
    assert skymap_days and ex.date_picker.available_label == "a skymap of resu"
    ex.tab = "calibration"
    cb = ex.calibration_browser
    assert cb.device_uid == "655"
    assert ex.date_picker.available_label == "a flatfield and a Rayleighs file of device 655"
    days = ex.date_picker.available
    flat = [[c["valid_from"], c["valid_to"]] for c in cb.flatfield_candidates]
    ray = [[c["valid_from"], c["valid_to"]] for c in cb.rayleighs_candidates]

    def covered(spans, day):
        return any(s <= day and (e is None or day <= e) for s, e in spans)

    for day in ("2014-10-01", "2014-10-02", "2019-06-30", "2021-11-04", "2030-01-01"):
        assert covered(days, day) == (covered(flat, day) and covered(ray, day)), day
    assert ex.date_picker.covered is True
    ex.tab = "skymap"
    assert ex.date_picker.available == skymap_days
