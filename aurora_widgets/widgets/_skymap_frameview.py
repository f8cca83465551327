"""SkymapBrowser's frame view and star fit: the chosen minute's frame in its own pixels, and the timeline's residuals.

Two parts, both fed by the frames the browser already loaded for its map:

* the **frame view** (``frame_view`` trait): one frame of the minute, the elevation/azimuth grid,
  the lat/lon graticule at ``altitude_km`` and the catalogue stars through the chosen skymap
  (:func:`~aurora_widgets.data.frameview.frame_view_payload`), arrays on the typed wire
  (``{view, dtype, shape}``). Choosing another skymap, altitude or frame sends a new payload; the
  toggles (``show_grid``, ``show_graticule``, ``show_stars``) only redraw the overlay in the page;
* the **star fit** (``star_fits`` trait, ``star_fit`` property): every candidate skymap of the
  timeline fitted on that frame (:func:`~aurora_widgets.data.starfit.fit_candidates`, cached per
  skymap and frame), on the job channel ``"star_fit"`` (a newer request supersedes the older).

The instant fitted is the middle of the minute (``minute + 30 s``): the archive's renderer draws a
minute's stars there, and for real frames the error is at most 30 s of sky rotation (0.125°).

Example:
    >>> browser = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00")   # doctest: +SKIP
    >>> browser.wait().star_fit[0]["median_px"]                             # doctest: +SKIP
    0.21

"""

from __future__ import annotations

import datetime as _dt
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import traitlets

from ..data.models import Candidate, Skymap
from ._arrays import array_to_json
from ._codegen import RawChoice
from ._jobs import error_text
from ._traits import status_trait

__all__ = ["FrameView", "FrameViewTraits", "fit_instant", "wire_payload"]

#: Seconds after the minute's start at which the stars are fitted (the minute's middle).
FIT_OFFSET_S = 30
#: A fit request waits this long (s) before fitting, and is dropped when a newer one came meanwhile:
#: playing the minute's frames asks for a fit per frame, and only the frame stopped at is fitted.
SETTLE_S = 0.12


def fit_instant(minute: _dt.datetime) -> _dt.datetime:
    """Return the instant the stars of ``minute`` are fitted at: its middle.

    Example:
        >>> fit_instant(_dt.datetime(2021, 11, 4, 6, 0, 12))
        datetime.datetime(2021, 11, 4, 6, 0, 30)

    """
    return minute.replace(second=0, microsecond=0) + _dt.timedelta(seconds=FIT_OFFSET_S)


def wire_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """Return a frame view payload with its two buffers on the typed wire (``{view, dtype, shape}``).

    ``frame["codes"]`` is the uint8 (rows, cols) panel and ``contours["points"]`` the float32
    (n, 2) ``(row, col)`` pairs; the rest is JSON.

    Example:
        >>> p = {"shape": [1, 2], "frame": {"data": memoryview(bytes([0, 9])), "shape": [1, 2]},
        ...      "contours": {"points": memoryview(np.zeros(4, np.float32).tobytes()), "lines": []}}
        >>> w = wire_payload(p); w["frame"]["codes"]["shape"], w["contours"]["points"]["shape"]
        ([1, 2], [2, 2])

    """
    frame = dict(payload["frame"])
    codes = np.frombuffer(bytes(frame.pop("data")), dtype=np.uint8).reshape(frame["shape"])
    frame["codes"] = array_to_json(codes, None)
    contours = dict(payload["contours"])
    points = np.frombuffer(bytes(contours["points"]), dtype=np.float32).reshape(-1, 2)
    contours["points"] = array_to_json(points, None)
    return {**payload, "frame": frame, "contours": contours}


