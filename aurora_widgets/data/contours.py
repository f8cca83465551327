"""Contours to draw on a frame: elevation rings, azimuth spokes and a latitude/longitude graticule.

The lines pyaurorax's ``tools.ccd_contour`` traces one nearest pixel at a time, here as
fractional-pixel polylines computed in one vectorised pass per kind: every line is sampled
densely in its own coordinates (elevation/azimuth, or latitude/longitude at an altitude) and
placed on the frame by :mod:`~aurora_widgets.data.skypixel`. Samples outside the field of view
are NaN, which breaks a line into segments (:meth:`Contour.segments`).

Pixel coordinates are ``(row, col)`` of the frame as the readers return it (pixel centres at
integers); to draw with ``imshow(origin="lower")`` plot ``cols`` as x and ``rows`` as y.

Example:
    >>> lines = frame_contours(skymap, altitude_km=110)       # doctest: +SKIP
    >>> [c.label for c in lines.azimuth]                       # doctest: +SKIP
    ['N', 'E', 'S', 'W']

"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .altitude import skymap_at_altitude
from .errors import InputError
from .geometry import format_latitude, format_longitude
from .skypixel import latlon_to_pixel, sky_to_pixel

__all__ = [
    "Contour",
    "FrameContours",
    "azimuth_spokes",
    "elevation_rings",
    "frame_contours",
    "graticule",
    "nice_step",
]

_COMPASS = {0.0: "N", 90.0: "E", 180.0: "S", 270.0: "W"}


@dataclass(frozen=True, eq=False)
class Contour:
    """One line on the frame: fractional pixel rows/cols, NaN where it leaves the field of view.

    Attributes:
        kind: ``"elevation"``, ``"azimuth"``, ``"latitude"`` or ``"longitude"``.
        value: the constant coordinate (degrees).
        label: what to write next to it (``"30°"``, ``"N"``, ``"57°N"``, ``"-95°E"``).
        rows, cols: the samples, in order along the line.

    Example:
        >>> c = Contour("elevation", 30.0, "30°", np.array([1.0, 2.0, np.nan, 4.0]), np.array([1.0, 2.0, 3.0, 4.0]))
        >>> [s.tolist() for s in c.segments()]
        [[[1.0, 1.0], [2.0, 2.0]]]

    """

    kind: str
    value: float
    label: str
    rows: np.ndarray
    cols: np.ndarray

    def segments(self, min_points: int = 2) -> list[np.ndarray]:
        """Return the runs of finite samples as ``(N, 2)`` arrays of ``(row, col)``, each of ``min_points`` or more.

        Example:
            >>> c = Contour("azimuth", 0.0, "N", np.array([0.0, 1.0, 2.0]), np.array([5.0, 5.0, 5.0]))
            >>> c.segments()[0].shape
            (3, 2)

        """
        ok = np.isfinite(self.rows) & np.isfinite(self.cols)
        if not ok.any():
            return []
        edges = np.diff(np.concatenate([[0], ok.astype(np.int8), [0]]))
        starts, stops = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
        pts = np.column_stack([self.rows, self.cols])
        return [pts[a:b] for a, b in zip(starts, stops, strict=True) if b - a >= min_points]


@dataclass(frozen=True, eq=False)
class FrameContours:
    """All the contours of one frame view.

    Example:
        >>> FrameContours([], [], [], [], 110.0).all()
        []

    """

    elevation: list[Contour]
    azimuth: list[Contour]
    latitude: list[Contour]
    longitude: list[Contour]
    altitude_km: float

    def all(self) -> list[Contour]:
        """Return every contour, rings first, then spokes, latitudes and longitudes.

        Example:
            >>> len(frame_contours(skymap).all()) > 10   # doctest: +SKIP
            True

        """
        return [*self.elevation, *self.azimuth, *self.latitude, *self.longitude]


def _split(rows: np.ndarray, cols: np.ndarray, counts: Sequence[int]) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    start = 0
    for n in counts:
        out.append((rows[start : start + n], cols[start : start + n]))
        start += n
    return out


def _values(values: Any, name: str, low: float, high: float) -> list[float]:
    try:
        vals = [float(v) for v in values]
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a list of numbers of degrees, not {values!r}.") from None
    bad = [v for v in vals if not (math.isfinite(v) and low <= v <= high)]
    if bad:
        raise InputError(f"{name}: {bad} outside {low:g}..{high:g} degrees.")
    return vals


def elevation_rings(
    skymap: Any, elevations: Sequence[float] = (10, 20, 30, 40, 50, 60, 70, 80), step_deg: float = 1.0
) -> list[Contour]:
    """Return rings of constant elevation, closed (first sample repeated at the end).

    Args:
        skymap: a :class:`~aurora_widgets.data.models.Skymap`.
        elevations: the rings' elevations (0-90 degrees).
        step_deg: azimuth spacing of the samples.

    Example:
        >>> rings = elevation_rings(skymap, [30, 60])   # doctest: +SKIP
        >>> rings[0].label, rings[0].rows.shape          # doctest: +SKIP
        ('30°', (361,))

    """
    els = _values(elevations, "elevations", 0.0, 90.0)
    az = np.append(np.arange(0.0, 360.0, float(step_deg)), 0.0)
    grid_el = np.repeat(np.asarray(els, dtype=np.float64), az.size)
    grid_az = np.tile(az, len(els))
    rows, cols = sky_to_pixel(skymap, grid_el, grid_az)
    return [
        Contour("elevation", e, f"{e:g}°", r, c)
        for e, (r, c) in zip(els, _split(rows, cols, [az.size] * len(els)), strict=True)
    ]


def azimuth_spokes(
    skymap: Any,
    azimuths: Sequence[float] = (0, 90, 180, 270),
    min_elevation_deg: float = 5.0,
    max_elevation_deg: float = 90.0,
    step_deg: float = 0.5,
) -> list[Contour]:
    """Return lines of constant azimuth from ``min_elevation_deg`` up to ``max_elevation_deg``.

    The cardinal directions are labelled N, E, S and W, others with their azimuth in degrees.

    Example:
        >>> [s.label for s in azimuth_spokes(skymap)]   # doctest: +SKIP
        ['N', 'E', 'S', 'W']

    """
    azs = _values(azimuths, "azimuths", -360.0, 720.0)
    lo, hi = _values([min_elevation_deg, max_elevation_deg], "min/max elevation", 0.0, 90.0)
    if lo >= hi:
        raise InputError(f"azimuth_spokes: min_elevation_deg {lo:g} must be below max_elevation_deg {hi:g}.")
    el = np.append(np.arange(lo, hi, float(step_deg)), hi)
    grid_el = np.tile(el, len(azs))
    grid_az = np.repeat(np.asarray(azs, dtype=np.float64) % 360.0, el.size)
    rows, cols = sky_to_pixel(skymap, grid_el, grid_az)
    out = []
    for a, (r, c) in zip(azs, _split(rows, cols, [el.size] * len(azs)), strict=True):
        a360 = a % 360.0
        out.append(Contour("azimuth", a360, _COMPASS.get(a360, f"{a360:g}°"), r, c))
    return out


def nice_step(span_deg: float, target_lines: int = 6) -> float:
    """Return a round graticule spacing (0.5, 1, 2, 5, 10, ... degrees) giving about ``target_lines`` lines.

    Example:
        >>> nice_step(9.0), nice_step(30.0), nice_step(2.0)
        (2.0, 5.0, 0.5)

    """
    raw = max(float(span_deg), 1e-6) / max(int(target_lines), 1)
    exponent = math.floor(math.log10(raw))
    for mult in (1.0, 2.0, 5.0, 10.0):
        step = mult * 10.0**exponent
        if step >= raw:
            return float(max(step, 0.5))
    return float(max(10.0 ** (exponent + 1), 0.5))


def _lat_label(v: float) -> str:
    return format_latitude(v, None)


def _lon_label(v: float) -> str:
    return format_longitude(v, None)  # the widgets' one convention (data/geometry.py)


def graticule(
    skymap: Any,
    altitude_km: float = 110.0,
    lat_step_deg: float | None = None,
    lon_step_deg: float | None = None,
    samples: int = 240,
) -> tuple[list[Contour], list[Contour]]:
    """Return lines of constant latitude and of constant longitude at ``altitude_km``, on the frame.

    Args:
        skymap: a :class:`~aurora_widgets.data.models.Skymap`.
        altitude_km: the emission altitude (80-250 km) whose corner grids place the lines.
        lat_step_deg: spacing of the latitude lines; ``None`` picks a round one (about 6 lines).
        lon_step_deg: spacing of the longitude lines; ``None`` picks a round one.
        samples: samples along each line.

    Returns:
        ``(latitudes, longitudes)``: lists of :class:`Contour` (only lines that cross the view).

    Example:
        >>> lats, lons = graticule(skymap, 110)   # doctest: +SKIP
        >>> lats[0].label                         # doctest: +SKIP
        '52°N'

    """
    lat_c, lon_c = skymap_at_altitude(skymap, altitude_km)
    if not np.isfinite(lat_c).any():
        return [], []
    lon0 = float(skymap.site_map_longitude)
    dlon = (np.asarray(lon_c, dtype=np.float64) - lon0 + 180.0) % 360.0 - 180.0
    lat_lo, lat_hi = float(np.nanmin(lat_c)), float(np.nanmax(lat_c))
    dl_lo, dl_hi = float(np.nanmin(dlon)), float(np.nanmax(dlon))
    lat_step = nice_step(lat_hi - lat_lo) if lat_step_deg is None else float(lat_step_deg)
    lon_step = nice_step(dl_hi - dl_lo) if lon_step_deg is None else float(lon_step_deg)
    if not (lat_step > 0 and lon_step > 0):
        raise InputError(f"graticule: steps must be positive, not {lat_step_deg!r} / {lon_step_deg!r}.")
    lats = np.arange(math.ceil(lat_lo / lat_step) * lat_step, lat_hi, lat_step)
    lon_first = math.ceil((lon0 + dl_lo) / lon_step) * lon_step
    lons = np.arange(lon_first, lon0 + dl_hi, lon_step)
    along_lon = np.linspace(lon0 + dl_lo, lon0 + dl_hi, samples)
    along_lat = np.linspace(lat_lo, lat_hi, samples)
    q_lat = np.concatenate([np.repeat(lats, samples), np.tile(along_lat, lons.size)])
    q_lon = np.concatenate([np.tile(along_lon, lats.size), np.repeat(lons, samples)])
    rows, cols = latlon_to_pixel(skymap, altitude_km, q_lat, q_lon)
    parts = _split(rows, cols, [samples] * (lats.size + lons.size))
    lat_lines = [
        Contour("latitude", float(v), _lat_label(float(v)), r, c)
        for v, (r, c) in zip(lats, parts[: lats.size], strict=True)
    ]
    lon_lines = [
        Contour("longitude", float((v + 180.0) % 360.0 - 180.0), _lon_label(float(v)), r, c)
        for v, (r, c) in zip(lons, parts[lats.size :], strict=True)
    ]
    keep = [c for c in lat_lines if c.segments()], [c for c in lon_lines if c.segments()]
    return keep


def frame_contours(
    skymap: Any,
    altitude_km: float = 110.0,
    elevations: Sequence[float] = (10, 20, 30, 40, 50, 60, 70, 80),
    azimuths: Sequence[float] = (0, 90, 180, 270),
    lat_step_deg: float | None = None,
    lon_step_deg: float | None = None,
) -> FrameContours:
    """Return the elevation rings, azimuth spokes and graticule of a frame view in one object.

    Example:
        >>> lines = frame_contours(skymap, 110)          # doctest: +SKIP
        >>> len(lines.elevation), len(lines.azimuth)      # doctest: +SKIP
        (8, 4)

    """
    lat_lines, lon_lines = graticule(skymap, altitude_km, lat_step_deg, lon_step_deg)
    return FrameContours(
        elevation=elevation_rings(skymap, elevations),
        azimuth=azimuth_spokes(skymap, azimuths, min_elevation_deg=min([5.0, *(float(e) for e in elevations)])),
        latitude=lat_lines,
        longitude=lon_lines,
        altitude_km=float(altitude_km),
    )
