"""Explorer: dataset -> site -> date -> skymap and calibration, in one layout, with a code view.

The Explorer composes the other widgets (``DatasetPicker``, ``SitePicker``, ``DatePicker``,
``SkymapBrowser``, ``CalibrationBrowser``) as child widgets (``anywidget.WidgetTrait``) drawn
inside its own layout, and wires their traits in Python:

* picking a dataset chooses the instrument array: the site picker lists that array's sites, the
  skymap browser uses that array's skymap dataset, and the calibration browser that array's
  calibrations (only REGO, TREx NIR and TREx Blue have them; THEMIS says so instead);
* the site and the date (with a time of day, to the minute) drive the skymap and calibration
  browsers and the night's keogram (``KeogramPicker``); nothing is loaded before a date is
  picked, and the summary says so;
* the Night tab shows the night's keogram (loaded when the tab is first opened, so an Explorer
  that never shows it sends no keogram); clicking a minute in it sets the time: the date picker's, the map's frames and
  the calibration browser's raw file follow;
* the date picker dots the days with raw files of the chosen dataset and site;
* the "code" view always holds Python that reproduces the current selection without widgets.

The children are drawn by the Explorer's own front-end, so each carries a small stub front-end
instead of the whole bundle (:mod:`._bundle`); displayed on its own, a child gets the bundle back.

Size: about 540 lines (over a third docstrings), over the ~500 rule: it is the one place the six
children are wired together; the code view's script itself is written by :mod:`._codegen`.

Example:
    >>> from aurora_widgets import Explorer
    >>> explorer = Explorer(dataset="REGO_SKYMAP_IDLSAV", site_uid="resu",
    ...                     date="2021-11-04 06:30").wait()                # doctest: +SKIP
    >>> explorer.skymap.site_uid, explorer.calibration.device_uid     # doctest: +SKIP
    ('resu', '655')
    >>> print(explorer.code)                                          # doctest: +SKIP

"""

from __future__ import annotations

import datetime as _dt
import os
import threading
from dataclasses import dataclass
from typing import Any

import anywidget
import numpy as np
import traitlets

from ..data.errors import InputError
from ..data.instruments import INSTRUMENTS, calibrated_arrays, instrument, instrument_for_dataset
from ..data.intervals import Span, covered_by_both
from ..data.models import Dataset, Observatory
from ..data.select import as_datetime
from ._base import AuroraWidget
from ._bundle import child_front_end
from ._codegen import CalibrationChoice, FileChoice, RawChoice, SkymapChoice, selection_code
from .calibration_browser import CALIBRATED_ARRAYS, CalibrationBrowser
from .skymap_browser import RAW_DATASET_FOR_SKYMAP, SkymapBrowser

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


#: The time of day the date picker starts at (local midnight in Canada), shown in its time field.
DEFAULT_TIME = _dt.time(6, 0)
#: What the Explorer says while it waits for a date (it loads nothing before).
NO_DATE_YET = ("Pick a date (and a time of day, 06:00 UT unless changed): the night's keogram, the skymap "
               "and the calibration load for that minute.")


def _spans(candidates: list[dict[str, Any]]) -> list[Span]:
    return [(str(c.get("valid_from")), c.get("valid_to")) for c in candidates if c.get("valid_from")]


