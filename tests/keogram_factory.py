"""Keogram summary products made for tests: a synthetic night, written as PGM or PNG, put in a cache.

The night: a dark sky with noise, a bright auroral band that appears at ``onset`` UT, drifts
equatorward (down the rows) until ``end`` and fades, and daylight columns left at zero (as the real
daily products leave the hours when the camera is off).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import numpy as np

#: minute of the day when the band is brightest, and the file row (top = north) it is on then
PEAK_MINUTE = 6 * 60 + 12
PEAK_ROW_FROM_TOP = 80


def synthetic_night(rows: int = 256, columns: int = 1440, seed: int = 0, bright: bool = True) -> np.ndarray:
    """A daily keogram image (rows, columns) uint8, top row north; columns tile 00-24 UT."""
    rng = np.random.default_rng(seed)
    image = np.zeros((rows, columns), dtype=np.float64)
    minute = np.arange(columns) * (1440 / columns)
    dark = (minute >= 60) & (minute < 13 * 60)  # the camera runs 01-13 UT
    image[:, dark] = 18 + rng.normal(0, 2, size=(rows, int(dark.sum())))
    if bright:
        for j in np.flatnonzero(dark):
            m = minute[j]
            amp = 220 * np.exp(-(((m - PEAK_MINUTE) / 25.0) ** 2))
            centre = PEAK_ROW_FROM_TOP + (m - PEAK_MINUTE) * 0.4
            r = np.arange(rows)
            image[:, j] += amp * np.exp(-(((r - centre) / 6.0) ** 2))
    return np.clip(np.rint(image), 0, 255).astype(np.uint8)


def pgm_bytes(image: np.ndarray) -> bytes:
    """Binary PGM (P5) or PPM (P6) with a comment line, 8 or 16 bit."""
    h, w = image.shape[:2]
    magic = b"P6" if image.ndim == 3 else b"P5"
    maxval = 65535 if image.dtype == np.uint16 else 255
    body = image.astype(">u2").tobytes() if maxval > 255 else image.astype(np.uint8).tobytes()
    return magic + b"\n# keogram made by tests\n" + f"{w} {h}\n{maxval}\n".encode() + body


def png_bytes(image: np.ndarray) -> bytes:
    """PNG written by Pillow (adaptive row filters), 8-bit grey or RGB."""
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(image).save(out, format="PNG")
    return out.getvalue()


def product_name(day: dt.date, site: str, device: str, ext: str, hour: int | None = None) -> str:
    """``20211104__gill_themis19_full-keogram.pgm.gz`` (daily) or ``20211104_06_...`` (hourly)."""
    stamp = f"{day:%Y%m%d}_{'' if hour is None else f'{hour:02d}'}_"
    return f"{stamp}{site}_{device}_full-keogram.{ext}"


def write_product(path: Path, image: np.ndarray) -> Path:
    """Write ``image`` as the format the file name says (.pgm, .pgm.gz, .png)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    name = path.name
    if name.endswith(".png"):
        data = png_bytes(image)
    elif name.endswith(".pgm.gz"):
        data = gzip.compress(pgm_bytes(image), 6)
    else:
        data = pgm_bytes(image)
    path.write_bytes(data)
    return path


def put_in_cache(download_dir: Path, dataset: str, day: dt.date, site: str, device: str,
                 image: np.ndarray, ext: str = "pgm.gz") -> Path:
    """Place a daily product where Client.download would: ``<dir>/<DATASET>/YYYY/MM/DD/<site>_<device>/``."""
    folder = Path(download_dir) / dataset / f"{day:%Y/%m/%d}" / f"{site}_{device}"
    return write_product(folder / product_name(day, site, device, ext), image)
