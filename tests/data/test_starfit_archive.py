"""Proof on the archive's skymaps: the current skymap fits the stars its camera sees, an older one does not.

Each frame is a star field rendered through the true camera of the current skymap (the archive's
camera model, :func:`aurora_widgets.archive.generate.skymaps.camera_for`) in on-disk orientation
and flipped as ``read_raw`` flips it; the skymaps are the archive's files, written and read back
with our reader. The older skymap of the same site differs by a known rotation and centre shift,
and the fit must measure it.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from starsky import render_frame

from aurora_widgets.data.readers import read_skymap
from aurora_widgets.data.starfit import fit_candidates, fit_stars

gen = pytest.importorskip("aurora_widgets.archive.generate.skymaps")

CASES = [  # (project, site, current valid-from, older valid-from, instant)
    ("themis", "gill", "20210308", "20150310", dt.datetime(2021, 3, 8, 6, 0)),
    ("nir", "gill", "20211020", "20190901", dt.datetime(2021, 11, 4, 6, 0)),
    ("rego", "gill", "20201019", None, dt.datetime(2021, 11, 4, 6, 0)),
]


def _spec(project: str, site: str, start: str):
    return next(s for s in reversed(gen.SKYMAPS) if (s.project, s.site, s.start) == (project, site, start))


def _frame(spec, when: dt.datetime, lat: float, lon: float) -> np.ndarray:
    cam = gen.camera_for(spec)
    disk = render_frame(cam, when, (lat, lon), seed=7, psf_sigma=0.8)
    return disk[::-1, ::-1] if spec.info.mirror_ew else disk[::-1]  # as read_raw orients frames


@pytest.mark.parametrize(("project", "site", "current", "older", "when"), CASES, ids=[c[0] for c in CASES])
def test_current_skymap_fits_and_older_one_is_off_by_its_misalignment(
    tmp_path, project, site, current, older, when
) -> None:
    cur_spec = _spec(project, site, current)
    cur = read_skymap(gen.write_skymap(cur_spec, tmp_path))
    lat, lon = float(cur.site_map_latitude), float(cur.site_map_longitude)
    frame = _frame(cur_spec, when, lat, lon)
    good = fit_stars(frame, cur, when)
    assert good.ok, good.reason
    assert good.stars_found >= 20
    assert good.median_px is not None and good.median_px < 0.5
    if older is None:
        return
    old_spec = _spec(project, site, older)
    old = read_skymap(gen.write_skymap(old_spec, tmp_path))
    bad = fit_stars(frame, old, when)
    assert bad.ok and bad.median_px is not None
    # the misalignment, star by star: where each camera model puts the found stars
    found = bad.status == "found"
    true_cam, old_cam = gen.camera_for(cur_spec), gen.camera_for(old_spec)
    shift = np.array(
        [
            np.subtract(true_cam.pixel_of(float(e), float(a)), old_cam.pixel_of(float(e), float(a)))
            for e, a in zip(bad.elevation_deg[found], bad.azimuth_deg[found], strict=True)
        ]
    )
    expected = float(np.median(np.hypot(shift[:, 0], shift[:, 1])))
    assert expected > 0.5  # the older skymap is measurably off
    assert bad.median_px == pytest.approx(expected, abs=0.25)
    assert bad.median_px > good.median_px + 0.4
    # the azimuths the older skymap gives the imaged stars: its turn, plus what its centre shift does
    true_px = np.array(
        [
            true_cam.pixel_of(float(e), float(a))
            for e, a in zip(bad.elevation_deg[found], bad.azimuth_deg[found], strict=True)
        ]
    )
    _, old_az = old_cam._angles(true_px[:, 0], true_px[:, 1])
    steady = bad.elevation_deg[found] < 80.0
    az_error = (old_az - bad.azimuth_deg[found] + 180.0) % 360.0 - 180.0
    assert bad.azimuth_offset_deg == pytest.approx(float(np.median(az_error[steady])), abs=0.05)
    turn = old_spec.rotation_deg - cur_spec.rotation_deg
    assert bad.azimuth_offset_deg == pytest.approx(turn, abs=0.2)
    # the timeline's table marks the current one best
    rows = fit_candidates(frame, [old, cur], when)
    assert [r.best for r in rows] == [False, True]
