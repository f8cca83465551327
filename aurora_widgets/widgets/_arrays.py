"""Arrays on the wire: a trait with a declared dtype and shape, serialised ``{view, dtype, shape}``.

:class:`NDArray` validates at the boundary (a value of another kind, a dtype that does not cast
safely, or a shape that does not fit is refused with a message saying what was expected) and syncs
as one binary buffer plus its dtype and shape, both ways (``js/lib/ndarray.js`` reads and writes the
same form; the browser harness tests the round trip).

Example:
    >>> import traitlets
    >>> class W(traitlets.HasTraits):
    ...     grid = NDArray("float32", shape=(None, 3))
    >>> W(grid=[[1, 2, 3]]).grid.dtype.name
    'float32'
    >>> wire = array_to_json(np.arange(6, dtype=np.uint8).reshape(2, 3), None)
    >>> wire["dtype"], wire["shape"], list(bytes(wire["view"]))[:3]
    ('uint8', [2, 3], [0, 1, 2])
    >>> array_from_json(wire, None).tolist()
    [[0, 1, 2], [3, 4, 5]]

"""

from __future__ import annotations

from typing import Any

import numpy as np
import traitlets

__all__ = ["WIRE_DTYPES", "NDArray", "array_from_json", "array_to_json", "ndarray_serialization"]

#: The dtypes both sides know (JS typed arrays; little-endian on the wire).
WIRE_DTYPES = ("int8", "uint8", "int16", "uint16", "int32", "uint32", "float32", "float64")


def array_to_json(value: np.ndarray | None, _widget: Any) -> dict[str, Any] | None:
    """Serialise an array as ``{"view": <buffer>, "dtype": name, "shape": [...]}`` (None stays None)."""
    if value is None:
        return None
    arr = np.ascontiguousarray(value)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    return {"view": memoryview(arr.data).cast("B"), "dtype": arr.dtype.name, "shape": [int(n) for n in arr.shape]}


def array_from_json(value: dict[str, Any] | None, _widget: Any) -> np.ndarray | None:
    """Read ``{"view", "dtype", "shape"}`` back into an array (a copy: the buffer belongs to the comm)."""
    if value is None:
        return None
    dtype = str(value.get("dtype", ""))
    if dtype not in WIRE_DTYPES:
        raise traitlets.TraitError(f"An array arrived with dtype {dtype!r}; expected one of {', '.join(WIRE_DTYPES)}.")
    shape = [int(n) for n in value.get("shape", [])]
    flat = np.frombuffer(bytes(value["view"]), dtype=np.dtype(dtype).newbyteorder("<"))
    if flat.size != int(np.prod(shape)):
        raise traitlets.TraitError(f"An array arrived with {flat.size} values for the shape {shape}.")
    return flat.reshape(shape).astype(dtype, copy=True)


#: ``.tag(sync=True, **ndarray_serialization)`` makes any array trait travel as ``{view, dtype, shape}``.
ndarray_serialization: dict[str, Any] = {"to_json": array_to_json, "from_json": array_from_json}


class NDArray(traitlets.TraitType[Any, Any]):
    """A numpy array of one dtype and (optionally) a shape; ``None`` in ``shape`` is any length.

    Values are cast to the dtype when numpy can do so safely (``int`` -> ``float32`` yes,
    ``float64`` -> ``uint8`` no); the trait syncs itself (``sync=True`` and the serialiser are set).

    Example:
        >>> import traitlets
        >>> class W(traitlets.HasTraits):
        ...     grid = NDArray("uint8", shape=(2, None))
        >>> W(grid=np.zeros((3, 3)))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        traitlets.traitlets.TraitError: The 'grid' trait of a W instance expects a uint8 array of shape (2, any)...

    """

    info_text = "a numpy array"

    def __init__(self, dtype: str, shape: tuple[int | None, ...] | None = None, **kwargs: Any) -> None:
        if dtype not in WIRE_DTYPES:
            raise ValueError(f"dtype must be one of {', '.join(WIRE_DTYPES)}, not {dtype!r}")
        self.dtype = np.dtype(dtype)
        self.shape = shape
        kwargs.setdefault("allow_none", True)
        super().__init__(default_value=None, **kwargs)
        self.tag(sync=True, **ndarray_serialization)

    def _expected(self) -> str:
        shape = "any shape" if self.shape is None else "shape (" + ", ".join(
            "any" if n is None else str(n) for n in self.shape) + ")"
        return f"a {self.dtype.name} array of {shape}"

    def validate(self, obj: Any, value: Any) -> np.ndarray | None:
        """Return ``value`` as an array of the declared dtype, or refuse it saying what was expected."""
        if value is None and self.allow_none:
            return None
        where = f"The {self.name!r} trait of a {type(obj).__name__} instance expects {self._expected()}"
        try:
            arr = np.asarray(value)
        except (TypeError, ValueError) as err:
            raise traitlets.TraitError(f"{where}; got {type(value).__name__} ({err}).") from err
        if arr.dtype != self.dtype and not np.can_cast(arr.dtype, self.dtype, casting="same_kind"):
            raise traitlets.TraitError(f"{where}; got {arr.dtype.name}, which does not cast safely.")
        if arr.dtype.kind == "f" and self.dtype.kind in "iu":
            raise traitlets.TraitError(f"{where}; got {arr.dtype.name} (round it first).")
        if self.shape is not None and (arr.ndim != len(self.shape) or any(
                want is not None and want != got for want, got in zip(self.shape, arr.shape, strict=False))):
            raise traitlets.TraitError(f"{where}; got shape {arr.shape}.")
        return np.ascontiguousarray(arr, dtype=self.dtype)
