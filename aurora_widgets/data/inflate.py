"""Bounded gzip inflate, with python-isal (Intel ISA-L) when installed and zlib otherwise.

Raw imager files are gzip streams of 16-bit PGM frames, and reading them is bound by inflate:
ISA-L inflates the real THEMIS files about 1.6x faster than zlib (benchmarks/raw_frames.py). Both
paths give the same bytes; :func:`backend` says which one is in use, ``AURORA_WIDGETS_INFLATE=zlib``
(read at import) or :func:`use_backend` picks one.

Every call takes a ``limit``: the most bytes the caller can need. More than that is refused with
:class:`InflateLimitError` after inflating at most ``limit + 1`` bytes, so a small gzip bomb never
takes more memory than the limit (the raw reader derives it from the first frame's dimensions).

Example:
    >>> import gzip
    >>> inflate_gzip(gzip.compress(b"abc" * 10), limit=100)
    b'abcabcabcabcabcabcabcabcabcabc'
    >>> try:
    ...     inflate_gzip(gzip.compress(bytes(1000)), limit=100)
    ... except InflateLimitError as err:
    ...     print("refused:", err)
    refused: decompressed size exceeds 100 bytes

"""

from __future__ import annotations

import contextlib
import mmap
import os
import zlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

__all__ = [
    "ENV_INFLATE",
    "InflateError",
    "InflateLimitError",
    "backend",
    "gzip_stream_complete",
    "inflate_gzip",
    "isal_available",
    "use_backend",
]

#: Environment variable choosing the inflate backend: ``isal`` (default when installed) or ``zlib``.
ENV_INFLATE = "AURORA_WIDGETS_INFLATE"

_isal_zlib: ModuleType | None
try:  # pragma: no cover - depends on the platform's wheels
    from isal import isal_zlib as _isal_zlib
except ImportError:  # pragma: no cover
    _isal_zlib = None

_errors: tuple[type[Exception], ...] = (zlib.error,) + ((_isal_zlib.error,) if _isal_zlib is not None else ())
_state = {"name": "zlib"}


class InflateError(Exception):
    """The stream is not gzip, is damaged, or ends before its end-of-stream marker."""


class InflateLimitError(InflateError):
    """The stream inflates to more than the caller's limit (a gzip bomb, or not an imager file)."""


def isal_available() -> bool:
    """Return True when python-isal is importable.

    Example:
        >>> isinstance(isal_available(), bool)
        True

    """
    return _isal_zlib is not None


def backend() -> str:
    """Return the inflate backend in use: ``"isal"`` or ``"zlib"``.

    Example:
        >>> backend() in ("isal", "zlib")
        True

    """
    return _state["name"]


def _set(name: str) -> None:
    if name not in ("isal", "zlib"):
        raise ValueError(f"inflate backend must be 'isal' or 'zlib', not {name!r}")
    if name == "isal" and _isal_zlib is None:
        raise ValueError("the isal backend needs python-isal: pip install isal")
    _state["name"] = name


@contextlib.contextmanager
def use_backend(name: str) -> Iterator[None]:
    """Use backend ``name`` (``"isal"`` or ``"zlib"``) inside a ``with`` block (tests, benchmarks).

    Example:
        >>> with use_backend("zlib"):
        ...     backend()
        'zlib'

    """
    before = _state["name"]
    _set(name)
    try:
        yield
    finally:
        _state["name"] = before


def _decompressobj() -> Any:
    module: Any = _isal_zlib if _state["name"] == "isal" else zlib
    return module.decompressobj(wbits=31)


