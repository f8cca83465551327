"""Fault injection for the loopback archive server (``ArchiveServer.faults``).

A :class:`FaultInjector` holds rules. Each rule names a request-path pattern, a kind of fault and
how many times it fires; after that it stops. The server asks the injector about every request
(GET and HEAD alike) and acts out the first matching rule that has firings left. The injector also
carries one server-level setting, :attr:`FaultInjector.order`, which reorders ``/urls`` listings
(``"reverse"`` or ``"shuffle"``) so tests can check that clients never rely on API order.

Patterns are matched against the decoded request path (no query string): a pattern with glob
characters (``*?[``) is an :func:`fnmatch.fnmatchcase` glob over the whole path (``*`` also
crosses ``/``), a plain pattern matches when it occurs anywhere in the path.

Kinds (see :data:`FAULT_KINDS`):

- ``"500"``, ``"503"`` (or any other status code ``"4xx"``/``"5xx"``): that status with a JSON
  ``{"detail": ...}`` body; 503 says the API is in maintenance mode, as the real one does. A 503
  or 429 rule with a ``delay`` sends it as ``Retry-After`` (whole seconds, rounded up).
- ``"slow"``: sleep ``delay`` seconds, then answer normally.
- ``"truncate"``: the full ``Content-Length`` header but only half the body, then close.
- ``"reset"``: no response at all; the socket is closed abruptly (TCP RST).
- ``"html"``: 200 with ``Content-Type: text/html`` and an HTML page instead of the answer.
- ``"bad_length"``: the whole body but a ``Content-Length`` larger than it, then close.

Example:
    >>> faults = FaultInjector()
    >>> rule = faults.add("*/themis_skymap_gill_*", "truncate", times=2)
    >>> faults.take("/data/sort_by_project/THEMIS/asi/skymaps/gill/x/themis_skymap_gill_x.sav").kind
    'truncate'
    >>> rule.remaining
    1
    >>> faults.take("/api/v1/data_distribution/urls") is None
    True
    >>> faults.order = "reverse"
    >>> faults.clear(); faults.order is None
    True

"""

from __future__ import annotations

import os
import random
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

__all__ = [
    "ENV_FAULTS",
    "ENV_ORDER",
    "FAULT_KINDS",
    "ORDERS",
    "FaultInjector",
    "FaultRule",
    "parse_fault_spec",
]

#: Named fault kinds; any three-digit 4xx/5xx status code string is accepted too.
FAULT_KINDS = ("500", "503", "slow", "truncate", "reset", "html", "bad_length")
#: Values of :attr:`FaultInjector.order` (``None`` keeps the sorted order).
ORDERS = (None, "reverse", "shuffle")
#: Environment variable read by ``serve()``: fault rules, see :func:`parse_fault_spec`.
ENV_FAULTS = "AURORA_WIDGETS_ARCHIVE_FAULTS"
#: Environment variable read by :func:`aurora_widgets.archive.server.serve`: ``reverse`` or ``shuffle``.
ENV_ORDER = "AURORA_WIDGETS_ARCHIVE_ORDER"

_STATUS = re.compile(r"^[45]\d\d$")
_GLOB_CHARS = set("*?[")


def _check_kind(kind: str) -> str:
    kind = str(kind)
    if kind in FAULT_KINDS or _STATUS.match(kind):
        return kind
    raise ValueError(f"unknown fault kind {kind!r}; use one of {', '.join(FAULT_KINDS)} or a 4xx/5xx status")


@dataclass
class FaultRule:
    """One fault rule; ``remaining`` counts down each time it fires (``None``: fires forever).

    Example:
        >>> r = FaultRule("/api/v1/data_distribution/urls", "503", remaining=1)
        >>> r.matches("/api/v1/data_distribution/urls"), r.matches("/api/v1/data_distribution/datasets")
        (True, False)

    """

    pattern: str
    kind: str
    remaining: int | None = 1
    delay: float = 0.0
    fired: int = field(default=0)

    def matches(self, path: str) -> bool:
        """Tell whether ``path`` (decoded, no query) matches this rule's pattern.

        Example:
            >>> FaultRule("*/gill_*", "500").matches("/data/sort_by_project/THEMIS/asi/skymaps/gill/gill_1")
            True

        """
        if _GLOB_CHARS & set(self.pattern):
            return fnmatchcase(path, self.pattern)
        return self.pattern in path


