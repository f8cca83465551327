"""DatePicker: a UT date (and optionally time) with bounds, day stepping and a coverage calendar.

Give ``available`` validity intervals (``[start, end | None]`` pairs, or the ``Candidates`` of a
skymap/calibration listing) and a month calendar marks the days they cover, so you can see which
dates have a valid file before you pick one. Give ``data_days`` (the days that have data files,
e.g. from :func:`days_with_files` of a ``get_urls`` listing) with a ``data_label`` and the
calendar marks those days with a dot. ``shown_month`` ("YYYY-MM") follows the calendar's month,
so a host can list that month's files when the reader pages to it.

Typed dates are committed on Enter or when the field loses focus; years outside the bounds (and
two- or three-digit years) are refused with a message, in the page and here.

Example:
    >>> from aurora_widgets.widgets import DatePicker
    >>> picker = DatePicker("2021-11-04", with_time=True, available=[["2021-03-08", None]])
    >>> picker.value
    datetime.datetime(2021, 11, 4, 0, 0)
    >>> picker.covered
    True

"""

from __future__ import annotations

import contextlib
import datetime as _dt
import re
from collections.abc import Iterable
from typing import Any

import traitlets

from ..data.errors import InputError
from ._base import AuroraWidget

__all__ = ["DatePicker", "as_day", "days_with_files", "normalise_intervals"]

#: Without bounds, dates outside these years are refused (year 21 is a typo of 2021, not data).
FIRST_YEAR = 1900
LAST_YEAR = 2199


