"""Skymap at any altitude: ``skymap_at_altitude(skymap, 130)`` vs pyaurorax ``prep_skymaps([skymap], 130)``.

pyaurorax's function is ``tools.mosaic.prep_skymaps``.

Both interpolate the stored 90/110/150 km corner grids linearly in altitude; pyaurorax does it
with one ``scipy.interpolate.interp1d`` per pixel corner in Python loops. Input: the real gako
THEMIS skymap (256x256), each side reading it with its own reader. ``skymap_at_altitude`` keeps
its last results in a small in-memory cache; the compared row clears it before every sample
(computation, "cold"), and a second row shows the cached call. The largest difference is taken
over every pixel corner pyaurorax fills (its polygons (5, H*W): corners (i,j), (i,j+1),
(i+1,j+1), (i+1,j)), longitudes compared modulo 360. Quick mode uses a 24x24 crop of the skymap.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from ._common import SKYMAP_GAKO, Context, Row, Stat, measure, need, once, quiet, target_ratio

NAME = "altitude"
TITLE = "Skymap at any altitude (>= 1000x pyaurorax prep_skymaps, diff < 0.01 deg)"
NOTES = __doc__

ALTITUDE_KM = 130


def crop(skymap: Any, r0: int, r1: int, c0: int, c1: int) -> Any:
    """The same skymap restricted to pixel rows r0:r1, columns c0:c1 (corners r0:r1+1)."""
    return dataclasses.replace(
        skymap,
        full_elevation=np.asarray(skymap.full_elevation)[r0:r1, c0:c1],
        full_azimuth=np.asarray(skymap.full_azimuth)[r0:r1, c0:c1],
        full_map_latitude=np.asarray(skymap.full_map_latitude)[:, r0:r1 + 1, c0:c1 + 1],
        full_map_longitude=np.asarray(skymap.full_map_longitude)[:, r0:r1 + 1, c0:c1 + 1],
    )


def max_difference(lat: np.ndarray, lon: np.ndarray, mosaic: Any,
                   shape: tuple[int, int]) -> tuple[float, int]:
    """Largest |ours - pyaurorax| (deg) over the corners of every pixel pyaurorax filled."""
    h, w = shape
    plat = np.asarray(mosaic.polyfill_lat[0]).reshape(5, h, w)
    plon = np.asarray(mosaic.polyfill_lon[0]).reshape(5, h, w)
    filled = np.any(plat != 0, axis=0) | np.any(plon != 0, axis=0)
    ii, jj = np.nonzero(filled)
    worst = 0.0
    for k, (di, dj) in enumerate(((0, 0), (0, 1), (1, 1), (1, 0))):
        a_lat, a_lon = lat[ii + di, jj + dj], lon[ii + di, jj + dj]
        b_lat, b_lon = plat[k, ii, jj], plon[k, ii, jj]
        dlat = np.abs(a_lat - b_lat)
        dlon = np.abs((a_lon - b_lon + 180.0) % 360.0 - 180.0)
        both = np.concatenate([dlat, dlon])
        if np.isnan(both).any():
            return float("nan"), int(ii.size)
        worst = max(worst, float(both.max(initial=0.0)))
    return worst, int(ii.size)


def run(ctx: Context) -> list[Row]:
    ctx.require_real_files()
    alt_mod = need("aurora_widgets.data.altitude", "skymap_at_altitude")
    reader = need("aurora_widgets.data.readers", "read_skymap")
    srs = ctx.srs()
    pax = ctx.pax()
    with quiet():
        ours_sm = reader.read_skymap(str(SKYMAP_GAKO))
        anchor_sm = srs.data.readers.read_skymap(str(SKYMAP_GAKO)).data[0]
    if ctx.quick:
        ours_sm = crop(ours_sm, 116, 140, 116, 140)
        anchor_sm = crop(anchor_sm, 116, 140, 116, 140)
    shape = tuple(np.asarray(ours_sm.full_elevation).shape)
    label = f"gako {shape[0]}x{shape[1]}{' (crop)' if ctx.quick else ''} at {ALTITUDE_KM} km"

    def ours() -> Any:
        return alt_mod.skymap_at_altitude(ours_sm, ALTITUDE_KM)

    def anchor() -> Any:
        with quiet():
            return pax.tools.mosaic.prep_skymaps([anchor_sm], ALTITUDE_KM, progress_bar_disable=True)

    def clear() -> None:
        cache = getattr(alt_mod, "_CACHE", None)
        clear_fn = getattr(alt_mod.skymap_at_altitude, "cache_clear", None)
        if clear_fn is not None:
            clear_fn()
        elif cache is not None:
            cache.clear()

    clear()
    lat, lon = ours()
    # pyaurorax: one timed run per sample; it is slow (about 13 s for 256x256 here), so few samples
    a_rep = ctx.repeat(3, 1)
    samples, mosaic = [], None
    for _ in range(a_rep):
        t, mosaic = once(anchor)
        samples.append(t)
    t_anchor = Stat.of(samples)
    diff, n_pix = max_difference(np.asarray(lat), np.asarray(lon), mosaic, shape)
    equal = bool(diff < 0.01)
    check = f"max abs diff {diff:.2g}° over {n_pix} pixels"
    rep = ctx.repeat(15, 3)
    t_cold = measure(ours, repeat=rep, setup=clear, number=1)
    ours()
    t_warm = measure(ours, repeat=rep)
    cold = Row(NAME, f"{label}: computed (cache cleared)", "s", t_cold, t_anchor, "pyaurorax prep_skymaps",
               target=">= 1000x, diff < 0.01°", equal=equal, check=check)
    target_ratio(cold, 1000.0)
    cold.met = bool(cold.met and equal)
    if cold.met is False:
        cold.note = ("the interpolation is one vectorised lerp of two (H+1, W+1) grids; the time left is "
                     "the float32->float64 casts and the longitude unwrap. " if equal else
                     f"the corner grids differ from pyaurorax's by {diff:.3g}°. ")
    warm = Row(NAME, f"{label}: cached call", "s", t_warm, t_anchor, "pyaurorax prep_skymaps",
               equal=equal, check=check,
               note="the result of the same skymap object and altitude is cached (read-only arrays)")
    return [cold, warm]
