"""What a frame view needs, from a frame, a skymap and an instant: one message for the browser.

:func:`frame_view_payload` gathers:

* ``frame``: the frame as one byte per pixel (code 0 = outside the image circle, codes 1..255 a
  linear stretch between ``vmin`` and ``vmax``, by default the 1st and 99.5th percentiles of the
  sky pixels), rows as stored (the front-end draws row 0 at the bottom, as
  ``imshow(origin="lower")``);
* ``stars``: every catalogue star the skymap puts on the frame (above the horizon), with its name, magnitude,
  predicted pixel, the centroid found (or None), its status and residual
  (:func:`~aurora_widgets.data.starfit.star_table`);
* ``fit``: the summary of the star fit (stars found, median and 90th-percentile residual, or
  the reason there is none);
* ``contours``: elevation rings, azimuth spokes and the lat/lon graticule at ``altitude_km``, as
  one float32 buffer of ``(row, col)`` pairs plus one entry per drawable segment (kind, value,
  label, start and count of its points in the buffer).

Buffers are ``memoryview`` objects, which ipywidgets sends as binary frames. Nothing here knows
about widgets: the widget puts the dict in a trait or a message.

Example:
    >>> payload = frame_view_payload(frame, skymap, when, altitude_km=110)   # doctest: +SKIP
    >>> payload["fit"]["summary"]                                             # doctest: +SKIP
    'themis_skymap_gill_20210308-+_v02.sav: 38 of 44 stars, median 0.31 px, p90 0.62 px'

"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from ._starfind import frame_2d
from .contours import frame_contours
from .errors import InputError
from .models import Skymap
from .starfit import SiteLike, StarFit, cached_fit_stars, star_table

__all__ = ["contour_buffers", "frame_bytes", "frame_view_payload"]


def frame_bytes(
    frame: np.ndarray,
    sky: np.ndarray | None = None,
    vmin: float | None = None,
    vmax: float | None = None,
    percentiles: tuple[float, float] = (1.0, 99.5),
) -> dict[str, Any]:
    """Return the frame as one byte per pixel with its stretch (the one-byte panel format of the widgets).

    Keys: ``data`` (memoryview of uint8 codes), ``shape``, ``vmin``, ``vmax``, ``label``, ``units``;
    ``value = vmin + (code - 1) * (vmax - vmin) / 254``, code 0 = not shown.

    Args:
        frame: 2-D image.
        sky: boolean mask of the pixels to show (others get code 0); ``None`` shows every finite pixel.
        vmin: value of code 1; ``None`` is the lower percentile of the shown pixels.
        vmax: value of code 255; ``None`` is the upper percentile.
        percentiles: the default stretch.

    Example:
        >>> out = frame_bytes(np.array([[0.0, 10.0], [np.nan, 5.0]]), vmin=0.0, vmax=10.0)
        >>> list(out["data"].tobytes()), out["shape"]
        ([1, 255, 0, 128], [2, 2])

    """
    img = np.asarray(frame, dtype=np.float32)
    if img.ndim != 2:
        raise InputError(f"frame_bytes: expected one (H, W) frame, got shape {img.shape}.")
    shown = np.isfinite(img) if sky is None else (np.asarray(sky, dtype=bool) & np.isfinite(img))
    values = img[shown]
    lo_p, hi_p = np.percentile(values, percentiles) if values.size else (0.0, 1.0)
    lo = float(lo_p if vmin is None else vmin)
    hi = float(hi_p if vmax is None else vmax)
    if not hi > lo:
        hi = lo + 1.0
    scaled = np.clip((np.where(shown, img, lo) - lo) * (254.0 / (hi - lo)), 0.0, 254.0)
    codes = np.where(shown, np.rint(scaled).astype(np.uint8) + 1, 0).astype(np.uint8)
    return {
        "data": np.ascontiguousarray(codes).data,
        "shape": [int(img.shape[0]), int(img.shape[1])],
        "vmin": lo,
        "vmax": hi,
        "label": "frame",
        "units": "counts",
    }


def contour_buffers(lines: Sequence[Any]) -> dict[str, Any]:
    """Pack contours into one float32 ``(row, col)`` buffer plus one entry per segment.

    Args:
        lines: :class:`~aurora_widgets.data.contours.Contour` objects.

    Example:
        >>> from aurora_widgets.data.contours import Contour
        >>> c = Contour("elevation", 30.0, "30°", np.array([1.0, 2.0, np.nan, 4.0, 5.0]), np.zeros(5))
        >>> packed = contour_buffers([c])
        >>> [(s["start"], s["count"]) for s in packed["lines"]], np.frombuffer(packed["points"], np.float32)[:4]
        ([(0, 2), (2, 2)], array([1., 0., 2., 0.], dtype=float32))

    """
    chunks: list[np.ndarray] = []
    entries: list[dict[str, Any]] = []
    start = 0
    for line in lines:
        for seg in line.segments():
            entries.append(
                {"kind": line.kind, "value": float(line.value), "label": line.label, "start": start, "count": len(seg)}
            )
            chunks.append(seg.astype(np.float32).reshape(-1))
            start += len(seg)
    points = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    return {"points": np.ascontiguousarray(points, dtype=np.float32).data, "lines": entries}


def _fit_summary(fit: StarFit) -> dict[str, Any]:
    return {
        "skymap_filename": fit.skymap_filename,
        "ok": fit.ok,
        "reason": fit.reason,
        "stars_found": fit.stars_found,
        "stars_in_view": fit.stars_in_view,
        "median_px": fit.median_px,
        "p90_px": fit.p90_px,
        "azimuth_offset_deg": fit.azimuth_offset_deg,
        "sun_elevation_deg": round(fit.sun_elevation_deg, 2),
        "summary": fit.summary(),
    }


def frame_view_payload(
    frame: ArrayLike, skymap: Skymap, when: _dt.datetime, site: SiteLike = None, *,
    altitude_km: float = 110.0,
    elevations: Sequence[float] = (10, 20, 30, 40, 50, 60, 70, 80),
    lat_step_deg: float | None = None,
    lon_step_deg: float | None = None,
    vmin: float | None = None,
    vmax: float | None = None,
    fit_options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the frame view's payload (frame bytes, star markers, fit summary, contour polylines).

    Args:
        frame: one (H, W) frame (or (H, W, 3), averaged) oriented as the skymap.
        skymap: a :class:`~aurora_widgets.data.models.Skymap`.
        when: the frame's instant (naive = UTC).
        site: a :data:`~aurora_widgets.data.starfit.SiteLike` (``None``: the skymap's site).
        altitude_km: the altitude of the lat/lon graticule.
        elevations: the elevation rings.
        lat_step_deg: graticule latitude spacing (``None``: a round one).
        lon_step_deg: graticule longitude spacing (``None``: a round one).
        vmin: frame stretch low end (``None``: 1st percentile of the sky pixels).
        vmax: frame stretch high end (``None``: 99.5th percentile).
        fit_options: passed to :func:`~aurora_widgets.data.starfit.fit_stars` (fits are cached).

    Example:
        >>> p = frame_view_payload(frame, skymap, when)   # doctest: +SKIP
        >>> sorted(p)                                      # doctest: +SKIP
        ['altitude_km', 'contours', 'fit', 'frame', 'shape', 'stars', 'when']

    """
    el = np.asarray(getattr(skymap, "full_elevation", None))
    if el.ndim != 2:
        raise InputError("frame_view_payload needs an all-sky imager Skymap (with a 2-D full_elevation grid).")
    image = frame_2d(frame, (int(el.shape[0]), int(el.shape[1])))
    fit = cached_fit_stars(frame, skymap, when, site, **(fit_options or {}))
    with np.errstate(invalid="ignore"):
        sky = np.isfinite(el) & (el >= 0.0)
    # every star the skymap puts on the frame, the unused low ones too (status "outside": not fitted)
    stars = [row for row in star_table(fit) if row["predicted_row"] is not None]
    lines = frame_contours(skymap, altitude_km, elevations, lat_step_deg=lat_step_deg, lon_step_deg=lon_step_deg)
    return {
        "shape": [int(el.shape[0]), int(el.shape[1])],
        "frame": frame_bytes(image, sky, vmin, vmax),
        "stars": stars,
        "fit": _fit_summary(fit),
        "contours": contour_buffers(lines.all()),
        "altitude_km": float(altitude_km),
        "when": fit.when.isoformat(),
    }
