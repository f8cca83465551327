"""Skymap arrays -> compact binary payloads for :class:`~aurora_widgets.widgets.SkymapBrowser`.

Everything here is pure numpy and has no widget code, so it is easy to test:

* :func:`pixel_centres` - latitude/longitude at pixel centres (mean of the 4 corners, longitude
  averaged without a 0/360 seam).
* :func:`skymap_panels` - elevation, azimuth, latitude, longitude as one-byte panels
  (:func:`~aurora_widgets.widgets._serialize.quantize`), deflate-compressed when that helps;
  built from :func:`angle_panels` (elevation, azimuth: the same at every altitude, so a widget
  can cache them per skymap) and :func:`position_panels` (latitude, longitude at one altitude).
* :func:`difference_panels` - the same four quantities, skymap A minus skymap B, with a symmetric
  range for a diverging colormap and the max |Δ| of each.
* :func:`map_grid` - the pixel-corner latitude/longitude grid, subsampled to at most ~129x129
  corners, as float32 bytes (the browser projects and rasterises it).
* :func:`frames_payload` - every frame of a minute as one byte per pixel, in one buffer.
* :func:`unpack` - undo :func:`pack` (tests, hover checks).

Example:
    >>> import numpy as np
    >>> panel = pack(quantize(np.zeros((4, 4)) + 3.0))
    >>> panel["nbytes"], unpack(panel)["shape"]
    (16, [4, 4])

"""

from __future__ import annotations

import hashlib
import zlib
from typing import Any

import numpy as np

from ..data.geometry import LATITUDE_UNIT, LONGITUDE_UNIT, wrap180
from ._arrays import array_to_json
from ._serialize import quantize

__all__ = [
    "angle_panels",
    "difference_panels",
    "frames_payload",
    "map_grid",
    "pack",
    "pixel_centres",
    "position_panels",
    "skymap_panels",
    "unpack",
]

#: The four panel names, in display order, with their units.
#: Latitude/longitude in the one convention of data/geometry.py (signed, longitude in [-180, 180)).
PANEL_UNITS = {"elevation": "°", "azimuth": "°", "latitude": LATITUDE_UNIT, "longitude": LONGITUDE_UNIT}


def pack(panel: dict[str, Any], *, compress: bool = True, level: int = 6) -> dict[str, Any]:
    """Deflate (zlib) a panel's bytes when that saves at least 10 %; record the raw size.

    The browser inflates ``encoding == "deflate"`` buffers with the built-in
    ``DecompressionStream("deflate")`` (no library, no network). ``digest`` is a short hash of the
    bytes on the wire, so the browser can reuse what it already inflated for the same content
    (re-selecting a skymap costs no inflate).

    Example:
        >>> p = pack({"data": memoryview(bytes(1000)), "shape": [10, 100]})
        >>> p["encoding"], p["nbytes"], len(p["data"]) < 100, len(p["digest"])
        ('deflate', 1000, True, 20)

    """
    raw = bytes(panel["data"])
    out = dict(panel)
    out["nbytes"] = len(raw)
    out["encoding"] = "raw"
    wire = raw
    if compress:
        packed = zlib.compress(raw, level)
        if len(packed) < 0.9 * len(raw):
            wire = packed
            out["encoding"] = "deflate"
    out["data"] = memoryview(wire)
    out["digest"] = hashlib.blake2b(wire, digest_size=10).hexdigest()
    return out


def unpack(panel: dict[str, Any]) -> dict[str, Any]:
    r"""Return a copy of a packed panel whose ``data`` is the raw one-byte codes.

    Example:
        >>> p = pack({"data": memoryview(bytes(range(4)) * 50), "shape": [10, 20]})
        >>> bytes(unpack(p)["data"])[:4]
        b'\x00\x01\x02\x03'

    """
    data = bytes(panel["data"])
    if panel.get("encoding") == "deflate":
        data = zlib.decompress(data)
    out = dict(panel)
    out["data"] = memoryview(data)
    out["encoding"] = "raw"
    return out


