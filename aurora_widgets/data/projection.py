"""Place frame pixels on the map: each pixel becomes a latitude/longitude quad at an altitude.

``project(frames, skymap, altitude_km, min_elevation)`` keeps the pixels above the minimum
elevation whose four corners are known and returns their corner quads (the same polygons as
pyaurorax's ``tools.mosaic.prep_skymaps``: corners (i, j), (i, j+1), (i+1, j+1), (i+1, j), with
longitudes in [-180, 180]) and their values. ``mosaic(projections)`` merges several sites,
ordered so that drawing the quads in order leaves the pixel nearest its zenith on top (what
pyaurorax's ``create`` does by drawing in rising elevation).

The geometry for a (skymap, altitude, min_elevation) is computed once and cached, so projecting
frame after frame only gathers values.

Example:
    >>> p = project(data.data, skymap, altitude_km=110, min_elevation=10)   # doctest: +SKIP
    >>> p.lat.shape, p.values.shape                                        # doctest: +SKIP
    ((4, 38211), (38211, 20))

"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .altitude import _check_altitude, skymap_at_altitude
from .errors import InputError

__all__ = ["Projection", "mosaic", "project"]


@dataclass
class Projection:
    """Frame pixels as quads on the map.

    Attributes:
        lat: (4, K) corner latitudes of the K kept pixels (degrees).
        lon: (4, K) corner longitudes, in [-180, 180].
        values: (K,) for one frame, (K, N) for N frames, or None (geometry only).
        pixel_index: (K,) flat index ``row * W + col`` of each kept pixel in the (H, W) frame.
        elevation: (K,) elevation angle of each kept pixel (degrees).
        mask: (H, W) True where a pixel was kept.
        altitude_km: the altitude of the quads.
        min_elevation: pixels at or below this elevation were dropped.
        source: (K,) index of the projection each quad came from (set by :func:`mosaic`), else None.
        site_uid: the skymap's site (a list of sites for a mosaic).

    """

    lat: np.ndarray
    lon: np.ndarray
    values: np.ndarray | None
    pixel_index: np.ndarray
    elevation: np.ndarray
    mask: np.ndarray | None
    altitude_km: float
    min_elevation: float
    source: np.ndarray | None = None
    site_uid: Any = None

    @property
    def count(self) -> int:
        """Number of quads (kept pixels)."""
        return int(self.pixel_index.size)

    def __repr__(self) -> str:
        vals = None if self.values is None else self.values.shape
        return (f"Projection(site_uid={self.site_uid!r}, quads={self.count}, values={vals}, "
                f"altitude_km={self.altitude_km:g}, min_elevation={self.min_elevation:g})")


@dataclass
class _Geometry:
    lat: np.ndarray
    lon: np.ndarray
    pixel_index: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    elevation: np.ndarray
    mask: np.ndarray


_CACHE: OrderedDict[tuple[int, float, float], tuple[Any, _Geometry]] = OrderedDict()
_CACHE_SIZE = 16
_LOCK = threading.Lock()


def _geometry(skymap: Any, altitude_km: float, min_elevation: float) -> _Geometry:
    key = (id(skymap), altitude_km, min_elevation)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0]() is skymap:
            _CACHE.move_to_end(key)
            return hit[1]
    elevation = np.asarray(skymap.full_elevation, dtype=np.float64)
    lat_c, lon_c = skymap_at_altitude(skymap, altitude_km)
    height, width = elevation.shape
    if lat_c.shape != (height + 1, width + 1):
        raise InputError(
            f"The skymap's corner grids are {lat_c.shape} but its elevation is {elevation.shape}; "
            "expected (H+1, W+1) corners for (H, W) pixels."
        )
    quads_lat = np.stack((lat_c[:-1, :-1], lat_c[:-1, 1:], lat_c[1:, 1:], lat_c[1:, :-1]))
    quads_lon = np.stack((lon_c[:-1, :-1], lon_c[:-1, 1:], lon_c[1:, 1:], lon_c[1:, :-1]))
    with np.errstate(invalid="ignore"):
        mask = (elevation > min_elevation) & np.isfinite(elevation)
    mask &= np.isfinite(quads_lat).all(axis=0) & np.isfinite(quads_lon).all(axis=0)
    rows, cols = np.nonzero(mask)
    geom = _Geometry(
        lat=quads_lat[:, rows, cols],
        lon=quads_lon[:, rows, cols],
        pixel_index=rows * width + cols,
        rows=rows,
        cols=cols,
        elevation=elevation[rows, cols],
        mask=mask,
    )
    for arr in (geom.lat, geom.lon, geom.pixel_index, geom.rows, geom.cols, geom.elevation, geom.mask):
        arr.flags.writeable = False
    try:
        ref: Any = weakref.ref(skymap)
    except TypeError:
        ref = (lambda obj: (lambda: obj))(skymap)
    with _LOCK:
        _CACHE[key] = (ref, geom)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return geom


def project(
    frames: np.ndarray | None,
    skymap: Any,
    altitude_km: float = 110,
    min_elevation: float = 10,
) -> Projection:
    """Map each pixel of ``frames`` to its latitude/longitude quad through ``skymap``.

    Args:
        frames: (H, W) or (H, W, N) frames oriented as read (raw or calibrated), or None for
            geometry only. H, W must equal the skymap's ``full_elevation`` shape.
        skymap: the imager's :class:`~aurora_widgets.data.models.Skymap`.
        altitude_km: emission altitude, 80-250 km (see :func:`skymap_at_altitude`).
        min_elevation: drop pixels at or below this elevation (degrees), as pyaurorax's mosaic.

    Returns:
        A :class:`Projection`. Its geometry arrays are shared between calls (read-only);
        ``values`` is a new array.

    Raises:
        InputError: frames of another size than the skymap, or a bad altitude.

    Example:
        >>> p = project(None, skymap, altitude_km=150, min_elevation=5)   # doctest: +SKIP
        >>> p.values is None, p.lat.shape[0]                              # doctest: +SKIP
        (True, 4)

    """
    alt = _check_altitude(altitude_km)
    try:
        min_el = float(min_elevation)
    except (TypeError, ValueError):
        raise InputError(f"min_elevation must be a number of degrees, not {min_elevation!r}.") from None
    if not hasattr(skymap, "full_elevation"):
        raise InputError(f"project needs a Skymap, not {type(skymap).__name__}.")
    shape = np.shape(skymap.full_elevation)
    values = None
    geom = None
    if frames is not None:
        arr = np.asarray(frames)
        if arr.ndim not in (2, 3) or arr.shape[:2] != shape:
            raise InputError(
                f"frames of shape {arr.shape} do not fit the skymap's {shape} pixels: use the skymap of "
                "the same imager (site and instrument) as the frames."
            )
        geom = _geometry(skymap, alt, min_el)
        values = arr[geom.rows, geom.cols]
    if geom is None:
        geom = _geometry(skymap, alt, min_el)
    return Projection(
        lat=geom.lat,
        lon=geom.lon,
        values=values,
        pixel_index=geom.pixel_index,
        elevation=geom.elevation,
        mask=geom.mask,
        altitude_km=alt,
        min_elevation=min_el,
        site_uid=getattr(skymap, "site_uid", None),
    )


def mosaic(projections: Sequence[Projection]) -> Projection:
    """Merge projections of several imagers into one draw-ordered set of quads.

    Quads are sorted by rising elevation (stable), so drawing them in order puts, wherever
    imagers overlap, the pixel nearest its own zenith on top: nearest-to-zenith wins.

    Args:
        projections: from :func:`project`, all at the same altitude. Their ``values`` must all
            be None, all (K,), or all (K, N) with the same N.

    Returns:
        A Projection with ``source`` (which input each quad came from), ``site_uid`` the list of
        sites, and ``mask`` None. ``pixel_index`` indexes into each source's own frame.

    Raises:
        InputError: no projections, different altitudes, or values that cannot be stacked.

    Example:
        >>> m = mosaic([project(f1, sm1), project(f2, sm2)])   # doctest: +SKIP
        >>> m.source.shape == m.elevation.shape                 # doctest: +SKIP
        True

    """
    items = list(projections)
    if not items:
        raise InputError("mosaic needs at least one Projection.")
    altitudes = {p.altitude_km for p in items}
    if len(altitudes) != 1:
        raise InputError(f"All projections must be at one altitude, not {sorted(altitudes)} km.")
    stacks = [p.values for p in items if p.values is not None]
    if stacks and len(stacks) != len(items):
        raise InputError("Either every projection has values or none has (project(None, ...) gives none).")
    if stacks and len({v.shape[1:] for v in stacks}) != 1:
        raise InputError("Projections hold different numbers of frames; project one frame per site.")
    elevation = np.concatenate([p.elevation for p in items])
    order = np.argsort(elevation, kind="stable")
    source = np.concatenate([np.full(p.count, i, dtype=np.int32) for i, p in enumerate(items)])
    values = np.concatenate(stacks)[order] if stacks else None
    return Projection(
        lat=np.concatenate([p.lat for p in items], axis=1)[:, order],
        lon=np.concatenate([p.lon for p in items], axis=1)[:, order],
        values=values,
        pixel_index=np.concatenate([p.pixel_index for p in items])[order],
        elevation=elevation[order],
        mask=None,
        altitude_km=items[0].altitude_km,
        min_elevation=min(p.min_elevation for p in items),
        source=source[order],
        site_uid=[p.site_uid for p in items],
    )
