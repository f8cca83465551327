"""Solar elevation, vectorised, for the archive's "only when it is dark" rule.

Raw imager files exist only for minutes when the sun is at least :data:`DARK_BELOW_DEG` (12)
degrees below a site's horizon, as the real imagers record only then: summer nights at high
latitude are empty. :func:`solar_elevation` uses the low-precision solar coordinates of the
Astronomical Almanac (about 0.01 degree in position, well within a minute of time for this rule),
with no refraction: geometric elevation of the sun's centre.

Example:
    >>> import datetime
    >>> t = np.array([np.datetime64("2021-11-04T06:00")])
    >>> bool(solar_elevation(56.38, -94.64, t)[0] < -40)
    True
    >>> int(dark_minutes(56.38, -94.64, datetime.date(2021, 6, 21)).sum())
    0

"""

from __future__ import annotations

import datetime

import numpy as np

__all__ = ["DARK_BELOW_DEG", "dark_minutes", "solar_elevation"]

#: Raw files exist when the sun is at least this many degrees below the horizon.
DARK_BELOW_DEG = 12.0
_J2000 = np.datetime64("2000-01-01T12:00:00", "us")


def solar_elevation(lat_deg: float, lon_deg: float, times: np.ndarray) -> np.ndarray:
    """Return the sun's geometric elevation (degrees) at a site for ``datetime64`` UTC times.

    Args:
        lat_deg: geodetic latitude of the site, degrees.
        lon_deg: geodetic east longitude of the site, degrees.
        times: array of ``numpy.datetime64`` (any unit), UTC.

    Example:
        >>> t = np.array(["2021-03-20T18:00", "2021-03-21T06:00"], dtype="datetime64[m]")
        >>> [round(float(e)) for e in solar_elevation(56.38, -94.64, t)]
        [34, -33]

    """
    t = np.asarray(times).astype("datetime64[us]")
    d = (t - _J2000).astype("timedelta64[us]").astype(np.float64) / 86_400e6
    g = np.radians((357.529 + 0.98560028 * d) % 360.0)
    q = (280.459 + 0.98564736 * d) % 360.0
    ecl_lon = np.radians(q + 1.915 * np.sin(g) + 0.020 * np.sin(2.0 * g))
    obliquity = np.radians(23.439 - 0.00000036 * d)
    ra = np.arctan2(np.cos(obliquity) * np.sin(ecl_lon), np.cos(ecl_lon))
    dec = np.arcsin(np.sin(obliquity) * np.sin(ecl_lon))
    gmst_deg = (280.46061837 + 360.98564736629 * d) % 360.0
    hour_angle = np.radians(gmst_deg + lon_deg) - ra
    lat = np.radians(lat_deg)
    sin_el = np.sin(lat) * np.sin(dec) + np.cos(lat) * np.cos(dec) * np.cos(hour_angle)
    elevation: np.ndarray = np.degrees(np.arcsin(np.clip(sin_el, -1.0, 1.0)))
    return elevation


def dark_minutes(
    lat_deg: float, lon_deg: float, day: datetime.date, below_deg: float = DARK_BELOW_DEG
) -> np.ndarray:
    """Return a boolean array of the 1440 minutes of a UTC day: True where the sun is >= ``below_deg`` down.

    A minute counts by the sun's elevation at its start.

    Example:
        >>> dark = dark_minutes(74.7, -94.83, datetime.date(2021, 11, 4))   # Resolute Bay, November
        >>> dark.shape, bool(dark[360])
        ((1440,), True)

    """
    start = np.datetime64(day.isoformat(), "m")
    minutes = start + np.arange(1440, dtype="timedelta64[m]")
    return np.asarray(solar_elevation(lat_deg, lon_deg, minutes) <= -below_deg)
