"""Test helper: skymaps and star-field frames rendered from a known fisheye camera.

A :class:`~aurora_widgets.archive.camera.FisheyeCamera` gives the elevation/azimuth of every
pixel (the skymap) and the pixel of every catalogue star (the frame), so a fit of a skymap built
from one camera on a frame rendered by another measures a known misalignment.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from aurora_widgets.archive.camera import FisheyeCamera, line_of_sight_latlon
from aurora_widgets.data.models import Skymap, SkymapGenerationInfo
from aurora_widgets.data.stars import star_positions

GILL = (56.38, -94.64)
NIGHT = dt.datetime(2021, 3, 8, 6, 0)  # Sun about 40 deg below the horizon at gill


def camera(size: int = 256, **kw) -> FisheyeCamera:
    return FisheyeCamera(height=size, width=size, radius_px=size / 2.0 - 1.0, **kw)


def skymap_from_camera(cam: FisheyeCamera, site=GILL, filename: str = "synthetic_skymap.sav") -> Skymap:
    el, az = cam.elevation_azimuth()
    el_c, az_c = cam.corner_elevation_azimuth()
    lats, lons = [], []
    for alt in (90.0, 110.0, 150.0):
        lat, lon = line_of_sight_latlon(el_c, az_c, site[0], site[1], alt)
        lats.append(lat.astype(np.float32))
        lons.append(lon.astype(np.float32))
    info = SkymapGenerationInfo(
        author="test",
        ccd_center=None,
        code_used="",
        data_loc="",
        date_generated=None,
        date_time_used=None,
        img_flip=None,
        optical_orientation=None,
        optical_projection=None,
        pixel_aspect_ratio=1.0,
        valid_interval_start=dt.datetime(2020, 1, 1),
    )
    return Skymap(
        filename=filename,
        project_uid="themis",
        site_uid="gill",
        imager_uid="themis19",
        site_map_latitude=float(site[0]),
        site_map_longitude=float(site[1]) % 360.0,
        site_map_altitude=0.0,
        full_elevation=el,
        full_azimuth=az,
        full_map_altitude=np.array([90e3, 110e3, 150e3], dtype=np.float32),
        full_map_latitude=np.stack(lats),
        full_map_longitude=np.stack(lons),
        generation_info=info,
        version="v01",
    )


def render_frame(
    cam: FisheyeCamera,
    when: dt.datetime = NIGHT,
    site=GILL,
    *,
    seed: int = 0,
    background: float = 1000.0,
    noise: float = 10.0,
    flux0: float = 40000.0,
    psf_sigma: float = 1.0,
    cloud: float = 0.0,
    arc: float = 0.0,
) -> np.ndarray:
    """A frame of the catalogue stars as ``cam`` sees them, Gaussian PSF, Gaussian noise.

    ``cloud`` (0..1) dims every star; ``arc`` adds a bright east-west band (counts) across the zenith.
    """
    rng = np.random.default_rng(seed)
    h, w = cam.height, cam.width
    img = np.full((h, w), background, dtype=np.float64)
    sky = star_positions(site[0], site[1], when).above(0.0)
    rows, cols = np.mgrid[0:h, 0:w].astype(np.float64)
    half = 6
    for el, az, mag in zip(sky.elevation_deg, sky.azimuth_deg, sky.magnitudes, strict=True):
        r, c = cam.pixel_of(float(el), float(az))
        if not (half <= r < h - half and half <= c < w - half):
            continue
        r0, c0 = round(r), round(c)
        sl = (slice(r0 - half, r0 + half + 1), slice(c0 - half, c0 + half + 1))
        flux = flux0 * 10 ** (-0.4 * float(mag)) * (1.0 - cloud)
        g = np.exp(-((rows[sl] - r) ** 2 + (cols[sl] - c) ** 2) / (2 * psf_sigma**2))
        img[sl] += flux * g / (2 * np.pi * psf_sigma**2)
    if arc:
        crow = cam.center[0]
        img += arc * np.exp(-((rows - crow) ** 2) / (2 * (0.08 * h) ** 2))
    img += rng.normal(0.0, noise, img.shape)
    return img
