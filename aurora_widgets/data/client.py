"""``Client``: the public entry point to UCalgary ASI data, with pyaurorax's method names.

What it adds over pyaurorax/pyucalgarysrs, with the same calls and the same cache layout
(``<download_dir>/<DATASET>/<data-tree sub path>``, default ``~/pyaurorax_data``):

* retries with backoff and clear errors (:class:`APIError`, :class:`MaintenanceError`, ...);
* atomic, verified downloads (see :mod:`aurora_widgets.data.download`), and a cache that heals:
  a damaged cached file (a partial pyaurorax download, zero bytes, an HTML page) is downloaded
  again with a one-line warning, in ``download``, ``download_best_*`` and ``read``
  (:meth:`Client.verify_cache` checks them all);
* raw listings longer than a day split into day requests (the service refuses them otherwise);
* a best-file rule that uses the stop date and the version, never the server's order
  (see :mod:`aurora_widgets.data.select`), and candidate lists (:meth:`Client.list_skymaps`,
  :meth:`Client.list_calibrations`) to show *why* a file was chosen;
* fewer requests: the one long-range listing behind ``list_skymaps``/``download_best_*`` is kept
  in memory for ``listing_cache_seconds`` (default 300 s) and on disk, for later clients and
  sessions, for ``listing_disk_cache_seconds`` (default one day), so showing candidates and then
  downloading the best costs one listing, and a cached best file costs no request at all;
* **offline once cached**: when the listing cannot be had (network down, API in maintenance),
  ``list_skymaps``, ``list_calibrations`` and ``download_best_*`` fall back, with a warning, on the
  listing saved on disk (whatever its age), then on the files already in the local dataset folder.
  ``download_best_*`` returns the best file the saved listing names (downloading it if the file
  host still answers), else the best cached file. With nothing to fall back on, the original API
  error is raised, saying so.

Why this module is long (~1200 lines): it is the one public entry point and holds every pyaurorax
method with its docstring. New work goes into sibling modules it uses: ``cache_client`` (verify_cache
and read-time repair), ``listing`` (day-split raw listings), ``tables`` (dataset/observatory tables),
``read_manager`` (``Client.readers``).

Environment: ``AURORA_WIDGETS_API_URL`` overrides the default API URL
(``https://api.phys.ucalgary.ca``) and ``AURORA_WIDGETS_DATA_DIR`` the default download folder
(``~/pyaurorax_data``); explicit arguments win over both.

Example:
    >>> import datetime
    >>> from aurora_widgets.data import Client
    >>> client = Client()                                                   # doctest: +SKIP
    >>> r = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill",
    ...                                 datetime.datetime(2021, 11, 4))     # doctest: +SKIP
    >>> r.filenames[0].name                                                 # doctest: +SKIP
    'themis_skymap_gill_20210308-+_v02.sav'

"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import hashlib
import json
import math
import os
import shutil
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, NoReturn, TypeVar, overload

from .api import DEFAULT_API_URL, ENV_API_URL, ApiSession
from .cache import problem_with
from .cache_client import CacheMixin
from .download import download_files, make_progress_bar
from .errors import APIError, DownloadError, InputError, NoMatchError, ReadError
from .instruments import raw_dataset_of
from .listing import ONE_DAY_HINT, day_ranges, is_one_minute, merge_listings
from .models import Candidates, Data, Dataset, DownloadResult, FileListing, Observatory
from .read_manager import ReadManager
from .readers import FileList, with_read_parameters  # read()'s one signature lives in readers.read
from .select import as_datetime, candidates_from_urls, choose_best
from .tables import DatasetTable, ObservatoryTable

__all__ = ["ENV_DATA_DIR", "Client", "DatasetNotFoundError", "DatasetTable", "raw_dataset_for"]

ENV_DATA_DIR = "AURORA_WIDGETS_DATA_DIR"
DEFAULT_DATA_DIR = "~/pyaurorax_data"
#: Where saved skymap/calibration listings live, inside the download folder.
LISTING_CACHE_DIR = Path(".aurora-widgets") / "listings"
_API = "/api/v1/data_distribution"
_EARLIEST = _dt.datetime(2000, 1, 1)
_BACKENDS = ("auto", "standard", "notebook")

#: What the client accepts as a time: a datetime (tz-aware ones are converted to UTC), a date
#: (midnight) or an ISO string.
TimeLike = _dt.datetime | _dt.date | str
#: A long listing's key: (dataset name, site UID or None, device UID or None).
_Key = tuple[str, str | None, str | None]
_T = TypeVar("_T")



class DatasetNotFoundError(APIError, InputError):
    """No dataset has exactly this name (both an :class:`APIError`, as in pyaurorax, and an InputError)."""


def raw_dataset_for(name: str) -> str:
    """Map a calibration/skymap/raw dataset name or an instrument array to its raw dataset.

    Example:
        >>> raw_dataset_for("REGO_CALIBRATION_FLATFIELD_IDLSAV"), raw_dataset_for("trex_nir")
        ('REGO_RAW', 'TREX_NIR_RAW')
        >>> raw_dataset_for("TREX_BLUE_CALIBRATION_RAYLEIGHS_IDLSAV")
        'TREX_BLUE_RAW'

    """
    raw = raw_dataset_of(name)  # the instrument registry (data/instruments.py)
    if raw is not None:
        return raw
    raise InputError(
        f"Cannot tell which raw dataset goes with {name!r}: use a REGO, TREX_NIR, TREX_BLUE or THEMIS "
        "dataset name, or an instrument array such as 'rego' or 'trex_nir'."
    )


def _listing_count(value: object, default: int) -> int:
    """Return the ``count`` of a ``/urls`` answer; a missing or absurd one (null, text, negative) gives ``default``.

    Reliability fix (tests/reliability/test_hostile_server.py): ``count`` is informational, so a bad
    value must not fail a download whose URLs are fine.

    Example:
        >>> _listing_count(None, 3), _listing_count("abc", 3), _listing_count(-1, 3), _listing_count(2, 3)
        (3, 3, 3, 2)

    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return default
    return value


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def _show(table: DatasetTable | ObservatoryTable) -> None:
    """Display ``table`` as HTML in a notebook, else print its text."""
    if _in_notebook():
        from IPython.display import display

        display(table)  # type: ignore[no-untyped-call]
    else:
        print(table.text)


def _as_listing(value: object) -> FileListing:
    """Return a FileListing from ours or from a pyucalgarysrs ``FileListingResponse`` (same fields)."""
    if isinstance(value, FileListing):
        return value
    needed = ("urls", "path_prefix", "count", "dataset")
    if all(hasattr(value, k) for k in needed):
        ds = value.dataset  # type: ignore[attr-defined]
        dataset = ds if isinstance(ds, Dataset) else Dataset.from_api(
            {k: v for k, v in vars(ds).items()} if hasattr(ds, "__dict__") else {"name": str(ds)})
        return FileListing(urls=[str(u) for u in value.urls], path_prefix=str(value.path_prefix),  # type: ignore[attr-defined]
                           count=int(value.count), dataset=dataset,  # type: ignore[attr-defined]
                           total_bytes=getattr(value, "total_bytes", None))
    raise InputError(
        f"download_using_urls needs a FileListing (from get_urls), not {type(value).__name__}."
    )


