"""Render the one sky through a camera: per-pixel geometry, aurora, airglow, stars, vignetting, noise.

For each (true camera, site, emission height) the geometry is computed once and cached: the
pixels that see the sky, where their lines of sight cross the emission shell (latitude/longitude,
then centred-dipole magnetic latitude/longitude) and the van Rhijn factor (how much longer the
path through a thin emitting layer is at that elevation). A minute of frames then evaluates the
model twice (first and last frame; the aurora in between is interpolated, which is exact to well
under a pixel for anything slower than a surge), blinks the pulsating patches frame by frame,
adds the bright stars where the true camera sees them at the minute's middle, and turns Rayleighs
into counts: ``DN = pedestal + R * vignetting * exposure / (R per DN/s) + noise``. Calibrating
(dark corner, the device's flatfield = 1/vignetting, its Rayleighs factor) gives Rayleighs back.

Noise is Gaussian, read noise plus a shot-noise term growing with the signal, drawn as windows of
one fixed pool of normal deviates (offsets seeded by dataset/site/device/minute), which costs a
slice instead of a random draw per pixel. Everything is deterministic: no clock, no global state
except caches of pure functions.

Example:
    >>> import datetime as dt
    >>> from .devices import imager
    >>> im = imager("TREX_NIR_RAW", "gill", "nir-216", dt.datetime(2021, 11, 4, 6, 0))
    >>> frames, times = render_minute(im, dt.datetime(2021, 11, 4, 6, 0), "TREX_NIR_RAW")
    >>> frames.shape, frames.dtype.name, times[1].second
    ((10, 256, 256), 'uint16', 6)

"""

from __future__ import annotations

import datetime as _dt
import functools
import zlib
from dataclasses import dataclass

import numpy as np

from ...data.stars import star_positions
from ..camera import EARTH_RADIUS_KM, FisheyeCamera, line_of_sight_latlon
from .devices import Imager
from .geomag import magnetic_latlon, solar_elevation
from .instruments import EMISSION_HEIGHT_KM
from .model import EMISSIONS, Components, components, emission_intensity, pulse

__all__ = ["Geometry", "channel_rayleighs", "frame_times", "geometry", "minute_seed", "render_minute"]

_POOL_SIZE = 1 << 21
_SHOT = {16: 0.3, 8: 0.05}
_PSF_SIGMA_PX = 0.6


@dataclass(frozen=True, eq=False)
class Geometry:
    """Where one camera's sky pixels look at one emission height.

    ``index`` are the flat indices (row * W + col, on-disk orientation) of the pixels above the
    horizon; the other arrays are per such pixel.
    """

    shape: tuple[int, int]
    index: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    mlat: np.ndarray
    mlon: np.ndarray
    van_rhijn: np.ndarray
    in_circle: np.ndarray
    blur: np.ndarray


def _van_rhijn(el_deg: np.ndarray, height_km: float) -> np.ndarray:
    ratio = EARTH_RADIUS_KM / (EARTH_RADIUS_KM + height_km)
    out: np.ndarray = 1.0 / np.sqrt(1.0 - (ratio * np.cos(np.radians(el_deg))) ** 2)
    return out


@functools.lru_cache(maxsize=48)
def geometry(camera: FisheyeCamera, site_lat: float, site_lon: float, height_km: float) -> Geometry:
    """Return (cached) the :class:`Geometry` of a camera at a site for an emission height.

    Example:
        >>> g = geometry(FisheyeCamera(height=64, width=64), 56.38, -94.64, 110.0)
        >>> g.index.size == g.mlat.size, bool(g.van_rhijn.min() >= 1.0)
        (True, True)

    """
    el, az = camera.elevation_azimuth()
    el64, az64 = el.astype(float).ravel(), az.astype(float).ravel()
    with np.errstate(invalid="ignore"):
        up = el64 > 0.0
    index = np.nonzero(up)[0]
    lat, lon = line_of_sight_latlon(el64[index], az64[index], site_lat, site_lon, height_km)
    mlat, mlon = magnetic_latlon(lat, lon)
    # each pixel's north-south footprint in magnetic latitude (from its four corners)
    el_c, az_c = camera.corner_elevation_azimuth()
    lat_c, lon_c = line_of_sight_latlon(el_c, az_c, site_lat, site_lon, height_km)
    mlat_c = magnetic_latlon(lat_c, lon_c)[0]
    quad = np.stack((mlat_c[:-1, :-1], mlat_c[:-1, 1:], mlat_c[1:, :-1], mlat_c[1:, 1:])).reshape(4, -1)[:, index]
    with np.errstate(invalid="ignore"):
        blur = np.nan_to_num(np.nanmax(quad, axis=0) - np.nanmin(quad, axis=0), nan=1.0)
    arrays = [index, lat.astype(np.float32), lon.astype(np.float32), mlat.astype(np.float32),
              mlon.astype(np.float32), _van_rhijn(el64[index], height_km).astype(np.float32),
              ~np.isnan(el).reshape(camera.height, camera.width), np.minimum(blur, 5.0).astype(np.float32)]
    for a in arrays:
        a.flags.writeable = False
    return Geometry((camera.height, camera.width), *arrays)


