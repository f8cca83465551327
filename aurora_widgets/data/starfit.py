"""Is this skymap right? Score a skymap against the catalogue stars imaged in one frame.

:func:`fit_stars` predicts where each bright catalogue star (:mod:`~aurora_widgets.data.stars`)
should be in the frame through the skymap (:func:`~aurora_widgets.data.skypixel.sky_to_pixel`),
looks for it there and measures the miss in pixels:

1. stars below ``min_elevation_deg``, outside the skymap's field of view, or whose window leaves
   the frame or the image circle are skipped (``"outside"``, ``"edge"``), and so are pairs of stars
   too close to tell apart (``"crowded"``, e.g. the Pleiades); so are stars sitting on
   a bright background (aurora, moonlit cloud: ``"bright"``);
2. a coarse pass takes up to five candidate peaks around each of the 20 brightest stars in wide
   windows, votes for the offset most stars share and fits one rotation about the zenith pixel
   plus a shift, so a badly misaligned skymap still gets its stars found (aurora peaks and
   neighbours scatter their offsets and lose the vote);
3. a fine pass looks for every star in a small window around where the coarse fit puts it (or
   where the skymap puts it, whichever more stars agree with), takes the peak nearest to it that
   passes the signal-to-noise threshold and centroids it. Both passes look at a white top-hat
   of each window, in which aurora and gradients broader than a star vanish;
4. the residual of a star is the distance (pixels) between its centroid and the skymap's
   prediction (not the corrected one): the median and 90th percentile score the skymap.

When the stars cannot be fitted, :attr:`StarFit.reason` says why (daylight or twilight, too few
catalogue stars in view, cloud or bright aurora) and the median and percentile are ``None``:
never a residual from too few stars.

:func:`fit_candidates` scores several skymaps on one frame (the timeline's candidates), cached per
(skymap, frame), and flags the best-fitting one.

(Over 500 lines on purpose: the result type, the fit and the timeline's cached table of fits are
one contract; the star finding is in ``_starfind.py``, the field matching in ``_starmatch.py``.)

Example:
    >>> fit = fit_stars(frame, skymap, datetime.datetime(2021, 3, 8, 6, 0))   # doctest: +SKIP
    >>> fit.ok, fit.stars_found, round(fit.median_px, 2)                       # doctest: +SKIP
    (True, 41, 0.21)

"""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from ._starfind import candidate_peaks, check_options, find_peaks, frame_2d, sky_level_and_noise, window_stack
from ._starmatch import apply_model, crowded_stars, vote_correction
from .errors import InputError
from .models import Observatory, Skymap
from .skypixel import _elaz_grid, sky_to_pixel
from .stars import star_positions

#: Where the imager stood, for :func:`fit_stars` and the functions that share its first four parameters
#: ``(frame, skymap, when, site)``: ``None`` (the skymap's own site), an :class:`Observatory` (or any object
#: with ``geodetic_latitude``/``geodetic_longitude``), or ``(lat, lon)`` / ``(lat, lon, height_m)``.
SiteLike = Observatory | tuple[float, float] | tuple[float, float, float] | None

__all__ = [
    "CandidateFit",
    "StarFit",
    "cached_fit_stars",
    "fit_candidates",
    "fit_stars",
    "site_of",
    "star_table",
    "sun_elevation_deg",
]

#: Star statuses, in the order of :attr:`StarFit.status` values.
#: With a fitted field model, a peak farther than this from where the model puts its star is not the star.
_MODEL_TOLERANCE_PX = 2.5

#: White top-hat size (pixels) before detection: aurora and gradients broader than a star vanish.
_FLATTEN = 7

#: Star statuses, in the order of :attr:`StarFit.status` values.
STATUSES = ("found", "undetected", "bright", "crowded", "edge", "outside")


