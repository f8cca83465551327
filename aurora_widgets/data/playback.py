"""Playback of a UT range across minute files and sites: the plan, a ring of decoded minutes, one clock.

A range (start inclusive, end exclusive, minute-aligned, at most :data:`MAX_RANGE`) is played as
one **segment** per minute file. :class:`Playback` holds the plan of one range for a primary site and
its neighbours:

* **listing**: one ``Client.get_urls`` of the range per site; when the API cannot be reached, the
  site's files already in the download folder (so cached minutes play offline);
* **ring**: decoded minutes (frame-major arrays) kept in a :class:`FrameRing` of a stated budget in
  MB (``ring_mb``, default :data:`DEFAULT_RING_MB`); the oldest used minute is dropped first and the
  ring never holds more bytes than its budget (a minute larger than the whole budget is not kept);
* **prefetch**: after answering segment k, one background worker decodes k+1, k+2... into the ring
  (at most :data:`PREFETCH_AHEAD` ahead, fewer when the budget holds fewer segments);
* **shared clock**: a segment's instants are the primary site's frame times (the cadence grid when
  the primary has no file); each neighbour shows its nearest EARLIER frame for each instant (its
  previous minute's last frame included), ``stale`` when older than ``stale_after_s`` (default 1.5 x
  the instrument's cadence, :mod:`.instruments`); never a frame after the instant;
* **calibration**: with ``calibrations`` (per site: :func:`.calibration.calibrate` keyword
  arguments), frames are calibrated (units "Rayleighs" when a Rayleighs step is given); a site
  without calibrations then answers "error" rather than counts on a Rayleighs scale;
* **one scale** for the whole range: the 0.1 and 99.9 percentiles (:data:`SCALE_PERCENTILES`) of the
  primary's frames in up to three sample minutes (first, middle and last minute with a file),
  so the brightness does not jump at a file boundary. Bytes are ``round((v - vmin) / (vmax - vmin) * 255)``
  clipped to 0..255 (NaN: 0).

Over 500 lines on purpose: the plan, the ring and the clock are one state machine (the ring's
budget, the prefetch worker and the superseded-key check share one lock and one plan), and the
shared-clock and scale rules above are easier to trust in one room. The wire's pure parts are
elsewhere already (:mod:`.playback_clock`, :mod:`.playback_calibration`).

Neighbours' frames are binned as :func:`.neighbours.bin_frames` with :func:`.neighbours.bin_factor`
(the map's neighbour mosaic bins them so too). Times on the wire are naive UT ISO strings.

Example:
    >>> plan_segments(*parse_play_range(["2021-11-04T06:00", "2021-11-04T06:02"]))[1].as_dict()
    {'index': 1, 'start': '2021-11-04T06:01:00', 'end': '2021-11-04T06:02:00'}
    >>> ring = FrameRing(1.0); ring.budget_bytes
    1048576

"""

from __future__ import annotations

import contextlib
import datetime as _dt
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import AuroraWidgetsError, InputError
from .instruments import instrument_for_dataset
from .models import FileListing
from .neighbours import MAX_SIDE, bin_factor, bin_frames, site_of_raw_file
from .playback_clock import (
    MAX_RANGE,
    MINUTE,
    Segment,
    encode_frames,
    iso,
    nearest_earlier,
    parse_play_range,
    plan_segments,
)
from .protocol import DataClient
from .readers._files import file_minute

__all__ = [
    "DEFAULT_RING_MB",
    "MAX_RANGE",
    "PREFETCH_AHEAD",
    "SCALE_PERCENTILES",
    "FrameRing",
    "MinuteFrames",
    "Playback",
    "Segment",
    "encode_frames",
    "nearest_earlier",
    "parse_play_range",
    "plan_segments",
]

#: Default budget of the ring of decoded minutes (MB): an hour of one THEMIS site is ~160 MB.
DEFAULT_RING_MB = 256.0
#: Segments decoded ahead of the one asked for (fewer when the ring's budget holds fewer).
PREFETCH_AHEAD = 3
#: Percentiles of the sample minutes mapped to bytes 0 and 255.
SCALE_PERCENTILES = (0.1, 99.9)


