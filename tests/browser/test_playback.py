"""Playback of a UT range across minute files and sites (issue #15) in headless Chromium.

The harness delivers Python's answers only when asked (``Rendered.push``), so every test pumps:
page calls handled, queued messages pushed, the page's state read, until a condition holds. The
page's state is read through the playback controls' data attributes only (``data-head``,
``data-draws``, ``data-dropped``, ``data-gaps``, ``data-state``).
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PLAY = ".aurora-sb-play"
STATE = """() => {
  const p = document.querySelector('.aurora-sb-play');
  const sites = [...p.querySelectorAll('li[data-site]')]
    .map((li) => [li.dataset.site, li.dataset.status, li.textContent]);
  const cap = document.querySelector('.aurora-sb-mapfig figcaption');
  return { ...p.dataset, hidden: p.hidden, time: p.querySelector('output.aurora-sb-playtime').textContent,
           note: p.querySelector('.aurora-note').textContent, sites, caption: cap ? cap.textContent : '',
           gapMarks: p.querySelectorAll('.aurora-sb-playgap').length,
           canvasSites: document.querySelector('.aurora-sb-mapcanvas').dataset.sites || '' };
}"""


def _t(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def pump(rendered: Any, until: Callable[[dict], bool], timeout: float = 60.0) -> list[dict]:
    """Deliver messages both ways until ``until(state)`` holds; every state seen, in order."""
    seen: list[dict] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rendered.flush()
        rendered.push()
        state = rendered.page.evaluate(STATE)
        seen.append(state)
        if until(state):
            return seen
        time.sleep(0.03)
    raise AssertionError(f"timed out; last state {seen[-1] if seen else None}")


def _browser(api_url: str, download_dir: Any, dataset: str, **kwargs: Any) -> Any:
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    b = SkymapBrowser(dataset, site_uid="gill", date="2021-11-04T06:00",
                      client=Client(api_url=api_url, download_dir=download_dir), **kwargs).wait()
    assert b.status == "ready", b.message
    return b


def _render_playing(render: Any, browser: Any, play_range: list[str], speed: float) -> Any:
    rendered = render(browser, theme="jupyterlab-light")
    rendered.sync()
    rendered.page.wait_for_function(
        "() => Number(document.querySelector('.aurora-sb')?.dataset.mapPaintCount || 0) > 0"
    )
    browser.play_speed = speed
    browser.play_range = play_range
    # the plan is made in the background (listings of every site), then the first segment is asked for
    pump(rendered, lambda s: not s["hidden"] and bool(s.get("head")), timeout=120)
    assert browser.playback["key"], browser.playback
    return rendered


def _steps(seen: list[dict]) -> list[tuple[datetime, datetime]]:
    """Pairs of heads drawn one after the other (the draw count went up by exactly one)."""
    out = []
    for a, b in itertools.pairwise(seen):
        if a.get("draws") and b.get("draws") and int(b["draws"]) == int(a["draws"]) + 1:
            out.append((_t(a["head"]), _t(b["head"])))
    return out


def test_a_themis_range_plays_across_minute_files_without_a_gap(render, api_url, download_dir):
    browser = _browser(api_url, download_dir, "THEMIS_ASI_SKYMAP_IDLSAV")
    rendered = _render_playing(render, browser, ["2021-11-04T06:00", "2021-11-04T06:03"], speed=5)
    pb = browser.playback
    assert len(pb["segments"]) == 3 and pb["sites"] == ["gill"]
    cadence = timedelta(seconds=pb["cadence_s"])
    first = rendered.page.evaluate(STATE)
    assert first["head"].startswith("2021-11-04T06:00:0")
    assert re.fullmatch(r"2021-11-04 06:00:0\d UT", first["time"]), first["time"]
    rendered.page.get_by_role("button", name="Play range").click()
    seen = pump(rendered, lambda s: _t(s["head"]) >= _t("2021-11-04T06:01:09"), timeout=90)
    rendered.page.get_by_role("button", name="Pause range").click()
    heads = [_t(s["head"]) for s in seen]
    assert heads == sorted(heads)  # the head only goes forward
    steps = _steps(seen)
    boundary = _t("2021-11-04T06:01:00")
    across = [(a, b) for a, b in steps if a < boundary <= b]
    assert across, "no single step seen across the 06:01 file boundary"
    for a, b in steps:  # every step is one instant of the shared clock: no gap, at the boundary too
        assert timedelta(0) < b - a <= cadence * 1.5, (a, b)
    last = seen[-1]
    assert last["dropped"] == "0" and last["gaps"] == "" and "loading" not in last["note"]
    assert re.fullmatch(r"2021-11-04 06:01:\d\d UT", last["time"]), last["time"]
    assert last["head"][11:19] in last["caption"]  # the map says which instant it shows
    # one clock on screen: the minute's own "frame N of M" label and stepper step aside during a range
    minute_label = rendered.root.locator(".aurora-sb-time")
    assert minute_label.count() == 1 and not minute_label.is_visible()
    assert not rendered.root.get_by_role("slider", name="Frame").is_visible()
    minute_note = rendered.root.get_by_text("THEMIS_ASI_RAW gill 2021-11-04 06:00 UT")  # the minute's own line
    assert minute_note.count() == 1 and not minute_note.is_visible()
    from .test_axe import axe_violations

    assert axe_violations(rendered) == []  # the playback controls are labelled, readable
    stats = rendered.page.evaluate(
        "() => { const a = document.querySelector('.aurora-sb').__auroraMap.frameAlpha(); let n = 0;"
        " for (const v of a) if (v === 255) n++; return n; }"
    )
    assert stats > 5000  # a frame of the range is painted on the map, not dimmed
    assert rendered.page_errors() == []


def test_the_speed_control_writes_play_speed(render, api_url, download_dir):
    browser = _browser(api_url, download_dir, "THEMIS_ASI_SKYMAP_IDLSAV")
    rendered = _render_playing(render, browser, ["2021-11-04T06:00", "2021-11-04T06:02"], speed=20)
    speed = rendered.page.get_by_label("Speed")
    assert speed.input_value() == "20"
    speed.select_option("60")
    rendered.sync()
    assert browser.play_speed == 60
    speed.select_option("1")
    rendered.sync()
    assert browser.play_speed == 1
    browser.play_speed = 10  # and back: Python -> page (drawn in the map's next animation frame)
    rendered.sync()
    rendered.page.wait_for_function("() => document.querySelector('.aurora-sb-play select').value === '10'")
    assert speed.input_value() == "10"
    assert rendered.page_errors() == []


def test_a_rego_mosaic_keeps_every_site_on_one_instant_and_marks_a_stale_site(render, api_url, download_dir, faults):
    browser = _browser(api_url, download_dir, "REGO_SKYMAP_IDLSAV", neighbour_radius_km=1050)
    if browser.frames_status != "ready":
        pytest.skip(f"no REGO gill frames in the archive for this minute: {browser.frames_message}")
    browser.show_neighbours = True
    browser.wait()
    with_frames = [d["site"]["site_uid"] for d in browser.neighbour_data]
    assert sorted(with_frames) == ["luck", "rank"], with_frames  # a three-site mosaic
    # luck's 06:01 file fails: during 06:01 luck can only show its last frame of 06:00, stale
    faults.add("*20211104_0601_luck*", "404", times=None)
    rendered = _render_playing(render, browser, ["2021-11-04T06:00", "2021-11-04T06:03"], speed=20)
    sites = browser.playback["sites"]
    assert sites[0] == "gill" and sorted(sites[1:]) == ["luck", "rank"]
    rendered.page.get_by_role("button", name="Play range").click()
    seen = pump(rendered, lambda s: _t(s["head"]) >= _t("2021-11-04T06:01:12"), timeout=90)
    rendered.page.get_by_role("button", name="Pause range").click()
    state = pump(rendered, lambda s: s["state"] == "paused")[-1]
    items = {uid: (status, text) for uid, status, text in state["sites"]}
    assert set(items) == set(sites)  # one list for the one head instant
    assert items["luck"][0] == "stale" and re.search(r"stale \d+s", items["luck"][1]), items
    assert items["gill"][0] == "ready" and items["rank"][0] == "ready", items
    # what is shown is what Python says each site has at that instant
    head = state["head"]
    seg = next(s["index"] for s in browser.playback["segments"] if s["start"] <= head < s["end"])
    answer, _buffers = browser._playback_segment({"key": browser.playback["key"], "index": seg}, [])
    k = [c[:19] for c in answer["clock"]].index(head)
    for site in answer["sites"]:
        status, _ = items[site["site_uid"]]
        if site["status"] != "ready":  # its minute failed: its previous minute's last frame, marked stale
            assert site["site_uid"] == "luck" and status == "stale", (site, status)
        elif site["frame_of_instant"][k] < 0:
            assert status not in ("ready", "stale"), (site["site_uid"], status)
        else:
            assert status == ("stale" if site["stale"][k] else "ready"), (site["site_uid"], status, site["stale"][k])
    # the stale site is drawn dimmed: part of the frame layer is translucent
    alphas = rendered.page.evaluate(
        "() => { const a = document.querySelector('.aurora-sb').__auroraMap.frameAlpha(); const c = {};"
        " for (const v of a) c[v] = (c[v] || 0) + 1; return c; }"
    )
    assert int(alphas.get("255", 0)) > 1000 and int(alphas.get("110", 0)) > 0, alphas
    assert all(s["canvasSites"].split()[0] == "gill" for s in seen)
    rendered.screenshot("playback-rego-mosaic-stale")
    assert rendered.page_errors() == []


def test_a_missing_segment_shows_a_gap_and_playback_goes_on(render, api_url, download_dir, faults):
    faults.add("*20211104_0601_gill*", "404", times=None)
    browser = _browser(api_url, download_dir, "THEMIS_ASI_SKYMAP_IDLSAV")
    rendered = _render_playing(render, browser, ["2021-11-04T06:00", "2021-11-04T06:03"], speed=60)
    rendered.page.get_by_role("button", name="Play range").click()
    seen = pump(rendered, lambda s: _t(s["head"]) >= _t("2021-11-04T06:02:06"), timeout=90)
    last = seen[-1]
    assert last["gaps"] == "1" and last["gapMarks"] == 1, last
    assert "06:01" in last["note"], last["note"]
    heads = [_t(s["head"]) for s in seen]
    assert not any(_t("2021-11-04T06:01:00") <= h < _t("2021-11-04T06:02:00") for h in heads)  # nothing drawn as 06:01
    assert browser.playback_status.get("failed") == [1] or 1 in browser.playback_status.get("failed", [])
    rendered.screenshot("playback-gap")
    assert rendered.page_errors() == []


def test_the_range_being_planned_says_so_inline(render, api_url, download_dir, faults):
    browser = _browser(api_url, download_dir, "THEMIS_ASI_SKYMAP_IDLSAV")
    rendered = render(browser, theme="jupyterlab-light")
    rendered.sync()
    faults.add("*/urls*", "slow", times=None, delay=3.0)  # the range's listing takes a while
    browser.play_range = ["2021-11-04T06:00", "2021-11-04T06:02"]
    seen = pump(rendered, lambda s: not s["hidden"] and "Listing" in s["note"], timeout=30)
    assert "Listing 2 minute files" in seen[-1]["note"] and not seen[-1].get("head")
    faults.clear()
    done = pump(rendered, lambda s: bool(s.get("head")), timeout=60)[-1]
    assert "Listing" not in done["note"]
    assert rendered.page_errors() == []
