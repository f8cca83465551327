"""CalibrationBrowser's before/after frames: one raw frame of the device, and the same frame calibrated.

:class:`BeforeAfter` loads one minute of raw frames of the chosen device (job channel "raw",
:func:`aurora_widgets.data.fetch.first_raw_file`) and calibrates the frame at ``frame_index`` with
the chosen files and ``steps`` (channel "calc", :func:`aurora_widgets.data.calibrate`: the newest
request wins). Both frames go to the page as one-byte panels over their 0.5-99.5 percentiles, with
units (DN or R), the range and statistics.

Example:
    >>> import numpy as np
    >>> panel, info = frame_panel(np.arange(16.0).reshape(4, 4), "raw", "DN")
    >>> info["units"], panel["shape"]
    ('DN', [4, 4])

"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import traitlets

from ..data.errors import NoMatchError
from ..data.fetch import first_raw_file
from ..data.stats import percentile_range, statistics
from ._calibration_choice import CALIBRATED_ARRAYS
from ._dates import frame_minute
from ._serialize import quantize
from ._traits import colormap_trait, output_trait, status_trait

if TYPE_CHECKING:
    from .calibration_browser import CalibrationBrowser

__all__ = ["DEFAULT_STEPS", "FRAME_PERCENTILES", "BeforeAfter", "BeforeAfterTraits", "frame_panel"]

#: The calibration steps of the "after" frame, all on by default.
DEFAULT_STEPS = {"dark": True, "flatfield": True, "rayleighs": True}
#: Percentiles of a frame mapped to the ends of the colour scale (the full range is reported too).
FRAME_PERCENTILES = (0.5, 99.5)


def frame_panel(frame: np.ndarray, label: str, units: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return a frame's one-byte panel (colour scale over the 0.5-99.5 percentiles) and its description."""
    arr = np.asarray(frame, dtype=np.float64)
    lo, hi = percentile_range(arr, FRAME_PERCENTILES)
    panel = quantize(arr, vmin=lo, vmax=hi, label=label, units=units)
    stats = statistics(arr)
    info = {"label": label, "units": units, "display_min": panel["vmin"], "display_max": panel["vmax"],
            **stats}
    return panel, info


class BeforeAfterTraits(traitlets.HasTraits):
    """The traits of the before/after frames (a mixin of CalibrationBrowser).

    Example:
        >>> BeforeAfterTraits().steps
        {'dark': True, 'flatfield': True, 'rayleighs': True}

    """

    #: Which calibration steps the "after" frame gets: {"dark", "flatfield", "rayleighs"} -> bool.
    steps = traitlets.Dict(default_value=dict(DEFAULT_STEPS)).tag(sync=True)
    #: Index of the frame of the raw minute shown before/after.
    frame_index = traitlets.Int(0, min=0).tag(sync=True)
    #: The raw and the calibrated frame as one-byte panels.
    raw_panel = output_trait()
    calibrated_panel = output_trait()
    #: filename, timestamp, index, count, exposure_s of the raw frame; stats of both panels.
    frame_info = output_trait()
    raw_info = output_trait()
    calibrated_info = output_trait()
    #: "idle", "loading", "ready", "none" (no raw data) or "error" for the before/after frames.
    raw_status = status_trait()
    raw_message = traitlets.Unicode("").tag(sync=True)
    frame_colormap = colormap_trait("gray")


