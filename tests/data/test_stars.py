"""Bright-star positions (aurora_widgets.data.stars) against astropy on a grid of sites and times."""

from __future__ import annotations

import datetime as dt
import warnings

import numpy as np
import pytest

from aurora_widgets.data.errors import InputError
from aurora_widgets.data.stars import (
    StarPositions,
    _catalogue,
    catalogue_j2000,
    catalogue_names,
    standard_pressure_hpa,
    star_positions,
)

SITES = [  # (lat, lon, height m): gillam, rankin inlet, fort smith, calgary, yellowknife, a southern site
    (56.38, -94.64, 150.0),
    (62.82, -92.11, 30.0),
    (60.03, -111.93, 200.0),
    (51.08, -114.13, 1100.0),
    (62.52, -114.31, 200.0),
    (-45.0, 170.5, 0.0),
]
TIMES = [
    dt.datetime(2008, 1, 15, 3, 0),
    dt.datetime(2014, 11, 2, 9, 30),
    dt.datetime(2021, 3, 8, 6, 0),
    dt.datetime(2026, 12, 1, 9, 45),
]


def _separation_deg(el1: np.ndarray, az1: np.ndarray, el2: np.ndarray, az2: np.ndarray) -> np.ndarray:
    e1, a1, e2, a2 = (np.radians(x) for x in (el1, az1, el2, az2))
    cos = np.sin(e1) * np.sin(e2) + np.cos(e1) * np.cos(e2) * np.cos(a1 - a2)
    return np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


@pytest.fixture(scope="module")
def astropy_altaz():
    pytest.importorskip("astropy")
    from astropy.utils import iers

    iers.conf.auto_download = False  # never fetch IERS tables in a test
    iers.conf.auto_max_age = None
    import astropy.units as u
    from astropy.coordinates import AltAz, EarthLocation, SkyCoord
    from astropy.time import Time

    cat = catalogue_j2000()
    stars = SkyCoord(
        ra=cat["ra_deg"] * u.deg,
        dec=cat["dec_deg"] * u.deg,
        pm_ra_cosdec=cat["pm_ra_cosdec_mas_yr"] * u.mas / u.yr,
        pm_dec=cat["pm_dec_mas_yr"] * u.mas / u.yr,
        distance=1e6 * u.pc,
        obstime=Time("J2000"),
        frame="icrs",
    )

    def compute(lat: float, lon: float, height: float, when: dt.datetime, pressure: float):
        loc = EarthLocation.from_geodetic(lon * u.deg, lat * u.deg, height * u.m)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # IERS extrapolation / ERFA "dubious year" for recent dates
            moved = stars.apply_space_motion(new_obstime=Time(when))
            frame = AltAz(
                obstime=Time(when),
                location=loc,
                pressure=pressure * u.hPa,
                temperature=0 * u.deg_C,
                relative_humidity=0,
                obswl=0.55 * u.micron,
            )
            aa = moved.transform_to(frame)
        return aa.alt.deg, aa.az.deg

    return compute


@pytest.mark.parametrize("site", SITES)
def test_positions_agree_with_astropy(site, astropy_altaz) -> None:
    lat, lon, height = site
    worst = 0.0
    for when in TIMES:
        sky = star_positions(lat, lon, when, height_m=height)
        el, az = astropy_altaz(lat, lon, height, when, standard_pressure_hpa(height))
        up = sky.elevation_deg > 5.0
        assert up.sum() >= 20
        sep = _separation_deg(sky.elevation_deg[up], sky.azimuth_deg[up], el[up], az[up])
        worst = max(worst, float(sep.max()))
        # the elevation alone, where refraction lives
        assert np.abs(sky.elevation_deg[up] - el[up]).max() < 0.01
    assert worst < 0.01  # well below the 0.1 degree the issue allows


