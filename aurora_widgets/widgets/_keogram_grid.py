"""What KeogramPicker sends to the page: keograms on a one-minute UT grid, and its time values.

:func:`display_window` chooses the whole UT hours around a night's data; :func:`keogram_panel`
grids a keogram on those minutes (columns averaged per minute, tall keograms binned to at most
``max_rows`` rows, all-black columns as no data) and quantises it to one byte per cell with the
decoding numbers, the display range and the row axes (latitude, elevation). The
helpers ``iso_minute``/``parse_minute``/``parse_range`` turn the picker's ``time``/``time_range``
datetimes into "YYYY-MM-DDTHH:MM" and back.

Example:
    >>> import datetime as dt, numpy as np
    >>> from aurora_widgets.data.keogram import Keogram
    >>> day = dt.datetime(2021, 11, 4)
    >>> keo = Keogram(np.ones((4, 2)), [day.replace(hour=6), day.replace(hour=6, minute=1)])
    >>> panel = keogram_panel(keo, *display_window([keo], day), max_rows=256)
    >>> panel["start"], panel["minutes"], panel["shape"]
    ('2021-11-04T06:00', 60, [4, 60])

"""

from __future__ import annotations

import datetime as _dt
import warnings
from typing import Any

import numpy as np

from ..data.errors import InputError
from ..data.keogram import Keogram, minute_means, minutes_with_data
from ._serialize import quantize

__all__ = ["display_window", "iso_minute", "keogram_panel", "parse_minute", "parse_range"]


def iso_minute(t: _dt.datetime | None) -> str:
    """Return ``t`` as "YYYY-MM-DDTHH:MM" ("" for None).

    Example:
        >>> iso_minute(_dt.datetime(2021, 11, 4, 6, 12, 30))
        '2021-11-04T06:12'

    """
    return "" if t is None else t.strftime("%Y-%m-%dT%H:%M")


def parse_range(value: Any) -> tuple[_dt.datetime, _dt.datetime] | None:
    """Return two times as an ordered ``(start, end)`` pair of minutes, None for an empty value.

    Example:
        >>> parse_range(["2021-11-04T06:30", "2021-11-04T06:05"])[0]
        datetime.datetime(2021, 11, 4, 6, 5)

    """
    if not value:
        return None
    if isinstance(value, str) or not hasattr(value, "__len__") or len(value) != 2:
        raise InputError(f"A time range is two times [start, end] (YYYY-MM-DDTHH:MM, UT), not {value!r}.")
    a, b = (parse_minute(v) for v in value)
    return None if a is None or b is None else (min(a, b), max(a, b))


def parse_minute(value: Any) -> _dt.datetime | None:
    """Return a datetime or ISO string as a naive-UT minute (seconds dropped), None for "" / None.

    Example:
        >>> parse_minute("2021-11-04T06:12:40Z")
        datetime.datetime(2021, 11, 4, 6, 12)

    """
    if value is None or value == "":
        return None
    if not isinstance(value, str | _dt.datetime):
        raise InputError(f"Not a time: {value!r}; use YYYY-MM-DDTHH:MM (UT), e.g. 2021-11-04T06:12.")
    if isinstance(value, _dt.datetime):
        t = value.astimezone(_dt.timezone.utc).replace(tzinfo=None) if value.tzinfo else value
        return t.replace(second=0, microsecond=0)
    try:
        return parse_minute(_dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")))
    except ValueError:
        raise InputError(f"Not a time: {value!r}; use YYYY-MM-DDTHH:MM (UT), e.g. 2021-11-04T06:12.") from None


def display_window(keograms: list[Keogram], day: _dt.datetime) -> tuple[_dt.datetime, int]:
    """Return the minute grid shown for a night: ``(start, minutes)`` in whole UT hours around the data.

    Minutes where every keogram is empty (no column, or all zero as in the products' daylight
    hours) at the ends of the day are left out; without data the whole day is shown.

    Example:
        >>> day = _dt.datetime(2021, 11, 4)
        >>> k = Keogram(np.ones((2, 2)), [day.replace(hour=6, minute=5), day.replace(hour=7, minute=59)])
        >>> display_window([k], day)
        (datetime.datetime(2021, 11, 4, 6, 0), 120)

    """
    used = np.zeros(1440, dtype=bool)
    for keo in keograms:
        used |= minutes_with_data(keo, day, 1440)
    if not used.any():
        return day, 1440
    first, last = int(np.argmax(used)), 1439 - int(np.argmax(used[::-1]))
    lo, hi = (first // 60) * 60, min(1440, (last // 60 + 1) * 60)
    return day + _dt.timedelta(minutes=lo), hi - lo


def _binned(values: np.ndarray, max_rows: int) -> np.ndarray:
    """Average groups of rows so at most ``max_rows`` remain (extra rows at the top dropped)."""
    factor = max(1, -(-values.shape[0] // max_rows))
    if factor == 1:
        return values
    n = values.shape[0] // factor
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN groups stay NaN
        means: np.ndarray = np.nanmean(values[: n * factor].reshape(n, factor, *values.shape[1:]), axis=1)
    return means


def keogram_panel(keo: Keogram, start: _dt.datetime, minutes: int, max_rows: int) -> dict[str, Any]:
    """Return the one-byte panel of ``keo`` on ``minutes`` minutes from ``start`` (see the module doc)."""
    grid = minute_means(keo, start, minutes)
    if grid.ndim == 3:  # colour keogram: drawn as the mean of its channels
        grid = grid.mean(axis=2)
    grid = _binned(grid, max_rows)
    with np.errstate(invalid="ignore"):
        blank = np.all((grid == 0) | ~np.isfinite(grid), axis=0)
    grid[:, blank] = np.nan  # all-black columns: the products' daylight (no imaging), drawn as no data
    finite = grid[np.isfinite(grid)]
    lit = finite[finite > 0] if np.any(finite > 0) else finite
    panel = quantize(grid, vmin=float(finite.min()) if finite.size else 0.0,
                     vmax=float(finite.max()) if finite.size else 1.0, label="brightness",
                     units="raw counts" if keo.source.endswith("files") else "file value")
    sample = lit[:: max(1, lit.size // 100_000)]  # percentiles of a 100k-value sample of the sky
    lo, hi = (np.percentile(sample, [0.5, 99.9]) if lit.size else (0.0, 1.0))
    lat = keo.row_latitudes()
    panel.update(
        start=iso_minute(start), minutes=minutes, display=[float(lo), float(max(hi, lo + 1e-6))],
        lat=[] if lat is None else [None if not np.isfinite(v) else round(float(v), 3)
                                    for v in _binned(lat, max_rows)],
        elev=[] if keo.elev_y is None else [round(float(v), 2) for v in _binned(keo.elev_y, max_rows)],
        rows_per_row=max(1, -(-keo.data.shape[0] // max_rows)),
    )
    return panel


