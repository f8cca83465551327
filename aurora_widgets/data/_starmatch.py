"""Matching the predicted star field to the stars found: crowding, a vote for the turn and shift, a rigid fit.

Positions are fractional pixels ``(row, col)``; a model is ``(theta, shift_row, shift_col)``: a
rotation by ``theta`` radians about a centre (the zenith pixel), then a shift.

Example:
    >>> apply_model((0.0, 2.0, -1.0), np.array([5.0]), np.array([5.0]), (0.0, 0.0))
    (array([7.]), array([4.]))

"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["apply_model", "crowded_stars", "rigid_fit", "vote_correction"]


def crowded_stars(
    rows: np.ndarray, cols: np.ndarray, mags: np.ndarray, usable: np.ndarray, within_px: float
) -> np.ndarray:
    """Return which stars have another usable star closer than ``within_px`` not 2.5 magnitudes fainter.

    Example:
        >>> crowded_stars(np.array([0.0, 1.0, 50.0]), np.zeros(3), np.array([1.0, 2.0, 1.0]), np.ones(3, bool), 4.0)
        array([ True,  True, False])

    """
    out = np.zeros(rows.shape, dtype=bool)
    idx = np.nonzero(usable)[0]
    if idx.size < 2:
        return out
    d = np.hypot(rows[idx, None] - rows[None, idx], cols[idx, None] - cols[None, idx])
    np.fill_diagonal(d, np.inf)
    rival = (d < within_px) & (mags[None, idx] < mags[idx, None] + 2.5)
    out[idx] = rival.any(axis=1)
    return out


def rigid_fit(
    pred_r: np.ndarray, pred_c: np.ndarray, obs_r: np.ndarray, obs_c: np.ndarray, center: tuple[float, float]
) -> tuple[float, float, float] | None:
    """Return the rotation (radians) about ``center`` plus shift taking predictions onto observations.

    Robust: matches off the model by more than max(1.5 px, 3 x the median) are dropped and the fit
    redone (up to four times); None with fewer than 3 matches.

    Example:
        >>> pr, pc = np.array([0.0, 10.0, 0.0, -10.0]), np.array([10.0, 0.0, -10.0, 0.0])
        >>> theta, tr, tc = rigid_fit(pr, pc, pr + 1.0, pc, (0.0, 0.0))
        >>> round(theta, 6), round(tr, 6), round(tc, 6)
        (0.0, 1.0, 0.0)

    """
    keep = np.isfinite(obs_r) & np.isfinite(pred_r)
    for _ in range(4):
        if keep.sum() < 3:
            return None
        pr, pc = pred_r[keep] - center[0], pred_c[keep] - center[1]
        orr, oc = obs_r[keep] - center[0], obs_c[keep] - center[1]
        mpr, mpc, mor, moc = pr.mean(), pc.mean(), orr.mean(), oc.mean()
        a, b, x, y = pr - mpr, pc - mpc, orr - mor, oc - moc
        theta = math.atan2(float(np.sum(a * y - b * x)), float(np.sum(a * x + b * y)))
        cos, sin = math.cos(theta), math.sin(theta)
        tr = mor - (cos * mpr - sin * mpc)
        tc = moc - (sin * mpr + cos * mpc)
        model_r = cos * (pred_r - center[0]) - sin * (pred_c - center[1]) + center[0] + tr
        model_c = sin * (pred_r - center[0]) + cos * (pred_c - center[1]) + center[1] + tc
        err = np.hypot(obs_r - model_r, obs_c - model_c)
        with np.errstate(invalid="ignore"):
            limit = max(1.5, 3.0 * float(np.nanmedian(err[keep])))
            new_keep = np.isfinite(obs_r) & np.isfinite(pred_r) & (err <= limit)
        if np.array_equal(new_keep, keep):
            break
        keep = new_keep
    return float(theta), float(tr), float(tc)


def vote_correction(
    pred_r: np.ndarray, pred_c: np.ndarray, cand_r: np.ndarray, cand_c: np.ndarray, center: tuple[float, float]
) -> tuple[float, float, float] | None:
    """Return one rotation + shift that most stars agree on, from several candidate peaks per star.

    First a vote on the turn about the zenith pixel (each candidate at about its star's distance
    from the zenith proposes an angle; the angle most stars share within 0.6 deg wins), then on the
    offset left after that turn (within 3 px); each star then takes its candidate nearest to the
    model, and a rigid fit of those matches is refined twice by re-matching (within 2.5 px).
    Aurora peaks and neighbouring stars scatter their proposals and lose both votes.

    Example:
        >>> rng = np.random.default_rng(0)
        >>> pr, pc = rng.uniform(-100, 100, 12), rng.uniform(-100, 100, 12)
        >>> t = np.radians(2.0)
        >>> true_r, true_c = np.cos(t) * pr - np.sin(t) * pc + 1.0, np.sin(t) * pr + np.cos(t) * pc
        >>> cand_r = np.column_stack([true_r, rng.uniform(-100, 100, 12)])
        >>> cand_c = np.column_stack([true_c, rng.uniform(-100, 100, 12)])
        >>> theta, tr, tc = vote_correction(pr, pc, cand_r, cand_c, (0.0, 0.0))
        >>> round(float(np.degrees(theta)), 3), round(tr, 3), abs(round(tc, 3))
        (2.0, 1.0, 0.0)

    """
    n, k = cand_r.shape
    if np.isfinite(cand_r).sum() < 3:
        return None
    star_of = np.repeat(np.arange(n), k)

    def vote(values: np.ndarray, ok: np.ndarray, within: float) -> int | None:
        """Index (into the flat candidates) of the proposal most distinct stars share (None below 3)."""
        idx = np.flatnonzero(ok)
        if idx.size < 3:
            return None
        v = values[idx]
        near = np.sqrt(((v[:, None, :] - v[None, :, :]) ** 2).sum(axis=2)) <= within
        agree = np.zeros((idx.size, n), dtype=bool)
        for col in range(idx.size):  # star by star: does some candidate of that star agree?
            agree[near[:, col], star_of[idx[col]]] = True
        votes = agree.sum(axis=1)
        if votes.max() < 3:
            return None
        winner = np.flatnonzero(votes == votes.max())
        return int(idx[winner[np.argmin(np.abs(v[winner]).sum(axis=1))]])

    # 1. the turn about the zenith pixel
    pr, pc = pred_r - center[0], pred_c - center[1]
    cr, cc = cand_r - center[0], cand_c - center[1]
    with np.errstate(invalid="ignore"):
        turn = (np.arctan2(cc, cr) - np.arctan2(pc, pr)[:, None] + np.pi) % (2 * np.pi) - np.pi
        radial = np.abs(np.hypot(cr, cc) - np.hypot(pr, pc)[:, None]) <= 4.0
        usable = np.isfinite(turn) & radial & (np.hypot(pr, pc)[:, None] >= 15.0)
    picked = vote(turn.reshape(-1, 1), usable.ravel(), np.radians(0.6))
    theta = float(turn.ravel()[picked]) if picked is not None else 0.0
    model_r, model_c = apply_model((theta, 0.0, 0.0), pred_r, pred_c, center)
    # 2. the offset left after the turn
    off = np.stack([cand_r - model_r[:, None], cand_c - model_c[:, None]], axis=2).reshape(-1, 2)
    picked = vote(off, np.isfinite(off[:, 0]), 3.0)
    if picked is None:
        return None
    model_r, model_c = model_r + off[picked, 0], model_c + off[picked, 1]
    # 3. rigid refinement on the matches
    fit: tuple[float, float, float] | None = None
    for tolerance in (3.0, 2.5, 2.5):
        d = np.hypot(cand_r - model_r[:, None], cand_c - model_c[:, None])
        d = np.where(np.isfinite(d), d, np.inf)
        pick = np.argmin(d, axis=1)
        close = d[np.arange(n), pick] <= tolerance
        obs_r = np.where(close, cand_r[np.arange(n), pick], np.nan)
        obs_c = np.where(close, cand_c[np.arange(n), pick], np.nan)
        new_fit = rigid_fit(pred_r, pred_c, obs_r, obs_c, center)
        if new_fit is None:
            break
        fit = new_fit
        model_r, model_c = apply_model(fit, pred_r, pred_c, center)
    return fit


def apply_model(
    fit: tuple[float, float, float] | None, r: np.ndarray, c: np.ndarray, center: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Return where the model (rotation about ``center``, then shift) moves pixels ``(r, c)``.

    Example:
        >>> apply_model((np.pi / 2, 0.0, 1.0), np.array([1.0]), np.array([0.0]), (0.0, 0.0))
        (array([6.123234e-17]), array([2.]))

    """
    if fit is None:
        return r, c
    theta, tr, tc = fit
    cos, sin = math.cos(theta), math.sin(theta)
    return (
        cos * (r - center[0]) - sin * (c - center[1]) + center[0] + tr,
        sin * (r - center[0]) + cos * (c - center[1]) + center[1] + tc,
    )
