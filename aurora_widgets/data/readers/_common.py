"""Helpers shared by the skymap and calibration readers: IDL save loading, names, a small cache.

Example:
    >>> valid_interval_from_name("themis_skymap_gill_20210308-+_v02.sav")
    (datetime.datetime(2021, 3, 8, 0, 0), None)

"""

from __future__ import annotations

import datetime as _dt
import os
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import unquote

import numpy as np

from ..errors import ReadError
from ._idlsav import SavCorruptError, SavRecord, SavUnsupportedError, read_idlsav

#: What to tell the user when a downloaded file cannot be decoded.
REDOWNLOAD_HINT = ("The file may be damaged or incomplete: reading it through Client.read, or "
                   "Client().verify_cache(repair=True), will download it again.")


def file_key(path: str | os.PathLike[str], kind: str) -> tuple[str, int, int]:
    """Cache key of a file: (resolved path, mtime in ns, size). Missing file -> ReadError."""
    try:
        resolved = Path(path).resolve()
        st = resolved.stat()
    except FileNotFoundError:
        raise ReadError(
            f"Could not read {kind} file '{path}': no such file. Check the path, or download it first."
        ) from None
    except OSError as err:
        raise ReadError(f"Could not read {kind} file '{path}': {err}.") from None
    if not resolved.is_file():
        raise ReadError(f"Could not read {kind} file '{path}': it is not a regular file.")
    return (str(resolved), st.st_mtime_ns, st.st_size)


#: Decode ``.sav`` files with the built-in decoder (:mod:`._idlsav`) first; False = scipy only.
FAST_SAV = True


def load_sav(path: str | os.PathLike[str], kind: str) -> dict[str, Any]:
    """Variables of an IDL save file, ``{lower-case name: value}``; failures raise :class:`ReadError`.

    The built-in decoder (:func:`._idlsav.read_idlsav`) is tried first: its numeric arrays are
    read-only **big-endian views** into the file's bytes and its structures are object arrays of
    :class:`~._idlsav.SavRecord` (read fields with :func:`field`). Files it does not handle go to
    :func:`load_sav_scipy`; files it finds invalid raise ReadError at once (scipy could loop on
    some of them). Either way the values are the same as scipy's; convert arrays with
    :func:`native`, which copies them out of the file's buffer.

    Example:
        >>> contents = load_sav("REGO_Rayleighs_15649_20211019-+_v02.sav", "calibration")  # doctest: +SKIP
        >>> sorted(contents)                                                                 # doctest: +SKIP
        ['author', 'input_data_dir', 'rper_dnpersecond_15649', 'skymap_filename']

    """
    if FAST_SAV:
        try:
            return read_idlsav(path)
        except SavCorruptError as err:
            raise ReadError(
                f"Could not read {kind} file '{path}': not a valid IDL save file ({err}). {REDOWNLOAD_HINT}"
            ) from None
        except PermissionError:
            raise ReadError(
                f"Could not read {kind} file '{path}': permission denied. Check the file's permissions."
            ) from None
        except (SavUnsupportedError, OSError):
            pass  # scipy reads it or reports the problem
    return load_sav_scipy(path, kind)


def load_sav_scipy(path: str | os.PathLike[str], kind: str) -> dict[str, Any]:
    """``scipy.io.readsav(path, python_dict=True)`` with its byte-count warnings silenced.

    Any failure becomes a :class:`ReadError` naming the file and what to do.
    """
    from scipy.io import readsav

    try:
        with warnings.catch_warnings():
            # Older THEMIS skymaps (2007-2012) make scipy warn "Not able to verify number of
            # bytes from header"; the data read is fine, so we keep quiet (only these warnings).
            warnings.filterwarnings("ignore", message=".*Not able to verify number of bytes.*")
            warnings.filterwarnings("ignore", category=UserWarning, module=r"scipy\.io\._idl")
            # record kinds scipy skips (e.g. SYSTEM_VARIABLE): it warns on our behalf (stacklevel)
            warnings.filterwarnings("ignore", message=r"Skipping \w+ record")
            warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"scipy\.io\._idl")
            result = readsav(os.fspath(path), python_dict=True, verbose=False)
    except ReadError:
        raise
    except PermissionError:
        raise ReadError(
            f"Could not read {kind} file '{path}': permission denied. Check the file's permissions."
        ) from None
    except Exception as err:  # scipy raises many types (Exception, ValueError, EOFError, ...)
        detail = str(err) or type(err).__name__
        raise ReadError(
            f"Could not read {kind} file '{path}': not a valid IDL save file ({detail}). {REDOWNLOAD_HINT}"
        ) from None
    if not isinstance(result, dict):  # pragma: no cover - readsav always gives a dict here
        raise ReadError(f"Could not read {kind} file '{path}': unexpected content. {REDOWNLOAD_HINT}")
    return result


