"""SkymapBrowser's frame view and star fit, against the archive: payload on the typed wire, the table, supersede."""

from __future__ import annotations

import datetime as dt
import threading

import numpy as np
import pytest

from aurora_widgets.widgets._skymap_frameview import fit_instant, wire_payload

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"


@pytest.fixture
def gill(api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00",
                            client=Client(api_url=api_url, download_dir=download_dir)).wait()
    assert browser.status == "ready", browser.message
    assert browser.frames_status == "ready", browser.frames_message
    return browser


def test_fit_instant_is_the_middle_of_the_minute():
    assert fit_instant(dt.datetime(2021, 11, 4, 6, 0, 57)) == dt.datetime(2021, 11, 4, 6, 0, 30)


def test_wire_payload_keeps_bytes_and_shapes():
    codes = np.arange(6, dtype=np.uint8).reshape(2, 3)
    points = np.arange(8, dtype=np.float32)
    p = {"frame": {"data": codes.data, "shape": [2, 3]}, "contours": {"points": points.data, "lines": []}}
    w = wire_payload(p)
    assert w["frame"]["codes"]["dtype"] == "uint8" and bytes(w["frame"]["codes"]["view"]) == codes.tobytes()
    assert w["contours"]["points"]["shape"] == [4, 2]
    assert "data" not in w["frame"] and "data" in p["frame"]  # the input is not changed


def test_frame_view_payload_of_the_chosen_skymap(gill):
    p = gill.frame_view
    assert gill.frame_view_status == "ready", gill.frame_view_message
    assert p["skymap_filename"] == gill.selected == GILL_2021
    h, w = gill.skymap.full_elevation.shape
    assert p["frame"]["codes"]["shape"] == [h, w] and p["frame"]["codes"]["dtype"] == "uint8"
    assert len(bytes(p["frame"]["codes"]["view"])) == h * w
    assert p["contours"]["points"]["dtype"] == "float32"
    assert p["when"].startswith("2021-11-04T06:00:30")
    found = [s for s in p["stars"] if s["status"] == "found"]
    assert len(found) >= 15
    assert p["fit"]["ok"] and p["fit"]["median_px"] < 0.5
    with pytest.raises(Exception, match="read-only"):
        gill.frame_view = {}


def test_altitude_changes_only_the_graticule(gill):
    before = gill.frame_view
    gill.altitude_km = 150
    gill.wait()
    after = gill.frame_view
    assert after["altitude_km"] == 150 and before["altitude_km"] == 110
    assert after["stars"] == before["stars"]
    lat = lambda p: [ln for ln in p["contours"]["lines"] if ln["kind"] == "latitude"]  # noqa: E731
    assert lat(after) and lat(before)
    assert bytes(after["contours"]["points"]["view"]) != bytes(before["contours"]["points"]["view"])


def test_star_fit_table_marks_the_current_skymap_best(gill):
    rows = gill.star_fit
    assert [r["skymap_filename"] for r in rows] == [c["filename"] for c in gill.candidates]
    assert set(rows[0]) >= {"skymap_filename", "stars_found", "median_px", "p90_px", "best", "reason"}
    best = [r for r in rows if r["best"]]
    assert len(best) == 1 and best[0]["skymap_filename"] == GILL_2021, rows
    assert best[0]["stars_found"] >= 15 and best[0]["median_px"] < 0.5
    fitted = [r for r in rows if r["median_px"] is not None]
    assert len(fitted) >= 2  # an older skymap of the same camera fits too, worse
    assert all(r["median_px"] > best[0]["median_px"] for r in fitted if not r["best"])
    for r in rows:  # never a residual from too few stars: a row without a median says why
        if r["median_px"] is None:
            assert r["reason"] and r["caption"].endswith("no fit")
        else:
            assert r["stars_found"] >= 6
    assert gill.selected == GILL_2021  # the best fit does not change the choice (chosen by validity)
    assert "Best star fit" in gill.star_fit_message


