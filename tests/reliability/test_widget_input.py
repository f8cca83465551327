"""Bad input to the widgets, from Python and from the front-end (comm ``update`` messages).

For every case: no exception other than our own InputError reaches a Python caller (and the
refused value is not kept), nothing at all escapes a front-end update (ipywidgets would print a
traceback into the notebook), the widget says what went wrong and what to do in ``status`` /
``message``, no background thread dies with an exception, and a following valid input works.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest

from aurora_widgets.data import InputError

pytestmark = pytest.mark.timeout(120)

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"
FLAT = "REGO_flatfield_15654_20210806-+_v02.sav"
HINTS = ("use ", "check", "choose", "give", "pick", "try", "enter", "e.g.", "showing the nearest", "must be",
         "candidates:", "expected")


@pytest.fixture(autouse=True)
def no_thread_dies():
    """Fail the test if any thread ends with an uncaught exception (the kernel would log it)."""
    died: list[str] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: died.append(f"{args.thread.name}: {args.exc_type.__name__}: "
                                                    f"{args.exc_value}")
    try:
        yield
    finally:
        threading.excepthook = previous
    assert died == []


@pytest.fixture
def tracebacks(monkeypatch):
    """What ipywidgets would print into the notebook for a failing comm message (via showtraceback)."""
    import ipywidgets.widgets.widget as widget_module

    shown: list[BaseException] = []

    class FakeShell:
        def showtraceback(self) -> None:
            shown.append(sys.exc_info()[1])

    monkeypatch.setattr(widget_module, "get_ipython", lambda: FakeShell())
    return shown


def front_end(widget: Any, **state: Any) -> None:
    """Send ``state`` to the widget as the front-end does (a comm ``update`` message)."""
    widget._handle_msg({"content": {"data": {"method": "update", "state": state, "buffer_paths": []}},
                        "buffers": []})


def says_what_to_do(message: str) -> bool:
    return bool(message) and "Traceback" not in message and any(h in message.lower() for h in HINTS)


@pytest.fixture
def client(make_client):
    return make_client(timeout=10, retries=1)


# ------------------------------------------------------------------------------ SkymapBrowser
def _skymap_ok(b: Any) -> None:
    b.wait(60)
    assert b.status == "ready", b.message
    assert b.selected == GILL_2021 and b.skymap is not None and b.skymap.site_uid == "gill"


SKYMAP_BAD = {
    "unknown-site": {"site_uid": "zzzz"},
    "html-site": {"site_uid": "<b>gill</b>"},
    "non-skymap-dataset": {"dataset_name": "REGO_RAW"},
    "unknown-dataset": {"dataset_name": "NO_SUCH_SKYMAP_IDLSAV"},
    "dataset-without-files-for-site": {"dataset_name": "TREX_RGB_SKYMAP_IDLSAV", "site_uid": "resu"},
    "garbage-date": {"date": "garbage"},
    "impossible-date": {"date": "2021-13-45"},
    "date-of-wrong-type": {"date": 20211104},
    "date-null": {"date": None},
    "unknown-selected-file": {"selected": "nope.sav"},
    "compare-unknown-file": {"compare": "nope.sav"},
    "altitude-negative": {"altitude_km": -5},
    "altitude-text": {"altitude_km": "high"},
}


@pytest.mark.parametrize("case", list(SKYMAP_BAD))
def test_skymap_browser_front_end_bad_input(case, client, tracebacks):
    from aurora_widgets.widgets import SkymapBrowser

    b = SkymapBrowser(site_uid="gill", date="2021-11-04", client=client)
    _skymap_ok(b)
    front_end(b, **SKYMAP_BAD[case])
    b.wait(60)
    assert tracebacks == []
    if case == "altitude-negative":  # clamped to the allowed range instead
        assert b.altitude_km == 80.0 and b.status == "ready"
    else:
        assert b.status == "error", (case, b.status, b.message)
        assert says_what_to_do(b.message), b.message
    # a valid input afterwards works
    front_end(b, dataset_name="THEMIS_ASI_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04",
              selected=GILL_2021, compare="", altitude_km=110.0)
    b.reload()
    _skymap_ok(b)
    assert tracebacks == []


@pytest.mark.parametrize("date", [object(), 12345, [2021, 11, 4], "not a date", "2021-13-45", b"2021-11-04"],
                         ids=["object", "int", "list", "text", "impossible", "bytes"])
def test_skymap_browser_python_garbage_date_is_our_input_error(date, client):
    from aurora_widgets.widgets import SkymapBrowser

    with pytest.raises(InputError) as info:
        SkymapBrowser(site_uid="gill", date=date, client=client)
    assert says_what_to_do(str(info.value)), str(info.value)
    _skymap_ok(SkymapBrowser(site_uid="gill", date="2021-11-04", client=client))


@pytest.mark.parametrize("date", ["2001-01-01", "1990-06-01"])
def test_skymap_browser_date_outside_every_validity_shows_why(date, client):
    from aurora_widgets.widgets import SkymapBrowser

    b = SkymapBrowser(site_uid="gill", date=date, client=client).wait(60)
    assert b.status in ("ready", "error")
    assert f"No skymap is valid at {date}" in b.message and says_what_to_do(b.message)
    assert not any(c["is_best"] for c in b.candidates)  # the nearest is shown, not called "best"
    b.date = "2021-11-04"
    _skymap_ok(b)


@pytest.mark.parametrize("site", ["zzzz", "", "   ", "gill/../x"])
def test_skymap_browser_python_bad_site(site, client):
    from aurora_widgets.widgets import SkymapBrowser

    b = SkymapBrowser(site_uid=site, date="2021-11-04", client=client).wait(60)
    assert b.skymap is None
    assert b.status in ("error", "idle") and says_what_to_do(b.message), (b.status, b.message)
    b.site_uid = "gill"
    _skymap_ok(b)


# ------------------------------------------------------------------------------ CalibrationBrowser
def _calibration_ok(cb: Any) -> None:
    cb.wait(60)
    assert cb.status == "ready", cb.message
    assert cb.selected_flatfield == FLAT and cb.flatfield is not None


CAL_BAD = {
    "unknown-device": ({"device_uid": "99999"}, "no REGO flatfield or Rayleighs"),
    "html-device": ({"device_uid": "<img src=x>"}, "no REGO flatfield or Rayleighs"),
    "unknown-site": ({"device_uid": "", "site_uid": "zzzz"}, "to find its camera from"),
    "date-before-every-file": ({"date": "2001-01-01"}, "is valid at 2001-01-01"),
    "garbage-date": ({"date": "garbage"}, "Cannot understand the date"),
    "date-of-wrong-type": ({"date": 5}, "Refused a value"),
    "unknown-flatfield-file": ({"selected_flatfield": "nope.sav"}, "is not one of the flatfield files"),
    "steps-of-wrong-type": ({"steps": "all"}, "Refused a value"),
    "frame-index-text": ({"frame_index": "first"}, "Refused a value"),
}


@pytest.mark.parametrize("case", list(CAL_BAD))
def test_calibration_browser_front_end_bad_input(case, client, tracebacks):
    from aurora_widgets.widgets import CalibrationBrowser

    cb = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04", client=client)
    _calibration_ok(cb)
    state, expected = CAL_BAD[case]
    front_end(cb, **state)
    cb.wait(60)
    assert tracebacks == []
    assert cb.status == "error", (case, cb.status, cb.message)
    assert expected in cb.message and says_what_to_do(cb.message), cb.message
    front_end(cb, date="2021-11-04", site_uid="", device_uid="654")
    cb.reload()
    _calibration_ok(cb)
    assert tracebacks == []


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"dataset": "THEMIS"}, "no calibration files for THEMIS"),
    ({"dataset": "TREX_RGB_SKYMAP_IDLSAV"}, "no calibration files for TREx RGB"),
    ({"dataset": "<script>x</script>"}, "no calibration files for"),
    ({"dataset": "REGO"}, "Give device_uid, or site_uid and date"),
], ids=["themis", "trex-rgb", "html", "nothing-to-find"])
def test_calibration_browser_python_bad_target_is_inline(kwargs, expected, client):
    from aurora_widgets.widgets import CalibrationBrowser

    cb = CalibrationBrowser(client=client, **kwargs).wait(30)
    assert expected.lower() in cb.message.lower()
    cb.set_target(array="REGO", device_uid="654", date="2021-11-04")
    _calibration_ok(cb)


@pytest.mark.parametrize("date", [object(), 12345, "garbage"], ids=["object", "int", "text"])
def test_calibration_browser_python_garbage_date_is_our_input_error(date, client):
    from aurora_widgets.widgets import CalibrationBrowser

    with pytest.raises(InputError):
        CalibrationBrowser(dataset="REGO", device_uid="654", date=date, client=client)
    cb = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04", client=client)
    with pytest.raises(InputError):
        cb.set_target(date=object())
    _calibration_ok(cb)


# ------------------------------------------------------------------------------ DatePicker
DATE_BAD = {
    "after-max": {"date": "2030-01-01"},
    "before-min": {"date": "1999-12-31"},
    "garbage": {"date": "garbage"},
    "us-format": {"date": "11/04/2021"},
    "number": {"date": 5},
    "null": {"date": None},
    "time-out-of-range": {"time": "25:00"},
    "time-garbage": {"time": "noon"},
}


@pytest.mark.parametrize("case", list(DATE_BAD))
def test_date_picker_front_end_bad_input(case, tracebacks):
    from aurora_widgets.widgets import DatePicker

    p = DatePicker("2021-11-04T06:30", min_date="2021-01-01", max_date="2021-12-31", with_time=True)
    before = (p.date, p.time, list(p.available))
    front_end(p, **DATE_BAD[case])
    assert tracebacks == []
    assert p.status == "error" and says_what_to_do(p.message), p.message
    assert (p.date, p.time, list(p.available)) == before  # the refused value was not kept
    assert p.value is not None
    front_end(p, date="2021-11-05", time="07:15")
    assert p.value.isoformat() == "2021-11-05T07:15:00"
    assert p.status != "error" and p.message == ""  # the message went away with a valid value


@pytest.mark.parametrize("value", ["2030-01-01", "garbage", "11/04/2021"])
def test_date_picker_python_refusal_keeps_the_old_value(value):
    from aurora_widgets.widgets import DatePicker

    p = DatePicker("2021-11-04", min_date="2021-01-01", max_date="2021-12-31")
    with pytest.raises(InputError):
        p.value = value
    assert p.date == "2021-11-04" and p.value.isoformat() == "2021-11-04T00:00:00"
    with pytest.raises(InputError):
        p.date = value
    assert p.date == "2021-11-04"
    p.value = "2021-12-31"
    assert p.date == "2021-12-31"


# ------------------------------------------------------------------------------ SitePicker
SITE_BAD = {
    "unknown-site": {"selected": "zzzz"},
    "html-site": {"selected": "<img src=x>"},
    "unknown-array": {"instrument_array": "mango"},
    "altitude-negative": {"altitude_km": -5},
    "altitude-huge": {"altitude_km": 1e9},
    "elevation-90": {"min_elevation": 90},
    "altitude-text": {"altitude_km": "high"},
}


@pytest.mark.parametrize("case", list(SITE_BAD))
def test_site_picker_front_end_bad_input(case, client, tracebacks):
    from aurora_widgets.widgets import SitePicker

    sp = SitePicker("themis_asi", client=client, value="gill").wait(30)
    assert sp.status == "ready" and sp.selected == "gill"
    before = (sp.instrument_array, sp.selected, sp.altitude_km, sp.min_elevation)
    front_end(sp, **SITE_BAD[case])
    sp.wait(30)
    assert tracebacks == []
    assert sp.status == "error" and says_what_to_do(sp.message), sp.message
    assert (sp.instrument_array, sp.selected, sp.altitude_km, sp.min_elevation) == before
    front_end(sp, selected="fsmi", altitude_km=150)
    assert sp.value.uid == "fsmi" and sp.altitude_km == 150 and sp.status == "ready"


def test_site_picker_python_bad_input(client):
    from aurora_widgets.widgets import SitePicker

    with pytest.raises(InputError, match="instrument_array must be one of"):
        SitePicker("mango", client=client)
    sp = SitePicker("rego", client=client, value="zzzz").wait(30)
    assert sp.value is None and "zzzz" in sp.message and says_what_to_do(sp.message)
    with pytest.raises(InputError):
        sp.selected = "nowhere"
    assert sp.selected == ""
    sp.selected = "resu"
    assert sp.value.uid == "resu"


# ------------------------------------------------------------------------------ Explorer
def test_explorer_survives_bad_input_everywhere(client, tracebacks):
    from aurora_widgets.widgets import Explorer

    ex = Explorer(client=client).wait(60)
    with pytest.raises(InputError):
        ex.choose(date=object())
    with pytest.raises(InputError):
        ex.choose(dataset="NO_SUCH_DATASET")
    front_end(ex.dataset_picker, selected="NO_SUCH_DATASET")
    assert ex.dataset_picker.status == "error" and "NO_SUCH_DATASET" in ex.dataset_picker.message
    assert ex.dataset_name == "" and ex.dataset is None  # the refused name never reached the Explorer
    front_end(ex.date_picker, date="garbage")
    assert ex.date_picker.status == "error"
    ex.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV")
    ex.wait(60)
    with pytest.raises(InputError):
        ex.choose(site="zzzz")  # not a THEMIS site: the picker refuses it
    front_end(ex.site_picker, selected="zzzz")
    assert ex.site_picker.status == "error" and ex.site_uid == "" and ex.site is None
    ex.choose(site="gill", date="2001-01-01").wait(60)
    assert "No skymap is valid at 2001-01-01" in ex.skymap_browser.message
    assert "No calibration files for THEMIS" in ex.calibration_note
    ex.choose(date="2021-11-04").wait(60)
    assert ex.skymap is not None and ex.skymap_browser.selected == GILL_2021, ex.skymap_browser.message
    assert "download_best_skymap" in ex.code
    assert tracebacks == []
