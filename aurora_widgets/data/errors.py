"""The exceptions aurora-widgets raises.

Every error the package raises on purpose is an :class:`AuroraWidgetsError`, so one
``except AuroraWidgetsError`` catches them all. Each message says what failed and what to try.

Example:
    >>> from aurora_widgets.data import Client, AuroraWidgetsError
    >>> try:
    ...     Client(api_url="http://127.0.0.1:9").list_datasets()
    ... except AuroraWidgetsError as err:
    ...     print(type(err).__name__)
    APIError

"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Candidate


class AuroraWidgetsError(Exception):
    """Base class of every error raised by aurora-widgets."""


class APIError(AuroraWidgetsError):
    """The data API could not be reached or answered with an error.

    ``status`` is the HTTP status code when there was a response (None for connection errors).
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class MaintenanceError(APIError):
    """The data API answered 503: it is down for maintenance. Try again later."""


class DownloadError(AuroraWidgetsError):
    """A file could not be downloaded completely; no partial file was left behind."""


class ReadError(AuroraWidgetsError, ValueError):
    """A file could not be read: it is missing, truncated, corrupt or not of the expected kind."""


class NoMatchError(AuroraWidgetsError, ValueError):
    """No skymap or calibration file is valid for the requested site/device and time.

    ``candidates`` holds the nearest candidates (possibly empty) so a caller can offer them.
    """

    def __init__(self, message: str, candidates: Sequence[Candidate] | None = None) -> None:
        super().__init__(message)
        self.candidates = list(candidates or [])


class InputError(AuroraWidgetsError, ValueError):
    """An argument was of the wrong type or out of range (a bad date, site code, altitude...)."""
