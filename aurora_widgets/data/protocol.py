"""The one type widgets hold a data client as: :class:`DataClient`, what :class:`Client` offers them.

Widgets never ask a client whether it has a method (no ``hasattr``) nor retry a call without an
argument (no ``TypeError`` retries): they call these methods, so a widget works offline exactly
when the :class:`~aurora_widgets.data.Client` does. Test stand-ins implement the methods the widget
under test calls.

Example:
    >>> from aurora_widgets.data import Client
    >>> client: DataClient = Client(download_dir="/tmp/aurora-doctest")
    >>> client.cached_path("REGO_SKYMAP_IDLSAV", "nothing.sav") is None
    True

"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .client import TimeLike
    from .models import Candidates, Data, Dataset, DownloadResult, FileListing, Observatory
    from .readers import FileList

__all__ = ["DataClient"]


class DataClient(Protocol):
    """The methods of :class:`~aurora_widgets.data.Client` that the widgets use (pyaurorax names).

    Example:
        >>> from aurora_widgets.data import Client
        >>> isinstance(Client, type) and hasattr(DataClient, "list_skymaps")
        True

    """

    @property
    def api_url(self) -> str:
        """Return the data API's base URL."""

    @property
    def download_dir(self) -> Path:
        """Return where downloaded files go (``<download_dir>/<DATASET>/...``)."""

    def list_datasets(self, name: str | None = None, level: str | None = None,
                      timeout: float | None = None) -> list[Dataset]:
        """Return every dataset the API lists (optionally filtered)."""

    def list_observatories(self, instrument_array: str, uid: str | None = None,
                           timeout: float | None = None) -> list[Observatory]:
        """Return the observatories (sites) of an instrument array."""

    def get_urls(self, dataset_name: str, start: TimeLike, end: TimeLike, site_uid: str | None = None,
                 device_uid: str | None = None, timeout: float | None = None) -> FileListing:
        """Return the file URLs of a dataset between two times."""

    def cached_path(self, dataset_name: str, filename: str) -> Path | None:
        """Return where a file already is under the download folder (no request), or None."""

    def download(self, dataset_name: str, start: TimeLike, end: TimeLike, site_uid: str | None = None,
                 device_uid: str | None = None, n_parallel: int = 5, overwrite: bool = False,
                 progress_bar_disable: bool = False, progress_bar_ncols: int | None = None,
                 progress_bar_ascii: str | None = None, progress_bar_desc: str | None = None,
                 timeout: float | None = None) -> DownloadResult:
        """Download a dataset's files between two times."""

    def download_using_urls(self, file_listing_response: FileListing, n_parallel: int = 5, overwrite: bool = False,
                            progress_bar_disable: bool = False, progress_bar_ncols: int | None = None,
                            progress_bar_ascii: str | None = None, progress_bar_desc: str | None = None,
                            timeout: float | None = None) -> DownloadResult:
        """Download the files of a listing."""

    def list_skymaps(self, dataset_name: str, site_uid: str, timestamp: TimeLike | None = None) -> Candidates:
        """Return every skymap of a site with the best one for ``timestamp`` (offline fallback included)."""

    def list_calibrations(self, dataset_name: str, device_uid: str,
                          timestamp: TimeLike | None = None) -> Candidates:
        """Return every calibration file of a device with the best one (offline fallback included)."""

    def download_best_skymap(self, dataset_name: str, site_uid: str, timestamp: TimeLike,
                             overwrite: bool = False, timeout: float | None = None) -> DownloadResult:
        """Download the skymap of a site valid at ``timestamp`` (no progress bar: one file)."""

    def read(self, dataset: Dataset | str, file_list: FileList, n_parallel: int = 1, first_record: bool = False,
             no_metadata: bool = False, start_time: _dt.datetime | None = None,
             end_time: _dt.datetime | None = None, quiet: bool = False) -> Data:
        """Read downloaded files of a dataset (pyaurorax's ``read`` arguments)."""

    def find_device_uid(self, instrument_dataset_or_array: Dataset | str, site_uid: str,
                        timestamp: TimeLike) -> tuple[str, str]:
        """Return which camera a site used at ``timestamp``: ``(device_uid, source)``."""