class BeforeAfter:
    """The raw minute of one CalibrationBrowser and the jobs that calibrate its frame."""

    def __init__(self, widget: CalibrationBrowser) -> None:
        self._w = widget
        self.forget()

    def forget(self) -> None:
        """Drop the raw minute and the last calibrated frame (a new selection loads its own)."""
        #: The minute's frames (H, W, N) as read, their times and headers, and the file they came from.
        self.frames: np.ndarray | None = None
        self.times: list[_dt.datetime] = []
        self.metadata: list[dict[str, str]] = []
        self.path: Path | None = None
        #: The last "after" frame, as :func:`~aurora_widgets.data.calibrate` returned it.
        self.calibrated: np.ndarray | None = None

    def frame_at(self) -> int:
        """Return the index of the frame shown (``frame_index`` kept within the minute)."""
        frames = self.frames
        return 0 if frames is None else int(np.clip(self._w.frame_index, 0, frames.shape[2] - 1))

    def on_steps(self, change: dict[str, Any]) -> None:
        """Calibrate again for new ``steps`` (completed with the defaults) or another ``frame_index``."""
        w = self._w
        if change["name"] == "frame_index" and w._jobs.landing():
            return  # the first frame of newly loaded raw data: the raw job calculates it itself
        if change["name"] == "steps":
            merged = {**DEFAULT_STEPS, **{k: bool(v) for k, v in (change["new"] or {}).items()
                                         if k in DEFAULT_STEPS}}
            if merged != change["new"]:
                w.steps = merged
                return
        self.recalculate()

    def load_raw(self) -> None:
        """Load one minute of raw frames of the device at the date (job channel "raw"), then calibrate."""
        w = self._w
        array, site, date, device = w.array, w.site_uid, w.date, w.device_uid
        if not date:
            w._jobs.supersede("raw", "calc")
            w.raw_status = "none"
            w.raw_message = "Give a date to see a raw frame before and after calibration."
            return

        def failed(err: BaseException) -> tuple[str, str] | None:
            return ("none", str(err)) if isinstance(err, NoMatchError) else None

        def done(out: tuple[Path, Any]) -> None:
            path, data = out
            self.path = path
            self.frames = data.data
            self.times = list(data.timestamp)
            self.metadata = list(data.metadata)
            w.frame_index = 0  # a landing result: on_steps leaves it to the line below
            self.recalculate(wait=True)

        raw = CALIBRATED_ARRAYS[array]
        w._jobs.submit("raw", "Downloading one minute of raw frames…",
                       lambda: first_raw_file(w.client, raw, frame_minute(date), site, device), done, on_error=failed)

    def recalculate(self, *, wait: bool = False) -> None:
        """Compute the before/after panels again (a "calc" job; the newest request wins)."""
        if self.frames is None:
            return
        self._w._jobs.submit("calc", "Calibrating…", self.calculate, self.show, wait=wait)

    def calculate(self) -> dict[str, Any] | None:
        """Compute the before/after panels for the current frame and steps (in a worker thread)."""
        from ..data.calibration import DEFAULT_EXPOSURE_S, calibrate, exposure_from_metadata

        w = self._w
        if self.frames is None:
            return None
        index = self.frame_at()
        frame = self.frames[:, :, index]
        kwargs = w.calibrate_kwargs()
        skipped = []
        steps = {**DEFAULT_STEPS, **(w.steps or {})}
        if steps["flatfield"] and kwargs["flatfield"] is None:
            skipped.append("flatfield (no file chosen)")
        if steps["rayleighs"] and kwargs["rayleighs"] is None:
            skipped.append("Rayleighs (no file chosen)")
        out = calibrate(frame, **kwargs)
        in_rayleighs = kwargs["rayleighs"] is not None
        exposure = None
        if in_rayleighs:
            exposure = exposure_from_metadata(kwargs["metadata"] or {}) or DEFAULT_EXPOSURE_S.get(w.array)
        raw_panel, raw_info = frame_panel(frame, "raw", "DN")
        units = "R" if in_rayleighs else "DN"
        cal_panel, cal_info = frame_panel(out, "calibrated", units)
        applied = [name for name, on in (("dark", kwargs["dark"] is not None),
                                         ("flatfield", kwargs["flatfield"] is not None),
                                         ("rayleighs", in_rayleighs)) if on]
        cal_info |= {"applied": applied, "skipped": skipped, "dtype": str(out.dtype),
                     "units_long": "Rayleighs" if in_rayleighs else "counts (DN)"}
        stamp = self.times[index] if index < len(self.times) else None
        info = {
            "filename": self.path.name if self.path else "",
            "timestamp": stamp.isoformat(sep=" ", timespec="seconds") if stamp else "",
            "index": index,
            "count": int(self.frames.shape[2]),
            "exposure_s": exposure,
            "imager": (w.raw_metadata or {}).get("Imager unique ID", ""),
        }
        return {"out": out, "raw_panel": raw_panel, "raw_info": raw_info, "cal_panel": cal_panel,
                "cal_info": cal_info, "info": info, "skipped": skipped}

    def show(self, r: dict[str, Any] | None) -> None:
        """Send a calculation's panels and descriptions, and say which steps were skipped."""
        if r is None:
            return
        w = self._w
        self.calibrated = r["out"]
        with w.hold_trait_notifications():
            w._put(raw_panel=r["raw_panel"], raw_info=r["raw_info"])
            w._put(calibrated_panel=r["cal_panel"], calibrated_info=r["cal_info"])
            w._put(frame_info=r["info"])
            note = f"Skipped: {', '.join(r['skipped'])}." if r["skipped"] else ""
            w.raw_status, w.raw_message = "ready", note
