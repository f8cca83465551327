r"""A small, strict decoder for IDL SAVE (``.sav``) files: the fast path of the skymap/calibration readers.

It decodes the subset UCalgary skymaps and calibrations use, uncompressed (``SR\x00\x04``) or
written with ``/COMPRESS`` (``SR\x00\x06``, one zlib stream per record): ``VARIABLE`` records
holding scalars, arrays (numeric and string) and structures (nested, any number of elements),
plus the ``TIMESTAMP``, ``VERSION``, ``NOTICE`` and ``DESCRIPTION`` records, which are skipped.

The result has the shape of ``scipy.io.readsav(path, python_dict=True)`` where it matters to the
readers, but avoids its copies and temporary file:

* variable names are lower case; values are numpy scalars (native, as scipy gives), ``bytes``
  for strings (``''`` for an empty one, as scipy), or numpy arrays;
* numeric arrays are **read-only big-endian views** into the file's bytes, shaped as scipy shapes
  them (IDL dimensions reversed). Callers convert them with a single ``astype``/copy into native
  order and their final orientation, e.g. ``np.ascontiguousarray(a[::-1], dtype=a.dtype.newbyteorder("="))``;
* a structure is a numpy object array (shape as scipy) of :class:`SavRecord`, a ``dict`` from
  lower-case tag name to value (the stored, upper-case names are in ``SavRecord.names``).

Over 500 lines on purpose: a decoder of one binary format whose every length check belongs next
to the read it guards; split, a check would be one import away from the bytes it protects.

Anything outside that subset (pointers and heap data, objects, 64-bit array descriptors, system
variables, unknown record or type codes, inconsistent sizes) raises :class:`SavUnsupportedError`: the
caller then uses ``scipy.io.readsav``. A file that cannot be a valid save file at all (bad signature,
truncated, a record chain that points backwards, sizes larger than what is left of the file, broken
zlib data) raises :class:`SavCorruptError`. Every length read from the file is checked against the bytes
that remain before anything is allocated or looped over, so a hostile header cannot cause a huge
allocation or a long loop; each record's successor must lie strictly after it (scipy follows a
backward pointer forever), so :class:`SavUnsupportedError` is only raised for files scipy can read or
reject in bounded time.

Example:
    >>> import numpy as np, tempfile, os
    >>> from aurora_widgets.archive.idlsave import write_sav
    >>> path = os.path.join(tempfile.mkdtemp(), "x.sav")
    >>> _ = write_sav(path, {"info": {"site": "gill", "grid": np.arange(6, dtype=">f4").reshape(2, 3)}})
    >>> rec = read_idlsav(path)["info"][0]
    >>> rec["site"], rec["grid"].shape, rec["grid"].dtype.str
    (b'gill', (2, 3), '>f4')

"""

from __future__ import annotations

import os
import struct
import zlib
from typing import Any

import numpy as np

__all__ = ["SavCorruptError", "SavRecord", "SavUnsupportedError", "decode_idlsav", "read_idlsav"]

#: Files larger than this are left to scipy (which streams them) instead of being read whole.
MAX_FILE_BYTES = 1 << 30
#: Total decompressed bytes accepted for a /COMPRESS file before leaving it to scipy.
MAX_INFLATED_BYTES = 1 << 30
#: Deepest structure nesting decoded (skymaps use 2).
MAX_DEPTH = 32

_SIG_PLAIN = b"SR\x00\x04"
_SIG_COMPRESSED = b"SR\x00\x06"

# record types
_VARIABLE = 2
_END_MARKER = 6
_SKIPPED_RECORDS = frozenset({10, 14, 19, 20})  # TIMESTAMP, VERSION, NOTICE, DESCRIPTION
# every record type scipy knows; scipy raises at once on any other one (no risk of a long loop)
_SCIPY_RECORDS = frozenset({0, 1, 2, 3, 6, 10, 12, 13, 14, 15, 16, 17, 19, 20})

# numeric IDL type codes -> big-endian dtype of one element in the file (scipy's DTYPE_DICT)
_NUMERIC: dict[int, np.dtype[np.generic]] = {
    1: np.dtype(">u1"),
    2: np.dtype(">i2"),
    3: np.dtype(">i4"),
    4: np.dtype(">f4"),
    5: np.dtype(">f8"),
    6: np.dtype(">c8"),
    9: np.dtype(">c16"),
    12: np.dtype(">u2"),
    13: np.dtype(">u4"),
    14: np.dtype(">i8"),
    15: np.dtype(">u8"),
}
_STRING = 7
_STRUCT = 8
_SHORT = frozenset({2, 12})  # 16-bit types: each value takes 4 bytes, in the last two

