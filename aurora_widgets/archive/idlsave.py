r"""A small writer for IDL SAVE (``.sav``) files, the format of UCalgary skymaps and calibrations.

scipy can read IDL SAVE files (``scipy.io.readsav``) but not write them. This module writes the
subset the sample archive needs: scalar and array variables of byte, int, uint, long, ulong,
long64, ulong64, float, double and string, and structures (one-element structure arrays, as IDL
makes with ``{...}``) whose fields may be scalars, strings, arrays or nested structures.

The layout follows Craig Markwardt's unofficial description of the format: the ``SR\x00\x04``
signature, then records (``TIMESTAMP``, ``VERSION``, one ``VARIABLE`` per variable and an
``END_MARKER``), each starting with its type and the file offset of the next record. With
``compress=True`` each record body is zlib-compressed (IDL's ``/COMPRESS``, signature
``SR\x00\x06``); scipy and IDL read both.

Python values map to IDL types as follows:

========================================  ==========================================
value                                      IDL type
========================================  ==========================================
``str`` / ``bytes``                        STRING
``int`` (Python)                           LONG (32-bit)
``float`` (Python)                         DOUBLE
``bool``, ``numpy.uint8``                  BYTE
``numpy.int16`` / ``uint16``               INT / UINT
``numpy.int32`` / ``uint32``               LONG / ULONG
``numpy.int64`` / ``uint64``               LONG64 / ULONG64
``numpy.float32`` / ``float64``            FLOAT / DOUBLE
``numpy.ndarray`` (ndim >= 1)              array of the element type (strings allowed)
``dict`` / :class:`IDLStruct`              anonymous structure (1-element array)
========================================  ==========================================

Multi-dimensional arrays keep their numpy shape through a round trip: IDL is column-major, so a
numpy array of shape ``(3, 257, 257)`` is stored as an IDL array with dimensions
``[257, 257, 3]`` and ``readsav`` gives back ``(3, 257, 257)``.

Example:
    >>> import numpy as np, scipy.io, tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "example.sav")
    >>> _ = write_sav(path, {"answer": np.int16(42),
    ...                      "info": {"name": "gill", "corners": np.zeros((3, 4, 5), ">f4")}})
    >>> d = scipy.io.readsav(path)
    >>> int(d["answer"]), d["info"][0].name, d["info"][0].corners.shape
    (42, b'gill', (3, 4, 5))

"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Unpack

import numpy as np

__all__ = ["IDLStruct", "SaveOptions", "encode_sav", "write_sav"]

# IDL type codes (by big-endian numpy dtype string) and their element sizes in memory
_TYPECODE = {
    "|u1": 1,
    ">i2": 2,
    ">i4": 3,
    ">f4": 4,
    ">f8": 5,
    ">u2": 12,
    ">u4": 13,
    ">i8": 14,
    ">u8": 15,
}
_STRING = 7
_STRUCT = 8
_ITEMSIZE = {1: 1, 2: 2, 3: 4, 4: 4, 5: 8, 7: 12, 12: 2, 13: 4, 14: 8, 15: 8}

# record types
_REC_VARIABLE = 2
_REC_END_MARKER = 6
_REC_TIMESTAMP = 10
_REC_VERSION = 14

# flags of a type / tag descriptor
_FLAG_ARRAY = 0x04
_FLAG_STRUCT = 0x20 | 0x10 | _FLAG_ARRAY  # what IDL writes for structures (0x34)


class IDLStruct:
    """An IDL structure: an ordered set of named fields (given as keyword arguments or a mapping).

    A plain ``dict`` works as well; this class only documents intent and keeps field order.
    Field names are upper-cased when written (as IDL does), so ``readsav`` gives them back in
    upper case with lower-case titles (``rec.full_elevation`` works).

    Example:
        >>> s = IDLStruct(site_uid="gill", altitude=np.float32(0.0))
        >>> list(s.fields)
        ['site_uid', 'altitude']

    """

    def __init__(self, fields: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        self.fields: dict[str, Any] = dict(fields or {})
        self.fields.update(kwargs)

    def __repr__(self) -> str:
        return f"IDLStruct({', '.join(self.fields)})"


# --------------------------------------------------------------------------------------------
# value classification


class _Node:
    """A value resolved to an IDL type: kind is 'scalar', 'array', 'string', 'strarray', 'struct'."""

    __slots__ = ("children", "kind", "typecode", "value")

    def __init__(self, kind: str, typecode: int, value: Any, children: list[tuple[str, _Node]] | None = None):
        self.kind = kind
        self.typecode = typecode
        self.value = value
        self.children = children or []


def _dtype_code(dtype: np.dtype) -> tuple[int, np.dtype]:
    if dtype.kind == "b":
        dtype = np.dtype("u1")
    big = dtype.newbyteorder(">") if dtype.itemsize > 1 else dtype
    key = big.str
    if key not in _TYPECODE:
        raise TypeError(f"IDL SAVE writer: numpy dtype {dtype} has no supported IDL type")
    return _TYPECODE[key], big


def _resolve(value: Any, name: str) -> _Node:
    if isinstance(value, IDLStruct):
        value = value.fields
    if isinstance(value, Mapping):
        if not value:
            raise ValueError(f"IDL SAVE writer: structure {name!r} has no fields")
        children = [(str(k).upper(), _resolve(v, f"{name}.{k}")) for k, v in value.items()]
        return _Node("struct", _STRUCT, None, children)
    if isinstance(value, (str, bytes)):
        return _Node("string", _STRING, value.encode("latin1") if isinstance(value, str) else value)
    if isinstance(value, bool):
        value = np.uint8(value)
    elif isinstance(value, int):
        value = np.int32(value) if -(2**31) <= value < 2**31 else np.int64(value)
    elif isinstance(value, float):
        value = np.float64(value)
    if isinstance(value, np.generic):
        code, big = _dtype_code(value.dtype)
        return _Node("scalar", code, np.asarray(value).astype(big))
    if isinstance(value, (list, tuple)):
        value = np.asarray(value)
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return _resolve(value[()], name)
        if value.ndim > 8:
            raise ValueError(f"IDL SAVE writer: {name!r} has {value.ndim} dimensions (IDL allows 8)")
        if value.size == 0:
            raise ValueError(f"IDL SAVE writer: {name!r} is empty (IDL has no empty arrays)")
        if value.dtype.kind in "SUO":
            strings = [s.encode("latin1") if isinstance(s, str) else bytes(s) for s in value.ravel()]
            return _Node("strarray", _STRING, (value.shape, strings))
        code, big = _dtype_code(value.dtype)
        return _Node("array", code, np.ascontiguousarray(value, dtype=big))
    raise TypeError(f"IDL SAVE writer: cannot store {name!r} of type {type(value).__name__}")


# --------------------------------------------------------------------------------------------
# low-level encoders (all output is a multiple of 4 bytes long)


def _pad(data: bytes) -> bytes:
    return data + b"\x00" * (-len(data) % 4)


def _long(v: int) -> bytes:
    return struct.pack(">l", v)


def _string(s: str | bytes) -> bytes:
    raw = s.encode("latin1") if isinstance(s, str) else s
    return _long(len(raw)) + _pad(raw)


def _string_data(raw: bytes) -> bytes:
    if not raw:
        return _long(0)
    return _long(len(raw)) + _long(len(raw)) + _pad(raw)


def _nbytes(node: _Node) -> int:
    """Bytes of the value in IDL memory (used in descriptors; readers mostly ignore it)."""
    if node.kind == "struct":
        return sum(_nbytes(child) for _, child in node.children)
    if node.kind == "array":
        return int(node.value.size) * _ITEMSIZE[node.typecode]
    if node.kind == "strarray":
        return len(node.value[1]) * _ITEMSIZE[_STRING]
    return _ITEMSIZE[node.typecode]


def _shape(node: _Node) -> tuple[int, ...]:
    if node.kind == "array":
        return tuple(node.value.shape)
    if node.kind == "strarray":
        return tuple(node.value[0])
    return (1,)


def _arraydesc(node: _Node) -> bytes:
    shape = _shape(node)
    nelements = int(np.prod(shape))
    dims = list(reversed(shape)) + [1] * (8 - len(shape))  # IDL is column-major
    nbytes = _nbytes(node)
    head = [8, 8, nbytes, nelements, len(shape), 0, 0, 8]
    return b"".join(_long(v) for v in head + dims)


def _structdesc(node: _Node) -> bytes:
    out = [_long(9), _string(""), _long(0), _long(len(node.children)), _long(_nbytes(node))]
    offset = 0
    for _, child in node.children:
        flags = {"struct": _FLAG_STRUCT, "array": _FLAG_ARRAY, "strarray": _FLAG_ARRAY}.get(child.kind, 0)
        out += [_long(offset), _long(child.typecode), _long(flags)]
        offset += _nbytes(child)
    out += [_string(tag) for tag, _ in node.children]
    out += [_arraydesc(child) for _, child in node.children if child.kind in ("array", "strarray", "struct")]
    out += [_structdesc(child) for _, child in node.children if child.kind == "struct"]
    return b"".join(out)


def _typedesc(node: _Node) -> bytes:
    if node.kind == "struct":
        return _long(_STRUCT) + _long(_FLAG_STRUCT) + _arraydesc(node) + _structdesc(node)
    if node.kind in ("array", "strarray"):
        return _long(node.typecode) + _long(_FLAG_ARRAY) + _arraydesc(node)
    return _long(node.typecode) + _long(0)


def _scalar_data(node: _Node) -> bytes:
    if node.kind == "string":
        return _string_data(node.value)
    code, v = node.typecode, node.value
    if code == 1:
        return _long(1) + struct.pack(">Bxxx", int(v))
    if code in (2, 12):  # 16-bit values occupy 4 bytes, value in the last two
        value: bytes = v.tobytes()  # v: a numpy scalar (the node's value is untyped)
        return b"\x00\x00" + value
    return _pad(v.tobytes())


def _array_data(node: _Node) -> bytes:
    if node.kind == "strarray":
        return b"".join(_string_data(s) for s in node.value[1])
    arr = node.value.ravel()  # C order == IDL column-major of the reversed dims
    if node.typecode == 1:
        return _long(arr.size) + _pad(arr.tobytes())
    if node.typecode in (2, 12):
        wide = np.zeros((arr.size, 2), dtype=arr.dtype)
        wide[:, 1] = arr
        return wide.tobytes()
    return _pad(arr.tobytes())


def _data(node: _Node) -> bytes:
    if node.kind == "struct":
        return b"".join(_data(child) for _, child in node.children)
    if node.kind in ("array", "strarray"):
        return _array_data(node)
    return _scalar_data(node)


# --------------------------------------------------------------------------------------------
# records and file


def _variable_body(name: str, value: Any) -> bytes:
    node = _resolve(value, name)
    return _string(name.upper()) + _typedesc(node) + _long(7) + _data(node)


def encode_sav(
    variables: Mapping[str, Any],
    *,
    date: str = "Thu Jan 01 00:00:00 2015",
    user: str = "aurora",
    host: str = "aurora-widgets",
    compress: bool = False,
    compresslevel: int = 6,
) -> bytes:
    r"""Encode variables as the bytes of an IDL SAVE file (see :func:`write_sav`).

    ``date``, ``user`` and ``host`` go into the TIMESTAMP record (IDL writes
    ``systime()`` there, e.g. ``'Thu May 03 12:01:42 2012'``); the defaults are fixed so the same
    variables always give the same bytes. ``compresslevel`` (1-9) is the zlib level used when
    ``compress`` is true.

    Example:
        >>> encode_sav({"x": np.int32(1)})[:4]
        b'SR\x00\x04'

    """
    if not variables:
        raise ValueError("IDL SAVE writer: nothing to write (no variables given)")
    bodies: list[tuple[int, bytes]] = [
        (_REC_TIMESTAMP, b"\x00" * 1024 + _string(date) + _string(user) + _string(host)),
        (_REC_VERSION, _long(9) + _string("x86_64") + _string("linux") + _string("8.8")),
    ]
    for name, value in variables.items():
        if not name or not name.replace("_", "a").isalnum() or name[0].isdigit():
            raise ValueError(f"IDL SAVE writer: {name!r} is not a valid IDL variable name")
        bodies.append((_REC_VARIABLE, _variable_body(name, value)))
    bodies.append((_REC_END_MARKER, b""))

    out = bytearray(b"SR\x00\x06" if compress else b"SR\x00\x04")
    for rectype, body in bodies:
        if compress and rectype != _REC_END_MARKER:
            body = zlib.compress(body, compresslevel)
        nextrec = len(out) + 16 + len(body) if rectype != _REC_END_MARKER else 0
        out += struct.pack(">lIIl", rectype, nextrec & 0xFFFFFFFF, nextrec >> 32, 0)
        out += body
    return bytes(out)


class SaveOptions(TypedDict, total=False):
    """The keyword options of :func:`write_sav`, passed on to :func:`encode_sav` (same defaults)."""

    date: str
    user: str
    host: str
    compress: bool
    compresslevel: int


def write_sav(path: str | os.PathLike[str], variables: Mapping[str, Any], **options: Unpack[SaveOptions]) -> int:
    """Write ``variables`` (name -> value) to an IDL SAVE file at ``path``; return its size in bytes.

    Values may be numpy scalars/arrays, Python ``int``/``float``/``str``/``bytes``, or structures
    given as ``dict`` / :class:`IDLStruct` (nested freely). Variable and field names are
    stored in upper case, as IDL does; ``scipy.io.readsav`` returns variable names in lower case.
    The file is written to a temporary name next to ``path`` and renamed into place; ``options``
    (``date``, ``user``, ``host``, ``compress``, ``compresslevel``) are those of :func:`encode_sav`.

    Example:
        >>> import scipy.io, tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "REGO_Rayleighs_15654_20210806-+_v02.sav")
        >>> size = write_sav(path, {"rper_dnpersecond_15654": np.float64(10.137),
        ...                         "author": "aurora-widgets"})
        >>> float(scipy.io.readsav(path)["rper_dnpersecond_15654"])
        10.137

    """
    data = encode_sav(variables, **options)
    path = os.fspath(path)
    tmp = f"{path}.part"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(data)
