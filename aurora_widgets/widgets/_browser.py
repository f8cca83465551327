"""The base of the two browsers (SkymapBrowser, CalibrationBrowser): files chosen for a selection.

Both list files for a selection (a site and a date, or a device), read the chosen ones in the
background and send what they hold. What they share lives here: the selection key the payloads
on screen were made for (``payload_key``: the front-end draws them only while it matches the
selection it names), whether Retry can help the error shown (``retryable``), the client given at
construction, and the ``date`` normalisation (:func:`~._dates.iso_date_or_minute`).

Example:
    >>> from aurora_widgets import CalibrationBrowser
    >>> b = CalibrationBrowser(client=None)
    >>> isinstance(b, BrowserWidget), b.payload_key, b.retryable
    (True, '', True)

"""

from __future__ import annotations

import threading
from typing import Any

import traitlets

from ..data.errors import InputError, NoMatchError
from ..data.protocol import DataClient
from ._base import AuroraWidget
from ._dates import iso_date_or_minute

__all__ = ["BrowserWidget"]


class BrowserWidget(AuroraWidget):
    """A widget that lists and reads files for a selection: its key, Retry where it helps, the client.

    Example:
        >>> from aurora_widgets import SkymapBrowser
        >>> b = SkymapBrowser(client=None)
        >>> b._offer_retry(NoMatchError("gill has no skymaps", [])); b.retryable
        False

    """

    #: The selection the files and pictures on screen were made for ("" = none yet); its form is the
    #: widget's own (e.g. ``"<dataset>|<site>|<YYYY-MM-DD>"``). The front-end draws them only while it
    #: matches the selection the widget's traits name now.
    payload_key = traitlets.Unicode("", read_only=True).tag(sync=True)
    #: Whether the page offers Retry for the error shown: only network and server failures, never a
    #: selection with nothing in it (retrying cannot help there).
    retryable = traitlets.Bool(True, read_only=True).tag(sync=True)

    #: ISO text of a ``date`` value: the date, or the minute when a time of day is given.
    _iso = staticmethod(iso_date_or_minute)

    def __init__(self, client: DataClient | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client
        self._lock = threading.RLock()

    def _offer_retry(self, err: BaseException) -> tuple[str, str] | None:
        """Offer Retry only for network and server errors (a job's ``on_error``: the message stays the job's)."""
        self._put(retryable=not isinstance(err, (NoMatchError, InputError)))
        return None
