"""One retry schedule for API calls and downloads: exponential backoff, and the server's ``Retry-After``.

:class:`Backoff` says how long to wait before each retry: ``backoff * 2**(n-1)`` seconds before
retry ``n``, at most ``max_delay``. When the failed answer was a 503 or a 429 that carried a
``Retry-After`` header (seconds, or an HTTP date), that wait is used instead, capped at
``max_retry_after`` so a server cannot park the caller for an hour. The schedule is deterministic
(no jitter), and ``sleep`` can be injected, so tests check the waits without waiting.

``data/api.py`` (JSON from the API) and ``data/download.py`` (files) both retry through it; what to
retry stays theirs (connection errors, timeouts, 5xx, 429, bodies cut short).

Example:
    >>> waits = []
    >>> policy = Backoff(retries=3, backoff=0.5, sleep=waits.append)
    >>> [policy.delay(n) for n in (1, 2, 3)]
    [0.5, 1.0, 2.0]
    >>> policy.wait(1, status=503, retry_after="4")
    4.0
    >>> policy.wait(2, status=500, retry_after="4")   # only 503 and 429 are taken at their word
    1.0
    >>> waits
    [4.0, 1.0]

"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["MAX_DELAY_S", "MAX_RETRY_AFTER_S", "RETRY_AFTER_STATUSES", "Backoff", "retry_after_seconds"]

#: The longest backoff step (seconds).
MAX_DELAY_S = 8.0
#: The longest wait a server's ``Retry-After`` can ask for (seconds).
MAX_RETRY_AFTER_S = 30.0
#: Statuses whose ``Retry-After`` is honoured.
RETRY_AFTER_STATUSES = (429, 503)


def retry_after_seconds(value: str | None, now: _dt.datetime | None = None) -> float | None:
    """Return the seconds a ``Retry-After`` header asks for, or None when absent or unreadable.

    Either delay-seconds (``"120"``) or an HTTP date (``"Wed, 21 Oct 2015 07:28:00 GMT"``, counted
    from ``now``, default the current UTC time); a date in the past gives 0.

    Example:
        >>> retry_after_seconds("3"), retry_after_seconds(" 0 "), retry_after_seconds("soon")
        (3.0, 0.0, None)
        >>> now = _dt.datetime(2015, 10, 21, 7, 27, 50, tzinfo=_dt.timezone.utc)
        >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=now)
        10.0

    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates: UTC by RFC 5322
        when = when.replace(tzinfo=_dt.timezone.utc)
    now = now or _dt.datetime.now(_dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


@dataclass(frozen=True)
class Backoff:
    """The retry policy: how many retries, and how long to wait before each.

    Example:
        >>> Backoff(retries=5, backoff=1.0).delay(5)   # 1, 2, 4, 8, 8: capped at MAX_DELAY_S
        8.0
        >>> Backoff(sleep=lambda s: None).wait(1, status=503, retry_after="3600")   # capped
        30.0

    """

    retries: int = 3
    backoff: float = 0.5
    max_delay: float = MAX_DELAY_S
    max_retry_after: float = MAX_RETRY_AFTER_S
    sleep: Callable[[float], Any] | None = None

    @property
    def attempts(self) -> int:
        """Requests at most: the first one plus the retries.

        Example:
            >>> Backoff(retries=2).attempts
            3

        """
        return max(0, int(self.retries)) + 1

    def delay(self, attempt: int, status: int | None = None, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1 = the first retry).

        ``status`` and ``retry_after`` are the failed answer's status and ``Retry-After`` header.

        Example:
            >>> Backoff(backoff=0.25).delay(3), Backoff().delay(1, status=429, retry_after="2")
            (1.0, 2.0)

        """
        if status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(retry_after)
            if asked is not None:
                return min(asked, self.max_retry_after)
        return float(min(max(0.0, self.backoff) * 2 ** max(0, attempt - 1), self.max_delay))

    def wait(self, attempt: int, status: int | None = None, retry_after: str | None = None) -> float:
        """Sleep :meth:`delay` seconds (through the injected ``sleep``, else ``time.sleep``); return them.

        Example:
            >>> Backoff(backoff=0.0).wait(1)
            0.0

        """
        seconds = self.delay(attempt, status, retry_after)
        if seconds > 0:
            (self.sleep or time.sleep)(seconds)
        return seconds

    def wait_after(self, attempt: int, response: Any) -> float:
        """:meth:`wait` after ``response`` (a ``requests.Response``, or None after a network error).

        Example:
            >>> Backoff(backoff=0.0).wait_after(1, None)
            0.0

        """
        if response is None:
            return self.wait(attempt)
        return self.wait(attempt, response.status_code, response.headers.get("retry-after"))
