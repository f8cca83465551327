"""Long raw listings: the service lists 1-minute raw datasets one day at a time.

A ``/urls`` request over one day or more of a ``file_time_resolution == "1min"`` dataset gets a
400 ("this dataset listing must be limited to one day"). :func:`day_ranges` splits a range into
requests the service accepts, and :func:`merge_listings` joins their answers in time order.

Example:
    >>> import datetime as dt
    >>> [(a.isoformat(), b.isoformat()) for a, b in day_ranges(dt.datetime(2021, 11, 4, 6),
    ...                                                          dt.datetime(2021, 11, 5, 8))]
    [('2021-11-04T06:00:00', '2021-11-05T05:59:59'), ('2021-11-05T06:00:00', '2021-11-05T08:00:00')]

"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from .models import Dataset, FileListing

__all__ = ["ONE_DAY_HINT", "day_ranges", "is_one_minute", "merge_listings"]

#: Part of the service's 400 message for a raw listing longer than one day.
ONE_DAY_HINT = "limited to one day"
_STEP = _dt.timedelta(days=1)
_LAST = _dt.timedelta(seconds=1)  # requests carry whole seconds; both bounds are inclusive


def is_one_minute(name: str, known: Dataset | None) -> bool:
    """Return True when ``name`` is listed one day at a time (a 1-minute raw dataset).

    Example:
        >>> is_one_minute("REGO_RAW", None), is_one_minute("REGO_SKYMAP_IDLSAV", None)
        (True, False)

    """
    if known is not None and known.file_time_resolution:
        return known.file_time_resolution == "1min"
    upper = name.upper()
    return upper.endswith("_RAW") or "_RAW_" in upper


def day_ranges(start: _dt.datetime, end: _dt.datetime) -> list[tuple[_dt.datetime, _dt.datetime]]:
    """Split ``[start, end]`` (inclusive) into ranges shorter than one day, in time order.

    Example:
        >>> import datetime as dt
        >>> len(day_ranges(dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 1, 23, 59))), len(
        ...     day_ranges(dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 3)))
        (1, 3)

    """
    start = start.replace(microsecond=0)
    out = []
    lo = start
    while True:
        hi = lo + _STEP - _LAST
        if hi >= end:
            out.append((lo, end))
            return out
        out.append((lo, hi))
        lo = lo + _STEP


def merge_listings(parts: Sequence[FileListing]) -> FileListing:
    """Join listings of consecutive ranges: URLs in order, without repeats; byte totals summed.

    ``total_bytes`` is None when any part lacks it.

    Example:
        >>> d = Dataset(name="REGO_RAW")
        >>> a = FileListing(["u/1", "u/2"], "u", 2, d, 10)
        >>> b = FileListing(["u/2", "u/3"], "u", 2, d, 7)
        >>> m = merge_listings([a, b])
        >>> m.urls, m.count, m.total_bytes
        (['u/1', 'u/2', 'u/3'], 3, 17)

    """
    seen: set[str] = set()
    urls: list[str] = []
    for part in parts:
        for url in part.urls:
            if url not in seen:
                seen.add(url)
                urls.append(url)
    totals = [p.total_bytes for p in parts]
    total = None if any(not isinstance(t, int) or isinstance(t, bool) for t in totals) else sum(
        t for t in totals if isinstance(t, int))
    first = parts[0]
    return FileListing(urls=urls, path_prefix=first.path_prefix, count=len(urls), dataset=first.dataset,
                       total_bytes=total)
