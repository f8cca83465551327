"""Daily and hourly keograms and montages from the one sky, without any raw frame.

* A **keogram** is the sky's north-south meridian through time: north at the top, one column per
  minute (daily, 1440 columns) or per 6 s (hourly, 600), as many rows as the camera has along its
  diameter. Each column is the model seen along the meridian's lines of sight at the filter's
  emission height, with airglow and the van Rhijn brightening toward the horizons; columns with
  the sun above -12 degrees are black (no imaging), as on the real products.
* An **average** (``THEMIS_ASI_HOURLY_AVERAGE_*``) is one full-size all-sky picture, the mean of
  the sky every 5 minutes of the hour (every 30 minutes of the day for daily ones).
* A **montage** is a grid of small all-sky thumbnails through the true camera: one a minute over
  the hour (10 x 6), or one every 10 minutes over the day (12 x 12), north at the top, black in
  daylight.

Pixels are brightness-scaled (square root of Rayleighs above airglow, 0..255 over 0..8 kR for
557.7-nm-like filters, scaled per filter), greyscale for monochrome cameras and RGB for colour
ones. The format follows the dataset name: ``_JPG`` / ``_PNG`` / ``_PGM``; RGB and SMILE summary
datasets have no suffix and are JPEG.

Example:
    >>> import datetime as dt
    >>> data = render_summary_file("REGO_DAILY_KEOGRAM_PNG", "gill", "rego-654", dt.datetime(2021, 11, 4))
    >>> data[1:4]
    b'PNG'

"""

from __future__ import annotations

import datetime as _dt
import functools

import numpy as np

from ..camera import FisheyeCamera, line_of_sight_latlon
from .devices import Imager, imager
from .files import naive_utc
from .geomag import magnetic_latlon, solar_elevation
from .images import jpeg_bytes, pgm_bytes, png_bytes
from .instruments import EMISSION_HEIGHT_KM
from .model import EMISSIONS, Components, components, emission_intensity
from .render import _van_rhijn, geometry

__all__ = ["SummaryKind", "parse_summary_dataset", "render_summary_file", "summary_image"]

#: Rayleighs (above airglow) that map to full brightness, per emission.
_FULL_SCALE_R = {"557.7": 8000.0, "white": 12000.0, "630.0": 2500.0, "427.8": 5000.0, "nir": 4000.0}
_THUMB_PX = 64


class SummaryKind(tuple[str, str, str]):
    """``(cadence, product, format)``: ``("DAILY", "KEOGRAM", "PNG")`` and so on."""


def parse_summary_dataset(dataset_name: str) -> SummaryKind:
    """Split a summary dataset name into (cadence, product, image format).

    Raises:
        KeyError: not a daily/hourly keogram/montage dataset.

    Example:
        >>> parse_summary_dataset("TREX_RGB_HOURLY_MONTAGE")
        ('HOURLY', 'MONTAGE', 'JPG')

    """
    parts = dataset_name.upper().split("_")
    for i in range(len(parts) - 1):
        if parts[i] in ("DAILY", "HOURLY") and parts[i + 1] in ("KEOGRAM", "MONTAGE", "AVERAGE"):
            fmt = parts[i + 2] if len(parts) > i + 2 else "JPG"
            if fmt not in ("JPG", "PNG", "PGM"):
                break
            return SummaryKind((parts[i], parts[i + 1], fmt))
    raise KeyError(f"{dataset_name!r} is not a daily/hourly keogram, montage or average dataset")


def _scale(im: Imager, rayleighs: list[np.ndarray]) -> np.ndarray:
    """Per channel: sqrt-scaled uint8 of Rayleighs above the channel's airglow."""
    out = []
    for channel, r in zip(im.instrument.channels, rayleighs, strict=True):
        full = sum(_FULL_SCALE_R[t.emission] * t.weight for t in channel)
        glow = sum(EMISSIONS[t.emission][4] * t.weight for t in channel)
        x = np.clip((r - 0.7 * glow) / full, 0.0, 1.0)
        out.append(np.rint(255.0 * np.sqrt(x)).astype(np.uint8))
    return np.stack(out, axis=-1)


