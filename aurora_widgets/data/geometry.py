"""Geometry on a spherical Earth: great-circle distances, field-of-view radii, longitude wrapping.

**The one longitude convention** of every header, colour bar, readout and label the widgets show:
geodetic degrees **east**, signed, in [-180, 180), written ``-94.59°E`` (latitudes ``56.38°N``,
signed, degrees north). It is the convention of the observatory records (``geodetic_longitude``
= -94.59 for gill) and of the maps; skymap files store 0..360 (gill 265.41), which is the same
place: :func:`wrap180` maps one to the other, :func:`format_longitude` writes it. The front-end
has the same two in ``js/lib/coords.js`` (``formatLon``, ``formatLat``); a test checks they agree.

One Earth radius (:data:`~aurora_widgets.data.instruments.EARTH_RADIUS_KM`) for all of them; the
front-end gets the same radius from Python (the widgets' ``_instruments`` trait).

Example:
    >>> round(distance_km(56.376, -94.64, 74.7, -94.83))   # gill - resu (REGO)
    2038
    >>> round(fov_radius_km(110, 10))
    502

"""

from __future__ import annotations

import math

import numpy as np

from .errors import InputError
from .instruments import EARTH_RADIUS_KM

__all__ = [
    "EARTH_RADIUS_KM",
    "LATITUDE_UNIT",
    "LONGITUDE_UNIT",
    "distance_km",
    "format_latitude",
    "format_longitude",
    "fov_radius_km",
    "wrap180",
]

#: Units of the convention above (what the colour bars and readouts write after the number).
LONGITUDE_UNIT = "°E"
LATITUDE_UNIT = "°N"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in degrees (haversine, spherical Earth), in km.

    Example:
        >>> round(distance_km(0.0, 0.0, 0.0, 1.0), 3) == round(distance_km(0.0, 359.0, 0.0, 0.0), 3)
        True

    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def fov_radius_km(altitude_km: float, min_elevation: float) -> float:
    """Ground distance (km) from an imager to the edge of its field of view.

    A line of sight leaving the ground at ``min_elevation`` degrees meets the emission shell
    ``altitude_km`` above a spherical Earth (R = 6371 km) at the Earth-central angle
    ``arccos(R cos e / (R + h)) - e``; the radius is that angle times R.
    The front-end (``js/lib/map.js`` ``fovRadiusKm``) uses the same formula.

    Example:
        >>> round(fov_radius_km(110, 10)), round(fov_radius_km(230, 10)), fov_radius_km(110, 90)
        (502, 901, 0.0)

    """
    if altitude_km <= 0:
        raise InputError(f"altitude_km must be positive; got {altitude_km}")
    if not 0 <= min_elevation <= 90:
        raise InputError(f"min_elevation must be between 0 and 90 degrees; got {min_elevation}")
    e = math.radians(min_elevation)
    ratio = EARTH_RADIUS_KM * math.cos(e) / (EARTH_RADIUS_KM + altitude_km)
    angle = math.acos(min(1.0, ratio)) - e
    return max(0.0, angle * EARTH_RADIUS_KM)


def wrap180(values: np.ndarray | float) -> np.ndarray:
    """Wrap angles in degrees to [-180, 180).

    Example:
        >>> wrap180(np.array([190.0, -190.0, 10.0])).tolist()
        [-170.0, 170.0, 10.0]

    """
    return (np.asarray(values, dtype=np.float64) + 180.0) % 360.0 - 180.0


def _degrees(value: float, digits: int | None) -> str:
    text = f"{value:g}" if digits is None else f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text  # never "-0.00"


def format_longitude(lon: float, digits: int | None = 2) -> str:
    """Write a longitude in the widgets' one convention: signed degrees east in [-180, 180).

    ``digits=None`` writes the shortest form (``%g``), for round graticule values.

    Example:
        >>> format_longitude(265.4124), format_longitude(-94.59), format_longitude(-95.0, None)
        ('-94.59°E', '-94.59°E', '-95°E')

    """
    if not math.isfinite(lon):
        return "–"
    return _degrees(float(wrap180(float(lon))), digits) + LONGITUDE_UNIT


def format_latitude(lat: float, digits: int | None = 2) -> str:
    """Write a latitude in the widgets' one convention: signed degrees north.

    Example:
        >>> format_latitude(56.3762), format_latitude(52.0, None)
        ('56.38°N', '52°N')

    """
    if not math.isfinite(lat):
        return "–"
    return _degrees(float(lat), digits) + LATITUDE_UNIT
