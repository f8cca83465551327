"""Arrays to the browser: one byte per pixel, colour-mapped in the front-end.

A panel crosses the comm as a binary buffer (a ``memoryview`` inside a dict, which ipywidgets
sends as a binary frame, never JSON lists or base64) plus the numbers needed to colour it and to
read values back for hover: ``value = vmin + (code - 1) * (vmax - vmin) / 254`` for codes 1..255;
code 0 means "no data" (NaN, masked or below the minimum elevation).

Example:
    >>> import numpy as np
    >>> panel = quantize(np.array([[0.0, 90.0], [np.nan, 45.0]]), label="elevation", units="deg")
    >>> list(panel["data"].tobytes()), panel["vmin"], panel["vmax"]
    ([1, 255, 0, 128], 0.0, 90.0)

"""

from __future__ import annotations

from typing import Any

import numpy as np

NO_DATA = 0
LEVELS = 254  # codes 1..255 carry values


def quantize(
    values: np.ndarray,
    *,
    vmin: float | None = None,
    vmax: float | None = None,
    mask: np.ndarray | None = None,
    label: str = "",
    units: str = "",
) -> dict[str, Any]:
    """Quantise a 2-D array to uint8 codes (0 = no data) and describe how to decode them.

    ``vmin``/``vmax`` default to the finite range of the unmasked values. Rows go out top to
    bottom as stored (the front-end draws row 0 at the bottom, like ``imshow(origin="lower")``).
    """
    arr = np.asarray(values, dtype=np.float32)
    if arr.ndim != 2:
        raise ValueError(f"quantize expects a 2-D array, got shape {arr.shape}")
    valid = np.isfinite(arr)
    if mask is not None:
        valid &= ~np.asarray(mask, dtype=bool)
    finite = arr[valid]
    lo = float(np.min(finite)) if vmin is None and finite.size else float(vmin or 0.0)
    hi = float(np.max(finite)) if vmax is None and finite.size else float(vmax if vmax is not None else 1.0)
    if hi <= lo:
        hi = lo + 1.0
    scaled = np.empty(arr.shape, dtype=np.float32)
    np.subtract(arr, lo, out=scaled, where=valid)
    np.multiply(scaled, LEVELS / (hi - lo), out=scaled, where=valid)
    codes = np.zeros(arr.shape, dtype=np.uint8)
    np.clip(np.rint(scaled, where=valid, out=scaled), 0, LEVELS, out=scaled, where=valid)
    codes[valid] = scaled[valid].astype(np.uint8) + 1
    return {
        "data": np.ascontiguousarray(codes).data,
        "shape": [int(arr.shape[0]), int(arr.shape[1])],
        "vmin": lo,
        "vmax": hi,
        "label": label,
        "units": units,
    }


def dequantize(panel: dict[str, Any]) -> np.ndarray:
    """Invert :func:`quantize` (NaN where there was no data); used by tests and hover checks."""
    codes = np.frombuffer(bytes(panel["data"]), dtype=np.uint8).reshape(panel["shape"])
    out = panel["vmin"] + (codes.astype(np.float32) - 1) * (panel["vmax"] - panel["vmin"]) / LEVELS
    out[codes == NO_DATA] = np.nan
    return np.asarray(out)