@functools.lru_cache(maxsize=16)
def _meridian(camera: FisheyeCamera, lat: float, lon: float, height_km: float) -> tuple[np.ndarray, ...]:
    """Lines of sight along the north-south meridian (rows of a keogram, north first)."""
    n = camera.height
    rho = (np.arange(n) - (n - 1) / 2.0) / camera.radius  # -1 north horizon .. +1 south horizon
    zen = np.abs(rho) * 90.0
    el = 90.0 - zen
    az = np.where(rho < 0, 0.0, 180.0)
    up = el > 0.0
    lat_p, lon_p = line_of_sight_latlon(np.where(up, el, 0.0), az, lat, lon, height_km)
    mlat, mlon = magnetic_latlon(lat_p, lon_p)
    step = np.abs(np.gradient(mlat)) if n > 1 else np.ones(1)
    return (up, mlat.astype(np.float32), mlon.astype(np.float32), _van_rhijn(np.where(up, el, 0.0), height_km)
            .astype(np.float32), np.nan_to_num(step, nan=1.0).astype(np.float32))


def _channels_at(im: Imager, t: _dt.datetime, thumb: FisheyeCamera | None) -> tuple[list[np.ndarray], np.ndarray]:
    """Rayleighs per channel along the keogram meridian (``thumb`` None) or at a thumbnail's sky pixels.

    Returns the channels and the flat indices (meridian rows or thumbnail pixels) they belong to.
    """
    sun = solar_elevation(im.latitude, im.longitude, t)
    twilight = 25.0 * 10.0 ** (0.3 * (sun + 18.0)) if sun > -18.0 else 0.0
    seen: dict[float, tuple[np.ndarray, np.ndarray, Components]] = {}
    result: list[np.ndarray] = []
    index = np.zeros(0, dtype=np.int64)
    for channel in im.instrument.channels:
        acc: np.ndarray | None = None
        for term in channel:
            h = EMISSION_HEIGHT_KM[term.emission]
            if h not in seen:
                if thumb is None:
                    up, mlat, mlon, vr, blur = _meridian(im.camera, im.latitude, im.longitude, h)
                    idx = np.nonzero(up)[0]
                    mlat, mlon, vr, blur = mlat[idx], mlon[idx], vr[idx], blur[idx]
                else:
                    g = geometry(thumb, im.latitude, im.longitude, h)
                    idx, mlat, mlon, vr, blur = g.index, g.mlat, g.mlon, g.van_rhijn, g.blur
                seen[h] = (vr, idx, components(mlat, mlon, t, blur))
            vr, index, comp = seen[h]
            r = (emission_intensity(comp, term.emission, t) + (EMISSIONS[term.emission][4] + twilight)) * vr
            acc = r * term.weight if acc is None else acc + r * term.weight
        assert acc is not None
        result.append(acc)
    return result, index


def _times(kind: SummaryKind, start: _dt.datetime) -> list[_dt.datetime]:
    cadence, product, _ = kind
    if product == "KEOGRAM":
        n, step = (1440, 60.0) if cadence == "DAILY" else (600, 6.0)
    elif product == "AVERAGE":
        n, step = (48, 1800.0) if cadence == "DAILY" else (12, 300.0)
    else:
        n, step = (144, 600.0) if cadence == "DAILY" else (60, 60.0)
    return [start + _dt.timedelta(seconds=i * step) for i in range(n)]


