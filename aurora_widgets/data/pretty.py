"""``pretty_print`` formatting shared by the data classes (the layout pyaurorax prints).

Example:
    >>> import numpy as np
    >>> format_value(np.zeros((3, 257, 257), dtype=">f4"))
    'array(dims=(3, 257, 257), dtype=>f4)'

"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np

_SINGULAR = {"data": "object", "timestamp": "datetime", "metadata": "dictionary",
             "problematic_files": "problematic file", "filenames": "filename", "urls": "URL"}


def format_value(value: Any, name: str = "") -> str:
    """Format one attribute value the way pyaurorax's ``pretty_print`` does."""
    if isinstance(value, np.ndarray):
        return f"array(dims={value.shape}, dtype={value.dtype.str if value.dtype.byteorder == '>' else value.dtype})"
    if isinstance(value, list):
        if not value:
            return "[]"
        if name == "data":
            kind = type(value[0]).__name__
            return f"[1 {kind} object]" if len(value) == 1 else f"[{len(value)} {kind} objects]"
        noun = _SINGULAR.get(name, "item")
        if len(value) == 1:
            return f"[1 {noun}]"
        plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
        return f"[{len(value)} {plural}]"
    if isinstance(value, _dt.datetime):
        return str(value)
    return str(value)


def print_attributes(title: str, obj: Any, width: int, short_dataset: bool = False) -> None:
    """Print ``title:`` then each public attribute in sorted order as ``  name<padded to width>: value``."""
    print(f"{title}:")
    for name in sorted(vars(obj)):
        if name.startswith("_"):
            continue
        value = getattr(obj, name)
        if short_dataset and name == "dataset":
            text = "Dataset(...)" if value is not None else "None"
        elif hasattr(value, "pretty_print") and not isinstance(value, np.ndarray):
            text = f"{type(value).__name__}(...)"
        else:
            text = format_value(value, name)
        print(f"  {name:<{width}}: {text}")
