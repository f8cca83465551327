"""Playback memory and bytes: the kernel's resident growth while an hour of THEMIS plays, and bytes per frame.

Ours: a fresh Python process (so earlier benchmarks do not blur its memory) makes a
``SkymapBrowser`` for THEMIS gill 2021-11-04 06:00 on the archive server, sets ``play_range`` to
06:00-07:00 (60 minute files) and asks the ``_playback_segment`` command for every segment one
after another, as the front-end does (anywidget command messages, responses dropped), with the
background prefetch on. Resident memory (``/proc/self/statm``) is sampled after every answer; the
row is the peak growth over the process's resident size just before ``play_range`` was set.
Target (issue #15): below the ring budget (``ring_mb``, stated in ``playback``) + 100 MB.
Anchor: the memory pyucalgarysrs needs to hold the same hour (``read_themis`` of the 60 files at
once, in a fresh process too), the way an hour is played without a ring.

Bytes per frame: ``playback_status.bytes_sent / frames_sent`` (one byte per pixel, not deflated, so
the browser draws a frame with no inflate). Anchor: the single-minute mode's ``frames`` trait
(deflated one-byte codes) per frame for the same minute. Answer time: the median time to answer a
segment the prefetch had decoded already, against pyucalgarysrs reading that one minute file (what a
player without prefetch waits at each boundary before it can even encode). A second run with a
64 MB ring (smaller than the hour's ~157 MB of decoded frames) shows the ring bounding the growth.
``--quick``: 3 minutes, the default ring only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ._common import REPO, Context, Row, Skip, Stat, need

NAME = "playback_memory"
TITLE = "Playback of an hour of THEMIS: kernel resident growth (< ring budget + 100 MB) and bytes per frame"
NOTES = __doc__

START = "2021-11-04T06:00"
SLACK_MB = 100.0
#: A second run with a ring smaller than the hour (~157 MB decoded): the ring, not the hour, bounds memory.
SMALL_RING_MB = 64.0


def rss_bytes() -> int:
    """The process's resident memory now (Linux ``/proc/self/statm``)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def serve(api_url: str, download_dir: str, minutes: int, ring_mb: float) -> dict[str, Any]:
    """In this (fresh) process: play ``minutes`` of THEMIS gill through the widget's command; the numbers."""
    import datetime as dt
    import gc

    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    b = SkymapBrowser(site_uid="gill", date=START, client=Client(api_url=api_url, download_dir=download_dir))
    b._pb.ring_mb = ring_mb
    b.wait(300)
    if b.frames_status != "ready":
        return {"error": f"no frames: {b.frames_status} {b.frames_message}"}
    minute_frames = b.frames["shape"][0]
    single = len(bytes(b.frames["data"])) / minute_frames
    b.send = lambda *_a, **_k: None  # the comm: responses dropped
    gc.collect()
    base = peak = rss_bytes()
    end = dt.datetime.fromisoformat(START) + dt.timedelta(minutes=minutes)
    b.play_range = [START, end.isoformat(timespec="minutes")]
    b.wait(300)
    if not b.playback:
        return {"error": f"no playback: {b.playback_state} {b.playback_message}"}
    key, session = b.playback["key"], b._pb.session
    assert session is not None
    warm: list[float] = []
    for i in range(minutes):
        prefetched = session.ring.get(("gill", session.segments[i].start)) is not None
        t0 = time.perf_counter()
        b._handle_custom_msg({"kind": "anywidget-command", "id": str(i), "name": "_playback_segment",
                              "msg": {"key": key, "index": i}}, [])
        if prefetched:
            warm.append(time.perf_counter() - t0)
        session.wait_prefetch(60)  # as a player at 20 fps would: ~3 s per segment, the prefetch keeps up
        peak = max(peak, rss_bytes())
    status = dict(b.playback_status)
    files = sorted(str(p) for p in Path(download_dir, "THEMIS_ASI_RAW").rglob("*.pgm.gz"))
    return {"growth": peak - base, "ring_mb": b.playback["ring_mb"], "bytes_sent": status["bytes_sent"],
            "frames_sent": status["frames_sent"], "failed": status["failed"], "ready": status["ready"],
            "single_minute_bytes_per_frame": single, "warm": warm, "files": files[:minutes]}


