"""The bright stars and where they stand in the sky of a site at an instant.

The catalogue is the bright-star list bundled with `ephem <https://rhodesmill.org/pyephem/>`_
(XEphem's navigation and named stars, magnitude -1.4 to 4.3, J2000 positions with proper motion;
108 stars once the eight it lists under two names are merged). ephem turns each into an
apparent topocentric elevation and azimuth: precession and nutation to the date, aberration, and
atmospheric refraction for the pressure and temperature given (by default a standard atmosphere
at the site's height, 0 degrees C). Its positions agree with astropy's to a few thousandths of a
degree above 5 degrees elevation (tests/data/test_stars.py), far below one all-sky-imager pixel
(about 0.3-0.7 degrees). No file is downloaded: ephem carries
its own Delta T model and needs no IERS tables.

Example:
    >>> import datetime as dt
    >>> sky = star_positions(56.38, -94.64, dt.datetime(2021, 3, 8, 6, 0), height_m=200.0)
    >>> len(sky) == len(catalogue_names()), sky.elevation_deg.dtype
    (True, dtype('float64'))
    >>> up = sky.above(10.0)
    >>> bool((up.elevation_deg >= 10.0).all()), "Polaris" in up.names
    (True, True)

"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .errors import InputError

__all__ = ["StarPositions", "catalogue_j2000", "catalogue_names", "standard_pressure_hpa", "star_positions"]


@dataclass(frozen=True, eq=False)
class StarPositions:
    """Catalogue stars seen from one site at one instant (all arrays of the same length).

    Attributes:
        names: star names (``numpy`` unicode array), catalogue order.
        magnitudes: visual magnitudes (smaller is brighter).
        elevation_deg: apparent elevation above the horizon, refraction included (negative below).
        azimuth_deg: azimuth, degrees east of north, in [0, 360).
        when: the instant (timezone-aware UTC).
        latitude_deg, longitude_deg, height_m: the site (geodetic).

    Example:
        >>> import datetime as dt
        >>> sky = star_positions(60.0, -110.0, dt.datetime(2022, 1, 1, 8, tzinfo=dt.timezone.utc),
        ...                      min_magnitude=1.0)
        >>> bool((sky.magnitudes <= 1.0).all()), sky.when.tzinfo is not None
        (True, True)

    """

    names: np.ndarray
    magnitudes: np.ndarray
    elevation_deg: np.ndarray
    azimuth_deg: np.ndarray
    when: _dt.datetime
    latitude_deg: float
    longitude_deg: float
    height_m: float

    def __len__(self) -> int:
        return int(self.names.shape[0])

    def select(self, mask: np.ndarray) -> StarPositions:
        """Return the stars where boolean ``mask`` is True (same site and instant).

        Example:
            >>> import datetime as dt
            >>> sky = star_positions(56.38, -94.64, dt.datetime(2021, 3, 8, 6))
            >>> len(sky.select(sky.magnitudes < 0.5)) < len(sky)
            True

        """
        keep = np.asarray(mask, dtype=bool)
        if keep.shape != self.names.shape:
            raise InputError(f"StarPositions.select: mask of shape {keep.shape}, expected {self.names.shape}.")
        return StarPositions(
            names=self.names[keep],
            magnitudes=self.magnitudes[keep],
            elevation_deg=self.elevation_deg[keep],
            azimuth_deg=self.azimuth_deg[keep],
            when=self.when,
            latitude_deg=self.latitude_deg,
            longitude_deg=self.longitude_deg,
            height_m=self.height_m,
        )

    def above(self, min_elevation_deg: float = 0.0) -> StarPositions:
        """Return the stars at or above ``min_elevation_deg`` (apparent elevation).

        Example:
            >>> import datetime as dt
            >>> sky = star_positions(56.38, -94.64, dt.datetime(2021, 3, 8, 6))
            >>> bool(sky.above(30.0).elevation_deg.min() >= 30.0)
            True

        """
        return self.select(self.elevation_deg >= float(min_elevation_deg))


#: Names kept where ephem lists one star twice (Adara/Adhara, Agena/Hadar, Albereo/Albireo,
#: Alcaid/Alkaid, Alpheratz/Sirrah, Eltanin/Etamin, Fomalhaut/Formalhaut, Gienah/Gienah Corvi).
_PREFERRED_NAMES = frozenset({"Adhara", "Hadar", "Albireo", "Alkaid", "Alpheratz", "Eltanin", "Fomalhaut", "Gienah"})


@lru_cache(maxsize=1)
def _catalogue() -> tuple[tuple[str, ...], np.ndarray, tuple[str, ...]]:
    """Names, magnitudes and ephem database lines of the bundled star list (read once).

    A star ephem lists under two names (same position and magnitude) is kept once, under the
    name in ``_PREFERRED_NAMES`` (else the first), so it is neither drawn nor fitted twice.
    """
    import ephem
    import ephem.stars

    by_position: dict[str, tuple[str, float, str]] = {}
    observer = ephem.Observer()
    observer.date = "2000/1/1 12:00"
    for line in ephem.stars.db.strip().splitlines():
        if not line.strip():
            continue
        body = ephem.readdb(line)
        body.compute(observer)
        name = str(body.name)
        position = line.split(",", 1)[1]
        if position not in by_position or name in _PREFERRED_NAMES:
            by_position[position] = (name, float(body.mag), line.replace(line.split(",", 1)[0], name, 1))
    entries = list(by_position.values())
    return (
        tuple(e[0] for e in entries),
        np.asarray([e[1] for e in entries], dtype=float),
        tuple(e[2] for e in entries),
    )


def catalogue_names() -> list[str]:
    """Return the catalogue's star names, in catalogue order.

    Example:
        >>> names = catalogue_names()
        >>> len(names) > 100, "Sirius" in names, "Vega" in names
        (True, True, True)

    """
    return list(_catalogue()[0])


def catalogue_j2000() -> dict[str, np.ndarray]:
    """Return the catalogue as arrays: J2000 right ascension/declination and proper motions.

    Keys: ``names``, ``magnitudes``, ``ra_deg``, ``dec_deg``, ``pm_ra_cosdec_mas_yr`` and
    ``pm_dec_mas_yr`` (ICRS at epoch J2000), e.g. to check the positions with another library.

    Example:
        >>> cat = catalogue_j2000()
        >>> i = list(cat["names"]).index("Sirius")
        >>> round(float(cat["ra_deg"][i]), 2), round(float(cat["dec_deg"][i]), 2)
        (101.29, -16.72)

    """
    names, mags, lines = _catalogue()
    columns: list[list[float]] = [[], [], [], []]
    for line in lines:  # XEphem database: name,f|S|type,ra_hours|pm_ra_mas_yr,dec_deg|pm_dec_mas_yr,mag
        fields = line.split(",")
        ra, pm_ra = fields[2].split("|")
        dec, pm_dec = fields[3].split("|")
        for column, value in zip(columns, (float(ra) * 15.0, float(dec), float(pm_ra), float(pm_dec)), strict=True):
            column.append(value)
    return {
        "names": np.asarray(names),
        "magnitudes": mags.copy(),
        "ra_deg": np.asarray(columns[0]),
        "dec_deg": np.asarray(columns[1]),
        "pm_ra_cosdec_mas_yr": np.asarray(columns[2]),
        "pm_dec_mas_yr": np.asarray(columns[3]),
    }


def standard_pressure_hpa(height_m: float) -> float:
    """Return the pressure (hPa) of the international standard atmosphere at ``height_m``.

    Example:
        >>> standard_pressure_hpa(0.0), round(standard_pressure_hpa(1000.0), 1)
        (1013.25, 898.7)

    """
    return float(1013.25 * (1.0 - 2.25577e-5 * float(height_m)) ** 5.25588)


def _utc(when: _dt.datetime) -> _dt.datetime:
    if isinstance(when, np.datetime64):
        when = when.astype("datetime64[us]").item()
    if not isinstance(when, _dt.datetime):
        raise InputError(
            f"star_positions: 'when' must be a datetime (naive means UTC), got {type(when).__name__} {when!r}."
        )
    if when.tzinfo is None:
        return when.replace(tzinfo=_dt.timezone.utc)
    return when.astimezone(_dt.timezone.utc)


def _check_site(latitude_deg: float, longitude_deg: float, height_m: float) -> tuple[float, float, float]:
    try:
        lat, lon, h = float(latitude_deg), float(longitude_deg), float(height_m)
    except (TypeError, ValueError) as err:
        raise InputError(
            f"star_positions: latitude, longitude and height must be numbers, got "
            f"{latitude_deg!r}, {longitude_deg!r}, {height_m!r}."
        ) from err
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        raise InputError(f"star_positions: latitude {latitude_deg!r} is outside -90..90 degrees.")
    if not math.isfinite(lon):
        raise InputError(f"star_positions: longitude {longitude_deg!r} is not a finite number of degrees.")
    if not (math.isfinite(h) and -500.0 <= h <= 10000.0):
        raise InputError(f"star_positions: height {height_m!r} m is not a ground station height (-500..10000 m).")
    return lat, lon, h


def star_positions(
    latitude_deg: float,
    longitude_deg: float,
    when: _dt.datetime,
    height_m: float = 0.0,
    min_magnitude: float | None = None,
    *,
    pressure_hpa: float | None = None,
    temperature_c: float = 0.0,
) -> StarPositions:
    """Return the apparent elevation and azimuth of every catalogue star at a site and instant.

    Args:
        latitude_deg: geodetic site latitude (degrees north).
        longitude_deg: site longitude (degrees east, any range: -94.6 and 265.4 are the same).
        when: the instant; a naive datetime is taken as UTC.
        height_m: site height above sea level (metres).
        min_magnitude: keep only stars at least this bright (magnitude ``<=`` this value);
            ``None`` keeps the whole catalogue.
        pressure_hpa: air pressure for refraction; ``None`` is the standard atmosphere at
            ``height_m``; ``0`` turns refraction off (geometric positions).
        temperature_c: air temperature for refraction.

    Stars below the horizon are kept (negative elevation): use :meth:`StarPositions.above`.

    Example:
        >>> import datetime as dt
        >>> sky = star_positions(51.05, -114.07, dt.datetime(2023, 2, 1, 5, 30), height_m=1100.0)
        >>> polaris = sky.select(sky.names == "Polaris")
        >>> abs(float(polaris.elevation_deg[0]) - 51.05) < 1.0
        True

    """
    import ephem

    lat, lon, h = _check_site(latitude_deg, longitude_deg, height_m)
    utc = _utc(when)
    pressure = standard_pressure_hpa(h) if pressure_hpa is None else float(pressure_hpa)
    if not (math.isfinite(pressure) and pressure >= 0.0):
        raise InputError(f"star_positions: pressure {pressure_hpa!r} hPa must be 0 or more.")
    names, mags, lines = _catalogue()

    observer = ephem.Observer()
    observer.lat = math.radians(lat)
    observer.lon = math.radians(((lon + 180.0) % 360.0) - 180.0)
    observer.elevation = h
    observer.pressure = pressure
    observer.temp = float(temperature_c)
    observer.date = ephem.Date(utc.replace(tzinfo=None))
    observer.epoch = observer.date  # apparent place of date (precessed), not J2000

    keep = np.ones(len(names), dtype=bool) if min_magnitude is None else mags <= float(min_magnitude)
    el = np.empty(int(keep.sum()), dtype=float)
    az = np.empty_like(el)
    k = 0
    for line, wanted in zip(lines, keep, strict=True):
        if not wanted:
            continue
        body = ephem.readdb(line)
        body.compute(observer)
        el[k] = math.degrees(float(body.alt))
        az[k] = math.degrees(float(body.az)) % 360.0
        k += 1
    return StarPositions(
        names=np.asarray(names)[keep],
        magnitudes=mags[keep].copy(),
        elevation_deg=el,
        azimuth_deg=az,
        when=utc,
        latitude_deg=lat,
        longitude_deg=lon,
        height_m=h,
    )