def _utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def _age_text(seconds: float) -> str:
    """Say how old something is, in the largest whole unit (for the offline-fallback warnings).

    Example:
        >>> _age_text(30), _age_text(7200), _age_text(86400), _age_text(3.5 * 86400)
        ('30 seconds', '2 hours', '1 day', '3 days')

    """
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''}"
    n = max(0, int(seconds))
    return f"{n} second{'s' if n != 1 else ''}"


@dataclasses.dataclass(frozen=True)
class _Source:
    """Which offline fallback a skymap/calibration listing came from (the API's own listing has none)."""

    #: "saved" (a listing saved on disk, any age) or "cached" (the files in the local dataset folder).
    origin: str
    #: How to name it in a warning, e.g. "the file listing saved 3 days ago".
    text: str


class _FromSession(Generic[_T]):
    """A read-only ``Client`` attribute read from its :class:`ApiSession` (``client._api``), as a property would.

    One mechanism for the settings the session owns: ``read`` takes the session and gives the value
    (of type ``_T``, written ``_FromSession[float](...)`` so the docs can show it), ``doc`` is what
    ``help(Client)`` and the docs (``docs/griffe_descriptors.py``) show for it. Setting or deleting
    the attribute fails with ``AttributeError``, as for a property without a setter.

    Example:
        >>> Client.timeout.__doc__
        'Seconds to wait for each HTTP answer.'
        >>> Client(api_url="http://127.0.0.1:9", timeout=2).timeout
        2.0

    """

    def __init__(self, read: Callable[[ApiSession], _T], *, doc: str) -> None:
        self._read = read
        self._name = "?"
        self.__doc__ = doc

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type[Any] | None = None) -> _FromSession[_T]: ...
    @overload
    def __get__(self, client: Client, owner: type[Any] | None = None) -> _T: ...
    def __get__(self, client: Client | None, owner: type[Any] | None = None) -> _T | _FromSession[_T]:
        return self if client is None else self._read(client._api)

    def __set__(self, client: Client, value: NoReturn) -> NoReturn:
        raise AttributeError(f"property {self._name!r} of 'Client' object has no setter")

    def __delete__(self, client: Client) -> NoReturn:
        raise AttributeError(f"property {self._name!r} of 'Client' object has no deleter")


