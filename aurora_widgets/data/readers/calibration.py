"""Read UCalgary flatfield and Rayleighs calibration files (IDL ``.sav``).

Names look like ``REGO_flatfield_15649_20211019-+_v02.sav`` or
``TREX_NIR_Rayleighs_23216_...``: ``_`` field 1 is the kind, field 2 the detector (camera serial
number), field 3 the validity, the last field the version. As in pyucalgarysrs 1.28 the value is
found by key substring (``rper_dnpersecond`` / ``flat_field_multiplier``) and the flatfield is
flipped like the raw frames (axis 0, and axis 1 too when ``REGO`` is in the name). Differences:
the flatfield is native-endian and read-only, and ``filename`` is the path as given (not only the
base name). Decoded files are cached like skymaps (same object for an unchanged file). Files are
decoded by the built-in IDL SAVE decoder (``_idlsav.py``; scipy for what it does not handle), and the
flatfield is byte-swapped and flipped in one copy.

Example:
    >>> from aurora_widgets.data.readers import read_calibration
    >>> cal = read_calibration("REGO_flatfield_15649_20211019-+_v02.sav")   # doctest: +SKIP
    >>> cal.detector_uid, cal.kind, cal.flat_field_multiplier.shape           # doctest: +SKIP
    ('15649', 'flatfield', (512, 512))

"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from typing import Any

import numpy as np

from ..errors import ReadError
from ..models import Calibration, CalibrationGenerationInfo, Dataset
from . import _common  # the .sav helpers: FileCache, load_sav, names
from ._common import REDOWNLOAD_HINT, decode, native

__all__ = ["clear_calibration_cache", "read_calibration"]

_CACHE = _common.FileCache[Calibration](maxsize=16)


#: Forget every cached calibration. ``clear_calibration_cache()``.
clear_calibration_cache = _CACHE.clear


def read_calibration(path: str | os.PathLike[str], dataset: Dataset | str | None = None) -> Calibration:
    """Read one flatfield or Rayleighs calibration file.

    Args:
        path: the ``.sav`` file; its name must keep the form it was downloaded with.
        dataset: the Dataset (or its name) the file belongs to, stored on the result.

    Returns:
        A :class:`Calibration` with ``flat_field_multiplier`` (native float, read-only, flipped
        like the frames) or ``rayleighs_perdn_persecond`` (a numpy float scalar as stored).

    Raises:
        ReadError: missing/unreadable file, not an IDL save file, a name that does not parse, or
            no calibration value inside.

    Example:
        >>> cal = read_calibration("REGO_Rayleighs_15649_20211019-+_v02.sav")  # doctest: +SKIP
        >>> float(cal.rayleighs_perdn_persecond)                                # doctest: +SKIP
        10.137431837782506

    """
    given = os.fspath(path)
    if isinstance(dataset, str):
        dataset = Dataset(name=dataset)
    cached = _CACHE.read(given, "calibration", _decode_calibration)
    if cached.filename != given or cached.dataset is not dataset:
        return dataclasses.replace(cached, filename=given, dataset=dataset)
    return cached


def _decode_calibration(filename: str) -> Calibration:
    basename = os.path.basename(filename)
    fields = basename.split("_")
    try:
        if len(fields) < 5:
            raise ValueError("too few '_' fields")
        start, stop = _common.valid_interval_from_name(basename)
    except ValueError as err:
        raise ReadError(
            f"Could not read calibration file '{filename}': its name does not follow "
            "'<PROJECT>_<Rayleighs|flatfield>_<detector>_<YYYYMMDD>-<YYYYMMDD|+>_<version>.sav' "
            f"({err}). Keep the name the file was downloaded with."
        ) from None
    # Field 1 is the kind for REGO_..., but TREX_NIR_... / TREX_BLUE_... shift it by one; the kind
    # is the field just before the detector, which is the field before the validity.
    kind = fields[1].lower()
    detector_uid = fields[2]
    if kind not in ("flatfield", "rayleighs"):
        for i in range(1, len(fields) - 2):
            if fields[i].lower() in ("flatfield", "rayleighs"):
                kind, detector_uid = fields[i].lower(), fields[i + 1]
                with contextlib.suppress(ValueError):
                    start, stop = _common.valid_interval_from_name("_".join(fields[i - 1:]))
                break

    contents = _common.load_sav(filename, "calibration")
    flat_field = None
    rayleighs = None
    try:
        if kind == "flatfield":
            value = _find(contents, "flat_field_multiplier")
            if value is not None:
                value = np.asarray(value)
                if value.ndim != 2 or value.dtype.kind not in "iuf":  # reliability fix: numbers only
                    raise ReadError(
                        f"Could not read calibration file '{filename}': the flatfield has shape "
                        f"{value.shape} ({value.dtype}), expected 2 dimensions of numbers. {REDOWNLOAD_HINT}"
                    )
                flat_field = native(value, 0, 1) if "REGO" in basename else native(value, 0)
        elif kind == "rayleighs":
            value = _find(contents, "rper_dnpersecond")
            if value is not None:
                arr = np.asarray(value)
                # Reliability fix (tests/reliability/test_bad_files.py): a string or a structure
                # here used to come back as the "value" (b'abc', a record); refuse it instead.
                if arr.dtype.kind not in "iuf" or arr.size == 0:
                    raise ReadError(
                        f"Could not read calibration file '{filename}': the Rayleighs value is not a number "
                        f"(IDL type {arr.dtype}, {arr.size} element(s)). {REDOWNLOAD_HINT}"
                    )
                rayleighs = arr.reshape(-1)[0]
                if isinstance(rayleighs, np.generic) and rayleighs.dtype.byteorder not in "=|":
                    rayleighs = rayleighs.astype(rayleighs.dtype.newbyteorder("="))
        else:
            raise ReadError(
                f"Could not read calibration file '{filename}': field 2 of the name should be "
                f"'flatfield' or 'Rayleighs', not {fields[1]!r}. Keep the name the file was downloaded with."
            )
    except ReadError:
        raise
    except Exception as err:
        raise ReadError(
            f"Could not read calibration file '{filename}': unexpected content "
            f"({type(err).__name__}: {err}). {REDOWNLOAD_HINT}"
        ) from None
    if flat_field is None and rayleighs is None:
        wanted = "flat_field_multiplier" if kind == "flatfield" else "rper_dnpersecond"
        raise ReadError(
            f"Could not read calibration file '{filename}': no '{wanted}...' variable inside "
            f"(found: {', '.join(sorted(contents)) or 'nothing'}). {REDOWNLOAD_HINT}"
        )

    def text(name: str) -> str | None:
        return decode(contents[name]) if name in contents else None

    info = CalibrationGenerationInfo(
        valid_interval_start=start,
        valid_interval_stop=stop,
        author=text("author"),
        input_data_dir=text("input_data_dir"),
        skymap_filename=text("skymap_filename"),
    )
    return Calibration(
        filename=filename,
        detector_uid=detector_uid,
        version=_common.version_from_name(basename),
        generation_info=info,
        rayleighs_perdn_persecond=rayleighs,
        flat_field_multiplier=flat_field,
    )


def _find(contents: dict[str, Any], substring: str) -> Any | None:
    for key, value in contents.items():
        if substring in key:
            return value
    return None