@dataclass(frozen=True, eq=False)
class StarFit:
    """The star fit of one skymap on one frame.

    Per-star arrays (catalogue order, stars above the horizon only) and the summary.

    Attributes:
        names, magnitudes, elevation_deg, azimuth_deg: the catalogue stars and where they are.
        predicted_row, predicted_col: where the skymap puts them (NaN outside its view).
        found_row, found_col: the centroid found in the frame (NaN unless ``status == "found"``).
        snr: detection signal-to-noise ratio (0 when nothing was found).
        status: ``"found"``, ``"undetected"``, ``"bright"`` (on bright aurora/sky),
            ``"crowded"`` (another catalogue star, not 2.5 magnitudes fainter, within the
            search window), ``"edge"`` (window leaves the frame or image circle) or ``"outside"`` (below
            ``min_elevation_deg`` or outside the skymap's view).
        residual_px: found minus predicted, in pixels (NaN unless found).
        stars_in_view: stars that could have been found (found + undetected + bright).
        stars_found: stars found.
        median_px, p90_px: median and 90th percentile of the residuals; ``None`` when not ``ok``.
        offset_px: median (row, col) of found minus predicted; ``None`` when not ``ok``.
        azimuth_offset_deg: median of (skymap azimuth at the found star - catalogue azimuth):
            how far the skymap's azimuths are turned; ``None`` when not ``ok``.
        elevation_offset_deg: the same for elevation; ``None`` when not ``ok``.
        sun_elevation_deg: the Sun's elevation at the site and instant.
        ok: the fit is valid (enough stars found, sky dark enough).
        reason: why not, in words (empty when ``ok``).
        skymap_filename: the skymap's file name.
        when: the instant (UTC).

    Example:
        >>> fit = fit_stars(frame, skymap, when)   # doctest: +SKIP
        >>> fit.summary()                           # doctest: +SKIP
        'themis_skymap_gill_20210308-+_v02.sav: 38 of 44 stars, median 0.31 px, p90 0.62 px'

    """

    names: np.ndarray
    magnitudes: np.ndarray
    elevation_deg: np.ndarray
    azimuth_deg: np.ndarray
    predicted_row: np.ndarray
    predicted_col: np.ndarray
    found_row: np.ndarray
    found_col: np.ndarray
    snr: np.ndarray
    status: np.ndarray
    residual_px: np.ndarray
    stars_in_view: int
    stars_found: int
    median_px: float | None
    p90_px: float | None
    offset_px: tuple[float, float] | None
    azimuth_offset_deg: float | None
    elevation_offset_deg: float | None
    sun_elevation_deg: float
    ok: bool
    reason: str
    skymap_filename: str
    when: _dt.datetime

    def summary(self) -> str:
        """Return one line: the skymap, stars found and the residuals, or why there are none.

        Example:
            >>> fit.summary()   # doctest: +SKIP
            'themis_skymap_gill_20210308-+_v02.sav: 38 of 44 stars, median 0.31 px, p90 0.62 px'

        """
        head = f"{self.skymap_filename or 'skymap'}: {self.stars_found} of {self.stars_in_view} stars"
        if not self.ok or self.median_px is None or self.p90_px is None:
            return f"{head}, cannot fit: {self.reason}"
        return f"{head}, median {self.median_px:.2f} px, p90 {self.p90_px:.2f} px"


def site_of(skymap: Skymap | None, site: SiteLike = None) -> tuple[float, float, float]:
    """Return ``(latitude_deg, longitude_deg, height_m)`` of the site.

    ``site`` may be ``None`` (the skymap's own site), an object with ``geodetic_latitude`` and
    ``geodetic_longitude`` (an :class:`~aurora_widgets.data.models.Observatory`), or a tuple
    ``(lat, lon)`` / ``(lat, lon, height_m)``.

    Example:
        >>> site_of(None, (56.38, -94.64))
        (56.38, -94.64, 0.0)

    """
    if site is None:
        if skymap is None or not hasattr(skymap, "site_map_latitude"):
            raise InputError("fit_stars: no site given and the skymap has none; pass site=(lat, lon, height_m).")
        return (
            float(skymap.site_map_latitude),
            float(skymap.site_map_longitude),
            float(getattr(skymap, "site_map_altitude", 0.0) or 0.0),
        )
    if not isinstance(site, tuple) and hasattr(site, "geodetic_latitude"):  # ours, or pyucalgarysrs's
        return float(site.geodetic_latitude), float(site.geodetic_longitude), 0.0
    numbers: Any = site  # a tuple, or at run time any sequence of numbers (a list, an array)
    try:
        values = [float(v) for v in numbers]
    except (TypeError, ValueError):
        raise InputError(
            f"fit_stars: site must be None, an Observatory or (lat, lon[, height_m]), not {site!r}."
        ) from None
    if len(values) not in (2, 3):
        raise InputError(f"fit_stars: site must be (lat, lon) or (lat, lon, height_m), not {site!r}.")
    return values[0], values[1], values[2] if len(values) == 3 else 0.0