def summary_image(dataset_name: str, site_uid: str, device_uid: str, start: _dt.datetime) -> np.ndarray:
    """Return the summary product's pixels: (H, W) uint8 for monochrome cameras, (H, W, 3) for colour.

    ``start`` is the day (daily products; any time that day) or the hour (hourly).

    Example:
        >>> import datetime as dt
        >>> img = summary_image("THEMIS_ASI_HOURLY_KEOGRAM_PGM", "gill", "themis19", dt.datetime(2021, 11, 4, 6))
        >>> img.shape, img.dtype.name
        ((256, 600), 'uint8')

    """
    kind = parse_summary_dataset(dataset_name)
    t0 = naive_utc(start)
    t0 = t0.replace(hour=0, minute=0, second=0, microsecond=0) if kind[0] == "DAILY" else t0.replace(
        minute=0, second=0, microsecond=0)
    im = imager(dataset_name, site_uid, device_uid, t0)
    times = _times(kind, t0)
    n_ch = len(im.instrument.channels)
    if kind[1] == "KEOGRAM":
        h = im.camera.height
        out = np.zeros((h, len(times), n_ch), dtype=np.uint8)
        for j, t in enumerate(times):
            if solar_elevation(im.latitude, im.longitude, t) > -12.0:
                continue
            rays, index = _channels_at(im, t, None)
            out[index, j] = _scale(im, rays)
    elif kind[1] == "AVERAGE":
        total = [np.zeros(im.camera.height * im.camera.width) for _ in range(n_ch)]
        dark = 0
        for t in times:
            if solar_elevation(im.latitude, im.longitude, t) > -12.0:
                dark += 1
                continue
            rays, index = _channels_at(im, t, im.camera)
            for c in range(n_ch):
                total[c][index] += rays[c]
        nights = max(len(times) - dark, 1)
        scaled = _scale(im, [tot / nights for tot in total]) if dark < len(times) else None
        out = np.zeros((im.camera.height, im.camera.width, n_ch), dtype=np.uint8)
        if scaled is not None:
            out[:] = scaled.reshape(out.shape)
            out[~geometry(im.camera, im.latitude, im.longitude, 110.0).in_circle] = 0
    else:
        factor = max(1, round(min(im.camera.height, im.camera.width) / _THUMB_PX))
        thumb = im.camera.scaled(factor)
        cols = 10 if kind[0] == "HOURLY" else 12
        rows = len(times) // cols
        th, tw = thumb.height, thumb.width
        out = np.zeros((rows * th, cols * tw, n_ch), dtype=np.uint8)
        for k, t in enumerate(times):
            if solar_elevation(im.latitude, im.longitude, t) > -12.0:
                continue
            rays, index = _channels_at(im, t, thumb)
            tile = np.zeros((th * tw, n_ch), dtype=np.uint8)
            tile[index] = _scale(im, rays)
            r, c = divmod(k, cols)
            out[r * th:(r + 1) * th, c * tw:(c + 1) * tw] = tile.reshape(th, tw, n_ch)
    return out[..., 0] if n_ch == 1 else out


def render_summary_file(dataset_name: str, site_uid: str, device_uid: str, start: _dt.datetime) -> bytes:
    """Return a keogram or montage file, as served: JPEG, PNG or PGM as the dataset name says.

    Args:
        dataset_name: e.g. ``THEMIS_ASI_DAILY_KEOGRAM_JPG``, ``REGO_HOURLY_MONTAGE_PGM``,
            ``TREX_RGB_DAILY_KEOGRAM`` (JPEG).
        site_uid: the site.
        device_uid: the camera that was there.
        start: the day (daily) or hour (hourly) the product covers.

    Raises:
        KeyError: not a summary dataset, or an unknown site/device.

    Example:
        >>> import datetime as dt
        >>> render_summary_file("TREX_NIR_HOURLY_MONTAGE_PGM", "gill", "nir-216", dt.datetime(2021, 11, 4, 6))[:2]
        b'P5'

    """
    img = summary_image(dataset_name, site_uid, device_uid, start)
    fmt = parse_summary_dataset(dataset_name)[2]
    if fmt == "PGM":
        return pgm_bytes(img if img.ndim == 2 else img[..., 1])
    if fmt == "PNG":
        return png_bytes(img)
    return jpeg_bytes(img, quality=90)