class FrameViewTraits(traitlets.HasTraits):
    """The traits of the frame view and the star fit (a mixin of SkymapBrowser).

    Example:
        >>> FrameViewTraits().show_stars
        True

    """

    #: The frame view payload (frame, stars, fit, contours), written by Python only.
    frame_view = traitlets.Dict(read_only=True).tag(sync=True)
    frame_view_status = status_trait()
    frame_view_message = traitlets.Unicode("").tag(sync=True)
    #: Overlay toggles: elevation/azimuth grid, lat/lon graticule at ``altitude_km``, catalogue stars.
    show_grid = traitlets.Bool(True).tag(sync=True)
    show_graticule = traitlets.Bool(True).tag(sync=True)
    show_stars = traitlets.Bool(True).tag(sync=True)
    #: One row per candidate: skymap_filename, stars_found, stars_in_view, median_px, p90_px, reason,
    #: best, caption (``"v02 0.40 px"`` / ``"v01 no fit"``), and the fitted ``when``.
    star_fits = traitlets.List(traitlets.Dict(), read_only=True).tag(sync=True)
    star_fit_status = status_trait()
    star_fit_message = traitlets.Unicode("").tag(sync=True)

    @property
    def star_fit(self) -> list[dict[str, Any]]:
        """The timeline's star fit of the shown frame: one dict per candidate skymap.

        Keys: skymap_filename, stars_found, stars_in_view, median_px, p90_px (None where the stars
        cannot be fitted), reason (why not), best, caption, when (the instant fitted).

        Example:
            >>> [(r["caption"], r["best"]) for r in b.wait().star_fit]   # doctest: +SKIP
            [('v01 2.80 px', False), ('v02 0.40 px', True)]

        """
        return [dict(row) for row in self.star_fits]


