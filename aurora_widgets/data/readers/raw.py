"""Read raw all-sky-imager frames: THEMIS, REGO, TREx NIR and TREx Blue ``.pgm`` / ``.pgm.gz`` / ``.pgm.bz2``.

The result matches pyucalgarysrs 1.28's ``read_themis`` / ``read_rego`` / ``read_trex_nir`` /
``read_trex_blue``: frames (H, W, N) uint16 flipped on axis 0 (REGO also on axis 1), one naive
UTC datetime ("Image request start") and one metadata dict per frame with the same keys and values,
and a ``problematic_files`` entry (instead of an exception) for each file that cannot be read.

It is faster: each file is decompressed in one call, headers are found with ``bytes.find``, and
image bytes go straight from the decompressed buffer into one preallocated array (byte swap and
flip in the same copy). With ``n_parallel > 1`` files are read in threads (zlib releases the GIL),
so no ``if __name__ == "__main__":`` guard is needed.

The returned ``data`` has shape (H, W, N) but is laid out frame by frame (``data[:, :, i]`` is
contiguous, which suits per-frame display); ``np.ascontiguousarray(data)`` gives a C-ordered copy.

Example:
    >>> from aurora_widgets.data.readers import read_raw
    >>> d = read_raw(["20140310_0600_gill_themis19_full.pgm.gz"])   # doctest: +SKIP
    >>> d.data.shape, d.timestamp[0], d.metadata[0]["Imager unique ID"]  # doctest: +SKIP
    ((256, 256, 20), datetime.datetime(2014, 3, 10, 6, 0, 0, 63119), 'themis19')

"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError
from ..models import Data, Dataset, ProblematicFile
from ._files import as_paths, minute_or_skip
from ._pgm import KINDS, Kind, Parsed, StreamError, load_bytes, parse_stream

__all__ = ["RAW_KIND_BY_DATASET", "device_uid_from_metadata", "read_raw"]

#: Which PGM flavour each raw dataset uses.
RAW_KIND_BY_DATASET = {
    "THEMIS_ASI_RAW": "themis",
    "REGO_RAW": "rego",
    "TREX_NIR_RAW": "trex_nir",
    "TREX_BLUE_RAW": "trex_blue",
}

_NAME_HINTS = (("_themis", "themis"), ("_rego-", "rego"), ("_nir-", "trex_nir"), ("_blue-", "trex_blue"))


@dataclass
class _FileResult:
    path: str
    parsed: Parsed | None = None
    buffer: bytes | None = None
    kind: Kind | None = None
    error: str | None = None


def _kind_for(path: str, dataset_kind: str | None) -> Kind:
    if dataset_kind is not None:
        return KINDS[dataset_kind]
    base = os.path.basename(path).lower()
    for hint, kind in _NAME_HINTS:
        if hint in base:
            return KINDS[kind]
    if "rego" in base:
        return KINDS["rego"]
    return KINDS["themis"] if "themis" in base else KINDS["trex_nir"]


def _sniff_kind(buf: bytes) -> Kind | None:
    """Decide from the first header when the file name says nothing."""
    head = buf[:4096]
    if b'#"Exposure plus initial readout"' in head or b'#"Exposure duration plus readout"' in head:
        return KINDS["themis"]
    m = re.search(rb'#"Imager unique ID" *([a-z]+)', head)
    if m:
        return {b"rego": KINDS["rego"], b"nir": KINDS["trex_nir"], b"blue": KINDS["trex_blue"],
                b"themis": KINDS["themis"]}.get(m.group(1))
    return None


def _read_one(path: str, dataset_kind: str | None, first_frame_only: bool,
              start_time: _dt.datetime | None, end_time: _dt.datetime | None) -> _FileResult:
    result = _FileResult(path)
    file_dt = minute_or_skip(path, start_time, end_time)
    if isinstance(file_dt, str):  # no timestamp in the name (a problem), or outside the range (skipped)
        result.error = file_dt or None
        return result
    try:
        buf = load_bytes(path)
        kind = _kind_for(path, dataset_kind)
        if dataset_kind is None and not any(h in os.path.basename(path).lower() for h, _ in _NAME_HINTS):
            kind = _sniff_kind(buf) or kind
        parsed = parse_stream(buf, kind, path, first_frame_only=first_frame_only,
                              start_time=start_time, end_time=end_time)
    except StreamError as err:
        result.error = str(err)
        return result
    if not parsed.offsets and _expect_images(file_dt, start_time, end_time):
        result.error = "no image data"
        return result
    result.parsed, result.buffer, result.kind = parsed, buf, kind
    return result


def _expect_images(file_dt: _dt.datetime, start: _dt.datetime | None, end: _dt.datetime | None) -> bool:
    """When an empty file counts as a problem (pyucalgarysrs's rule, kept as is)."""
    if start is None and end is None:
        return True
    if start is not None and end is not None:
        return start <= file_dt <= end
    if start is not None:
        return file_dt >= start
    return file_dt <= end  # type: ignore[operator]


def read_raw(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    first_frame_only: bool = False,
    n_parallel: int = 1,
    start_time: _dt.datetime | None = None,
    end_time: _dt.datetime | None = None,
    *,
    dataset: Dataset | str | None = None,
) -> Data:
    """Read raw PGM files (one minute each) into one :class:`Data`.

    Args:
        paths: a file or a list of files, e.g. ``20140310_0600_gill_themis19_full.pgm.gz``.
        first_frame_only: keep only the first frame of each file (pyucalgarysrs's ``first_record``).
        n_parallel: threads reading files at once (1 = in this thread).
        start_time: keep frames whose request time, to the second, is at or after this (naive UTC).
        end_time: keep frames whose request time, to the second, is at or before this.
        dataset: the Dataset (or name: ``THEMIS_ASI_RAW``, ``REGO_RAW``, ``TREX_NIR_RAW``,
            ``TREX_BLUE_RAW``) that sets the file flavour; without it the flavour comes from each
            file name (``_themis``, ``_rego-``, ``_nir-``, ``_blue-``), else from the header.

    Returns:
        Data with ``data`` (H, W, N) native uint16 (N = 0 when nothing was read), ``timestamp``,
        ``metadata`` and ``problematic_files`` (unreadable files; reading carries on without them).
        Files whose frame size differs from the first good file's are listed there too.

    Raises:
        InputError: bad arguments (not paths, an unknown dataset, n_parallel < 1).

    Example:
        >>> d = read_raw("20220307_0600_gill_nir-216_8446.pgm.gz")   # doctest: +SKIP
        >>> d.data.shape, d.metadata[0]["Requested Exposure"]         # doctest: +SKIP
        ((256, 256, 10), '5')

    """
    files = as_paths(paths, "read_raw needs a file path or a list of file paths")
    if isinstance(dataset, str):
        dataset = Dataset(name=dataset)
    dataset_kind = None
    if dataset is not None:
        dataset_kind = RAW_KIND_BY_DATASET.get(dataset.name)
        if dataset_kind is None:
            raise InputError(
                f"read_raw reads {', '.join(sorted(RAW_KIND_BY_DATASET))}, not {dataset.name!r}."
            )
    if not isinstance(n_parallel, int) or n_parallel < 1:
        raise InputError(f"n_parallel must be an integer >= 1, not {n_parallel!r}.")

    def work(path: str) -> _FileResult:
        return _read_one(path, dataset_kind, first_frame_only, start_time, end_time)

    if n_parallel == 1 or len(files) == 1:
        return _read_in_order(files, work, dataset_kind, dataset)

    if n_parallel > 1 and len(files) > 1:
        with ThreadPoolExecutor(max_workers=min(n_parallel, len(files))) as pool:
            results = list(pool.map(work, files))
    else:
        results = [work(p) for p in files]

    problematic: list[ProblematicFile] = []
    good: list[_FileResult] = []
    shape: tuple[int, int] | None = None
    for r in results:
        if r.error is not None:
            problematic.append(ProblematicFile(r.path, r.error, "error"))
        elif r.parsed is not None and r.parsed.offsets:
            dims = (r.parsed.height, r.parsed.width)
            if shape is None:
                shape = dims
            if dims != shape:
                problematic.append(ProblematicFile(
                    r.path, f"frame size {dims[1]}x{dims[0]} differs from the first file's "
                    f"{shape[1]}x{shape[0]}; read files of one instrument at a time", "error"))
                continue
            good.append(r)

    total = sum(len(r.parsed.offsets) if r.parsed is not None else 0 for r in good)
    height, width = shape if shape is not None else _default_shape(dataset_kind)
    # Frame-major storage, exposed as (H, W, N): every frame is one contiguous block. Frames are
    # copied as big-endian (a plain copy, fast even from odd offsets) and swapped once at the end.
    store = np.empty((total, height, width), dtype=">u2")
    starts = []
    k = 0
    for r in good:
        starts.append(k)
        k += len(r.parsed.offsets)  # type: ignore[union-attr]

    def copy(args: tuple[int, _FileResult]) -> None:
        first, r = args
        parsed, buf = r.parsed, r.buffer
        assert parsed is not None and buf is not None and r.kind is not None
        count = height * width
        for j, offset in enumerate(parsed.offsets):
            src = np.frombuffer(buf, dtype=">u2", count=count, offset=offset).reshape(height, width)
            store[first + j] = src[::-1, ::-1] if r.kind.flip_east_west else src[::-1]

    if n_parallel > 1 and len(good) > 1:
        with ThreadPoolExecutor(max_workers=min(n_parallel, len(good))) as pool:
            list(pool.map(copy, zip(starts, good, strict=True)))
    else:
        for item in zip(starts, good, strict=True):
            copy(item)

    if not store.dtype.isnative:
        store.byteswap(inplace=True)
        store = store.view(np.uint16)

    timestamps: list[_dt.datetime] = []
    metadata: list[dict[str, str]] = []
    for r in good:
        timestamps.extend(r.parsed.timestamps)  # type: ignore[union-attr]
        metadata.extend(r.parsed.metadata)  # type: ignore[union-attr]
        r.buffer = None
    return Data(
        data=store.transpose(1, 2, 0),
        timestamp=timestamps,
        metadata=metadata,
        problematic_files=problematic,
        calibrated_data=None,
        dataset=dataset,
    )


def _shape_problem(r: _FileResult, shape: tuple[int, int]) -> ProblematicFile | None:
    assert r.parsed is not None
    dims = (r.parsed.height, r.parsed.width)
    if dims == shape:
        return None
    return ProblematicFile(r.path, f"frame size {dims[1]}x{dims[0]} differs from the first file's "
                           f"{shape[1]}x{shape[0]}; read files of one instrument at a time", "error")


def _copy_frames(r: _FileResult, out: np.ndarray) -> None:
    """Copy the file's frames into ``out`` (n, H, W) native uint16: byte swap and flip in one pass."""
    parsed, buf, kind = r.parsed, r.buffer, r.kind
    assert parsed is not None and buf is not None and kind is not None
    height, width = parsed.height, parsed.width
    count = height * width
    for j, offset in enumerate(parsed.offsets):
        src = np.frombuffer(buf, dtype=">u2", count=count, offset=offset).reshape(height, width)
        out[j] = src[::-1, ::-1] if kind.flip_east_west else src[::-1]


def _read_in_order(files: list[str], work: Any, dataset_kind: str | None, dataset: Dataset | None) -> Data:
    """Read files one by one, copying each file's frames while its inflated bytes are still in cache.

    The frame array is sized from the first good file (its frame count times the files left) and
    grown when a later file holds more; each file's buffer is dropped as soon as it is copied, so
    at most one inflated file is held at a time.
    """
    problematic: list[ProblematicFile] = []
    timestamps: list[_dt.datetime] = []
    metadata: list[dict[str, str]] = []
    store: np.ndarray | None = None
    shape: tuple[int, int] | None = None
    k = 0
    for index, path in enumerate(files):
        r = work(path)
        if r.error is not None:
            problematic.append(ProblematicFile(r.path, r.error, "error"))
            continue
        if r.parsed is None or not r.parsed.offsets:
            continue
        if shape is None:
            shape = (r.parsed.height, r.parsed.width)
        wrong = _shape_problem(r, shape)
        if wrong is not None:
            problematic.append(wrong)
            continue
        n = len(r.parsed.offsets)
        if store is None:
            store = np.empty((n * (len(files) - index), *shape), dtype=np.uint16)
        elif k + n > store.shape[0]:
            grown = np.empty((max(2 * store.shape[0], k + n * (len(files) - index)), *shape), dtype=np.uint16)
            grown[:k] = store[:k]
            store = grown
        _copy_frames(r, store[k : k + n])
        k += n
        timestamps.extend(r.parsed.timestamps)
        metadata.extend(r.parsed.metadata)
        r.buffer = None
    if store is None:
        store = np.empty((0, *_default_shape(dataset_kind)), dtype=np.uint16)
    elif k < store.shape[0]:
        store = store[:k].copy() if k < 0.75 * store.shape[0] else store[:k]
    return Data(data=store.transpose(1, 2, 0), timestamp=timestamps, metadata=metadata,
                problematic_files=problematic, calibrated_data=None, dataset=dataset)


def _default_shape(dataset_kind: str | None) -> tuple[int, int]:
    return {"rego": (512, 512), "trex_blue": (270, 320)}.get(dataset_kind or "", (256, 256))


_UID_RE = re.compile(r"^(?:rego|nir|blue|themis|rgb|spect|smile)-?(\d+)$")


def device_uid_from_metadata(value: Mapping[str, Any] | str) -> str:
    """Return the device number in a frame's metadata dict or in an imager uid string.

    "rego-655" -> "655", "nir-216" -> "216", "blue-814" -> "814", "themis19" -> "19". This is the
    number in the imager uid; calibration files are keyed by the camera serial number instead
    (``metadata["Camera Serial Number"]`` for REGO/TREx).

    Raises:
        InputError: no ``Imager unique ID`` in the dict, or a uid that has no device number.

    Example:
        >>> device_uid_from_metadata("rego-655"), device_uid_from_metadata({"Imager unique ID": "themis19"})
        ('655', '19')

    """
    if isinstance(value, Mapping):
        uid = value.get("Imager unique ID")
        if uid is None:
            raise InputError(
                "The metadata has no 'Imager unique ID' (keys: "
                f"{', '.join(list(value)[:8])}...). Pass one frame's metadata dict from read_raw()."
            )
    elif isinstance(value, str):
        uid = value
    else:
        raise InputError(f"Expected a metadata dict or an imager uid string, not {type(value).__name__}.")
    m = _UID_RE.match(str(uid).strip().lower())
    if m is None:
        raise InputError(
            f"Cannot take a device number from imager uid {uid!r}; expected forms like 'rego-655', "
            "'nir-216', 'blue-814' or 'themis19'."
        )
    return m.group(1)
