"""Skymap pixel-corner latitude/longitude at any altitude between 80 and 250 km.

A skymap stores corner grids at a few altitudes (90, 110 and 150 km). At a stored altitude the
stored grid is returned; elsewhere each corner is interpolated linearly in altitude between the
two neighbouring stored grids, and below the lowest / above the highest it is extrapolated from
the first / last pair, which is what pyaurorax's ``tools.mosaic.prep_skymaps`` does (with
``scipy.interpolate.interp1d(kind="linear", fill_value="extrapolate")`` per corner); here it is
one vectorised expression over the whole grid.

Longitudes follow pyaurorax's convention: stored values above 180 have 360 taken off (in
float32, as pyaurorax does), so they lie in [-180, 180] at the stored altitudes; interpolated or
extrapolated corners just past the antimeridian may read e.g. -180.2, which keeps the grid
continuous. Before interpolating, each altitude's longitudes are unwrapped against the next so a
corner near the antimeridian does not jump by 360.

Results are cached per (skymap object, altitude) and returned read-only.

Example:
    >>> from aurora_widgets.data.altitude import skymap_at_altitude
    >>> lat, lon = skymap_at_altitude(skymap, 130)   # doctest: +SKIP
    >>> lat.shape                                    # doctest: +SKIP
    (257, 257)

"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Any

import numpy as np

from .errors import InputError

__all__ = ["MAX_ALTITUDE_KM", "MIN_ALTITUDE_KM", "pixel_centers", "skymap_at_altitude", "wrap_longitude"]

MIN_ALTITUDE_KM = 80.0
MAX_ALTITUDE_KM = 250.0

_CACHE: OrderedDict[tuple[int, str, float], tuple[Any, tuple[np.ndarray, np.ndarray]]] = OrderedDict()
_CACHE_SIZE = 16
_LOCK = threading.Lock()


def wrap_longitude(lon: np.ndarray) -> np.ndarray:
    """Longitudes above 180 minus 360 (a copy, same dtype), as pyaurorax's prep_skymaps does.

    Example:
        >>> wrap_longitude(np.array([10.0, 214.84, 359.0]))
        array([  10.  , -145.16,   -1.  ])

    """
    out = np.array(lon, copy=True)
    with np.errstate(invalid="ignore"):
        out[out > 180] -= 360
    return out


def _check_altitude(altitude_km: Any) -> float:
    try:
        alt = float(altitude_km)
    except (TypeError, ValueError):
        raise InputError(f"altitude_km must be a number of kilometres, not {altitude_km!r}.") from None
    if not (MIN_ALTITUDE_KM <= alt <= MAX_ALTITUDE_KM):
        raise InputError(
            f"altitude_km={alt:g} is outside {MIN_ALTITUDE_KM:g}-{MAX_ALTITUDE_KM:g} km, the range where the "
            "skymap's 90/110/150 km grids can be interpolated sensibly. (Is it in metres? Divide by 1000.)"
        )
    return alt


def skymap_at_altitude(skymap: Any, altitude_km: float) -> tuple[np.ndarray, np.ndarray]:
    """Latitude and longitude of the pixel corners, (H+1, W+1) each, at ``altitude_km``.

    Args:
        skymap: a :class:`~aurora_widgets.data.models.Skymap` (any object with
            ``full_map_altitude`` in metres and ``full_map_latitude``/``full_map_longitude``
            of shape (A, H+1, W+1)).
        altitude_km: 80-250 km. Stored altitudes (90/110/150) give the stored grids exactly.

    Returns:
        ``(lat, lon)`` float64 arrays, read-only, NaN where the skymap has no position; longitude
        in [-180, 180] (a little beyond only where extrapolation crosses the antimeridian).

    Raises:
        InputError: altitude outside 80-250 km, or a skymap without corner grids.

    Example:
        >>> lat, lon = skymap_at_altitude(skymap, 110)   # doctest: +SKIP
        >>> float(np.nanmax(lon)) <= 180                 # doctest: +SKIP
        True

    """
    alt = _check_altitude(altitude_km)
    key = (id(skymap), str(getattr(skymap, "filename", "")), alt)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0]() is skymap:
            _CACHE.move_to_end(key)
            return hit[1]
    result = _compute(skymap, alt)
    for arr in result:
        arr.flags.writeable = False
    try:
        ref: Any = weakref.ref(skymap)
    except TypeError:  # objects without weakref support: keep a strong reference
        ref = (lambda obj: (lambda: obj))(skymap)
    with _LOCK:
        _CACHE[key] = (ref, result)
        _CACHE.move_to_end(key)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result


def _compute(skymap: Any, alt: float) -> tuple[np.ndarray, np.ndarray]:
    try:
        altitudes = np.asarray(skymap.full_map_altitude, dtype=np.float64).reshape(-1) / 1000.0
        lats = np.asarray(skymap.full_map_latitude)
        lons = np.asarray(skymap.full_map_longitude)
    except AttributeError as err:
        raise InputError(f"skymap_at_altitude needs a Skymap, not {type(skymap).__name__} ({err}).") from None
    if lats.ndim != 3 or lats.shape != lons.shape or lats.shape[0] != altitudes.size or altitudes.size == 0:
        raise InputError(
            f"The skymap's corner grids have shapes {lats.shape} / {lons.shape} for {altitudes.size} "
            "altitudes; expected (altitudes, H+1, W+1)."
        )
    order = np.argsort(altitudes)
    altitudes, lats, lons = altitudes[order], lats[order], lons[order]
    lons = wrap_longitude(lons)  # same dtype as stored (float32), as pyaurorax

    exact = np.nonzero(np.isclose(altitudes, alt, rtol=0, atol=1e-9))[0]
    if exact.size:
        i = int(exact[0])
        return lats[i].astype(np.float64), lons[i].astype(np.float64)
    if altitudes.size == 1:
        raise InputError(
            f"The skymap stores one altitude ({altitudes[0]:g} km), so it cannot give {alt:g} km."
        )
    # Segment as interp1d picks it: searchsorted(left) clipped to [1, n-1]; beyond the ends
    # the first/last segment extrapolates.
    hi = int(np.clip(np.searchsorted(altitudes, alt, side="left"), 1, altitudes.size - 1))
    lo = hi - 1
    a0, a1 = altitudes[lo], altitudes[hi]
    t = (alt - a0) / (a1 - a0)
    lat0, lat1 = lats[lo].astype(np.float64), lats[hi].astype(np.float64)
    lon0, lon1 = lons[lo].astype(np.float64), lons[hi].astype(np.float64)
    # Unwrap: bring lon0 within 180 degrees of lon1 before interpolating.
    with np.errstate(invalid="ignore"):
        jump = np.round((lon1 - lon0) / 360.0) * 360.0
    lon0 = lon0 + np.nan_to_num(jump)
    lat = lat0 + (lat1 - lat0) * t
    lon = lon0 + (lon1 - lon0) * t
    # No re-wrap: like pyaurorax, a corner extrapolated past the antimeridian may read -180.2 (not
    # 179.8), which keeps neighbouring corners (and so the quads) continuous.
    return lat, lon


def pixel_centers(lat_corners: np.ndarray, lon_corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre latitude/longitude (H, W) as the mean of each pixel's four corners.

    Longitudes are averaged after unwrapping against the pixel's first corner, so a pixel on the
    antimeridian gets a sensible centre. NaN where any corner is NaN.

    Example:
        >>> lat = np.array([[0.0, 0.0], [1.0, 1.0]]); lon = np.array([[179.0, -179.0], [179.0, -179.0]])
        >>> pixel_centers(lat, lon)
        (array([[0.5]]), array([[180.]]))

    """
    lat = np.asarray(lat_corners, dtype=np.float64)
    lon = np.asarray(lon_corners, dtype=np.float64)
    if lat.shape != lon.shape or lat.ndim != 2:
        raise InputError(
            f"corner grids must be two (H+1, W+1) arrays of one shape, not {lat.shape} / {lon.shape}."
        )
    corners_lat = (lat[:-1, :-1], lat[:-1, 1:], lat[1:, 1:], lat[1:, :-1])
    corners_lon = (lon[:-1, :-1], lon[:-1, 1:], lon[1:, 1:], lon[1:, :-1])
    ref = corners_lon[0]
    total = np.zeros_like(ref)
    for c in corners_lon:
        with np.errstate(invalid="ignore"):
            total += c - np.round((c - ref) / 360.0) * 360.0
    center_lon = total / 4.0
    center_lat = (corners_lat[0] + corners_lat[1] + corners_lat[2] + corners_lat[3]) / 4.0
    return center_lat, center_lon