class FrameView:
    """The frame view and star fit of one SkymapBrowser (its state and the jobs that compute them).

    Example:
        >>> view = FrameView(browser)   # doctest: +SKIP
        >>> view.refresh()              # doctest: +SKIP

    """

    def __init__(self, browser: Any) -> None:
        self._b = browser
        #: candidate file name -> its skymap (read once; the fit cache keys on the object).
        self._skymaps: dict[str, Skymap] = {}
        #: Requests so far per channel: a job whose request is no longer the newest skips its work.
        self._asked = {"frame_view": 0, "star_fit": 0}
        self._ask_lock = threading.Lock()

    def _ask(self, channel: str) -> Any:
        """Count a new request on ``channel``; return a check that tells, after settling, if it is still the newest."""
        with self._ask_lock:
            self._asked[channel] += 1
            mine = self._asked[channel]

        def still_wanted() -> bool:
            time.sleep(SETTLE_S)
            return self._asked[channel] == mine

        return still_wanted

    def clear(self) -> None:
        """Forget the shown frame view and fits (a new site or date), superseding running jobs."""
        b = self._b
        b._jobs.supersede("frame_view", "star_fit")
        self._skymaps = {}
        with b.hold_trait_notifications():
            b._put(frame_view={}, star_fits=[])
            b.frame_view_status, b.frame_view_message = "idle", ""
            b.star_fit_status, b.star_fit_message = "idle", ""

    def _frame(self) -> tuple[np.ndarray, _dt.datetime, int] | None:
        b = self._b
        frames, times = b._frames, b._frame_times
        if frames is None or not times:
            return None
        i = min(int(b.frame_index), frames.shape[2] - 1)
        return np.asarray(frames[..., i], dtype=float), fit_instant(times[i]), i

    def refresh(self, *, fits: bool = True) -> None:
        """Compute the frame view of the chosen skymap (and, with ``fits``, the timeline's fits) in the background."""
        b = self._b
        got, sm = self._frame(), b._skymap
        if got is None or sm is None:
            b._jobs.supersede("frame_view", "star_fit")
            b._put(frame_view={}, star_fits=[])  # never a fit of another minute
            b.frame_view_status = b.frames_status if b.frames_status in ("none", "error") else "idle"
            b.frame_view_message = "No frame for this minute." if b.frames_status in ("none", "error") else ""
            b.star_fit_status, b.star_fit_message = b.frame_view_status, b.frame_view_message
            return
        frame, when, index = got
        altitude = float(b.altitude_km)
        name = Path(sm.filename).name
        self._skymaps.setdefault(name, sm)

        wanted = self._ask("frame_view")

        def work() -> dict[str, Any] | None:
            from ..data.frameview import frame_view_payload

            if not wanted():
                return None  # a newer frame, skymap or altitude was asked for: its job does the work

            payload = wire_payload(frame_view_payload(frame, sm, when, altitude_km=altitude))
            return {**payload, "skymap_filename": name, "frame_index": index}

        def done(payload: dict[str, Any] | None) -> None:
            if payload is None:
                return
            b._put(frame_view=payload)
            b.frame_view_status = "ready"
            b.frame_view_message = f"{name}, frame {index + 1}, stars at {when:%H:%M:%S} UT"

        b._jobs.submit("frame_view", f"Fitting the stars of frame {index + 1} through {name}…", work, done)
        if fits:
            self.fit_candidates()

    def raw_choice(self) -> RawChoice | None:
        """Return the raw frame of the star fit for the Code tab (None before frames are shown).

        Example:
            >>> browser._fv.raw_choice().frame_index   # doctest: +SKIP
            0

        """
        from .skymap_browser import RAW_DATASET_FOR_SKYMAP

        b = self._b
        raw = RAW_DATASET_FOR_SKYMAP.get(b.dataset_name.upper())
        if raw is None or not b.star_fits or not b._frame_times:
            return None
        index = int(b.star_fits[0].get("frame_index", 0))
        minute = b._frame_times[0].replace(second=0, microsecond=0)
        return RawChoice(raw, minute.replace(tzinfo=None), b.site_uid, None, index)

    def _skymap_of(self, candidate: Candidate) -> Skymap:
        sm = self._skymaps.get(candidate.filename)
        if sm is None:
            sm = self._b._read(self._b.dataset_name, candidate)[1]
            self._skymaps[candidate.filename] = sm
        return sm

    def fit_candidates(self) -> None:
        """Fit every candidate of the timeline on the current frame (channel ``"star_fit"``)."""
        b = self._b
        got = self._frame()
        candidates = list(b._candidate_objects)
        if got is None or not candidates:
            b._jobs.supersede("star_fit")
            b._put(star_fits=[])
            return
        frame, when, index = got

        wanted = self._ask("star_fit")

        def work() -> list[dict[str, Any]] | None:
            from ..data.errors import AuroraWidgetsError
            from ..data.starfit import fit_candidates

            if not wanted():
                return None

            skymaps: list[Skymap] = []
            missing: dict[str, str] = {}
            for c in candidates:
                try:
                    skymaps.append(self._skymap_of(c))
                except (AuroraWidgetsError, OSError) as err:
                    missing[c.filename] = error_text(err)
            rows = {Path(r.skymap_filename).name: r.as_dict() for r in fit_candidates(frame, skymaps, when)}
            out = []
            for c in candidates:
                row = rows.get(c.filename) or {
                    "skymap_filename": c.filename, "stars_found": 0, "stars_in_view": 0, "median_px": None,
                    "p90_px": None, "reason": missing.get(c.filename, "not read"), "best": False,
                    "caption": f"{c.version} no fit",
                }
                out.append({**row, "skymap_filename": c.filename, "when": when.isoformat(), "frame_index": index})
            return out

        def done(rows: list[dict[str, Any]] | None) -> None:
            if rows is None:
                return
            b._put(star_fits=rows)
            b.star_fit_status = "ready"
            best = next((r for r in rows if r["best"]), None)
            b.star_fit_message = (f"Best star fit: {best['caption']} ({best['skymap_filename']})" if best else
                                  f"No star fit: {rows[0]['reason']}" if rows else "")

        b._jobs.submit("star_fit", f"Fitting the stars of {len(candidates)} skymaps at {when:%H:%M:%S} UT…",
                       work, done)