def test_daylight_says_why_there_is_no_fit(gill, monkeypatch):
    import aurora_widgets.widgets._skymap_frameview as fv

    # the same frame fitted as if taken at 18:30 UT (midday in Manitoba): the sun is up
    monkeypatch.setattr(fv, "fit_instant", lambda minute: minute.replace(hour=18, minute=0, second=30))
    gill.frame_index = 2
    gill.wait()
    rows = gill.star_fit
    assert rows and all(r["median_px"] is None and r["p90_px"] is None for r in rows), rows
    assert all("sun" in r["reason"].lower() or "daylight" in r["reason"].lower() for r in rows), rows
    assert not any(r["best"] for r in rows)
    assert gill.star_fit_message.startswith("No star fit:")
    assert gill.frame_view["fit"]["median_px"] is None and not gill.frame_view["fit"]["ok"]


def test_no_frames_no_frame_view(gill):
    gill.date = "2021-11-04T20:00"  # the archive has no gill frames then
    gill.wait()
    assert gill.frames_status == "none"
    assert gill.frame_view == {} and gill.frame_view_status == "none" and gill.star_fit == []
    assert gill.star_fit_status == "none" and "No frame" in gill.star_fit_message


def test_a_newer_frame_supersedes_an_older_fit(gill, monkeypatch):
    import aurora_widgets.data.starfit as starfit

    gate, started = threading.Event(), threading.Event()
    real = starfit.fit_candidates
    calls: list[int] = []

    def slow(frame, skymaps, when, *a, **k):
        calls.append(int(np.asarray(frame).sum()))
        if len(calls) == 1:
            started.set()
            gate.wait(30)  # the first request is still fitting when the second one comes
        return real(frame, skymaps, when, *a, **k)

    monkeypatch.setattr(starfit, "fit_candidates", slow)
    gill.frame_index = 3
    assert started.wait(30)
    gill.frame_index = 5
    gill._jobs.wait(1.0)  # the second fit lands first
    gate.set()
    gill.wait()
    assert len(calls) >= 2
    assert {r["frame_index"] for r in gill.star_fit} == {5}
    assert gill.frame_view["frame_index"] == 5


def test_code_reproduces_the_star_fit_with_the_data_layer(gill, api_url, download_dir):
    from aurora_widgets.widgets._codegen import FileChoice, SkymapChoice, selection_code

    raw = gill._fv.raw_choice()
    assert raw is not None and raw.dataset == "THEMIS_ASI_RAW"
    chosen = next(c for c in gill.candidates if c["filename"] == gill.selected)
    file = FileChoice(chosen["filename"], dt.datetime.fromisoformat(chosen["valid_from"]), True)
    code = selection_code(SkymapChoice(gill.dataset_name, gill.site_uid, dt.datetime(2021, 11, 4, 6, 0), file,
                                       star_fit=raw), client_args={"api_url": api_url,
                                                                   "download_dir": str(download_dir)})
    assert "fit_stars(" in code
    scope: dict = {}
    exec(compile(code, "<code tab>", "exec"), scope)  # the script the Code tab shows
    best = next(r for r in gill.star_fit if r["skymap_filename"] == gill.selected)
    assert scope["fit"].stars_found == best["stars_found"]
    assert scope["fit"].median_px == pytest.approx(best["median_px"])


def test_stepping_through_frames_fits_only_the_frame_stopped_at(gill, monkeypatch):
    import aurora_widgets.data.starfit as starfit

    real = starfit.fit_candidates
    fitted: list[float] = []

    def counting(frame, *a, **k):
        fitted.append(float(np.asarray(frame).sum()))
        return real(frame, *a, **k)

    monkeypatch.setattr(starfit, "fit_candidates", counting)
    for i in range(1, 10):  # faster than a fit: playback
        gill.frame_index = i
    gill.wait()
    assert len(fitted) <= 2, len(fitted)
    assert {r["frame_index"] for r in gill.star_fit} == {9}
    assert gill.frame_view["frame_index"] == 9