_FLAG_SYSTEM = 0x02
_FLAG_ARRAY = 0x04
_FLAG_STRUCT = 0x20

_LONG = struct.Struct(">l")
_RECHEAD = struct.Struct(">lIIl")
_RECHEAD12 = struct.Struct(">lII")  # all scipy reads of an END_MARKER


class SavUnsupportedError(Exception):
    """The file uses something this decoder does not handle: read it with scipy instead."""


class SavCorruptError(SavUnsupportedError):
    """The file cannot be a valid IDL save file (scipy would fail or loop on it too)."""


class SavRecord(dict[str, Any]):
    """One element of an IDL structure: lower-case tag name -> value, in file order.

    ``names`` keeps the stored (upper-case) tag names, like ``dtype.names`` of scipy's recarray.

    Example:
        >>> r = SavRecord({"site_uid": b"gill"}, names=("SITE_UID",))
        >>> r["site_uid"], r.names
        (b'gill', ('SITE_UID',))

    """

    __slots__ = ("names",)

    def __init__(self, values: dict[str, Any], names: tuple[str, ...]) -> None:
        super().__init__(values)
        self.names = names


# --------------------------------------------------------------------------------------------
# descriptors


class _ArrayDesc:
    __slots__ = ("dims", "nbytes", "ndims", "nelements")

    def __init__(self, nbytes: int, nelements: int, ndims: int, dims: tuple[int, ...]) -> None:
        self.nbytes = nbytes
        self.nelements = nelements
        self.ndims = ndims
        self.dims = dims

    def shape(self, count: int) -> tuple[int, ...]:
        """Return scipy's shape for ``count`` values: reversed dims when ndims > 1, else ``(count,)``."""
        if self.ndims > 1:
            shape = tuple(reversed(self.dims[: self.ndims]))
            if int(np.prod(shape, dtype=np.int64)) != count:
                raise SavUnsupportedError(f"array dimensions {shape} do not hold {count} values")
            return shape
        return (count,)


class _Tag:
    __slots__ = ("array", "name", "struct", "typecode")

    def __init__(self, typecode: int, array: bool, struct_: bool) -> None:
        self.typecode = typecode
        self.array = array
        self.struct = struct_
        self.name = ""


class _StructDesc:
    __slots__ = ("arrays", "structs", "tags")

    def __init__(self, tags: list[_Tag], arrays: dict[str, _ArrayDesc], structs: dict[str, _StructDesc]):
        self.tags = tags
        self.arrays = arrays
        self.structs = structs


# --------------------------------------------------------------------------------------------
# one record body


