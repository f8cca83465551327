"""Geometry on a spherical Earth: great-circle distances, field-of-view radii, longitude wrapping.

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

__all__ = ["EARTH_RADIUS_KM", "distance_km", "fov_radius_km", "wrap180"]


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
