"""Calibrate raw frames: dark subtraction, flatfield, conversion to Rayleighs.

The steps are those of pyaurorax's ``tools.calibration.rego()`` / ``.trex_nir()``, and with
``match_pyaurorax=True`` (the default) the numbers are theirs too:

1. dark (``dark="corner"``): per frame, the mean of rows 0-4, columns 0-4 (of the frames as read,
   i.e. already flipped) truncated to an integer is subtracted and the result clipped at 0;
2. flatfield: multiply by ``flat_field_multiplier`` and truncate back to the frame dtype (uint16);
3. Rayleighs: ``float32(frame) * rayleighs_perdn_persecond / exposure_s`` (float32).

With ``match_pyaurorax=False`` everything is computed in float32 without the integer
truncations (dark mean not truncated, flatfield product not truncated): slightly more faithful
numbers, not identical to pyaurorax's.

Unlike pyaurorax the caller's array is never modified, TREx Blue is supported, and work is
vectorised over frames (in chunks, so memory stays bounded for an hour of data).

Example:
    >>> import numpy as np
    >>> frames = np.full((8, 8, 2), 100, dtype=np.uint16)
    >>> frames[0:5, 0:5, :] = 10                       # the dark corner
    >>> out = calibrate(frames, flatfield=np.full((8, 8), 1.5), rayleighs=2.0, exposure_s=2.0)
    >>> out.dtype, float(out[7, 7, 0])                 # (100 - 10) * 1.5 = 135 -> * 2 / 2
    (dtype('float32'), 135.0)

"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .errors import InputError
from .instruments import default_exposures
from .models import Calibration

__all__ = ["DEFAULT_EXPOSURE_S", "calibrate", "exposure_from_metadata"]

#: Nominal exposure (seconds) per instrument, as pyaurorax's defaults: REGO 2 s, TREx NIR 5 s, from
#: the instrument registry (``Instrument.exposure_s``). TREx Blue has no pyaurorax default; its
#: exposure is taken from the frames' metadata (``metadata=``) or must be given as ``exposure_s``.
DEFAULT_EXPOSURE_S = default_exposures()

_DARK_SIZE = 5  # pyaurorax uses a 5x5 corner for both REGO and TREx NIR
_CHUNK_PIXELS = 1 << 22  # frames handled at once: about 4 M pixels (32 MB of float64 temporaries)


def _instrument(cal: object) -> str | None:
    """``REGO``, ``TREX_NIR``, ``TREX_BLUE`` or None, from a calibration's dataset or file name."""
    if cal is None:
        return None
    name = getattr(getattr(cal, "dataset", None), "name", "") or ""
    name = name.upper()
    if not name:
        import os

        name = os.path.basename(str(getattr(cal, "filename", ""))).upper()
    if "REGO" in name:
        return "REGO"
    if "NIR" in name:
        return "TREX_NIR"
    if "BLUE" in name:
        return "TREX_BLUE"
    return None


def exposure_from_metadata(metadata: Mapping[str, str] | Sequence[Mapping[str, str]]) -> float | None:
    """Exposure in seconds from a frame's metadata (or the first of a list), or None.

    Uses ``MSEC=`` of ``Exposure Options`` (REGO/TREx), else ``Requested Exposure`` (seconds).

    Example:
        >>> exposure_from_metadata({"Exposure Options": "WIDTH=256 HEIGHT=256 MSEC=5000.00"})
        5.0

    """
    if not isinstance(metadata, Mapping):
        if not metadata:
            return None
        metadata = metadata[0]
    for key in ("Exposure Options", "Exposure options"):
        m = re.search(r"MSEC=([0-9.]+)", str(metadata.get(key, "")))
        if m:
            return float(m.group(1)) / 1000.0
    m = re.match(r"\s*([0-9.]+)", str(metadata.get("Requested Exposure", "")))
    if m:
        return float(m.group(1))
    return None


#: What :func:`_calibration_part` returns for an argument that is not a calibration.
_NOT_A_CALIBRATION = object()


