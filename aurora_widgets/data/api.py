"""HTTP access to the UCalgary data distribution API (``/api/v1/data_distribution/*``).

One :class:`ApiSession` holds one ``requests.Session`` (connections are reused for the API and for
file downloads from the same host), the headers, the timeout and the retry policy:

* connection errors, timeouts, 5xx and 429 answers are retried ``retries`` times on the schedule
  of :class:`~aurora_widgets.data.retry.Backoff` (``backoff``, ``2*backoff``, ``4*backoff`` ...
  seconds, at most 8 s; a 503/429's ``Retry-After`` instead, at most 30 s); other 4xx are not;
* a 503 that persists raises :class:`MaintenanceError`, any other non-200 :class:`APIError` with the
  server's ``detail`` text, and an unreachable server :class:`APIError` with ``status=None``.

Query values: datetimes are sent as ``YYYY-MM-DDTHH:MM:SS`` (naive UTC), booleans as ``true``/``false``
and ``None`` values are left out.

Example:
    >>> api = ApiSession("https://api.phys.ucalgary.ca")
    >>> api.get_json("/api/v1/data_distribution/observatories",
    ...              {"instrument_array": "themis_asi", "uid": "gill"})      # doctest: +SKIP
    [{'uid': 'gill', 'full_name': 'Gillam, MB, Canada', ...}]

"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from .errors import APIError, InputError, MaintenanceError
from .retry import Backoff

__all__ = ["DEFAULT_API_URL", "ApiSession", "format_param", "user_agent"]

DEFAULT_API_URL = "https://api.phys.ucalgary.ca"
ENV_API_URL = "AURORA_WIDGETS_API_URL"


def user_agent() -> str:
    """Return the ``user-agent`` header value, ``python-aurora-widgets/<version>``.

    Example:
        >>> user_agent().startswith("python-aurora-widgets/")
        True

    """
    from .. import __version__

    return f"python-aurora-widgets/{__version__}"


def format_param(value: Any) -> str | None:
    """Format one query value as the API expects it (None means: leave the parameter out).

    Example:
        >>> import datetime
        >>> format_param(datetime.datetime(2021, 11, 4, 6, 0, 5, 123)), format_param(True)
        ('2021-11-04T06:00:05', 'true')

    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.tzinfo.utcoffset(value) is not None:
            value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return str(value.strftime("%Y-%m-%dT%H:%M:%S"))
    if isinstance(value, _dt.date):
        return value.strftime("%Y-%m-%dT00:00:00")
    return str(value)


def _detail(res: requests.Response) -> str:
    try:
        payload = res.json()
    except ValueError:
        payload = None
    if isinstance(payload, dict) and "detail" in payload:
        detail = payload["detail"]
        if isinstance(detail, list):  # FastAPI validation errors
            msgs = [str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail]
            return "; ".join(msgs)
        return str(detail)
    text = (res.text or "").strip()
    return text[:300] + ("..." if len(text) > 300 else "") if text else (res.reason or "no details")


class ApiSession:
    """GET JSON from the data API with one reusable ``requests.Session``, retries and clear errors.

    ``base_url`` must start with ``http://`` or ``https://``; a trailing ``/`` is removed.

    Example:
        >>> api = ApiSession("http://127.0.0.1:8765/", timeout=5, retries=1)
        >>> api.base_url
        'http://127.0.0.1:8765'

    """

    def __init__(
        self,
        base_url: str,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.5,
        headers: dict[str, str] | None = None,
    ) -> None:
        text = str(base_url).strip()
        if not text.lower().startswith(("http://", "https://")):
            raise InputError(f"The API URL must start with http:// or https://, not {base_url!r}.")
        self.base_url = text.rstrip("/")
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = max(0.0, float(backoff))
        #: The retry schedule (Retry-After on 503/429 honoured); replace it to inject ``sleep`` in tests.
        self.retry = Backoff(self.retries, self.backoff)
        self.headers = {"user-agent": user_agent(), **(headers or {})}
        self.session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=32)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        #: Number of HTTP requests sent to the API by this session (retries included).
        self.request_count = 0

    def close(self) -> None:
        """Close the pooled connections."""
        self.session.close()

    def get_json(self, path: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> Any:
        """GET ``base_url + path`` with ``params`` and return the decoded JSON.

        ``timeout`` (seconds) overrides the session's for this call.

        Raises :class:`MaintenanceError` (503), :class:`APIError` (other errors, with the server's
        ``detail``; ``status`` None when the server could not be reached).

        Example:
            >>> ApiSession("https://api.phys.ucalgary.ca").get_json(
            ...     "/api/v1/data_distribution/datasets", {"name": "THEMIS_ASI_SKYMAP_IDLSAV"})
            ...     # doctest: +SKIP
            [{'name': 'THEMIS_ASI_SKYMAP_IDLSAV', ...}]

        """
        url = self.base_url + "/" + path.lstrip("/")
        query = {k: v for k, v in ((k, format_param(v)) for k, v in (params or {}).items()) if v is not None}
        retry = self.retry
        attempts = retry.attempts
        last_exc: Exception | None = None
        res: requests.Response | None = None
        for attempt in range(attempts):
            if attempt:
                retry.wait_after(attempt, res)
            res = None
            try:
                self.request_count += 1
                res = self.session.get(url, params=query, headers=self.headers,
                                       timeout=self.timeout if timeout is None else timeout)
            except (requests.ConnectionError, requests.Timeout,
                    # Reliability fix (tests/reliability/test_network_faults.py): a body cut short
                    # (IncompleteRead) is as transient as a reset; retry it like downloads do.
                    requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as err:
                last_exc = err
                continue
            except requests.RequestException as err:
                raise APIError(f"Request to the data API failed ({url}): {err}.") from err
            if res.status_code >= 500 or res.status_code == 429:
                continue
            break

        if res is None:
            kind = "timed out" if isinstance(last_exc, requests.Timeout) else "could not be reached"
            raise APIError(
                f"The data API at {self.base_url} {kind} after {attempts} attempt(s) "
                f"(GET {path}): {last_exc}. Check your network connection, or set the environment variable "
                "AURORA_WIDGETS_API_URL (or Client(api_url=...)) to a working API.",
                status=None,
            ) from last_exc
        if res.status_code == 503:
            raise MaintenanceError(
                f"The data API at {self.base_url} is down for maintenance (HTTP 503 on GET {path}, "
                f"{attempts} attempt(s)): {_detail(res)}. Try again later.",
                status=503,
            )
        if res.status_code != 200:
            hint = (
                " Try again in a few minutes." if res.status_code >= 500
                else " Check the arguments (dataset name, dates, site/device UID)."
            )
            raise APIError(
                f"API error code {res.status_code} on GET {path}: {_detail(res)}.{hint}",
                status=res.status_code,
            )
        try:
            return res.json()
        except ValueError as err:
            ctype = res.headers.get("content-type", "?")
            raise APIError(
                f"The data API at {self.base_url} answered GET {path} with something that is not JSON "
                f"(content-type {ctype}). Is AURORA_WIDGETS_API_URL pointing at the data API?",
                status=res.status_code,
            ) from err
