"""SkymapBrowser's range playback against the archive: traits, the _playback_segment command, calibration, Explorer."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from playback_clients import HidingClient

from aurora_widgets.data import Client, calibrate
from aurora_widgets.data.errors import InputError
from aurora_widgets.data.readers import read_raw
from aurora_widgets.widgets.skymap_browser import SkymapBrowser

RANGE = ["2021-11-04T06:00", "2021-11-04T06:03"]


@pytest.fixture
def client(api_url: str, download_dir: Path) -> Client:
    return Client(api_url=api_url, download_dir=download_dir)


def ask(browser: SkymapBrowser, monkeypatch: pytest.MonkeyPatch, key: str,
        index: int) -> tuple[dict[str, Any], list[Any]]:
    """Send the command as the front-end does (anywidget's custom message) and return its response and buffers."""
    sent: list[tuple[dict[str, Any], list[Any]]] = []
    monkeypatch.setattr(browser, "send", lambda content, buffers=None: sent.append((content, list(buffers or []))))
    browser._handle_custom_msg({"kind": "anywidget-command", "id": f"q{index}", "name": "_playback_segment",
                                "msg": {"key": key, "index": index}}, [])
    content, buffers = sent[-1]
    assert content["kind"] == "anywidget-command-response" and content["id"] == f"q{index}"
    return content["response"], buffers


def browser_for(client: Any, dataset: str = "THEMIS_ASI_SKYMAP_IDLSAV", **kw: Any) -> SkymapBrowser:
    b = SkymapBrowser(dataset, site_uid="gill", date="2021-11-04T06:00", client=client, **kw).wait()
    assert b.status == "ready", b.message
    return b


def playing(b: SkymapBrowser, value: list[str] = RANGE) -> SkymapBrowser:
    b.play_range = value
    b.wait()
    assert b.playback, (b.playback_state, b.playback_message)
    return b


def test_no_range_keeps_the_single_minute_mode(client: Client) -> None:
    b = browser_for(client)
    assert b.play_range == [] and b.playback == {} and b.playback_status == {}
    assert b.frames_status == "ready" and b.frames["shape"][0] > 0
    assert b.play_speed == 20.0


def test_the_command_answers_each_segment_per_the_contract(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    b = playing(browser_for(client))
    pb = b.playback
    assert pb["sites"] == ["gill"] and pb["units"] == "counts" and pb["cadence_s"] == 3.0
    assert pb["stale_after_s"] == 4.5 and pb["ring_mb"] > 0 and pb["scale"][1] > pb["scale"][0]
    assert [s["start"] for s in pb["segments"]] == ["2021-11-04T06:00:00", "2021-11-04T06:01:00",
                                                     "2021-11-04T06:02:00"]
    instants: list[dt.datetime] = []
    sent = 0
    for i in range(3):
        reply, buffers = ask(b, monkeypatch, pb["key"], i)
        assert reply["status"] == "ready" and reply["key"] == pb["key"] and reply["index"] == i
        (site,) = reply["sites"]
        n, h, w = site["shape"]
        assert b.skymap is not None and (h, w) == b.skymap.full_elevation.shape  # the primary's own pixel grid
        assert len(buffers) == 1 and len(buffers[site["buffer"]]) == n * h * w
        assert site["frame_of_instant"] == list(range(n)) and site["stale"] == [False] * n
        instants += [dt.datetime.fromisoformat(c) for c in reply["clock"]]
        sent += len(buffers[0])
    assert all(a < b for a, b in itertools.pairwise(instants))  # increasing across segments
    assert b.playback_status["bytes_sent"] == sent and b.playback_status["total"] == 3
    assert b.playback_status["frames_sent"] == len(instants)


def test_a_superseded_key_is_refused_and_the_altitude_only_rekeys(client: Client,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    b = playing(browser_for(client))
    old = b.playback["key"]
    assert ask(b, monkeypatch, "not-the-key", 0)[0]["message"] == "superseded"
    session = b._pb.session
    b.altitude_km = 150
    assert b.playback["key"] != old and b._pb.session is session  # decoded minutes kept
    reply, buffers = ask(b, monkeypatch, old, 0)
    assert reply == {"key": old, "index": 0, "status": "error", "message": "superseded"} and buffers == []
    assert ask(b, monkeypatch, b.playback["key"], 0)[0]["status"] == "ready"


@pytest.mark.parametrize(("value", "words"), [
    (["2021-11-04T07:00", "2021-11-04T06:00"], "start must come before the end"),
    (["2021-11-04T00:00", "2021-11-04T07:00"], "at most 6 h"),
    (["not a time", "2021-11-04T07:00"], "play_range"),
    (["2021-11-04T06:00"], "[start, end]"),
])
def test_bad_play_ranges_raise_input_error_with_a_message(value: list[str], words: str) -> None:
    b = SkymapBrowser(client=None)
    b.play_range = ["2021-11-04T06:00", "2021-11-04T06:10"]
    with pytest.raises(InputError) as err:
        b.play_range = value
    assert words in str(err.value)
    assert b.play_range == ["2021-11-04T06:00", "2021-11-04T06:10"]  # the bad value never landed


def test_play_range_is_normalised_to_minutes() -> None:
    b = SkymapBrowser(client=None)
    b.play_range = ["2021-11-04T06:00:00", "2021-11-04 06:30"]
    assert b.play_range == ["2021-11-04T06:00", "2021-11-04T06:30"]


def test_reload_clears_playback_and_plans_again(client: Client) -> None:
    b = playing(browser_for(client))
    old = b._pb.session
    b.reload()
    assert b.playback == {} and b.playback_status == {}
    b.wait()
    assert b.playback and b._pb.session is not old  # planned again once the selection is back
    b.play_range = []
    assert b.playback == {} and b._pb.session is None


def test_neighbours_share_the_clock_and_are_stale_when_a_minute_is_missing(
        client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    hiding = HidingClient(client, "20211104_0601_rank_")
    b = browser_for(hiding, "REGO_SKYMAP_IDLSAV", show_neighbours=True, neighbour_radius_km=800)
    ready = [n["site_uid"] for n in b.neighbours if n["status"] == "ready"]
    assert "rank" in ready
    b = playing(b, ["2021-11-04T06:00", "2021-11-04T06:02"])
    assert b.playback["sites"] == ["gill", *ready]
    key = b.playback["key"]
    first, _ = ask(b, monkeypatch, key, 0)
    rank0 = next(s for s in first["sites"] if s["site_uid"] == "rank")
    assert not any(rank0["stale"]) and min(rank0["frame_of_instant"]) >= 0
    reply, buffers = ask(b, monkeypatch, key, 1)
    rank = next(s for s in reply["sites"] if s["site_uid"] == "rank")
    assert rank["shape"][0] == 1 and len(buffers[rank["buffer"]]) == int(np.prod(rank["shape"]))
    frame_time = dt.datetime.fromisoformat(rank["times"][0])
    clock = [dt.datetime.fromisoformat(c) for c in reply["clock"]]
    assert frame_time < clock[0]  # the earlier frame, never a later one
    assert rank["stale"] == [(c - frame_time).total_seconds() > 4.5 for c in clock]
    assert True in rank["stale"] and rank["stale"][0] is False
    assert len(buffers) == len([s for s in reply["sites"] if "buffer" in s])


def test_calibrated_playback_is_in_rayleighs_and_matches_calibrate(client: Client,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from aurora_widgets.widgets.calibration_browser import CalibrationBrowser

    cb = CalibrationBrowser("REGO", site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    assert cb.flatfield is not None and cb.rayleighs is not None, cb.message
    b = browser_for(client, "REGO_SKYMAP_IDLSAV")
    counts = playing(b, ["2021-11-04T06:00", "2021-11-04T06:01"]).playback["scale"]
    b.calibrate_playback(cb.flatfield, cb.rayleighs, "corner")
    b.wait()
    pb = b.playback
    assert pb["units"] == "Rayleighs" and pb["scale"] != counts
    reply, buffers = ask(b, monkeypatch, pb["key"], 0)
    assert reply["status"] == "ready", reply
    site = reply["sites"][0]
    codes = np.frombuffer(buffers[0], np.uint8).reshape(site["shape"]).astype(np.float64)
    # the same frames, calibrated by data.calibrate
    path = client.cached_path("REGO_RAW", "20211104_0600_gill_rego-654_6300.pgm.gz")
    assert path is not None
    data = read_raw([str(path)])
    expected = np.moveaxis(calibrate(data.data, cb.flatfield, cb.rayleighs, dark="corner", metadata=data.metadata),
                           2, 0)
    vmin, vmax = pb["scale"]
    decoded = vmin + codes * (vmax - vmin) / 255
    step = (vmax - vmin) / 255
    np.testing.assert_array_less(np.abs(decoded - np.clip(expected, vmin, vmax)), step / 2 + 1e-3 * step)
    b.calibrate_playback()  # back to counts
    b.wait()
    assert b.playback["units"] == "counts" and b.playback["scale"] == counts


def test_the_explorer_plays_a_keogram_range_calibrated(client: Client) -> None:
    from aurora_widgets.widgets.explorer import Explorer

    ex = Explorer(client=client)
    ex.choose(dataset="REGO_SKYMAP_IDLSAV", site="gill", date="2021-11-04 06:00").wait()
    sb = ex.skymap_browser
    ex.keogram_picker.time_range = ("2021-11-04T06:00", "2021-11-04T06:01")
    assert sb.play_range == ["2021-11-04T06:00", "2021-11-04T06:02"]  # the last minute dragged included
    ex.wait()
    assert sb.playback["units"] == "Rayleighs" and len(sb.playback["segments"]) == 2
    assert sb._pb._calibration is not None and sb._pb._calibration["flatfield"] is ex.calibration_browser.flatfield
    ex.keogram_picker.time_range = ("2021-11-04T00:00", "2021-11-04T07:00")
    assert ex.status == "error" and "at most 6 h" in ex.message
    assert sb.play_range == ["2021-11-04T06:00", "2021-11-04T06:02"]


def test_calibrated_neighbours_use_their_own_cameras_calibrations(client: Client,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from aurora_widgets.data.neighbours import bin_factor, bin_frames
    from aurora_widgets.widgets.calibration_browser import CalibrationBrowser

    gill = CalibrationBrowser("REGO", site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    rank = CalibrationBrowser("REGO", site_uid="rank", date="2021-11-04T06:00", client=client).wait()
    assert rank.flatfield is not None and rank.rayleighs is not None, rank.message
    assert rank.device_uid != gill.device_uid
    b = browser_for(client, "REGO_SKYMAP_IDLSAV", show_neighbours=True, neighbour_radius_km=800)
    b.calibrate_playback(gill.flatfield, gill.rayleighs, "corner")
    b = playing(b, ["2021-11-04T06:00", "2021-11-04T06:01"])
    assert b.playback["units"] == "Rayleighs" and "rank" in b.playback["sites"]
    reply, buffers = ask(b, monkeypatch, b.playback["key"], 0)
    row = next(s for s in reply["sites"] if s["site_uid"] == "rank")
    assert row["status"] == "ready", row
    codes = np.frombuffer(buffers[row["buffer"]], np.uint8).reshape(row["shape"]).astype(np.float64)
    path = next(p for p in (Path(client.download_dir) / "REGO_RAW").rglob("20211104_0600_rank_*"))
    data = read_raw([str(path)])
    cal = calibrate(data.data, rank.flatfield, rank.rayleighs, dark="corner", metadata=data.metadata)
    expected = np.moveaxis(bin_frames(cal, bin_factor(cal.shape[:2])), 2, 0)
    vmin, vmax = b.playback["scale"]
    step = (vmax - vmin) / 255
    decoded = vmin + codes * step
    np.testing.assert_array_less(np.abs(decoded - np.clip(expected, vmin, vmax)), step / 2 + 1e-3 * step)
