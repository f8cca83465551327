"""Frame contours: elevation rings, azimuth spokes and graticule, on a known camera and against pyaurorax."""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pytest
from sav_factory import REAL_SKYMAP, need_real
from starsky import GILL, skymap_from_camera

from aurora_widgets.archive.camera import FisheyeCamera, line_of_sight_latlon
from aurora_widgets.data.contours import (
    Contour,
    azimuth_spokes,
    elevation_rings,
    frame_contours,
    graticule,
    nice_step,
)
from aurora_widgets.data.errors import InputError

CAM = FisheyeCamera(height=256, width=256, radius_px=127.0, center_row=129.0, center_col=126.5, rotation_deg=8.0)


@pytest.fixture(scope="module")
def skymap():
    return skymap_from_camera(CAM)


def test_rings_are_circles_of_the_right_radius(skymap) -> None:
    rings = elevation_rings(skymap, [10, 45, 80])
    crow, ccol = CAM.center
    for ring, el in zip(rings, [10, 45, 80], strict=True):
        assert ring.kind == "elevation" and ring.label == f"{el}°"
        (seg,) = ring.segments()  # one closed piece, fully inside the frame
        np.testing.assert_allclose(seg[0], seg[-1])
        radius = np.hypot(seg[:, 0] - crow, seg[:, 1] - ccol)
        np.testing.assert_allclose(radius, (90 - el) / 90 * CAM.radius, atol=0.01)


def test_spokes_point_to_the_compass(skymap) -> None:
    spokes = azimuth_spokes(skymap)
    assert [s.label for s in spokes] == ["N", "E", "S", "W"]
    for spoke in spokes:
        (seg,) = spoke.segments()
        low = CAM.pixel_of(5.0, spoke.value)
        np.testing.assert_allclose(seg[0], low, atol=0.01)
        np.testing.assert_allclose(seg[-1], CAM.pixel_of(90.0, 0.0), atol=0.05)
    odd = azimuth_spokes(skymap, [45, 400], min_elevation_deg=20)
    assert [s.label for s in odd] == ["45°", "40°"]


def test_graticule_lines_sit_on_their_latitude_and_longitude(skymap) -> None:
    lats, lons = graticule(skymap, 110.0)
    assert len(lats) >= 3 and len(lons) >= 3
    for line in [*lats, *lons]:
        for seg in line.segments():
            el, az = CAM._angles(seg[:, 0], seg[:, 1])
            lat, lon = line_of_sight_latlon(el, az, GILL[0], GILL[1], 110.0)
            inner = el > 5.0  # the grid is steep near the horizon; its bilinear cells are coarse there
            if line.kind == "latitude":
                np.testing.assert_allclose(lat[inner], line.value, atol=0.02)
            else:
                wrapped = (lon[inner] - line.value + 180.0) % 360.0 - 180.0
                np.testing.assert_allclose(wrapped, 0.0, atol=0.04)
    assert all(line.label.endswith("N") for line in lats)
    assert all(line.label.startswith("-") and line.label.endswith("°E") for line in lons)  # one convention
    # a higher shell sees farther: more lines at 250 km than at 90 km, for the same steps
    high, low = graticule(skymap, 250.0, 2.0, 4.0), graticule(skymap, 90.0, 2.0, 4.0)
    assert len(high[0]) > len(low[0]) and len(high[1]) > len(low[1])


def test_frame_contours_and_steps(skymap) -> None:
    lines = frame_contours(skymap, 110.0, lat_step_deg=1.0, lon_step_deg=2.0)
    assert len(lines.elevation) == 8 and len(lines.azimuth) == 4
    assert all(abs(c.value - round(c.value)) < 1e-9 for c in lines.latitude)
    assert all(abs(c.value / 2.0 - round(c.value / 2.0)) < 1e-9 for c in lines.longitude)
    assert len(lines.all()) == 12 + len(lines.latitude) + len(lines.longitude)
    assert nice_step(9.0) == 2.0 and nice_step(40.0) == 10.0 and nice_step(0.1) == 0.5


