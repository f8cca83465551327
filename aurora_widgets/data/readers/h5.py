"""Read colour HDF5 minute files: TREx RGB nominal (``..._rgb-04_full.h5``) and SMILE raw (``....h5``).

The result matches pyucalgarysrs 1.28's ``read_trex_rgb`` (``.h5`` files) and ``read_smile``:
``data`` is (H, W, 3, N) uint8 flipped north/south (axis 0) so ``imshow(origin="lower")`` shows
north up, one naive-UTC timestamp per frame (RGB: ``image_request_start_timestamp``; SMILE:
``image_request_start``), one metadata dict per frame (the file's attributes updated with the
frame's; SMILE unwraps one-element arrays as pyucalgarysrs does), and a ``problematic_files``
entry instead of an exception for each file that cannot be read.

Files are selected by the ``YYYYMMDD_HHMM`` at the start of their name and frames by their
timestamp (rounded down to the second), both bounds inclusive, like pyucalgarysrs. h5py is
imported on first use only.

Example:
    >>> d = read_h5(["20211104_0600_gill_rgb-04_full.h5"], "TREX_RGB_RAW_NOMINAL")   # doctest: +SKIP
    >>> d.data.shape, d.timestamp[0]                                                # doctest: +SKIP
    ((480, 553, 3, 20), datetime.datetime(2021, 11, 4, 6, 0))

"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError
from ..models import Data, Dataset, ProblematicFile
from ._files import minute_or_skip

__all__ = ["H5_DATASETS", "read_h5", "read_h5_files"]

#: The HDF5 raw datasets and the per-frame key holding each frame's start.
H5_DATASETS = {"TREX_RGB_RAW_NOMINAL": "image_request_start_timestamp", "SMILE_ASI_RAW": "image_request_start"}
_STAMP = "%Y-%m-%d %H:%M:%S.%f UTC"


@dataclass
class _One:
    path: str
    images: np.ndarray | None = None
    metadata: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def _unwrap(value: Any) -> Any:
    if isinstance(value, np.ndarray) and value.shape == (1,):
        return value[0]
    return value


def _read_one(
    path: str,
    smile: bool,
    first: bool,
    start: _dt.datetime | None,
    end: _dt.datetime | None,
) -> _One:
    import h5py

    out = _One(path)
    if isinstance(skip := minute_or_skip(path, start, end), str):
        out.error = skip or None
        return out
    try:
        with h5py.File(path, "r") as f:
            images = f["data"]["images"]
            stamps = f["data"]["timestamp"][:1] if first else f["data"]["timestamp"][:]
            if start is None and end is None:
                idx = list(range(len(stamps)))
            else:
                idx = []
                for i, raw in enumerate(stamps):
                    t = _dt.datetime.strptime(raw.decode(), _STAMP).replace(microsecond=0)
                    if (start is None or t >= start) and (end is None or t <= end):
                        idx.append(i)
            if not idx:
                return out
            # a single-frame file has no frame axis
            data = images[:, :, :][:, :, :, None] if images.ndim == 3 else images[:, :, :, idx]
            file_md = {k: (_unwrap(v) if smile else v) for k, v in f["metadata"]["file"].attrs.items()}
            frames = f["metadata"]["frame"]
            key = H5_DATASETS["SMILE_ASI_RAW" if smile else "TREX_RGB_RAW_NOMINAL"]
            for i in idx:
                md = dict(file_md)
                for k, v in frames[f"frame{i}"].attrs.items():
                    md[k] = _unwrap(v) if smile else v
                if key not in md:
                    raise ValueError(f"frame {i} has no {key!r} attribute")
                out.metadata.append(md)
        out.images = np.ascontiguousarray(np.asarray(data, dtype=np.uint8)[::-1])
    except Exception as err:  # any unreadable file becomes a problematic file
        out.error = f"error reading image file: {err}"
        out.metadata = []
    return out


def read_h5(
    filenames: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    dataset: Dataset | str,
    *,
    first_frame_only: bool = False,
    n_parallel: int = 1,
    start_time: _dt.datetime | None = None,
    end_time: _dt.datetime | None = None,
) -> Data:
    """Read TREx RGB nominal or SMILE raw ``.h5`` minute files into one :class:`Data`.

    Args:
        filenames: one path or several.
        dataset: ``TREX_RGB_RAW_NOMINAL`` or ``SMILE_ASI_RAW`` (a name or a Dataset).
        first_frame_only: keep the first frame of each file.
        n_parallel: threads (h5py reads release the GIL for the pixel copy).
        start_time: keep frames from this time on (inclusive, naive UTC).
        end_time: keep frames up to this time (inclusive).

    Returns:
        Data with ``data`` (H, W, 3, N) uint8 (north up with ``origin="lower"``), timestamps,
        metadata and problematic files; ``(0, 0, 0, 0)`` when nothing was read.

    Raises:
        InputError: another dataset, or a bad ``n_parallel``.

    Example:
        >>> d = read_h5("20250101_0600_gill_smile-31_rgb-full.h5", "SMILE_ASI_RAW")   # doctest: +SKIP
        >>> d.metadata[0]["project_unique_id"]                                      # doctest: +SKIP
        'smile'

    """
    ds = dataset if isinstance(dataset, Dataset) else Dataset(name=str(dataset), file_reading_supported=True)
    if ds.name not in H5_DATASETS:
        raise InputError(f"read_h5 reads {', '.join(sorted(H5_DATASETS))}, not {ds.name!r}.")
    if not isinstance(n_parallel, int) or n_parallel < 1:
        raise InputError(f"n_parallel must be an integer >= 1, not {n_parallel!r}.")
    files = [os.fspath(filenames)] if isinstance(filenames, (str, os.PathLike)) else [
        os.fspath(f) for f in filenames
    ]
    smile = ds.name == "SMILE_ASI_RAW"

    def work(path: str) -> _One:
        return _read_one(path, smile, first_frame_only, start_time, end_time)

    if n_parallel > 1 and len(files) > 1:
        with ThreadPoolExecutor(max_workers=min(n_parallel, len(files))) as pool:
            results = list(pool.map(work, files))
    else:
        results = [work(p) for p in files]
    problematic = [ProblematicFile(r.path, r.error, "error") for r in results if r.error is not None]
    good = [r for r in results if r.images is not None]
    images = [r.images for r in good if r.images is not None]
    if images:
        shape = images[0].shape[:3]
        for r, img in zip(good, images, strict=True):
            if img.shape[:3] != shape:
                problematic.append(ProblematicFile(
                    r.path, f"image size {img.shape[:3]} differs from the first file's {shape}; "
                    "read files of one imager at a time", "error"))
        good = [r for r, img in zip(good, images, strict=True) if img.shape[:3] == shape]
        data = np.concatenate([img for img in images if img.shape[:3] == shape], axis=3)
    else:
        data = np.empty((0, 0, 0, 0), dtype=np.uint8)
    key = H5_DATASETS[ds.name]
    metadata = [m for r in good for m in r.metadata]
    timestamps = [_dt.datetime.strptime(str(m[key]), _STAMP) for m in metadata if key in m]
    return Data(data=data, timestamp=timestamps, metadata=metadata, problematic_files=problematic,
                calibrated_data=None, dataset=ds)


def read_h5_files(files: list[str], dataset: Dataset, options: Any) -> Data:
    """Read HDF5 files with the options of one ``read()`` call (a row of the readers table).

    ``options`` has pyucalgarysrs's read options as attributes (``n_parallel``, ``first_record``,
    ``no_metadata``, ``start_time``, ``end_time``); ``no_metadata`` drops metadata and timestamps.

    Example:
        >>> from types import SimpleNamespace
        >>> opts = SimpleNamespace(n_parallel=1, first_record=False, no_metadata=False,
        ...                        start_time=None, end_time=None)
        >>> read_h5_files([], Dataset(name="SMILE_ASI_RAW"), opts).data.shape
        (0, 0, 0, 0)

    """
    data = read_h5(files, dataset, first_frame_only=bool(getattr(options, "first_record", False)),
                   n_parallel=int(getattr(options, "n_parallel", 1)),
                   start_time=getattr(options, "start_time", None), end_time=getattr(options, "end_time", None))
    if getattr(options, "no_metadata", False):
        data.metadata, data.timestamp = [], []
    return data
