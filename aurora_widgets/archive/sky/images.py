r"""Tiny deterministic image encoders for the summary products: PGM, PNG and baseline JPEG.

No imaging library is needed (Pillow is not a runtime dependency of anything we require):

* :func:`pgm_bytes` - binary PGM (``P5``), 8 or 16 bit;
* :func:`png_bytes` - 8-bit greyscale or RGB PNG (zlib, filter 0);
* :func:`jpeg_bytes` - baseline JPEG (JFIF), greyscale or YCbCr 4:4:4, vectorised in numpy: DCT as
  two matrix products per block, quantisation with the standard luminance table scaled by
  ``quality``, and fixed-length Huffman codes (4 bits per DC size, 8 bits per AC run/size
  symbol) declared in the file's own DHT segments. Fixed codes cost some size against the
  standard tables but need no tables to be typed in and decode with any JPEG reader.

Example:
    >>> img = np.tile(np.arange(64, dtype=np.uint8) * 4, (16, 1))
    >>> jpeg_bytes(img)[:2], png_bytes(img)[1:4], pgm_bytes(img)[:2]
    (b'\xff\xd8', b'PNG', b'P5')

"""

from __future__ import annotations

import struct
import zlib

import numpy as np

__all__ = ["jpeg_bytes", "pgm_bytes", "png_bytes"]


def pgm_bytes(image: np.ndarray) -> bytes:
    r"""Binary PGM of a 2-D uint8 (maxval 255) or uint16 (maxval 65535, big-endian) image.

    Example:
        >>> pgm_bytes(np.zeros((2, 3), np.uint16))[:13]
        b'P5\n3 2\n65535\n'

    """
    img = np.asarray(image)
    if img.ndim != 2 or img.dtype not in (np.uint8, np.uint16):
        raise ValueError(f"PGM needs a 2-D uint8 or uint16 image, not {img.dtype} {img.shape}")
    top = 255 if img.dtype == np.uint8 else 65535
    data = img.astype(">u2").tobytes() if top == 65535 else img.tobytes()
    return f"P5\n{img.shape[1]} {img.shape[0]}\n{top}\n".encode("ascii") + data


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(image: np.ndarray, level: int = 6) -> bytes:
    r"""8-bit PNG of a (H, W) greyscale or (H, W, 3) RGB uint8 image.

    Example:
        >>> png_bytes(np.zeros((2, 2, 3), np.uint8))[:8]
        b'\x89PNG\r\n\x1a\n'

    """
    img = np.ascontiguousarray(image, dtype=np.uint8)
    if img.ndim not in (2, 3) or (img.ndim == 3 and img.shape[2] != 3):
        raise ValueError(f"PNG needs (H, W) or (H, W, 3) pixels, not {img.shape}")
    h, w = img.shape[:2]
    colour = 2 if img.ndim == 3 else 0
    rows = np.concatenate([np.zeros((h, 1), np.uint8), img.reshape(h, -1)], axis=1)
    header = struct.pack(">IIBBBBB", w, h, 8, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(rows.tobytes(), level)) + _chunk(b"IEND", b""))


_LUMA_Q = np.array([
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
], dtype=np.float64).reshape(8, 8)  # fmt: skip
_ZIGZAG = np.array(sorted(((i, j) for i in range(8) for j in range(8)),
                          key=lambda p: (p[0] + p[1], p[0] if (p[0] + p[1]) % 2 else -p[0])))
_ZZ_FLAT = _ZIGZAG[:, 0] * 8 + _ZIGZAG[:, 1]
_DCT = np.array([[(np.sqrt(0.125) if u == 0 else 0.5) * np.cos((2 * x + 1) * u * np.pi / 16)
                  for x in range(8)] for u in range(8)])
# every baseline AC symbol: EOB, ZRL, then (run << 4 | size) for run 0..15, size 1..10
_AC_SYMBOLS = np.array([0x00, 0xF0] + [(r << 4) | s for r in range(16) for s in range(1, 11)], dtype=np.int64)
_AC_CODE = np.full(256, -1, dtype=np.int64)
_AC_CODE[_AC_SYMBOLS] = np.arange(_AC_SYMBOLS.size)


def _quant_table(quality: int) -> np.ndarray:
    q = max(1, min(100, int(quality)))
    scale = 5000 / q if q < 50 else 200 - 2 * q
    table: np.ndarray = np.clip(np.floor((_LUMA_Q * scale + 50) / 100), 1, 255)
    return table


def _size(v: np.ndarray) -> np.ndarray:
    a = np.abs(v)
    out = np.zeros(a.shape, dtype=np.int64)
    nz = a > 0
    out[nz] = np.floor(np.log2(a[nz])).astype(np.int64) + 1
    return out


def _value_bits(v: np.ndarray, s: np.ndarray) -> np.ndarray:
    return np.where(v >= 0, v, v + (np.int64(1) << s) - 1)


def _pack(codes: np.ndarray, lengths: np.ndarray) -> bytes:
    """Concatenate variable-length codes (MSB first), pad with 1 bits, stuff 0x00 after 0xFF."""
    total = int(lengths.sum())
    starts = np.cumsum(lengths) - lengths
    idx = np.arange(total) - np.repeat(starts, lengths)
    bits = (np.repeat(codes, lengths) >> (np.repeat(lengths, lengths) - 1 - idx)) & 1
    pad = (-total) % 8
    bits = np.concatenate([bits.astype(np.uint8), np.ones(pad, np.uint8)])
    data = np.packbits(bits)
    ff = np.nonzero(data == 0xFF)[0]
    return bytes(np.insert(data, ff + 1, 0)) if ff.size else bytes(data)