def test_segments_break_at_nan() -> None:
    c = Contour("latitude", 1.0, "1°N", np.array([0, 1, np.nan, 3, 4, 5, np.nan, 7.0]), np.zeros(8))
    assert [len(s) for s in c.segments()] == [2, 3]
    assert [len(s) for s in c.segments(min_points=3)] == [3]
    assert Contour("x", 0, "", np.full(3, np.nan), np.zeros(3)).segments() == []


def test_bad_input(skymap) -> None:
    with pytest.raises(InputError, match="elevations"):
        elevation_rings(skymap, [100])
    with pytest.raises(InputError, match="numbers"):
        elevation_rings(skymap, ["high"])
    with pytest.raises(InputError, match="below"):
        azimuth_spokes(skymap, min_elevation_deg=50, max_elevation_deg=40)
    with pytest.raises(InputError, match="altitude"):
        graticule(skymap, 5000.0)
    with pytest.raises(InputError, match="azimuth grid"):
        elevation_rings(dataclasses.replace(skymap, full_azimuth=None, filename="x_spect.sav"))


# --------------------------------------------------------------------------------------------------
# against pyaurorax's ccd_contour (nearest pixels in slices) on the real THEMIS skymap


@pytest.fixture(scope="module")
def real():
    need_real(REAL_SKYMAP)
    pyaurorax = pytest.importorskip("pyaurorax")
    from aurora_widgets.data.readers import read_skymap

    sm = read_skymap(REAL_SKYMAP)
    # pyaurorax changes the longitude grid in place: hand it writable copies
    copy = dataclasses.replace(
        sm, full_map_latitude=sm.full_map_latitude.copy(), full_map_longitude=sm.full_map_longitude.copy()
    )
    return sm, copy, pyaurorax.PyAuroraX().tools.ccd_contour


def _distance_to(contour: Contour, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    pts = np.concatenate(contour.segments())
    return np.hypot(pts[None, :, 0] - rows[:, None], pts[None, :, 1] - cols[:, None]).min(axis=1)


@pytest.mark.parametrize("el", [10, 30, 60, 80])
def test_rings_match_pyaurorax(real, el) -> None:
    sm, copy, ccd = real
    x, y = ccd.elevation(copy, el)
    d = _distance_to(elevation_rings(sm, [el], step_deg=0.25)[0], np.asarray(y, float), np.asarray(x, float))
    assert len(d) > 30
    assert d.max() < 1.0  # pyaurorax returns whole pixels: within one pixel of our line


@pytest.mark.parametrize("az", [0, 90, 180, 270])
def test_spokes_match_pyaurorax(real, az) -> None:
    sm, copy, ccd = real
    x, y = ccd.azimuth(copy, az)
    d = _distance_to(azimuth_spokes(sm, [az])[0], np.asarray(y, float), np.asarray(x, float))
    assert len(d) > 50
    assert d.max() < 1.0


def test_graticule_matches_pyaurorax(real) -> None:
    sm, copy, ccd = real
    lats, lons = graticule(sm, 110.0)
    compared = 0
    for line in [*lats, *lons]:
        kw = {"constant_lat": line.value} if line.kind == "latitude" else {"constant_lon": line.value}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            x, y = ccd.geo(copy, 110, **kw)
        x, y = np.asarray(x), np.asarray(y)
        # pyaurorax indexes the corner grid: corner (i, j) is pixel position (i - 0.5, j - 0.5). Compare
        # where the line is well inside the view (pyaurorax keeps rim pixels where a line leaves it).
        inner = sm.full_elevation[np.clip(y, 0, 255), np.clip(x, 0, 255)] >= 10.0
        if not inner.any():
            continue
        d = _distance_to(line, y[inner] - 0.5, x[inner] - 0.5)
        assert np.median(d) < 1.0 and d.max() < 2.5
        compared += 1
    assert compared >= 3
