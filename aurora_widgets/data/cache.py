"""Integrity checks of cached files, so a damaged file is fetched again instead of being used.

The cache is shared with pyaurorax, which writes files in place and never checks them: a killed
download there leaves a partial file under its final name. :func:`check_file` says what is wrong
with a file, cheaply, or returns None:

* empty, or a size other than the server's ``Content-Length`` when one is known;
* an HTML page saved as the file (a file host's error page);
* ``.gz``: a gzip member that does not end with its end marker (inflated in constant memory);
* ``.bz2``: the same for bzip2;
* ``.sav``: the IDL SAVE record chain not reaching its ``END_MARKER`` (record headers only);
* ``.pgm``: a frame cut short (the PGM headers are walked, image bytes skipped).

Files found good are remembered by (path, size, mtime) for the process, so a cached file costs
one check, and none after a download of ours (checked against ``Content-Length``). A format check
cannot see a file that ends exactly between two frames (or a gzip member written whole from part of
the data): when no ``Content-Length`` was seen for a cached file, the downloader asks the server once
with a HEAD request (:func:`size_confirmed` / :func:`mark_sized` remember the answer).

Example:
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "themis_skymap_gill_20210308-+_v02.sav"
    >>> _ = p.write_bytes(b"<!DOCTYPE html><html>Not found</html>")
    >>> check_file(p)
    'it is an HTML page, not a data file'

"""

from __future__ import annotations

import bz2
import os
import struct
import threading
from pathlib import Path

from .inflate import gzip_stream_complete

__all__ = ["CacheRepairWarning", "check_file", "forget", "mark_good", "mark_sized", "problem_with", "size_confirmed"]

_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<!--")
_SAV_SIGNATURES = (b"SR\x00\x04", b"SR\x00\x06")
_SAV_END_MARKER = 6
_SAV_HEADER = struct.Struct(">lII")
_MAX_SAV_RECORDS = 1_000_000

_lock = threading.Lock()
_good: dict[str, tuple[int, int]] = {}
_sized: dict[str, tuple[int, int]] = {}


class CacheRepairWarning(UserWarning):
    """A damaged cached file was found (and, unless offline, replaced by a good copy)."""


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _remember(table: dict[str, tuple[int, int]], path: str | os.PathLike[str]) -> None:
    stamp = _stamp(Path(path))
    if stamp is not None:
        with _lock:
            table[os.path.abspath(path)] = stamp


def mark_good(path: str | os.PathLike[str]) -> None:
    """Remember that ``path``, as it is now (size, mtime), passed the check.

    Example:
        >>> mark_good("/nonexistent/file.sav")   # a missing file is not remembered

    """
    _remember(_good, path)


def mark_sized(path: str | os.PathLike[str]) -> None:
    """Remember that ``path``, as it is now, was compared with the server's size (or no size was given).

    Example:
        >>> mark_sized("/nonexistent/file.pgm.gz"); size_confirmed("/nonexistent/file.pgm.gz")
        False

    """
    _remember(_sized, path)


def size_confirmed(path: str | os.PathLike[str]) -> bool:
    """Tell whether ``path``, as it is now, was already compared with the server's size.

    Example:
        >>> size_confirmed("/nonexistent/file.pgm.gz")
        False

    """
    p = Path(path)
    stamp = _stamp(p)
    with _lock:
        return stamp is not None and _sized.get(os.path.abspath(p)) == stamp


def forget(path: str | os.PathLike[str] | None = None) -> None:
    """Forget that ``path`` (or, with None, every file) was found good or compared with the server.

    Example:
        >>> forget()

    """
    with _lock:
        if path is None:
            _good.clear()
            _sized.clear()
        else:
            _good.pop(os.path.abspath(path), None)
            _sized.pop(os.path.abspath(path), None)


