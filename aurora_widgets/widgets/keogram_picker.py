"""KeogramPicker: a night's keogram to pick a time from, and the array's keograms to pick a site.

For a dataset (a raw dataset such as ``THEMIS_ASI_RAW``, or an array such as ``"rego"``), a site
and a UT date it shows that night's keogram: the daily keogram product when the archive has one
(downloaded like any file and cached), else, when asked (the *Build from raw frames* button or
``build()``), one built from the night's raw minute files with progress. The picture is drawn
on a one-minute UT grid; the latitude axis comes from a skymap (``skymap=`` or the best one of the
site when ``latitude_axis`` is on) at ``altitude_km``. Click or drag on it to pick a minute or a
range, step with the arrow keys (Shift: ten minutes). ``array_view=True`` stacks every site of the
array by latitude; clicking a row picks that site.

Example:
    >>> from aurora_widgets.widgets.keogram_picker import KeogramPicker
    >>> picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04")    # doctest: +SKIP
    >>> picker.wait().time = datetime.datetime(2021, 11, 4, 6, 12)        # doctest: +SKIP
    >>> picker.keogram.column_at(picker.time).shape                       # doctest: +SKIP
    (256,)

"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import traitlets

from ..data.errors import AuroraWidgetsError, InputError, ReadError
from ..data.keogram import Keogram
from ..data.keogram_products import array_for, find_daily_keograms, keogram_from_raw, load_daily_keogram, night
from ..data.readers.keogram import read_keogram
from ._base import AuroraWidget
from ._keogram_grid import display_window, iso_minute, keogram_panel, parse_minute, parse_range
from ._serialize import quantize

__all__ = ["KeogramPicker", "display_window"]

#: Rows drawn for the site keogram, and per site in the array view (taller keograms are binned).
MAX_ROWS, ARRAY_ROWS = 256, 48


def _time_to_json(value: Any, _widget: Any) -> str:
    return iso_minute(value)


def _time_from_json(value: Any, _widget: Any) -> _dt.datetime | None:
    return parse_minute(value)


def _range_to_json(value: Any, _widget: Any) -> list[str]:
    return [] if not value else [iso_minute(value[0]), iso_minute(value[1])]


def _range_from_json(value: Any, _widget: Any) -> tuple[_dt.datetime, _dt.datetime] | None:
    return parse_range(value)




_T = TypeVar("_T")


def _silenced(fn: Callable[[], _T]) -> _T:
    """Call ``fn`` without the client's ``UserWarning``s: the picker reports "no data" inline.

    Example:
        >>> _silenced(lambda: 3)
        3

    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return fn()

