"""Readers for UCalgary files: skymaps and calibrations (IDL ``.sav``) and raw frames (PGM).

``read(dataset, file_list)`` picks the reader from :data:`READERS`, the one table of readable
datasets (``is_read_supported``, ``list_supported_read_datasets`` and ``Dataset.file_reading_supported``
all use it). Adding a reader is adding one row: ``"NAME": ReaderSpec("raw", read_function)``, where
``read_function(files, dataset, options)`` returns a :class:`Data`. The single readers are here too:
:func:`read_skymap`, :func:`read_calibration`, :func:`read_raw`, and :func:`device_uid_from_metadata`.

Example:
    >>> from aurora_widgets.data.readers import read, is_read_supported
    >>> is_read_supported("REGO_RAW"), is_read_supported("REGO_DAILY_KEOGRAM_JPG")
    (True, False)
    >>> data = read("THEMIS_ASI_SKYMAP_IDLSAV", ["themis_skymap_gako_20110305-+_vXX.sav"])  # doctest: +SKIP
    >>> data.data[0].site_uid                                                              # doctest: +SKIP
    'gako'

"""

from __future__ import annotations

import datetime as _dt
import inspect
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, ReadError
from ..models import Data, Dataset
from ._files import FileList, as_paths
from .calibration import clear_calibration_cache, read_calibration
from .h5 import read_h5, read_h5_files
from .raw import device_uid_from_metadata, read_raw
from .skymap import clear_skymap_cache, read_skymap

__all__ = [
    "READERS",
    "FileList",
    "ReadOptions",
    "ReaderSpec",
    "clear_calibration_cache",
    "clear_skymap_cache",
    "device_uid_from_metadata",
    "is_read_supported",
    "list_supported_read_datasets",
    "read",
    "read_calibration",
    "read_h5",
    "read_raw",
    "read_skymap",
]


@dataclass(frozen=True)
class ReadOptions:
    """The options of one :func:`read` call (pyucalgarysrs's names and defaults).

    Example:
        >>> ReadOptions(n_parallel=2).first_record
        False

    """

    n_parallel: int = 1
    first_record: bool = False
    no_metadata: bool = False
    start_time: _dt.datetime | None = None
    end_time: _dt.datetime | None = None
    quiet: bool = False


#: A reader: ``(files, dataset, options) -> Data``.
ReadFunction = Callable[[list[str], Dataset, ReadOptions], Data]


@dataclass(frozen=True)
class ReaderSpec:
    """One row of :data:`READERS`: the kind of file (``skymap``, ``calibration``, ``raw``...) and its reader.

    Example:
        >>> READERS["REGO_RAW"].kind
        'raw'

    """

    kind: str
    read: ReadFunction


def _in_threads(fn: Callable[[str], Any], files: list[str], n_parallel: int) -> list[Any]:
    if n_parallel > 1 and len(files) > 1:
        with ThreadPoolExecutor(max_workers=min(n_parallel, len(files))) as pool:
            return list(pool.map(fn, files))
    return [fn(f) for f in files]


def _warn_times(options: ReadOptions, what: str) -> None:
    if not options.quiet and (options.start_time is not None or options.end_time is not None):
        warnings.warn(f"start_time/end_time are ignored when reading {what} files.", UserWarning, stacklevel=4)


def _read_skymaps(files: list[str], dataset: Dataset, options: ReadOptions) -> Data:
    _warn_times(options, "skymap")
    return Data(data=_in_threads(read_skymap, files, options.n_parallel), dataset=dataset)


def _read_calibrations(files: list[str], dataset: Dataset, options: ReadOptions) -> Data:
    _warn_times(options, "calibration")
    items = _in_threads(lambda f: read_calibration(f, dataset=dataset), files, options.n_parallel)
    return Data(data=items, dataset=dataset)


