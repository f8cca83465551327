"""``Client.readers``: pyaurorax's ``data.ucalgary.readers`` (read_themis, read_skymap, ...) on our readers.

Each call has pyaurorax 1.27's name, parameters and defaults, and goes through
:meth:`Client.read <aurora_widgets.data.client.Client.read>`, so cached files are checked and
repaired as there. Readers of formats not read here (``read_grid``, ``read_smile``,
``read_trex_rgb``, ``read_trex_spectrograph``) exist and raise our :class:`ReadError` naming what
can be read, never a TypeError or an AttributeError.

Example:
    >>> from aurora_widgets.data import Client
    >>> Client().readers.is_supported("REGO_RAW")
    True
    >>> data = Client().readers.read_themis(["20211104_0600_gill_themis19_full.pgm.gz"])  # doctest: +SKIP

"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .models import Data, Dataset

if TYPE_CHECKING:
    from .client import Client

__all__ = ["ReadManager"]

FileList = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def _frame_reader(name: str, doc: str, readable: bool = True) -> Callable[..., Data]:
    """Make one of pyaurorax's ``read_<instrument>`` methods: one signature for all of them.

    ``readable=False``: files this package does not read; the method raises our ReadError.
    """

    def method(self: ReadManager, file_list: FileList, n_parallel: int = 1, first_record: bool = False,
               no_metadata: bool = False, start_time: _dt.datetime | None = None,
               end_time: _dt.datetime | None = None, quiet: bool = False, dataset: Any = None) -> Data:
        if not readable:
            from .readers import _unsupported

            raise _unsupported(getattr(dataset, "name", None) or name)
        return self._raw(name, file_list, n_parallel, first_record, no_metadata, start_time, end_time, quiet,
                         dataset)

    method.__doc__ = doc
    return method


class ReadManager:
    """The readers of one :class:`Client` (``client.readers``), with pyaurorax's names.

    Example:
        >>> from aurora_widgets.data import Client
        >>> "TREX_NIR_RAW" in Client().readers.list_supported_datasets()
        True

    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def is_supported(self, dataset_name: str) -> bool:
        """Return True when files of ``dataset_name`` can be read (see ``Client.is_read_supported``)."""
        return self._client.is_read_supported(dataset_name)

    def list_supported_datasets(self) -> list[str]:
        """Return the readable dataset names, sorted."""
        return self._client.list_supported_read_datasets()

    def read(self, dataset: Dataset | str, file_list: FileList, n_parallel: int = 1, first_record: bool = False,
             no_metadata: bool = False, start_time: _dt.datetime | None = None,
             end_time: _dt.datetime | None = None, quiet: bool = False) -> Data:
        """Read files of ``dataset``: :meth:`Client.read <aurora_widgets.data.client.Client.read>`."""
        return self._client.read(dataset, file_list, n_parallel=n_parallel, first_record=first_record,
                                 no_metadata=no_metadata, start_time=start_time, end_time=end_time, quiet=quiet)

    def _raw(self, name: str, file_list: FileList, n_parallel: int, first_record: bool, no_metadata: bool,
             start_time: _dt.datetime | None, end_time: _dt.datetime | None, quiet: bool,
             dataset: Any) -> Data:
        return self.read(dataset if dataset is not None else name, file_list, n_parallel, first_record,
                         no_metadata, start_time, end_time, quiet)

    def read_skymap(self, file_list: FileList, n_parallel: int = 1, quiet: bool = False,
                    dataset: Any = None) -> Data:
        """Read skymap files; without ``dataset`` the project comes from each file name."""
        return self._files("read_skymap", file_list, n_parallel, quiet, dataset)

    def read_calibration(self, file_list: FileList, n_parallel: int = 1, quiet: bool = False,
                         dataset: Any = None) -> Data:
        """Read calibration files; without ``dataset`` the kind comes from each file name."""
        return self._files("read_calibration", file_list, n_parallel, quiet, dataset)

    def _files(self, reader: str, file_list: FileList, n_parallel: int, quiet: bool, dataset: Any) -> Data:
        """Through :meth:`read` when ``dataset`` is given, else each file by ``readers.<reader>``."""
        if dataset is not None:
            return self.read(dataset, file_list, n_parallel=n_parallel, quiet=quiet)
        from . import readers

        files = readers._as_files(file_list)
        return Data(data=readers._in_threads(getattr(readers, reader), files, n_parallel), dataset=None)

    read_themis = _frame_reader("THEMIS_ASI_RAW", "Read THEMIS ASI raw files (``THEMIS_ASI_RAW`` unless "
                                "``dataset`` says otherwise).")
    read_rego = _frame_reader("REGO_RAW", "Read REGO raw files (``REGO_RAW``).")
    read_trex_nir = _frame_reader("TREX_NIR_RAW", "Read TREx NIR raw files (``TREX_NIR_RAW``).")
    read_trex_blue = _frame_reader("TREX_BLUE_RAW", "Read TREx Blueline raw files (``TREX_BLUE_RAW``).")
    read_smile = _frame_reader("SMILE_ASI_RAW", "Read SMILE ASI raw files, once a reader for them is in the "
                               "table; until then a ReadError.")
    read_trex_rgb = _frame_reader("TREX_RGB_RAW_NOMINAL", "Read TREx RGB raw files, once a reader for them is "
                                  "in the table; until then a ReadError.")
    read_grid = _frame_reader("*_GRID_* files", "Not read here (grid files): raises :class:`ReadError` naming "
                              "the readable datasets.", readable=False)
    read_trex_spectrograph = _frame_reader("TREX_SPECT_RAW", "Not read here (spectrograph files): raises "
                                           ":class:`ReadError` naming the readable datasets.", readable=False)