class _Body:
    """A cursor over one record's bytes ``buf[start:end]``.

    ``base`` is the body's position in the uncompressed stream (scipy aligns on it); ``after``
    counts the stream bytes behind ``end``, to tell "runs into the next record" (unsupported:
    scipy reads on) from "runs past the end of the file" (corrupt).
    """

    __slots__ = ("after", "base", "buf", "end", "pos", "structs")

    def __init__(self, buf: bytes, start: int, end: int, base: int, after: int,
                 structs: dict[str, _StructDesc]) -> None:
        self.buf = buf
        self.pos = start
        self.end = end
        self.base = base - start  # stream position of buf[i] is base + i
        self.after = after
        self.structs = structs

    def need(self, n: int) -> None:
        if n < 0:
            raise SavUnsupportedError("negative length")
        if self.pos + n > self.end:
            if self.pos + n > self.end + self.after:
                raise SavCorruptError("truncated: a length runs past the end of the file")
            raise SavUnsupportedError("a value runs past the end of its record")

    def room(self, count: int, each: int) -> None:
        """Check that ``count`` items of at least ``each`` bytes can still follow."""
        if count < 0:
            raise SavUnsupportedError("negative count")
        left = self.end - self.pos
        if count * each > left:
            if count * each > left + self.after:
                raise SavCorruptError(f"a count of {count} does not fit in the rest of the file")
            raise SavUnsupportedError("a count runs past the end of its record")

    def long(self) -> int:
        self.need(4)
        value: int = _LONG.unpack_from(self.buf, self.pos)[0]
        self.pos += 4
        return value

    def align(self) -> None:
        self.pos += -(self.base + self.pos) % 4

    def name(self) -> str:
        """Read an IDL name string (length, bytes, padding), as latin-1."""
        n = self.long()
        if n <= 0:
            return ""
        self.need(n)
        text = bytes(self.buf[self.pos:self.pos + n]).decode("latin1")
        self.pos += n
        self.align()
        return text

    def string_data(self) -> bytes | str:
        """Read a string value (length twice, bytes, padding); ``''`` when empty, as scipy."""
        n = self.long()
        if n <= 0:
            return ""
        n = self.long()
        if n < 0:
            raise SavUnsupportedError("negative string length")
        self.need(n)
        data = bytes(self.buf[self.pos:self.pos + n])
        self.pos += n
        self.align()
        return data

    # ---- descriptors

    def arraydesc(self) -> _ArrayDesc:
        start = self.long()
        if start != 8:  # 18 is the 64-bit variant (scipy: "experimental")
            raise SavUnsupportedError(f"array descriptor start {start}")
        self.need(7 * 4)
        _, nbytes, nelements, ndims, _, _, nmax = struct.unpack_from(">7l", self.buf, self.pos)
        self.pos += 28
        if nmax != 8 or not 0 <= ndims <= 8 or nbytes <= 0 or nelements <= 0:
            raise SavUnsupportedError(f"array descriptor ({nbytes} bytes, {nelements} values, {ndims} dims)")
        self.need(32)
        dims = struct.unpack_from(">8l", self.buf, self.pos)
        self.pos += 32
        return _ArrayDesc(nbytes, nelements, ndims, dims)

    def structdesc(self, depth: int) -> _StructDesc:
        if depth > MAX_DEPTH:
            raise SavUnsupportedError("structures nested too deeply")
        if self.long() != 9:
            raise SavUnsupportedError("structure descriptor does not start with 9")
        name = self.name()
        predef = self.long()
        ntags = self.long()
        self.long()  # nbytes in IDL memory: not needed
        if predef & 1:
            known = self.structs.get(name)
            if known is None:
                raise SavUnsupportedError(f"structure {name!r} refers to a definition not in this file")
            return known
        if predef & 6:
            raise SavUnsupportedError("object structures (inheritance) are not supported")
        if ntags <= 0:
            raise SavUnsupportedError("structure without tags")
        self.room(ntags, 12 + 4)  # a tag descriptor and a name each
        tags = []
        for _ in range(ntags):
            offset = self.long()
            typecode = self.long()
            flags = self.long()
            if offset == -1:
                raise SavUnsupportedError("64-bit tag offsets are not supported")
            tags.append(_Tag(typecode, bool(flags & _FLAG_ARRAY), bool(flags & _FLAG_STRUCT)))
        seen: set[str] = set()
        for tag in tags:
            tag.name = self.name()
            lower = tag.name.lower()
            # scipy makes a recarray with (lower-case title, NAME) per tag: they must be distinct
            if not tag.name or lower == tag.name or lower in seen or tag.name in seen:
                raise SavUnsupportedError(f"tag name {tag.name!r}")
            seen.update((lower, tag.name))
        arrays = {tag.name: self.arraydesc() for tag in tags if tag.array}
        structs: dict[str, _StructDesc] = {}
        for tag in tags:
            if tag.struct:
                structs[tag.name] = self.structdesc(depth + 1)
        for tag in tags:
            if tag.struct and (tag.typecode != _STRUCT or not tag.array):
                raise SavUnsupportedError(f"structure tag {tag.name!r} with type {tag.typecode}")
            if not tag.struct and tag.typecode not in _NUMERIC and tag.typecode != _STRING:
                raise SavUnsupportedError(f"tag {tag.name!r} has IDL type {tag.typecode}")
        desc = _StructDesc(tags, arrays, structs)
        self.structs[name] = desc
        return desc

    # ---- data

    def scalar(self, typecode: int) -> Any:
        if typecode == _STRING:
            return self.string_data()
        dtype = _NUMERIC.get(typecode)
        if dtype is None:
            raise SavUnsupportedError(f"IDL type {typecode}")
        if typecode == 1:
            if self.long() != 1:
                raise SavUnsupportedError("byte value without its count of 1")
            self.need(4)
            value = np.uint8(self.buf[self.pos])
            self.pos += 4
            return value
        if typecode in _SHORT:
            self.need(4)
            value = np.frombuffer(self.buf, dtype, 1, self.pos + 2)[0]
            self.pos += 4
            return value
        size = max(dtype.itemsize, 4)
        self.need(size)
        value = np.frombuffer(self.buf, dtype, 1, self.pos)[0]
        self.pos += size
        return value

    def array(self, typecode: int, desc: _ArrayDesc) -> np.ndarray:
        if typecode == _STRING:
            self.room(desc.nelements, 4)
            values = [self.string_data() for _ in range(desc.nelements)]
            out = np.empty(len(values), dtype=object)
            out[:] = values
            out = out.reshape(desc.shape(len(values)))
        else:
            dtype = _NUMERIC.get(typecode)
            if dtype is None:
                raise SavUnsupportedError(f"array of IDL type {typecode}")
            if typecode == 1:
                self.long()  # byte count; scipy only warns when it differs from the descriptor
            if desc.nbytes % dtype.itemsize:
                raise SavUnsupportedError(f"{desc.nbytes} bytes is not a whole number of {dtype} values")
            count = desc.nbytes // dtype.itemsize
            if typecode in _SHORT:
                self.need(2 * desc.nbytes)
                out = np.frombuffer(self.buf, dtype, 2 * count, self.pos)[1::2]
                self.pos += 2 * desc.nbytes
            else:
                self.need(desc.nbytes)
                out = np.frombuffer(self.buf, dtype, count, self.pos)
                self.pos += desc.nbytes
            out = out.reshape(desc.shape(count))
        self.align()
        return out

    def structure(self, desc: _ArrayDesc, sdesc: _StructDesc) -> np.ndarray:
        nrows = desc.nelements
        self.room(nrows, 4 * len(sdesc.tags))  # every tag value takes at least 4 bytes
        rows = []
        names = tuple(tag.name for tag in sdesc.tags)
        for _ in range(nrows):
            values: dict[str, Any] = {}
            for tag in sdesc.tags:
                if tag.struct:
                    value: Any = self.structure(sdesc.arrays[tag.name], sdesc.structs[tag.name])
                elif tag.array:
                    value = self.array(tag.typecode, sdesc.arrays[tag.name])
                else:
                    value = self.scalar(tag.typecode)
                values[tag.name.lower()] = value
            rows.append(SavRecord(values, names))
        out = np.empty(nrows, dtype=object)
        out[:] = rows
        return out.reshape(desc.shape(nrows))

    def variable(self) -> tuple[str, Any]:
        name = self.name()
        typecode = self.long()
        flags = self.long()
        if flags & _FLAG_SYSTEM:
            raise SavUnsupportedError("system variables are not supported")
        is_struct = bool(flags & _FLAG_STRUCT)
        if is_struct != (typecode == _STRUCT):
            raise SavUnsupportedError(f"variable {name!r}: type {typecode} with flags {flags:#x}")
        if is_struct:
            desc = self.arraydesc()
            sdesc = self.structdesc(0)
        elif flags & _FLAG_ARRAY:
            desc = self.arraydesc()
        elif typecode not in _NUMERIC and typecode != _STRING:
            raise SavUnsupportedError(f"variable {name!r} has IDL type {typecode}")
        if self.long() != 7:
            raise SavUnsupportedError(f"variable {name!r}: data does not start with 7")
        if is_struct:
            value: Any = self.structure(desc, sdesc)
        elif flags & _FLAG_ARRAY:
            value = self.array(typecode, desc)
        else:
            value = self.scalar(typecode)
        return name.lower(), value


