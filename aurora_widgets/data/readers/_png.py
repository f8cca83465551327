r"""A small PNG decoder (zlib + numpy): 8- and 16-bit greyscale, RGB, grey+alpha and RGBA, no interlace.

Enough for the UCalgary summary products (keograms, montages) without Pillow at run time. Rows
filtered with None/Sub/Up are undone row by row with numpy; when any row uses Average or Paeth,
whose value depends on the pixel to the left, the image is undone along anti-diagonals (every
pixel of a diagonal depends only on earlier diagonals), which is one vector step per diagonal.

Example:
    >>> import zlib, struct
    >>> def chunk(kind, body):
    ...     return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    >>> raw = b"\x00\x01\x02" + b"\x02\x01\x01"          # row 0 filter None, row 1 filter Up
    >>> png = (PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
    ...        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    >>> decode_png(png).tolist()
    [[1, 2], [2, 3]]

"""

from __future__ import annotations

import struct
import zlib

import numpy as np

__all__ = ["PNG_SIGNATURE", "PngError", "decode_png"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}
#: Largest image accepted (pixels), so a hostile header cannot ask for gigabytes.
MAX_PIXELS = 200_000_000


class PngError(Exception):
    """The bytes are not a PNG this decoder handles; the message says why."""


def decode_png(buf: bytes) -> np.ndarray:
    """Decode PNG bytes to an array (H, W) or (H, W, C), uint8 or uint16, top row first.

    Alpha is kept as the last channel (C = 2 or 4). Palette and interlaced images are refused.

    Raises:
        PngError: not a PNG, truncated, a bad CRC, or an unsupported colour type / bit depth.

    """
    if not buf.startswith(PNG_SIGNATURE):
        raise PngError("not a PNG file (the 8-byte signature is missing)")
    pos, header, idat = len(PNG_SIGNATURE), None, []
    while True:
        if pos + 8 > len(buf):
            raise PngError("truncated PNG: no IEND chunk")
        length, kind = struct.unpack(">I4s", buf[pos:pos + 8])
        body = buf[pos + 8:pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(buf):
            raise PngError(f"truncated PNG: chunk {kind!r} is cut short")
        (crc,) = struct.unpack(">I", buf[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise PngError(f"corrupt PNG: bad CRC in chunk {kind!r}")
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None or not idat:
        raise PngError("PNG without IHDR or IDAT chunk")
    width, height, depth, colour, _comp, _filter, interlace = header
    if colour not in _CHANNELS or depth not in (8, 16):
        raise PngError(f"unsupported PNG: colour type {colour}, bit depth {depth} (8/16-bit grey or RGB only)")
    if interlace:
        raise PngError("unsupported PNG: interlaced")
    if width == 0 or height == 0 or width * height > MAX_PIXELS:
        raise PngError(f"unsupported PNG size {width}x{height}")
    channels = _CHANNELS[colour]
    bpp = channels * depth // 8
    stride = width * bpp
    try:
        raw = zlib.decompressobj().decompress(b"".join(idat), height * (stride + 1) + 1)
    except zlib.error as err:
        raise PngError(f"corrupt PNG image data: {err}") from None
    if len(raw) < height * (stride + 1):
        raise PngError(f"truncated PNG image data ({len(raw)} of {height * (stride + 1)} bytes)")
    rows = np.frombuffer(raw, dtype=np.uint8, count=height * (stride + 1)).reshape(height, stride + 1)
    filters = rows[:, 0]
    if filters.max(initial=0) > 4:
        raise PngError(f"corrupt PNG: row filter type {int(filters.max())}")
    scan = rows[:, 1:]
    simple = filters.max(initial=0) <= 2
    out = _unfilter_simple(scan, filters, bpp) if simple else _unfilter_diagonal(scan, filters, bpp)
    if depth == 16:
        image = out.reshape(height, width * channels, 2)
        pixels = (image[..., 0].astype(np.uint16) << 8) | image[..., 1]
    else:
        pixels = out
    shape = (height, width) if channels == 1 else (height, width, channels)
    result: np.ndarray = pixels.reshape(shape)
    return result


def _unfilter_simple(scan: np.ndarray, filters: np.ndarray, bpp: int) -> np.ndarray:
    out = np.empty_like(scan)
    prev = np.zeros(scan.shape[1], dtype=np.uint8)
    for r in range(scan.shape[0]):
        f = filters[r]
        if f == 0:
            row = scan[r]
        elif f == 2:
            row = scan[r] + prev
        else:  # Sub: a running sum per byte position within a pixel (uint8 wraps as PNG needs)
            row = np.cumsum(scan[r].reshape(-1, bpp), axis=0, dtype=np.uint8).reshape(-1)
        out[r] = row
        prev = out[r]
    return out


def _unfilter_diagonal(scan: np.ndarray, filters: np.ndarray, bpp: int) -> np.ndarray:
    """Undo any mix of filters one anti-diagonal at a time, in a skewed copy of the image.

    Pixel (r, c) is stored at ``s[r + 1, r + c + 2]``: diagonal ``k = r + c`` is then column
    ``k + 2`` of ``s``, its left neighbour (r, c-1) sits in column ``k + 1`` of the same row, the one
    above (r-1, c) in column ``k + 1`` of the row above and the upper-left one in column ``k``, so
    every step reads and writes plain slices. Row 0 and the columns left of the image stay zero, as
    the PNG filters assume.
    """
    height = scan.shape[0]
    width = scan.shape[1] // bpp
    s = np.zeros((height + 1, height + width + 2, bpp), dtype=np.int16)
    xs = np.zeros_like(s)  # the filtered bytes, skewed the same way
    image = scan.reshape(height, width, bpp)
    for r in range(height):
        xs[r + 1, r + 2:r + 2 + width] = image[r]
    f = filters.reshape(-1, 1)
    is_sub, is_up, is_avg, is_paeth = ((f == k).astype(np.int16) for k in (1, 2, 3, 4))
    any_avg, any_paeth = bool(is_avg.any()), bool(is_paeth.any())
    for k in range(height + width - 1):
        lo, hi = max(0, k - width + 1), min(height, k + 1)
        a = s[lo + 1:hi + 1, k + 1]
        b = s[lo:hi, k + 1]
        pred = is_sub[lo:hi] * a + is_up[lo:hi] * b
        if any_avg:
            pred += is_avg[lo:hi] * ((a + b) >> 1)
        if any_paeth:
            c = s[lo:hi, k]
            bc, ac = b - c, a - c
            pa, pb, pc = np.abs(bc), np.abs(ac), np.abs(bc + ac)
            pred += is_paeth[lo:hi] * np.where((pa <= pb) & (pa <= pc), a, np.where(pb <= pc, b, c))
        pred += xs[lo + 1:hi + 1, k + 2]
        pred &= 0xFF
        s[lo + 1:hi + 1, k + 2] = pred
    out = np.empty((height, width, bpp), dtype=np.uint8)
    for r in range(height):
        out[r] = s[r + 1, r + 2:r + 2 + width]
    return out.reshape(height, width * bpp)