def _calibration_part(arg: object, attr: str, wrong_kind: str) -> object:
    """``arg.<attr>`` when ``arg`` is a calibration (ours or pyucalgarysrs's), else ``_NOT_A_CALIBRATION``.

    A calibration of the other kind (``attr`` is None) is refused with ``wrong_kind``, whose
    ``{filename}`` names the file.
    """
    if not (isinstance(arg, Calibration) or hasattr(arg, attr)):
        return _NOT_A_CALIBRATION
    value = getattr(arg, attr)
    if value is None:
        raise InputError(wrong_kind.format(filename=getattr(arg, "filename", "?")))
    return value


def _flatfield_array(flatfield: Any, shape: tuple[int, int]) -> np.ndarray | None:
    if flatfield is None:
        return None
    value = _calibration_part(
        flatfield, "flat_field_multiplier",
        "The flatfield argument is a Rayleighs calibration ({filename}); "
        "pass the flatfield calibration as flatfield= and this one as rayleighs=.",
    )
    ff = np.asarray(flatfield if value is _NOT_A_CALIBRATION else value)
    if ff.shape != shape:
        raise InputError(
            f"The flatfield has shape {ff.shape} but the frames are {shape}: use the calibration of "
            "this imager's detector (match Calibration.detector_uid to the frames' camera serial number)."
        )
    return ff


def _rayleighs_value(rayleighs: Any) -> Any:
    if rayleighs is None:
        return None
    value = _calibration_part(
        rayleighs, "rayleighs_perdn_persecond",
        "The rayleighs argument is a flatfield calibration ({filename}); "
        "pass it as flatfield= and the Rayleighs calibration as rayleighs=.",
    )
    if value is not _NOT_A_CALIBRATION:
        return value
    try:
        return np.asarray(rayleighs).reshape(-1)[0] if np.ndim(rayleighs) else rayleighs + 0
    except (TypeError, IndexError):
        raise InputError(
            f"rayleighs must be a Calibration or a number, not {type(rayleighs).__name__}."
        ) from None