# --------------------------------------------------------------------------------------------
# the record stream


def _check_chain(buf: bytes, pos: int) -> None:
    """From record offset ``pos`` on: raise SavCorruptError unless scipy would stop in bounded time.

    scipy seeks to each record's ``nextrec``; a pointer back (or to itself) makes it loop
    forever, and one past the end makes it fail. An unknown record type stops it at once.
    """
    size = len(buf)
    while True:
        if pos + 12 > size:
            raise SavCorruptError("truncated: no END_MARKER record")
        rectype, lo, hi = _RECHEAD12.unpack_from(buf, pos)
        if rectype == _END_MARKER or rectype not in _SCIPY_RECORDS:
            return
        nextrec = lo + (hi << 32)
        if nextrec <= pos or nextrec >= size:
            raise SavCorruptError(f"record at byte {pos} points to byte {nextrec}")
        pos = nextrec


def _records(buf: bytes, compressed: bool) -> list[tuple[int, bytes, int, int, int]]:
    """Split the stream into (rectype, buffer, start, end, stream position of the body).

    Stops after END_MARKER (not included). Raises SavCorruptError / SavUnsupportedError.
    """
    size = len(buf)
    out: list[tuple[int, bytes, int, int, int]] = []
    pos = 4
    stream = 4  # position in scipy's uncompressed stream
    inflated = 0
    while True:
        # every record, END_MARKER included, has a full 16-byte header: a file cut anywhere, even
        # inside the final marker's padding, is truncated (scipy would still accept the last case)
        if pos + 16 > size:
            raise SavCorruptError("truncated: no complete END_MARKER record")
        rectype = _LONG.unpack_from(buf, pos)[0]
        if rectype == _END_MARKER:
            return out
        _, lo, hi, _ = _RECHEAD.unpack_from(buf, pos)
        nextrec = lo + (hi << 32)
        if rectype not in _SCIPY_RECORDS:
            raise SavCorruptError(f"unknown record type {rectype}")
        if nextrec <= pos or nextrec > size:
            raise SavCorruptError(f"record at byte {pos} points to byte {nextrec}")
        if rectype != _VARIABLE and rectype not in _SKIPPED_RECORDS:
            if not compressed:
                _check_chain(buf, nextrec)
            raise SavUnsupportedError(f"record type {rectype}")
        if compressed:
            if nextrec < pos + 16:
                raise SavCorruptError(f"record at byte {pos} points into its own header")
            inflater = zlib.decompressobj()
            try:
                body = inflater.decompress(memoryview(buf)[pos + 16:nextrec], MAX_INFLATED_BYTES - inflated)
            except zlib.error as err:
                raise SavCorruptError(f"compressed record at byte {pos}: {err}") from None
            if inflater.unconsumed_tail:
                raise SavUnsupportedError("too much data once decompressed")
            if not inflater.eof:
                raise SavCorruptError(f"compressed record at byte {pos} is incomplete")
            inflated += len(body)
            out.append((rectype, body, 0, len(body), stream + 16))
            stream += 16 + len(body)
        else:
            out.append((rectype, buf, pos + 16, nextrec, pos + 16))
        pos = nextrec


