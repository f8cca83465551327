"""Keograms: the north-south meridian of every frame, side by side in time.

:func:`keogram` builds one from frames as pyaurorax's ``tools.keogram.create`` does (the column
``floor(W / 2 - 1)`` of each (H, W[, 3]) frame, rows kept in the frames' orientation, so row 0 is
the southern edge with ``imshow(origin="lower")``). :class:`Keogram` has pyaurorax's field names
(``data``, ``timestamp``, ``instrument_type``, ``ccd_y``, ``geo_y``, ``mag_y``) plus ``elev_y``
(the elevation of each row along the slice) and the slice it came from.
:meth:`Keogram.set_geographic_latitudes` gives ``geo_y`` at any altitude from a skymap, as
pyaurorax does (the slice's pixel-corner latitudes, H+1 values). ``mag_y`` stays None: magnetic
latitudes need aacgmv2, which is not a runtime dependency.

The daily and hourly summary products (``*_DAILY_KEOGRAM_PGM/PNG``) are read by
:func:`aurora_widgets.data.readers.keogram.read_keogram` into the same class.

Example:
    >>> import datetime, numpy as np
    >>> frames = np.arange(4 * 4 * 3, dtype=np.uint16).reshape(4, 4, 3)
    >>> times = [datetime.datetime(2021, 11, 4, 6, 0, 3 * i) for i in range(3)]
    >>> keo = keogram(frames, times)
    >>> keo.data.shape, keo.slice_idx, keo.data[:, 0].tolist()
    ((4, 3), 1, [3, 15, 27, 39])

"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import InputError

__all__ = ["Keogram", "keogram", "minute_means", "minutes_with_data", "slice_index"]


def slice_index(width: int) -> int:
    """Return the column pyaurorax slices: ``floor(width / 2 - 1)`` (127 of 256, 275 of 553).

    Example:
        >>> slice_index(256), slice_index(553)
        (127, 275)

    """
    return int(np.floor(width / 2 - 1))


@dataclass
class Keogram:
    """A keogram: ``data`` (rows, times[, 3]) with its time and row axes.

    Attributes:
        data: the keogram, rows x time columns (x 3 for colour); row 0 is the southern edge.
        timestamp: one naive-UTC datetime per column (a frame's start, or a column's start).
        instrument_type: ``"asi"``.
        ccd_y: the CCD row of each keogram row (0..rows-1).
        geo_y: geographic latitude along the slice (H+1 pixel-corner values, as pyaurorax), or None.
        mag_y: magnetic latitude (always None here: it needs aacgmv2).
        elev_y: elevation (degrees) of each row along the slice, or None without a skymap.
        slice_idx: the frame column (axis 0) or row (axis 1) the keogram was cut along.
        axis: 0 for the north-south meridian (the column), 1 for an east-west slice (the row).
        altitude_km: the altitude of ``geo_y``, or None.
        site_uid: the site, when known (from a file name or frame metadata).
        source: where it came from: ``"frames"`` or the summary file's name.

    Example:
        >>> keo = Keogram(np.zeros((2, 1)), [_dt.datetime(2021, 11, 4)], ccd_y=np.arange(2))
        >>> keo.data.shape, keo.geo_y is None
        ((2, 1), True)

    """

    data: np.ndarray
    timestamp: list[_dt.datetime]
    instrument_type: str = "asi"
    ccd_y: np.ndarray | None = None
    mag_y: np.ndarray | None = None
    geo_y: np.ndarray | None = None
    elev_y: np.ndarray | None = None
    slice_idx: int | None = None
    axis: int = 0
    altitude_km: float | None = None
    site_uid: str = ""
    source: str = "frames"

    def __repr__(self) -> str:
        def axis(value: np.ndarray | None) -> str:
            return "None" if value is None else f"array({value.shape[0]} values)"

        return (f"Keogram(data=array(dims={self.data.shape}, dtype={self.data.dtype}), "
                f"timestamp=[{len(self.timestamp)} datetime objects], ccd_y={axis(self.ccd_y)}, "
                f"mag_y={axis(self.mag_y)}, geo_y={axis(self.geo_y)})")

    def pretty_print(self) -> None:
        """Print the fields as pyaurorax's ``Keogram.pretty_print`` lays them out (plus ours)."""
        print("Keogram:")
        for name in ("data", "timestamp", "instrument_type", "ccd_y", "geo_y", "mag_y", "elev_y",
                     "slice_idx", "altitude_km", "site_uid", "source"):
            value = getattr(self, name)
            if isinstance(value, np.ndarray):
                text = (f"array(dims={value.shape}, dtype={value.dtype})" if name == "data"
                        else f"array({value.shape[0]} values)")
            elif name == "timestamp":
                text = f"[{len(value)} datetime objects]"
            else:
                text = str(value)
            print(f"  {name:<17}: {text}")

    def set_geographic_latitudes(self, skymap: Any, altitude_km: float | None = None) -> None:
        """Set ``geo_y`` (and ``elev_y``) from a skymap at ``altitude_km`` (default: its middle altitude).

        Like pyaurorax, ``geo_y`` holds the slice's pixel-corner latitudes (rows + 1 values; the
        latitude of row ``i`` spans ``geo_y[i]`` to ``geo_y[i+1]``). Any altitude in 80-250 km
        works (interpolated between the stored 90/110/150 km grids).

        Raises:
            InputError: the skymap's frame size does not match the keogram's rows, or a bad altitude.

        Example:
            >>> keo.set_geographic_latitudes(skymap, altitude_km=110)   # doctest: +SKIP
            >>> keo.geo_y.shape                                         # doctest: +SKIP
            (257,)

        """
        from .altitude import skymap_at_altitude

        elevation = np.asarray(skymap.full_elevation)
        rows = self.data.shape[0]
        along = elevation.shape[self.axis]
        if along != rows:
            raise InputError(
                f"The skymap is for {elevation.shape[0]}x{elevation.shape[1]} frames but the keogram has "
                f"{rows} rows; choose the skymap of the camera that took these frames."
            )
        if altitude_km is None:
            altitudes = sorted(float(a) / 1000.0 for a in np.ravel(skymap.full_map_altitude))
            altitude_km = altitudes[len(altitudes) // 2]
        idx = self.slice_idx if self.slice_idx is not None else slice_index(elevation.shape[1 - self.axis])
        lat, _lon = skymap_at_altitude(skymap, float(altitude_km))
        self.geo_y = np.array(lat[:, idx] if self.axis == 0 else lat[idx, :])
        self.elev_y = np.array(elevation[:, idx] if self.axis == 0 else elevation[idx, :], dtype=np.float64)
        self.altitude_km = float(altitude_km)

    def row_latitudes(self) -> np.ndarray | None:
        """Latitude of each row's centre (mean of its two corner latitudes), or None without ``geo_y``.

        Example:
            >>> Keogram(np.zeros((2, 1)), [], geo_y=np.array([50.0, 51.0, 53.0])).row_latitudes()
            array([50.5, 52. ])

        """
        if self.geo_y is None:
            return None
        g = np.asarray(self.geo_y, dtype=np.float64)
        return (g[:-1] + g[1:]) / 2.0 if g.shape[0] == self.data.shape[0] + 1 else g

    def index_of(self, when: _dt.datetime) -> int:
        """Return the column at ``when``: the last column starting at or before it (0 before the first).

        Example:
            >>> t = [_dt.datetime(2021, 11, 4, 6, m) for m in range(3)]
            >>> Keogram(np.zeros((1, 3)), t).index_of(_dt.datetime(2021, 11, 4, 6, 1, 30))
            1

        """
        if not self.timestamp:
            raise InputError("This keogram has no columns.")
        stamps = np.array([t.timestamp() for t in _naive_utc(self.timestamp)])
        target = _naive_utc([when])[0].timestamp()
        return max(0, int(np.searchsorted(stamps, target, side="right")) - 1)

    def column_at(self, when: _dt.datetime) -> np.ndarray:
        """Return the keogram column (one value per row) at ``when`` (see :meth:`index_of`).

        Example:
            >>> keo.column_at(datetime.datetime(2021, 11, 4, 6, 12)).shape   # doctest: +SKIP
            (256,)

        """
        return np.asarray(self.data[:, self.index_of(when)])


def _naive_utc(times: Sequence[_dt.datetime]) -> list[_dt.datetime]:
    out = []
    for t in times:
        if not isinstance(t, _dt.datetime):
            raise InputError(f"Timestamps must be datetimes, not {type(t).__name__} ({t!r}).")
        out.append(t.astimezone(_dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t)
    return out


def keogram(
    frames: Any,
    timestamps: Sequence[_dt.datetime],
    skymap: Any = None,
    altitude_km: float | None = None,
    axis: int = 0,
) -> Keogram:
    """Build a keogram from frames (H, W, N) or colour frames (H, W, 3, N), as pyaurorax does.

    Args:
        frames: the images, e.g. ``read_raw(files).data`` (frames last, as read).
        timestamps: one datetime per frame, e.g. ``read_raw(files).timestamp``.
        skymap: optional; gives ``geo_y`` (latitudes) and ``elev_y`` along the slice.
        altitude_km: the altitude of ``geo_y`` (default: the skymap's middle altitude, 110 km).
        axis: 0 (default) cuts each frame's middle column, the north-south meridian, exactly as
            ``pyaurorax.tools.keogram.create``; 1 cuts the middle row (an east-west slice).

    Returns:
        A :class:`Keogram` with ``data`` (H, N) (or (H, N, 3)) of the frames' dtype.

    Raises:
        InputError: not 3-D/4-D frames, a timestamp count that differs from the frame count, or a
            bad axis.

    Example:
        >>> from aurora_widgets.data import read_raw                         # doctest: +SKIP
        >>> raw = read_raw(files)                                            # doctest: +SKIP
        >>> keogram(raw.data, raw.timestamp, skymap, altitude_km=110).geo_y.shape  # doctest: +SKIP
        (257,)

    """
    images = np.asarray(frames)
    if images.ndim not in (3, 4):
        raise InputError(
            f"keogram needs frames shaped (rows, cols, N) or (rows, cols, 3, N), not {images.shape}; "
            "pass read_raw(...).data."
        )
    if axis not in (0, 1):
        raise InputError(f"axis must be 0 (north-south meridian) or 1 (east-west slice), not {axis!r}.")
    times = _naive_utc(list(timestamps))
    if len(times) != images.shape[-1]:
        raise InputError(
            f"{len(times)} timestamps for {images.shape[-1]} frames; give one timestamp per frame."
        )
    idx = slice_index(images.shape[1 - axis])
    cut = images[:, idx] if axis == 0 else images[idx, :]
    # (rows, N) or (rows, 3, N) -> (rows, N[, 3]), as pyaurorax orders colour keograms
    data = np.ascontiguousarray(cut if cut.ndim == 2 else np.moveaxis(cut, -1, 1))
    keo = Keogram(data=data, timestamp=times, ccd_y=np.arange(data.shape[0]), slice_idx=idx, axis=axis)
    if skymap is not None:
        keo.set_geographic_latitudes(skymap, altitude_km)
        keo.site_uid = str(getattr(skymap, "site_uid", "") or "")
    return keo


def minute_means(keo: Keogram, start: _dt.datetime, minutes: int) -> np.ndarray:
    """Return the keogram on a one-minute grid from ``start``: the mean of the columns in each minute.

    Returns float32 (rows, minutes[, 3]); NaN in minutes without a column. A column belongs to
    the minute its timestamp falls in, so a 3 s cadence gives 20 columns per minute and a daily
    product of 1440 columns one.

    Example:
        >>> t = [_dt.datetime(2021, 11, 4, 6, 0, s) for s in (0, 30)] + [_dt.datetime(2021, 11, 4, 6, 2)]
        >>> minute_means(Keogram(np.array([[1.0, 3.0, 5.0]]), t), _dt.datetime(2021, 11, 4, 6), 3).tolist()
        [[2.0, nan, 5.0]]

    """
    if minutes < 1:
        raise InputError(f"minutes must be at least 1, not {minutes!r}.")
    data = np.asarray(keo.data)
    index = _minute_index(keo, start)
    inside = np.flatnonzero((index >= 0) & (index < minutes))
    idx = index[inside]
    out = np.full((data.shape[0], minutes, *data.shape[2:]), np.nan, dtype=np.float32)
    if idx.size == 0:
        return out
    if np.all(np.diff(idx) > 0):  # at most one column a minute (a daily product): no averaging
        out[:, idx] = data[:, inside]
        return out
    order = np.argsort(idx, kind="stable")
    idx, cols = idx[order], inside[order]
    firsts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
    sums = np.add.reduceat(data[:, cols].astype(np.float64), firsts, axis=1)
    counts = np.diff(np.r_[firsts, idx.size]).reshape(1, -1, *([1] * (data.ndim - 2)))
    out[:, idx[firsts]] = sums / counts
    return out


def _minute_index(keo: Keogram, start: _dt.datetime) -> np.ndarray:
    t0 = _naive_utc([start])[0]
    offsets = np.array([(t - t0).total_seconds() for t in _naive_utc(keo.timestamp)], dtype=np.float64)
    return np.floor(offsets / 60.0).astype(np.int64) if offsets.size else np.zeros(0, dtype=np.int64)


def minutes_with_data(keo: Keogram, start: _dt.datetime, minutes: int) -> np.ndarray:
    """Return a bool per minute from ``start``: whether a column with any non-zero value falls in it.

    Example:
        >>> t = [_dt.datetime(2021, 11, 4, 6, 0), _dt.datetime(2021, 11, 4, 6, 2)]
        >>> minutes_with_data(Keogram(np.array([[0, 5]]), t), _dt.datetime(2021, 11, 4, 6), 3).tolist()
        [False, False, True]

    """
    data = np.asarray(keo.data)
    index = _minute_index(keo, start)
    with np.errstate(invalid="ignore"):
        lit = np.any((data != 0) & np.isfinite(data), axis=tuple(a for a in range(data.ndim) if a != 1))
    index = index[lit & (index >= 0) & (index < minutes)]
    used = np.zeros(minutes, dtype=bool)
    used[index] = True
    return used
