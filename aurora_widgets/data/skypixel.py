"""From a direction in the sky (or a place at an altitude) to a pixel of the frame, through a skymap.

A skymap gives every pixel its elevation and azimuth; this module goes the other way. The two
angles are first turned into a smooth plane, the equidistant polar plane around the zenith
(``x = (90 - el) sin(az)``, ``y = (90 - el) cos(az)``), where azimuth has no 0/360 seam and the
zenith is an ordinary point. Each target is then found on the grid: a nearest point on a coarse
subsample of the grid gives a start, and a few vectorised Newton steps on the grid's bilinear
interpolant give the fractional pixel. Targets outside the image circle, in the NaN rim or beyond
the grid come back NaN. The same solver places latitude/longitude points through a skymap's
pixel-corner grids (:func:`latlon_to_pixel`), in a local plane around the site.

Pixel coordinates are ``(row, col)`` of the arrays as the readers return them (the orientation
of pyucalgarysrs, the same as the frames read by ``read_raw``), pixel centres at integers: a
pixel's corner grid index ``(i, j)`` sits at ``(i - 0.5, j - 0.5)``.

Example:
    >>> from aurora_widgets.archive.camera import FisheyeCamera
    >>> cam = FisheyeCamera(height=64, width=64)
    >>> el, az = cam.elevation_azimuth()
    >>> rows, cols = invert_grid(*polar_plane(el, az), *polar_plane(np.array([45.0]), np.array([90.0])))
    >>> np.allclose((rows[0], cols[0]), cam.pixel_of(45.0, 90.0), atol=0.01)
    True

"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import numpy as np
from scipy.spatial import cKDTree

from .altitude import skymap_at_altitude
from .errors import InputError

__all__ = ["invert_grid", "latlon_to_pixel", "polar_plane", "sky_to_pixel", "skymap_polar_plane"]

_NEWTON_STEPS = 12
_MAX_STEP_PX = 3.0
_TOLERANCE_PX = 0.02


def polar_plane(elevation_deg: np.ndarray, azimuth_deg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return elevation/azimuth as ``(x, y)`` in the equidistant polar plane (degrees from zenith).

    ``x`` points east, ``y`` north; the zenith is ``(0, 0)`` and the horizon the circle of radius 90.

    Example:
        >>> x, y = polar_plane(np.array([90.0, 0.0]), np.array([0.0, 90.0]))
        >>> np.round(x, 6).tolist(), np.round(y, 6).tolist()
        ([0.0, 90.0], [0.0, 0.0])

    """
    zenith = 90.0 - np.asarray(elevation_deg, dtype=np.float64)
    az = np.radians(np.asarray(azimuth_deg, dtype=np.float64))
    return zenith * np.sin(az), zenith * np.cos(az)


