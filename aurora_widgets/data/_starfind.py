"""Finding point sources near expected positions: window stacks, peaks and centroids, vectorised.

Every star gets a square window of the frame (all windows stacked into one ``(N, 2R+1, 2R+1)``
array). In each window the background is the median of its outermost ring of pixels and the
noise 1.4826 x their median absolute deviation: the ring sees the sky around the star, not its
light, even for the brightest. With ``flatten``, each window is first replaced by its white
top-hat (itself minus its grey opening), in which aurora and gradients broader than a star vanish.
A 3x3 box sum is the detection image;
its local maxima whose signal-to-noise ratio passes the threshold are the candidate peaks, and
the chosen one (the nearest to the expected position, or the strongest) is centroided, with
background removed, in a 5x5 box re-centred once on the first centroid.
:func:`candidate_peaks` returns the few strongest peaks per window instead of one.

Example:
    >>> frame = np.zeros((32, 32)); frame[10, 20] = 100.0
    >>> frame += np.random.default_rng(0).normal(0, 1, frame.shape)
    >>> found = find_peaks(frame, np.array([11.0]), np.array([19.0]), radius=4, snr_min=5.0)
    >>> round(float(found.rows[0])), round(float(found.cols[0]))
    (10, 20)

"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import ndimage

from .errors import InputError

__all__ = ["Peaks", "candidate_peaks", "check_options", "find_peaks", "frame_2d", "sky_level_and_noise", "window_stack"]

_MAD_TO_SIGMA = 1.4826
_CENTROID_HALF = 2
#: Noise of the top-hat detection image per unit of its border spread, calibrated on pure Gaussian noise:
#: a 9x9 window then passes snr_min=5 by chance 1 % of the time (3.7 % for the raw box sum).
_TOPHAT_TO_SIGMA = 1.35


def window_stack(frame: np.ndarray, rows: np.ndarray, cols: np.ndarray, radius: int) -> np.ndarray:
    """Return the ``(N, 2R+1, 2R+1)`` windows centred on integer ``rows``/``cols`` (edges clamped).

    Example:
        >>> window_stack(np.arange(25.0).reshape(5, 5), np.array([0]), np.array([2]), 1)[0]
        array([[1., 2., 3.],
               [1., 2., 3.],
               [6., 7., 8.]])

    """
    h, w = frame.shape
    offs = np.arange(-radius, radius + 1)
    r = np.clip(np.asarray(rows, dtype=np.intp)[:, None] + offs, 0, h - 1)
    c = np.clip(np.asarray(cols, dtype=np.intp)[:, None] + offs, 0, w - 1)
    out: np.ndarray = frame[r[:, :, None], c[:, None, :]]
    return out


@dataclass(frozen=True, eq=False)
class Peaks:
    """What :func:`find_peaks` found per window (NaN rows/cols where nothing passed the threshold).

    Attributes:
        rows, cols: centroid (fractional pixel) of the chosen peak.
        snr: its signal-to-noise ratio (3x3 box sum over its noise); 0 where nothing was found.
        background, noise: the median and robust standard deviation of the window's outer ring
            (raw pixels: a gradient or aurora structure across the window raises ``noise``).

    Example:
        >>> p = Peaks(np.array([1.0]), np.array([2.0]), np.array([9.0]), np.array([0.0]), np.array([1.0]))
        >>> bool(np.isfinite(p.rows).all())
        True

    """

    rows: np.ndarray
    cols: np.ndarray
    snr: np.ndarray
    background: np.ndarray
    noise: np.ndarray


def find_peaks(
    frame: np.ndarray,
    expected_rows: np.ndarray,
    expected_cols: np.ndarray,
    radius: int,
    snr_min: float,
    nearest: bool = True,
    flatten: int = 0,
) -> Peaks:
    """Find one point source per window around each expected (fractional) position.

    Args:
        frame: 2-D float image.
        expected_rows: expected row of each source (fractional pixels).
        expected_cols: expected column, same length.
        radius: half-size of the search window in pixels.
        snr_min: a peak counts when its 3x3 box sum is at least this many noise units.
        nearest: pick the passing peak nearest the expected position (else the strongest).
        flatten: size (pixels, odd) of a white top-hat applied to each window before detecting
            and centroiding, which removes aurora and gradients broader than a star; 0 = off.

    Example:
        >>> frame = np.random.default_rng(1).normal(0, 1, (40, 40)); frame[5, 5] += 50; frame[30, 8] += 3
        >>> p = find_peaks(frame, np.array([6.0, 30.0]), np.array([6.0, 8.0]), radius=3, snr_min=6.0)
        >>> bool(np.isfinite(p.rows[0])), bool(np.isnan(p.rows[1]))
        (True, True)

    """
    er = np.asarray(expected_rows, dtype=np.float64)
    ec = np.asarray(expected_cols, dtype=np.float64)
    n = er.shape[0]
    if n == 0:
        empty = np.zeros(0)
        return Peaks(empty, empty.copy(), empty.copy(), empty.copy(), empty.copy())
    d = _detect(frame, er, ec, radius, snr_min, flatten)
    side = 2 * radius + 1
    offs = np.arange(side) - radius
    if nearest:
        dr = (d.r0 - er)[:, None, None] + offs[None, :, None]
        dc = (d.c0 - ec)[:, None, None] + offs[None, None, :]
        score = np.where(d.passing, dr**2 + dc**2, np.inf)
    else:
        score = np.where(d.passing, -d.snr_map, np.inf)
    best = np.argmin(score.reshape(n, -1), axis=1)
    got = np.isfinite(score.reshape(n, -1)[np.arange(n), best])
    snr = np.where(got, d.snr_map.reshape(n, -1)[np.arange(n), best], 0.0)
    wr, wc = _window_centroid(d.det, best // side, best % side)
    rows = np.where(got, d.r0 - radius + wr, np.nan)
    cols = np.where(got, d.c0 - radius + wc, np.nan)
    return Peaks(rows, cols, snr, d.background, d.raw_noise)


@dataclass(frozen=True, eq=False)
class _Detection:
    r0: np.ndarray
    c0: np.ndarray
    det: np.ndarray
    snr_map: np.ndarray
    passing: np.ndarray
    background: np.ndarray
    raw_noise: np.ndarray


def _detect(frame: np.ndarray, er: np.ndarray, ec: np.ndarray, radius: int, snr_min: float, flatten: int) -> _Detection:
    """Window stacks around the expected positions, their detection images and passing local maxima."""
    r0 = np.rint(er).astype(np.intp)
    c0 = np.rint(ec).astype(np.intp)
    stack = window_stack(frame, r0, c0, radius)
    border = _border(stack)
    background = np.median(border, axis=1)
    raw_noise = _MAD_TO_SIGMA * np.median(np.abs(border - background[:, None]), axis=1)
    if flatten:
        # white top-hat: what sticks out of the local lower envelope, so aurora and its gradients vanish
        det = stack - ndimage.grey_opening(stack, size=(1, flatten, flatten), mode="nearest")
        det_border = _border(det)
        det -= np.median(det_border, axis=1)[:, None, None]
        spread = _MAD_TO_SIGMA * np.median(np.abs(det_border - np.median(det_border, axis=1)[:, None]), axis=1)
        noise = spread * _TOPHAT_TO_SIGMA  # not the raw spread: a gradient inflates that
    else:
        det = stack - background[:, None, None]
        noise = raw_noise
    floor = np.maximum(1e-6 * np.abs(background), 1e-12)
    noise = np.where(noise > 0, noise, floor)
    raw_noise = np.where(raw_noise > 0, raw_noise, floor)
    box = ndimage.uniform_filter(det, size=(1, 3, 3), mode="nearest") * 9.0
    snr_map = box / (3.0 * noise[:, None, None])
    local_max = box == ndimage.maximum_filter(box, size=(1, 3, 3), mode="nearest")
    return _Detection(r0, c0, det, snr_map, local_max & (snr_map >= snr_min), background, raw_noise)


def _window_centroid(det: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Centroid (window coordinates) of the positive part of ``det`` in a 5x5 box, re-centred once."""
    n, side, _ = det.shape
    half = _CENTROID_HALF
    offs = np.arange(-half, half + 1)
    pick = np.arange(n)[:, None, None]
    cr, cc = rows.astype(np.float64), cols.astype(np.float64)
    for _ in range(2):
        ir = np.clip(np.rint(cr).astype(np.intp), half, side - 1 - half)
        ic = np.clip(np.rint(cc).astype(np.intp), half, side - 1 - half)
        box = np.clip(det[pick, (ir[:, None] + offs)[:, :, None], (ic[:, None] + offs)[:, None, :]], 0.0, None)
        total = box.sum(axis=(1, 2))
        safe = np.where(total > 0, total, 1.0)
        cr = np.where(total > 0, ir + (box.sum(axis=2) * offs).sum(axis=1) / safe, ir)
        cc = np.where(total > 0, ic + (box.sum(axis=1) * offs).sum(axis=1) / safe, ic)
    return cr, cc


