"""Interval algebra of validity periods: days covered by a file of one kind and one of another.

A span is ``(start, end)`` as ISO dates, both days included, ``end`` None for an open interval
(``-+`` in a file name). The Explorer uses :func:`covered_by_both` to say over which dates a
device has both a flatfield and a Rayleighs calibration.

Example:
    >>> covered_by_both([("2014-10-02", None)], [("2014-10-02", "2021-08-05"), ("2021-08-06", None)])
    [['2014-10-02', '2021-08-05'], ['2021-08-06', None]]

"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Span", "covered_by_both"]

#: (first day, last day or None for open), ISO dates: comparing the strings compares the days.
Span = tuple[str, str | None]


def covered_by_both(a: Sequence[Span], b: Sequence[Span]) -> list[list[str | None]]:
    """Return the days covered by a span of ``a`` and one of ``b``, as merged spans (None = open end).

    Example:
        >>> covered_by_both([("2014-10-02", None), ("2021-08-06", None)], [("2015-01-01", None)])
        [['2015-01-01', None]]
        >>> covered_by_both([("2020-01-01", "2020-12-31")], [("2021-01-01", None)])
        []

    """
    both: list[Span] = []
    for a0, a1 in a:
        for b0, b1 in b:
            start = max(a0, b0)
            ends = [e for e in (a1, b1) if e is not None]
            end = min(ends) if ends else None
            if end is None or start <= end:
                both.append((start, end))
    merged: list[list[str | None]] = []
    for start, end in sorted(both, key=lambda span: span[0]):
        last = merged[-1] if merged else None
        if last is not None and (last[1] is None or start <= last[1]):  # overlaps the previous one
            last[1] = None if last[1] is None or end is None else max(last[1], end)
        else:
            merged.append([start, end])
    return merged