class _Grid:
    """A 2-D coordinate grid prepared for inversion (coarse KD-tree of its valid points)."""

    def __init__(self, gx: np.ndarray, gy: np.ndarray) -> None:
        self.gx = np.asarray(gx, dtype=np.float64)
        self.gy = np.asarray(gy, dtype=np.float64)
        if self.gx.shape != self.gy.shape or self.gx.ndim != 2 or min(self.gx.shape) < 2:
            raise InputError(
                f"invert_grid needs two 2-D grids of one shape (at least 2x2), not {self.gx.shape} / {self.gy.shape}."
            )
        h, w = self.gx.shape
        step = max(1, min(h, w) // 96)
        rows, cols = np.mgrid[0:h:step, 0:w:step]
        cx, cy = self.gx[rows, cols], self.gy[rows, cols]
        ok = np.isfinite(cx) & np.isfinite(cy)
        self.start_rows = rows[ok].astype(np.float64)
        self.start_cols = cols[ok].astype(np.float64)
        self.tree = cKDTree(np.column_stack([cx[ok], cy[ok]])) if ok.any() else None

    def evaluate(
        self, r: np.ndarray, c: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Bilinear x, y and their derivatives in row and column at fractional indices."""
        h, w = self.gx.shape
        i = np.clip(np.floor(r).astype(np.intp), 0, h - 2)
        j = np.clip(np.floor(c).astype(np.intp), 0, w - 2)
        fr, fc = r - i, c - j
        out: list[np.ndarray] = []
        for g in (self.gx, self.gy):
            g00, g01, g10, g11 = g[i, j], g[i, j + 1], g[i + 1, j], g[i + 1, j + 1]
            value = g00 * (1 - fr) * (1 - fc) + g01 * (1 - fr) * fc + g10 * fr * (1 - fc) + g11 * fr * fc
            d_r = (g10 - g00) * (1 - fc) + (g11 - g01) * fc
            d_c = (g01 - g00) * (1 - fr) + (g11 - g10) * fr
            out.extend((value, d_r, d_c))
        x, x_r, x_c, y, y_r, y_c = out
        return x, x_r, x_c, y, y_r, y_c

    def invert(self, tx: np.ndarray, ty: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        shape = np.shape(tx)
        tx = np.asarray(tx, dtype=np.float64).reshape(-1)
        ty = np.asarray(ty, dtype=np.float64).reshape(-1)
        rows = np.full(tx.shape, np.nan)
        cols = np.full(tx.shape, np.nan)
        wanted = np.isfinite(tx) & np.isfinite(ty)
        if self.tree is None or not wanted.any():
            return rows.reshape(shape), cols.reshape(shape)
        _, nearest = self.tree.query(np.column_stack([tx[wanted], ty[wanted]]))
        r, c = self.start_rows[nearest], self.start_cols[nearest]
        gx, gy = tx[wanted], ty[wanted]
        h, w = self.gx.shape
        step = np.zeros_like(r)
        with np.errstate(invalid="ignore", divide="ignore"):
            for _ in range(_NEWTON_STEPS):
                x, x_r, x_c, y, y_r, y_c = self.evaluate(r, c)
                ex, ey = gx - x, gy - y
                det = x_r * y_c - x_c * y_r
                dr = (y_c * ex - x_c * ey) / det
                dc = (-y_r * ex + x_r * ey) / det
                step = np.hypot(dr, dc)
                scale = np.minimum(1.0, _MAX_STEP_PX / np.where(step > 0, step, 1.0))
                r = np.clip(r + np.nan_to_num(dr * scale), 0.0, h - 1.0)
                c = np.clip(c + np.nan_to_num(dc * scale), 0.0, w - 1.0)
            x, x_r, x_c, y, y_r, y_c = self.evaluate(r, c)
            det = x_r * y_c - x_c * y_r
            dr = (y_c * (gx - x) - x_c * (gy - y)) / det
            dc = (-y_r * (gx - x) + x_r * (gy - y)) / det
            converged = np.isfinite(x) & np.isfinite(y) & (np.hypot(dr, dc) < _TOLERANCE_PX)
        rows[wanted] = np.where(converged, r, np.nan)
        cols[wanted] = np.where(converged, c, np.nan)
        return rows.reshape(shape), cols.reshape(shape)


def invert_grid(
    grid_x: np.ndarray,
    grid_y: np.ndarray,
    target_x: np.ndarray,
    target_y: np.ndarray,
    origin: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Return the fractional ``(row, col)`` where a smooth 2-D grid takes each target value.

    Args:
        grid_x: first coordinate of every grid node, shape (H, W), NaN where unknown.
        grid_y: second coordinate, same shape.
        target_x: first coordinate of the targets (any shape).
        target_y: second coordinate of the targets (same shape).
        origin: pixel coordinate of grid index 0 (``0`` for pixel centres, ``-0.5`` for corners).

    Returns:
        ``(rows, cols)`` float64 arrays of the targets' shape, NaN for targets outside the grid.

    Example:
        >>> gy, gx = np.mgrid[0:5, 0:5].astype(float)
        >>> invert_grid(gx * 2.0, gy * 3.0, np.array([3.0]), np.array([7.5]))
        (array([2.5]), array([1.5]))

    """
    rows, cols = _Grid(grid_x, grid_y).invert(np.asarray(target_x), np.asarray(target_y))
    return rows + origin, cols + origin


class _PerSkymap:
    """Grids prepared from skymaps: dropped when their skymap is garbage-collected, at most ``size``."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[tuple[int, str, str], _Grid] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def _drop(self, key: tuple[int, str, str]) -> None:
        with self._lock:
            self._items.pop(key, None)

    def get(self, skymap: Any, kind: str, build: Callable[[], _Grid]) -> _Grid:
        key = (id(skymap), str(getattr(skymap, "filename", "")), kind)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        grid = build()
        with self._lock:
            fresh = key not in self._items
            self._items[key] = grid
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        if fresh:
            try:
                weakref.finalize(skymap, self._drop, key)
            except TypeError:  # no weak references: the id could be reused, so do not keep it
                self._drop(key)
        return grid


_GRIDS = _PerSkymap(24)


def skymap_polar_plane(skymap: Any) -> tuple[np.ndarray, np.ndarray]:
    """Return the skymap's per-pixel ``(x, y)`` in the polar plane (see :func:`polar_plane`).

    Raises:
        InputError: the skymap has no azimuth grid (spectrograph skymaps) or mismatched grids.

    Example:
        >>> x, y = skymap_polar_plane(skymap)   # doctest: +SKIP
        >>> x.shape == skymap.full_elevation.shape   # doctest: +SKIP
        True

    """
    grid = _elaz_grid(skymap)
    return grid.gx, grid.gy


def _elaz_grid(skymap: Any) -> _Grid:
    def build() -> _Grid:
        el = getattr(skymap, "full_elevation", None)
        az = getattr(skymap, "full_azimuth", None)
        if el is None or az is None:
            raise InputError(
                "This skymap has no elevation/azimuth grid (a spectrograph skymap?): stars and "
                "elevation contours need an all-sky imager skymap."
            )
        el, az = np.asarray(el), np.asarray(az)
        if el.shape != az.shape or el.ndim != 2:
            raise InputError(f"The skymap's elevation {el.shape} and azimuth {az.shape} grids do not match.")
        with np.errstate(invalid="ignore"):
            x, y = polar_plane(el, az)
            bad = ~(np.isfinite(x) & np.isfinite(y)) | (el < -5.0)
        x[bad] = np.nan
        y[bad] = np.nan
        return _Grid(x, y)

    return _GRIDS.get(skymap, "elaz", build)


def sky_to_pixel(skymap: Any, elevation_deg: np.ndarray, azimuth_deg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the fractional pixel ``(row, col)`` of each sky direction through the skymap.

    Args:
        skymap: a :class:`~aurora_widgets.data.models.Skymap` (``full_elevation``/``full_azimuth``).
        elevation_deg: elevations, any shape.
        azimuth_deg: azimuths (degrees east of north, any range), same shape.

    Returns:
        ``(rows, cols)`` float64, NaN where the direction is outside the skymap's field of view.

    Example:
        >>> rows, cols = sky_to_pixel(skymap, np.array([90.0]), np.array([0.0]))   # doctest: +SKIP
        >>> rows, cols                                                           # doctest: +SKIP
        (array([127.6]), array([128.1]))

    """
    el = np.asarray(elevation_deg, dtype=np.float64)
    az = np.asarray(azimuth_deg, dtype=np.float64)
    if el.shape != az.shape:
        raise InputError(f"sky_to_pixel: elevation {el.shape} and azimuth {az.shape} must have one shape.")
    with np.errstate(invalid="ignore"):
        out = el < -5.0
    tx, ty = polar_plane(np.where(out, np.nan, el), az)
    return _elaz_grid(skymap).invert(tx, ty)


def _local_plane(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float) -> tuple[np.ndarray, np.ndarray]:
    """Latitude/longitude as a local east/north plane (degrees) around ``(lat0, lon0)``."""
    dlon = (np.asarray(lon, dtype=np.float64) - lon0 + 180.0) % 360.0 - 180.0
    return dlon * np.cos(np.radians(lat0)), np.asarray(lat, dtype=np.float64) - lat0


def latlon_to_pixel(
    skymap: Any, altitude_km: float, latitude_deg: np.ndarray, longitude_deg: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return the fractional pixel ``(row, col)`` that sees each place at ``altitude_km``.

    Uses the skymap's pixel-corner grids at that altitude (:func:`~aurora_widgets.data.altitude.skymap_at_altitude`).

    Args:
        skymap: a :class:`~aurora_widgets.data.models.Skymap`.
        altitude_km: emission altitude, 80-250 km.
        latitude_deg: geodetic latitudes, any shape.
        longitude_deg: longitudes (any range), same shape.

    Returns:
        ``(rows, cols)`` float64, NaN where the place is outside the field of view.

    Example:
        >>> rows, cols = latlon_to_pixel(skymap, 110, np.array([56.4]), np.array([-94.6]))   # doctest: +SKIP

    """
    lat = np.asarray(latitude_deg, dtype=np.float64)
    lon = np.asarray(longitude_deg, dtype=np.float64)
    if lat.shape != lon.shape:
        raise InputError(f"latlon_to_pixel: latitude {lat.shape} and longitude {lon.shape} must have one shape.")
    lat0 = float(skymap.site_map_latitude)
    lon0 = float(skymap.site_map_longitude)

    def build() -> _Grid:
        lat_c, lon_c = skymap_at_altitude(skymap, altitude_km)
        return _Grid(*_local_plane(lat_c, lon_c, lat0, lon0))

    grid = _GRIDS.get(skymap, f"latlon@{float(altitude_km):g}", build)
    rows, cols = grid.invert(*_local_plane(lat, lon, lat0, lon0))
    return rows - 0.5, cols - 0.5