def _read_pgm(files: list[str], dataset: Dataset, options: ReadOptions) -> Data:
    data = read_raw(files, first_frame_only=options.first_record, n_parallel=options.n_parallel,
                    start_time=options.start_time, end_time=options.end_time, dataset=dataset)
    if options.no_metadata:  # as pyucalgarysrs: neither metadata nor timestamps
        data.metadata, data.timestamp = [], []
    return data


_SKYMAP = ReaderSpec("skymap", _read_skymaps)
_CALIBRATION = ReaderSpec("calibration", _read_calibrations)
_RAW_PGM = ReaderSpec("raw", _read_pgm)
_RAW_H5 = ReaderSpec("raw", read_h5_files)

#: The one table of readable datasets: dataset name -> reader. Every other dataset is refused by
#: :func:`read` up front, with the list of these names.
READERS: dict[str, ReaderSpec] = {
    "REGO_SKYMAP_IDLSAV": _SKYMAP,
    "THEMIS_ASI_SKYMAP_IDLSAV": _SKYMAP,
    "TREX_BLUE_SKYMAP_IDLSAV": _SKYMAP,
    "TREX_NIR_SKYMAP_IDLSAV": _SKYMAP,
    "TREX_RGB_SKYMAP_IDLSAV": _SKYMAP,
    "SMILE_ASI_SKYMAP_IDLSAV": _SKYMAP,
    "REGO_CALIBRATION_FLATFIELD_IDLSAV": _CALIBRATION,
    "REGO_CALIBRATION_RAYLEIGHS_IDLSAV": _CALIBRATION,
    "TREX_BLUE_CALIBRATION_FLATFIELD_IDLSAV": _CALIBRATION,
    "TREX_BLUE_CALIBRATION_RAYLEIGHS_IDLSAV": _CALIBRATION,
    "TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV": _CALIBRATION,
    "TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV": _CALIBRATION,
    "THEMIS_ASI_RAW": _RAW_PGM,
    "REGO_RAW": _RAW_PGM,
    "TREX_NIR_RAW": _RAW_PGM,
    "TREX_BLUE_RAW": _RAW_PGM,
    "TREX_RGB_RAW_NOMINAL": _RAW_H5,
    "SMILE_ASI_RAW": _RAW_H5,
}


def list_supported_read_datasets() -> list[str]:
    """Return the names of the datasets :func:`read` can read, sorted (pyaurorax's call).

    Example:
        >>> "THEMIS_ASI_RAW" in list_supported_read_datasets()
        True

    """
    return sorted(READERS)


def is_read_supported(dataset_name: str) -> bool:
    """Return True when :func:`read` can read files of ``dataset_name`` (case-insensitive).

    Example:
        >>> is_read_supported("trex_nir_raw"), is_read_supported("THEMIS_ASI_DAILY_KEOGRAM_JPG")
        (True, False)

    """
    return isinstance(dataset_name, str) and dataset_name.strip().upper() in READERS


def _unsupported(name: object) -> ReadError:
    return ReadError(
        f"Dataset {name!r} cannot be read by aurora-widgets (its files may be plain images such as JPG or "
        f"PNG, or a format without a reader here). Readable datasets: {', '.join(list_supported_read_datasets())}."
    )


def _as_files(filenames: FileList) -> list[str]:
    return as_paths(filenames, "file_list must be a path or a list of paths")


