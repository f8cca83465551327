"""Skymap read, cold and warm: ``aurora_widgets.data.read_skymap`` vs pyucalgarysrs ``read_skymap``.

Cold = our in-memory skymap cache cleared before each read (``clear_skymap_cache()``), so the file
is decoded again; warm = the same file read again (our cache hit). pyucalgarysrs has no cache, so its
cold and warm numbers are the same measurement. Inputs: the real gako THEMIS skymap, plus REGO
(512x512) and TREx NIR/RGB skymaps written by the sample-archive generator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ._common import SKYMAP_GAKO, Context, Row, Skip, measure, need, quiet, skipped_row, target_ratio

NAME = "skymap_read"
TITLE = "Skymap read (cold >= 1x, warm >= 20x pyucalgarysrs)"
NOTES = __doc__

ARRAYS = ("full_elevation", "full_azimuth", "full_map_altitude", "full_map_latitude", "full_map_longitude")
SCALARS = ("project_uid", "site_uid", "imager_uid", "version")


def same_skymap(ours: Any, anchor: Any) -> tuple[bool, str]:
    """Our Skymap equals pyucalgarysrs's: values of every array (any byte order), ids, validity."""
    for name in ARRAYS:
        a, b = getattr(ours, name), getattr(anchor, name)
        if (a is None) != (b is None):
            return False, f"{name}: one is None"
        if a is None:
            continue
        a, b = np.asarray(a), np.asarray(b)
        same = a.shape == b.shape and np.array_equal(a.astype(np.float64), b.astype(np.float64),
                                                     equal_nan=True)
        if not same:
            return False, f"{name} differs"
    for name in SCALARS:
        if str(getattr(ours, name)) != str(getattr(anchor, name)):
            return False, f"{name}: {getattr(ours, name)!r} != {getattr(anchor, name)!r}"
    for name in ("site_map_latitude", "site_map_longitude", "site_map_altitude"):
        if not np.isclose(float(getattr(ours, name)), float(getattr(anchor, name))):
            return False, f"{name} differs"
    gi, ga = ours.generation_info, anchor.generation_info
    for name in ("valid_interval_start", "valid_interval_stop", "date_generated", "date_time_used", "author"):
        if getattr(gi, name) != getattr(ga, name):
            return False, f"generation_info.{name}: {getattr(gi, name)!r} != {getattr(ga, name)!r}"
    return True, "all arrays, ids, validity"


def inputs(ctx: Context) -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    if SKYMAP_GAKO.exists():
        files.append(("THEMIS gako 256x256 (real)", SKYMAP_GAKO))
    try:
        gen = need("aurora_widgets.archive.generate.skymaps", "write_skymap", "SKYMAPS")
    except Skip:
        return files
    wanted = [("rego", "REGO"), ("nir", "TREx NIR")] if ctx.quick else [
        ("rego", "REGO"), ("nir", "TREx NIR"), ("rgb", "TREx RGB")]
    out = ctx.tmp / "skymaps"
    for project, label in wanted:
        spec = next((s for s in gen.SKYMAPS if s.project == project), None)
        if spec is None:
            continue
        with quiet():
            path = gen.write_skymap(spec, out / project)
        h, w = spec.info.shape
        files.append((f"{label} {h}x{w} ({spec.site}, generated)", path))
    return files


def run(ctx: Context) -> list[Row]:
    reader = need("aurora_widgets.data.readers", "read_skymap", "clear_skymap_cache")
    srs = ctx.srs()
    rows: list[Row] = []
    files = inputs(ctx)
    if not files:
        raise Skip("no skymap files: the real sample folder is missing and the generator is not available")
    rep = ctx.repeat(7, 1)
    for label, path in files:
        p = str(path)

        def anchor_read(p: str = p) -> Any:
            with quiet():
                return srs.data.readers.read_skymap(p).data[0]

        def ours_read(p: str = p) -> Any:
            return reader.read_skymap(p)

        try:
            with quiet():
                anchor = anchor_read()
        except Exception as err:
            rows.append(skipped_row(NAME, label, f"pyucalgarysrs cannot read it: {err}"))
            continue
        reader.clear_skymap_cache()
        equal, check = same_skymap(ours_read(), anchor)
        with quiet():
            t_anchor = measure(anchor_read, repeat=rep, number=1)
            t_cold = measure(ours_read, repeat=rep, setup=reader.clear_skymap_cache, number=1)
            ours_read()
            t_warm = measure(ours_read, repeat=rep)
        cold = Row(NAME, f"{label}: cold", "s", t_cold, t_anchor, "pyucalgarysrs", target=">= 1x",
                   equal=equal, check=check)
        warm = Row(NAME, f"{label}: warm", "s", t_warm, t_anchor, "pyucalgarysrs", target=">= 20x",
                   equal=equal, check=check)
        target_ratio(cold, 1.0)
        target_ratio(warm, 20.0)
        if cold.met is False:
            cold.note = ("both sides spend most of the time in scipy.io.readsav (the IDL SAVE parser); "
                         "ours adds the byte swap to native order. Closing it needs a direct SAVE decoder "
                         "for the known skymap layout (offsets of the big arrays, np.frombuffer) instead of "
                         "readsav, or a decoded-array disk cache (.npy next to the .sav).")
        rows += [cold, warm]
    return rows