def as_day(value: Any) -> _dt.date | None:
    """Return a date from a date, datetime, ISO string ("2021-11-04", "2021-11-04T06:00") or None.

    Example:
        >>> as_day("2021-11-04T06:30"), as_day(None)
        (datetime.date(2021, 11, 4), None)

    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError as err:
        raise InputError(f"Not a date: {value!r}; use YYYY-MM-DD (e.g. 2021-11-04).") from err


def _as_time(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return value.strftime("%H:%M")
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    text = str(value or "00:00").strip()
    try:
        parsed = _dt.time.fromisoformat(text)
    except ValueError as err:
        raise InputError(f"Not a time of day: {value!r}; use HH:MM (e.g. 06:30).") from err
    return parsed.strftime("%H:%M")


def normalise_intervals(available: Any) -> list[list[str | None]]:
    """Return validity intervals as ``[["YYYY-MM-DD", "YYYY-MM-DD" | None], ...]`` sorted by start.

    Accepts pairs of dates/datetimes/strings (None = open end), ``Candidate`` objects (their
    ``valid_from``/``valid_to``) or a ``Candidates`` listing.

    Example:
        >>> normalise_intervals([("2021-08-06", None), ["2014-10-02", "2021-08-05T00:00"]])
        [['2014-10-02', '2021-08-05'], ['2021-08-06', None]]

    """
    if available is None:
        return []
    items: Iterable[Any] = getattr(available, "candidates", available)
    out: list[list[str | None]] = []
    for item in items:
        if hasattr(item, "valid_from"):
            start, end = item.valid_from, item.valid_to
        else:
            start, end = item
        s = as_day(start)
        if s is None:
            raise InputError(f"An interval needs a start date; got {item!r}")
        e = as_day(end)
        if e is not None and e < s:
            raise InputError(f"Interval ends before it starts: {item!r}")
        out.append([s.isoformat(), None if e is None else e.isoformat()])
    return sorted(out, key=lambda pair: pair[0] or "")


_FILE_DAY = re.compile(r"(?<!\d)((?:19|20|21)\d{2})(\d{2})(\d{2})(?:_|-|T|$)")


def days_with_files(urls: Any) -> list[str]:
    """Return the sorted distinct days ("YYYY-MM-DD") named in data file URLs or names.

    Accepts a list of URLs/filenames or anything with ``.urls`` (a ``FileListing``). The day is
    the first ``YYYYMMDD`` in the file's name (UCalgary names start ``YYYYMMDD_HHMM_site_...``).

    Example:
        >>> days_with_files(["https://x/2021/11/04/gill/20211104_0600_gill_themis19_full.pgm.gz",
        ...                  "20211104_0601_gill_themis19_full.pgm.gz", "20211105_0000_gill.h5"])
        ['2021-11-04', '2021-11-05']

    """
    out: set[str] = set()
    for url in getattr(urls, "urls", urls) or []:
        match = _FILE_DAY.search(str(url).rsplit("/", 1)[-1])
        if match:
            with contextlib.suppress(ValueError):
                out.add(_dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat())
    return sorted(out)


class DatePicker(AuroraWidget):
    """Pick a UT date (and time of day with ``with_time=True``) within optional bounds.

    Parameters: ``value`` (date, datetime or ISO string), ``min_date``/``max_date`` (bounds,
    inclusive), ``with_time`` (show a time input), ``available`` (validity intervals to mark in
    the calendar, see :func:`normalise_intervals`), ``data_days`` and ``data_label`` (days that have
    data files, dotted in the calendar; ``.has_data`` says whether the chosen day is one).
    ``.value`` is a ``datetime.datetime`` (midnight unless a time was chosen) or None.

    Example:
        >>> p = DatePicker("2021-11-04", min_date="2021-01-01", max_date="2021-12-31")
        >>> p.step(1).value
        datetime.datetime(2021, 11, 5, 0, 0)
        >>> p.covered is None                  # no intervals given
        True

    """

    _kind = traitlets.Unicode("date_picker").tag(sync=True)
    _view_traits = (*AuroraWidget._view_traits, "date", "time", "min_date", "max_date", "available",
                    "available_label", "data_days", "data_label")

    #: The chosen day, "YYYY-MM-DD" ("" = none).
    date = traitlets.Unicode("").tag(sync=True)
    #: Time of day (UT), "HH:MM"; used only when ``with_time``.
    time = traitlets.Unicode("00:00").tag(sync=True)
    with_time = traitlets.Bool(False).tag(sync=True)
    min_date = traitlets.Unicode("").tag(sync=True)
    max_date = traitlets.Unicode("").tag(sync=True)
    #: Validity intervals [[start, end | None], ...] ("YYYY-MM-DD"; end day inclusive).
    available = traitlets.List(traitlets.List()).tag(sync=True)
    #: What the intervals are, for the calendar's legend: "a skymap of gill" gives "Underlined days
    #: have a skymap of gill." ("" = "Underlined days are covered by at least one interval.").
    available_label = traitlets.Unicode("").tag(sync=True)
    #: Days that have data files ("YYYY-MM-DD"), dotted in the calendar (see :func:`days_with_files`).
    data_days = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: What the data days have, for the legend: "THEMIS_ASI_RAW files of gill" gives "Dotted days
    #: have THEMIS_ASI_RAW files of gill." A label shows the calendar even in a month with no data.
    data_label = traitlets.Unicode("").tag(sync=True)
    #: The month the calendar shows ("YYYY-MM"), set by the page; observe it to list that month's files.
    shown_month = traitlets.Unicode("").tag(sync=True)

    def __init__(
        self,
        value: Any = None,
        min_date: Any = None,
        max_date: Any = None,
        with_time: bool = False,
        available: Any = None,
        data_days: Any = None,
        data_label: str = "",
        client: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._client = client
        self._data_source: tuple[str, str] | None = None
        self._data_generation = 0
        self.on_msg(self._on_front_end_message)
        self.observe(self._list_data_days, names=["shown_month"])
        lo, hi = as_day(min_date), as_day(max_date)
        if lo and hi and hi < lo:
            raise InputError(f"max_date {hi} is before min_date {lo}")
        with self.hold_trait_notifications():
            self.min_date = lo.isoformat() if lo else ""
            self.max_date = hi.isoformat() if hi else ""
            self.with_time = bool(with_time)
            self.available = normalise_intervals(available)
            self.data_days = list(data_days or [])
            self.data_label = data_label
        if value is not None:
            self.value = value

    @property
    def value(self) -> _dt.datetime | None:
        """The chosen moment as a naive UT ``datetime`` (time 00:00 unless ``with_time``), or None."""
        day = as_day(self.date)
        if day is None:
            return None
        t = _dt.time.fromisoformat(self.time) if self.with_time else _dt.time(0, 0)
        return _dt.datetime.combine(day, t)

    @value.setter
    def value(self, value: Any) -> None:
        day = as_day(value)
        with self.hold_trait_notifications():
            self.date = "" if day is None else day.isoformat()
            if isinstance(value, _dt.datetime) or (isinstance(value, str) and "T" in value):
                self.time = _as_time(value if isinstance(value, _dt.datetime) else value.split("T", 1)[1][:5])

    @property
    def covered(self) -> bool | None:
        """Whether an ``available`` interval covers the chosen day (None without intervals or date)."""
        day = as_day(self.date)
        if day is None or not self.available:
            return None
        iso = day.isoformat()
        return any(start <= iso and (end is None or iso <= end) for start, end in self.available)

    @property
    def has_data(self) -> bool | None:
        """Whether the chosen day is one of ``data_days`` (None without a date or without data days).

        Example:
            >>> DatePicker("2021-11-04", data_days=["2021-11-04"]).has_data
            True

        """
        day = as_day(self.date)
        if day is None or not self.data_days:
            return None
        return day.isoformat() in self.data_days

    def follow_data(self, dataset: str, site_uid: str, *, wait: bool = False) -> DatePicker:
        """Dot the days that have raw files of ``dataset``'s instrument at ``site_uid``, month by month.

        The raw dataset is found from ``dataset`` (a skymap, calibration or raw dataset name, or an
        instrument array). The month the calendar shows is listed now and again whenever the
        reader pages to another month (``shown_month``), in the background, one listing per day;
        ``follow_data("", "")`` stops and clears the dots. Returns self.

        Example:
            >>> picker = DatePicker("2021-11-04")
            >>> picker.follow_data("THEMIS_ASI_SKYMAP_IDLSAV", "gill").data_label  # doctest: +SKIP
            'THEMIS_ASI_RAW files of gill'

        """
        from ..data.client import raw_dataset_for

        site = (site_uid or "").strip().lower()
        if not dataset or not site:
            self._data_source = None
            self._data_generation += 1
            with self.hold_trait_notifications():
                self.data_days, self.data_label = [], ""
            return self
        raw = raw_dataset_for(dataset)
        self._data_source = (raw, site)
        with self.hold_trait_notifications():
            self.data_days, self.data_label = [], f"{raw} files of {site}"
        self._list_data_days(wait=wait)
        return self

    def _list_data_days(self, _change: Any = None, *, wait: bool = False) -> None:
        source = self._data_source
        month = self.shown_month or self.date[:7] or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m")
        if source is None:
            return
        raw, site = source
        first = _dt.date.fromisoformat(f"{month}-01")
        last = (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
        today = _dt.datetime.now(_dt.timezone.utc).date()
        days = [first + _dt.timedelta(days=i) for i in range((min(last, today) - first).days + 1)]
        self._data_generation += 1
        generation = self._data_generation
        client = self.client

        def work() -> list[str]:
            found: list[str] = []
            for day in days:  # the server lists raw data one day at a time
                start = _dt.datetime.combine(day, _dt.time(0, 0))
                listing = client.get_urls(raw, start, start + _dt.timedelta(hours=23, minutes=59), site_uid=site)
                found += days_with_files(listing)
            return found

        def done(found: list[str]) -> None:
            if generation == self._data_generation:  # a later month or source supersedes this one
                self.data_days = sorted(set(self.data_days) | set(found))

        self._run_in_background(f"Listing {raw} files of {site} for {month}…", work, done, wait=wait)

    def step(self, days: int) -> DatePicker:
        """Move the date by ``days`` (clamped to the bounds); returns self.

        Example:
            >>> DatePicker("2021-12-31", max_date="2021-12-31").step(1).date
            '2021-12-31'

        """
        day = as_day(self.date) or _dt.datetime.now(_dt.timezone.utc).date()
        target = day + _dt.timedelta(days=days)
        lo, hi = as_day(self.min_date), as_day(self.max_date)
        if lo and target < lo:
            target = lo
        if hi and target > hi:
            target = hi
        self.date = target.isoformat()
        return self

    @traitlets.validate("date")
    def _check_date(self, proposal: Any) -> str:
        day = as_day(proposal["value"])
        if day is None:
            return ""
        lo, hi = as_day(self.min_date), as_day(self.max_date)
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise InputError(
                f"{day} is not a date of data: the year {day.year} is outside {FIRST_YEAR}-{LAST_YEAR}; "
                "type all four digits of the year (e.g. 2021)."
            )
        if (lo and day < lo) or (hi and day > hi):
            raise InputError(
                f"{day} is outside the allowed range {lo or 'any'} … {hi or 'any'}; choose a date inside it."
            )
        return day.isoformat()

    @traitlets.validate("data_days")
    def _check_data_days(self, proposal: Any) -> list[str]:
        days = {as_day(d) for d in proposal["value"] or []}
        return sorted(d.isoformat() for d in days if d is not None)

    @traitlets.validate("shown_month")
    def _check_shown_month(self, proposal: Any) -> str:
        text = str(proposal["value"] or "")
        if not text:
            return ""
        try:
            as_day(f"{text[:7]}-01")
        except InputError as err:
            raise InputError(f"Not a month: {text!r}; use YYYY-MM (e.g. 2021-11).") from err
        return text[:7]

    @traitlets.validate("time")
    def _check_time(self, proposal: Any) -> str:
        return _as_time(proposal["value"])

    @traitlets.validate("available")
    def _check_available(self, proposal: Any) -> list[Any]:
        return normalise_intervals(proposal["value"])

    def _summary_rows(self) -> list[tuple[str, str]]:
        value = self.value
        rows = [("date", value.isoformat(sep=" ", timespec="minutes") if value else "(none)")]
        if self.min_date or self.max_date:
            rows.append(("range", f"{self.min_date or 'any'} … {self.max_date or 'any'}"))
        if self.available:
            rows.append(("covered", {True: "yes", False: "no", None: "–"}[self.covered]))
        if self.data_label:
            rows.append(("data", {True: "yes", False: "no", None: "–"}[self.has_data]))
        return rows + super()._summary_rows()

    def __repr__(self) -> str:
        return f"DatePicker(date={self.date!r}, time={self.time!r}, with_time={self.with_time})"
