"""Explorer: dataset -> site -> date -> skymap and calibration, in one layout, with a code view.

The Explorer composes the other widgets (``DatasetPicker``, ``SitePicker``, ``DatePicker``,
``SkymapBrowser``, ``CalibrationBrowser``) as child widgets (``anywidget.WidgetTrait``) drawn
inside its own layout, and wires their traits in Python:

* picking a dataset chooses the instrument array: the site picker lists that array's sites, the
  skymap browser uses that array's skymap dataset, and the calibration browser that array's
  calibrations (only REGO, TREx NIR and TREx Blue have them; THEMIS says so instead);
* the site and the date drive the skymap and calibration browsers;
* the "code" view always holds Python that reproduces the current selection without widgets.

Example:
    >>> from aurora_widgets import Explorer
    >>> explorer = Explorer()                                         # doctest: +SKIP
    >>> explorer.choose(dataset="REGO_SKYMAP_IDLSAV", site="resu", date="2021-11-04").wait()  # doctest: +SKIP
    >>> explorer.skymap.site_uid, explorer.calibration.device_uid     # doctest: +SKIP
    ('resu', '655')
    >>> print(explorer.code)                                          # doctest: +SKIP

"""

from __future__ import annotations

import datetime as _dt
import inspect
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import anywidget
import numpy as np
import traitlets

from ..data.instruments import INSTRUMENTS, calibrated_arrays, instrument, instrument_for_dataset
from ..data.intervals import Span, covered_by_both
from ..data.select import as_datetime
from ._base import AuroraWidget
from ._codegen import CalibrationChoice, FileChoice, RawChoice, SkymapChoice, selection_code
from .calibration_browser import CALIBRATED_ARRAYS, CalibrationBrowser

__all__ = ["ARRAY_OF_PREFIX", "Explorer", "ExplorerCalibration", "array_of_dataset"]

#: Dataset name prefix -> (instrument array as the observatories endpoint names it, skymap dataset,
#: calibration array or None), from the instrument registry.
ARRAY_OF_PREFIX: dict[str, tuple[str, str, str | None]] = {
    i.prefix: (i.array, i.skymap_dataset, i.prefix if i.has_calibrations else None) for i in INSTRUMENTS.values()
}


def array_of_dataset(name: str) -> tuple[str, str, str | None] | None:
    """Return (instrument array, skymap dataset, calibration array or None) for a dataset name.

    Example:
        >>> array_of_dataset("REGO_RAW")
        ('rego', 'REGO_SKYMAP_IDLSAV', 'REGO')
        >>> array_of_dataset("THEMIS_ASI_SKYMAP_IDLSAV")
        ('themis_asi', 'THEMIS_ASI_SKYMAP_IDLSAV', None)
        >>> array_of_dataset("SMILE_ASI_RAW") is None
        True

    """
    inst = instrument_for_dataset(name)
    return None if inst is None else ARRAY_OF_PREFIX[inst.prefix]


@dataclass
class ExplorerCalibration:
    """The calibration the Explorer shows: the device and its chosen flatfield/Rayleighs files."""

    device_uid: str
    device_source: str
    flatfield: Any
    rayleighs: Any
    calibrated: np.ndarray | None = None


def _make(cls: type[AuroraWidget], **kwargs: Any) -> Any:
    """Instantiate ``cls`` with the keyword arguments it accepts (the pickers differ a little)."""
    try:
        params: Mapping[str, inspect.Parameter] = inspect.signature(cls).parameters
    except (TypeError, ValueError):
        params = {}
    accepts_any = any(p.kind is p.VAR_KEYWORD for p in params.values())
    known = {k: v for k, v in kwargs.items()
             if k in params or (accepts_any and cls.class_own_traits().get(k))}
    return cls(**known)


def _spans(candidates: list[dict[str, Any]]) -> list[Span]:
    return [(str(c.get("valid_from")), c.get("valid_to")) for c in candidates if c.get("valid_from")]