class Explorer(AuroraWidget):
    """Dataset, site and date pickers driving a night's keogram, a SkymapBrowser and a CalibrationBrowser.

    Args:
        dataset: a dataset name of THEMIS, REGO or TREx (raw, skymap or calibration), as the
            other widgets take it.
        site_uid: the site, e.g. "gill".
        date: a date or date-time (datetime or ISO string); a time of day picks the minute shown
            on the map and the calibration browser's raw file (06:00 UT when only a date is given).
        client: an :class:`aurora_widgets.data.Client` shared by every child widget (a default one
            is made when omitted).

    Python access: ``.dataset`` (the :class:`~aurora_widgets.data.Dataset`), ``.site`` (the
    :class:`~aurora_widgets.data.Observatory`), ``.date`` (a ``datetime`` to the minute), as the
    pickers hand them back (None until chosen); their names in ``.dataset_name``, ``.site_uid`` and
    ``.when`` (ISO); ``.skymap`` (the chosen Skymap), ``.calibration`` (an
    :class:`ExplorerCalibration` or None), ``.code`` (the script), and the children
    ``.dataset_picker``, ``.site_picker``, ``.date_picker``, ``.keogram_picker``,
    ``.skymap_browser``, ``.calibration_browser``.

    Example:
        >>> explorer = Explorer(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site_uid="gill",
        ...                     date="2021-11-04 06:30")                       # doctest: +SKIP
        >>> explorer.wait().skymap.site_uid, explorer.date                     # doctest: +SKIP
        ('gill', datetime.datetime(2021, 11, 4, 6, 30))

    """

    _kind = traitlets.Unicode("explorer").tag(sync=True)
    _view_traits = (*AuroraWidget._view_traits, "dataset_name", "site_uid", "when", "tab", "calibration_note")

    dataset_picker = anywidget.WidgetTrait().tag(sync=True)
    site_picker = anywidget.WidgetTrait().tag(sync=True)
    date_picker = anywidget.WidgetTrait().tag(sync=True)
    keogram_picker = anywidget.WidgetTrait().tag(sync=True)
    skymap_browser = anywidget.WidgetTrait().tag(sync=True)
    calibration_browser = anywidget.WidgetTrait().tag(sync=True)

    #: The chosen dataset name (any dataset of an array: raw, skymap or calibration).
    dataset_name = traitlets.Unicode("").tag(sync=True)
    #: The instrument array of the dataset, e.g. "rego".
    array = traitlets.Unicode("").tag(sync=True)
    #: The chosen site's UID ("" = none).
    site_uid = traitlets.Unicode("").tag(sync=True)
    #: The chosen UT minute, "YYYY-MM-DDTHH:MM" ("" until a date is picked: nothing loads before).
    when = traitlets.Unicode("").tag(sync=True)
    #: "skymap", "night", "calibration" or "code".
    tab = traitlets.Unicode("skymap").tag(sync=True)
    #: Python reproducing the current selection.
    code = traitlets.Unicode("").tag(sync=True)
    #: Why the calibration view is empty (e.g. "No calibration files for THEMIS ..."), or "".
    calibration_note = traitlets.Unicode("").tag(sync=True)

    def __init__(self, dataset: str | None = None, site_uid: str | None = None, date: Any = None,
                 client: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if client is None:
            from ..data import Client

            client = Client()
        self._client = client
        self._code_lock = threading.Lock()
        from .dataset_picker import DatasetPicker
        from .date_picker import DatePicker
        from .keogram_picker import KeogramPicker
        from .site_picker import SitePicker

        stub = child_front_end()  # drawn by our front-end: no bundle of their own
        self.dataset_picker = DatasetPicker(client=client, **stub)
        self.site_picker = SitePicker(client=client, **stub)
        self.date_picker = DatePicker(with_time=True, client=client, **stub)
        self.date_picker.time = DEFAULT_TIME.strftime("%H:%M")
        self.keogram_picker = KeogramPicker(client=client, **stub)
        self.skymap_browser = SkymapBrowser(client=client, **stub)
        self.calibration_browser = CalibrationBrowser(client=client, **stub)
        self.calibration_note = "Pick a REGO, TREx NIR or TREx Blue dataset to see calibrations."
        self.message = NO_DATE_YET

        self.dataset_picker.observe(self._on_dataset_picked, names=["selected"])
        self.site_picker.observe(self._on_site_picked, names=["selected"])
        self.date_picker.observe(self._on_date_picked, names=["date", "time"])
        self.keogram_picker.observe(self._on_keogram_time, names=["time"])
        self.keogram_picker.observe(self._on_keogram_range, names=["time_range"])  # plays on the map
        self.calibration_browser.observe(self._on_calibration_chosen, names=["flatfield_info", "rayleighs_info",
                                                                             "steps"])
        self.observe(self._on_selection, names=["dataset_name", "site_uid", "when"])
        self._night_opened = False  # the keogram loads when the Night tab is first opened
        self.observe(self._on_tab, names=["tab"])
        self.skymap_browser.observe(self._refresh_code,
                                    names=["selected", "candidates", "status", "frames_status", "star_fits"])
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
        if dataset or site_uid or date is not None:
            self.choose(dataset=dataset or None, site=site_uid or None, date=date)

    # ------------------------------------------------------------------ public API
    @property
    def client(self) -> Any:
        """The data client shared with the children."""
        return self._client

    @property
    def dataset(self) -> Dataset | None:
        """The chosen :class:`~aurora_widgets.data.Dataset`, as the dataset picker hands it back (None: none).

        Example:
            >>> Explorer(dataset="REGO_RAW").wait().dataset.name     # doctest: +SKIP
            'REGO_RAW'

        """
        value: Dataset | None = self.dataset_picker.value
        return value

    @property
    def site(self) -> Observatory | None:
        """The chosen :class:`~aurora_widgets.data.Observatory`, as the site picker hands it back (None: none).

        Example:
            >>> Explorer(dataset="REGO_RAW", site_uid="resu").wait().site.uid     # doctest: +SKIP
            'resu'

        """
        value: Observatory | None = self.site_picker.value
        return value

    @property
    def date(self) -> _dt.datetime | None:
        """The chosen UT minute as a naive ``datetime``, as the date picker hands it back (None: no date yet).

        Example:
            >>> Explorer(date="2021-11-04 06:30").date                 # doctest: +SKIP
            datetime.datetime(2021, 11, 4, 6, 30)

        """
        value: _dt.datetime | None = self.date_picker.value
        return value

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
        """Set the dataset, site and/or date (a time of day too) as the pickers would (children follow).

        A date without a time of day keeps the time the date picker shows (06:00 UT at first).

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
        children = [self.dataset_picker, self.site_picker, self.date_picker, self.keogram_picker,
                    self.skymap_browser, self.calibration_browser]
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
        """Return the widget whose panels the saved notebook shows: the open tab's, else the skymap's."""
        shown: Any = self.skymap_browser
        if self.tab == "calibration" and not self.calibration_note:
            shown = self.calibration_browser
        elif self.tab == "night":
            shown = self.keogram_picker
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
        rows = [("dataset", self.dataset_name or "(none)"), ("site", self.site_uid or "(none)"),
                ("time", self.when.replace("T", " ") + " UT" if self.when else "(none: pick a date)"),
                ("tab", self.tab)]
        browser = self._shown_browser()
        if browser is not None:
            rows += [(k, v) for k, v in browser._summary_rows() if k not in {"dataset", "site", "date", "time"}]
        return rows

    def __repr__(self) -> str:
        return (f"Explorer(dataset={self.dataset_name!r}, site_uid={self.site_uid!r}, date={self.when!r}, "
                f"tab={self.tab!r})")

    # ------------------------------------------------------------------ wiring
    def _set_picker_date(self, when: _dt.datetime, original: Any) -> None:
        dp = self.date_picker
        text = original if isinstance(original, str) else ""
        has_time = isinstance(original, _dt.datetime) or len(text.strip()) > 10
        with dp.hold_trait_notifications():
            dp.date = when.date().isoformat()
            if has_time:
                dp.time = when.strftime("%H:%M")

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
        self.dataset_name = change["new"] or ""

    def _on_site_picked(self, change: dict[str, Any]) -> None:
        self.site_uid = (change["new"] or "").strip().lower()

    def _on_date_picked(self, _change: dict[str, Any]) -> None:
        value = self.date_picker.value
        self.when = "" if value is None else value.isoformat(timespec="minutes")

    def _on_keogram_time(self, change: dict[str, Any]) -> None:
        """Make a minute clicked in the night's keogram the Explorer's time (the date picker's and all)."""
        t = change["new"]
        if t is None:
            return
        dp = self.date_picker
        with dp.hold_trait_notifications():
            dp.date = t.date().isoformat()
            dp.time = t.strftime("%H:%M")

    def _on_keogram_range(self, change: dict[str, Any]) -> None:
        """Play a range dragged on the keogram on the map (its last minute included); a bad one shows inline."""
        span = change["new"]
        try:
            self.skymap_browser.play_range = [] if not span else [
                t.isoformat(timespec="minutes") for t in (span[0], span[1] + _dt.timedelta(minutes=1))]
        except InputError as err:
            self.status, self.message = "error", str(err)

    def _on_calibration_chosen(self, _change: dict[str, Any]) -> None:
        """Play calibrated frames with the calibration browser's chosen files and steps (counts without any)."""
        kw = self.calibration_browser.calibrate_kwargs()
        if kw["flatfield"] is None and kw["rayleighs"] is None:
            self.skymap_browser.calibrate_playback()
        else:
            self.skymap_browser.calibrate_playback(kw["flatfield"], kw["rayleighs"], kw["dark"])

    def _on_selection(self, change: dict[str, Any]) -> None:
        try:
            self._apply_selection(change["name"])
        except Exception as err:  # show inline; never raise into the front-end
            self.status, self.message = "error", f"{type(err).__name__}: {err}"
        self._refresh_code()

    def _apply_selection(self, name: str) -> None:
        info = array_of_dataset(self.dataset_name)
        sb = self.skymap_browser
        if name == "dataset_name":
            if info is None:
                self.array = ""
                self.status = "error"
                self.message = (f"{self.dataset_name} does not belong to THEMIS, REGO or TREx: pick a dataset "
                                "of one of these arrays.")
                self._follow_data()
                return
            self.status, self.message = "ready", ""
            array, skymap_dataset, cal_array = info
            self.array = array
            self.site_picker.instrument_array = array
            if sb.dataset_name != skymap_dataset:
                sb.dataset_name = skymap_dataset
            self.keogram_picker.dataset = array
            if cal_array is None:
                have = [i.label for i in calibrated_arrays().values()]
                self.calibration_note = (f"No calibration files for {instrument(array).label}: flatfield and "
                                         f"Rayleighs files exist for {', '.join(have[:-1])} and {have[-1]}.")
            else:
                self.calibration_note = ""
                self._drive_calibration()
            self._follow_data()
            self._say_what_waits()
            return
        if name == "site_uid":
            self._follow_data()
        if name == "when" and self.when and self.date_picker.shown_month != self.when[:7]:
            self.date_picker.shown_month = self.when[:7]  # the calendar shows that month: list its data days
        self._say_what_waits()
        if not self.when:  # nothing loads before a date is picked (the summary says so)
            return
        with sb.hold_trait_notifications():
            sb.site_uid = self.site_uid
            sb.date = self.when
        self._drive_keogram()
        if info is not None and info[2] is not None:
            self._drive_calibration()

    def _say_what_waits(self) -> None:
        """Say in ``message`` what the Explorer waits for (a date), or nothing once it has one."""
        if self.status == "error":
            return
        self.message = "" if self.when else NO_DATE_YET

    def _follow_data(self) -> None:
        """Dot the calendar's days with raw files of the chosen dataset and site (or clear the dots)."""
        known = array_of_dataset(self.dataset_name) is not None
        self.date_picker.follow_data(self.dataset_name if known else "", self.site_uid if known else "")

    def _on_tab(self, change: dict[str, Any]) -> None:
        if change["new"] == "night" and not self._night_opened:
            self._night_opened = True
            self._drive_keogram()

    def _drive_keogram(self) -> None:
        """Show the chosen night and minute in the keogram (once the Night tab was opened: ~0.4 MB)."""
        kp = self.keogram_picker
        if (not self._night_opened or not self.when or not self.site_uid
                or array_of_dataset(self.dataset_name) is None):
            return
        minute = as_datetime(self.when, "date")
        with kp.hold_trait_notifications():
            kp.site_uid = self.site_uid
            kp.date = minute.date().isoformat()
        if kp.time != minute:
            kp.time = minute

    def _drive_calibration(self) -> None:
        info = array_of_dataset(self.dataset_name)
        if info is None or info[2] is None or not self.site_uid or not self.when:
            return
        cb = self.calibration_browser
        cb.set_target(array=info[2], site_uid=self.site_uid, date=self.when)

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
        raw = RAW_DATASET_FOR_SKYMAP.get(sb.dataset_name.upper())
        minute = sb._frame_minute() if raw else None
        return SkymapChoice(sb.dataset_name, sb.site_uid, when, file, raw, minute, star_fit=sb._fv.raw_choice())

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
