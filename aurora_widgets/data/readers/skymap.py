"""Read UCalgary skymap files (IDL ``.sav``) into :class:`~aurora_widgets.data.models.Skymap`.

The result has the fields, parsing and orientation of pyucalgarysrs 1.28's ``read_skymap``
(every array flipped north/south on its image-row axis, REGO skymaps also east/west, so
``imshow(origin="lower")`` shows north up), with three deliberate differences:

* arrays are **native-endian** (one byte swap here, instead of on every later operation). The
  file is decoded by the built-in IDL SAVE decoder (``_idlsav.py``, scipy's ``readsav`` only for
  files it does not handle), whose arrays are views into the file's bytes: each array is copied
  once, byte-swapped and flipped in the same pass;
* ``generation_info.bytscl_values`` is filled when the file has it (pyucalgarysrs never fills it);
* decoded skymaps are cached in memory (a small LRU keyed by resolved path, mtime and size), so a
  second read of an unchanged file returns the **same object**. Its arrays are shared and
  read-only (``flags.writeable`` is False): copy one (``arr.copy()``) before changing it.

Example:
    >>> from aurora_widgets.data.readers import read_skymap
    >>> sm = read_skymap("themis_skymap_gako_20110305-+_vXX.sav")   # doctest: +SKIP
    >>> sm.full_map_latitude.shape, sm.full_map_latitude.dtype       # doctest: +SKIP
    ((3, 257, 257), dtype('float32'))

"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from typing import Any

import numpy as np

from ..errors import ReadError
from ..models import Skymap, SkymapGenerationInfo
from . import _common  # the .sav helpers: FileCache, load_sav, names
from ._common import REDOWNLOAD_HINT, decode, field, native

__all__ = ["clear_skymap_cache", "read_skymap"]

_CACHE = _common.FileCache[Skymap](maxsize=8)


#: Forget every cached skymap (the next read decodes the file again). ``clear_skymap_cache()``.
clear_skymap_cache = _CACHE.clear


def read_skymap(path: str | os.PathLike[str]) -> Skymap:
    """Read one skymap ``.sav`` file.

    Args:
        path: the file, e.g. ``.../themis_skymap_gill_20210308-+_v02.sav``.

    Returns:
        A :class:`Skymap`; ``filename`` is ``path`` as given (as a string). The object and its
        read-only arrays may be shared with other callers through the cache.

    Raises:
        ReadError: the file is missing, unreadable, not an IDL save file, or has no ``skymap``
            structure; the message names the file and what to do.

    Example:
        >>> sm = read_skymap("/data/themis_skymap_gako_20110305-+_vXX.sav")  # doctest: +SKIP
        >>> sm.site_uid, sm.imager_uid, sm.version, sm.get_precalculated_altitudes()  # doctest: +SKIP
        ('gako', 'themis20', 'vXX', [90.0, 110.0, 150.0])

    """
    given = os.fspath(path)
    cached = _CACHE.read(given, "skymap", _decode_skymap)
    if cached.filename != given:
        # Same file reached through another path string: share the arrays, report this name.
        return dataclasses.replace(cached, filename=given)
    return cached


def _optional_array(value: Any) -> np.ndarray | None:
    """Native read-only array, or None when missing or containing NaN (spectrograph files)."""
    if value is None:
        return None
    arr = np.asarray(value)
    if arr.dtype.kind == "f" and np.isnan(arr).any():
        return None
    return native(arr)


def _optional_float(value: Any) -> float | None:
    if value is None:
        return None
    arr = np.asarray(value, dtype=float)
    if arr.size == 0 or np.isnan(arr).any():
        return None
    return float(arr.reshape(-1)[0])


def _parse_time(text: str, fmt: str) -> _dt.datetime | None:
    try:
        return _dt.datetime.strptime(text.strip(), fmt)
    except ValueError:
        return None


def _valid_interval(filename: str, info: Any) -> tuple[_dt.datetime, _dt.datetime | None]:
    """From the file name (as pyucalgarysrs), else from the structure (``YYYYMMDDHH``)."""
    try:
        return _common.valid_interval_from_name(filename)
    except ValueError:
        pass
    start_text = decode(field(info, "valid_interval_start", required=False) or b"").strip()
    stop_text = decode(field(info, "valid_interval_stop", required=False) or b"").strip()
    try:
        start = _dt.datetime.strptime(start_text[:8], "%Y%m%d")
        stop = None if stop_text in ("+", "") else _dt.datetime.strptime(stop_text[:8], "%Y%m%d")
    except ValueError:
        raise ReadError(
            f"Could not read skymap file '{filename}': its name does not follow "
            "'<project>_skymap_<site>_<YYYYMMDD>-<YYYYMMDD|+>_<version>.sav' and the file holds no "
            "valid interval either. Keep the name the file was downloaded with."
        ) from None
    return start, stop


def _decode_skymap(filename: str) -> Skymap:
    contents = _common.load_sav(filename, "skymap")
    if "skymap" not in contents:
        found = ", ".join(sorted(contents)) or "nothing"
        raise ReadError(
            f"Could not read skymap file '{filename}': it holds no 'skymap' structure (found: {found}). "
            "Is it a calibration or another kind of file? Otherwise: " + REDOWNLOAD_HINT
        )
    try:
        return _build_skymap(filename, contents["skymap"])
    except ReadError:
        raise
    except Exception as err:
        raise ReadError(
            f"Could not read skymap file '{filename}': unexpected content "
            f"({type(err).__name__}: {err}). {REDOWNLOAD_HINT}"
        ) from None


def _build_skymap(filename: str, struct: Any) -> Skymap:
    record = struct[0]
    info = field(record, "generation_info")[0]
    basename = os.path.basename(filename)

    valid_start, valid_stop = _valid_interval(filename, info)
    bytscl = field(info, "bytscl_values", required=False)
    generation_info = SkymapGenerationInfo(
        author=decode(field(info, "author")),
        ccd_center=_optional_array(field(info, "ccd_center", required=False)),
        code_used=decode(field(info, "code_used", required=False) or b""),
        data_loc=decode(field(info, "data_loc", required=False) or b""),
        date_generated=_parse_time(decode(field(info, "date_generated", required=False) or b""),
                                   "%a %b %d %H:%M:%S %Y"),
        date_time_used=_parse_time(decode(field(info, "date_time_used", required=False) or b""),
                                   "%Y%m%d_UT%H"),
        img_flip=_optional_array(field(info, "img_flip", required=False)),
        optical_orientation=_optional_array(field(info, "optical_orientation", required=False)),
        optical_projection=_optional_array(field(info, "optical_projection", required=False)),
        pixel_aspect_ratio=_optional_float(field(info, "pixel_aspect_ratio", required=False)),
        valid_interval_start=valid_start,
        valid_interval_stop=valid_stop,
        bytscl_values=None if bytscl is None else native(bytscl),
    )

    elevation = np.asarray(field(record, "full_elevation"))
    latitude = np.asarray(field(record, "full_map_latitude"))
    longitude = np.asarray(field(record, "full_map_longitude"))
    if "spect_skymap" in basename or (elevation.ndim == 1 and latitude.ndim == 2):
        return _spectrograph_skymap(filename, record, generation_info, elevation, latitude, longitude)
    azimuth = np.asarray(field(record, "full_azimuth"))
    if elevation.ndim != 2 or latitude.ndim != 3 or latitude.shape != longitude.shape:
        raise ReadError(
            f"Could not read skymap file '{filename}': unexpected array shapes (elevation "
            f"{elevation.shape}, latitude {latitude.shape}, longitude {longitude.shape}). {REDOWNLOAD_HINT}"
        )

    # Orientation as pyucalgarysrs (and as the raw frames are flipped when read): N/S for all,
    # and E/W as well for REGO. Image rows are axis 0 of el/az and axis 1 of the corner grids.
    el_axes: tuple[int, ...]
    grid_axes: tuple[int, ...]
    if "rego_skymap" in basename:
        el_axes, grid_axes = (0, 1), (1, 2)
    else:
        el_axes, grid_axes = (0,), (1,)
    full_azimuth = None if "spect_skymap" in basename else native(azimuth, *el_axes)

    return Skymap(
        filename=filename,
        **_identity(record),
        full_elevation=native(elevation, *el_axes),
        full_azimuth=full_azimuth,
        full_map_altitude=native(field(record, "full_map_altitude")),
        full_map_latitude=native(latitude, *grid_axes),
        full_map_longitude=native(longitude, *grid_axes),
        generation_info=generation_info,
        version=_common.version_from_name(filename),
    )


def _identity(record: Any) -> dict[str, Any]:
    """Who and where: project/site/imager uids and the site's map position, as stored."""
    return {
        "project_uid": decode(field(record, "project_uid")),
        "site_uid": decode(field(record, "site_uid")),
        "imager_uid": decode(field(record, "imager_uid")),
        "site_map_latitude": float(field(record, "site_map_latitude")),
        "site_map_longitude": float(field(record, "site_map_longitude")),
        "site_map_altitude": float(field(record, "site_map_altitude")),
    }


