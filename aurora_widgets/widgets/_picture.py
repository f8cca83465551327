"""Pictures for the saved-notebook copy of a view, drawn from the very panels the browser paints.

A widget's view is made of one-byte panels (:mod:`._serialize`): codes 1..255 over
``[vmin, vmax]``, 0 for no data. This module colours those codes with the colormaps of
``colormaps.json`` (the file ``js/lib/raster.js`` imports, interpolated the same way), flips rows so
row 0 is at the bottom as in the live view, and writes indexed PNGs (the codes are the palette
indices) with numpy and zlib only: no matplotlib, no fonts. Titles and colour-bar ranges are HTML
text beside the images, escaped.

Example:
    >>> import numpy as np
    >>> from aurora_widgets.widgets._serialize import quantize
    >>> html = figures_html([("elevation (deg)", quantize(np.arange(12.0).reshape(3, 4)), "viridis", None)])
    >>> html.count("<img"), "0 … 11" in html
    (2, True)

"""

from __future__ import annotations

import base64
import functools
import html
import json
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

COLORMAPS_JSON = Path(__file__).with_name("colormaps.json")
#: Longest side of a panel picture; larger panels are subsampled (a saved notebook stays small).
MAX_SIDE = 256

#: (title, one-byte panel as made by ``quantize`` (packed or not), colormap name, hidden-pixel mask or None)
Figure = tuple[str, dict[str, Any], str, Any]


@functools.cache
def colormap_lut(name: str) -> np.ndarray:
    """Return the (256, 3) uint8 colours of a colormap, as ``colormapLut`` in ``js/lib/raster.js``.

    Unknown names fall back to viridis, as in the browser.

    Example:
        >>> colormap_lut("gray")[[0, 255]].tolist()
        [[0, 0, 0], [255, 255, 255]]

    """
    stops_by_name = json.loads(COLORMAPS_JSON.read_text())
    hexes = stops_by_name.get(name, stops_by_name["viridis"])
    stops = np.array([[int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in hexes], dtype=np.float64)
    t = np.arange(256) / 255 * (len(stops) - 1)
    j = np.minimum(np.floor(t).astype(int), len(stops) - 2)
    f = (t - j)[:, None]
    lut = stops[j] + (stops[j + 1] - stops[j]) * f
    return np.asarray(np.clip(np.rint(lut), 0, 255), dtype=np.uint8)  # Uint8ClampedArray rounds half to even too


def encode_png(codes: np.ndarray, palette: np.ndarray, alpha: np.ndarray | None = None) -> bytes:
    r"""Encode (H, W) uint8 palette indices as an indexed-colour PNG (one byte per pixel).

    ``palette`` is (N, 3) uint8 (N <= 256); ``alpha`` the opacity of the first entries (tRNS).

    Example:
        >>> encode_png(np.zeros((2, 3), np.uint8), np.zeros((1, 3), np.uint8))[:8]
        b'\x89PNG\r\n\x1a\n'

    """
    codes = np.ascontiguousarray(codes, dtype=np.uint8)
    if codes.ndim != 2:
        raise ValueError(f"encode_png expects an (H, W) array of palette indices, got shape {codes.shape}")
    height, width = codes.shape
    rows = np.zeros((height, 1 + width), dtype=np.uint8)  # filter byte 0 ("None") per row
    rows[:, 1:] = codes

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
    out += chunk(b"PLTE", np.ascontiguousarray(palette, dtype=np.uint8).tobytes())
    if alpha is not None:
        out += chunk(b"tRNS", np.ascontiguousarray(alpha, dtype=np.uint8).tobytes())
    return out + chunk(b"IDAT", zlib.compress(rows.tobytes(), 9)) + chunk(b"IEND", b"")


def _codes(panel: dict[str, Any]) -> np.ndarray:
    data = bytes(panel["data"])
    if panel.get("encoding") == "deflate":
        data = zlib.decompress(data)
    return np.frombuffer(data, dtype=np.uint8).reshape(panel["shape"])


def panel_png(panel: dict[str, Any], colormap: str, hidden: Any = None) -> bytes:
    r"""Draw a one-byte panel as the browser does: row 0 at the bottom, no data (code 0) transparent.

    The panel's codes are the PNG's palette indices; the palette is the colormap through the
    browser's code-to-colour mapping. ``hidden`` (a boolean array of the panel's shape) hides more
    pixels, e.g. below the minimum elevation. Panels longer than :data:`MAX_SIDE` are subsampled.

    Example:
        >>> from aurora_widgets.widgets._serialize import quantize
        >>> panel_png(quantize(np.array([[0.0, 1.0]])), "gray")[:4]
        b'\x89PNG'

    """
    codes = _codes(panel)
    if hidden is not None:
        codes = np.where(np.asarray(hidden, dtype=bool), 0, codes).astype(np.uint8)
    remap = np.rint((np.arange(256) - 1) / 254 * 255).clip(0, 255).astype(np.uint8)  # lo=1, span=254
    palette = colormap_lut(colormap)[remap]
    alpha = np.array([0], dtype=np.uint8)  # code 0: no data
    step = max(1, -(-max(codes.shape) // MAX_SIDE))
    return encode_png(codes[::-1][::step, ::step], palette, alpha)


def colorbar_png(colormap: str) -> bytes:
    """Return a 256 x 6 strip of a colormap as a PNG, low values on the left."""
    return encode_png(np.tile(np.arange(256, dtype=np.uint8), (6, 1)), colormap_lut(colormap))


def _data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _number(value: float) -> str:
    return f"{value:.4g}"


def figures_html(figures: list[Figure], pictures: Sequence[tuple[str, bytes]] = (), size_px: int = 180) -> str:
    """Return the panels as a row of captioned images with colour bars (text escaped, no script).

    ``pictures`` are ready-made PNGs with a caption (e.g. the map as the browser last drew it),
    shown after the panels at their own size.

    Example:
        >>> from aurora_widgets.widgets._serialize import quantize
        >>> "<script" in figures_html([("<script>", quantize(np.ones((2, 2))), "magma", None)])
        False

    """
    cells = []
    for title, panel, colormap, hidden in figures:
        image = _data_url(panel_png(panel, colormap, hidden))
        bar = _data_url(colorbar_png(colormap))
        units = html.escape(str(panel.get("units", "")))
        span = f"{_number(panel['vmin'])} … {_number(panel['vmax'])} {units}".strip()
        name = html.escape(title)
        cells.append(
            f"<figure style='display:inline-block;margin:0 10px 8px 0;vertical-align:top'>"
            f"<img alt='{name}' src='{image}' style='width:{size_px}px;height:{size_px}px;"
            f"image-rendering:pixelated;border:1px solid #8888'>"
            f"<img alt='' src='{bar}' style='display:block;width:{size_px}px;height:8px'>"
            f"<figcaption style='font-size:0.85em'>{name}<br>{html.escape(span)}</figcaption></figure>"
        )
    for title, png in pictures:
        name = html.escape(title)
        cells.append(
            f"<figure style='display:inline-block;margin:0 10px 8px 0;vertical-align:top'>"
            f"<img alt='{name}' src='{_data_url(png)}' style='max-width:100%'>"
            f"<figcaption style='font-size:0.85em'>{name}</figcaption></figure>"
        )
    return "<div>" + "".join(cells) + "</div>"