def inflate_gzip(data: bytes | mmap.mmap | memoryview, limit: int) -> bytes:
    """Inflate every gzip member of ``data``; refuse more than ``limit`` bytes of output.

    Trailing zero padding after the last member is ignored, as ``gzip`` does.

    Raises:
        InflateLimitError: the output would exceed ``limit`` bytes.
        InflateError: not a gzip stream, a damaged one, or one cut before its end marker.

    Example:
        >>> import gzip
        >>> inflate_gzip(gzip.compress(b"a") + gzip.compress(b"b") + bytes(8), limit=10)
        b'ab'

    """
    if not data:
        raise InflateError("empty file")
    parts: list[bytes] = []
    total = 0
    rest: bytes | mmap.mmap | memoryview = data
    while rest:
        if rest[:2] != b"\x1f\x8b":
            if parts and not bytes(rest).strip(b"\x00"):
                break
            raise InflateError("Not a gzipped file")
        inflater = _decompressobj()
        # The gzip trailer's ISIZE (the last member's size mod 2**32) sizes the first request: isal
        # allocates ``max_length`` up front, so an honest single-member file inflates into one
        # buffer with no growth and no final join (15% of the inflate time on THEMIS files). A
        # wrong hint only costs more requests; ``limit`` bounds the output either way.
        hint = int.from_bytes(rest[-4:], "little") if len(rest) >= 18 else 0
        room = limit - total + 1
        try:
            chunk = inflater.decompress(rest, min(hint + 1, room) if hint else room)
            total += len(chunk)
            pieces = [chunk]
            while not inflater.eof and inflater.unconsumed_tail and total <= limit:
                chunk = inflater.decompress(inflater.unconsumed_tail, limit - total + 1)
                total += len(chunk)
                pieces.append(chunk)
        except _errors as err:
            raise InflateError(str(err)) from None
        if total > limit or (inflater.unconsumed_tail and not inflater.eof):
            raise InflateLimitError(f"decompressed size exceeds {limit} bytes")
        if not inflater.eof:
            raise InflateError("Compressed file ended before the end-of-stream marker was reached")
        parts.append(pieces[0] if len(pieces) == 1 else b"".join(pieces))
        rest = inflater.unused_data
    return parts[0] if len(parts) == 1 else b"".join(parts)


def inflate_head(data: bytes | mmap.mmap | memoryview, size: int) -> bytes:
    r"""Return at most the first ``size`` inflated bytes of a gzip stream (b"" when it cannot start).

    Example:
        >>> import gzip
        >>> inflate_head(gzip.compress(b"P5\n" * 100), 6)
        b'P5\nP5\n'

    """
    try:
        return bytes(_decompressobj().decompress(memoryview(data)[: size + 65536], size))
    except _errors:
        return b""


def gzip_stream_complete(path: str | os.PathLike[str], limit: int = 4 * 1024**3) -> str | None:
    """Say what is wrong with the gzip file at ``path``, or None when every member ends cleanly.

    The output is thrown away as it comes (constant memory). ``limit`` bounds the bytes inflated.

    Example:
        >>> import gzip, tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.gz"
        >>> _ = p.write_bytes(gzip.compress(b"abc" * 1000))
        >>> gzip_stream_complete(p) is None
        True
        >>> _ = p.write_bytes(p.read_bytes()[:20])
        >>> gzip_stream_complete(p)
        'the gzip stream ends before its end marker (the file is incomplete)'

    """
    block = 1 << 20
    total = 0
    with open(path, "rb") as fh:
        pending = fh.read(block)
        if not pending:
            return "the file is empty"
        members = 0
        while True:
            if pending[:2] != b"\x1f\x8b":
                more = fh.read(block)
                if members and not (pending + more).strip(b"\x00"):
                    return None
                return "not a gzip stream" if not members else "bytes after the last gzip member"
            inflater = _decompressobj()
            while True:
                try:
                    total += len(inflater.decompress(pending, block))
                    while inflater.unconsumed_tail and not inflater.eof:
                        total += len(inflater.decompress(inflater.unconsumed_tail, block))
                        if total > limit:
                            return f"inflates to more than {limit} bytes"
                except _errors as err:
                    return f"the gzip stream is damaged ({err})"
                if inflater.eof:
                    break
                pending = fh.read(block)
                if not pending:
                    return "the gzip stream ends before its end marker (the file is incomplete)"
            members += 1
            pending = inflater.unused_data or fh.read(block)
            if not pending:
                return None


if os.environ.get(ENV_INFLATE, "").strip().lower() == "zlib" or _isal_zlib is None:
    _state["name"] = "zlib"
else:  # pragma: no cover - depends on the platform's wheels
    _state["name"] = "isal"