def _sav_problem(path: Path, size: int) -> str | None:
    with open(path, "rb") as fh:
        if fh.read(4) not in _SAV_SIGNATURES:
            return "it is not an IDL save file (no SR signature)"
        pos = 4
        for _ in range(_MAX_SAV_RECORDS):
            if pos + 16 > size:
                return f"its IDL record chain stops at byte {pos} of {size}, before the end marker (incomplete)"
            fh.seek(pos)
            rectype, lo, hi = _SAV_HEADER.unpack(fh.read(12))
            if rectype == _SAV_END_MARKER:
                return None
            nextrec = lo + (hi << 32)
            if nextrec <= pos or nextrec > size:
                return (f"its IDL record at byte {pos} points to byte {nextrec} of a {size}-byte file "
                        "(incomplete or damaged)")
            pos = nextrec
    return "its IDL record chain does not end"


def _bz2_problem(path: Path) -> str | None:
    block = 1 << 20
    with open(path, "rb") as fh:
        pending = fh.read(block)
        while pending:
            inflater = bz2.BZ2Decompressor()
            try:
                while True:
                    inflater.decompress(pending, block)
                    while not inflater.eof and not inflater.needs_input:
                        inflater.decompress(b"", block)
                    if inflater.eof:
                        break
                    pending = fh.read(block)
                    if not pending:
                        return "the bzip2 stream ends before its end marker (the file is incomplete)"
            except (OSError, ValueError) as err:
                return f"the bzip2 stream is damaged ({err})"
            pending = inflater.unused_data or fh.read(block)
    return None


def _pgm_problem(path: Path) -> str | None:
    from .readers._pgm import StreamError, parse_stream
    from .readers.raw import _kind_for

    data = path.read_bytes()
    if not data.startswith(b"P5"):
        return "it is not a PGM file (no P5 signature)"
    try:
        parse_stream(data, _kind_for(str(path), None), str(path))
    except StreamError as err:
        return f"its PGM frames are incomplete ({err})"
    return None


def check_file(path: str | os.PathLike[str], expected_size: int | None = None, *,
               name: str | None = None) -> str | None:
    """Return what is wrong with the file at ``path`` (a short phrase), or None when it looks whole.

    ``expected_size`` is the server's size when known (``Content-Length``). ``name`` is the name
    whose extension decides the format check (default: the path's own name).

    Example:
        >>> import gzip, tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "20140310_0600_gill_themis19_full.pgm.gz"
        >>> _ = p.write_bytes(gzip.compress(b"P5" + bytes(5000))[:-30])
        >>> check_file(p)
        'the gzip stream ends before its end marker (the file is incomplete)'
        >>> _ = p.write_bytes(b"")
        >>> check_file(p)
        'it is empty (0 bytes)'

    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size == 0:
            return "it is empty (0 bytes)"
        if expected_size is not None and size != expected_size:
            return f"it has {size} bytes, the server's file {expected_size}"
        with open(p, "rb") as fh:
            head = fh.read(512)
        if head.lstrip().lower().startswith(_HTML_STARTS):
            return "it is an HTML page, not a data file"
        lower = (name or p.name).lower()
        if lower.endswith(".gz"):
            return gzip_stream_complete(p)
        if lower.endswith(".bz2"):
            return _bz2_problem(p)
        if lower.endswith(".sav"):
            return _sav_problem(p, size)
        if lower.endswith(".pgm"):
            return _pgm_problem(p)
    except OSError as err:
        return f"it cannot be read ({err})"
    return None


def problem_with(path: str | os.PathLike[str]) -> str | None:
    """:func:`check_file`, skipped for a file already found good as it is now (then None).

    Example:
        >>> problem_with("/nonexistent/x.sav")
        "it cannot be read ([Errno 2] No such file or directory: '/nonexistent/x.sav')"

    """
    p = Path(path)
    stamp = _stamp(p)
    key = os.path.abspath(p)
    with _lock:
        if stamp is not None and _good.get(key) == stamp:
            return None
    problem = check_file(p)
    if problem is None:
        with _lock:
            if stamp is not None:
                _good[key] = stamp
    return problem
