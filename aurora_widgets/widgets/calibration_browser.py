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


Size: about 710 lines (a third docstrings), over the ~500 rule: discovery, two candidate lists and
the before/after frames observe each other; statistics live in data/stats.py, the raw file in
data/fetch.py. Next split: the calculation.

"""

from __future__ import annotations

import datetime as _dt
import threading
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import traitlets

from ..data.errors import AuroraWidgetsError, InputError, NoMatchError
from ..data.fetch import candidate_path, first_raw_file
from ..data.instruments import calibrated_arrays, instrument_for_dataset
from ..data.models import Calibration, Candidate, Candidates
from ..data.protocol import DataClient
from ..data.select import as_datetime
from ..data.stats import histogram, percentile_range, statistics
from ._base import AuroraWidget
from ._flatfield_fov import FieldOfView, find_field_of_view
from ._serialize import quantize
from ._traits import colormap_trait, status_trait

__all__ = [
    "CALIBRATED_ARRAYS",
    "DEFAULT_FRAME_TIME",
    "CalibrationBrowser",
    "calibration_array",
    "histogram",
    "statistics",
]

#: Instrument arrays with flatfield/Rayleighs calibration files -> their raw dataset (from the registry).
CALIBRATED_ARRAYS: dict[str, str] = {k: str(i.raw_dataset) for k, i in calibrated_arrays().items()}
#: When ``date`` has no time of day, the raw frame is looked for from this UT time (local night).
DEFAULT_FRAME_TIME = _dt.time(6, 0)
DEFAULT_STEPS = {"dark": True, "flatfield": True, "rayleighs": True}
#: Percentiles of a frame mapped to the ends of the colour scale (the full range is reported too).
FRAME_PERCENTILES = (0.5, 99.5)


def calibration_array(name: str) -> str:
    """Return the instrument array (``REGO``, ``TREX_NIR``, ``TREX_BLUE``) of an array or dataset name.

    Accepts array names in any case (``"rego"``, ``"TREX_NIR"``) and calibration, raw or skymap
    dataset names. Arrays without calibration files (THEMIS, TREx RGB) raise :class:`InputError`.

    Example:
        >>> calibration_array("REGO_CALIBRATION_FLATFIELD_IDLSAV"), calibration_array("trex_nir")
        ('REGO', 'TREX_NIR')
        >>> calibration_array("THEMIS_ASI_SKYMAP_IDLSAV")
        Traceback (most recent call last):
        ...
        aurora_widgets.data.errors.InputError: There are no calibration files for THEMIS ASI: flatfield and \