def _spectrograph_skymap(
    filename: str,
    record: Any,
    generation_info: SkymapGenerationInfo,
    elevation: np.ndarray,
    latitude: np.ndarray,
    longitude: np.ndarray,
) -> Skymap:
    """Build a TREx spectrograph skymap: 1-D elevation along the slit, no azimuth, (3, N+1) corners.

    Read as pyucalgarysrs does (elevation flipped, corners flipped along the slit, azimuth None,
    the site longitude as stored, -180..180). Such a skymap has no image to preview or map:
    :func:`~aurora_widgets.data.project` and the widgets refuse it with their own message.
    """
    if elevation.ndim != 1 or latitude.ndim != 2 or latitude.shape != longitude.shape:
        raise ReadError(
            f"Could not read spectrograph skymap '{filename}': expected a 1-D elevation and (altitudes, N+1) "
            f"corner grids, found elevation {elevation.shape}, latitude {latitude.shape}, longitude "
            f"{longitude.shape}. {REDOWNLOAD_HINT}"
        )
    return Skymap(
        filename=filename,
        **_identity(record),
        full_elevation=native(elevation, 0),
        full_azimuth=None,
        full_map_altitude=native(field(record, "full_map_altitude")),
        full_map_latitude=native(latitude, 1),
        full_map_longitude=native(longitude, 1),
        generation_info=generation_info,
        version=_common.version_from_name(filename),
    )
