"""The ``date`` trait of the browsers: a date or a UT minute as ISO text, and the raw minute it picks.

SkymapBrowser and CalibrationBrowser take ``date`` as a datetime, a date or an ISO string. A value
with a time of day is kept to the minute (``"2021-11-04T06:30"``), a date alone as a date
(``"2021-11-04"``); the raw frames shown are those of that minute, or of ``DEFAULT_FRAME_TIME``
(06:00 UT, local night in Canada) when only a date is given.

Example:
    >>> iso_date_or_minute("2021-11-04 06:30:12"), frame_minute("2021-11-04")
    ('2021-11-04T06:30', datetime.datetime(2021, 11, 4, 6, 0))

"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..data.select import as_datetime

__all__ = ["DEFAULT_FRAME_TIME", "frame_minute", "iso_date_or_minute"]

#: When ``date`` has no time of day, the raw frames are those of this UT time (local night in Canada).
DEFAULT_FRAME_TIME = _dt.time(6, 0)


def iso_date_or_minute(value: Any) -> str:
    """Return ``value`` as ``YYYY-MM-DD`` (a date, or a string of 10 characters at most) or ``YYYY-MM-DDTHH:MM``.

    Raises :class:`~aurora_widgets.data.errors.InputError` for a value that is no date.

    Example:
        >>> iso_date_or_minute(_dt.date(2021, 11, 4)), iso_date_or_minute(_dt.datetime(2021, 11, 4, 6))
        ('2021-11-04', '2021-11-04T06:00')

    """
    when = as_datetime(value, "date")
    text = value.strip() if isinstance(value, str) else None
    date_only = (text is not None and len(text) <= 10) or (
        isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
    )
    return when.date().isoformat() if date_only else when.isoformat(timespec="minutes")


def frame_minute(date: str, at: _dt.time = DEFAULT_FRAME_TIME) -> _dt.datetime:
    """Return the UT minute a ``date`` trait value picks: its own minute, or ``at`` on a date alone.

    An empty ``date`` stands for today (UT).

    Example:
        >>> frame_minute("2021-11-04T06:30:45"), frame_minute("2021-11-04", _dt.time(7, 15))
        (datetime.datetime(2021, 11, 4, 6, 30), datetime.datetime(2021, 11, 4, 7, 15))

    """
    when = as_datetime(date, "date") if date else _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    if len(date.strip()) <= 10:
        when = _dt.datetime.combine(when.date(), at)
    return when.replace(second=0, microsecond=0)
