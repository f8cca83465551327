"""Playback across minute files against the local archive: plan, ring budget, shared clock, failures, offline."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from playback_clients import HidingClient

from aurora_widgets.data import Client
from aurora_widgets.data.errors import InputError
from aurora_widgets.data.playback import FrameRing, MinuteFrames, Playback
from aurora_widgets.data.playback_clock import encode_frames, nearest_earlier, parse_play_range, plan_segments

T0 = dt.datetime(2021, 11, 4, 6, 0)


def t(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def parse(values: list[str]) -> list[dt.datetime]:
    return [dt.datetime.fromisoformat(v) for v in values]


@pytest.fixture
def client(api_url: str, download_dir: Path) -> Client:
    return Client(api_url=api_url, download_dir=download_dir)


def play(client: Any, site: str = "gill", minutes: int = 3, **kw: Any) -> Playback:
    raw = kw.pop("raw", "THEMIS_ASI_RAW")
    kw.setdefault("prefetch", False)
    return Playback(client, raw, site, T0, T0 + dt.timedelta(minutes=minutes), key="k", **kw).prepare()


# --------------------------------------------------------------------------- pure pieces
@pytest.mark.parametrize(("value", "words"), [
    (["2021-11-04T07:00", "2021-11-04T06:00"], "before the end"),
    (["2021-11-04T06:00", "2021-11-04T06:00"], "before the end"),
    (["2021-11-04T00:00", "2021-11-04T06:01"], "at most 6 h"),
    (["2021-11-04T06:00:30", "2021-11-04T06:10"], "whole minutes"),
    (["yesterday", "2021-11-04T06:10"], "play_range"),
    (["2021-11-04T06:00"], "[start, end]"),
    ("2021-11-04T06:00", "[start, end]"),
])
def test_bad_ranges_are_refused_with_a_message(value: Any, words: str) -> None:
    with pytest.raises(InputError, match=None) as err:
        parse_play_range(value)
    assert words in str(err.value)


def test_a_range_is_one_segment_per_minute_end_excluded() -> None:
    start, end = parse_play_range(["2021-11-04T06:00", "2021-11-04T12:00"]) or (T0, T0)
    segments = plan_segments(start, end)
    assert len(segments) == 360 and segments[-1].end == end and segments[0].start == start
    assert all(a.end == b.start for a, b in itertools.pairwise(segments))


def test_nearest_earlier_never_picks_a_later_frame() -> None:
    frames = [t(1), t(2), t(30)]
    which, stale = nearest_earlier([t(0), t(2), t(5), t(29.9), t(30)], frames, 4.5)
    assert which == [-1, 1, 1, 1, 2]
    assert stale == [False, False, False, True, False]


def test_encode_frames_uses_the_one_scale() -> None:
    codes = np.frombuffer(encode_frames(np.array([[10.0, 20.0], [30.0, np.nan]]), 10.0, 30.0), np.uint8)
    assert codes.tolist() == [0, 128, 255, 0]


def test_the_ring_never_exceeds_its_budget_and_drops_the_oldest_used() -> None:
    ring = FrameRing(1.0)  # 1 MiB
    sizes = [300_000, 400_000, 200_000, 500_000, 100_000, 2_000_000, 250_000]
    for i, size in enumerate(sizes):
        ring.put(i, MinuteFrames("x", T0, np.zeros(size, np.uint8), ()))
        if i == 2:
            assert ring.get(0) is not None  # 0 is now the most recently used: 1 goes first
        held = sum(item.nbytes for item in ring._items.values())
        assert held == ring.nbytes <= ring.budget_bytes
    assert 5 not in ring._items  # larger than the whole budget: not kept
    assert list(ring._items) == [3, 4, 6]
    assert ring.get(1) is None and ring.get(0) is None


# --------------------------------------------------------------------------- against the archive
def test_segments_across_file_boundaries_have_increasing_times_without_a_gap(client: Client) -> None:
    pb = play(client, minutes=3)
    instants: list[dt.datetime] = []
    for i in range(3):
        reply, buffers = pb.answer("k", i)
        assert reply["status"] == "ready", reply
        site = reply["sites"][0]
        n, h, w = site["shape"]
        assert len(buffers[site["buffer"]]) == n * h * w and n == len(reply["clock"])
        assert parse(site["times"]) == parse(reply["clock"])
        clock = parse(reply["clock"])
        assert clock[0] >= T0 + dt.timedelta(minutes=i) and clock[-1] < T0 + dt.timedelta(minutes=i + 1)
        instants += clock
    steps = np.diff([(x - T0).total_seconds() for x in instants])
    assert steps.min() > 0
    assert steps.max() <= pb.stale_after_s  # no gap at 06:01 or 06:02: about one cadence everywhere
    assert pb.status()["ready"] == 3 and pb.status()["frames_sent"] == len(instants)


def test_one_scale_for_the_whole_range(client: Client) -> None:
    pb = play(client, minutes=3)
    lo, hi = pb.describe()["scale"]
    assert hi > lo
    a, b = pb.answer("k", 0)[1][0], pb.answer("k", 2)[1][0]
    first = pb.ring.get(("gill", T0))
    assert first is not None
    expected = encode_frames(first.frames, lo, hi)
    assert a == expected and b != a  # both minutes quantised on the same [lo, hi]


def test_the_ring_stays_in_budget_while_playing_with_prefetch(client: Client) -> None:
    budget_mb = 6.0  # two THEMIS minutes (2.6 MB each)
    pb = play(client, minutes=6, ring_mb=budget_mb, prefetch=True)
    for i in range(6):
        pb.answer("k", i)
        pb.wait_prefetch()
        held = sum(item.nbytes for item in pb.ring._items.values())
        assert held == pb.ring.nbytes <= budget_mb * 2**20
    assert len(pb.ring) == 2  # the two most recent minutes
    pb.close()


def test_prefetch_decodes_the_next_segments_ahead(client: Client) -> None:
    pb = play(client, minutes=5, prefetch=True)
    pb.answer("k", 0)
    assert pb.wait_prefetch()
    ahead = {key[1] for key in pb.ring._items}
    assert {T0 + dt.timedelta(minutes=m) for m in (1, 2, 3)} <= ahead
    assert pb.status()["ready"] == 4
    pb.close()


def test_a_site_missing_a_minute_shows_its_earlier_frame_marked_stale(client: Client) -> None:
    hiding = HidingClient(client, "20211104_0601_rank_")
    pb = play(hiding, raw="REGO_RAW", neighbours=["rank"], minutes=2)
    _first, _ = pb.answer("k", 0)
    reply, buffers = pb.answer("k", 1)
    rank = reply["sites"][1]
    assert rank["site_uid"] == "rank" and rank["status"] == "ready" and rank["shape"][0] == 1
    frame_time = parse(rank["times"])[0]
    clock = parse(reply["clock"])
    assert frame_time < clock[0] and rank["frame_of_instant"] == [0] * len(clock)
    ages = [(c - frame_time).total_seconds() for c in clock]
    assert rank["stale"] == [age > pb.stale_after_s for age in ages]
    assert rank["stale"][-1] and not all(rank["stale"])
    assert len(buffers) == 2 and len(buffers[rank["buffer"]]) == 256 * 256


def test_a_site_missing_frames_inside_a_minute(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    decode = Playback._decode

    def dropping(self: Playback, uid: str, minute: dt.datetime, source: str) -> MinuteFrames:
        got = decode(self, uid, minute, source)
        if uid != "rank":
            return got
        keep = [i for i in range(len(got.times)) if not 5 <= i <= 9]
        return MinuteFrames(uid, minute, got.frames[keep], tuple(got.times[i] for i in keep))

    monkeypatch.setattr(Playback, "_decode", dropping)
    pb = play(client, raw="REGO_RAW", neighbours=["rank"], minutes=1)
    reply, _ = pb.answer("k", 0)
    rank = reply["sites"][1]
    times, clock = parse(rank["times"]), parse(reply["clock"])
    for instant, j, stale in zip(clock, rank["frame_of_instant"], rank["stale"], strict=True):
        assert j >= 0 and times[j] <= instant  # never a frame from the future
        assert stale == ((instant - times[j]).total_seconds() > pb.stale_after_s)
    assert rank["frame_of_instant"][5:10] == [4] * 5
    assert any(rank["stale"][5:10]) and not any(rank["stale"][:5])


def test_a_site_with_no_files_is_no_data_and_the_others_play(client: Client) -> None:
    pb = play(client, raw="REGO_RAW", neighbours=["zzzz"], minutes=1)
    reply, buffers = pb.answer("k", 0)
    assert reply["status"] == "ready"
    nosite = reply["sites"][1]
    assert nosite["status"] == "no data" and "shape" not in nosite and "zzzz" in nosite["message"]
    assert len(buffers) == 1


def test_a_failed_download_marks_the_segment_and_the_next_still_works(client: Client, faults: Any) -> None:
    faults.add("*20211104_0601_gill_themis*", "500", times=None)
    pb = play(client, minutes=3)
    bad, buffers = pb.answer("k", 1)
    assert bad["status"] == "error" and bad["message"] and buffers == []
    assert len(bad["clock"]) == 20  # the cadence grid keeps the head moving
    good, _ = pb.answer("k", 2)
    assert good["status"] == "ready"
    assert pb.status()["failed"] == [1]
    faults.clear()
    again, _ = pb.answer("k", 1)  # asking again retries it
    assert again["status"] == "ready" and pb.status()["failed"] == []


def test_cached_minutes_play_offline(archive_root: Path, download_dir: Path) -> None:
    from aurora_widgets.archive.server import ArchiveServer

    server = ArchiveServer(archive_root).start()
    try:
        online = play(Client(api_url=server.url, download_dir=download_dir), minutes=2)
        answers = [online.answer("k", i) for i in range(2)]
        url = server.url
    finally:
        server.stop()  # connection refused from now on
    offline = play(Client(api_url=url, download_dir=download_dir, retries=0, backoff=0.0), minutes=3)
    assert offline.describe()["scale"] == online.describe()["scale"]
    for i, (reply, buffers) in enumerate(answers):
        again, again_buffers = offline.answer("k", i)
        assert again["status"] == "ready" and again["clock"] == reply["clock"]
        assert again_buffers == buffers
    missing, _ = offline.answer("k", 2)  # never downloaded: no file offline
    assert missing["status"] == "missing"


def test_a_superseded_key_is_refused(client: Client) -> None:
    pb = play(client, minutes=1)
    reply, buffers = pb.answer("old", 0)
    assert reply == {"key": "old", "index": 0, "status": "error", "message": "superseded"} and buffers == []
    out_of_range, _ = pb.answer("k", 5)
    assert out_of_range["status"] == "error" and "0..0" in out_of_range["message"]