@dataclass(frozen=True)
class MinuteFrames:
    """One decoded minute of one site: frames (N, H, W) frame after frame, and their times.

    Example:
        >>> import datetime
        >>> m = MinuteFrames("gill", datetime.datetime(2021, 11, 4, 6), np.zeros((2, 4, 4), np.uint16), ())
        >>> m.nbytes
        64

    """

    site_uid: str
    minute: _dt.datetime
    frames: np.ndarray
    times: tuple[_dt.datetime, ...]

    @property
    def nbytes(self) -> int:
        """Bytes of the frames (what the ring counts)."""
        return int(self.frames.nbytes)


class FrameRing:
    """A bounded, thread-safe store of decoded minutes: oldest used dropped first, never over budget.

    Example:
        >>> import datetime
        >>> ring = FrameRing(100 / 2**20)                      # a 100-byte budget
        >>> m = MinuteFrames("x", datetime.datetime(2021, 1, 1), np.zeros(60, np.uint8), ())
        >>> ring.put(("x", 0), m), ring.put(("x", 1), m), ring.nbytes, ring.get(("x", 0)) is None
        (True, True, 60, True)

    """

    def __init__(self, budget_mb: float) -> None:
        if not budget_mb > 0:
            raise InputError(f"The ring's budget must be > 0 MB, not {budget_mb!r}.")
        self.budget_bytes = int(budget_mb * 2**20)
        self._items: OrderedDict[Any, MinuteFrames] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def nbytes(self) -> int:
        """Bytes held now (always <= ``budget_bytes``)."""
        with self._lock:
            return self._bytes

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def get(self, key: Any) -> MinuteFrames | None:
        """Return the minute stored under ``key`` (now the most recently used), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: Any, item: MinuteFrames) -> bool:
        """Keep ``item``, dropping the oldest used minutes to stay in budget; False if it alone is too big."""
        size = item.nbytes
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old.nbytes
            if size > self.budget_bytes:
                return False
            while self._items and self._bytes + size > self.budget_bytes:
                _k, dropped = self._items.popitem(last=False)
                self._bytes -= dropped.nbytes
            self._items[key] = item
            self._bytes += size
            return True

    def clear(self) -> None:
        """Drop everything."""
        with self._lock:
            self._items.clear()
            self._bytes = 0



@dataclass
class _Site:
    uid: str
    files: dict[_dt.datetime, str]  # minute -> URL or local path
    listing: FileListing | None
    note: str = ""


def _cached_minutes(client: DataClient, raw: str, site: str, start: _dt.datetime,
                    end: _dt.datetime) -> dict[_dt.datetime, str]:
    """Minute -> cached file of ``site`` under the download folder (no request)."""
    out: dict[_dt.datetime, str] = {}
    folder = Path(client.download_dir) / raw
    if not folder.is_dir():
        return out
    for path in sorted(folder.rglob(f"*_{site}_*")):
        minute = file_minute(str(path))
        if (minute is not None and start <= minute < end and path.is_file() and ".part-" not in path.name
                and site_of_raw_file(path.name) == site and minute not in out):
            out[minute] = str(path)
    return out


class Playback:
    """One range of a raw dataset for a primary site and its neighbours: plan, ring, prefetch, clock.

    ``prepare()`` lists the files and sets the scale (call it off the UI thread); ``answer(key, i)``
    gives segment ``i`` as the ``_playback_segment`` command sends it; ``close()`` stops prefetch.

    Example:
        >>> import datetime as dt
        >>> pb = Playback(client, "THEMIS_ASI_RAW", "gill", dt.datetime(2021, 11, 4, 6),
        ...               dt.datetime(2021, 11, 4, 7), key="k")          # doctest: +SKIP
        >>> reply, buffers = pb.prepare().answer("k", 0)               # doctest: +SKIP
        >>> reply["sites"][0]["shape"]                                  # doctest: +SKIP
        [20, 256, 256]

    """

    def __init__(
        self,
        client: DataClient,
        raw_dataset: str,
        site_uid: str,
        start: _dt.datetime,
        end: _dt.datetime,
        *,
        neighbours: Sequence[str] = (),
        calibrations: Mapping[str, Mapping[str, Any]] | None = None,
        ring_mb: float = DEFAULT_RING_MB,
        stale_after_s: float | None = None,
        key: str = "",
        prefetch: bool = True,
        on_progress: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        inst = instrument_for_dataset(raw_dataset)
        self.client, self.raw_dataset, self.key = client, raw_dataset, key
        self.cadence_s = float(inst.cadence_s if inst is not None else 3.0)
        self.stale_after_s = float(stale_after_s if stale_after_s is not None else 1.5 * self.cadence_s)
        self.start, self.end = start, end
        self.segments = plan_segments(start, end)
        self.site_uids = [site_uid.strip().lower(), *[n.strip().lower() for n in neighbours]]
        self.calibrations = dict(calibrations) if calibrations else None
        self.units = "counts"
        if self.calibrations and any(kw.get("rayleighs") is not None for kw in self.calibrations.values()):
            self.units = "Rayleighs"
        self.ring = FrameRing(ring_mb)
        self.ring_mb = float(ring_mb)
        self.scale: tuple[float, float] = (0.0, 1.0)
        self._sites: dict[str, _Site] = {}
        self._lock = threading.Lock()
        self._load_locks: dict[tuple[str, _dt.datetime], threading.Lock] = {}
        self._ready: set[int] = set()
        self._failed: set[int] = set()
        self._missing: set[int] = set()
        self.bytes_sent = self.frames_sent = 0
        self._segment_bytes = 0
        self._prefetch, self._on_progress = prefetch, on_progress
        self._wanted: list[int] = []
        self._wake = threading.Condition()
        self._closed = False
        self._worker: threading.Thread | None = None
        self._inflight = 0

    # ------------------------------------------------------------------ plan
    def prepare(self) -> Playback:
        """List every site's files of the range (cached ones offline) and set the range's scale."""
        lo, hi = self.start - MINUTE, self.end  # the minute before: a neighbour's earlier frame
        for uid in self.site_uids:
            self._sites[uid] = self._list_site(uid, lo, hi)
        self.scale = self._sample_scale()
        return self

    def _list_site(self, uid: str, lo: _dt.datetime, hi: _dt.datetime) -> _Site:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                listing = self.client.get_urls(self.raw_dataset, lo, hi - MINUTE, site_uid=uid)
        except AuroraWidgetsError as err:  # API unreachable: the cached files of the range
            return _Site(uid, _cached_minutes(self.client, self.raw_dataset, uid, lo, hi), None,
                         f"offline ({err}): cached files only")
        files: dict[_dt.datetime, str] = {}
        for url in sorted(listing.urls, key=lambda u: Path(u).name):
            minute = file_minute(url)
            if minute is not None and site_of_raw_file(url) == uid and minute not in files:
                files[minute] = str(url)
        return _Site(uid, files, listing)

    def _sample_scale(self) -> tuple[float, float]:
        primary = self._sites[self.site_uids[0]]
        minutes = [s.start for s in self.segments if s.start in primary.files]
        picks = sorted({minutes[0], minutes[len(minutes) // 2], minutes[-1]}) if minutes else []
        values = []
        for minute in picks:
            _status, got = self._minute(primary.uid, minute)
            if isinstance(got, MinuteFrames):
                values.append(np.asarray(got.frames[:, ::2, ::2], dtype=np.float32).ravel())
        finite = np.concatenate(values) if values else np.zeros(0, np.float32)
        finite = finite[np.isfinite(finite)]
        if not finite.size:
            return (0.0, 1.0)
        lo, hi = (float(v) for v in np.percentile(finite, SCALE_PERCENTILES))
        return (lo, hi if hi > lo else lo + 1.0)

    def describe(self) -> dict[str, Any]:
        """Return the ``playback`` trait's value (see docs/playback_wire.md)."""
        return {
            "key": self.key, "start": iso(self.start), "end": iso(self.end), "cadence_s": self.cadence_s,
            "stale_after_s": self.stale_after_s, "sites": list(self.site_uids),
            "segments": [s.as_dict() for s in self.segments], "ring_mb": self.ring_mb,
            "units": self.units, "scale": [float(self.scale[0]), float(self.scale[1])],
        }

    def status(self) -> dict[str, Any]:
        """Return the ``playback_status`` trait's value: ready/total, failed and missing indices, bytes sent."""
        with self._lock:
            return {"ready": len(self._ready), "total": len(self.segments), "failed": sorted(self._failed),
                    "missing": sorted(self._missing), "bytes_sent": self.bytes_sent,
                    "frames_sent": self.frames_sent}

    # ------------------------------------------------------------------ loading
    def _decode(self, uid: str, minute: _dt.datetime, source: str) -> MinuteFrames:
        from .calibration import calibrate
        from .readers import read_raw

        path = Path(source)
        if "://" in source:
            site = self._sites[uid]
            cached = self.client.cached_path(self.raw_dataset, path.name)
            if cached is None:
                assert site.listing is not None
                one = FileListing(urls=[source], path_prefix=site.listing.path_prefix, count=1,
                                  dataset=site.listing.dataset)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    got = self.client.download_using_urls(one, progress_bar_disable=True).filenames
                if not got:
                    raise AuroraWidgetsError(f"downloading {path.name} gave no file")
                cached = Path(got[0])
            path = cached
        data = read_raw([str(path)])
        frames = np.asarray(data.data)
        if frames.ndim != 3 or frames.shape[2] == 0:
            problems = "; ".join(p.error_message for p in data.problematic_files)
            raise AuroraWidgetsError(f"{path.name} holds no readable frames{': ' + problems if problems else ''}")
        if self.calibrations is not None:
            kwargs = self.calibrations.get(uid)
            if kwargs is None:
                raise AuroraWidgetsError(f"no calibration for {uid}: its frames cannot be shown in {self.units}")
            frames = calibrate(frames, **{"metadata": data.metadata, **kwargs})
        if uid != self.site_uids[0]:
            frames = bin_frames(frames, bin_factor(frames.shape[:2], MAX_SIDE))
        stack = np.ascontiguousarray(np.moveaxis(frames, 2, 0))
        return MinuteFrames(uid, minute, stack, tuple(data.timestamp))

    def _minute(self, uid: str, minute: _dt.datetime) -> tuple[str, MinuteFrames | str]:
        """("ready", frames) | ("no data", why) | ("error", why) for one site's minute (through the ring)."""
        key = (uid, minute)
        hit = self.ring.get(key)
        if hit is not None:
            return "ready", hit
        source = self._sites[uid].files.get(minute) if uid in self._sites else None
        if source is None:
            return "no data", f"no {self.raw_dataset} file of {uid} at {minute:%Y-%m-%d %H:%M} UT"
        with self._lock:
            lock = self._load_locks.setdefault(key, threading.Lock())
        with lock:
            hit = self.ring.get(key)
            if hit is not None:
                return "ready", hit
            try:
                got = self._decode(uid, minute, source)
            except AuroraWidgetsError as err:
                return "error", str(err)
            except Exception as err:  # a bad file or a failed download: this minute only
                return "error", f"{type(err).__name__}: {err}"
            self.ring.put(key, got)
            return "ready", got

    def _load_segment(self, index: int) -> dict[str, tuple[str, MinuteFrames | str]]:
        seg = self.segments[index]
        out = {uid: self._minute(uid, seg.start) for uid in self.site_uids}
        status, _ = out[self.site_uids[0]]
        with self._lock:
            for group in (self._ready, self._failed, self._missing):
                group.discard(index)
            {"ready": self._ready, "error": self._failed, "no data": self._missing}[status].add(index)
            size = sum(m.nbytes for _s, m in out.values() if isinstance(m, MinuteFrames))
            self._segment_bytes = max(self._segment_bytes, size)
        return out

    # ------------------------------------------------------------------ answering
    def answer(self, key: str, index: Any) -> tuple[dict[str, Any], list[bytes]]:
        """Return segment ``index`` for the ``_playback_segment`` command: the reply and its buffers.

        A ``key`` other than this playback's answers ``{"status": "error", "message": "superseded"}``.
        """
        if key != self.key:
            return {"key": key, "index": index, "status": "error", "message": "superseded"}, []
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(self.segments):
            return {"key": key, "index": index, "status": "error",
                    "message": f"no segment {index!r}: the range has segments 0..{len(self.segments) - 1}"}, []
        seg = self.segments[index]
        loaded = self._load_segment(index)
        p_status, primary = loaded[self.site_uids[0]]
        if isinstance(primary, MinuteFrames):
            clock = list(primary.times)
        else:
            step = _dt.timedelta(seconds=self.cadence_s)
            clock = [seg.start + k * step for k in range(max(1, int(60 // self.cadence_s)))]
        sites: list[dict[str, Any]] = []
        buffers: list[bytes] = []
        for uid in self.site_uids:
            sites.append(self._site_row(uid, seg.start, *loaded[uid], clock, buffers))
        frames_out = sum(int(row["shape"][0]) for row in sites if "shape" in row)
        reply = {"key": key, "index": index, "status": {"ready": "ready", "no data": "missing"}.get(p_status, "error"),
                 "message": "" if p_status == "ready" else str(primary),
                 "clock": [iso(t, "milliseconds") for t in clock], "sites": sites}
        with self._lock:
            self.bytes_sent += sum(len(b) for b in buffers)
            self.frames_sent += frames_out
        self._ask_prefetch(index)
        self._progress()
        return reply, buffers

    def _site_row(self, uid: str, minute: _dt.datetime, status: str, got: MinuteFrames | str,
                  clock: list[_dt.datetime], buffers: list[bytes]) -> dict[str, Any]:
        """One site's part of an answer; its frames (if any) go to ``buffers``."""
        row: dict[str, Any] = {"site_uid": uid, "status": status, "message": "" if status == "ready" else got}
        own = got if isinstance(got, MinuteFrames) else None
        if uid == self.site_uids[0]:
            if own is None:
                return row
            frames, times = own.frames, own.times
            which, stale = list(range(len(times))), [False] * len(times)
        else:
            if status == "error":
                return row
            frames, times = self._with_earlier(uid, minute, own, clock)
            if not times:
                return row
            which, stale = nearest_earlier(clock, times, self.stale_after_s)
            if own is None:  # no file this minute: the previous minute's last frame, stale soon
                row.update(status="ready", message=f"{got}; showing its last earlier frame")
        row.update(shape=[int(s) for s in frames.shape], buffer=len(buffers), frame_of_instant=which, stale=stale,
                   times=[iso(t, "milliseconds") for t in times])
        if own is not None:
            row["message"] = f"{frames.shape[0]} frames"
        buffers.append(encode_frames(frames, *self.scale))
        return row

    def _with_earlier(self, uid: str, minute: _dt.datetime, got: MinuteFrames | None,
                      clock: list[_dt.datetime]) -> tuple[np.ndarray, tuple[_dt.datetime, ...]]:
        """Return a neighbour's frames, its previous minute's last one first when an instant precedes them."""
        frames = got.frames if got is not None else np.zeros((0, 1, 1), np.float32)
        times = got.times if got is not None else ()
        if not clock or (times and clock[0] >= times[0]):
            return frames, times
        _status, before = self._minute(uid, minute - MINUTE)
        if not isinstance(before, MinuteFrames) or not before.times:
            return frames, times
        if got is None:
            return before.frames[-1:], (before.times[-1],)
        return np.concatenate([before.frames[-1:], frames]), (before.times[-1], *times)

    # ------------------------------------------------------------------ prefetch
    def _ahead(self) -> int:
        per = max(1, self._segment_bytes)
        return max(0, min(PREFETCH_AHEAD, self.ring.budget_bytes // per - 2))

    def _ask_prefetch(self, index: int) -> None:
        if not self._prefetch or self._closed:
            return
        wanted = [i for i in range(index + 1, min(len(self.segments), index + 1 + self._ahead()))]
        with self._wake:
            self._wanted = wanted
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="aurora-playback-prefetch", daemon=True)
                self._worker.start()
            self._wake.notify()

    def _work(self) -> None:
        while True:
            with self._wake:
                while not self._wanted and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                index = self._wanted.pop(0)
                self._inflight += 1
            try:
                self._load_segment(index)
            finally:
                with self._wake:
                    self._inflight -= 1
            self._progress()

    def _progress(self) -> None:
        if self._on_progress is not None and not self._closed:
            with contextlib.suppress(Exception):  # a progress display must never stop playback
                self._on_progress(self.status())

    def wait_prefetch(self, timeout: float = 30.0) -> bool:
        """Block until the prefetch queue is empty and no load runs (tests, benchmarks); True if so."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._wake:
                idle = not self._wanted and not self._inflight
            if idle:
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        """Stop prefetching and drop the ring."""
        with self._wake:
            self._closed = True
            self._wanted = []
            self._wake.notify_all()
        self.ring.clear()
