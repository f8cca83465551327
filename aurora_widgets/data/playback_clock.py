"""The pieces of playback that need no client: the range check, minute segments, bytes, the shared clock.

Used by :mod:`.playback` (the plan, ring and prefetch). Times are naive UT datetimes.

Example:
    >>> start, end = parse_play_range(["2021-11-04T06:00", "2021-11-04T06:02"])
    >>> [s.as_dict()["start"] for s in plan_segments(start, end)]
    ['2021-11-04T06:00:00', '2021-11-04T06:01:00']

"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import InputError
from .select import as_datetime

__all__ = ["MAX_RANGE", "Segment", "encode_frames", "iso", "nearest_earlier", "parse_play_range", "plan_segments"]

#: Longest range played at once.
MAX_RANGE = _dt.timedelta(hours=6)
MINUTE = _dt.timedelta(minutes=1)
_EPOCH = _dt.datetime(1970, 1, 1)

def iso(t: _dt.datetime, spec: str = "seconds") -> str:
    """Return a naive UT time as ISO text (``spec`` as ``isoformat``'s ``timespec``).

    Example:
        >>> iso(_dt.datetime(2021, 11, 4, 6, 0, 3, 55321), "milliseconds")
        '2021-11-04T06:00:03.055'

    """
    return t.isoformat(timespec=spec)


def parse_play_range(value: Any) -> tuple[_dt.datetime, _dt.datetime] | None:
    """Check a play range ``[start, end]`` (ISO strings or datetimes, UT); None for an empty one.

    Minute-aligned, start before end (end exclusive), at most :data:`MAX_RANGE`.

    Raises:
        InputError: anything else, saying what was wrong.

    Example:
        >>> parse_play_range(["2021-11-04T06:00", "2021-11-04T07:00"])[1]
        datetime.datetime(2021, 11, 4, 7, 0)
        >>> parse_play_range([]) is None
        True

    """
    if value is None or (isinstance(value, (list, tuple)) and len(value) == 0):
        return None
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise InputError(f"play_range must be [start, end] (two UT times such as '2021-11-04T06:00'), "
                         f"or [] for the chosen minute only; got {value!r}.")
    start, end = (as_datetime(v, "play_range") for v in value)
    for t in (start, end):
        if t.second or t.microsecond:
            raise InputError(f"play_range must be whole minutes (files hold a minute each); got {iso(t)}.")
    if not start < end:
        raise InputError(f"play_range starts at {iso(start, 'minutes')} and ends at {iso(end, 'minutes')}: "
                         "the start must come before the end (the end is excluded).")
    if end - start > MAX_RANGE:
        hours = (end - start).total_seconds() / 3600
        raise InputError(f"play_range spans {hours:g} h; at most {MAX_RANGE.total_seconds() / 3600:g} h "
                         "can be played at once: choose a shorter range.")
    return start, end


@dataclass(frozen=True)
class Segment:
    """One minute file's share of a range: index, start and end (exclusive).

    Example:
        >>> import datetime
        >>> Segment(0, datetime.datetime(2021, 11, 4, 6), datetime.datetime(2021, 11, 4, 6, 1)).as_dict()["end"]
        '2021-11-04T06:01:00'

    """

    index: int
    start: _dt.datetime
    end: _dt.datetime

    def as_dict(self) -> dict[str, Any]:
        """Return the segment as the ``playback`` trait lists it."""
        return {"index": self.index, "start": iso(self.start), "end": iso(self.end)}


def plan_segments(start: _dt.datetime, end: _dt.datetime) -> list[Segment]:
    """Return one segment per minute from ``start`` to ``end`` (exclusive).

    Example:
        >>> import datetime
        >>> len(plan_segments(datetime.datetime(2021, 11, 4, 6), datetime.datetime(2021, 11, 4, 7)))
        60

    """
    n = int((end - start) // MINUTE)
    return [Segment(i, start + i * MINUTE, start + (i + 1) * MINUTE) for i in range(n)]


def encode_frames(frames: np.ndarray, vmin: float, vmax: float) -> bytes:
    """Return frames as one byte per pixel: ``round((v - vmin) / (vmax - vmin) * 255)`` clipped, NaN -> 0.

    Example:
        >>> list(encode_frames(np.array([0.0, 50.0, 100.0, 200.0, np.nan]), 0.0, 100.0))
        [0, 128, 255, 255, 0]

    """
    span = float(vmax - vmin) if vmax > vmin else 1.0
    scaled = (np.asarray(frames, dtype=np.float32) - np.float32(vmin)) * np.float32(255.0 / span)
    np.nan_to_num(scaled, copy=False, nan=0.0, posinf=255.0, neginf=0.0)
    np.clip(np.rint(scaled, out=scaled), 0, 255, out=scaled)
    return scaled.astype(np.uint8).tobytes()


def _seconds(times: Sequence[_dt.datetime]) -> np.ndarray:
    return np.asarray([(t - _EPOCH).total_seconds() for t in times], dtype=np.float64)


def nearest_earlier(
    instants: Sequence[_dt.datetime], times: Sequence[_dt.datetime], stale_after_s: float
) -> tuple[list[int], list[bool]]:
    """For each instant, the index of the latest frame at or before it (-1: none) and whether it is stale.

    Stale: the frame is more than ``stale_after_s`` older than the instant (False where no frame).

    Example:
        >>> import datetime as dt
        >>> t = lambda s: dt.datetime(2021, 11, 4, 6, 0) + dt.timedelta(seconds=s)
        >>> nearest_earlier([t(0), t(3), t(9)], [t(1), t(2)], 4.5)
        ([-1, 1, 1], [False, False, True])

    """
    at = _seconds(instants)
    own = _seconds(times)
    idx = np.searchsorted(own, at, side="right") - 1 if own.size else np.full(at.shape, -1)
    age = np.where(idx >= 0, at - own[np.maximum(idx, 0)] if own.size else 0.0, 0.0)
    stale = (idx >= 0) & (age > stale_after_s)
    return [int(i) for i in idx], [bool(s) for s in stale]
