"""File-list and file-name helpers shared by the readers: paths in, a raw file's minute, its range test.

Example:
    >>> as_paths("20211104_0600_gill_themis19_full.pgm.gz", "file_list must be a path or a list of paths")
    ['20211104_0600_gill_themis19_full.pgm.gz']
    >>> file_minute("/data/20211104_0600_gill_themis19_full.pgm.gz")
    datetime.datetime(2021, 11, 4, 6, 0)

"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable

from ..errors import InputError

__all__ = ["NO_TIMESTAMP", "FileList", "as_paths", "file_minute", "minute_or_skip", "outside_minutes"]

#: What :func:`~aurora_widgets.data.readers.read` takes as ``file_list``: one path, or paths.
FileList = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

#: The problem a raw file whose name has no ``YYYYmmdd_HHMM`` gets (pyucalgarysrs's wording).
NO_TIMESTAMP = "failed to extract timestamp from filename"


def as_paths(value: FileList, needs: str) -> list[str]:
    """Return one path or an iterable of paths as a list of strings; anything else is an :class:`InputError`.

    ``needs`` opens the error message (``"read_raw needs a file path or a list of file paths"``).

    Example:
        >>> from pathlib import Path
        >>> as_paths([Path("a.pgm"), "b.pgm"], "paths")
        ['a.pgm', 'b.pgm']

    """
    if isinstance(value, (str, os.PathLike)):
        return [os.fspath(value)]
    try:
        return [os.fspath(p) for p in value]
    except TypeError:
        raise InputError(f"{needs}, not {type(value).__name__}.") from None


def file_minute(path: str) -> _dt.datetime | None:
    """Return the minute a raw file's name starts with (``YYYYmmdd_HHMM``), or None when it does not.

    Example:
        >>> file_minute("notes.txt") is None
        True

    """
    try:
        return _dt.datetime.strptime(os.path.basename(path)[0:13], "%Y%m%d_%H%M")
    except ValueError:
        return None


def outside_minutes(file_dt: _dt.datetime, start: _dt.datetime | None, end: _dt.datetime | None) -> bool:
    """Tell whether a file of minute ``file_dt`` lies outside ``[start, end]`` taken to the minute.

    Example:
        >>> import datetime as dt
        >>> outside_minutes(dt.datetime(2021, 1, 1, 6, 0), dt.datetime(2021, 1, 1, 6, 0, 30), None)
        False

    """
    return (start is not None and file_dt < start.replace(second=0, microsecond=0)) or (
        end is not None and file_dt > end.replace(second=0, microsecond=0)
    )


def minute_or_skip(path: str, start: _dt.datetime | None, end: _dt.datetime | None) -> _dt.datetime | str:
    """Return a raw file's minute when it is to be read, else why not.

    Why not is :data:`NO_TIMESTAMP` (a problem to report) or ``""`` (the file lies outside
    ``[start, end]`` to the minute: skipped quietly, not read at all, as in pyucalgarysrs).

    Example:
        >>> import datetime as dt
        >>> minute_or_skip("20211104_0600_gill_themis19_full.pgm.gz", None, dt.datetime(2021, 11, 4, 5, 59))
        ''

    """
    file_dt = file_minute(path)
    if file_dt is None:
        return NO_TIMESTAMP
    return "" if outside_minutes(file_dt, start, end) else file_dt
