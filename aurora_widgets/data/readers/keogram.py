"""Read the UCalgary keogram summary products (``*_DAILY_KEOGRAM_PGM/PNG``, ``*_HOURLY_KEOGRAM_*``).

A keogram product is one image: rows are the camera's north-south meridian (north at the top of
the file), columns are time. File names carry the period and the camera:
``20211104__gill_themis19_full-keogram.pgm.gz`` (daily, two underscores) or
``20211104_06_gill_themis19_full-keogram.pgm.gz`` (the 06 UT hour). Formats read: binary PGM/PPM
(``P5``/``P6``, 8 or 16 bit, optionally ``.gz``/``.bz2``) and PNG (8/16-bit grey or RGB, decoded by
:mod:`._png`, no Pillow). JPG products need a JPEG decoder and are refused with a hint.

The time axis: column ``i`` of a product covering ``period`` from ``start`` starts at
``start + i * period / width`` (the columns tile the UT day, or the hour, evenly). Give ``start``
and ``period`` to :func:`read_keogram` for a product laid out otherwise. Rows are flipped so row 0
is the southern edge, the orientation of :func:`aurora_widgets.data.keogram.keogram` and of
pyaurorax keograms built from frames (``imshow(origin="lower")`` puts north up).

Example:
    >>> keo = read_keogram("20211104__gill_themis19_full-keogram.pgm.gz")   # doctest: +SKIP
    >>> keo.timestamp[0], keo.site_uid, keo.data.shape                        # doctest: +SKIP
    (datetime.datetime(2021, 11, 4, 0, 0), 'gill', (256, 1440))

"""

from __future__ import annotations

import bz2
import datetime as _dt
import gzip
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ReadError
from ..keogram import Keogram
from ._common import REDOWNLOAD_HINT, FileCache
from ._png import PNG_SIGNATURE, PngError, decode_png

__all__ = ["ProductName", "clear_keogram_cache", "parse_product_name", "read_keogram"]

_NAME = re.compile(r"^(?P<date>\d{8})_(?P<hour>\d{2})?_(?P<site>[a-z0-9]+)_(?P<device>[A-Za-z0-9-]+)")
_CACHE = FileCache[np.ndarray](maxsize=64)
_MAX_BYTES = 512 * 1024**2


@dataclass(frozen=True)
class ProductName:
    """What a summary product's file name says: its period and camera."""

    start: _dt.datetime
    period: _dt.timedelta
    site_uid: str
    device_uid: str

    @property
    def hourly(self) -> bool:
        """True for an hourly product, False for a daily one."""
        return self.period < _dt.timedelta(days=1)


def parse_product_name(name: str | os.PathLike[str]) -> ProductName | None:
    """Parse ``YYYYMMDD__site_device...`` (daily) or ``YYYYMMDD_HH_site_device...`` (hourly), else None.

    Example:
        >>> p = parse_product_name("20211104_06_gill_rego-654_6300-keogram.png")
        >>> p.start, p.period, p.site_uid, p.device_uid
        (datetime.datetime(2021, 11, 4, 6, 0), datetime.timedelta(seconds=3600), 'gill', 'rego-654')

    """
    m = _NAME.match(Path(name).name)
    if not m:
        return None
    try:
        day = _dt.datetime.strptime(m["date"], "%Y%m%d")
    except ValueError:
        return None
    if m["hour"] is None:
        return ProductName(day, _dt.timedelta(days=1), m["site"], m["device"])
    hour = int(m["hour"])
    if hour > 23:
        return None
    return ProductName(day + _dt.timedelta(hours=hour), _dt.timedelta(hours=1), m["site"], m["device"])


def clear_keogram_cache() -> None:
    """Forget decoded keogram files (they are cached by path, modification time and size)."""
    _CACHE.clear()