def minute_seed(dataset: str, site_uid: str, device_uid: str, minute: _dt.datetime) -> int:
    """Return the seed of one file: CRC-32 of ``dataset/site/device/YYYYmmddHHMM``.

    Example:
        >>> minute_seed("REGO_RAW", "gill", "rego-654", _dt.datetime(2021, 11, 4, 6, 0))
        4183721058

    """
    return zlib.crc32(f"{dataset}/{site_uid}/{device_uid}/{minute:%Y%m%d%H%M}".encode("ascii"))


def frame_times(im: Imager, minute: _dt.datetime, seed: int) -> list[_dt.datetime]:
    """Frame start times of one minute file (THEMIS requests jitter by up to 30 ms).

    Example:
        >>> from .devices import imager
        >>> im = imager("THEMIS_ASI_RAW", "gill", "themis19", _dt.datetime(2021, 11, 4))
        >>> t = frame_times(im, _dt.datetime(2021, 11, 4, 6, 0), 1)
        >>> len(t), t[0].microsecond > 30000
        (20, True)

    """
    inst = im.instrument
    rng = np.random.default_rng(seed ^ 0x7153)
    step = 60.0 / inst.frames_per_minute
    out = []
    for i in range(inst.frames_per_minute):
        jitter = 0.0 if inst.request_offset_s == 0.0 else float(rng.integers(-30000, 30000)) / 1e6
        out.append(minute + _dt.timedelta(seconds=round(i * step + inst.request_offset_s + jitter, 6)))
    return out


@functools.lru_cache(maxsize=1)
def _noise_pool() -> np.ndarray:
    pool = np.random.default_rng(20211104).standard_normal(_POOL_SIZE, dtype=np.float32)
    pool.flags.writeable = False
    return pool


def _airglow(emission: str, sun_el: float) -> float:
    """Airglow plus twilight (Rayleighs at the zenith) of an emission."""
    base = EMISSIONS[emission][4]
    if sun_el > -18.0:
        base += 25.0 * 10.0 ** (0.3 * (sun_el + 18.0))
    return base


def channel_rayleighs(
    im: Imager, t: _dt.datetime, camera: FisheyeCamera | None = None, pulsed: bool = True
) -> tuple[list[np.ndarray], list[list[np.ndarray]], list[Geometry]]:
    """Return, per channel, the sky's Rayleighs at each sky pixel, its patch fields and its geometry.

    The first result is aurora without patches plus airglow, van Rhijn applied; the second the
    pulsating-patch fields per blink group (to multiply by :func:`pulse`); the third the geometry
    each channel's pixels refer to (its first term's height).

    ``pulsed=False`` returns no patch fields and leaves patches out of the first result.

    Example:
        >>> from .devices import imager
        >>> im = imager("TREX_RGB_RAW_NOMINAL", "gill", "rgb-04", _dt.datetime(2021, 11, 4))
        >>> sky, patches, geoms = channel_rayleighs(im, _dt.datetime(2021, 11, 4, 6, 0))
        >>> len(sky), len(patches[0]), sky[0].shape == geoms[0].index.shape
        (3, 3, True)

    """
    cam = camera or im.camera
    sun_el = solar_elevation(im.latitude, im.longitude, t)
    per_height: dict[float, tuple[Geometry, Components]] = {}
    out_sky: list[np.ndarray] = []
    out_patch: list[list[np.ndarray]] = []
    geoms: list[Geometry] = []
    for channel in im.instrument.channels:
        sky: np.ndarray | None = None
        patch: list[np.ndarray] = []
        g0: Geometry | None = None
        for term in channel:
            h = EMISSION_HEIGHT_KM[term.emission]
            if h not in per_height:
                g = geometry(cam, im.latitude, im.longitude, h)
                per_height[h] = (g, components(g.mlat, g.mlon, t, g.blur))
            g, comp = per_height[h]
            g0 = g0 or g
            smooth = Components(comp.discrete, comp.diffuse, [], comp.red)
            r = (emission_intensity(smooth, term.emission) + np.float32(_airglow(term.emission, sun_el)))
            r = r * g.van_rhijn * np.float32(term.weight)
            sky = r if sky is None else sky + r
            if pulsed:
                w_p = np.float32(EMISSIONS[term.emission][2] * term.weight)
                fields = [f * g.van_rhijn * w_p for f in comp.pulsating]
                patch = fields if not patch else [a + b for a, b in zip(patch, fields, strict=True)]
        assert sky is not None and g0 is not None
        out_sky.append(sky)
        out_patch.append(patch)
        geoms.append(g0)
    return out_sky, out_patch, geoms


