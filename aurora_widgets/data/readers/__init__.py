"""Readers for UCalgary files: skymaps and calibrations (IDL ``.sav``) and raw frames (PGM).

``read(dataset, filenames)`` picks the reader from the dataset name, like pyucalgarysrs's
``data.readers``. The single readers are here too: :func:`read_skymap`, :func:`read_calibration`,
:func:`read_raw`, and :func:`device_uid_from_metadata`.

Example:
    >>> from aurora_widgets.data.readers import read
    >>> data = read("THEMIS_ASI_SKYMAP_IDLSAV", ["themis_skymap_gako_20110305-+_vXX.sav"])  # doctest: +SKIP
    >>> data.data[0].site_uid                                                              # doctest: +SKIP
    'gako'

"""

from __future__ import annotations

import datetime as _dt
import os
import warnings
from collections.abc import Iterable
from typing import Any

from ..errors import ReadError
from ..models import (
    CALIBRATION_DATASETS,
    H5_RAW_DATASETS,
    RAW_DATASETS,
    READABLE_DATASETS,
    SKYMAP_DATASETS,
    Data,
    Dataset,
)
from .calibration import clear_calibration_cache, read_calibration
from .h5 import read_h5
from .raw import device_uid_from_metadata, read_raw
from .skymap import clear_skymap_cache, read_skymap

__all__ = [
    "clear_calibration_cache",
    "clear_skymap_cache",
    "device_uid_from_metadata",
    "read",
    "read_calibration",
    "read_h5",
    "read_raw",
    "read_skymap",
]


def read(
    dataset: Dataset | str,
    filenames: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    n_parallel: int = 1,
    first_record: bool = False,
    start_time: _dt.datetime | None = None,
    end_time: _dt.datetime | None = None,
    **kw: Any,
) -> Data:
    """Read files of one dataset into a :class:`Data`.

    Args:
        dataset: a Dataset or its name, e.g. ``"REGO_SKYMAP_IDLSAV"``, ``"TREX_NIR_RAW"``.
        filenames: one path or a list of paths (e.g. ``DownloadResult.filenames``).
        n_parallel: threads used for raw files.
        first_record: raw files only: keep the first frame of each file.
        start_time: raw files only: keep frames at or after this time (naive UTC).
        end_time: raw files only: keep frames at or before this time.
        **kw: ``first_frame_only`` is accepted as another name for ``first_record``.

    Returns:
        Data: ``data`` is a list of Skymap / Calibration objects (in file order) or an (H, W, N)
        uint16 array of frames; ``dataset`` is set.

    Raises:
        ReadError: the dataset is not readable here (the message lists those that are), or a
            skymap/calibration file cannot be read. Unreadable raw files go to
            ``problematic_files`` instead.

    Example:
        >>> d = read("TREX_NIR_RAW", ["20220307_0600_gill_nir-216_8446.pgm.gz"])  # doctest: +SKIP
        >>> d.data.shape                                                       # doctest: +SKIP
        (256, 256, 10)

    """
    if isinstance(dataset, str):
        dataset = Dataset(name=dataset, file_reading_supported=dataset in READABLE_DATASETS)
    if not isinstance(dataset, Dataset) and hasattr(dataset, "name"):
        dataset = Dataset(name=str(dataset.name))  # e.g. a pyucalgarysrs Dataset
    name = getattr(dataset, "name", None)
    first_record = bool(kw.pop("first_frame_only", first_record))
    if kw:
        raise TypeError(f"read() got unexpected keyword arguments: {', '.join(sorted(kw))}")
    files = [os.fspath(filenames)] if isinstance(filenames, (str, os.PathLike)) else [
        os.fspath(f) for f in filenames
    ]
    if name in SKYMAP_DATASETS or name in CALIBRATION_DATASETS:
        if start_time is not None or end_time is not None:
            warnings.warn("start_time/end_time are ignored when reading skymap or calibration files.",
                          UserWarning, stacklevel=2)
        if name in SKYMAP_DATASETS:
            items: list[Any] = [read_skymap(f) for f in files]
        else:
            items = [read_calibration(f, dataset=dataset) for f in files]
        return Data(data=items, dataset=dataset)
    if name in RAW_DATASETS:
        return read_raw(files, first_frame_only=first_record, n_parallel=n_parallel,
                        start_time=start_time, end_time=end_time, dataset=dataset)
    if name == "TREX_SPECT_SKYMAP_IDLSAV":
        raise ReadError(
            "TREX_SPECT_SKYMAP_IDLSAV: spectrograph skymaps (a 1-D elevation along the slit, no azimuth) "
            "are not supported for previews or maps here. read_skymap(path) reads one into a Skymap "
            "whose full_azimuth is None; for imager skymaps use e.g. TREX_RGB_SKYMAP_IDLSAV."
        )
    if name in H5_RAW_DATASETS:
        return read_h5(files, dataset, first_frame_only=first_record, n_parallel=n_parallel,
                       start_time=start_time, end_time=end_time)
    raise ReadError(
        f"Dataset {name!r} cannot be read by aurora-widgets. Readable datasets: "
        f"{', '.join(sorted(READABLE_DATASETS))}."
    )
