"""A small, thread-safe, most-recently-used cache of values computed from an object (e.g. a skymap).

Entries are keyed by the object's identity plus extra key parts (an altitude), and hold only a weak
reference to the object: a hit needs the very same object alive, so a new skymap read from the same
file never gets the payloads of an old one whose id was reused.

Example:
    >>> class Thing: pass
    >>> cache, thing = ObjectLRU(size=2), Thing()
    >>> cache.get(thing, 110.0) is None
    True
    >>> cache.put(thing, "panels", 110.0); cache.get(thing, 110.0)
    'panels'

"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

__all__ = ["ObjectLRU"]

V = TypeVar("V")


def _ref(obj: Any) -> Callable[[], Any]:
    """Return a weak reference to ``obj`` (a strong one when it cannot be weakly referenced)."""
    try:
        return weakref.ref(obj)
    except TypeError:
        return lambda: obj


class ObjectLRU(Generic[V]):
    """At most ``size`` values, the least recently used dropped first (see the module example)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[Hashable, ...], tuple[Callable[[], Any], V]] = OrderedDict()

    def get(self, obj: Any, *key: Hashable) -> V | None:
        """Return the value kept for ``obj`` (the same object, alive) and ``key``, or None."""
        full = (id(obj), *key)
        with self._lock:
            hit = self._items.get(full)
            if hit is None or hit[0]() is not obj:
                return None
            self._items.move_to_end(full)
            return hit[1]

    def put(self, obj: Any, value: V, *key: Hashable) -> None:
        """Keep ``value`` for ``obj`` and ``key``, dropping the oldest entries beyond ``size``."""
        with self._lock:
            self._items[(id(obj), *key)] = (_ref(obj), value)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