Rayleighs files exist for REGO, TREx NIR and TREx Blue.

    """
    inst = instrument_for_dataset(str(name or ""))
    if inst is not None and inst.has_calibrations:
        return inst.prefix
    label = inst.label if inst is not None else repr(name)
    arrays = [i.label for i in calibrated_arrays().values()]
    raise InputError(
        f"There are no calibration files for {label}: flatfield and Rayleighs files exist for "
        f"{', '.join(arrays[:-1])} and {arrays[-1]}."
    )


def _candidate_dict(c: Candidate) -> dict[str, Any]:
    return {
        "filename": c.filename,
        "valid_from": c.valid_from.date().isoformat(),
        "valid_to": None if c.valid_to is None else c.valid_to.date().isoformat(),
        "version": c.version,
        "owner": c.owner,
        "is_best": bool(c.is_best),
    }


def _frame_panel(frame: np.ndarray, label: str, units: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """One-byte panel of a frame (colour scale over the 0.5-99.5 percentiles) and its description."""
    arr = np.asarray(frame, dtype=np.float64)
    lo, hi = percentile_range(arr, FRAME_PERCENTILES)
    panel = quantize(arr, vmin=lo, vmax=hi, label=label, units=units)
    stats = statistics(arr)
    info = {"label": label, "units": units, "display_min": panel["vmin"], "display_max": panel["vmax"],
            **stats}
    return panel, info


class CalibrationBrowser(AuroraWidget):
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
    the before/after frames) say how it went, and :meth:`wait` blocks until it is done.

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

    #: ``REGO``, ``TREX_NIR`` or ``TREX_BLUE``.
    array = traitlets.Unicode("REGO").tag(sync=True)
    flatfield_dataset = traitlets.Unicode("").tag(sync=True)
    rayleighs_dataset = traitlets.Unicode("").tag(sync=True)
    site_uid = traitlets.Unicode("").tag(sync=True)
    #: ISO date or date-time.
    date = traitlets.Unicode("").tag(sync=True)
    #: The camera, e.g. "655"; set it (or give site_uid and date) to list its calibrations.
    device_uid = traitlets.Unicode("").tag(sync=True)
    #: Where ``device_uid`` came from (a raw file's header field, or "given").
    device_source = traitlets.Unicode("").tag(sync=True)
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
    #: Which calibration steps the "after" frame gets: {"dark", "flatfield", "rayleighs"} -> bool.
    steps = traitlets.Dict(default_value=dict(DEFAULT_STEPS)).tag(sync=True)
    #: Index of the frame of the raw minute shown before/after.
    frame_index = traitlets.Int(0, min=0).tag(sync=True)
    raw_panel = traitlets.Dict(read_only=True).tag(sync=True)
    calibrated_panel = traitlets.Dict(read_only=True).tag(sync=True)
    #: filename, timestamp, index, count, exposure_s of the raw frame; stats of both panels.
    frame_info = traitlets.Dict(read_only=True).tag(sync=True)
    raw_info = traitlets.Dict(read_only=True).tag(sync=True)
    calibrated_info = traitlets.Dict(read_only=True).tag(sync=True)
    #: "idle", "loading", "ready", "none" (no raw data) or "error" for the before/after frames.
    raw_status = status_trait()
    raw_message = traitlets.Unicode("").tag(sync=True)
    colormap = colormap_trait("viridis")
    frame_colormap = colormap_trait("gray")
    #: The selection the files and pictures on screen were made for, ``"<array>|<site>|<YYYY-MM-DD>|<device>"``
    #: ("" = none): the front-end draws them only while it matches ``array``/``site_uid``/``date``/``device_uid``.
    payload_key = traitlets.Unicode("", read_only=True).tag(sync=True)
    #: Whether the page offers Retry for the error shown: network and server failures only.
    retryable = traitlets.Bool(True, read_only=True).tag(sync=True)

    def __init__(
        self,
        dataset: str = "REGO",
        device_uid: str | None = None,
        site_uid: str | None = None,
        date: Any = None,
        client: DataClient | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._client = client
        self._lock = threading.RLock()
        self._device_given = bool(device_uid)
        self._flat_cands: list[Candidate] = []
        self._ray_cands: list[Candidate] = []
        self._flatfield: Calibration | None = None
        self._fov = FieldOfView(None, "Whole frame.")
        self._rayleighs: Calibration | None = None
        self._frames: np.ndarray | None = None
        self._frame_times: list[_dt.datetime] = []
        self._frame_metadata: list[dict[str, str]] = []
        self._raw_path: Path | None = None
        self._calibrated: np.ndarray | None = None
        self.on_msg(self._handle_message)
        try:
            array = calibration_array(dataset)
        except InputError as err:
            array = ""
            self.status, self.message = "error", str(err)
        with self.hold_trait_notifications():
            self.array = array
            self.flatfield_dataset = f"{array}_CALIBRATION_FLATFIELD_IDLSAV" if array else ""
            self.rayleighs_dataset = f"{array}_CALIBRATION_RAYLEIGHS_IDLSAV" if array else ""
            self.device_uid = str(device_uid or "").strip()
            self.device_source = "given (device_uid)" if device_uid else ""
            self.site_uid = (site_uid or "").strip().lower()
            self.date = self._iso(date) if date is not None and str(date).strip() else ""
        self.observe(self._on_target, names=["site_uid", "date", "device_uid"])
        self.observe(self._on_selected, names=["selected_flatfield", "selected_rayleighs"])
        self.observe(self._on_steps, names=["steps", "frame_index"])
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
        if self._frames is None:
            return None
        return self._frames[:, :, self._frame_at()]

    @property
    def raw_metadata(self) -> dict[str, str] | None:
        """The header of the raw frame shown, or None."""
        if not self._frame_metadata:
            return None
        return self._frame_metadata[self._frame_at()]

    @property
    def raw_path(self) -> Path | None:
        """Local path of the raw file the frame comes from."""
        return self._raw_path

    @property
    def calibrated(self) -> np.ndarray | None:
        """The last calibrated frame (the "after" panel), as :func:`calibrate` returned it."""
        return self._calibrated

    @property
    def flatfield_candidates_list(self) -> list[Candidate]:
        """The :class:`~aurora_widgets.data.Candidate` objects behind ``flatfield_candidates``."""
        return list(self._flat_cands)

    @property
    def rayleighs_candidates_list(self) -> list[Candidate]:
        """The :class:`~aurora_widgets.data.Candidate` objects behind ``rayleighs_candidates``."""
        return list(self._ray_cands)

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
        self._jobs.supersede("flatfield", "rayleighs", "raw", "calc")
        array, site, date, device = self.array, self.site_uid, self.date, self.device_uid
        if not self._device_given:
            device = ""

        def work() -> dict[str, Any]:
            return self._discover(array, site, date, device)

        def apply(result: dict[str, Any]) -> None:
            self._apply(result, f"{array}|{site}|{date[:10]}|{result['device']}")

        with self.hold_sync():  # the old files and pictures go in the message that says "loading"
            self._clear_pictures()
            self._jobs.submit("main", self._loading_label(site, date, device), work, apply,
                              on_error=self._discovery_failed)
        return self

    def _discovery_failed(self, err: BaseException) -> tuple[str, str] | None:
        """Offer Retry only for network and server errors, not for a site or device with nothing in it."""
        self._put(retryable=not isinstance(err, (NoMatchError, InputError)))
        return None

    def _clear_pictures(self) -> None:
        """Drop the previous selection's files and pictures at once (the new ones follow when loaded).

        ``device_uid`` stays (a found one is written again by the next discovery); the page shows it
        only with the files it was found for.
        """
        self._flat_cands, self._ray_cands = [], []
        self._flatfield = self._rayleighs = None
        self._frames, self._frame_times, self._frame_metadata = None, [], []
        self._raw_path, self._calibrated = None, None
        with self.hold_sync(), self.hold_trait_notifications(), self._jobs.quietly():
            self._put(payload_key="", retryable=True, flatfield_candidates=[], rayleighs_candidates=[],
                      flatfield_panel={}, flatfield_stats={}, flatfield_histogram={}, flatfield_info={},
                      rayleighs_info={},
                      raw_panel={}, calibrated_panel={}, frame_info={}, raw_info={}, calibrated_info={})
            self.selected_flatfield = self.selected_rayleighs = ""
            self.raw_status, self.raw_message = "idle", ""

    def select_flatfield(self, filename: str) -> CalibrationBrowser:
        """Choose the flatfield file ``filename`` (one of ``flatfield_candidates``).

        Example:
            >>> cal.select_flatfield("REGO_flatfield_15654_20141015-20210805_v01.sav")  # doctest: +SKIP

        """
        self._find(self._flat_cands, filename, "flatfield")
        if filename == self.selected_flatfield:
            self._load_choice("flatfield")
        else:
            self.selected_flatfield = filename
        return self

    def select_rayleighs(self, filename: str) -> CalibrationBrowser:
        """Choose the Rayleighs file ``filename`` (one of ``rayleighs_candidates``).

        Example:
            >>> cal.select_rayleighs("REGO_Rayleighs_15654_20141015-20210805_v01.sav")  # doctest: +SKIP

        """
        self._find(self._ray_cands, filename, "Rayleighs")
        if filename == self.selected_rayleighs:
            self._load_choice("rayleighs")
        else:
            self.selected_rayleighs = filename
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
                setattr(self, k, v)
            if device_uid is not None:
                self.device_source = "given (device_uid)" if device_uid.strip() else ""
        if changed and self.array and (self.device_uid or (self.site_uid and self.date)):
            self.reload()
        return self

    def frame_minute(self) -> _dt.datetime:
        """Return the UT minute from which the device and raw frame are looked for (06:00 for a date).

        Example:
            >>> CalibrationBrowser(date="2021-11-04", client=object()).frame_minute()
            datetime.datetime(2021, 11, 4, 6, 0)

        """
        return self._frame_minute(self.date)

    # ------------------------------------------------------------------ helpers
    def _iso(self, value: Any) -> str:
        when = as_datetime(value, "date")
        text = value.strip() if isinstance(value, str) else None
        date_only = (text is not None and len(text) <= 10) or (
            isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
        )
        return when.date().isoformat() if date_only else when.isoformat(timespec="minutes")

    def _when(self, date: str) -> _dt.datetime | None:
        return as_datetime(date, "date") if date else None

    def _frame_minute(self, date: str) -> _dt.datetime:
        when = as_datetime(date, "date")
        if len(date.strip()) <= 10:
            when = _dt.datetime.combine(when.date(), DEFAULT_FRAME_TIME)
        return when.replace(second=0, microsecond=0)

    @staticmethod
    def _loading_label(site: str, date: str, device: str) -> str:
        if device:
            return f"Listing the calibration files of device {device}…"
        return f"Finding the device of {site} at {date.replace('T', ' ')} from a raw file header…"

    @staticmethod
    def _find(cands: list[Candidate], filename: str, kind: str) -> Candidate:
        for c in cands:
            if c.filename == filename:
                return c
        names = ", ".join(c.filename for c in cands) or "none listed yet"
        raise InputError(f"{filename!r} is not one of the {kind} files of this device; candidates: {names}.")

    def _known_devices(self, dataset: str) -> list[str]:
        """Detector serials that have files in ``dataset`` (for a helpful unknown-device message)."""
        from ..data.select import parse_file_name

        try:
            listing = self.client.get_urls(dataset, _dt.datetime(2000, 1, 1),
                                           _dt.datetime.now() + _dt.timedelta(days=1))
        except AuroraWidgetsError:
            return []
        owners = set()
        for url in listing.urls:
            try:
                owners.add(parse_file_name(url).owner)
            except (AuroraWidgetsError, ValueError):
                continue
        return sorted(owners)

    def _download(self, dataset: str, cand: Candidate, device: str) -> Path:
        """Return the calibration file: the cached copy (no request, works offline), else download it.

        Downloading lists the file's valid-from day for the device and keeps the file of that name.
        """
        return candidate_path(self.client, dataset, cand)

    def _read(self, dataset: str, cand: Candidate | None, device: str) -> Calibration | None:
        if cand is None:
            return None
        from ..data import read_calibration

        cal: Calibration = read_calibration(self._download(dataset, cand, device), dataset=dataset)
        return cal

    # ------------------------------------------------------------------ discovery
    def _discover(self, array: str, site: str, date: str, device: str) -> dict[str, Any]:
        if not array:
            raise InputError("Choose an instrument array with calibrations: REGO, TREX_NIR or TREX_BLUE.")
        raw = CALIBRATED_ARRAYS[array]
        when = self._when(date)
        source = "given (device_uid)"
        if not device:
            if not site or when is None:
                raise InputError("Give device_uid, or site_uid and date to find the device from a raw file.")
            minute = self._frame_minute(date)
            try:
                device, source = self.client.find_device_uid(raw, site, minute)
            except NoMatchError:
                label = getattr(instrument_for_dataset(raw), "label", array)
                raise NoMatchError(f"{site} has no {label} raw files on {minute:%Y-%m-%d} from {minute:%H:%M} UT "
                                   "to find its camera from; choose another date, or give the device UID.",
                                   []) from None
        flat_ds = f"{array}_CALIBRATION_FLATFIELD_IDLSAV"
        ray_ds = f"{array}_CALIBRATION_RAYLEIGHS_IDLSAV"
        flats: Candidates = self.client.list_calibrations(flat_ds, device, when)
        rays: Candidates = self.client.list_calibrations(ray_ds, device, when)
        if not len(flats) and not len(rays):
            known = self._known_devices(flat_ds)
            hint = (f" Devices with {array} calibrations: "
                    + ", ".join(f"{k[-3:]} (detector {k})" for k in known) + "." if known else "")
            raise NoMatchError(
                f"There are no {array} flatfield or Rayleighs calibration files for device {device!r}.{hint} "
                "Check the device UID (e.g. '654' for rego-654), or give site_uid and date to find it "
                "from a raw file.")
        notes = []
        for label, cands in (("flatfield", flats), ("Rayleighs", rays)):
            if cands.best is None:
                if not len(cands):
                    notes.append(f"device {device} has no {label} files")
                else:
                    first = cands.candidates[0]
                    notes.append(
                        f"no {label} file of device {device} is valid at {when:%Y-%m-%d}"
                        f" (the earliest is valid from {first.valid_from:%Y-%m-%d}); choose one from the list"
                        if when is not None else f"no date given to choose a {label} file; choose one")
        flat = self._read(flat_ds, flats.best, device)
        ray = self._read(ray_ds, rays.best, device)
        fov = find_field_of_view(self.client, raw, site, when)  # flatfield statistics cover it
        return {"device": device, "source": source, "flats": flats, "rays": rays,
                "flat": flat, "ray": ray, "note": "; ".join(notes), "fov": fov}

    def _apply(self, result: dict[str, Any], key: str) -> None:
        flats, rays = result["flats"], result["rays"]
        self._flat_cands, self._ray_cands = list(flats.candidates), list(rays.candidates)
        self._flatfield, self._rayleighs = result["flat"], result["ray"]
        self._fov = result["fov"]
        with self.hold_trait_notifications():  # a landing result: _on_target/_on_selected skip these
            self.device_uid = result["device"]
            self.device_source = result["source"]
            self._put(payload_key=key)
            self._put(flatfield_candidates=[_candidate_dict(c) for c in self._flat_cands])
            self._put(rayleighs_candidates=[_candidate_dict(c) for c in self._ray_cands])
            self.selected_flatfield = flats.best.filename if flats.best else ""
            self.selected_rayleighs = rays.best.filename if rays.best else ""
            self._send_flatfield()
            self._send_rayleighs()
        if result["note"]:
            note = result["note"]
            self._put(retryable=False)  # a choice to make in the lists, not a retry
            self.status, self.message = "error", note[0].upper() + note[1:] + "."
        self._load_raw()

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

    # ------------------------------------------------------------------ selection
    def _on_target(self, change: dict[str, Any]) -> None:
        if self._jobs.landing():  # our own writes (a result landing, set_target), not the user's
            return
        name, new = change["name"], change["new"]
        if name == "site_uid" and new != new.strip().lower():
            self.site_uid = new.strip().lower()
            return
        if name == "date" and new:
            try:
                normalised = self._iso(new)
            except AuroraWidgetsError as err:
                self.status, self.message = "error", str(err)
                return
            if normalised != new:
                self.date = normalised
                return
        if name == "device_uid":
            self._device_given = bool(new.strip())
            self.device_source = "given (device_uid)" if new.strip() else ""
        if self.array and (self.device_uid or (self.site_uid and self.date)):
            self.reload()

    def _on_selected(self, change: dict[str, Any]) -> None:
        if self._jobs.landing() or not change["new"]:
            return
        self._load_choice("flatfield" if change["name"] == "selected_flatfield" else "rayleighs")

    def _load_choice(self, kind: str) -> None:
        is_flat = kind == "flatfield"
        filename = self.selected_flatfield if is_flat else self.selected_rayleighs
        try:
            cand = self._find(self._flat_cands if is_flat else self._ray_cands, filename, kind)
        except InputError as err:
            self.status, self.message = "error", str(err)
            return
        dataset = self.flatfield_dataset if is_flat else self.rayleighs_dataset
        device = self.device_uid

        def done(cal: Calibration) -> None:
            current = self.selected_flatfield if is_flat else self.selected_rayleighs
            if current != filename:
                return
            if is_flat:
                self._flatfield = cal
                self._send_flatfield()
            else:
                self._rayleighs = cal
                self._send_rayleighs()
            if self.status == "error" and self._flatfield is not None and self._rayleighs is not None:
                self.status, self.message = "loading", ""  # _run_in_background turns it to "ready"
            self._recalculate()

        self._run_in_background(f"Downloading and reading {filename}…",
                                lambda: self._read(dataset, cand, device), done, channel=kind)

    def _on_steps(self, change: dict[str, Any]) -> None:
        if change["name"] == "frame_index" and self._jobs.landing():
            return  # the first frame of newly loaded raw data: the raw job calculates it itself
        if change["name"] == "steps":
            merged = {**DEFAULT_STEPS, **{k: bool(v) for k, v in (change["new"] or {}).items()
                                         if k in DEFAULT_STEPS}}
            if merged != change["new"]:
                self.steps = merged
                return
        self._recalculate()

    def _handle_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "retry":
            self.reload()

    # ------------------------------------------------------------------ raw frame
    def _frame_at(self) -> int:
        if self._frames is None:
            return 0
        return int(np.clip(self.frame_index, 0, self._frames.shape[2] - 1))

    def _load_raw(self) -> None:
        array, site, date, device = self.array, self.site_uid, self.date, self.device_uid
        if not date:
            self._jobs.supersede("raw", "calc")
            self.raw_status = "none"
            self.raw_message = "Give a date to see a raw frame before and after calibration."
            return

        def failed(err: BaseException) -> tuple[str, str] | None:
            return ("none", str(err)) if isinstance(err, NoMatchError) else None

        def done(out: tuple[Path, Any]) -> None:
            path, data = out
            self._raw_path = path
            self._frames = data.data
            self._frame_times = list(data.timestamp)
            self._frame_metadata = list(data.metadata)
            self.frame_index = 0  # a landing result: _on_steps leaves it to the line below
            self._recalculate(wait=True)

        self._jobs.submit("raw", "Downloading one minute of raw frames…",
                          lambda: self._fetch_raw(array, site, date, device), done, on_error=failed)

    def _fetch_raw(self, array: str, site: str, date: str, device: str) -> tuple[Path, Any]:
        return first_raw_file(self.client, CALIBRATED_ARRAYS[array], self._frame_minute(date), site, device)

    def _recalculate(self, *, wait: bool = False) -> None:
        """Compute the before/after panels again (a "calc" job; the newest request wins)."""
        if self._frames is None:
            return
        self._jobs.submit("calc", "Calibrating…", self._calculate, self._show_calculated, wait=wait)

    def _calculate(self) -> dict[str, Any] | None:
        """Compute the before/after panels for the current frame and steps (in a worker thread)."""
        from ..data.calibration import DEFAULT_EXPOSURE_S, calibrate, exposure_from_metadata

        if self._frames is None:
            return None
        index = self._frame_at()
        frame = self._frames[:, :, index]
        kwargs = self.calibrate_kwargs()
        skipped = []
        steps = {**DEFAULT_STEPS, **(self.steps or {})}
        if steps["flatfield"] and kwargs["flatfield"] is None:
            skipped.append("flatfield (no file chosen)")
        if steps["rayleighs"] and kwargs["rayleighs"] is None:
            skipped.append("Rayleighs (no file chosen)")
        out = calibrate(frame, **kwargs)
        in_rayleighs = kwargs["rayleighs"] is not None
        exposure = None
        if in_rayleighs:
            exposure = (exposure_from_metadata(kwargs["metadata"] or {})
                        or DEFAULT_EXPOSURE_S.get(self.array))
        raw_panel, raw_info = _frame_panel(frame, "raw", "DN")
        units = "R" if in_rayleighs else "DN"
        cal_panel, cal_info = _frame_panel(out, "calibrated", units)
        applied = [name for name, on in (("dark", kwargs["dark"] is not None),
                                         ("flatfield", kwargs["flatfield"] is not None),
                                         ("rayleighs", in_rayleighs)) if on]
        cal_info |= {"applied": applied, "skipped": skipped, "dtype": str(out.dtype),
                     "units_long": "Rayleighs" if in_rayleighs else "counts (DN)"}
        stamp = self._frame_times[index] if index < len(self._frame_times) else None
        info = {
            "filename": self._raw_path.name if self._raw_path else "",
            "timestamp": stamp.isoformat(sep=" ", timespec="seconds") if stamp else "",
            "index": index,
            "count": int(self._frames.shape[2]),
            "exposure_s": exposure,
            "imager": (self.raw_metadata or {}).get("Imager unique ID", ""),
        }
        return {"out": out, "raw_panel": raw_panel, "raw_info": raw_info, "cal_panel": cal_panel,
                "cal_info": cal_info, "info": info, "skipped": skipped}

    def _show_calculated(self, r: dict[str, Any] | None) -> None:
        if r is None:
            return
        self._calibrated = r["out"]
        with self.hold_trait_notifications():
            self._put(raw_panel=r["raw_panel"], raw_info=r["raw_info"])
            self._put(calibrated_panel=r["cal_panel"], calibrated_info=r["cal_info"])
            self._put(frame_info=r["info"])
            note = f"Skipped: {', '.join(r['skipped'])}." if r["skipped"] else ""
            self.raw_status, self.raw_message = "ready", note