class Client(CacheMixin):
    """Talk to the UCalgary data API and keep a local file cache (pyaurorax-compatible layout).

    Args:
        api_url: API base URL; default ``$AURORA_WIDGETS_API_URL`` or ``https://api.phys.ucalgary.ca``.
        download_dir: cache root; default ``$AURORA_WIDGETS_DATA_DIR`` or ``~/pyaurorax_data``.
        timeout: seconds to wait for each HTTP answer.
        retries: extra attempts after connection errors, timeouts, 5xx and short downloads.
        progress_bar_backend: ``"auto"`` (tqdm.auto), ``"standard"`` or ``"notebook"``.
        backoff: first retry delay in seconds (doubled each retry, at most 8 s).

    Example:
        >>> client = Client(api_url="http://127.0.0.1:8765/", download_dir="/tmp/aw-cache")
        >>> client.api_url, str(client.download_dir)
        ('http://127.0.0.1:8765', '/tmp/aw-cache')

    """

    def __init__(
        self,
        api_url: str | None = None,
        download_dir: str | os.PathLike[str] | None = None,
        timeout: float = 10.0,
        retries: int = 3,
        progress_bar_backend: str = "auto",
        backoff: float = 0.5,
    ) -> None:
        if api_url is None:
            api_url = os.environ.get(ENV_API_URL) or DEFAULT_API_URL
        if not isinstance(api_url, str):
            raise InputError(f"api_url must be a string such as {DEFAULT_API_URL!r}, not {api_url!r}.")
        if download_dir is None:
            download_dir = os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
            raise InputError(f"timeout must be a positive number of seconds, not {timeout!r}.")
        if not isinstance(retries, int) or isinstance(retries, bool) or retries < 0:
            raise InputError(f"retries must be a whole number >= 0, not {retries!r}.")
        if progress_bar_backend not in _BACKENDS:
            raise InputError(
                f"progress_bar_backend must be one of {_BACKENDS}, not {progress_bar_backend!r}."
            )
        self._api = ApiSession(api_url, timeout=timeout, retries=retries, backoff=backoff)
        self.download_dir = Path(os.path.abspath(Path(download_dir).expanduser()))
        self.progress_bar_backend = progress_bar_backend
        #: How long (seconds) a long-range skymap/calibration listing is reused; 0 disables it.
        self.listing_cache_seconds = 300.0
        #: How long (seconds) that listing is reused from disk by later clients and sessions
        #: (``<download_dir>/.aurora-widgets/listings``); 0 disables it. Skymaps and calibrations
        #: are published rarely, so a day is safe; ``clear_cache(disk=True)`` forgets them.
        self.listing_disk_cache_seconds = 86400.0
        self._lock = threading.Lock()
        self._datasets: dict[str, Dataset] = {}
        self._listings: dict[_Key, tuple[float, FileListing]] = {}
        #: Where cached_path last found each (dataset, file name), checked with one stat on reuse.
        self._found: dict[tuple[str, str], Path] = {}

    # ---------------------------------------------------------------- settings
    api_url = _FromSession[str](lambda api: api.base_url, doc="The API base URL (no trailing ``/``).")
    timeout = _FromSession[float](lambda api: api.timeout, doc="Seconds to wait for each HTTP answer.")
    retries = _FromSession[int](lambda api: api.retries, doc="Extra attempts after retryable failures.")
    request_count = _FromSession[int](
        lambda api: api.request_count, doc="API requests sent so far by this client (file downloads not included).")

    def __repr__(self) -> str:
        return (f"Client(api_url={self.api_url!r}, download_dir={str(self.download_dir)!r}, "
                f"timeout={self.timeout}, retries={self.retries})")

    def clear_cache(self, disk: bool = False) -> None:
        """Forget the datasets and listings kept in memory; ``disk=True`` also the saved listings.

        Downloaded data files are always kept.

        Example:
            >>> Client(api_url="http://127.0.0.1:9").clear_cache()

        """
        with self._lock:
            self._datasets.clear()
            self._listings.clear()
            self._found.clear()
        if disk:
            shutil.rmtree(self.download_dir / LISTING_CACHE_DIR, ignore_errors=True)

    # ---------------------------------------------------------------- datasets
    def _remember(self, datasets: Sequence[Dataset]) -> None:
        with self._lock:
            for d in datasets:
                self._datasets[d.name] = d

    def list_datasets(self, name: str | None = None, level: str | None = None,
                      timeout: float | None = None) -> list[Dataset]:
        """List datasets, optionally filtered by a name substring and a level (L0, L1, L1A, L2, L3).

        ``timeout`` (seconds to wait for the API) overrides the client's for this call, as in pyaurorax.

        Only datasets readable by the Python libraries (``supported_libraries`` naming pyaurorax or
        pyucalgarysrs, or not given) are kept, sorted by name, as pyaurorax does.

        Example:
            >>> [d.name for d in Client().list_datasets(name="THEMIS_ASI_SKYMAP")]   # doctest: +SKIP
            ['THEMIS_ASI_SKYMAP_IDLSAV']

        """
        for label, value in (("name", name), ("level", level)):
            if value is not None and not isinstance(value, str):
                raise InputError(f"{label} must be a string or None, not {value!r}.")
        payload = self._api.get_json(f"{_API}/datasets", {"name": name, "level": level},
                                     timeout=self._call_timeout(timeout))
        if not isinstance(payload, list):
            raise APIError(f"Unexpected answer from {self.api_url}{_API}/datasets: expected a list.")
        out = []
        for item in payload:
            # Reliability fix (tests/reliability/test_hostile_server.py): skip entries whose name is not
            # a string (a null or numeric name broke the sort with a TypeError).
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
                continue
            libs = item.get("supported_libraries")
            if isinstance(libs, (list, tuple)) and libs and not ({"pyaurorax", "pyucalgarysrs"} & set(map(str, libs))):
                continue
            out.append(Dataset.from_api(item))
        out.sort(key=lambda d: d.name)
        self._remember(out)
        return out

    def get_dataset(self, name: str, timeout: float | None = None) -> Dataset:
        """Return the dataset named exactly ``name`` (case-insensitive); ``timeout`` as in :meth:`list_datasets`.

        Raises :class:`DatasetNotFoundError` (an APIError and an InputError) naming close names.

        Example:
            >>> Client().get_dataset("rego_raw").name                              # doctest: +SKIP
            'REGO_RAW'

        """
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"The dataset name must be a non-empty string, not {name!r}.")
        wanted = name.strip().upper()
        for d in self.list_datasets(name=wanted, timeout=timeout):
            if d.name == wanted:
                return d
        try:
            everything = [d.name for d in self.list_datasets(timeout=timeout)]
        except APIError:
            everything = []
        close = difflib.get_close_matches(wanted, everything, n=5, cutoff=0.6)
        close += [n for n in everything if (wanted in n or n in wanted) and n not in close]
        hint = f" Close names: {', '.join(close[:6])}." if close else ""
        raise DatasetNotFoundError(
            f"Dataset not found: {name!r}.{hint} Use client.list_datasets() to see every name.", status=None
        )

    def _dataset_or_stub(self, name: str) -> Dataset:
        with self._lock:
            known = self._datasets.get(name)
        return known if known is not None else Dataset.from_api({"name": name})

    def list_datasets_in_table(self, name: str | None = None, level: str | None = None, max_width: int = 200,
                               timeout: float | None = None) -> None:
        """Show the datasets as a table: printed text in a terminal, an HTML table in a notebook.

        The text layout is pyaurorax's (columns Name, Provider, Level, DOI Details, Short
        Description). Use :class:`DatasetTable` to get the table as an object instead. ``max_width``
        is accepted for pyaurorax compatibility and not applied: cells are never wrapped (a notebook
        shows an HTML table). ``timeout`` as in :meth:`list_datasets`.

        Example:
            >>> Client().list_datasets_in_table(name="SKYMAP")                     # doctest: +SKIP
            Name                       Provider   Level   DOI Details   ...

        """
        _show(DatasetTable(self.list_datasets(name=name, level=level, timeout=timeout)))

    # ---------------------------------------------------------------- observatories
    def list_observatories(self, instrument_array: str, uid: str | None = None,
                           timeout: float | None = None) -> list[Observatory]:
        """List the observatories of an instrument array (themis_asi, rego, trex_nir, trex_blue, trex_rgb...).

        ``uid`` is a case-insensitive substring filter applied by the server; ``timeout`` as in
        :meth:`list_datasets`.

        Example:
            >>> [o.uid for o in Client().list_observatories("rego", uid="fs")]     # doctest: +SKIP
            ['fsim', 'fsmi']

        """
        if not isinstance(instrument_array, str) or not instrument_array.strip():
            raise InputError(
                f"instrument_array must be a name such as 'themis_asi', not {instrument_array!r}."
            )
        if uid is not None and not isinstance(uid, str):
            raise InputError(f"uid must be a string or None, not {uid!r}.")
        payload = self._api.get_json(
            f"{_API}/observatories", {"instrument_array": instrument_array.strip(), "uid": uid},
            timeout=self._call_timeout(timeout),
        )
        if not isinstance(payload, list):
            raise APIError(f"Unexpected answer from {self.api_url}{_API}/observatories: expected a list.")
        return [Observatory.from_api(item) for item in payload if isinstance(item, dict)]

    def list_observatories_in_table(self, instrument_array: str, uid: str | None = None, max_width: int = 200,
                                    timeout: float | None = None) -> None:
        """Show the observatories as a table (UID, Full Name, Geodetic Latitude, Geodetic Longitude, Provider).

        Printed text in a terminal, an HTML table in a notebook; :class:`ObservatoryTable` gives the
        object. ``max_width`` is accepted for pyaurorax compatibility and not applied.

        Example:
            >>> Client().list_observatories_in_table("rego", uid="fs")                # doctest: +SKIP
            UID    Full Name                        Geodetic Latitude   Geodetic Longitude   Provider

        """
        _show(ObservatoryTable(self.list_observatories(instrument_array, uid=uid, timeout=timeout)))

    # ---------------------------------------------------------------- read support
    @property
    def readers(self) -> ReadManager:
        """The readers of pyaurorax's ``data.ucalgary.readers`` (``read_themis``, ``read_skymap``...), via :meth:`read`.

        Example:
            >>> Client().readers.is_supported("THEMIS_ASI_RAW")
            True

        """
        return ReadManager(self)

    @staticmethod
    def list_supported_read_datasets() -> list[str]:
        """Return the names of the datasets :meth:`read` can read, sorted (as pyaurorax).

        Example:
            >>> "REGO_SKYMAP_IDLSAV" in Client.list_supported_read_datasets()
            True

        """
        from .readers import list_supported_read_datasets

        return list_supported_read_datasets()

    @staticmethod
    def is_read_supported(dataset_name: str) -> bool:
        """Return True when :meth:`read` can read files of ``dataset_name``.

        Example:
            >>> Client.is_read_supported("TREX_BLUE_RAW"), Client.is_read_supported("REGO_DAILY_KEOGRAM_JPG")
            (True, False)

        """
        from .readers import is_read_supported

        return is_read_supported(dataset_name)

    # ---------------------------------------------------------------- listings
    def get_urls(
        self,
        dataset_name: str,
        start: TimeLike,
        end: TimeLike,
        site_uid: str | None = None,
        device_uid: str | None = None,
        timeout: float | None = None,
    ) -> FileListing:
        """List the file URLs of a dataset between ``start`` and ``end`` (both inclusive, UTC).

        ``start``/``end`` may be datetimes (tz-aware ones are converted to UTC), dates or ISO strings.
        The server lists raw 1-minute datasets one day at a time; a longer range is split into day
        requests here (one progress bar over them) and the listings merged in time order. ``timeout``
        as in :meth:`list_datasets`.

        Example:
            >>> import datetime
            >>> r = Client().get_urls("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", datetime.datetime(2014, 1, 1),
            ...                       datetime.datetime(2022, 1, 1), device_uid="655")   # doctest: +SKIP
            >>> r.urls                                                                   # doctest: +SKIP
            ['https://.../REGO_Rayleighs_15655_20141002-+_v01.sav']

        """
        return self._listing(dataset_name, start, end, site_uid, device_uid, timeout, progress_bar_disable=False)

    def _listing(self, dataset_name: str, start: TimeLike, end: TimeLike, site_uid: str | None,
                 device_uid: str | None, timeout: float | None, *, progress_bar_disable: bool) -> FileListing:
        """``get_urls`` with its checks and warnings; the day bar can be turned off (``download`` has its own)."""
        if not isinstance(dataset_name, str) or not dataset_name.strip():
            raise InputError(f"dataset_name must be a dataset name such as 'REGO_RAW', not {dataset_name!r}.")
        start_dt, end_dt = as_datetime(start, "start"), as_datetime(end, "end")
        if start_dt > end_dt:
            raise InputError(f"The start ({start_dt}) is after the end ({end_dt}); swap them.")
        for label, value in (("site_uid", site_uid), ("device_uid", device_uid)):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InputError(f"{label} must be a non-empty string or None, not {value!r}.")
        lowered = dataset_name.lower()
        if site_uid is not None and "calibration" in lowered:
            warnings.warn("The site_uid field is not used when filtering in this dataset (calibrations "
                          "belong to a device); use device_uid.", UserWarning, stacklevel=4)
        if device_uid is not None and "skymap" in lowered:
            warnings.warn("The device_uid field is not used when filtering in this dataset (skymaps belong "
                          "to a site); use site_uid.", UserWarning, stacklevel=4)
        return self._get_urls_split(dataset_name.strip(), start_dt, end_dt, site_uid, device_uid, timeout,
                                    progress_bar_disable=progress_bar_disable)

    def _get_urls_split(self, name: str, start_dt: _dt.datetime, end_dt: _dt.datetime, site_uid: str | None,
                        device_uid: str | None, timeout: float | None, *, progress_bar_disable: bool
                        ) -> FileListing:
        """One listing, or one per day when a 1-minute dataset's range is a day or longer."""
        with self._lock:
            known = self._datasets.get(name.upper())
        ranges = day_ranges(start_dt, end_dt) if is_one_minute(name, known) else [(start_dt, end_dt)]
        if len(ranges) == 1:
            try:
                return self._get_urls_once(name, start_dt, end_dt, site_uid, device_uid, timeout)
            except APIError as err:  # a dataset we did not know to be listed by day
                if err.status != 400 or ONE_DAY_HINT not in str(err) or end_dt - start_dt < _dt.timedelta(days=1):
                    raise
                ranges = day_ranges(start_dt, end_dt)
        bar = make_progress_bar(self.progress_bar_backend, len(ranges), "day", f"Listing {name} files",
                                progress_bar_disable)
        parts = []
        try:
            for lo, hi in ranges:
                parts.append(self._get_urls_once(name, lo, hi, site_uid, device_uid, timeout))
                bar.update(1)
        finally:
            bar.close()
        return merge_listings(parts)

    def _get_urls_once(self, name: str, start_dt: _dt.datetime, end_dt: _dt.datetime, site_uid: str | None,
                       device_uid: str | None, timeout: float | None) -> FileListing:
        payload = self._api.get_json(
            f"{_API}/urls",
            {
                "name": name,
                "start": start_dt,
                "end": end_dt,
                "include_total_bytes": True,
                "site_uid": site_uid,
                "device_uid": device_uid,
            },
            timeout=self._call_timeout(timeout),
        )
        try:
            dataset = Dataset.from_api(payload["dataset"])
            if not isinstance(payload["urls"], list):  # reliability fix: a string is not a list of URLs
                raise TypeError(f"'urls' is a {type(payload['urls']).__name__}, not a list")
            urls = [str(u) for u in payload["urls"]]
            listing = FileListing(
                urls=urls,
                path_prefix=str(payload["path_prefix"]),
                count=_listing_count(payload.get("count"), len(urls)),
                dataset=dataset,
                total_bytes=payload.get("total_bytes"),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:  # AttributeError: reliability fix
            raise APIError(
                f"Unexpected answer from {self.api_url}{_API}/urls: missing or bad field ({err})."
            ) from err
        self._remember([dataset])
        return listing

    # ---------------------------------------------------------------- downloads
    def cached_path(self, dataset_name: str, filename: str) -> Path | None:
        """Return where ``filename`` of ``dataset_name`` already is under the download folder, or None.

        No request is made: use it to open a file chosen earlier (a calibration or skymap from
        :meth:`list_calibrations` / :meth:`list_skymaps`) offline or without listing again. Partial
        downloads (``.part-*``) never count, nor does a file failing the integrity check (see
        :mod:`aurora_widgets.data.cache`): downloading it then repairs it.

        Example:
            >>> Client(download_dir="/nonexistent").cached_path("REGO_SKYMAP_IDLSAV", "x.sav") is None
            True

        """
        dataset_name = self._check_dataset_name(dataset_name)
        name = Path(str(filename)).name
        folder = self.download_dir / dataset_name
        if not name or name != str(filename) or not folder.is_dir():
            return None
        found = self._found.get((dataset_name, name))
        if found is None or not found.is_file():  # the walk only when the file is not where it was
            found = next((p for p in sorted(folder.rglob(name)) if p.is_file() and ".part-" not in p.name), None)
            if found is not None:
                self._found[(dataset_name, name)] = found
        if found is not None and problem_with(found) is not None:
            return None  # damaged (e.g. a partial pyaurorax download): downloading it again repairs it
        return found

    def download(  # pyaurorax's parameters, in its order (download_using_urls shares the last eight)
        self, dataset_name: str, start: TimeLike, end: TimeLike, site_uid: str | None = None,
        device_uid: str | None = None, n_parallel: int = 5, overwrite: bool = False,
        progress_bar_disable: bool = False, progress_bar_ncols: int | None = None,
        progress_bar_ascii: str | None = None, progress_bar_desc: str | None = None, timeout: float | None = None,
    ) -> DownloadResult:
        """Download a dataset's files between ``start`` and ``end`` into ``<download_dir>/<DATASET>/``.

        Files already there are skipped unless ``overwrite``, once they pass the integrity check
        (a damaged one is downloaded again, with a warning). ``filenames`` follow the URL order;
        ``total_bytes`` counts the bytes actually downloaded by this call. Raw ranges longer than a
        day are listed day by day (see :meth:`get_urls`) and downloaded with one progress bar.
        ``n_parallel`` files are fetched at once; ``progress_bar_ncols``/``_ascii``/``_desc`` are
        tqdm's ``ncols``, ``ascii`` and ``desc``; ``timeout`` is the seconds to wait for each answer.

        Example:
            >>> import datetime
            >>> r = Client().download("THEMIS_ASI_SKYMAP_IDLSAV", datetime.datetime(2021, 1, 1),
            ...                       datetime.datetime(2023, 1, 1), site_uid="gill")  # doctest: +SKIP
            >>> [p.name for p in r.filenames]                                          # doctest: +SKIP
            ['themis_skymap_gill_20210308-+_v02.sav', 'themis_skymap_gill_20220301-+_v02.sav']

        """
        self._check_parallel(n_parallel)
        listing = self._listing(dataset_name, start, end, site_uid, device_uid, timeout, progress_bar_disable=True)
        return self._download_listing(listing, n_parallel, overwrite, progress_bar_disable, progress_bar_desc,
                                      progress_bar_ncols, progress_bar_ascii, timeout)

    def download_using_urls(
        self, file_listing_response: FileListing, n_parallel: int = 5, overwrite: bool = False,
        progress_bar_disable: bool = False, progress_bar_ncols: int | None = None,
        progress_bar_ascii: str | None = None, progress_bar_desc: str | None = None, timeout: float | None = None,
    ) -> DownloadResult:
        """Download the files of a :class:`FileListing` (e.g. from :meth:`get_urls`, possibly trimmed).

        The arguments are those of :meth:`download` (pyaurorax's names); a pyucalgarysrs
        ``FileListingResponse`` is accepted too.

        Example:
            >>> listing = client.get_urls("REGO_CALIBRATION_FLATFIELD_IDLSAV", "2014-01-01", "2022-01-01",
            ...                           device_uid="655")                           # doctest: +SKIP
            >>> client.download_using_urls(listing).filenames[0].name                 # doctest: +SKIP
            'REGO_flatfield_15655_20141002-+_v01.sav'

        """
        listing = _as_listing(file_listing_response)
        return self._download_listing(listing, n_parallel, overwrite, progress_bar_disable, progress_bar_desc,
                                      progress_bar_ncols, progress_bar_ascii, timeout)

    @staticmethod
    def _check_parallel(n_parallel: object) -> None:
        if not isinstance(n_parallel, int) or isinstance(n_parallel, bool) or n_parallel < 1:
            raise InputError(f"n_parallel must be a whole number >= 1, not {n_parallel!r}.")

    def _call_timeout(self, timeout: object) -> float | None:
        """Check a per-call ``timeout`` (None: the client's) and return it as a float."""
        if timeout is None:
            return None
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
            raise InputError(f"timeout must be a positive number of seconds or None, not {timeout!r}.")
        return float(timeout)

    def _download_listing(
        self, listing: FileListing, n_parallel: int, overwrite: bool, progress_bar_disable: bool,
        desc: str | None = None, ncols: int | None = None, ascii: str | None = None, timeout: float | None = None,
    ) -> DownloadResult:
        """Download ``listing``'s files (for download, download_using_urls, ...); ``desc`` defaults to the dataset's."""
        self._check_parallel(n_parallel)
        # Reliability fix (tests/reliability/test_hostile_server.py): the dataset name comes from the
        # server's answer; a name such as "../x" or "/tmp/x" must not move the dataset folder out of
        # download_dir (local_path_for only keeps files inside the dataset folder).
        name = str(listing.dataset.name)
        if (not name or name in (".", "..") or any(c in name for c in "/\\\x00")
                or (len(name) >= 2 and name[1] == ":")):
            raise DownloadError(
                f"Refusing to download: the listing names the dataset {name!r}, which is not a plain folder "
                f"name and would place files outside {str(self.download_dir)!r}. The listing looks wrong; "
                "check the API URL (AURORA_WIDGETS_API_URL) and ask for it again."
            )
        dataset_dir = self.download_dir / name
        if not listing.urls:
            warnings.warn("No data found to download", UserWarning, stacklevel=3)
            return DownloadResult([], 0, 0, dataset_dir, listing.dataset)
        paths, stats = download_files(
            self._api.session,
            listing.urls,
            listing.path_prefix,
            dataset_dir,
            timeout=self._call_timeout(timeout) or self._api.timeout,
            retries=self._api.retries,
            backoff=self._api.backoff,
            retry=self._api.retry,
            n_parallel=n_parallel,
            overwrite=overwrite,
            headers=self._api.headers,
            total_bytes=listing.total_bytes,
            progress_bar_disable=progress_bar_disable,
            progress_bar_backend=self.progress_bar_backend,
            desc=desc or f"Downloading {name} files",
            progress_bar_ncols=ncols,
            progress_bar_ascii=ascii,
        )
        return DownloadResult(paths, len(paths), stats.downloaded_bytes, dataset_dir, listing.dataset)

    # ---------------------------------------------------------------- best skymap / calibration
    def _long_listing(self, dataset_name: str, site_uid: str | None, device_uid: str | None,
                      timeout: float | None = None) -> FileListing:
        key: _Key = (dataset_name, site_uid, device_uid)
        now = time.monotonic()
        with self._lock:
            hit = self._listings.get(key)
        if hit is not None and now - hit[0] < self.listing_cache_seconds:
            return hit[1]
        listing = self._disk_listing(key)
        if listing is None:
            listing = self.get_urls(dataset_name, _EARLIEST, _utc_now() + _dt.timedelta(days=5),
                                    site_uid=site_uid, device_uid=device_uid, timeout=timeout)
            self._save_disk_listing(key, listing)
        with self._lock:
            self._listings[key] = (time.monotonic(), listing)
        return listing

    def _disk_listing_path(self, key: _Key) -> Path:
        digest = hashlib.sha1(repr((self.api_url, *key)).encode()).hexdigest()[:20]
        return self.download_dir / LISTING_CACHE_DIR / f"{key[0]}-{digest}.json"

    def _disk_listing(self, key: _Key, max_age: float | None = None) -> FileListing | None:
        """Return the listing saved by an earlier client while younger than ``max_age`` seconds, else None.

        ``max_age`` defaults to ``listing_disk_cache_seconds``; the offline fallback passes ``math.inf``.
        """
        max_age = self.listing_disk_cache_seconds if max_age is None else max_age
        if max_age <= 0:
            return None
        path = self._disk_listing_path(key)
        try:
            if time.time() - path.stat().st_mtime >= max_age:
                return None
            saved = json.loads(path.read_text())
            dataset = Dataset(**saved["dataset"])
            urls = [str(u) for u in saved["urls"]]
            return FileListing(urls=urls, path_prefix=str(saved["path_prefix"]), count=len(urls),
                               dataset=dataset, total_bytes=saved.get("total_bytes"))
        except (OSError, ValueError, TypeError, KeyError):
            return None  # missing, stale or damaged: list again

    def _save_disk_listing(self, key: _Key, listing: FileListing) -> None:
        if self.listing_disk_cache_seconds <= 0:
            return
        path = self._disk_listing_path(key)
        payload = {"urls": listing.urls, "path_prefix": listing.path_prefix,
                   "total_bytes": listing.total_bytes, "dataset": dataclasses.asdict(listing.dataset)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.part-{os.getpid()}-{threading.get_ident()}")
            tmp.write_text(json.dumps(payload))
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs a listing next time

    def _offline_sources(self, key: _Key) -> Iterator[tuple[FileListing, _Source]]:
        """Yield ``(listing, source)`` to use when the API does not answer, most trusted first.

        First the listing saved on disk for ``key`` whatever its age (it names every file the server
        had, downloaded or not), then the files already in ``<download_dir>/<dataset>`` as a listing
        of local paths.
        """
        path = self._disk_listing_path(key)
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            age = None
        saved = None if age is None else self._disk_listing(key, max_age=math.inf)
        if saved is not None:
            yield saved, _Source("saved", f"the file listing saved {_age_text(age or 0.0)} ago ({path})")
        dataset_dir = self.download_dir / key[0]
        if dataset_dir.is_dir():
            local = sorted(str(p) for p in dataset_dir.rglob("*") if p.is_file() and ".part-" not in p.name)
            listing = FileListing(urls=local, path_prefix=str(dataset_dir), count=len(local),
                                  dataset=self._dataset_or_stub(key[0]))
            yield listing, _Source("cached", f"the files in {dataset_dir}")

    def _with_listing(
        self, dataset_name: str, owner: str, *, site: bool,
        use: Callable[[FileListing, _Source | None], tuple[Any, str] | None], missing: str, stacklevel: int,
        timeout: float | None = None,
    ) -> Any:
        """Return ``use(listing, source)`` for the freshest listing of ``owner`` there is.

        The one home of the offline fallback, shared by ``list_skymaps``, ``list_calibrations`` and
        ``download_best_*``. ``use`` gets the API's listing (``source=None``: fresh, or saved less than
        ``listing_disk_cache_seconds`` ago) and returns ``(result, "")``. When the API does not answer
        (no response, 5xx, maintenance, not JSON; a 4xx or an unknown dataset is raised at once), ``use``
        gets each of :meth:`_offline_sources` in turn and returns ``(result, what it did)`` or None when
        that source gives nothing usable; the first result is returned with a ``UserWarning``. With no
        result, the API error is raised again (same type and status), its message naming what was
        ``missing`` and what to do.
        """
        key: _Key = (dataset_name, owner, None) if site else (dataset_name, None, owner)
        try:
            listing = self._long_listing(key[0], key[1], key[2], timeout=timeout)
        except APIError as err:
            if isinstance(err, DatasetNotFoundError) or (err.status is not None and 400 <= err.status < 500):
                raise
            for fallback, source in self._offline_sources(key):
                found = use(fallback, source)
                if found is not None:
                    warnings.warn(f"Could not get a fresh file listing ({err}); {found[1]}.",
                                  UserWarning, stacklevel=stacklevel + 1)
                    return found[0]
            raise type(err)(
                f"{err} There is nothing to fall back on offline: {missing}. Try again when the API "
                "answers; once a listing or file has been fetched, it is used offline afterwards.",
                status=err.status,
            ) from err
        found = use(listing, None)
        if found is None:  # use() returns None only for offline sources
            raise NoMatchError(f"Nothing usable in the {dataset_name} listing for {owner!r}.", [])
        return found[0]

    @staticmethod
    def _check_dataset_name(value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"dataset_name must be a dataset name, not {value!r}.")
        return value.strip()

    @staticmethod
    def _check_owner(value: object, label: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{label} must be a non-empty string such as "
                             f"{'gill' if label == 'site_uid' else '654'!r}, not {value!r}.")
        return value.strip()

    def _make_candidates(
        self, dataset_name: str, owner: str, urls: Sequence[str], when: _dt.datetime | None,
        substring: bool, kind: str | None,
    ) -> Candidates:
        found = candidates_from_urls(urls, owner, substring=substring)
        if kind is not None:
            found = [c for c in found if kind in c.filename.lower()]
        found.sort(key=lambda c: (c.valid_from, c.filename))
        result = Candidates(dataset_name=dataset_name, owner=owner, candidates=found, timestamp=when)
        if when is not None:
            try:
                best = choose_best(found, when, dataset_name=dataset_name, owner=owner)
            except NoMatchError:
                best = None
            if best is not None:
                best.is_best = True
                result.best = best
        return result

    @staticmethod
    def _calibration_kind(dataset_name: str) -> str | None:
        upper = dataset_name.upper()
        if "FLATFIELD" in upper:
            return "flatfield"
        if "RAYLEIGH" in upper:
            return "rayleighs"
        return None

    def list_skymaps(
        self, dataset_name: str, site_uid: str, timestamp: TimeLike | None = None
    ) -> Candidates:
        """Every skymap of a site (one listing from 2000-01-01 to now), with the best for ``timestamp``.

        With a timestamp, the best valid candidate has ``is_best=True`` and is ``.best``. Works offline:
        when the listing cannot be had (network down, API in maintenance), the listing saved on disk
        by an earlier call is used whatever its age, else the skymaps already downloaded into
        ``<download_dir>/<dataset_name>`` (their ``url`` is then the local path), with a
        ``UserWarning`` saying which. With neither, the :class:`APIError` is raised.

        Example:
            >>> c = Client().list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04")  # doctest: +SKIP
            >>> c.best.filename                                                              # doctest: +SKIP
            'themis_skymap_gill_20210308-+_v02.sav'

        """
        return self._list_candidates(dataset_name, site_uid, timestamp, site=True)

    def _list_candidates(self, dataset_name: str, owner: str, timestamp: TimeLike | None, *,
                         site: bool) -> Candidates:
        """``list_skymaps`` (``site=True``) and ``list_calibrations``: candidates, offline fallback included."""
        dataset_name = self._check_dataset_name(dataset_name)
        label = "site_uid" if site else "device_uid"
        owner = self._check_owner(owner, label)
        when = None if timestamp is None else as_datetime(timestamp)
        kind = None if site else self._calibration_kind(dataset_name)

        def use(listing: FileListing, source: _Source | None) -> tuple[Candidates, str] | None:
            cands = self._make_candidates(dataset_name, owner, listing.urls, when, not site, kind)
            if source is None:
                return cands, ""
            if source.origin == "cached" and not len(cands):
                return None
            return cands, f"listing the {len(cands)} {dataset_name} file(s) of {owner} in {source.text}"

        result: Candidates = self._with_listing(
            dataset_name, owner, site=site, use=use, stacklevel=3,
            missing=f"no saved {dataset_name} listing for {label} {owner!r} and no downloaded file of it in "
                    f"{self.download_dir / dataset_name}",
        )
        return result

    def list_calibrations(
        self, dataset_name: str, device_uid: str, timestamp: TimeLike | None = None
    ) -> Candidates:
        """Every calibration file of a device (``"654"`` matches detector 15654, as the server does).

        One listing from 2000-01-01 to now; with a timestamp the best valid file is marked. Same
        offline behaviour as :meth:`list_skymaps`: the saved listing (any age), else the files
        already downloaded, with a ``UserWarning``.

        Example:
            >>> c = Client().list_calibrations("REGO_CALIBRATION_FLATFIELD_IDLSAV", "654",
            ...                                "2021-11-04")                          # doctest: +SKIP
            >>> c.best.filename                                                       # doctest: +SKIP
            'REGO_flatfield_15654_20210806-+_v02.sav'

        """
        return self._list_candidates(dataset_name, device_uid, timestamp, site=False)

    def _download_best(
        self, dataset_name: str, owner: str, timestamp: object, overwrite: bool, timeout: float | None, *,
        site: bool, kind: str | None,
    ) -> DownloadResult:
        dataset_name = self._check_dataset_name(dataset_name)
        label = "site_uid" if site else "device_uid"
        owner = self._check_owner(owner, label)
        when = as_datetime(timestamp)

        def use(listing: FileListing, source: _Source | None) -> tuple[DownloadResult, str] | None:
            cands = self._make_candidates(dataset_name, owner, listing.urls, None, not site, kind)
            try:
                best = choose_best(cands.candidates, when, dataset_name=dataset_name, owner=owner)
            except NoMatchError:
                if source is None:
                    raise
                return None
            if source is not None and source.origin == "cached":
                self._check_cached_best(best.url)
                result = DownloadResult([Path(best.url)], 1, 0, Path(listing.path_prefix), listing.dataset)
                return result, f"using the best cached file {best.filename}, chosen among {source.text}"
            one = FileListing(urls=[best.url], path_prefix=listing.path_prefix, count=1,
                              dataset=listing.dataset, total_bytes=None)
            try:
                result = self._download_listing(one, 1, overwrite, True, desc=f"Downloading {dataset_name} files",
                                                timeout=timeout)
            except DownloadError:
                if source is None:
                    raise
                return None  # the file host is down too, and the file is not cached: try the cached files
            if source is None:
                return result, ""
            done = "using the best cached file" if result.total_bytes == 0 else "downloaded"
            return result, f"{done} {best.filename}, the best file in {source.text}"

        result: DownloadResult = self._with_listing(
            dataset_name, owner, site=site, use=use, stacklevel=4, timeout=timeout,
            missing=f"neither a saved {dataset_name} listing nor the files downloaded into "
                    f"{self.download_dir / dataset_name} give a file of {label} {owner!r} valid at "
                    f"{when:%Y-%m-%d %H:%M}",
        )
        return result

    def download_best_skymap(
        self, dataset_name: str, site_uid: str, timestamp: TimeLike, overwrite: bool = False,
        timeout: float | None = None,
    ) -> DownloadResult:
        """Download the skymap of ``site_uid`` valid at ``timestamp``: latest start, then highest version.

        One listing request (reused for ``listing_cache_seconds``) and at most one download. Works
        offline once cached: if the listing cannot be had, the best file of the listing saved on disk
        (any age) is returned if it is downloaded or the file host still answers, else the best file
        already in the local dataset folder, with a warning. Raises :class:`NoMatchError` naming the
        nearest candidates. A cached file that fails the integrity check is downloaded again (with a
        warning naming it); offline, it is never returned: the :class:`DownloadError` names it.
        ``timeout`` (seconds to wait for each answer) overrides the client's for this call.

        Example:
            >>> import datetime
            >>> r = Client().download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill",
            ...                                   datetime.datetime(2021, 11, 4))      # doctest: +SKIP
            >>> r.filenames[0].name                                                    # doctest: +SKIP
            'themis_skymap_gill_20210308-+_v02.sav'

        """
        return self._download_best(dataset_name, site_uid, timestamp, overwrite, timeout, site=True, kind=None)

    def download_best_flatfield_calibration(
        self, dataset_name: str, device_uid: str, timestamp: TimeLike, overwrite: bool = False,
        timeout: float | None = None,
    ) -> DownloadResult:
        """Download the flatfield calibration of ``device_uid`` valid at ``timestamp``.

        ``device_uid`` is matched as a substring of the detector serial (``"654"`` -> 15654). Same
        caching and offline behaviour as :meth:`download_best_skymap`.

        Example:
            >>> import datetime
            >>> r = Client().download_best_flatfield_calibration(                 # doctest: +SKIP
            ...     "REGO_CALIBRATION_FLATFIELD_IDLSAV", "654", datetime.datetime(2021, 11, 4))
            >>> r.filenames[0].name                                               # doctest: +SKIP
            'REGO_flatfield_15654_20210806-+_v02.sav'

        """
        return self._download_best_calibration("flatfield", dataset_name, device_uid, timestamp, overwrite,
                                               timeout)

    def download_best_rayleighs_calibration(
        self, dataset_name: str, device_uid: str, timestamp: TimeLike, overwrite: bool = False,
        timeout: float | None = None,
    ) -> DownloadResult:
        """Download the Rayleighs calibration of ``device_uid`` valid at ``timestamp``.

        The Rayleighs twin of :meth:`download_best_flatfield_calibration` (same matching, caching
        and offline behaviour).

        Example:
            >>> r = Client().download_best_rayleighs_calibration(                 # doctest: +SKIP
            ...     "TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV", "216", "2022-03-07")
            >>> r.filenames[0].name.startswith("TREX_NIR_Rayleighs_")            # doctest: +SKIP
            True

        """
        return self._download_best_calibration("rayleighs", dataset_name, device_uid, timestamp, overwrite,
                                               timeout)

    def _download_best_calibration(self, kind: str, dataset_name: str, device_uid: str, timestamp: TimeLike,
                                   overwrite: bool, timeout: float | None) -> DownloadResult:
        """Download the best ``kind`` (``"flatfield"``/``"rayleighs"``) file; refuse the other kind's dataset."""
        other, method = ("RAYLEIGH", "rayleighs") if kind == "flatfield" else ("FLATFIELD", "flatfield")
        if other in str(dataset_name).upper():
            raise InputError(
                f"{dataset_name} holds {'Rayleighs' if kind == 'flatfield' else 'flatfield'} calibrations; use "
                f"download_best_{method}_calibration, or a *_CALIBRATION_{kind.upper()}_IDLSAV dataset."
            )
        return self._download_best(dataset_name, device_uid, timestamp, overwrite, timeout, site=False, kind=kind)

    # ---------------------------------------------------------------- reading
    def _resolve_dataset(self, dataset: Dataset | str) -> Dataset:
        if isinstance(dataset, Dataset):
            return dataset
        if not isinstance(dataset, str) or not dataset.strip():
            raise InputError(f"dataset must be a Dataset or a dataset name, not {dataset!r}.")
        name = dataset.strip().upper()
        with self._lock:
            known = self._datasets.get(name)
        if known is not None:
            return known
        try:
            return self.get_dataset(name)
        except DatasetNotFoundError:
            raise
        except APIError:
            # Offline: a name is all the readers need.
            return Dataset.from_api({"name": name})

    @with_read_parameters
    def read(self, dataset: Dataset | str, file_list: FileList, *args: Any, **options: Any) -> Data:
        """Read downloaded files of ``dataset`` (a Dataset or its name) into a :class:`Data` object.

        pyaurorax's arguments: ``n_parallel`` files are read at once (threads); ``first_record``
        keeps each raw file's first frame; ``no_metadata`` returns raw frames without metadata and
        timestamps; ``start_time``/``end_time`` keep raw frames in that range (ignored, with a
        warning, for skymaps and calibrations); ``quiet`` silences the readers' warnings. Datasets outside
        :meth:`list_supported_read_datasets` are refused up front with a :class:`ReadError`.

        Files inside the download folder are checked: a damaged skymap or calibration is downloaded
        again before it is read, a raw file the reader finds broken is checked and, if damaged,
        downloaded again and the read repeated, each with a one-line warning naming the file.
        Offline, a damaged skymap/calibration raises a :class:`ReadError` naming it (a raw one stays
        in ``problematic_files``): it is never used.

        Example:
            >>> r = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill",  # doctest: +SKIP
            ...                                 "2021-11-04")
            >>> client.read(r.dataset, r.filenames).data[0].site_uid                # doctest: +SKIP
            'gill'

        """
        from .readers import READERS, _as_files, _unsupported
        from .readers import read as _read

        if not isinstance(dataset, (Dataset, str)) and isinstance(getattr(dataset, "name", None), str):
            dataset = str(dataset.name)  # e.g. a pyucalgarysrs Dataset
        name = dataset.name if isinstance(dataset, Dataset) else dataset
        if isinstance(name, str) and name.strip().upper() not in READERS:
            raise _unsupported(name)
        resolved = self._resolve_dataset(dataset)
        if file_list is None:
            raise InputError("read() needs file_list: a path or a list of paths (e.g. DownloadResult.filenames).")
        files = _as_files(file_list)

        def run() -> Data:
            return _read(resolved, files, *args, **options)

        if READERS[resolved.name].kind != "raw":
            self._repair_for_read(resolved, files, strict=True)
            return run()
        data = run()
        broken = [p.filename for p in data.problematic_files]
        if broken and self._repair_for_read(resolved, broken, strict=False):
            data = run()
        return data

    # ---------------------------------------------------------------- device UID
    def find_device_uid(
        self,
        instrument_dataset_or_array: Dataset | str,
        site_uid: str,
        timestamp: TimeLike,
    ) -> tuple[str, str]:
        """Find which camera (device UID, e.g. ``"655"``) a site used at ``timestamp``.

        Lists the raw files of the site from ``timestamp`` to the end of that hour (then of that
        day if the hour is empty), downloads only the first one, and reads only its first frame's
        header (``"Imager unique ID"``, e.g. ``rego-655``). If the header cannot be read, the device
        part of the file name is used. Returns ``(device_uid, source)``, ``source`` saying where
        the UID came from. ``instrument_dataset_or_array`` may be a raw, calibration or skymap dataset
        (name or object) or an instrument array (``"rego"``, ``"trex_nir"``...).

        Example:
            >>> import datetime
            >>> Client().find_device_uid("REGO_CALIBRATION_FLATFIELD_IDLSAV", "resu",
            ...                          datetime.datetime(2021, 11, 4, 6, 0))            # doctest: +SKIP
            ('655', "Imager unique ID 'rego-655' in 20211104_0600_resu_rego-655_6300.pgm.gz")

        """
        name = instrument_dataset_or_array.name if isinstance(instrument_dataset_or_array, Dataset) \
            else instrument_dataset_or_array
        raw = raw_dataset_for(name)
        site = self._check_owner(site_uid, "site_uid").lower()
        when = as_datetime(timestamp).replace(second=0, microsecond=0)
        end_of_hour = when.replace(minute=59, second=59)
        end_of_day = when.replace(hour=23, minute=59, second=59)
        listing = self.get_urls(raw, when, end_of_hour, site_uid=site)
        if not listing.urls and end_of_day > end_of_hour:
            listing = self.get_urls(raw, end_of_hour + _dt.timedelta(seconds=1), end_of_day, site_uid=site)
        if not listing.urls:
            raise NoMatchError(
                f"No {raw} files of site {site!r} from {when:%Y-%m-%d %H:%M} to the end of that day, so the "
                "device UID cannot be found; try another time, or check the site UID.", [])
        first = min(listing.urls, key=lambda u: u.rsplit("/", 1)[-1])
        one = FileListing(urls=[first], path_prefix=listing.path_prefix, count=1, dataset=listing.dataset)
        path = self._download_listing(one, 1, False, True, desc=f"Downloading {raw} files").filenames[0]

        from .readers import device_uid_from_metadata, read_raw

        try:
            data = read_raw([path], first_frame_only=True, dataset=raw)
            imager = data.metadata[0]["Imager unique ID"] if data.metadata else None
        except (ReadError, KeyError, IndexError, OSError, ValueError):
            imager = None
        if imager:
            return device_uid_from_metadata(imager), f"Imager unique ID {imager!r} in {path.name}"
        # Fallback: <YYYYMMDD>_<HHMM>_<site>_<device>_<mode>.<ext>
        parts = path.name.split("_")
        if len(parts) >= 4:
            return device_uid_from_metadata(parts[3]), f"file name {path.name}"
        raise ReadError(f"Cannot find the device UID in {path}: no 'Imager unique ID' in its header and "
                        "no device part in its name.")

