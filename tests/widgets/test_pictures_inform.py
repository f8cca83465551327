"""Pictures that inform: the lat/lon colour range and the compare-mode azimuth difference."""

from __future__ import annotations

import numpy as np

from aurora_widgets.data.geometry import wrap180
from aurora_widgets.widgets._skymap_panels import (
    AZIMUTH_ZENITH_MASK_DEG,
    difference_panels,
    pixel_centres,
    skymap_panels,
    unpack,
)


def _codes(panel: dict, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(bytes(unpack(panel)["data"]), dtype=np.uint8).reshape(shape)


def _sky(n: int = 41) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A toy all-sky camera: elevation falls from 90 at the centre to below 0 at the rim; the
    horizon's pixels see very far (latitude runs away there, as in a real skymap)."""
    yy, xx = np.mgrid[0:n, 0:n] - (n - 1) / 2
    r = np.hypot(yy, xx) / ((n - 1) / 2)
    elevation = 90.0 - 100.0 * r
    azimuth = np.degrees(np.arctan2(xx, yy)) % 360.0
    cy, cx = np.mgrid[0 : n + 1, 0 : n + 1] - n / 2
    rc = np.hypot(cy, cx) / (n / 2)
    reach = np.tan(np.radians(np.clip(rc * 100.0, 0, 89.9)))  # far away near the horizon
    lat = 56.0 + 0.5 * reach * cy / np.maximum(np.hypot(cy, cx), 1e-9)
    lon = 265.0 + 0.5 * reach * cx / np.maximum(np.hypot(cy, cx), 1e-9)
    return elevation, azimuth, lat, lon


def test_latitude_and_longitude_range_come_from_the_pixels_above_the_minimum_elevation():
    el, az, lat, lon = _sky()
    clat, clon = pixel_centres(lat, lon)
    clon = wrap180(clon)  # the panels show the one convention: degrees east in [-180, 180)
    panels = skymap_panels(el, az, lat, lon, min_elevation=10.0)
    above = el >= 10.0
    for name, centres in (("latitude", clat), ("longitude", clon)):
        panel = panels[name]
        assert np.isclose(panel["vmin"], centres[above].min(), atol=1e-4)
        assert np.isclose(panel["vmax"], centres[above].max(), atol=1e-4)
        # the shown pixels spread over most of the colour scale (not one flat disc)
        codes = _codes(panel, el.shape)[above]
        assert len(np.unique(codes)) > 100, name
    # without the minimum elevation the horizon squeezes the shown pixels into a few codes
    wide = skymap_panels(el, az, lat, lon)["latitude"]
    assert len(np.unique(_codes(wide, el.shape)[above])) < 60


def test_azimuth_difference_is_on_the_circle_and_masked_near_the_zenith():
    el, az, lat, lon = _sky()
    turned = (az + 359.0) % 360.0  # 1 degree less everywhere: across north it is 0.5 -> 359.5
    rng = np.random.default_rng(1)
    near = el > AZIMUTH_ZENITH_MASK_DEG
    turned[near] = rng.uniform(0, 360, near.sum())  # near the zenith azimuth means nothing
    panels, stats = difference_panels((el, az, lat, lon), (el, turned, lat, lon))
    assert np.isclose(stats["azimuth"], 1.0, atol=1e-6)
    codes = _codes(panels["azimuth"], el.shape)
    assert (codes[near] == 0).all() and (codes[~near & np.isfinite(az)] > 0).all()
