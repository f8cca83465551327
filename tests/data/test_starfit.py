"""Star fit: sky -> pixel through a skymap, and fit_stars / fit_candidates on synthetic star fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
import warnings

import numpy as np
import pytest
from starsky import GILL, NIGHT, camera, render_frame, skymap_from_camera

from aurora_widgets.archive.camera import FisheyeCamera
from aurora_widgets.data import starfit
from aurora_widgets.data.errors import InputError
from aurora_widgets.data.skypixel import invert_grid, latlon_to_pixel, sky_to_pixel
from aurora_widgets.data.starfit import fit_candidates, fit_stars, star_table

CAMERAS = [
    FisheyeCamera(height=256, width=256, rotation_deg=3.0),
    FisheyeCamera(height=256, width=256, center_row=131.0, center_col=124.0, rotation_deg=-7.0, mirror_ew=True),
    FisheyeCamera(height=270, width=320, radius_px=134.0, rotation_deg=181.0),
    FisheyeCamera(height=512, width=512, radius_px=255.0, rotation_deg=359.5),
]


# ---------------------------------------------------------------------------------------------
# placing directions on the frame


@pytest.mark.parametrize("cam", CAMERAS, ids=lambda c: f"{c.height}x{c.width}-rot{c.rotation_deg}")
def test_sky_to_pixel_inverts_the_camera(cam) -> None:
    skymap = skymap_from_camera(cam)
    rng = np.random.default_rng(3)
    el = rng.uniform(3.0, 90.0, 500)
    az = rng.uniform(-30.0, 400.0, 500)  # any azimuth range
    rows, cols = sky_to_pixel(skymap, el, az)
    expected = np.array([cam.pixel_of(float(e), float(a)) for e, a in zip(el, az, strict=True)])
    ok = np.isfinite(rows)
    inside = (
        (expected[:, 0] >= 0)
        & (expected[:, 0] <= cam.height - 1)
        & (expected[:, 1] >= 0)
        & (expected[:, 1] <= cam.width - 1)
    )
    assert ok[inside].mean() > 0.98  # all but the outermost ring of pixels
    assert not ok[~inside].any()
    err = np.hypot(rows[ok] - expected[ok, 0], cols[ok] - expected[ok, 1])
    assert err.max() < 0.01


def test_azimuth_wrap_and_zenith_are_smooth() -> None:
    cam = CAMERAS[0]
    skymap = skymap_from_camera(cam)
    el = np.array([[45.0, 45.0, 45.0], [89.99, 90.0, 89.99]])
    az = np.array([[359.9, 0.0, 0.1], [0.0, 0.0, 180.0]])
    rows, cols = sky_to_pixel(skymap, el, az)
    assert rows.shape == (2, 3)
    step = np.hypot(np.diff(rows[0]), np.diff(cols[0]))
    np.testing.assert_allclose(step, 0.1 / 360 * 2 * np.pi * 63.5, rtol=0.05)  # 0.1 deg of a 45-deg ring
    zr, zc = cam.pixel_of(90.0, 0.0)
    assert np.hypot(rows[1] - zr, cols[1] - zc).max() < 0.05


def test_outside_the_field_of_view_is_nan() -> None:
    skymap = skymap_from_camera(CAMERAS[0])
    rows, cols = sky_to_pixel(skymap, np.array([-30.0, -1.5, np.nan, 45.0]), np.array([0.0, 90.0, 0.0, np.nan]))
    assert np.isnan(rows).all() and np.isnan(cols).all()


def test_invert_grid_on_a_linear_grid_and_bad_grids() -> None:
    gy, gx = np.mgrid[0:20, 0:30].astype(float)
    rows, cols = invert_grid(3.0 * gx + 1.0, -2.0 * gy, np.array([31.0, 500.0]), np.array([-13.0, 0.0]), origin=-0.5)
    np.testing.assert_allclose([rows[0], cols[0]], [6.5 - 0.5, 10.0 - 0.5], atol=1e-9)
    assert np.isnan(rows[1])
    with pytest.raises(InputError, match="2-D grids"):
        invert_grid(np.zeros(4), np.zeros(4), np.zeros(1), np.zeros(1))


def test_latlon_to_pixel_finds_the_pixel_that_sees_the_place() -> None:
    cam = CAMERAS[0]
    skymap = skymap_from_camera(cam)
    lat_c = skymap.full_map_latitude[1].astype(float)
    lon_c = skymap.full_map_longitude[1].astype(float)
    # pixel centres' positions (mean of the 4 corners) for a few pixels well inside the circle
    picks = [(128, 128), (60, 100), (200, 170), (128, 30)]
    lat = np.array([lat_c[r : r + 2, c : c + 2].mean() for r, c in picks])
    lon = np.array([lon_c[r : r + 2, c : c + 2].mean() for r, c in picks]) - 360.0  # any longitude range
    rows, cols = latlon_to_pixel(skymap, 110.0, lat, lon)
    np.testing.assert_allclose(rows, [p[0] for p in picks], atol=0.1)
    np.testing.assert_allclose(cols, [p[1] for p in picks], atol=0.1)
    far_r, _ = latlon_to_pixel(skymap, 110.0, np.array([20.0]), np.array([0.0]))
    assert np.isnan(far_r).all()


# ---------------------------------------------------------------------------------------------
# fitting a skymap on a frame


@pytest.fixture(scope="module")
def truth():
    cam = camera(256, rotation_deg=3.0)
    return cam, render_frame(cam)


def test_the_true_skymap_fits_to_a_fraction_of_a_pixel(truth) -> None:
    cam, frame = truth
    fit = fit_stars(frame, skymap_from_camera(cam), NIGHT)
    assert fit.ok and fit.reason == ""
    assert fit.stars_found >= 30
    assert fit.median_px is not None and fit.median_px < 0.15
    assert fit.p90_px is not None and fit.median_px <= fit.p90_px < 0.8
    assert fit.azimuth_offset_deg is not None and abs(fit.azimuth_offset_deg) < 0.05
    found = fit.status == "found"
    assert np.isfinite(fit.found_row[found]).all() and np.isnan(fit.found_row[~found]).all()
    assert (fit.elevation_deg[fit.status == "outside"] < 10.0).all()
    crowded = set(fit.names[fit.status == "crowded"])
    assert {"Alcyone", "Atlas", "Mizar", "Alcor"} <= crowded  # the Pleiades, Mizar and Alcor: too close
    assert np.nanmax(fit.residual_px) < 0.3  # no star matched to a neighbour
    assert "median" in fit.summary()


@pytest.mark.parametrize("turn", [1.0, -1.0, 6.4])
def test_a_rotated_skymap_gives_the_rotation_back(truth, turn) -> None:
    cam, frame = truth
    turned = skymap_from_camera(dataclasses.replace(cam, rotation_deg=cam.rotation_deg + turn))
    fit = fit_stars(frame, turned, NIGHT)
    assert fit.ok
    assert fit.azimuth_offset_deg == pytest.approx(turn, abs=0.05)
    assert fit.elevation_offset_deg == pytest.approx(0.0, abs=0.05)
    # the miss of each star is its distance from the zenith pixel times the angle
    zr, zc = cam.pixel_of(90.0, 0.0)
    found = fit.status == "found"
    radius = np.hypot(fit.found_row[found] - zr, fit.found_col[found] - zc)
    expected = 2.0 * radius * np.sin(np.radians(abs(turn)) / 2.0)
    assert np.median(np.abs(fit.residual_px[found] - expected)) < 0.1


def test_a_shifted_centre_gives_the_shift_back(truth) -> None:
    cam, frame = truth
    crow, ccol = cam.center
    shifted = skymap_from_camera(dataclasses.replace(cam, center_row=crow + 2.0, center_col=ccol - 1.0))
    fit = fit_stars(frame, shifted, NIGHT)
    assert fit.ok and fit.offset_px is not None
    assert fit.offset_px[0] == pytest.approx(-2.0, abs=0.1)  # stars sit 2 rows above the prediction
    assert fit.offset_px[1] == pytest.approx(1.0, abs=0.1)
    assert fit.median_px == pytest.approx(np.hypot(2.0, 1.0), abs=0.15)


def test_mirrored_512_camera() -> None:
    cam = FisheyeCamera(height=512, width=512, radius_px=255.0, rotation_deg=-2.0, mirror_ew=True)
    frame = render_frame(cam, psf_sigma=1.5, seed=4)
    good = fit_stars(frame, skymap_from_camera(cam), NIGHT)
    off = fit_stars(frame, skymap_from_camera(dataclasses.replace(cam, rotation_deg=-1.0)), NIGHT)
    assert good.ok and off.ok
    assert good.median_px is not None and good.median_px < 0.2
    assert off.azimuth_offset_deg == pytest.approx(1.0, abs=0.05)
    assert off.median_px is not None and off.median_px > good.median_px + 2.0  # ~1 deg at r ~ 200 px


def test_colour_frames_are_averaged(truth) -> None:
    cam, frame = truth
    rgb = np.stack([frame, frame * 0.5, frame * 2.0], axis=2).astype(np.float32)
    fit = fit_stars(rgb, skymap_from_camera(cam), NIGHT)
    assert fit.ok and fit.median_px is not None and fit.median_px < 0.15


def test_stars_under_bright_aurora_are_skipped(truth) -> None:
    cam, _ = truth
    frame = render_frame(cam, arc=2000.0)
    fit = fit_stars(frame, skymap_from_camera(cam), NIGHT)
    bright = fit.status == "bright"
    assert bright.sum() >= 5
    # they are the stars near the arc's middle row; the others are still found and fit well
    crow = cam.center[0]
    distance = np.abs(fit.predicted_row - crow)
    assert distance[bright].max() < distance[fit.status == "found"].max()
    assert fit.ok and fit.median_px is not None and fit.median_px < 0.2


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("daylight", "daylight"),
        ("twilight", "twilight"),
        ("cloud", "cloud"),
        ("aurora everywhere", "bright"),
        ("few in view", "too few stars"),
    ],
)
def test_when_stars_cannot_be_fitted_there_is_no_residual(truth, case, words) -> None:
    cam, frame = truth
    skymap = skymap_from_camera(cam)
    when, kw = NIGHT, {}
    if case == "daylight":
        when = dt.datetime(2021, 3, 8, 18, 0)
    elif case == "twilight":
        when = dt.datetime(2021, 3, 8, 1, 0)  # Sun a few degrees below the horizon at gill
        assert -10.0 < starfit.sun_elevation_deg(*GILL, when) < 0.0
    elif case == "cloud":
        frame = render_frame(cam, cloud=0.999)
    elif case == "aurora everywhere":
        frame = render_frame(cam) + 3000.0 * (1.0 + np.sin(np.arange(256) / 9.0))[:, None]
    else:
        kw = {"min_elevation_deg": 75.0, "min_stars": 6}
    fit = fit_stars(frame, skymap, when, **kw)
    assert not fit.ok
    assert words in fit.reason
    assert fit.median_px is None and fit.p90_px is None and fit.offset_px is None
    assert fit.azimuth_offset_deg is None
    assert "cannot fit" in fit.summary()


def test_site_forms_and_bad_input(truth) -> None:
    cam, frame = truth
    skymap = skymap_from_camera(cam)
    a = fit_stars(frame, skymap, NIGHT)
    b = fit_stars(frame, skymap, NIGHT, site=(GILL[0], GILL[1], 0.0))
    assert a.median_px == b.median_px
    with pytest.raises(InputError, match="frame is"):
        fit_stars(frame[:100], skymap, NIGHT)
    with pytest.raises(InputError, match="site"):
        fit_stars(frame, skymap, NIGHT, site="gill")
    with pytest.raises(InputError, match="azimuth"):
        fit_stars(frame, dataclasses.replace(skymap, full_azimuth=None, filename="spect_skymap.sav"), NIGHT)
    with pytest.raises(InputError, match="datetime"):
        fit_stars(frame, skymap, "2021-03-08")


def test_star_table_is_json_ready(truth) -> None:
    import json

    cam, frame = truth
    rows = star_table(fit_stars(frame, skymap_from_camera(cam), NIGHT))
    text = json.dumps(rows)
    assert "NaN" not in text
    found = [r for r in rows if r["status"] == "found"]
    assert found and all(r["residual_px"] is not None for r in found)
    assert all(r["found_row"] is None for r in rows if r["status"] != "found")


def test_fit_candidates_flags_the_best_and_caches(truth, monkeypatch) -> None:
    cam, frame = truth
    crow, _ = cam.center
    skymaps = [
        skymap_from_camera(dataclasses.replace(cam, rotation_deg=1.0), filename="a_v01.sav"),
        skymap_from_camera(cam, filename="a_v02.sav"),
        skymap_from_camera(dataclasses.replace(cam, center_row=crow + 1.5), filename="a_v03.sav"),
        skymap_from_camera(camera(128), filename="small.sav"),
    ]
    rows = fit_candidates(frame, skymaps, NIGHT)
    assert [r.skymap_filename for r in rows] == ["a_v01.sav", "a_v02.sav", "a_v03.sav", "small.sav"]
    assert [r.best for r in rows] == [False, True, False, False]
    assert rows[0].median_px > rows[2].median_px > rows[1].median_px
    assert rows[3].median_px is None and "frame is" in rows[3].reason
    assert rows[1].as_dict()["stars_found"] == rows[1].stars_found
    assert rows[1].caption() == f"v02 {rows[1].median_px:.2f} px"
    assert rows[3].caption() == "small no fit"

    calls = []
    real = starfit.fit_stars
    monkeypatch.setattr(starfit, "fit_stars", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = fit_candidates(frame, skymaps[:3], NIGHT)
    assert calls == [] and again == rows[:3]
    fit_candidates(frame + 1.0, skymaps[:1], NIGHT)  # another frame: fitted again
    assert calls == [1]


def test_no_valid_candidate_means_no_best(truth) -> None:
    cam, frame = truth
    rows = fit_candidates(frame, [skymap_from_camera(cam)], dt.datetime(2021, 3, 8, 18, 0))
    assert [r.best for r in rows] == [False]
    assert rows[0].median_px is None and "daylight" in rows[0].reason


def test_prepared_grids_are_kept_per_skymap_and_dropped_with_it() -> None:
    import gc

    from aurora_widgets.data import skypixel

    skymap = skymap_from_camera(CAMERAS[0], filename="cache_probe.sav")
    first = skypixel._elaz_grid(skymap)
    assert skypixel._elaz_grid(skymap) is first
    assert any(k[1] == "cache_probe.sav" for k in skypixel._GRIDS._items)
    del skymap, first
    gc.collect()
    assert not any(k[1] == "cache_probe.sav" for k in skypixel._GRIDS._items)


@pytest.mark.parametrize(
    "options",
    [
        {"min_stars": 0},
        {"min_stars": 2.5},
        {"snr_min": -1},
        {"search_radius_px": 0},
        {"min_elevation_deg": 95},
        {"bright_sigma": float("nan")},
    ],
)
def test_bad_options_are_our_error(truth, options) -> None:
    cam, frame = truth
    with pytest.raises(InputError, match="bad option"):
        fit_stars(frame, skymap_from_camera(cam), NIGHT, **options)


@pytest.mark.parametrize("kind", ["zeros", "saturated", "nan", "uint16 noise", "inf"])
def test_hostile_frames_give_a_reason_not_a_crash(truth, kind) -> None:
    cam, _ = truth
    shape = (cam.height, cam.width)
    rng = np.random.default_rng(5)
    frame = {
        "zeros": np.zeros(shape),
        "saturated": np.full(shape, 65535, dtype=np.uint16),
        "nan": np.full(shape, np.nan),
        "uint16 noise": rng.integers(0, 65535, shape).astype(np.uint16),
        "inf": np.where(rng.random(shape) < 0.5, np.inf, 1000.0),
    }[kind]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no numpy warning either
        fit = fit_stars(frame, skymap_from_camera(cam), NIGHT)
    assert not fit.ok and fit.median_px is None and fit.reason


def test_a_skymap_without_sky_is_our_error(truth) -> None:
    cam, frame = truth
    sm = skymap_from_camera(cam)
    blank = dataclasses.replace(sm, full_elevation=np.full_like(sm.full_elevation, np.nan), filename="blank.sav")
    with pytest.raises(InputError, match="no pixel above"):
        fit_stars(frame, blank, NIGHT)


def test_fits_in_background_threads_agree(truth) -> None:
    from concurrent.futures import ThreadPoolExecutor

    cam, frame = truth
    skymaps = [
        skymap_from_camera(dataclasses.replace(cam, rotation_deg=cam.rotation_deg + turn), filename=f"t{i}.sav")
        for i, turn in enumerate((0.0, 0.5, 1.0, 1.5))
    ]
    serial = [fit_stars(frame, sm, NIGHT).median_px for sm in skymaps]
    starfit._FIT_CACHE.clear()
    with ThreadPoolExecutor(4) as pool:  # the timeline fits the visible candidates in the background
        tables = list(pool.map(lambda _: fit_candidates(frame, skymaps, NIGHT), range(8)))
    for table in tables:
        assert [row.median_px for row in table] == serial
        assert [row.best for row in table] == [True, False, False, False]