def read(
    dataset: Dataset | str,
    file_list: FileList,
    n_parallel: int = 1,
    first_record: bool = False,
    no_metadata: bool = False,
    start_time: _dt.datetime | None = None,
    end_time: _dt.datetime | None = None,
    quiet: bool = False,
    **kw: Any,
) -> Data:
    """Read files of one dataset into a :class:`Data` (pyucalgarysrs's ``read``, same arguments).

    Args:
        dataset: a Dataset or its name, e.g. ``"REGO_SKYMAP_IDLSAV"``, ``"TREX_NIR_RAW"``.
        file_list: one path or a list of paths (e.g. ``DownloadResult.filenames``).
        n_parallel: files read at once, in threads (every kind of file).
        first_record: raw files only: keep the first frame of each file.
        no_metadata: raw files only: return no metadata and no timestamps (as pyucalgarysrs).
        start_time: raw files only: keep frames at or after this time (naive UTC).
        end_time: raw files only: keep frames at or before this time.
        quiet: no warnings from the reader (e.g. about ignored start/end times).
        **kw: ``first_frame_only`` is accepted as another name for ``first_record``.

    Returns:
        Data: ``data`` is a list of Skymap / Calibration objects (in file order) or an (H, W, N)
        uint16 array of frames; ``dataset`` is set.

    Raises:
        ReadError: the dataset is not in :data:`READERS` (the message lists those that are), or a
            skymap/calibration file cannot be read. Unreadable raw files go to
            ``problematic_files`` instead.

    Example:
        >>> d = read("TREX_NIR_RAW", ["20220307_0600_gill_nir-216_8446.pgm.gz"])  # doctest: +SKIP
        >>> d.data.shape                                                       # doctest: +SKIP
        (256, 256, 10)

    """
    first_record = bool(kw.pop("first_frame_only", first_record))
    if kw:
        raise InputError(f"read() got unexpected keyword arguments: {', '.join(sorted(kw))}; it takes "
                         "dataset, file_list, n_parallel, first_record, no_metadata, start_time, end_time, quiet.")
    if file_list is None:
        raise InputError("read() needs file_list: a path or a list of paths (e.g. DownloadResult.filenames).")
    if isinstance(dataset, str):
        name = dataset.strip().upper()
        dataset = Dataset(name=name, file_reading_supported=name in READERS)
    elif not isinstance(dataset, Dataset) and hasattr(dataset, "name"):
        dataset = Dataset(name=str(dataset.name))  # e.g. a pyucalgarysrs Dataset
    if not isinstance(dataset, Dataset):
        raise InputError(f"dataset must be a Dataset or a dataset name, not {type(dataset).__name__}.")
    spec = READERS.get(dataset.name)
    if dataset.name == "TREX_SPECT_SKYMAP_IDLSAV":
        raise ReadError(
            "TREX_SPECT_SKYMAP_IDLSAV: spectrograph skymaps (a 1-D elevation along the slit, no azimuth) "
            "are not supported for previews or maps here. read_skymap(path) reads one into a Skymap "
            "whose full_azimuth is None; for imager skymaps use e.g. TREX_RGB_SKYMAP_IDLSAV."
        )
    if spec is None:
        raise _unsupported(dataset.name)
    if not isinstance(n_parallel, int) or isinstance(n_parallel, bool) or n_parallel < 1:
        raise InputError(f"n_parallel must be a whole number >= 1, not {n_parallel!r}.")
    options = ReadOptions(n_parallel, bool(first_record), bool(no_metadata), start_time, end_time, bool(quiet))
    if quiet:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return spec.read(_as_files(file_list), dataset, options)
    return spec.read(_as_files(file_list), dataset, options)


def with_read_parameters(method: Callable[..., Data]) -> Callable[..., Data]:
    """Give a method :func:`read`'s parameters after ``self``: pyucalgarysrs's one signature, kept in one place.

    The method takes ``(self, dataset, file_list, *args, **options)`` and passes them on to
    :func:`read`, which checks them; ``inspect.signature`` (and so help and the pyaurorax parity
    test) shows :func:`read`'s names and defaults.

    Example:
        >>> import inspect
        >>> class Reader:
        ...     @with_read_parameters
        ...     def read(self, dataset, file_list, *args, **options):
        ...         return read(dataset, file_list, *args, **options)
        >>> list(inspect.signature(Reader().read).parameters)[:4]
        ['dataset', 'file_list', 'n_parallel', 'first_record']

    """
    sig = inspect.signature(read)
    me = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    method.__signature__ = sig.replace(parameters=[me, *sig.parameters.values()])  # type: ignore[attr-defined]
    return method
