"""Centred-dipole magnetic coordinates, the subsolar point and magnetic local time.

The one sky places its auroral oval by magnetic latitude and magnetic local time (MLT). A centred
dipole (the IGRF-2020 dipole axis) is accurate to a degree or two over Canada, which is all a
synthetic sky needs, and it is a few multiplications per pixel.

Example:
    >>> mlat, mlon = magnetic_latlon(np.array([56.38]), np.array([-94.64]))
    >>> round(float(mlat[0]))
    65
    >>> import datetime as dt
    >>> 0.0 <= float(magnetic_local_time(float(mlon[0]), dt.datetime(2021, 11, 4, 6, 0))) < 24.0
    True

"""

from __future__ import annotations

import datetime as _dt
import math

import numpy as np

__all__ = [
    "DIPOLE_POLE",
    "magnetic_latlon",
    "magnetic_local_time",
    "solar_elevation",
    "subsolar_point",
]

#: Geographic latitude/longitude (degrees) of the northern dipole pole (IGRF-2020).
DIPOLE_POLE = (80.65, -72.68)

_PLAT, _PLON = np.radians(DIPOLE_POLE[0]), np.radians(DIPOLE_POLE[1])


def magnetic_latlon(lat_deg: np.ndarray, lon_deg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Centred-dipole magnetic latitude and longitude (degrees; longitude in -180..180).

    Example:
        >>> mlat, _ = magnetic_latlon(np.array([80.65]), np.array([-72.68]))
        >>> round(float(mlat[0]), 6)
        90.0

    """
    lat = np.radians(np.asarray(lat_deg, dtype=float))
    dlon = np.radians(np.asarray(lon_deg, dtype=float)) - _PLON
    sin_m = np.sin(lat) * np.sin(_PLAT) + np.cos(lat) * np.cos(_PLAT) * np.cos(dlon)
    mlat = np.degrees(np.arcsin(np.clip(sin_m, -1.0, 1.0)))
    # longitude measured from the meridian through both poles (0 on the geographic-pole side)
    y = np.cos(lat) * np.sin(dlon)
    x = -(np.sin(lat) * np.cos(_PLAT) - np.cos(lat) * np.sin(_PLAT) * np.cos(dlon))
    mlon = np.degrees(np.arctan2(y, x))
    return mlat, mlon


def subsolar_point(t: _dt.datetime) -> tuple[float, float]:
    """Geographic latitude/longitude (degrees) where the sun is overhead at ``t`` (naive UTC).

    A low-precision solar position (better than 0.1 degree), enough for twilight and MLT.

    Example:
        >>> lat, lon = subsolar_point(_dt.datetime(2021, 6, 21, 12, 0))
        >>> round(lat), abs(lon) < 2
        (23, True)

    """
    j2000 = _dt.datetime(2000, 1, 1, 12, 0)
    n = (t - j2000).total_seconds() / 86400.0
    mean_lon = math.radians((280.460 + 0.9856474 * n) % 360.0)
    anomaly = math.radians((357.528 + 0.9856003 * n) % 360.0)
    ecl_lon = mean_lon + math.radians(1.915) * math.sin(anomaly) + math.radians(0.020) * math.sin(2 * anomaly)
    obliquity = math.radians(23.439 - 0.0000004 * n)
    decl = math.asin(math.sin(obliquity) * math.sin(ecl_lon))
    ra = math.atan2(math.cos(obliquity) * math.sin(ecl_lon), math.cos(ecl_lon))
    gmst_deg = (280.46061837 + 360.98564736629 * n) % 360.0
    lon = (math.degrees(ra) - gmst_deg + 180.0) % 360.0 - 180.0
    return math.degrees(decl), lon


def solar_elevation(lat_deg: float, lon_deg: float, t: _dt.datetime) -> float:
    """Elevation (degrees) of the sun's centre seen from a site at ``t`` (no refraction).

    Example:
        >>> solar_elevation(56.38, -94.64, _dt.datetime(2021, 11, 4, 6, 0)) < -12
        True

    """
    slat, slon = subsolar_point(t)
    a, b = math.radians(lat_deg), math.radians(slat)
    cos_z = math.sin(a) * math.sin(b) + math.cos(a) * math.cos(b) * math.cos(math.radians(lon_deg - slon))
    return 90.0 - math.degrees(math.acos(max(-1.0, min(1.0, cos_z))))


def magnetic_local_time(mlon_deg: float | np.ndarray, t: _dt.datetime) -> np.ndarray:
    """Magnetic local time (hours, 0..24) of magnetic longitude(s) at ``t``.

    Example:
        >>> float(magnetic_local_time(0.0, _dt.datetime(2021, 3, 20, 12, 0))) >= 0
        True

    """
    slat, slon = subsolar_point(t)
    _, sun_mlon = magnetic_latlon(np.array(slat), np.array(slon))
    return np.asarray((np.asarray(mlon_deg) - float(sun_mlon)) / 15.0 + 12.0) % 24.0