def calibrate(
    frames: np.ndarray,
    flatfield: Calibration | np.ndarray | None = None,
    rayleighs: Calibration | float | None = None,
    dark: str | float | None = "corner",
    exposure_s: float | None = None,
    *,
    metadata: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
    match_pyaurorax: bool = True,
) -> np.ndarray:
    """Calibrate frames as read by :func:`read_raw` (dark, flatfield, Rayleighs; each optional).

    Args:
        frames: (H, W) or (H, W, N) frames (uint16 as read). Never modified.
        flatfield: a flatfield :class:`Calibration`, or an (H, W) multiplier array; None skips.
        rayleighs: a Rayleighs :class:`Calibration`, or R/DN/s as a number; None skips.
        dark: ``"corner"`` (5x5 corner mean per frame), a number of DN to subtract, or None.
        exposure_s: exposure in seconds for the Rayleighs step. None takes it from ``metadata``
            if given, else the instrument's nominal one from the Rayleighs calibration (REGO 2.0,
            TREx NIR 5.0, as pyaurorax). TREx Blue has no nominal value: pass ``metadata`` or this.
        metadata: the frames' metadata (``Data.metadata``), used only to find the exposure.
        match_pyaurorax: True reproduces pyaurorax's integer truncations; False computes in
            float32 throughout (returns float32).

    Returns:
        An array of the same shape: float32 if the Rayleighs step ran (or match_pyaurorax is
        False), else the frames' dtype.

    Raises:
        InputError: frames not 2-D/3-D, a flatfield of another shape, swapped calibrations, an
            unknown ``dark``, or no exposure for the Rayleighs step.

    Example:
        >>> import numpy as np
        >>> frames = np.full((16, 16, 3), 1000, dtype=np.uint16)
        >>> calibrate(frames, dark=None, rayleighs=10.0, exposure_s=5.0)[0, 0, 0]
        np.float32(2000.0)

    """
    arr = np.asarray(frames)
    if arr.ndim not in (2, 3):
        raise InputError(f"frames must be (H, W) or (H, W, N), not shape {arr.shape}.")
    single = arr.ndim == 2
    a3 = arr[:, :, np.newaxis] if single else arr
    height, width, count = a3.shape
    if dark is not None and not isinstance(dark, str) and not np.isscalar(dark):
        raise InputError(f"dark must be 'corner', a number or None, not {type(dark).__name__}.")
    if isinstance(dark, str) and dark != "corner":
        raise InputError(f"dark must be 'corner', a number or None, not {dark!r}.")
    if dark == "corner" and (height < _DARK_SIZE or width < _DARK_SIZE):
        raise InputError(
            f"frames of {height}x{width} are too small for a {_DARK_SIZE}x{_DARK_SIZE} dark corner."
        )
    ff = _flatfield_array(flatfield, (height, width))
    rpd = _rayleighs_value(rayleighs)
    exposure = None
    if rpd is not None:
        exposure = exposure_s
        if exposure is None and metadata is not None:
            exposure = exposure_from_metadata(metadata)
        if exposure is None:
            exposure = DEFAULT_EXPOSURE_S.get(_instrument(rayleighs) or "")
        if exposure is None:
            raise InputError(
                "No exposure for the Rayleighs step: pass exposure_s= (seconds) or metadata=data.metadata "
                "(TREx Blue, or a Rayleighs value without a REGO/TREx NIR calibration, has no default)."
            )
        if not float(exposure) > 0:
            raise InputError(f"exposure_s must be > 0, not {exposure!r}.")

    out_dtype = np.dtype(np.float32) if rpd is not None or not match_pyaurorax else arr.dtype
    # Frame-major output (each frame contiguous), returned as (H, W, N) like read_raw's data.
    store = np.empty((count, height, width), dtype=out_dtype)
    step = max(1, _CHUNK_PIXELS // max(1, height * width))
    ff_f32 = None if ff is None or match_pyaurorax else ff.astype(np.float32)
    for s in range(0, count, step):
        chunk = a3[:, :, s:s + step]
        if match_pyaurorax:
            result = _chunk_pyaurorax(chunk, ff, rpd, exposure, dark)
        else:
            result = _chunk_float(chunk, ff_f32, rpd, exposure, dark)
        store[s:s + step] = np.moveaxis(result, 2, 0)
    out = store.transpose(1, 2, 0)
    return out[:, :, 0] if single else out


def _chunk_pyaurorax(x: np.ndarray, ff: np.ndarray | None, rpd: Any, exposure: float | None,
                     dark: str | float | None) -> np.ndarray:
    dtype = x.dtype
    if dark is not None:
        if dark == "corner":
            level = np.mean(x[0:_DARK_SIZE, 0:_DARK_SIZE, :], axis=(0, 1)).astype(np.int32)
        else:
            level = np.int32(int(dark))
        y = x.astype(np.int32)
        y -= level
        np.maximum(y, 0, out=y)
        x = y.astype(dtype)
    if ff is not None:
        x = (x * ff[:, :, np.newaxis]).astype(dtype)
    if rpd is not None and exposure is not None:  # calibrate() refuses a Rayleighs step without an exposure
        x = (x.astype(np.float32) * rpd / float(exposure)).astype(np.float32, copy=False)
    return x


def _chunk_float(x: np.ndarray, ff: np.ndarray | None, rpd: Any, exposure: float | None,
                 dark: str | float | None) -> np.ndarray:
    y = x.astype(np.float32)
    if dark is not None:
        if dark == "corner":
            level = y[0:_DARK_SIZE, 0:_DARK_SIZE, :].mean(axis=(0, 1), dtype=np.float64).astype(np.float32)
        else:
            level = np.float32(dark)
        y -= level
        np.maximum(y, 0, out=y)
    if ff is not None:
        y *= ff[:, :, np.newaxis]
    if rpd is not None and exposure is not None:  # calibrate() refuses a Rayleighs step without an exposure
        y *= np.float32(float(rpd) / float(exposure))
    return y