class KeogramPicker(AuroraWidget):
    """Pick a time (and a site) from a night's keogram.

    Parameters: ``dataset`` (raw dataset, keogram dataset or array name), ``site_uid``, ``date``
    (UT day), ``skymap`` (a Skymap for the latitude axis), ``latitude_axis`` (use the site's best
    skymap), ``altitude_km``, ``array_view`` (every site of the array), ``build_from_raw`` (build without
    asking when the night has no daily keogram), ``build_hours`` (the UT hours a build reads),
    ``client``.

    ``.time`` is the chosen minute (naive UT ``datetime`` or None), ``.time_range`` the chosen
    range ``(start, end)`` or None, ``.keogram`` the :class:`~aurora_widgets.data.keogram.Keogram`
    shown, ``.code`` the Python that rebuilds it with the data layer alone.

    Example:
        >>> picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04")   # doctest: +SKIP
        >>> picker.wait().source                                             # doctest: +SKIP
        '20211104__gill_themis19_full-keogram.pgm.gz'

    """

    _kind = traitlets.Unicode("keogram_picker").tag(sync=True)
    _view_traits = (*AuroraWidget._view_traits, "dataset", "site_uid", "date", "time", "time_range",
                    "source", "array_view", "altitude_km")

    dataset = traitlets.Unicode("THEMIS_ASI_RAW").tag(sync=True)
    site_uid = traitlets.Unicode("").tag(sync=True)
    #: The UT day, "YYYY-MM-DD".
    date = traitlets.Unicode("").tag(sync=True)
    #: Show every site of the array stacked by latitude instead of the one site.
    array_view = traitlets.Bool(False).tag(sync=True)
    altitude_km = traitlets.Float(110.0).tag(sync=True)
    latitude_axis = traitlets.Bool(False).tag(sync=True)
    colormap = traitlets.Unicode("gray").tag(sync=True)
    #: The chosen minute (naive UT datetime) or None; the page sees "YYYY-MM-DDTHH:MM".
    time = traitlets.Any(None).tag(sync=True, to_json=_time_to_json, from_json=_time_from_json)
    #: The chosen range (start, end) of naive UT datetimes, or None.
    time_range = traitlets.Any(None).tag(sync=True, to_json=_range_to_json, from_json=_range_from_json)
    #: What is drawn: the product's file name, or "N raw frames from M files"; "" = nothing yet.
    source = traitlets.Unicode("").tag(sync=True)
    #: The night has no daily keogram: the page offers to build one from raw frames.
    can_build = traitlets.Bool(False).tag(sync=True)
    #: UT hours [from, to) that a build from raw frames reads (default: the whole night, 0-24).
    build_hours: traitlets.List[int] = traitlets.List([0, 24]).tag(sync=True)
    #: [done, total] raw files while building; [] otherwise.
    progress: traitlets.List[int] = traitlets.List([]).tag(sync=True)
    #: The file name of the skymap of the latitude axis ("" = none).
    skymap_name = traitlets.Unicode("").tag(sync=True)
    #: Python that rebuilds the keogram and the chosen minute with the data layer alone.
    code = traitlets.Unicode("").tag(sync=True)
    _panel = traitlets.Dict({}).tag(sync=True)
    _rows: traitlets.List[dict[str, Any]] = traitlets.List([]).tag(sync=True)

    def __init__(self, dataset: str = "THEMIS_ASI_RAW", site_uid: str = "", date: Any = None, *,
                 skymap: Any = None, latitude_axis: bool = False, altitude_km: float = 110.0,
                 array_view: bool = False, build_from_raw: bool = False, build_hours: Any = (0, 24),
                 client: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client
        self._skymap = skymap
        self._user_skymap = skymap is not None
        self.keogram: Keogram | None = None
        self._built: dict[tuple[str, str, str], Keogram] = {}
        self._panels: dict[tuple[Any, ...], dict[str, Any]] = {}
        self._generation = 0
        self.build_from_raw = bool(build_from_raw)
        self.on_msg(self._handle_message)
        with self.hold_trait_notifications():
            self.dataset = dataset
            self.site_uid = site_uid
            self.date = "" if date is None else str(date)
            self.latitude_axis = bool(latitude_axis or skymap is not None)
            self.altitude_km = float(altitude_km)
            self.array_view = bool(array_view)
            self.build_hours = list(build_hours)
        self.observe(self._reload, names=["dataset", "site_uid", "date"])
        self.observe(self._relabel, names=["altitude_km", "latitude_axis"])
        self.observe(lambda _c: self._load_array() if self.array_view else None, names=["array_view"])
        self.observe(lambda _c: self._update_code(), names=["time", "time_range"])
        self._reload()
        if self.array_view:
            self._load_array()

    # ------------------------------------------------------------------ validation
    @traitlets.validate("dataset")
    def _check_dataset(self, proposal: Any) -> str:
        value = str(proposal["value"]).strip()
        array_for(value)  # refuses names without keograms
        return value

    @traitlets.validate("site_uid")
    def _check_site(self, proposal: Any) -> str:
        return str(proposal["value"] or "").strip().lower()

    @traitlets.validate("date")
    def _check_date(self, proposal: Any) -> str:
        value = proposal["value"]
        return "" if not value else f"{night(value)[0]:%Y-%m-%d}"

    @traitlets.validate("altitude_km")
    def _check_altitude(self, proposal: Any) -> float:
        try:
            value = float(proposal["value"])
        except (TypeError, ValueError):
            raise InputError(f"altitude_km must be a number of kilometres, not {proposal['value']!r}.") from None
        if not 80 <= value <= 250:
            raise InputError(f"altitude_km={value:g} is outside 80-250 km; choose an auroral altitude such as 110.")
        return value

    @traitlets.validate("time")
    def _check_time(self, proposal: Any) -> _dt.datetime | None:
        t = parse_minute(proposal["value"])
        if t is not None and self.date and t.strftime("%Y-%m-%d") != self.date:
            raise InputError(f"{t:%Y-%m-%d %H:%M} is not on the night shown ({self.date}); pick a minute of it.")
        return t

    @traitlets.validate("time_range")
    def _check_range(self, proposal: Any) -> tuple[_dt.datetime, _dt.datetime] | None:
        return parse_range(proposal["value"])

    # ------------------------------------------------------------------ public
    @property
    def skymap(self) -> Any:
        """The skymap of the latitude axis (set one to use it; None for the CCD-row axis).

        Example:
            >>> picker.skymap = browser.skymap     # doctest: +SKIP

        """
        return self._skymap

    @skymap.setter
    def skymap(self, value: Any) -> None:
        self._skymap, self._user_skymap = value, value is not None
        self.latitude_axis = value is not None
        self._relabel()

    def build(self, hours: tuple[int, int] | None = None, *, wait: bool = False) -> KeogramPicker:
        """Build the night's keogram from raw frames (what the *Build from raw frames* button does).

        ``hours`` = (from, to) UT hours limits the minute files read (a whole THEMIS night is ~700
        files); by default ``build_hours`` is used.

        Example:
            >>> KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04").build((6, 7), wait=True).source  # doctest: +SKIP
            '40 raw frames from 2 THEMIS_ASI_RAW files'

        """
        if hours is not None:
            self.build_hours = list(hours)
        self._built.pop((self.dataset, self.site_uid, self.date), None)
        self._reload(build=True, wait=wait)
        return self

    @traitlets.validate("build_hours")
    def _check_hours(self, proposal: Any) -> list[int]:
        value = list(proposal["value"])
        if len(value) != 2 or not all(isinstance(v, int | float) for v in value) or not 0 <= value[0] < value[1] <= 24:
            raise InputError(f"build_hours must be [from, to] UT hours with 0 <= from < to <= 24, not {value!r}.")
        return [int(value[0]), int(value[1])]

    def step(self, minutes: int) -> KeogramPicker:
        """Move ``.time`` by ``minutes`` within the minutes shown (what the arrow keys do); return self.

        Example:
            >>> picker.step(10).time              # doctest: +SKIP
            datetime.datetime(2021, 11, 4, 6, 22)

        """
        panel = self._panel
        if not panel:
            return self
        start = parse_minute(panel["start"])
        assert start is not None
        last = start + _dt.timedelta(minutes=int(panel["minutes"]) - 1)
        t = (self.time or start) + _dt.timedelta(minutes=minutes)
        self.time = min(max(t, start), last)
        return self

    # ------------------------------------------------------------------ loading
    def _handle_message(self, widget: Any, content: Any, buffers: list[Any]) -> None:
        if isinstance(content, dict) and content.get("type") == "build":
            self.build()
        else:
            self._on_front_end_message(widget, content, buffers)

    def _reload(self, _change: Any = None, *, build: bool = False, wait: bool = False) -> None:
        self._generation += 1
        gen = self._generation
        self.keogram, self.can_build, self.progress = None, False, []
        if not self._user_skymap:
            self._skymap = None
        if self.time is not None and self.date and self.time.strftime("%Y-%m-%d") != self.date:
            self.time, self.time_range = None, None
        if not (self.site_uid and self.date):
            self._panel, self.source = {}, ""
            self.status, self.message = "idle", "Choose a site and a date to see that night's keogram."
            return
        key = (self.dataset, self.site_uid, self.date)
        build = build or self.build_from_raw

        unreadable: list[str] = []

        def work() -> tuple[Keogram | None, Any]:
            keo = self._built.get(key)
            if keo is None:
                try:
                    keo = _silenced(lambda: load_daily_keogram(self.client, *key))
                except ReadError as err:  # a damaged or placeholder product: offer the raw frames
                    unreadable.append(str(err))
            if keo is None and build:
                lo, hi = self._build_bounds()
                keo = keogram_from_raw(self.client, *key, start=lo, end=hi,
                                       progress=lambda d, t: self._progress(gen, d, t))
                self._built[key] = keo
            return keo, self._latitude_skymap(keo)

        def done(result: tuple[Keogram | None, Any]) -> None:
            if gen != self._generation:
                return
            keo, skymap = result
            if keo is None:
                self._panel, self.source, self.can_build = {}, "", True
                names = " or ".join(array_for(self.dataset).keogram_datasets)
                why = unreadable[0] if unreadable else f"No daily keogram ({names}) for {self.site_uid} on {self.date}."
                self.status, self.message = "ready", f"{why} Build one from the night's raw frames?"
                self._update_code()
                return
            self._show(keo, skymap)

        label = (f"Building the keogram of {self.site_uid} on {self.date} from raw frames…" if build
                 else f"Loading the keogram of {self.site_uid} on {self.date}…")
        self._run_in_background(label, work, done, wait=wait)

    def _build_bounds(self) -> tuple[_dt.datetime, _dt.datetime]:
        day = night(self.date)[0]
        h0, h1 = self.build_hours
        return day + _dt.timedelta(hours=h0), day + _dt.timedelta(hours=h1, seconds=-1)

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self._generation:
            self.progress = [done, total]
            self.message = f"Building the keogram from raw frames: {done} of {total} files read…"

    def _latitude_skymap(self, keo: Keogram | None) -> Any:
        if keo is None or not self.latitude_axis:
            return None
        if self._skymap is not None:
            return self._skymap
        from ..data.readers import read_skymap

        spec = array_for(self.dataset)
        # download_best_skymap (pyaurorax's signature) never shows a progress bar: nothing to disable
        result = _silenced(lambda: self.client.download_best_skymap(
            spec.skymap_dataset, self.site_uid, night(self.date)[0]))
        return read_skymap(result.filenames[0])

    def _relabel(self, _change: Any = None) -> None:
        if self.keogram is None:
            return
        keo, gen = self.keogram, self._generation
        self._run_in_background("Loading the latitude axis…", lambda: self._latitude_skymap(keo),
                                lambda skymap: self._show(keo, skymap) if gen == self._generation else None)

    def _show(self, keo: Keogram, skymap: Any) -> None:
        keo.geo_y = keo.elev_y = None
        keo.altitude_km = None
        note = ""
        if skymap is not None:
            self._skymap = skymap
            try:
                keo.set_geographic_latitudes(skymap, self.altitude_km)
            except AuroraWidgetsError as err:
                note = f" No latitude axis: {err}"
        self.skymap_name = "" if keo.geo_y is None or skymap is None else str(getattr(skymap, "filename", ""))
        self.keogram = keo
        key = (keo.source, keo.site_uid, self.date, self.skymap_name, keo.altitude_km)
        panel = self._panels.get(key)
        if panel is None:  # a night shown before is not gridded again
            start, minutes = display_window([keo], night(self.date)[0])
            panel = self._panels[key] = keogram_panel(keo, start, minutes, MAX_ROWS)
            while len(self._panels) > 16:
                self._panels.pop(next(iter(self._panels)))
        self._panel = panel
        self.source = keo.source
        self.can_build = False
        self.progress = []
        self._update_code()
        if note:
            self.status, self.message = "ready", note.strip()

    def _load_array(self) -> None:
        if not self.date:
            self._rows = []
            return
        spec, day, gen = array_for(self.dataset), night(self.date)[0], self._generation

        def work() -> list[dict[str, Any]]:
            sites = sorted(_silenced(lambda: self.client.list_observatories(spec.instrument_array)),
                           key=lambda o: -float(o.geodetic_latitude))
            files = find_daily_keograms(self.client, self.dataset, day)
            keograms, unreadable = {}, set()
            for uid, path in files.items():
                try:
                    keograms[uid] = read_keogram(path)
                except ReadError:  # one damaged file leaves its row empty, not the whole view
                    unreadable.add(uid)
            start, minutes = display_window(list(keograms.values()), day)
            rows = []
            for o in sites:
                keo = keograms.get(o.uid)
                rows.append({
                    "site_uid": o.uid, "full_name": o.full_name, "latitude": float(o.geodetic_latitude),
                    "has_data": keo is not None,
                    "message": "" if keo is not None else (
                        "daily keogram file unreadable" if o.uid in unreadable else "no daily keogram for this night"),
                    "panel": None if keo is None else keogram_panel(keo, start, minutes, ARRAY_ROWS),
                })
            return rows

        def done(rows: list[dict[str, Any]]) -> None:
            if gen == self._generation:
                self._rows = rows

        self._run_in_background(f"Loading the keograms of every {spec.instrument_array} site on {self.date}…",
                                work, done)

    # ------------------------------------------------------------------ code and summary
    def _update_code(self) -> None:
        self.code = self._code()

    def _code(self) -> str:
        if not (self.site_uid and self.date):
            return ""
        client = self._client
        args = []
        if client is not None:
            api = getattr(client, "api_url", "")
            if api and "api.phys.ucalgary.ca" not in api:
                args.append(f"api_url={api!r}")
            folder = getattr(client, "download_dir", None)
            if folder is not None:
                args.append(f"download_dir={str(folder)!r}")
        keo = self.keogram
        built = keo is not None and not keo.source.startswith(self.date.replace("-", ""))
        fn = "keogram_from_raw" if built else "load_daily_keogram"
        hours = ""
        if built and self.build_hours != [0, 24]:
            lo, hi = self._build_bounds()
            hours = f", start={iso_minute(lo)!r}, end={hi.isoformat()!r}"
        lines = [
            "import datetime",
            "from aurora_widgets.data import Client",
            f"from aurora_widgets.data.keogram_products import {fn}",
            "",
            f"client = Client({', '.join(args)})",
            f"keo = {fn}(client, {self.dataset!r}, {self.site_uid!r}, {self.date!r}{hours})"
            + ("" if built else "  # None when there is no daily keogram"),
        ]
        if keo is not None and keo.geo_y is not None and self._skymap is not None:
            lines[1] = "from aurora_widgets.data import Client, read_skymap"
            if self._user_skymap:
                lines.append(f"skymap = read_skymap({str(getattr(self._skymap, 'filename', ''))!r})")
            else:
                spec = array_for(self.dataset)
                day = night(self.date)[0]
                lines.append(f"skymap = read_skymap(client.download_best_skymap({spec.skymap_dataset!r}, "
                             f"{self.site_uid!r}, datetime.datetime({day.year}, {day.month}, {day.day})).filenames[0])")
            lines.append(f"keo.set_geographic_latitudes(skymap, altitude_km={self.altitude_km:g})")
        if self.time is not None:
            t = self.time
            lines += [f"time = datetime.datetime({t.year}, {t.month}, {t.day}, {t.hour}, {t.minute})",
                      "column = keo.column_at(time)   # the keogram at the chosen minute"]
        if self.time_range is not None:
            a, b = self.time_range
            lines += [f"start, end = datetime.datetime({a.year}, {a.month}, {a.day}, {a.hour}, {a.minute}), "
                      f"datetime.datetime({b.year}, {b.month}, {b.day}, {b.hour}, {b.minute})",
                      "columns = keo.data[:, keo.index_of(start):keo.index_of(end) + 1]"]
        return "\n".join(lines) + "\n"

    def _static_pictures(self) -> list[tuple[str, bytes]]:
        """Return the keogram as shown (its display range), for the saved notebook's copy of the view."""
        from ._picture import panel_png
        from ._serialize import dequantize

        panel = self._panel
        if not panel:
            return []
        lo, hi = panel["display"]
        values = np.clip(dequantize(panel), lo, hi)
        shown = quantize(values, vmin=lo, vmax=hi)
        caption = (f"Keogram of {self.site_uid} on {self.date}, {panel['start'][11:]} UT for {panel['minutes']} "
                   f"minutes, south at the bottom; {panel['label']} ({panel['units']}) {lo:.4g} to {hi:.4g}"
                   + (f"; chosen minute {iso_minute(self.time)[11:]} UT" if self.time else ""))
        return [(caption, panel_png(shown, self.colormap))]

    def _summary_rows(self) -> list[tuple[str, str]]:
        rows = [("dataset", self.dataset), ("site", self.site_uid or "(none)"), ("date", self.date or "(none)"),
                ("keogram", self.source or "(none)"), ("time", iso_minute(self.time).replace("T", " ") or "(none)")]
        if self.time_range:
            rows.append(("range", " → ".join(iso_minute(t).replace("T", " ") for t in self.time_range)))
        return rows + super()._summary_rows()

    def __repr__(self) -> str:
        return (f"KeogramPicker(dataset={self.dataset!r}, site_uid={self.site_uid!r}, date={self.date!r}, "
                f"time={iso_minute(self.time) or None!r})")