_MISSING = object()


def field(record: Any, name: str, *, required: bool = True) -> Any:
    """Field ``name`` of a structure element, whatever the case of its stored name.

    Works on both decoders' records: a :class:`~._idlsav.SavRecord` (lower-case keys) or a
    ``numpy.record`` from scipy (upper-case names, lower-case titles). A missing field raises
    KeyError when ``required``, else gives None.

    Example:
        >>> rec = SavRecord({"site_uid": b"gill"}, names=("SITE_UID",))
        >>> field(rec, "SITE_UID"), field(rec, "author", required=False)
        (b'gill', None)

    """
    if isinstance(record, SavRecord):
        value = record.get(name.lower(), _MISSING)
        if value is not _MISSING:
            return value
    else:
        names = {n.lower(): n for n in (record.dtype.names or ())}
        stored = names.get(name.lower())
        if stored is not None:
            return record[stored]
    if required:
        raise KeyError(name)
    return None


def valid_interval_from_name(name: str) -> tuple[_dt.datetime, _dt.datetime | None]:
    """Parse field 3 ``YYYYMMDD-(YYYYMMDD|+)`` of a skymap/calibration file name.

    ``%2B`` (URL-quoted ``+``) is accepted. Raises ValueError when the name does not fit.

    Example:
        >>> valid_interval_from_name("REGO_flatfield_15649_20141015-20211018_v01.sav")[1]
        datetime.datetime(2021, 10, 18, 0, 0)

    """
    fields = unquote(os.path.basename(name)).split("_")
    if len(fields) < 4:
        raise ValueError(f"file name {name!r} has fewer than 4 '_' fields")
    start_text, sep, stop_text = fields[3].partition("-")
    if not sep:
        raise ValueError(f"file name {name!r} has no '<start>-<stop>' field")
    start = _dt.datetime.strptime(start_text, "%Y%m%d")
    stop = None if stop_text == "+" else _dt.datetime.strptime(stop_text, "%Y%m%d")
    return start, stop


def version_from_name(name: str) -> str:
    """Return the last ``_`` field of the base name without its extension, e.g. ``v02`` or ``vXX``.

    Example:
        >>> version_from_name("/tmp/themis_skymap_gako_20110305-+_vXX.sav")
        'vXX'

    """
    return os.path.splitext(os.path.basename(name))[0].split("_")[-1]


def decode(value: Any) -> str:
    """Bytes from an IDL string -> str (UTF-8, undecodable bytes replaced)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, np.ndarray) and value.size == 1:
        return decode(value.reshape(-1)[0])
    return str(value)


def native(array: Any, *flip_axes: int) -> np.ndarray:
    """Return a native-endian, C-contiguous, read-only copy of ``array`` flipped on ``flip_axes``."""
    a = np.asarray(array)
    if flip_axes:
        a = np.flip(a, axis=flip_axes)
    out = np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("="))
    if out is a or np.shares_memory(out, np.asarray(array)):
        out = out.copy()
    out.flags.writeable = False
    return out


_T = TypeVar("_T")


class FileCache(Generic[_T]):
    """A tiny thread-safe LRU of decoded files keyed by :func:`file_key`; :meth:`read` is the readers' one use.

    Example:
        >>> cache = FileCache[str](maxsize=4)
        >>> cache.read(__file__, "python", lambda path: "decoded once") == cache.read(__file__, "python", str)
        True

    """

    def __init__(self, maxsize: int = 8) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[tuple[str, int, int], _T] = OrderedDict()
        self._lock = threading.Lock()

    def read(self, path: str, kind: str, decode: Callable[[str], _T]) -> _T:
        """Return ``decode(path)``, from the cache while the file is unchanged (same path, mtime and size).

        A missing or unreadable file raises :class:`ReadError` naming ``kind`` (see :func:`file_key`).

        Example:
            >>> FileCache[int]().read(__file__, "python", lambda path: 42)
            42

        """
        key = file_key(path, kind)
        cached = self.get(key)
        if cached is None:
            cached = decode(path)
            self.put(key, cached)
        return cached

    def get(self, key: tuple[str, int, int]) -> _T | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[str, int, int], value: _T) -> None:
        with self._lock:
            # A changed file (new mtime/size) replaces its old entry.
            for old in [k for k in self._items if k[0] == key[0] and k != key]:
                del self._items[old]
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget every cached file (the next read decodes it again).

        Example:
            >>> cache = FileCache(); cache.put(("f", 1, 2), "decoded"); cache.clear(); len(cache)
            0

        """
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
