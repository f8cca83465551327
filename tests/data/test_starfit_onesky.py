"""Proof on the archive's own raw files: the stars the one-sky renderer draws through each camera's
true model are where the current skymap puts them, and a misaligned skymap is off by its misalignment.

The frames are the archive's files (``render_raw_file``: sky model -> true camera -> PGM), read by
our reader; the skymaps are the fleet's versions written as .sav files and read back. The renderer
draws the stars at the middle of the minute, so that is the instant fitted. Skips until the
archive's fleet and sky renderer are merged (branches ``catalogue`` and ``onesky``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

fleet = pytest.importorskip("aurora_widgets.archive.fleet")
sky = pytest.importorskip("aurora_widgets.archive.sky")
skymaps_gen = pytest.importorskip("aurora_widgets.archive.generate.skymaps")

from aurora_widgets.data.readers import read, read_skymap  # noqa: E402
from aurora_widgets.data.starfit import fit_candidates, fit_stars  # noqa: E402

CASES = [  # (array, raw dataset, site, minute): quiet skies at gill, an auroral arc over yknf
    ("themis_asi", "THEMIS_ASI_RAW", "gill", dt.datetime(2021, 11, 4, 6, 0)),
    ("rego", "REGO_RAW", "gill", dt.datetime(2021, 11, 4, 6, 0)),
    ("trex_nir", "TREX_NIR_RAW", "gill", dt.datetime(2021, 11, 4, 6, 0)),
    ("themis_asi", "THEMIS_ASI_RAW", "yknf", dt.datetime(2022, 1, 11, 5, 0)),
]


def _spec(v, **change):
    spec = skymaps_gen.spec_from_version(v)
    return dataclasses.replace(spec, **change) if change else spec


@pytest.mark.parametrize(("array", "dataset", "site", "minute"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_archive_frames_fit_the_current_skymap_and_not_a_misaligned_one(tmp_path, array, dataset, site, minute):
    device = fleet.device_at(array, site, minute)
    path = tmp_path / f"{minute:%Y%m%d_%H%M}_{site}_{device.uid}_full.pgm.gz"
    path.write_bytes(sky.render_raw_file(dataset, site, device.uid, minute))
    data = read(dataset, [str(path)])
    frame = data.data[..., 0].astype(float)
    when = minute + dt.timedelta(seconds=30)  # the renderer draws the minute's stars at its middle
    best = fleet.best_skymap(array, site, minute)
    current = read_skymap(skymaps_gen.write_skymap(_spec(best), tmp_path / "current"))

    good = fit_stars(frame, current, when)
    assert good.ok, good.reason
    assert good.stars_found >= 15
    assert good.median_px is not None and good.median_px < 0.5

    # the current skymap turned by one degree: the fit reads the turn back and misses by about r * 1 deg
    turned = read_skymap(
        skymaps_gen.write_skymap(_spec(best, rotation_deg=best.rotation_deg + 1.0), tmp_path / "turned")
    )
    off = fit_stars(frame, turned, when)
    assert off.ok and off.median_px is not None
    assert off.azimuth_offset_deg == pytest.approx(1.0, abs=0.1)
    assert off.median_px > good.median_px + 0.5

    # an older version of the site's skymap, measured against the camera that took the frame
    older = [v for v in fleet.skymap_versions(array, site) if v.start < best.start]
    candidates = [turned, current]
    if older:
        old_spec = _spec(older[-1])
        old = read_skymap(skymaps_gen.write_skymap(old_spec, tmp_path / "older"))
        fit = fit_stars(frame, old, when)
        true_cam = fleet.true_camera(device.uid, minute.date())
        old_cam = skymaps_gen.camera_for(old_spec)
        found = fit.status == "found"
        el, az = fit.elevation_deg[found], fit.azimuth_deg[found]
        moved = np.subtract(true_cam.pixels_of(el, az), old_cam.pixels_of(el, az))
        expected = float(np.median(np.hypot(moved[0], moved[1])))
        if expected > 0.5:  # measurably misaligned: the fit says by how much
            assert fit.ok and fit.median_px == pytest.approx(expected, abs=0.3)
        candidates.insert(0, old)
    rows = fit_candidates(frame, candidates, when)
    assert [r.best for r in rows] == [False] * (len(rows) - 1) + [True]  # the current one
