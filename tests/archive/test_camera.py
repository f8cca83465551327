"""The fisheye camera model and the line-of-sight intersection."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.archive.camera import EARTH_RADIUS_KM, FisheyeCamera, line_of_sight_latlon

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucalgary"
GAKO = SHARED / "skymaps" / "themis_skymap_gako_20110305-+_vXX.sav"
GILL = (56.376, -94.64)


def _great_circle_km(lat1, lon1, lat2, lon2):
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(lon2 - lon1)
    c = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    return EARTH_RADIUS_KM * np.arccos(np.clip(c, -1, 1))


def _bearing(lat1, lon1, lat2, lon2):
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(lon2 - lon1)
    y = np.sin(dl) * np.cos(p2)
    x = np.cos(p1) * np.sin(p2) - np.sin(p1) * np.cos(p2) * np.cos(dl)
    return np.degrees(np.arctan2(y, x)) % 360


def test_elevation_range_nan_corners_and_zenith():
    cam = FisheyeCamera(256, 256, rotation_deg=3.0)
    el, az = cam.elevation_azimuth()
    assert el.shape == az.shape == (256, 256) and el.dtype == np.float32
    assert np.isnan(el[0, 0]) and np.isnan(el[-1, -1]) and np.isnan(az[0, -1])
    assert -1.01 <= np.nanmin(el) < 0.0
    assert 89.0 < np.nanmax(el) <= 90.0
    assert np.array_equal(np.isnan(el), np.isnan(az))
    assert np.nanmin(az) >= 0.0 and np.nanmax(az) < 360.0
    zr, zc = np.unravel_index(np.nanargmax(el), el.shape)
    assert abs(zr - 127.5) <= 1 and abs(zc - 127.5) <= 1


@pytest.mark.parametrize("mirror", [False, True])
def test_orientation_north_row0_east_col0_unless_mirrored(mirror):
    cam = FisheyeCamera(256, 256, rotation_deg=0.0, mirror_ew=mirror)
    _el, az = cam.elevation_azimuth()
    assert az[20, 128] == pytest.approx(0.0, abs=0.5) or az[20, 128] == pytest.approx(360.0, abs=0.5)
    assert az[236, 128] == pytest.approx(180.0, abs=0.5)
    east_col, west_col = (236, 20) if mirror else (20, 236)
    assert az[128, east_col] == pytest.approx(90.0, abs=0.5)
    assert az[128, west_col] == pytest.approx(270.0, abs=0.5)


def test_rotation_turns_azimuth():
    base = FisheyeCamera(256, 256).elevation_azimuth()[1]
    turned = FisheyeCamera(256, 256, rotation_deg=7.0).elevation_azimuth()[1]
    diff = (turned - base) % 360
    assert np.nanmax(np.abs(diff[~np.isnan(diff)] - 7.0)) < 1e-3


def test_elevation_decreases_monotonically_from_centre():
    el, _ = FisheyeCamera(256, 256).elevation_azimuth()
    row = el[128, 128:]
    valid = row[~np.isnan(row)]
    assert len(valid) > 100
    assert np.all(np.diff(valid) < 0)


def test_corners_shape_and_pixel_of_inverse():
    cam = FisheyeCamera(270, 320, rotation_deg=-4.0, center_row=136.0, center_col=158.0)
    el_c, _az_c = cam.corner_elevation_azimuth()
    assert el_c.shape == (271, 321)
    el, az = cam.elevation_azimuth()
    r, c = cam.pixel_of(float(el[100, 200]), float(az[100, 200]))
    assert r == pytest.approx(100, abs=1e-3) and c == pytest.approx(200, abs=1e-3)


def test_zenith_maps_to_site():
    lat, lon = line_of_sight_latlon(np.array([90.0]), np.array([0.0]), *GILL, 110.0)
    assert lat[0] == pytest.approx(GILL[0], abs=1e-9)
    assert lon[0] == pytest.approx(GILL[1] % 360, abs=1e-9)


@pytest.mark.parametrize("azimuth", [0.0, 45.0, 90.0, 200.0, 315.0])
def test_elevation_45_at_110km_is_about_110km_away_in_the_right_direction(azimuth):
    lat, lon = line_of_sight_latlon(np.array([45.0]), np.array([azimuth]), *GILL, 110.0)
    dist = _great_circle_km(GILL[0], GILL[1], lat[0], lon[0])
    assert 100.0 < dist < 111.0  # flat Earth gives 110 km; the curved shell a little less
    bearing = _bearing(GILL[0], GILL[1], lat[0], lon[0])
    assert min(abs(bearing - azimuth), 360 - abs(bearing - azimuth)) < 0.5


def test_below_horizon_is_nan_and_longitudes_are_0_360():
    el = np.array([-0.5, 0.0, 10.0, np.nan])
    lat, lon = line_of_sight_latlon(el, np.full(4, 270.0), 62.4, -145.16, 110.0)
    assert np.isnan(lat[0]) and np.isnan(lon[0]) and np.isnan(lat[3])
    assert np.all((lon[1:3] >= 0) & (lon[1:3] < 360))


def test_distance_grows_with_zenith_angle_and_altitude():
    el = np.linspace(89.0, 1.0, 50)
    az = np.full_like(el, 30.0)
    d90 = _great_circle_km(*GILL, *line_of_sight_latlon(el, az, *GILL, 90.0))
    d150 = _great_circle_km(*GILL, *line_of_sight_latlon(el, az, *GILL, 150.0))
    assert np.all(np.diff(d90) > 0)
    assert np.all(d150 > d90)
    assert d150[-1] < 1500  # horizon distance at 150 km is about 1370 km


@pytest.mark.skipif(not GAKO.exists(), reason=f"real sample skymap not found at {GAKO}")
def test_model_resembles_real_gako_skymap():
    import scipy.io

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        real = scipy.io.readsav(str(GAKO))["skymap"][0]
    r_el = real.full_elevation.astype(float)
    cam = FisheyeCamera(256, 256, center_row=129.0, center_col=124.0, radius_px=124.0, rotation_deg=22.6)
    el, az = cam.elevation_azimuth()
    both = ~np.isnan(r_el) & ~np.isnan(el)
    # same FOV size, same NaN corners, elevations within a few degrees (real lens is not ideal)
    assert abs(np.isnan(el).sum() - np.isnan(r_el).sum()) < 0.05 * np.isnan(r_el).sum()
    assert np.median(np.abs(el[both] - r_el[both])) < 2.0
    daz = (az[both] - real.full_azimuth.astype(float)[both] + 180) % 360 - 180
    good = r_el[both] < 80  # azimuth is ill-defined near the zenith
    assert np.median(np.abs(daz[good])) < 3.0
    # corner latitudes at 110 km agree with the file's to a fraction of a degree
    el_c, az_c = cam.corner_elevation_azimuth()
    lat, _lon = line_of_sight_latlon(
        el_c, az_c, float(real.site_map_latitude), float(real.site_map_longitude), 110.0
    )
    r_lat = real.full_map_latitude[1].astype(float)
    ok = ~np.isnan(lat) & ~np.isnan(r_lat) & (el_c > 20)
    assert np.median(np.abs(lat[ok] - r_lat[ok])) < 0.2
