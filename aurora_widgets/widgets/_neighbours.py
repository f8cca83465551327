"""Neighbouring sites packed for the SkymapBrowser map: binned one-byte frames and corner grids.

The data part (which sites, loading their minute) is :mod:`aurora_widgets.data.neighbours`; this
module turns a loaded neighbour into the payload the browser draws.

Example:
    >>> from aurora_widgets.data.neighbours import bin_factor
    >>> bin_factor((512, 512))
    2

"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..data.errors import InputError
from ..data.neighbours import MAX_SIDE, NeighbourSite, bin_factor, bin_frames
from ._serialize import quantize
from ._skymap_panels import frames_payload, map_grid, pack

__all__ = ["neighbour_grid", "neighbour_payload"]


def _binned_angles(skymap: Any, factor: int) -> tuple[np.ndarray, np.ndarray | None]:
    """Elevation/azimuth of each binned pixel: the value at the block's centre pixel."""
    el = np.asarray(skymap.full_elevation, dtype=np.float32)
    h, w = el.shape
    hb, wb = h // factor, w // factor
    off = factor // 2
    rows = np.arange(hb) * factor + off
    cols = np.arange(wb) * factor + off
    az = getattr(skymap, "full_azimuth", None)
    return el[np.ix_(rows, cols)], None if az is None else np.asarray(az, np.float32)[np.ix_(rows, cols)]


def neighbour_grid(skymap: Any, altitude_km: float, factor: int) -> dict[str, Any]:
    """Return the corner grid of a neighbour's binned image at ``altitude_km`` (see ``map_grid``).

    Corner (i, j) of binned pixel space is corner (i*factor, j*factor) of the skymap.

    Example:
        >>> g = neighbour_grid(skymap, 110.0, 2)   # doctest: +SKIP
        >>> g["image_shape"]                        # doctest: +SKIP
        [256, 256]

    """
    from ..data.altitude import skymap_at_altitude

    lat, lon = skymap_at_altitude(skymap, float(altitude_km))
    el, _az = _binned_angles(skymap, factor)
    hb, wb = el.shape
    lat_b = np.asarray(lat)[: hb * factor + 1 : factor, : wb * factor + 1 : factor]
    lon_b = np.asarray(lon)[: hb * factor + 1 : factor, : wb * factor + 1 : factor]
    grid = map_grid(lat_b, lon_b, float(altitude_km), elevation=el)
    grid["filename"] = Path(str(skymap.filename)).name
    return grid


def neighbour_payload(
    site: NeighbourSite | dict[str, Any],
    frames: np.ndarray,
    timestamps: Sequence[Any],
    skymap: Any,
    *,
    max_side: int = MAX_SIDE,
) -> dict[str, Any]:
    """One neighbour for the browser: binned one-byte frames, binned elevation/azimuth, site info.

    The frames use the main site's codec (``frames_payload``: one byte per pixel, frame after frame,
    deflated). ``factor`` tells how the frames were binned (the grid from :func:`neighbour_grid`
    must use the same factor). The corner grid is sent apart because it changes with the altitude.

    Example:
        >>> p = neighbour_payload(site, frames, times, skymap)   # doctest: +SKIP
        >>> p["frames"]["shape"], p["factor"]                    # doctest: +SKIP
        ([20, 256, 256], 2)

    """
    if isinstance(site, NeighbourSite):
        info = {"site_uid": site.uid, "full_name": site.full_name, "latitude": site.latitude,
                "longitude": site.longitude, "distance_km": round(site.distance_km, 1)}
    else:
        info = dict(site)
    shape = np.shape(skymap.full_elevation)
    arr = np.asarray(frames)
    if arr.shape[:2] != shape:
        raise InputError(f"{info.get('site_uid')}: frames of shape {arr.shape} do not fit the skymap's {shape}.")
    factor = bin_factor(shape, max_side)
    binned = bin_frames(arr, factor)
    el, az = _binned_angles(skymap, factor)
    stamps = [t.isoformat(timespec="seconds") if hasattr(t, "isoformat") else str(t) for t in timestamps]
    az = np.full(el.shape, np.nan, np.float32) if az is None else az
    return {
        "site": info,
        "filename": Path(str(skymap.filename)).name,
        "factor": int(factor),
        "frames": frames_payload(binned, stamps),
        "elevation": pack(quantize(el, label="elevation", units="deg")),
        "azimuth": pack(quantize(az, vmin=0.0, vmax=360.0, label="azimuth", units="deg")),
    }