def read_keogram(
    path: str | os.PathLike[str],
    start: _dt.datetime | None = None,
    period: _dt.timedelta | None = None,
) -> Keogram:
    """Read a keogram summary product (PGM/PPM, optionally gzip/bz2, or PNG) into a :class:`Keogram`.

    Args:
        path: the file, e.g. ``Client().download("THEMIS_ASI_DAILY_KEOGRAM_PGM", ...).filenames[0]``.
        start: when column 0 starts (default: from the file name).
        period: the time the columns cover together (default: a day, or an hour for hourly files).

    Raises:
        ReadError: missing, damaged or unsupported file, or no time axis (name not parsed and no
            ``start``).

    Example:
        >>> keo = read_keogram("20211104__gill_themis19_full-keogram.pgm.gz")   # doctest: +SKIP
        >>> keo.index_of(datetime.datetime(2021, 11, 4, 6, 30))                   # doctest: +SKIP
        390

    """
    image = _CACHE.read(os.fspath(path), "keogram", _decode_image)
    name = parse_product_name(path)
    if start is None:
        if name is None:
            raise ReadError(
                f"Could not tell the time axis of keogram file '{path}': its name is not "
                "YYYYMMDD__site_device... (daily) or YYYYMMDD_HH_site_device... (hourly). "
                "Pass start= (and period=) to read_keogram."
            )
        start = name.start
    if period is None:
        period = name.period if name is not None else _dt.timedelta(days=1)
    width = image.shape[1]
    step = period / width
    data = np.flipud(image)
    data.flags.writeable = False
    return Keogram(
        data=data,
        timestamp=[start + step * i for i in range(width)],
        ccd_y=np.arange(image.shape[0]),
        site_uid=name.site_uid if name is not None else "",
        source=Path(path).name,
    )


def _decode_image(path: str) -> np.ndarray:
    lower = path.lower()
    if lower.endswith((".jpg", ".jpeg")):
        raise ReadError(
            f"Could not read keogram file '{path}': JPG products need a JPEG decoder, which aurora-widgets "
            "does not ship. Use the PGM or PNG dataset of the same product (e.g. *_DAILY_KEOGRAM_PGM)."
        )
    try:
        raw = Path(path).read_bytes()
        if lower.endswith(".gz"):
            raw = gzip.decompress(raw)
        elif lower.endswith(".bz2"):
            raw = bz2.decompress(raw)
    except (OSError, EOFError, zlib.error, ValueError) as err:
        raise ReadError(f"Could not read keogram file '{path}': {err}. {REDOWNLOAD_HINT}") from None
    if len(raw) > _MAX_BYTES:
        raise ReadError(f"Could not read keogram file '{path}': over {_MAX_BYTES} bytes, not a keogram.")
    try:
        if raw.startswith(PNG_SIGNATURE):
            return decode_png(raw)
        if raw[:2] in (b"P5", b"P6"):
            return _decode_pnm(raw)
    except (PngError, ValueError) as err:
        raise ReadError(f"Could not read keogram file '{path}': {err}. {REDOWNLOAD_HINT}") from None
    raise ReadError(
        f"Could not read keogram file '{path}': not a PNG or binary PGM/PPM image. {REDOWNLOAD_HINT}"
    )


def _decode_pnm(raw: bytes) -> np.ndarray:
    """Binary PGM (P5) / PPM (P6): header tokens with ``#`` comments, then 8- or 16-bit samples."""
    tokens: list[bytes] = []
    pos = 2
    while len(tokens) < 3:
        while pos < len(raw) and raw[pos:pos + 1].isspace():
            pos += 1
        if pos >= len(raw):
            raise ValueError("truncated PGM header")
        if raw[pos:pos + 1] == b"#":
            end = raw.find(b"\n", pos)
            pos = len(raw) if end < 0 else end + 1
            continue
        end = pos
        while end < len(raw) and not raw[end:end + 1].isspace() and raw[end:end + 1] != b"#":
            end += 1
        tokens.append(raw[pos:end])
        pos = end
    pos += 1  # the single whitespace byte after maxval
    width, height, maxval = (int(t) for t in tokens)
    if width <= 0 or height <= 0 or not 0 < maxval < 65536:
        raise ValueError(f"bad PGM header: {width}x{height}, maxval {maxval}")
    channels = 3 if raw[:2] == b"P6" else 1
    dtype = np.dtype(">u2") if maxval > 255 else np.dtype(np.uint8)
    count = width * height * channels
    if len(raw) - pos < count * dtype.itemsize:
        raise ValueError(f"truncated PGM image data ({len(raw) - pos} of {count * dtype.itemsize} bytes)")
    pixels = np.frombuffer(raw, dtype=dtype, count=count, offset=pos).astype(dtype.newbyteorder("="))
    return pixels.reshape(height, width) if channels == 1 else pixels.reshape(height, width, 3)