class FaultInjector:
    """Thread-safe set of :class:`FaultRule` plus the ``/urls`` listing order.

    Example:
        >>> f = FaultInjector()
        >>> _ = f.add("/api/v1/data_distribution/observatories", "503", times=3)
        >>> [f.take("/api/v1/data_distribution/observatories").kind for _ in range(3)]
        ['503', '503', '503']
        >>> f.take("/api/v1/data_distribution/observatories") is None
        True

    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._order: str | None = None
        self._rng = random.Random(0)

    # ------------------------------------------------------------------ rules
    def add(self, pattern: str, kind: str, times: int | None = 1, delay: float = 0.0) -> FaultRule:
        """Add a rule: the next ``times`` requests whose path matches ``pattern`` get fault ``kind``.

        Args:
            pattern: glob (``"*/themis_skymap_gill_*"``) or plain substring/path
                (``"/api/v1/data_distribution/urls"``) matched against the decoded request path.
            kind: one of :data:`FAULT_KINDS` or a 4xx/5xx status code such as ``"429"``.
            times: how many requests it fires for (``None``: every matching request until cleared).
            delay: seconds to sleep for ``"slow"``; for ``"503"``/``"429"`` the ``Retry-After`` sent
                (ignored by the other kinds).

        Returns:
            The rule; its ``fired`` and ``remaining`` fields update as it fires.

        Example:
            >>> FaultInjector().add("*.sav", "slow", times=1, delay=0.5).delay
            0.5

        """
        kind = _check_kind(kind)
        if times is not None and int(times) < 1:
            raise ValueError(f"times must be >= 1 or None, not {times!r}")
        if delay < 0:
            raise ValueError(f"delay must be >= 0, not {delay!r}")
        rule = FaultRule(str(pattern), kind, None if times is None else int(times), float(delay))
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        """Remove every rule and reset the listing order to the default (sorted).

        Example:
            >>> f = FaultInjector(); _ = f.add("x", "500"); f.clear(); f.rules
            []

        """
        with self._lock:
            self._rules.clear()
            self._order = None
            self._rng = random.Random(0)

    @property
    def rules(self) -> list[FaultRule]:
        """A copy of the current rules (spent ones included), in the order they were added.

        Example:
            >>> FaultInjector().rules
            []

        """
        with self._lock:
            return list(self._rules)

    def take(self, path: str) -> FaultRule | None:
        """Fire the first matching rule with firings left for ``path``; return it, or None.

        Example:
            >>> f = FaultInjector(); _ = f.add("/a", "html"); f.take("/a").kind, f.take("/a")
            ('html', None)

        """
        with self._lock:
            for rule in self._rules:
                if rule.remaining is not None and rule.remaining <= 0:
                    continue
                if rule.matches(path):
                    rule.fired += 1
                    if rule.remaining is not None:
                        rule.remaining -= 1
                    return rule
        return None

    # ------------------------------------------------------------------ order
    @property
    def order(self) -> str | None:
        """Order of ``/urls`` listings: ``None`` (sorted by path), ``"reverse"`` or ``"shuffle"``.

        Example:
            >>> f = FaultInjector(); f.order = "shuffle"; f.order
            'shuffle'

        """
        return self._order

    @order.setter
    def order(self, value: str | None) -> None:
        if value not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}, not {value!r}")
        with self._lock:
            self._order = value

    def arrange(self, items: Sequence[str]) -> list[str]:
        """Return ``items`` (sorted) rearranged according to :attr:`order`.

        Example:
            >>> f = FaultInjector(); f.order = "reverse"; f.arrange(["a", "b", "c"])
            ['c', 'b', 'a']

        """
        out = list(items)
        with self._lock:
            if self._order == "reverse":
                out.reverse()
            elif self._order == "shuffle" and len(out) > 1:
                original = list(out)
                for _ in range(10):  # bounded: make a shuffle differ from the sorted order
                    self._rng.shuffle(out)
                    if out != original:
                        break
        return out

    # ------------------------------------------------------------------ env / CLI
    def load_spec(self, spec: str) -> list[FaultRule]:
        """Add the rules in a text spec (see :func:`parse_fault_spec`); return them.

        Example:
            >>> [r.kind for r in FaultInjector().load_spec("*/gill_*=500:2; /api/v1/*=slow:1:0.2")]
            ['500', 'slow']

        """
        return [self.add(p, k, times=t, delay=d) for p, k, t, d in parse_fault_spec(spec)]

    def load_env(self, environ: dict[str, str] | None = None) -> None:
        """Apply :data:`ENV_FAULTS` and :data:`ENV_ORDER` from ``environ`` (default ``os.environ``).

        Example:
            >>> f = FaultInjector(); f.load_env({"AURORA_WIDGETS_ARCHIVE_ORDER": "reverse"}); f.order
            'reverse'

        """
        env = os.environ if environ is None else environ
        if env.get(ENV_FAULTS, "").strip():
            self.load_spec(env[ENV_FAULTS])
        order = env.get(ENV_ORDER, "").strip()
        if order:
            self.order = order


def parse_fault_spec(spec: str) -> list[tuple[str, str, int | None, float]]:
    """Parse ``"PATTERN=KIND[:TIMES[:DELAY]]; ..."`` into ``(pattern, kind, times, delay)`` tuples.

    ``TIMES`` may be ``*`` for "every time". Rules are separated by ``;`` or newlines.

    Example:
        >>> parse_fault_spec("*/themis_skymap_*=truncate:3;/api/v1/data_distribution/urls=slow:*:1.5")
        [('*/themis_skymap_*', 'truncate', 3, 0.0), ('/api/v1/data_distribution/urls', 'slow', None, 1.5)]

    """
    out: list[tuple[str, str, int | None, float]] = []
    for raw in re.split(r"[;\n]", spec):
        item = raw.strip()
        if not item:
            continue
        pattern, sep, rest = item.rpartition("=")
        if not sep or not pattern.strip():
            raise ValueError(f"fault rule {item!r} is not PATTERN=KIND[:TIMES[:DELAY]]")
        parts = rest.strip().split(":")
        if len(parts) > 3:
            raise ValueError(f"fault rule {item!r} is not PATTERN=KIND[:TIMES[:DELAY]]")
        kind = _check_kind(parts[0].strip())
        times: int | None = 1
        if len(parts) > 1 and parts[1].strip():
            times = None if parts[1].strip() == "*" else int(parts[1])
        delay = float(parts[2]) if len(parts) > 2 and parts[2].strip() else 0.0
        out.append((pattern.strip(), kind, times, delay))
    return out