def test_without_refraction_agrees_too(astropy_altaz) -> None:
    when = dt.datetime(2021, 3, 8, 6, 0)
    sky = star_positions(56.38, -94.64, when, height_m=150.0, pressure_hpa=0.0)
    el, az = astropy_altaz(56.38, -94.64, 150.0, when, 0.0)
    up = sky.elevation_deg > 5.0
    assert _separation_deg(sky.elevation_deg[up], sky.azimuth_deg[up], el[up], az[up]).max() < 0.01
    refracted = star_positions(56.38, -94.64, when, height_m=150.0)
    lift = refracted.elevation_deg[up] - sky.elevation_deg[up]
    # refraction lifts every star, most near the horizon (~0.15 deg at 5 deg, ~0.02 deg at 45 deg)
    assert (lift > 0).all()
    assert lift.max() > 0.08  # the lowest star, near 5 deg
    assert lift[sky.elevation_deg[up] > 45.0].max() < 0.03


def test_catalogue_is_the_bright_sky() -> None:
    names = catalogue_names()
    assert len(names) >= 100
    assert len(set(names)) == len(names)
    _, mags, _ = _catalogue()
    assert mags.min() < -1.0  # Sirius
    assert 4.0 < mags.max() < 5.0
    for name in ("Sirius", "Vega", "Polaris", "Capella", "Betelgeuse", "Deneb"):
        assert name in names


def test_polaris_stands_at_the_latitude() -> None:
    for lat, lon, height in SITES[:5]:
        sky = star_positions(lat, lon, dt.datetime(2020, 1, 1, 0), height_m=height)
        i = list(sky.names).index("Polaris")
        assert abs(sky.elevation_deg[i] - lat) < 0.9  # Polaris is ~0.7 deg from the pole
        assert min(sky.azimuth_deg[i], 360.0 - sky.azimuth_deg[i]) < 1.5


def test_naive_means_utc_and_aware_is_converted() -> None:
    naive = star_positions(56.38, -94.64, dt.datetime(2021, 3, 8, 6, 0))
    aware = star_positions(56.38, -94.64, dt.datetime(2021, 3, 8, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-6))))
    np.testing.assert_allclose(naive.elevation_deg, aware.elevation_deg)
    assert naive.when == aware.when
    later = star_positions(56.38, -94.64, dt.datetime(2021, 3, 8, 7, 0))
    assert np.abs(later.azimuth_deg - naive.azimuth_deg).max() > 1.0  # the sky turns
    as_numpy = star_positions(56.38, -94.64, np.datetime64("2021-03-08T06:00"))
    np.testing.assert_allclose(as_numpy.elevation_deg, naive.elevation_deg)


def test_magnitude_cut_and_selection() -> None:
    when = dt.datetime(2021, 3, 8, 6, 0)
    full = star_positions(56.38, -94.64, when)
    bright = star_positions(56.38, -94.64, when, min_magnitude=1.5)
    assert isinstance(bright, StarPositions)
    assert 5 < len(bright) < len(full)
    assert (bright.magnitudes <= 1.5).all()
    same = full.select(full.magnitudes <= 1.5)
    assert list(same.names) == list(bright.names)
    np.testing.assert_allclose(same.azimuth_deg, bright.azimuth_deg)
    assert ((full.azimuth_deg >= 0) & (full.azimuth_deg < 360)).all()
    assert (full.above(20.0).elevation_deg >= 20.0).all()
    with pytest.raises(InputError, match="mask"):
        full.select(np.ones(3, dtype=bool))


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((95.0, 0.0, dt.datetime(2021, 1, 1)), "latitude"),
        ((50.0, float("nan"), dt.datetime(2021, 1, 1)), "longitude"),
        ((50.0, 0.0, "2021-01-01"), "datetime"),
        ((50.0, 0.0, dt.datetime(2021, 1, 1), 1e6), "height"),
        (("north", 0.0, dt.datetime(2021, 1, 1)), "numbers"),
    ],
)
def test_bad_input_is_our_error(args, match) -> None:
    with pytest.raises(InputError, match=match):
        star_positions(*args)


def test_no_star_is_listed_twice() -> None:
    cat = catalogue_j2000()
    positions = {(round(float(r), 5), round(float(d), 5)) for r, d in zip(cat["ra_deg"], cat["dec_deg"], strict=True)}
    assert len(positions) == len(cat["names"])
    names = set(catalogue_names())
    assert {"Alkaid", "Hadar", "Fomalhaut", "Albireo"} <= names
    assert not names & {"Alcaid", "Agena", "Formalhaut", "Albereo"}