def pixel_centres(lat_corners: np.ndarray, lon_corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Latitude/longitude of pixel centres: the mean of each pixel's 4 corners.

    Longitudes are averaged relative to one corner so pixels straddling 0/360 come out right;
    the result is in 0..360 like the skymap. NaN where any corner is NaN.

    Example:
        >>> lat = np.array([[0.0, 0.0], [2.0, 2.0]])
        >>> lon = np.array([[359.0, 1.0], [359.0, 1.0]])
        >>> [float(a[0, 0]) for a in pixel_centres(lat, lon)]
        [1.0, 0.0]

    """
    lat = np.asarray(lat_corners, dtype=np.float64)
    lon = np.asarray(lon_corners, dtype=np.float64)
    # Same arithmetic (and so the same bits) as the plain expressions, with fewer temporaries.
    lat_c = lat[:-1, :-1] + lat[1:, :-1]
    lat_c += lat[:-1, 1:]
    lat_c += lat[1:, 1:]
    lat_c /= 4.0
    ref = lon[:-1, :-1]
    total = np.zeros_like(ref)
    part = np.empty_like(ref)
    for other in (lon[1:, :-1], lon[:-1, 1:], lon[1:, 1:]):  # ref - ref adds nothing
        np.subtract(other, ref, out=part)
        part += 180.0
        np.remainder(part, 360.0, out=part)
        part -= 180.0
        total += part
    total /= 4.0
    total += ref
    np.remainder(total, 360.0, out=total)
    return lat_c.astype(np.float32), total.astype(np.float32)


def _panel(values: np.ndarray, name: str, **kw: Any) -> dict[str, Any]:
    return pack(quantize(values, label=name, units=PANEL_UNITS[name], **kw))


def angle_panels(elevation: np.ndarray, azimuth: np.ndarray | None) -> dict[str, dict[str, Any]]:
    """Make the elevation and azimuth panels: the same at every altitude (cache them per skymap).

    Elevation keeps its own finite range; azimuth is fixed to 0..360 so codes are comparable
    between skymaps (all NaN when the skymap has no azimuth).

    Example:
        >>> el = np.array([[10.0, 20.0], [30.0, 40.0]])
        >>> sorted(angle_panels(el, None))
        ['azimuth', 'elevation']

    """
    el = np.asarray(elevation, dtype=np.float32)
    az = np.full(el.shape, np.nan, np.float32) if azimuth is None else np.asarray(azimuth, np.float32)
    return {"elevation": _panel(el, "elevation"), "azimuth": _panel(az, "azimuth", vmin=0.0, vmax=360.0)}


def _range_above(values: np.ndarray, elevation: np.ndarray | None, min_elevation: float | None) -> dict[str, float]:
    """Return ``{vmin, vmax}`` of the finite ``values`` at pixels at or above ``min_elevation`` ({} = all)."""
    if elevation is None or min_elevation is None:
        return {}
    with np.errstate(invalid="ignore"):
        seen = np.isfinite(values) & (np.asarray(elevation, dtype=np.float64) >= float(min_elevation))
    if not seen.any():
        return {}
    return {"vmin": float(np.min(values[seen])), "vmax": float(np.max(values[seen]))}


def position_panels(
    lat_centres: np.ndarray,
    lon_centres: np.ndarray,
    *,
    elevation: np.ndarray | None = None,
    min_elevation: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Make the latitude and longitude panels from pixel-centre positions at one altitude.

    With ``elevation`` and ``min_elevation``, the colour range of each is that of the pixels at or
    above the minimum elevation (the ones the browser shows), so the gradient across the sky is
    visible instead of being squeezed by the horizon's far-away pixels; the others clip to its ends.
    Else both use their finite range (see :func:`pixel_centres` for the centres). Longitudes are
    shown in the one convention of :mod:`aurora_widgets.data.geometry` (degrees east in
    [-180, 180)), as the header and the readouts write them, not the skymap's 0..360.

    Example:
        >>> lat, lon = pixel_centres(np.full((3, 3), 56.0), np.full((3, 3), 265.0))
        >>> position_panels(lat, lon)["longitude"]["vmin"]
        -95.0

    """
    lon_centres = wrap180(lon_centres)
    return {
        "latitude": _panel(lat_centres, "latitude", **_range_above(lat_centres, elevation, min_elevation)),
        "longitude": _panel(lon_centres, "longitude", **_range_above(lon_centres, elevation, min_elevation)),
    }


def skymap_panels(
    elevation: np.ndarray,
    azimuth: np.ndarray | None,
    lat_corners: np.ndarray,
    lon_corners: np.ndarray,
    *,
    centres: tuple[np.ndarray, np.ndarray] | None = None,
    angles: dict[str, dict[str, Any]] | None = None,
    min_elevation: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Make the four panels of a skymap at one altitude (lat/lon at pixel centres).

    ``min_elevation`` gives latitude and longitude the colour range of the pixels above it.

    Elevation keeps its own finite range, azimuth is fixed to 0..360 so codes are comparable
    between skymaps, latitude/longitude use their finite range at this altitude. ``centres``
    (from :func:`pixel_centres` of these corners) and ``angles`` (from :func:`angle_panels` of
    this skymap) skip work a caller has already done.

    Example:
        >>> el = np.array([[10.0, 20.0], [30.0, 40.0]])
        >>> lat = np.full((3, 3), 56.0); lon = np.full((3, 3), 265.0)
        >>> sorted(skymap_panels(el, el, lat, lon))
        ['azimuth', 'elevation', 'latitude', 'longitude']

    """
    lat_c, lon_c = centres if centres is not None else pixel_centres(lat_corners, lon_corners)
    first = angles if angles is not None else angle_panels(elevation, azimuth)
    positions = position_panels(lat_c, lon_c, elevation=elevation, min_elevation=min_elevation)
    return {
        "elevation": first["elevation"],
        "azimuth": first["azimuth"],
        "latitude": positions["latitude"],
        "longitude": positions["longitude"],
    }


def _diff_panel(delta: np.ndarray, name: str) -> tuple[dict[str, Any], float]:
    finite = np.isfinite(delta)
    biggest = float(np.max(np.abs(delta[finite]))) if finite.any() else 0.0
    span = biggest if biggest > 0 else 1e-6
    panel = pack(quantize(delta, vmin=-span, vmax=span, label=f"Δ {name}", units="deg"))
    return panel, biggest


#: Azimuth differences are not shown above this elevation (degrees): near the zenith azimuth is
#: undefined, and a tiny shift of the optical axis turns into any azimuth difference.
AZIMUTH_ZENITH_MASK_DEG = 85.0


def _azimuth_delta(az_a: np.ndarray, az_b: np.ndarray, el_a: np.ndarray, el_b: np.ndarray) -> np.ndarray:
    """Return A − B azimuth on the circle (in [-180, 180)), NaN near the zenith of either skymap.

    Example:
        >>> el = np.array([[10.0, 89.0]])
        >>> _azimuth_delta(np.array([[359.0, 10.0]]), np.array([[1.0, 200.0]]), el, el).tolist()
        [[-2.0, nan]]

    """
    delta = wrap180(np.asarray(az_a, np.float64) - np.asarray(az_b, np.float64))
    with np.errstate(invalid="ignore"):
        near = (np.asarray(el_a, np.float64) > AZIMUTH_ZENITH_MASK_DEG) | (
            np.asarray(el_b, np.float64) > AZIMUTH_ZENITH_MASK_DEG)
    return np.where(near, np.nan, delta)


def difference_panels(
    a: tuple[np.ndarray, np.ndarray | None, np.ndarray, np.ndarray],
    b: tuple[np.ndarray, np.ndarray | None, np.ndarray, np.ndarray],
) -> tuple[dict[str, dict[str, Any]], dict[str, float]]:
    """Panels of A − B for elevation, azimuth, latitude, longitude, and max |Δ| of each (degrees).

    ``a`` and ``b`` are ``(elevation, azimuth, lat_corners, lon_corners)`` at the same altitude.
    Azimuth and longitude differences are taken on the circle ([-180, 180)); azimuth is masked
    above ``AZIMUTH_ZENITH_MASK_DEG`` of elevation. Shapes must match.

    Example:
        >>> el = np.array([[10.0, 20.0], [30.0, 40.0]])
        >>> lat = np.full((3, 3), 56.0); lon = np.full((3, 3), 265.0)
        >>> panels, stats = difference_panels((el + 1, el, lat, lon), (el, el, lat, lon))
        >>> stats["elevation"], stats["latitude"]
        (1.0, 0.0)

    """
    el_a, az_a, lat_a, lon_a = a
    el_b, az_b, lat_b, lon_b = b
    if np.shape(el_a) != np.shape(el_b):
        raise ValueError(f"cannot compare skymaps of different sizes: {np.shape(el_a)} vs {np.shape(el_b)}")
    clat_a, clon_a = pixel_centres(lat_a, lon_a)
    clat_b, clon_b = pixel_centres(lat_b, lon_b)
    nan = np.full(np.shape(el_a), np.nan)
    deltas = {
        "elevation": np.asarray(el_a, np.float64) - np.asarray(el_b, np.float64),
        "azimuth": nan if az_a is None or az_b is None else _azimuth_delta(az_a, az_b, el_a, el_b),
        "latitude": clat_a.astype(np.float64) - clat_b,
        "longitude": wrap180(clon_a.astype(np.float64) - clon_b),
    }
    panels: dict[str, dict[str, Any]] = {}
    stats: dict[str, float] = {}
    for name, delta in deltas.items():
        panels[name], stats[name] = _diff_panel(delta, name)
    return panels, stats


def map_grid(
    lat_corners: np.ndarray,
    lon_corners: np.ndarray,
    altitude_km: float,
    *,
    max_side: int = 129,
    elevation: np.ndarray | None = None,
    fit_elevation: float = 8.0,
    centres: tuple[np.ndarray, np.ndarray] | None = None,
) -> dict[str, Any]:
    """Subsample the corner grid to at most ``max_side`` corners a side, as float32 arrays on the wire.

    ``lat``/``lon`` are (gh, gw) float32 arrays as ``{view, dtype, shape}`` (``array_to_json``), NaN below
    the horizon, longitudes in
    [-180, 180). Corner ``(i, j)`` of the grid is corner ``(i*step, j*step)`` of the skymap; the
    last row/column is always included so the grid spans the whole image. With ``elevation``,
    ``fit`` holds up to 90 [lon, lat] pixel centres near ``fit_elevation`` degrees (the usable
    field of view) for the browser to fit its map to; ``centres`` (from :func:`pixel_centres`
    of these corners) saves computing them again.

    Example:
        >>> lat = np.zeros((257, 257)); lon = np.full((257, 257), 265.0)
        >>> g = map_grid(lat, lon, 110.0)
        >>> from aurora_widgets.widgets._arrays import array_from_json
        >>> g["shape"], g["step"], g["lon"]["dtype"], float(array_from_json(g["lon"], None)[0, 0])
        ([129, 129], 2, 'float32', -95.0)

    """
    lat = np.asarray(lat_corners, dtype=np.float32)
    lon = np.asarray(lon_corners, dtype=np.float32)
    h1, w1 = lat.shape
    step = max(1, int(np.ceil((max(h1, w1) - 1) / (max_side - 1))))
    rows = np.arange(0, h1, step)
    cols = np.arange(0, w1, step)
    if rows[-1] != h1 - 1:
        rows = np.append(rows, h1 - 1)
    if cols[-1] != w1 - 1:
        cols = np.append(cols, w1 - 1)
    sub_lat = np.ascontiguousarray(lat[np.ix_(rows, cols)], dtype=np.float32)
    sub_lon = np.ascontiguousarray(wrap180(lon[np.ix_(rows, cols)]), dtype=np.float32)
    fit: list[list[float]] = []
    if elevation is not None:
        el = np.asarray(elevation, dtype=np.float64)
        lat_c, lon_c = centres if centres is not None else pixel_centres(lat, lon)
        near = np.isfinite(lat_c) & (el >= fit_elevation) & (el < fit_elevation + 3.0)
        rr, cc = np.nonzero(near)
        if len(rr):
            pick = np.linspace(0, len(rr) - 1, min(90, len(rr))).astype(int)
            rr, cc = rr[pick], cc[pick]
            fit_lon = wrap180(lon_c[rr, cc])
            fit_lat = lat_c[rr, cc].astype(np.float64)
            fit = np.stack([fit_lon, fit_lat], axis=1).tolist()
    return {
        "fit": fit,
        "lat": array_to_json(sub_lat, None),
        "lon": array_to_json(sub_lon, None),
        "shape": [len(rows), len(cols)],
        "rows": [int(r) for r in rows],
        "cols": [int(c) for c in cols],
        "step": int(step),
        "image_shape": [int(h1 - 1), int(w1 - 1)],
        "altitude_km": float(altitude_km),
    }


def frames_payload(
    frames: np.ndarray, timestamps: list[str], *, low_pct: float = 0.1, high_pct: float = 99.9
) -> dict[str, Any]:
    """Every frame of (H, W, N) as one byte per pixel in one buffer, frame after frame.

    Codes cover the ``low_pct``..``high_pct`` percentiles of the whole minute (outliers clip), so
    the browser can set contrast per frame from a code histogram without another round trip.

    Example:
        >>> f = np.arange(2 * 3 * 4, dtype=np.uint16).reshape(2, 3, 4)
        >>> p = frames_payload(f, ["a", "b", "c", "d"])
        >>> p["shape"], p["nbytes"]
        ([4, 2, 3], 24)

    """
    arr = np.asarray(frames)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    h, w, n = arr.shape
    stack = np.moveaxis(arr, 2, 0).astype(np.float32)
    finite = stack[np.isfinite(stack)]
    lo, hi = (np.percentile(finite, [low_pct, high_pct]) if finite.size else (0.0, 1.0))
    panel = quantize(stack.reshape(n * h, w), vmin=float(lo), vmax=float(max(hi, lo + 1)), label="counts")
    panel = pack(panel)
    panel["shape"] = [int(n), int(h), int(w)]
    panel["timestamps"] = list(timestamps)
    return panel