def _blocks(channel: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Quantised zigzag coefficients (n_blocks, 64), blocks in raster order."""
    h, w = channel.shape
    b = channel.reshape(h // 8, 8, w // 8, 8).transpose(0, 2, 1, 3).reshape(-1, 8, 8) - 128.0
    coef = np.einsum("ux,bxy,vy->buv", _DCT, b, _DCT)
    q = np.rint(coef / table).astype(np.int64).reshape(-1, 64)
    out: np.ndarray = np.clip(q[:, _ZZ_FLAT], -1023, 1023)
    return out


def _entropy(coeffs: list[np.ndarray]) -> bytes:
    """Huffman-code interleaved blocks (one per component per MCU) with the fixed tables."""
    n_comp = len(coeffs)
    z = np.stack(coeffs, axis=1).reshape(-1, 64)  # MCU order: block b of comp 0, comp 1, ...
    n = z.shape[0]
    comp = np.tile(np.arange(n_comp), n // n_comp)
    dc = z[:, 0].copy()
    prev = np.zeros_like(dc)
    for c in range(n_comp):
        sel = comp == c
        d = dc[sel]
        prev[sel] = np.concatenate([[0], d[:-1]])
    diff = dc - prev
    s_dc = _size(diff)
    # events: (block, order, code, length); DC first (order 0), EOB last (order 64)
    ev_block = [np.arange(n)]
    ev_order = [np.zeros(n, np.int64)]
    ev_code = [(s_dc << s_dc) | _value_bits(diff, s_dc)]
    ev_len = [4 + s_dc]
    rows, cols = np.nonzero(z[:, 1:])
    k = cols + 1
    first = np.ones(rows.size, bool)
    first[1:] = rows[1:] != rows[:-1]
    prev_k = np.where(first, 0, np.concatenate([[0], k[:-1]]))
    run = k - prev_k - 1
    v = z[rows, k]
    s = _size(v)
    zrl = run // 16
    if zrl.any():
        rep = np.repeat(np.arange(rows.size), zrl)
        sub = np.arange(rep.size) - np.repeat(np.cumsum(zrl) - zrl, zrl)
        ev_block.append(rows[rep])
        ev_order.append(k[rep] * 32 - 16 + sub)
        ev_code.append(np.full(rep.size, _AC_CODE[0xF0]))
        ev_len.append(np.full(rep.size, 8))
    sym = ((run % 16) << 4) | s
    ev_block.append(rows)
    ev_order.append(k * 32)
    ev_code.append((_AC_CODE[sym] << s) | _value_bits(v, s))
    ev_len.append(8 + s)
    last = np.zeros(n, np.int64)
    if rows.size:
        np.maximum.at(last, rows, k)
    eob = np.nonzero(last < 63)[0]
    ev_block.append(eob)
    ev_order.append(np.full(eob.size, 64 * 32))
    ev_code.append(np.full(eob.size, _AC_CODE[0x00]))
    ev_len.append(np.full(eob.size, 8))
    blocks, orders = np.concatenate(ev_block), np.concatenate(ev_order)
    order = np.lexsort((orders, blocks))
    return _pack(np.concatenate(ev_code)[order], np.concatenate(ev_len)[order].astype(np.int64))


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">HH", marker, len(payload) + 2) + payload


def jpeg_bytes(image: np.ndarray, quality: int = 85) -> bytes:
    r"""Baseline JPEG of a (H, W) greyscale or (H, W, 3) RGB uint8 image.

    Example:
        >>> data = jpeg_bytes(np.full((10, 13, 3), 200, np.uint8))
        >>> data[:2], data[-2:]
        (b'\xff\xd8', b'\xff\xd9')

    """
    img = np.asarray(image, dtype=np.uint8)
    if img.ndim not in (2, 3) or (img.ndim == 3 and img.shape[2] != 3):
        raise ValueError(f"JPEG needs (H, W) or (H, W, 3) pixels, not {img.shape}")
    h, w = img.shape[:2]
    ph, pw = -h % 8, -w % 8
    pad = ((0, ph), (0, pw)) + (((0, 0),) if img.ndim == 3 else ())
    f = np.pad(img, pad, mode="edge").astype(np.float64)
    if img.ndim == 3:
        r, g, b = f[..., 0], f[..., 1], f[..., 2]
        channels = [0.299 * r + 0.587 * g + 0.114 * b,
                    -0.168736 * r - 0.331264 * g + 0.5 * b + 128.0,
                    0.5 * r - 0.418688 * g - 0.081312 * b + 128.0]
    else:
        channels = [f]
    table = _quant_table(quality)
    coeffs = [_blocks(c, table) for c in channels]
    n = len(channels)
    out = [b"\xff\xd8", _segment(0xFFE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")]
    out.append(_segment(0xFFDB, b"\x00" + bytes(table.reshape(-1)[_ZZ_FLAT].astype(np.uint8))))
    sof = struct.pack(">BHHB", 8, h, w, n) + b"".join(bytes([i + 1, 0x11, 0]) for i in range(n))
    out.append(_segment(0xFFC0, sof))
    dc_bits = bytes([0, 0, 0, 12] + [0] * 12)
    ac_bits = bytes([0] * 7 + [_AC_SYMBOLS.size] + [0] * 8)
    out.append(_segment(0xFFC4, b"\x00" + dc_bits + bytes(range(12))
                        + b"\x10" + ac_bits + bytes(_AC_SYMBOLS.astype(np.uint8))))
    sos = bytes([n]) + b"".join(bytes([i + 1, 0x00]) for i in range(n)) + b"\x00\x3f\x00"
    out.append(_segment(0xFFDA, sos))
    out.append(_entropy(coeffs))
    out.append(b"\xff\xd9")
    return b"".join(out)