def decode_idlsav(buf: bytes) -> dict[str, Any]:
    r"""Decode the bytes of an IDL save file into ``{lower-case name: value}`` (see the module doc).

    Raises:
        SavUnsupportedError: the file needs scipy (a feature not handled here).
        SavCorruptError: the file is not a valid IDL save file.

    Example:
        >>> from aurora_widgets.archive.idlsave import encode_sav
        >>> decode_idlsav(encode_sav({"n": np.int16(-3), "s": "abc"}, compress=True))
        {'n': np.int16(-3), 's': b'abc'}

    """
    signature = bytes(buf[:4])
    if signature not in (_SIG_PLAIN, _SIG_COMPRESSED):
        raise SavCorruptError(f"invalid signature {signature!r}")
    compressed = signature == _SIG_COMPRESSED
    records = _records(buf, compressed)
    variables: dict[str, Any] = {}
    structs: dict[str, _StructDesc] = {}
    stream_left = [0] * len(records)  # stream bytes behind each body (corrupt vs unsupported)
    if compressed:
        total = 0
        for i in range(len(records) - 1, -1, -1):
            stream_left[i] = total
            _, _, start, end, _ = records[i]
            total += 16 + end - start
        stream_left = [n + 16 for n in stream_left]  # the END_MARKER record
    try:
        for i, (rectype, body, start, end, base) in enumerate(records):
            if rectype != _VARIABLE:
                continue
            after = len(body) - end if not compressed else stream_left[i]
            cursor = _Body(body, start, end, base, after, structs)
            name, value = cursor.variable()
            variables[name] = value
    except SavUnsupportedError:  # the whole record chain was checked by _records: scipy may go on
        raise
    except (ValueError, IndexError, struct.error) as err:  # pragma: no cover - guarded by need()
        raise SavUnsupportedError(f"{type(err).__name__}: {err}") from None
    return variables


def read_idlsav(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and decode the IDL save file at ``path`` (see :func:`decode_idlsav`).

    Raises SavUnsupportedError for files larger than :data:`MAX_FILE_BYTES` (scipy streams them),
    and OSError when the file cannot be opened or read.

    Example:
        >>> read_idlsav("themis_skymap_gako_20110305-+_vXX.sav")["skymap"].shape  # doctest: +SKIP
        (1,)

    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise SavUnsupportedError(f"file of {size} bytes")
        buf = f.read()  # sized from fstat: one allocation (read(n) would allocate n bytes first)
    if len(buf) > MAX_FILE_BYTES:
        raise SavUnsupportedError(f"file of more than {MAX_FILE_BYTES} bytes")
    return decode_idlsav(buf)