def sun_elevation_deg(latitude_deg: float, longitude_deg: float, when: _dt.datetime) -> float:
    """Return the Sun's apparent elevation (degrees) at a site and instant (naive = UTC).

    Example:
        >>> import datetime as dt
        >>> sun_elevation_deg(56.38, -94.64, dt.datetime(2021, 3, 8, 6)) < -12
        True

    """
    import ephem

    from .stars import _utc

    observer = ephem.Observer()
    observer.lat = math.radians(float(latitude_deg))
    observer.lon = math.radians(((float(longitude_deg) + 180.0) % 360.0) - 180.0)
    observer.date = ephem.Date(_utc(when).replace(tzinfo=None))
    return math.degrees(float(ephem.Sun(observer).alt))


def _skymap_angles_at(skymap: Any, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the skymap's elevation/azimuth at fractional pixels (bilinear in the polar plane)."""
    grid = _elaz_grid(skymap)
    x, _, _, y, _, _ = grid.evaluate(rows, cols)
    return 90.0 - np.hypot(x, y), np.degrees(np.arctan2(x, y)) % 360.0


def fit_stars(
    frame: ArrayLike, skymap: Skymap, when: _dt.datetime, site: SiteLike = None, *,
    min_elevation_deg: float = 10.0,
    max_magnitude: float | None = None,
    snr_min: float = 5.0,
    search_radius_px: int | None = None,
    min_stars: int = 6,
    max_sun_elevation_deg: float = -10.0,
    bright_sigma: float = 40.0,
) -> StarFit:
    """Find the catalogue stars in ``frame`` where ``skymap`` puts them; return the residuals.

    Args:
        frame: one (H, W) image (raw counts or calibrated), oriented as the skymap (both as the
            readers return them); (H, W, 3) colour frames are averaged over the channels.
        skymap: a :class:`~aurora_widgets.data.models.Skymap`.
        when: the frame's instant (naive = UTC).
        site: a :data:`SiteLike`: ``None`` (the skymap's site), an Observatory or ``(lat, lon[, height_m])``.
        min_elevation_deg: stars lower than this are not used.
        max_magnitude: only stars at least this bright (``None``: the whole catalogue).
        snr_min: detection threshold (3x3 box sum over its noise).
        search_radius_px: fine search half-window; ``None`` is about 1.6 % of the image side
            (4 px at 256, 8 px at 512).
        min_stars: fewer stars found than this and there is no residual.
        max_sun_elevation_deg: a higher Sun means daylight or twilight: no fit.
        bright_sigma: a star whose window median is this many noise units above the sky's
            median is on bright aurora or cloud and is skipped.

    Returns:
        A :class:`StarFit`.

    Example:
        >>> fit = fit_stars(frame, skymap, datetime.datetime(2021, 3, 8, 6))   # doctest: +SKIP
        >>> fit.ok, fit.reason                                                  # doctest: +SKIP
        (True, '')

    """
    el_grid = np.asarray(getattr(skymap, "full_elevation", None))
    if el_grid.ndim != 2:
        raise InputError("fit_stars needs an all-sky imager Skymap (with a 2-D full_elevation grid).")
    shape = (int(el_grid.shape[0]), int(el_grid.shape[1]))
    check_options(min_stars, snr_min, search_radius_px, min_elevation_deg, bright_sigma)
    image = frame_2d(frame, shape)
    lat, lon, height = site_of(skymap, site)
    sky = star_positions(lat, lon, when, height_m=height, min_magnitude=max_magnitude).above(0.0)
    sun = sun_elevation_deg(lat, lon, when)
    h, w = shape
    radius = int(search_radius_px) if search_radius_px is not None else max(3, round(min(h, w) / 64))
    coarse_radius = max(radius * 3, round(min(h, w) * 0.06))

    pred_r, pred_c = sky_to_pixel(skymap, sky.elevation_deg, sky.azimuth_deg)
    n = len(sky)
    status = np.full(n, "outside", dtype="<U10")
    usable = np.isfinite(pred_r) & (sky.elevation_deg >= min_elevation_deg)
    with np.errstate(invalid="ignore"):
        inside_circle = np.isfinite(el_grid) & (el_grid >= -1.0)

    crowded = crowded_stars(pred_r, pred_c, sky.magnitudes, usable, radius + 0.5)
    empty = np.full(n, np.nan)

    def result(found_r: np.ndarray, found_c: np.ndarray, snr: np.ndarray, reason: str) -> StarFit:
        found = status == "found"
        residual = np.where(found, np.hypot(found_r - pred_r, found_c - pred_c), np.nan)
        in_view = int(np.isin(status, ("found", "undetected", "bright")).sum())
        n_found = int(found.sum())
        ok = not reason
        median = p90 = az_off = el_off = None
        offset = None
        if ok:
            median = float(np.median(residual[found]))
            p90 = float(np.percentile(residual[found], 90))
            offset = (
                float(np.median(found_r[found] - pred_r[found])),
                float(np.median(found_c[found] - pred_c[found])),
            )
            el_at, az_at = _skymap_angles_at(skymap, found_r[found], found_c[found])
            dz = (az_at - sky.azimuth_deg[found] + 180.0) % 360.0 - 180.0
            steady = sky.elevation_deg[found] < 80.0  # azimuth is ill-defined near the zenith
            az_off = float(np.median(dz[steady])) if steady.any() else None
            el_off = float(np.median(el_at - sky.elevation_deg[found]))
        return StarFit(
            names=sky.names,
            magnitudes=sky.magnitudes,
            elevation_deg=sky.elevation_deg,
            azimuth_deg=sky.azimuth_deg,
            predicted_row=pred_r,
            predicted_col=pred_c,
            found_row=np.where(found, found_r, np.nan),
            found_col=np.where(found, found_c, np.nan),
            snr=snr,
            status=status,
            residual_px=residual,
            stars_in_view=in_view,
            stars_found=n_found,
            median_px=median,
            p90_px=p90,
            offset_px=offset,
            azimuth_offset_deg=az_off,
            elevation_offset_deg=el_off,
            sun_elevation_deg=sun,
            ok=ok,
            reason=reason,
            skymap_filename=str(getattr(skymap, "filename", "")),
            when=sky.when,
        )

    if sun > max_sun_elevation_deg:
        status[usable] = "undetected"
        return result(
            empty,
            empty,
            np.zeros(n),
            f"daylight or twilight: the Sun is {sun:.1f} deg above the horizon"
            if sun > 0
            else f"twilight: the Sun is only {-sun:.1f} deg below the horizon",
        )

    # the sky's level and noise, from the image circle above min_elevation (every 2nd pixel)
    sky_level, sky_noise = sky_level_and_noise(image, el_grid, min_elevation_deg)

    status[crowded] = "crowded"
    usable &= ~crowded
    idx = np.nonzero(usable)[0]
    # stage 1: the brightest stars in wide windows -> one rotation + shift
    center_r, center_c = sky_to_pixel(skymap, np.array([90.0]), np.array([0.0]))
    center = (float(center_r[0]), float(center_c[0]))
    if not all(math.isfinite(v) for v in center):
        center = ((h - 1) / 2.0, (w - 1) / 2.0)
    correction = None
    if idx.size:
        bright_first = idx[np.argsort(sky.magnitudes[idx], kind="stable")][:20]
        cand_r, cand_c = candidate_peaks(
            image, pred_r[bright_first], pred_c[bright_first], coarse_radius, max(snr_min, 8.0), 5, _FLATTEN
        )
        correction = vote_correction(pred_r[bright_first], pred_c[bright_first], cand_r, cand_c, center)
    noise_floor = max(sky_noise, 1e-12)

    def fine(model: tuple[float, float, float] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
        """Search every usable star around where ``model`` puts it; count the stars that agree with it."""
        st = status.copy()
        exp_r, exp_c = apply_model(model, pred_r, pred_c, center)
        with np.errstate(invalid="ignore"):  # the window must lie in the frame and inside the image circle
            in_frame = (exp_r >= radius) & (exp_r <= h - 1 - radius) & (exp_c >= radius) & (exp_c <= w - 1 - radius)
        st[usable & ~in_frame] = "edge"
        sel = np.nonzero(usable & in_frame)[0]
        if sel.size:
            circle = window_stack(inside_circle, np.rint(exp_r[sel]), np.rint(exp_c[sel]), radius).all(axis=(1, 2))
            st[sel[~circle]] = "edge"
            sel = sel[circle]
        f_r, f_c, f_snr = empty.copy(), empty.copy(), np.zeros(n)
        agree = 0
        if sel.size:
            peaks = find_peaks(image, exp_r[sel], exp_c[sel], radius, snr_min, True, _FLATTEN)
            bright = (peaks.background - sky_level > bright_sigma * noise_floor) | (peaks.noise > 5.0 * noise_floor)
            got = np.isfinite(peaks.rows) & ~bright
            if model is not None:  # the field's model is good to a pixel: a peak far off it is not the star
                with np.errstate(invalid="ignore"):
                    got &= np.hypot(peaks.rows - exp_r[sel], peaks.cols - exp_c[sel]) <= _MODEL_TOLERANCE_PX
            st[sel] = np.where(bright, "bright", np.where(got, "found", "undetected"))
            f_r[sel], f_c[sel], f_snr[sel] = peaks.rows, peaks.cols, peaks.snr
            with np.errstate(invalid="ignore"):
                agree = int((got & (np.hypot(peaks.rows - exp_r[sel], peaks.cols - exp_c[sel]) < 1.5)).sum())
        return st, f_r, f_c, f_snr, agree

    # the coarse model is only a search aid: keep it when more stars agree with it than with none
    tried = [fine(correction)] if correction is None else [fine(correction), fine(None)]
    status[:], found_r, found_c, snr, _ = max(tried, key=lambda r: r[4])

    in_view = int(np.isin(status, ("found", "undetected", "bright")).sum())
    n_found = int((status == "found").sum())
    reason = ""
    if n_found < min_stars:
        n_bright = int((status == "bright").sum())
        if in_view < min_stars:
            reason = (
                f"too few stars: {in_view} catalogue stars in view above {min_elevation_deg:g} deg, {min_stars} needed"
            )
        elif n_bright * 2 >= in_view:
            reason = f"bright aurora or sky: {n_bright} of {in_view} stars on a bright background, {n_found} found"
        else:
            reason = f"cloud or bright aurora: only {n_found} of {in_view} stars found, {min_stars} needed"
    return result(found_r, found_c, snr, reason)


@dataclass(frozen=True)
class CandidateFit:
    """One row of :func:`fit_candidates`: a skymap's score on the frame.

    Example:
        >>> row = CandidateFit("a.sav", 40, 44, 0.3, 0.6, "", True)
        >>> row.as_dict()["median_px"]
        0.3

    """

    skymap_filename: str
    stars_found: int
    stars_in_view: int
    median_px: float | None
    p90_px: float | None
    reason: str
    best: bool

    def caption(self) -> str:
        """Return the timeline's short text: ``"v02 0.40 px"``, or ``"v01 no fit"`` when there is no residual.

        Example:
            >>> CandidateFit("themis_skymap_gill_20210308-+_v02.sav", 40, 44, 0.4, 0.6, "", True).caption()
            'v02 0.40 px'
            >>> CandidateFit("x_v01.sav", 2, 44, None, None, "cloud", False).caption()
            'v01 no fit'

        """
        stem = self.skymap_filename.rsplit("/", 1)[-1].removesuffix(".sav")
        version = stem.rsplit("_", 1)[-1] if "_" in stem else stem
        if self.median_px is None:
            return f"{version} no fit"
        return f"{version} {self.median_px:.2f} px"

    def as_dict(self) -> dict[str, Any]:
        """Return the row as a JSON-ready dict.

        Example:
            >>> sorted(CandidateFit("a.sav", 0, 3, None, None, "too few stars", False).as_dict())[:3]
            ['best', 'caption', 'median_px']

        """
        return {
            "skymap_filename": self.skymap_filename,
            "stars_found": self.stars_found,
            "stars_in_view": self.stars_in_view,
            "median_px": self.median_px,
            "p90_px": self.p90_px,
            "reason": self.reason,
            "best": self.best,
            "caption": self.caption(),
        }


_FIT_CACHE: OrderedDict[tuple[Any, ...], StarFit] = OrderedDict()
_FIT_CACHE_SIZE = 128
_FIT_LOCK = threading.Lock()


def _frame_key(frame: ArrayLike) -> str:
    arr = np.ascontiguousarray(np.asarray(frame))
    digest = hashlib.blake2b(arr.tobytes(), digest_size=16)
    digest.update(f"{arr.dtype.str}{arr.shape}".encode())
    return digest.hexdigest()


def cached_fit_stars(
    frame: ArrayLike, skymap: Skymap, when: _dt.datetime, site: SiteLike = None, *, frame_key: str | None = None,
    **options: Any,
) -> StarFit:
    """Return :func:`fit_stars` of the frame and skymap, from the cache when it was fitted before.

    The key is the skymap (object and file name), the frame's content (a BLAKE2 digest; pass
    ``frame_key`` when fitting one frame against several skymaps), the instant, the site and the
    options; the last 128 fits are kept.

    Example:
        >>> a = cached_fit_stars(frame, skymap, when)   # doctest: +SKIP
        >>> cached_fit_stars(frame, skymap, when) is a  # doctest: +SKIP
        True

    """
    when_key = _dt.datetime.isoformat(when) if isinstance(when, _dt.datetime) else str(when)
    key = (
        id(skymap),
        str(getattr(skymap, "filename", "")),
        frame_key or _frame_key(frame),
        when_key,
        repr(site),
        tuple(sorted(options.items())),
    )
    with _FIT_LOCK:
        hit = _FIT_CACHE.get(key)
        if hit is not None:
            _FIT_CACHE.move_to_end(key)
            return hit
    fit = fit_stars(frame, skymap, when, site, **options)
    with _FIT_LOCK:
        _FIT_CACHE[key] = fit
        while len(_FIT_CACHE) > _FIT_CACHE_SIZE:
            _FIT_CACHE.popitem(last=False)
    return fit


def fit_candidates(
    frame: ArrayLike, skymaps: Sequence[Skymap], when: _dt.datetime, site: SiteLike = None, **options: Any
) -> list[CandidateFit]:
    """Fit every candidate skymap on one frame; flag the best-fitting valid fit.

    Fits are cached per (skymap file and object, frame content, instant, site, options), so
    asking again for the same minute (the timeline redrawing) costs a dictionary look-up.

    Args:
        frame: the (H, W) frame (see :func:`fit_stars`).
        skymaps: the candidate skymaps (frames of another size are reported, not fitted).
        when: the frame's instant (naive = UTC).
        site: see :func:`fit_stars` (``None``: each skymap's own site).
        **options: passed on to :func:`fit_stars`.

    Returns:
        One :class:`CandidateFit` per skymap, in the given order; ``best`` is True on the valid
        fit with the smallest median (none when no fit is valid).

    Example:
        >>> rows = fit_candidates(frame, [sm_v01, sm_v02], when)   # doctest: +SKIP
        >>> [(r.skymap_filename[-7:], r.median_px, r.best) for r in rows]   # doctest: +SKIP
        [('v01.sav', 2.8, False), ('v02.sav', 0.4, True)]

    """
    frame_key = _frame_key(frame)
    fits: list[StarFit | str] = []
    for skymap in skymaps:
        try:
            fits.append(cached_fit_stars(frame, skymap, when, site, frame_key=frame_key, **options))
        except InputError as err:
            fits.append(str(err))
    valid = [
        (f.median_px, i) for i, f in enumerate(fits) if isinstance(f, StarFit) and f.ok and f.median_px is not None
    ]
    best = min(valid)[1] if valid else -1
    rows = []
    for i, (skymap, fit) in enumerate(zip(skymaps, fits, strict=True)):
        if isinstance(fit, str):
            rows.append(CandidateFit(str(getattr(skymap, "filename", "")), 0, 0, None, None, fit, False))
        else:
            rows.append(
                CandidateFit(
                    fit.skymap_filename,
                    fit.stars_found,
                    fit.stars_in_view,
                    fit.median_px,
                    fit.p90_px,
                    fit.reason,
                    i == best,
                )
            )
    return rows


def star_table(fit: StarFit) -> list[dict[str, Any]]:
    """Return the fit's stars as JSON-ready rows (name, magnitude, positions, status, residual).

    Example:
        >>> star_table(fit)[0]["status"]   # doctest: +SKIP
        'found'

    """

    def num(v: float) -> float | None:
        return None if not math.isfinite(float(v)) else round(float(v), 3)

    return [
        {
            "name": str(fit.names[i]),
            "magnitude": float(fit.magnitudes[i]),
            "elevation_deg": num(fit.elevation_deg[i]),
            "azimuth_deg": num(fit.azimuth_deg[i]),
            "predicted_row": num(fit.predicted_row[i]),
            "predicted_col": num(fit.predicted_col[i]),
            "found_row": num(fit.found_row[i]),
            "found_col": num(fit.found_col[i]),
            "status": str(fit.status[i]),
            "residual_px": num(fit.residual_px[i]),
        }
        for i in range(len(fit.names))
    ]