class Explorer(AuroraWidget):
    """Dataset, site and date pickers driving a SkymapBrowser and a CalibrationBrowser, plus code.

    Args:
        client: an :class:`aurora_widgets.data.Client` shared by every child widget (a default one
            is made when omitted).

    Python access: ``.dataset``, ``.site``, ``.date`` (traits), ``.skymap`` (the chosen Skymap),
    ``.calibration`` (an :class:`ExplorerCalibration` or None), ``.code`` (the script), and the
    children ``.dataset_picker``, ``.site_picker``, ``.date_picker``, ``.skymap_browser``,
    ``.calibration_browser``.

    Example:
        >>> explorer = Explorer()                                             # doctest: +SKIP
        >>> explorer.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site="gill",
        ...                 date="2021-11-04").wait().skymap.site_uid          # doctest: +SKIP
        'gill'

    """

    _kind = traitlets.Unicode("explorer").tag(sync=True)
    _view_traits = (*AuroraWidget._view_traits, "dataset", "site", "date", "tab", "calibration_note")

    dataset_picker = anywidget.WidgetTrait().tag(sync=True)
    site_picker = anywidget.WidgetTrait().tag(sync=True)
    date_picker = anywidget.WidgetTrait().tag(sync=True)
    skymap_browser = anywidget.WidgetTrait().tag(sync=True)
    calibration_browser = anywidget.WidgetTrait().tag(sync=True)

    #: The chosen dataset name (any dataset of an array: raw, skymap or calibration).
    dataset = traitlets.Unicode("").tag(sync=True)
    #: The instrument array of the dataset, e.g. "rego".
    array = traitlets.Unicode("").tag(sync=True)
    site = traitlets.Unicode("").tag(sync=True)
    #: ISO date (or date-time).
    date = traitlets.Unicode("").tag(sync=True)
    #: "skymap", "calibration" or "code".
    tab = traitlets.Unicode("skymap").tag(sync=True)
    #: Python reproducing the current selection.
    code = traitlets.Unicode("").tag(sync=True)
    #: Why the calibration view is empty (e.g. "No calibration files for THEMIS ..."), or "".
    calibration_note = traitlets.Unicode("").tag(sync=True)

    def __init__(self, client: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if client is None:
            from ..data import Client

            client = Client()
        self._client = client
        self._code_lock = threading.Lock()
        from .dataset_picker import DatasetPicker
        from .date_picker import DatePicker
        from .site_picker import SitePicker
        from .skymap_browser import SkymapBrowser

        self.dataset_picker = _make(DatasetPicker, client=client)
        self.site_picker = _make(SitePicker, client=client)
        self.date_picker = _make(DatePicker)
        self.skymap_browser = SkymapBrowser(client=client)
        self.calibration_browser = CalibrationBrowser(client=client)
        self.calibration_note = "Pick a REGO, TREx NIR or TREx Blue dataset to see calibrations."

        self.dataset_picker.observe(self._on_dataset_picked, names=["selected"])
        self.site_picker.observe(self._on_site_picked, names=["selected"])
        date_traits = [n for n in ("date", "time", "value") if self.date_picker.has_trait(n)]
        self.date_picker.observe(self._on_date_picked, names=date_traits)
        self.observe(self._on_selection, names=["dataset", "site", "date"])
        self.skymap_browser.observe(self._refresh_code,
                                    names=["selected", "candidates", "status", "star_fits"])
        self.skymap_browser.observe(self._show_covered_dates, names=["candidates"])
        self.calibration_browser.observe(self._show_covered_dates,
                                         names=["flatfield_candidates", "rayleighs_candidates", "device_uid"])
        self.observe(self._show_covered_dates, names=["tab", "calibration_note"])
        self.calibration_browser.observe(
            self._refresh_code,
            names=["device_uid", "device_source", "selected_flatfield", "selected_rayleighs",
                   "flatfield_candidates", "rayleighs_candidates", "frame_info", "steps"])
        for child in (self.skymap_browser, self.calibration_browser):  # their views are part of ours
            child._view_listeners.append(self._view_changed)
        self._refresh_code()

    # ------------------------------------------------------------------ public API
    @property
    def client(self) -> Any:
        """The data client shared with the children."""
        return self._client

    @property
    def skymap(self) -> Any:
        """The skymap chosen in the skymap browser (None until loaded)."""
        return self.skymap_browser.skymap

    @property
    def calibration(self) -> ExplorerCalibration | None:
        """Device and chosen calibrations (None for arrays without calibrations or before loading)."""
        cb = self.calibration_browser
        if self.calibration_note or not cb.device_uid:
            return None
        return ExplorerCalibration(cb.device_uid, cb.device_source, cb.flatfield, cb.rayleighs, cb.calibrated)

    def choose(self, dataset: str | None = None, site: str | None = None, date: Any = None) -> Explorer:
        """Set the dataset, site and/or date as the pickers would (children follow).

        Example:
            >>> explorer.choose(dataset="REGO_RAW", site="resu", date="2021-11-04 06:00")  # doctest: +SKIP

        """
        if dataset is not None:
            self.dataset_picker.selected = dataset
        if site is not None:
            self.site_picker.selected = site
        if date is not None:
            when = as_datetime(date, "date")
            self._set_picker_date(when, date)
        return self

    def wait(self, timeout: float = 120.0) -> Explorer:
        """Block until every child has finished loading (or ``timeout`` seconds passed).

        Example:
            >>> Explorer().choose(dataset="REGO_RAW", site="resu", date="2021-11-04").wait()  # doctest: +SKIP

        """
        import time

        deadline = time.monotonic() + timeout
        children = [self.dataset_picker, self.site_picker, self.date_picker, self.skymap_browser,
                    self.calibration_browser]
        while True:
            for child in children:
                child.wait(max(0.0, deadline - time.monotonic()))
            AuroraWidget.wait(self, max(0.0, deadline - time.monotonic()))
            children_and_self = [*children, self]
            busy = any(c.busy() for c in children_and_self)
            if not busy or time.monotonic() >= deadline:
                self._refresh_code()
                self.flush_last_view()
                return self

    # ------------------------------------------------------------------ saved-notebook copy
    def _shown_browser(self) -> AuroraWidget | None:
        """Return the browser whose panels the saved notebook shows: the open tab's, else the skymap's."""
        shown = self.calibration_browser if self.tab == "calibration" and not self.calibration_note \
            else self.skymap_browser
        return shown if isinstance(shown, AuroraWidget) else None

    def _static_panels(self) -> list[Any]:
        """Return the panels of the open tab's browser (the skymap's from the code tab)."""
        browser = self._shown_browser()
        return browser._static_panels() if browser is not None else []

    def _static_pictures(self) -> list[tuple[str, bytes]]:
        """Return the open tab's browser's ready-made pictures (the skymap map as last drawn)."""
        browser = self._shown_browser()
        return browser._static_pictures() if browser is not None else []

    def _summary_rows(self) -> list[tuple[str, str]]:
        rows = [("dataset", self.dataset or "(none)"), ("site", self.site or "(none)"),
                ("date", self.date or "(none)"), ("tab", self.tab)]
        browser = self._shown_browser()
        if browser is not None:
            rows += [(k, v) for k, v in browser._summary_rows() if k not in {"dataset", "site", "date"}]
        return rows

    def __repr__(self) -> str:
        return f"Explorer(dataset={self.dataset!r}, site={self.site!r}, date={self.date!r}, tab={self.tab!r})"

    # ------------------------------------------------------------------ wiring
    def _set_picker_date(self, when: _dt.datetime, original: Any) -> None:
        dp = self.date_picker
        if dp.has_trait("date"):
            with dp.hold_trait_notifications():
                dp.date = when.date().isoformat()
                text = original if isinstance(original, str) else ""
                has_time = (isinstance(original, _dt.datetime) or len(text.strip()) > 10)
                if dp.has_trait("time") and has_time:
                    if dp.has_trait("with_time"):
                        dp.with_time = True
                    dp.time = when.strftime("%H:%M")
        elif dp.has_trait("value"):
            dp.value = when

    def _show_covered_dates(self, _change: dict[str, Any] | None = None) -> None:
        """Mark on the date picker's calendar the days the open tab's files cover.

        On the calibration tab: the days with both a flatfield and a Rayleighs file of the device;
        otherwise the days the site's skymaps are valid for.
        """
        dp = self.date_picker
        try:
            cb = self.calibration_browser
            if self.tab == "calibration" and not self.calibration_note and cb.device_uid:
                spans = covered_by_both(_spans(cb.flatfield_candidates), _spans(cb.rayleighs_candidates))
                label = f"a flatfield and a Rayleighs file of device {cb.device_uid}"
            else:
                spans = [list(span) for span in _spans(self.skymap_browser.candidates)]
                label = f"a skymap of {self.skymap_browser.site_uid}" if spans else ""
            with dp.hold_trait_notifications():
                dp.available, dp.available_label = spans, label
        except Exception:  # a hint only: never break the explorer over it
            dp.available, dp.available_label = [], ""

    def _on_dataset_picked(self, change: dict[str, Any]) -> None:
        self.dataset = change["new"] or ""

    def _on_site_picked(self, change: dict[str, Any]) -> None:
        self.site = (change["new"] or "").strip().lower()

    def _on_date_picked(self, _change: dict[str, Any]) -> None:
        dp = self.date_picker
        if dp.has_trait("date"):
            day = dp.date or ""
            time = getattr(dp, "time", "") if getattr(dp, "with_time", True) else ""
            self.date = f"{day}T{time}" if day and time else day
        else:
            value = dp.value
            self.date = "" if value is None else as_datetime(value, "date").isoformat(timespec="minutes")

    def _on_selection(self, change: dict[str, Any]) -> None:
        try:
            self._apply_selection(change["name"])
        except Exception as err:  # show inline; never raise into the front-end
            self.status, self.message = "error", f"{type(err).__name__}: {err}"
        self._refresh_code()

    def _apply_selection(self, name: str) -> None:
        info = array_of_dataset(self.dataset)
        sb = self.skymap_browser
        if name == "dataset":
            if info is None:
                self.array = ""
                self.status = "error"
                self.message = (f"{self.dataset} does not belong to THEMIS, REGO or TREx: pick a dataset of "
                                "one of these arrays.")
                return
            self.status, self.message = "ready", ""
            array, skymap_dataset, cal_array = info
            self.array = array
            if self.site_picker.has_trait("instrument_array"):
                self.site_picker.instrument_array = array
            if sb.dataset_name != skymap_dataset:
                sb.dataset_name = skymap_dataset
            if cal_array is None:
                have = [i.label for i in calibrated_arrays().values()]
                self.calibration_note = (f"No calibration files for {instrument(array).label}: flatfield and "
                                         f"Rayleighs files exist for {', '.join(have[:-1])} and {have[-1]}.")
            else:
                self.calibration_note = ""
                self._drive_calibration()
            return
        if name == "site":
            sb.site_uid = self.site
        if name == "date" and self.date:
            sb.date = self.date
        if info is not None and info[2] is not None:
            self._drive_calibration()

    def _drive_calibration(self) -> None:
        info = array_of_dataset(self.dataset)
        if info is None or info[2] is None or not self.site or not self.date:
            return
        cb = self.calibration_browser
        cb.set_target(array=info[2], site_uid=self.site, date=self.date)

    # ------------------------------------------------------------------ code view
    def _client_args(self) -> dict[str, str]:
        from ..data.api import DEFAULT_API_URL, ENV_API_URL
        from ..data.client import DEFAULT_DATA_DIR, ENV_DATA_DIR

        args: dict[str, str] = {}
        client = self._client  # None: the default Client, nothing to pass
        api_url = None if client is None else client.api_url
        default_api = (os.environ.get(ENV_API_URL) or DEFAULT_API_URL).rstrip("/")
        if api_url and api_url.rstrip("/") != default_api:
            args["api_url"] = api_url
        folder = None if client is None else client.download_dir
        default_dir = os.path.abspath(os.path.expanduser(os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR))
        if folder is not None and os.path.abspath(str(folder)) != default_dir:
            args["download_dir"] = str(folder)
        return args

    def _skymap_choice(self) -> SkymapChoice | None:
        sb = self.skymap_browser
        if not sb.site_uid or not sb.date:
            return None
        when = as_datetime(sb.date, "date")
        file = None
        for c in sb.candidates or []:
            if c.get("filename") == sb.selected:
                file = FileChoice(c["filename"], as_datetime(c["valid_from"]), bool(c.get("is_best")))
        return SkymapChoice(sb.dataset_name, sb.site_uid, when, file, star_fit=sb._fv.raw_choice())

    def _calibration_choice(self) -> CalibrationChoice | None:
        cb = self.calibration_browser
        if self.calibration_note or not cb.array or not cb.date or not cb.device_uid:
            return None

        def pick(cands: list[dict[str, Any]], selected: str) -> FileChoice | None:
            for c in cands or []:
                if c.get("filename") == selected:
                    return FileChoice(c["filename"], as_datetime(c["valid_from"]), bool(c.get("is_best")))
            return None

        given = cb.device_source.startswith("given")
        raw = None
        fi = cb.frame_info or {}
        if fi.get("filename"):
            try:
                minute = _dt.datetime.strptime(fi["filename"][:13], "%Y%m%d_%H%M")
            except ValueError:
                minute = None
            if minute is not None:
                raw = RawChoice(CALIBRATED_ARRAYS[cb.array], minute, cb.site_uid or None,
                                cb.device_uid, int(fi.get("index", 0)), dict(cb.steps))
        return CalibrationChoice(
            array=cb.array, when=as_datetime(cb.date, "date"), device_uid=cb.device_uid, device_given=given,
            site_uid=cb.site_uid, device_time=cb.frame_minute() if cb.date else None,
            device_source=cb.device_source,
            flatfield=pick(cb.flatfield_candidates, cb.selected_flatfield),
            rayleighs=pick(cb.rayleighs_candidates, cb.selected_rayleighs),
            raw=raw,
        )

    def _refresh_code(self, _change: dict[str, Any] | None = None) -> None:
        with self._code_lock:
            try:
                skymap = self._skymap_choice()
                calibration = self._calibration_choice()
                if skymap is None and calibration is None:
                    self.code = ("# Pick a dataset, a site and a date: the Python that reproduces the "
                                 "selection appears here.\n")
                    return
                self.code = selection_code(skymap=skymap, calibration=calibration,
                                           client_args=self._client_args())
            except Exception as err:  # the code view must never break the widget
                self.code = f"# The code could not be generated: {type(err).__name__}: {err}\n"
