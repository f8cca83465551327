"""CalibrationBrowser: which camera, which flatfield and Rayleighs files, and what they do to a frame.

Flatfield and Rayleighs calibrations belong to a camera (its detector), not to a site, so the
widget first finds the device: given as ``device_uid``, or read from the header of one raw file of
``site_uid`` at ``date`` (and it says which file and which header field it came from). Then it:

* lists every flatfield and every Rayleighs file of the device (validity interval, version), marks
  the best for the date and loads it; choosing another row loads that one instead;
* shows the flatfield multiplier (one-byte panel and colour bar), its statistics and histogram
  (computed here, sent as a short list), and the Rayleighs-per-DN-per-second value;
* shows one raw frame of that device at the date **before and after** calibration, each step
  (dark corner, flatfield, Rayleighs) switchable; recomputed here in the background with
  :func:`aurora_widgets.data.calibration`, sent as one-byte panels, with units (DN or R) and range.

Problems (unknown device, nothing valid at the date, no raw data) show inline with a retry.

Example:
    >>> from aurora_widgets.widgets.calibration_browser import CalibrationBrowser
    >>> cal = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00")  # doctest: +SKIP
    >>> cal.wait().device_uid, cal.device_source                                        # doctest: +SKIP
    ('655', "Imager unique ID 'rego-655' in 20211104_0600_resu_rego-655_6300.pgm.gz")
    >>> cal.rayleighs.rayleighs_perdn_persecond                                           # doctest: +SKIP
    10.4
    >>> cal.steps = {"dark": True, "flatfield": False, "rayleighs": True}                 # doctest: +SKIP


Parts: the device, the files and their choice (_calibration_choice.py) and the before/after frames
(_calibration_frames.py); statistics live in data/stats.py, the raw file in data/fetch.py.

"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import traitlets

from ..data.errors import InputError
from ..data.models import Calibration, Candidate
from ..data.protocol import DataClient
from ..data.stats import histogram, statistics
from ._base import AuroraWidget
from ._browser import BrowserWidget
from ._calibration_choice import CALIBRATED_ARRAYS, CalibrationChoice, calibration_array
from ._calibration_frames import DEFAULT_STEPS, BeforeAfter, BeforeAfterTraits
from ._dates import DEFAULT_FRAME_TIME, frame_minute
from ._flatfield_fov import FieldOfView
from ._serialize import quantize
from ._traits import colormap_trait

__all__ = [
    "CALIBRATED_ARRAYS",
    "DEFAULT_FRAME_TIME",
    "CalibrationBrowser",
    "calibration_array",
    "histogram",
    "statistics",
]

class CalibrationBrowser(BrowserWidget, BeforeAfterTraits):
    """Find a camera's flatfield and Rayleighs calibrations, inspect them, and see them applied.

    Args:
        dataset: ``"REGO"``, ``"TREX_NIR"``, ``"TREX_BLUE"`` or one of their calibration (or raw)
            dataset names.
        device_uid: the camera, e.g. ``"654"`` (matches detector 15654). When omitted it is read
            from the header of one raw file of ``site_uid`` at ``date``.
        site_uid: the site, e.g. ``"resu"``; needed to find the device, and used for the raw frame.
        date: a datetime, date or ISO string; the best calibration is the one valid then, and the
            raw frame is taken from that minute (06:00 UT when no time of day is given) or later that day.
        client: an :class:`aurora_widgets.data.Client` (a default one is made when omitted).

    Loading runs in the background; ``status``/``message`` (and ``raw_status``/``raw_message`` for
    the before/after frames) say how it went, and :meth:`wait` blocks until it is done. The files and
    pictures on screen were made for ``payload_key``, ``"<array>|<site>|<YYYY-MM-DD>|<device>"``.

    Example:
        >>> cal = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04")  # doctest: +SKIP
        >>> cal.wait().selected_flatfield                                               # doctest: +SKIP
        'REGO_flatfield_15654_20210806-+_v02.sav'
        >>> cal.select_rayleighs("REGO_Rayleighs_15654_20141015-20210805_v01.sav").wait()  # doctest: +SKIP
        >>> cal.calibrated.shape                                                        # doctest: +SKIP
        (512, 512)

    """

    _kind = traitlets.Unicode("calibration_browser").tag(sync=True)
    _channels: ClassVar[dict[str, tuple[str, str]]] = {
        "flatfield": ("status", "message"), "rayleighs": ("status", "message"),
                 "raw": ("raw_status", "raw_message"), "calc": ("raw_status", "raw_message")}
    _view_traits = (*AuroraWidget._view_traits, "device_uid", "selected_flatfield", "selected_rayleighs",
                    "steps", "frame_index", "raw_status", "colormap", "frame_colormap")

    #: ``REGO``, ``TREX_NIR`` or ``TREX_BLUE`` ("" for a dataset without calibrations); see :meth:`set_target`.
    array = traitlets.Enum(("", *CALIBRATED_ARRAYS), default_value="REGO").tag(sync=True)
    #: The array's calibration datasets, e.g. ``REGO_CALIBRATION_FLATFIELD_IDLSAV``.
    flatfield_dataset = traitlets.Unicode("", read_only=True).tag(sync=True)
    rayleighs_dataset = traitlets.Unicode("", read_only=True).tag(sync=True)
    site_uid = traitlets.Unicode("").tag(sync=True)
    #: ISO date or date-time.
    date = traitlets.Unicode("").tag(sync=True)
    #: The camera, e.g. "655"; set it (or give site_uid and date) to list its calibrations.
    device_uid = traitlets.Unicode("").tag(sync=True)
    #: Where ``device_uid`` came from (a raw file's header field, or "given").
    device_source = traitlets.Unicode("", read_only=True).tag(sync=True)
    #: Dicts with filename, valid_from, valid_to (None = open), version, owner, is_best.
    flatfield_candidates = traitlets.List(traitlets.Dict(), read_only=True).tag(sync=True)
    rayleighs_candidates = traitlets.List(traitlets.Dict(), read_only=True).tag(sync=True)
    #: File names of the chosen calibrations (set one, or click a row, to choose another).
    selected_flatfield = traitlets.Unicode("").tag(sync=True)
    selected_rayleighs = traitlets.Unicode("").tag(sync=True)
    #: The flatfield multiplier as a one-byte panel, its statistics and histogram.
    flatfield_panel = traitlets.Dict(read_only=True).tag(sync=True)
    flatfield_stats = traitlets.Dict(read_only=True).tag(sync=True)
    flatfield_histogram = traitlets.Dict(read_only=True).tag(sync=True)
    #: filename, detector_uid, version, valid_from, valid_to, shape (flatfield) / value (Rayleighs).
    flatfield_info = traitlets.Dict(read_only=True).tag(sync=True)
    rayleighs_info = traitlets.Dict(read_only=True).tag(sync=True)
    colormap = colormap_trait("viridis")

    def __init__(
        self,
        dataset: str = "REGO",
        device_uid: str | None = None,
        site_uid: str | None = None,
        date: Any = None,
        client: DataClient | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(client=client, **kwargs)
        self._device_given = bool(device_uid)
        self._flatfield: Calibration | None = None
        self._fov = FieldOfView(None, "Whole frame.")
        self._rayleighs: Calibration | None = None
        #: The device, files and choices; the before/after frames (the raw minute).
        self._choice = CalibrationChoice(self)
        self._frames_part = BeforeAfter(self)
        self.on_msg(self._handle_message)
        try:
            array = calibration_array(dataset)
        except InputError as err:
            array = ""
            self.status, self.message = "error", str(err)
        with self.hold_trait_notifications():
            self.array = array
            self._put(flatfield_dataset=f"{array}_CALIBRATION_FLATFIELD_IDLSAV" if array else "",
                      rayleighs_dataset=f"{array}_CALIBRATION_RAYLEIGHS_IDLSAV" if array else "",
                      device_source="given (device_uid)" if device_uid else "")
            self.device_uid = str(device_uid or "").strip()
            self.site_uid = (site_uid or "").strip().lower()
            self.date = self._iso(date) if date is not None and str(date).strip() else ""
        self.observe(self._choice.on_target, names=["site_uid", "date", "device_uid"])
        self.observe(self._choice.on_selected, names=["selected_flatfield", "selected_rayleighs"])
        self.observe(self._frames_part.on_steps, names=["steps", "frame_index"])
        if array and (self.device_uid or (self.site_uid and self.date)):
            self.reload()
        elif array:
            self.message = "Give device_uid, or site_uid and date to find the device from a raw file."

    # ------------------------------------------------------------------ public API
    @property
    def flatfield(self) -> Calibration | None:
        """The chosen flatfield :class:`~aurora_widgets.data.Calibration` (None until loaded)."""
        return self._flatfield

    @property
    def rayleighs(self) -> Calibration | None:
        """The chosen Rayleighs :class:`~aurora_widgets.data.Calibration` (None until loaded)."""
        return self._rayleighs

    def _static_panels(self) -> list[Any]:
        """Return the flatfield, raw and calibrated panels as shown, with the steps in the last title."""
        on = [name for name, enabled in self.steps.items() if enabled]
        after = f"calibrated ({', '.join(on)})" if on else "calibrated (no steps)"
        return [("flatfield multiplier", self.flatfield_panel, self.colormap, None),
                ("raw frame", self.raw_panel, self.frame_colormap, None),
                (after, self.calibrated_panel, self.frame_colormap, None)]

    def _summary_rows(self) -> list[tuple[str, str]]:
        rows = [("device", self.device_uid), ("from", self.device_source),
                ("flatfield", self.selected_flatfield), ("rayleighs", self.selected_rayleighs)]
        return rows + super()._summary_rows()

    @property
    def raw_frame(self) -> np.ndarray | None:
        """The raw frame shown as "before", (H, W) uint16 as read, or None."""
        part = self._frames_part
        return None if part.frames is None else part.frames[:, :, part.frame_at()]

    @property
    def raw_metadata(self) -> dict[str, str] | None:
        """The header of the raw frame shown, or None."""
        part = self._frames_part
        return part.metadata[part.frame_at()] if part.metadata else None

    @property
    def raw_path(self) -> Path | None:
        """Local path of the raw file the frame comes from."""
        return self._frames_part.path

    @property
    def calibrated(self) -> np.ndarray | None:
        """The last calibrated frame (the "after" panel), as :func:`calibrate` returned it."""
        return self._frames_part.calibrated

    @property
    def flatfield_candidates_list(self) -> list[Candidate]:
        """The :class:`~aurora_widgets.data.Candidate` objects behind ``flatfield_candidates``."""
        return list(self._choice.flats)

    @property
    def rayleighs_candidates_list(self) -> list[Candidate]:
        """The :class:`~aurora_widgets.data.Candidate` objects behind ``rayleighs_candidates``."""
        return list(self._choice.rays)

    def calibrate_kwargs(self) -> dict[str, Any]:
        """Return the keyword arguments of the "after" frame: ``calibrate(raw_frame, **kw)``.

        Example:
            >>> from aurora_widgets.data import calibrate                        # doctest: +SKIP
            >>> out = calibrate(cal.raw_frame, **cal.calibrate_kwargs())         # doctest: +SKIP
            >>> bool((out == cal.calibrated).all())                              # doctest: +SKIP
            True

        """
        steps = {**DEFAULT_STEPS, **(self.steps or {})}
        return {
            "flatfield": self._flatfield if steps["flatfield"] else None,
            "rayleighs": self._rayleighs if steps["rayleighs"] else None,
            "dark": "corner" if steps["dark"] else None,
            "metadata": self.raw_metadata,
        }

    def reload(self) -> CalibrationBrowser:
        """Find the device (unless given), list its calibrations, load the best and a raw frame."""
        self._choice.reload()
        return self

    def select_flatfield(self, filename: str) -> CalibrationBrowser:
        """Choose the flatfield file ``filename`` (one of ``flatfield_candidates``).

        Example:
            >>> cal.select_flatfield("REGO_flatfield_15654_20141015-20210805_v01.sav")  # doctest: +SKIP

        """
        self._choice.select("flatfield", filename)
        return self

    def select_rayleighs(self, filename: str) -> CalibrationBrowser:
        """Choose the Rayleighs file ``filename`` (one of ``rayleighs_candidates``).

        Example:
            >>> cal.select_rayleighs("REGO_Rayleighs_15654_20141015-20210805_v01.sav")  # doctest: +SKIP

        """
        self._choice.select("rayleighs", filename)
        return self

    def set_target(
        self,
        array: str | None = None,
        site_uid: str | None = None,
        date: Any = None,
        device_uid: str | None = None,
    ) -> CalibrationBrowser:
        """Change array, site, date and/or device at once, then reload once (if anything changed).

        A site or date change without ``device_uid`` finds the device again from a raw file.

        Example:
            >>> cal.set_target(array="TREX_NIR", site_uid="gill", date="2021-11-04").wait()  # doctest: +SKIP

        """
        new_array = calibration_array(array) if array is not None else self.array
        values = {
            "array": new_array,
            "flatfield_dataset": f"{new_array}_CALIBRATION_FLATFIELD_IDLSAV",
            "rayleighs_dataset": f"{new_array}_CALIBRATION_RAYLEIGHS_IDLSAV",
            "site_uid": self.site_uid if site_uid is None else site_uid.strip().lower(),
            "date": self.date if date is None else (self._iso(date) if str(date).strip() else ""),
        }
        if device_uid is not None:
            values["device_uid"] = device_uid.strip()
        elif site_uid is not None or array is not None:
            values["device_uid"] = "" if not self._device_given else self.device_uid
        changed = any(getattr(self, k) != v for k, v in values.items())
        if device_uid is not None:
            self._device_given = bool(device_uid.strip())
        with self._jobs.quietly(), self.hold_trait_notifications():
            for k, v in values.items():
                self.set_trait(k, v)  # the two dataset names are read-only
            if device_uid is not None:
                self._put(device_source="given (device_uid)" if device_uid.strip() else "")
        if changed and self.array and (self.device_uid or (self.site_uid and self.date)):
            self.reload()
        return self

    def frame_minute(self) -> _dt.datetime:
        """Return the UT minute from which the device and raw frame are looked for (06:00 for a date).

        Example:
            >>> CalibrationBrowser(date="2021-11-04", client=object()).frame_minute()
            datetime.datetime(2021, 11, 4, 6, 0)

        """
        if not self.date:
            raise InputError("Give a date (e.g. '2021-11-04') to pick the raw minute.")
        return frame_minute(self.date, DEFAULT_FRAME_TIME)

    # ------------------------------------------------------------------ payloads
    def _send_flatfield(self) -> None:
        cal = self._flatfield
        if cal is None or cal.flat_field_multiplier is None:
            self._put(flatfield_panel={}, flatfield_stats={}, flatfield_histogram={})
            self._put(flatfield_info={})
            return
        ff = np.asarray(cal.flat_field_multiplier, dtype=np.float64)
        self._put(flatfield_panel=quantize(ff, label="flatfield multiplier", units="×"))
        mask = self._fov.mask_for(ff.shape)  # the field of view only (widgets/_flatfield_fov.py)
        region = self._fov.label if mask is not None or self._fov.mask is None else (
            "Whole frame: the skymap's shape is not the flatfield's.")
        self._put(flatfield_stats=statistics(ff, mask))
        self._put(flatfield_histogram=histogram(ff, mask=mask))
        self._put(flatfield_info=self._cal_info(cal) | {"shape": list(ff.shape), "region": region})

    def _send_rayleighs(self) -> None:
        cal = self._rayleighs
        if cal is None or cal.rayleighs_perdn_persecond is None:
            self._put(rayleighs_info={})
            return
        self._put(rayleighs_info=self._cal_info(cal) | {"value": float(cal.rayleighs_perdn_persecond)})

    @staticmethod
    def _cal_info(cal: Calibration) -> dict[str, Any]:
        gi = cal.generation_info
        return {
            "filename": Path(cal.filename).name,
            "detector_uid": str(cal.detector_uid),
            "version": cal.version,
            "valid_from": gi.valid_interval_start.date().isoformat() if gi.valid_interval_start else None,
            "valid_to": gi.valid_interval_stop.date().isoformat() if gi.valid_interval_stop else None,
            "author": gi.author or "",
        }

    def _handle_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "retry":
            self.reload()