def _border(stack: np.ndarray) -> np.ndarray:
    """Return the outermost ring of pixels of every window, ``(N, 8R)``: the sky around the star."""
    top, bottom = stack[:, 0, :], stack[:, -1, :]
    left, right = stack[:, 1:-1, 0], stack[:, 1:-1, -1]
    return np.concatenate([top, bottom, left, right], axis=1)


def candidate_peaks(
    frame: np.ndarray,
    expected_rows: np.ndarray,
    expected_cols: np.ndarray,
    radius: int,
    snr_min: float,
    count: int,
    flatten: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Return up to ``count`` strongest passing peaks per window, as ``(N, count)`` rows and cols (NaN = none).

    Positions are the peaks' 5x5 centroids, like :func:`find_peaks`, which it generalises to
    several candidates per window (for matching the whole star field at once).

    Example:
        >>> frame = np.random.default_rng(2).normal(0, 1, (40, 40)); frame[10, 10] += 60; frame[14, 12] += 40
        >>> rows, cols = candidate_peaks(frame, np.array([12.0]), np.array([11.0]), 6, 8.0, 3)
        >>> np.round(rows[0, :2]).tolist(), bool(np.isnan(rows[0, 2]))
        ([10.0, 14.0], True)

    """
    er = np.asarray(expected_rows, dtype=np.float64)
    ec = np.asarray(expected_cols, dtype=np.float64)
    n = er.shape[0]
    out_r = np.full((n, count), np.nan)
    out_c = np.full((n, count), np.nan)
    if n == 0:
        return out_r, out_c
    d = _detect(frame, er, ec, radius, snr_min, flatten)
    side = 2 * radius + 1
    score = np.where(d.passing, -d.snr_map, np.inf).reshape(n, -1)
    order = np.argsort(score, axis=1, kind="stable")[:, : 4 * count]
    taken = np.zeros(n, dtype=np.intp)
    for k in range(order.shape[1]):  # strongest first; a peak within 2.5 px of a stronger one is the same source
        best = order[:, k]
        got = np.isfinite(score[np.arange(n), best]) & (taken < count)
        wr, wc = _window_centroid(d.det, best // side, best % side)
        rr, cc = d.r0 - radius + wr, d.c0 - radius + wc
        with np.errstate(invalid="ignore"):
            dup = (np.hypot(out_r - rr[:, None], out_c - cc[:, None]) < 2.5).any(axis=1)
        new = got & ~dup
        slot = np.minimum(taken, count - 1)
        out_r[new, slot[new]] = rr[new]
        out_c[new, slot[new]] = cc[new]
        taken += new
    return out_r, out_c


def check_options(
    min_stars: int, snr_min: float, search_radius_px: int | None, min_elevation_deg: float, bright_sigma: float
) -> None:
    """Raise :class:`InputError` naming every bad :func:`~aurora_widgets.data.starfit.fit_stars` option.

    Example:
        >>> check_options(6, 5.0, None, 10.0, 40.0)   # all fine: nothing happens

    """
    problems = []
    if not (isinstance(min_stars, int | np.integer) and min_stars >= 3):
        problems.append(f"min_stars={min_stars!r} (a whole number, at least 3: no residual from fewer stars)")
    if not (math.isfinite(float(snr_min)) and snr_min > 0):
        problems.append(f"snr_min={snr_min!r} (a positive number, e.g. 5)")
    if search_radius_px is not None and not (
        isinstance(search_radius_px, int | np.integer) and 1 <= search_radius_px <= 64
    ):
        problems.append(f"search_radius_px={search_radius_px!r} (1..64 pixels, or None)")
    if not (math.isfinite(float(min_elevation_deg)) and 0.0 <= min_elevation_deg < 90.0):
        problems.append(f"min_elevation_deg={min_elevation_deg!r} (0..90)")
    if not (math.isfinite(float(bright_sigma)) and bright_sigma > 0):
        problems.append(f"bright_sigma={bright_sigma!r} (a positive number)")
    if problems:
        raise InputError("fit_stars: bad option(s): " + "; ".join(problems) + ".")


def frame_2d(frame: Any, shape: tuple[int, ...]) -> np.ndarray:
    """Return one float64 (H, W) frame of ``shape`` (colour averaged, non-finite pixels set to the median).

    Example:
        >>> frame_2d(np.array([[1, np.nan], [3, 4]]), (2, 2)).tolist()
        [[1.0, 3.0], [3.0, 4.0]]

    """
    arr = np.asarray(frame)
    if arr.ndim == 3 and arr.shape[:2] == shape and arr.shape[2] in (1, 3, 4):
        arr = arr[..., :3].mean(axis=2)
    if arr.shape != shape:
        raise InputError(
            f"fit_stars: the frame is {arr.shape} but the skymap's grid is {shape}; pass one (H, W) "
            "frame (e.g. data.data[:, :, i]) read with the same orientation as the skymap."
        )
    if not np.issubdtype(arr.dtype, np.number):
        raise InputError(f"fit_stars: the frame must hold numbers, not {arr.dtype}.")
    out = arr.astype(np.float64)
    bad = ~np.isfinite(out)
    if bad.any():
        out[bad] = np.nanmedian(out) if (~bad).any() else 0.0
    return out


def sky_level_and_noise(image: np.ndarray, el_grid: np.ndarray, min_elevation_deg: float) -> tuple[float, float]:
    """Return the median level and pixel noise of the sky above ``min_elevation_deg``.

    The noise is from differences of horizontally adjacent pixels (1.4826 MAD / sqrt 2), which
    smooth aurora and the horizon's glow barely touch.

    Example:
        >>> img = np.random.default_rng(0).normal(100.0, 2.0, (64, 64))
        >>> level, noise = sky_level_and_noise(img, np.full((64, 64), 45.0), 10.0)
        >>> round(level), round(noise)
        (100, 2)

    """
    with np.errstate(invalid="ignore"):
        sky = el_grid >= min_elevation_deg
    if not sky.any():
        raise InputError("fit_stars: the skymap has no pixel above min_elevation_deg; is it an all-sky skymap?")
    level = float(np.median(image[::2, ::2][sky[::2, ::2]]))
    pairs = sky[:, 1:] & sky[:, :-1]
    diff = (image[:, 1:] - image[:, :-1])[pairs]
    noise = 1.4826 * float(np.median(np.abs(diff - np.median(diff)))) / math.sqrt(2.0)
    return level, noise