def _star_image(im: Imager, t: _dt.datetime, camera: FisheyeCamera) -> np.ndarray:
    """Stars (Rayleigh-equivalent per pixel, float32 (H, W)) where the true camera sees them."""
    h, w = camera.height, camera.width
    img = np.zeros(h * w, dtype=np.float32)
    stars = star_positions(im.latitude, im.longitude, t).above(2.0)
    if len(stars) == 0:
        return img.reshape(h, w)
    rows, cols = camera.pixels_of(stars.elevation_deg, stars.azimuth_deg)
    airmass = 1.0 / np.maximum(np.sin(np.radians(stars.elevation_deg)), 0.05)
    flux = im.instrument.star_scale * 10.0 ** (-0.4 * (stars.magnitudes + 0.2 * (airmass - 1.0)))
    r0, c0 = np.rint(rows).astype(int), np.rint(cols).astype(int)
    dr, dc = np.meshgrid(np.arange(-1, 2), np.arange(-1, 2), indexing="ij")
    rr = r0[:, None] + dr.ravel()[None, :]
    cc = c0[:, None] + dc.ravel()[None, :]
    wgt = np.exp(-((rr - rows[:, None]) ** 2 + (cc - cols[:, None]) ** 2) / (2 * _PSF_SIGMA_PX**2))
    wgt /= wgt.sum(axis=1, keepdims=True)
    ok = (rr >= 0) & (rr < h) & (cc >= 0) & (cc < w)
    np.add.at(img, (rr * w + cc)[ok], (wgt * flux[:, None])[ok].astype(np.float32))
    return img.reshape(h, w)


def render_minute(
    im: Imager, minute: _dt.datetime, dataset: str
) -> tuple[np.ndarray, list[_dt.datetime]]:
    """Render one minute file's frames in on-disk orientation, and their start times.

    Returns ``(N, H, W)`` big-endian uint16 (``>u2``, as PGM stores it) for 16-bit cameras,
    ``(N, H, W, 3)`` uint8 for colour ones.

    Example:
        >>> from .devices import imager
        >>> t = _dt.datetime(2021, 11, 4, 6, 0)
        >>> frames, _ = render_minute(imager("TREX_RGB_RAW_NOMINAL", "gill", "rgb-04", t), t, "TREX_RGB_RAW_NOMINAL")
        >>> frames.shape, frames.dtype.name
        ((20, 480, 553, 3), 'uint8')

    """
    inst = im.instrument
    cam = im.camera
    h, w = cam.height, cam.width
    seed = minute_seed(dataset, im.site_uid, im.device_uid, minute)
    times = frame_times(im, minute, seed)
    t0, t1 = times[0], times[-1]
    span = max((t1 - t0).total_seconds(), 1e-6)
    sky0, patches, geoms = channel_rayleighs(im, t0)
    sky1, _, _ = channel_rayleighs(im, t1, pulsed=False)
    stars = _star_image(im, minute + _dt.timedelta(seconds=30), cam).ravel()
    gain = im.vignetting.ravel() * np.float32(inst.exposure_s / im.rayleighs_per_dn_per_s)
    in_circle = geoms[0].in_circle.ravel()
    n_ch = len(inst.channels)
    # per channel, on sky pixels: counts at t0 and their change to t1; stars over the whole circle
    base0, delta, patch_dn, sigma = [], [], [], []
    for c in range(n_ch):
        idx = geoms[c].index
        g = gain[idx]
        b0 = np.zeros(h * w, dtype=np.float32)
        b0[idx] = sky0[c] * g
        b0 += np.where(in_circle, stars * gain, np.float32(0.0))
        d = np.zeros(h * w, dtype=np.float32)
        d[idx] = (sky1[c] - sky0[c]) * g
        base0.append(b0)
        delta.append(d)
        groups = []
        for k, p in enumerate(patches[c]):
            nz = np.nonzero(p)[0]
            if nz.size:
                groups.append((k, idx[nz], p[nz] * g[nz]))
        patch_dn.append(groups)
        sigma.append(np.sqrt(np.float32(inst.read_noise**2) + np.float32(_SHOT[inst.bits]) * b0))
    pool = _noise_pool()
    rng = np.random.default_rng(seed)
    offsets = rng.integers(0, _POOL_SIZE - h * w, size=(len(times), n_ch))
    top = np.float32(65535.0 if inst.bits == 16 else 255.0)
    n = len(times)
    out = np.empty((n, n_ch, h * w), dtype=np.float32)
    tmp = np.empty(h * w, dtype=np.float32)
    for c in range(n_ch):
        base0[c] += np.float32(inst.pedestal + 0.5)  # + 0.5: the final cast truncates
    for i, t in enumerate(times):
        f = np.float32((t - t0).total_seconds() / span)
        for c in range(n_ch):
            buf = out[i, c]
            np.multiply(pool[offsets[i, c]:offsets[i, c] + h * w], sigma[c], out=buf)
            buf += base0[c]
            if f:
                np.multiply(delta[c], f, out=tmp)
                buf += tmp
            for g_idx, idx, pdn in patch_dn[c]:
                buf[idx] += np.float32(pulse(t, g_idx)) * pdn
    np.clip(out, np.float32(0.0), top, out=out)
    if inst.bits == 16:
        return out.reshape(n, h, w).astype(">u2"), times
    return out.reshape(n, n_ch, h, w).transpose(0, 2, 3, 1).astype(np.uint8), times