def hold_with_pyucalgarysrs(files: list[str]) -> dict[str, Any]:
    """In this (fresh) process: pyucalgarysrs reads every file at once; its resident growth and one file's time."""
    import gc

    import pyucalgarysrs

    readers = pyucalgarysrs.PyUCalgarySRS().data.readers
    readers.read_themis(files[:1])  # imports and first-call costs outside the measure
    gc.collect()
    base = rss_bytes()
    data = readers.read_themis(files)
    growth = rss_bytes() - base
    del data
    times = []
    for f in files[:5]:
        t0 = time.perf_counter()
        readers.read_themis([f])
        times.append(time.perf_counter() - t0)
    return {"growth": growth, "one_file": times}


def child(args: list[str]) -> dict[str, Any]:
    """Run one side in a fresh interpreter (``python -m benchmarks.playback_memory ...``); its JSON answer."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-m", "benchmarks.playback_memory", *args], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise Skip(f"the child process failed: {out.stderr.strip()[-400:]}")
    answer: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return answer


def run(ctx: Context) -> list[Row]:
    need("aurora_widgets.data.playback", "Playback", "DEFAULT_RING_MB")
    from aurora_widgets.data.playback import DEFAULT_RING_MB

    if not Path("/proc/self/statm").exists():
        raise Skip("resident memory is read from /proc/self/statm (Linux only)")
    minutes = 3 if ctx.quick else 60
    server = ctx.server()
    cache = ctx.tmp / "playback-cache"
    rows: list[Row] = []
    anchor: dict[str, Any] = {}
    for ring_mb in (DEFAULT_RING_MB,) if ctx.quick else (DEFAULT_RING_MB, SMALL_RING_MB):
        ours = child(["serve", server.url, str(cache), str(minutes), str(ring_mb)])
        if "error" in ours:
            raise Skip(ours["error"])
        anchor = anchor or child(["anchor", json.dumps(ours["files"])])
        limit = (ours["ring_mb"] + SLACK_MB) * 2**20
        mem = Row(NAME, f"resident growth serving {minutes} THEMIS minute files, ring {ring_mb:g} MB", "bytes",
                  Stat.single(ours["growth"]), Stat.single(anchor["growth"]),
                  "pyucalgarysrs read_themis of the same files at once",
                  target=f"< ring {ours['ring_mb']:g} MB + {SLACK_MB:g} MB", met=ours["growth"] < limit,
                  note=f"{ours['ready']} segments ready, failed {ours['failed']}; growth "
                       f"{ours['growth'] / 2**20:.1f} MB, limit {limit / 2**20:.0f} MB")
        rows.append(mem)
        if ring_mb != DEFAULT_RING_MB:
            continue
        per_frame = ours["bytes_sent"] / max(1, ours["frames_sent"])
        rows.append(Row(NAME, "bytes per frame sent to the browser (THEMIS 256x256)", "bytes",
                        Stat.single(per_frame), Stat.single(ours["single_minute_bytes_per_frame"]),
                        "single-minute `frames` trait (deflated)",
                        note=f"{ours['bytes_sent']:,} B for {ours['frames_sent']} frames; one byte per pixel, "
                             "not deflated"))
        if ours["warm"]:
            rows.append(Row(NAME, "answer a prefetched segment (encode + reply)", "s", Stat.of(ours["warm"]),
                            Stat.of(anchor["one_file"]), "pyucalgarysrs read_themis of one minute file",
                            note=f"{len(ours['warm'])} of {minutes} segments were prefetched"))
    return rows


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "serve":
        result = serve(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
    else:
        result = hold_with_pyucalgarysrs(json.loads(sys.argv[2]))
    print(json.dumps(result))
