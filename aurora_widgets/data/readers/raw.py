"""Read raw all-sky-imager frames: THEMIS, REGO, TREx NIR and TREx Blue ``.pgm`` / ``.pgm.gz`` / ``.pgm.bz2``.

The result matches pyucalgarysrs 1.28's ``read_themis`` / ``read_rego`` / ``read_trex_nir`` /
``read_trex_blue``: frames (H, W, N) uint16 flipped on axis 0 (REGO also on axis 1), one naive
UTC datetime ("Image request start") and one metadata dict per frame with the same keys and values,
and a ``problematic_files`` entry (instead of an exception) for each file that cannot be read.

It is faster: each file is inflated in one call (isal when installed), headers are found with
``bytes.find``, and image bytes go straight from the inflated buffer into the file's slice of one
preallocated array (a plain flipped copy, then an in-place byte swap of the cache-hot frame). With
``n_parallel > 1`` files are read in threads (inflate releases the GIL), each copying into its own
slice as soon as the previous file says where that starts, so no ``if __name__ == "__main__":``
guard is needed and at most ``n_parallel`` inflated files are held at once.

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
import sys
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError
from ..instruments import raw_kinds
from ..models import Data, Dataset, ProblematicFile
from ._files import as_paths, minute_or_skip
from ._pgm import KINDS, Kind, Parsed, StreamError, load_bytes, parse_stream

__all__ = ["RAW_KIND_BY_DATASET", "device_uid_from_metadata", "read_raw"]

#: Which PGM flavour each raw dataset uses.
RAW_KIND_BY_DATASET = raw_kinds()  # from the instrument registry (data/instruments.py)

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
        assembly = _Assembly(len(files))
        for index, path in enumerate(files):
            _place(assembly, index, work(path))
    else:
        assembly = _read_parallel(files, work, n_parallel)
    return Data(data=assembly.frames(dataset_kind).transpose(1, 2, 0), timestamp=assembly.timestamps,
                metadata=assembly.metadata, problematic_files=assembly.problematic, calibrated_data=None,
                dataset=dataset)


def _shape_problem(r: _FileResult, shape: tuple[int, int]) -> ProblematicFile | None:
    assert r.parsed is not None
    dims = (r.parsed.height, r.parsed.width)
    if dims == shape:
        return None
    return ProblematicFile(r.path, f"frame size {dims[1]}x{dims[0]} differs from the first file's "
                           f"{shape[1]}x{shape[0]}; read files of one instrument at a time", "error")


def _copy_frames(r: _FileResult, out: np.ndarray) -> None:
    """Copy the file's frames into ``out`` (n, H, W) native uint16, flipped.

    Each frame's big-endian bytes are viewed in place and copied as they are (a plain copy, fast
    even from odd offsets), then swapped in place while the frame is still in cache: 2.4x faster
    than numpy's byte-swapping cast in one pass (measured on 12 THEMIS files, 240 frames). Under
    callgrind our zlib path runs within 3% of the instructions of a bare ``gzip.decompress`` of the
    same files: parsing and this copy are small next to inflate.
    """
    parsed, buf, kind = r.parsed, r.buffer, r.kind
    assert parsed is not None and buf is not None and kind is not None
    height, width = parsed.height, parsed.width
    count = height * width
    swap = sys.byteorder == "little"
    low = np.empty((height, width), dtype=np.uint16)  # the swap's scratch frame, reused
    for j, offset in enumerate(parsed.offsets):
        src = np.frombuffer(buf, dtype=np.uint16, count=count, offset=offset).reshape(height, width)
        frame = out[j]
        frame[...] = src[::-1, ::-1] if kind.flip_east_west else src[::-1]
        if swap:  # (v << 8) | (v >> 8) with SIMD ufuncs: 1.6-2x numpy's scalar byteswap loop
            np.right_shift(frame, 8, out=low)
            np.left_shift(frame, 8, out=frame)
            np.bitwise_or(frame, low, out=frame)


class _Assembly:
    """Gives each file, in file order, its slice of one preallocated (N, H, W) frame array.

    The array is sized from the first good file (its frame count times the files from there on),
    so with files of equal length every frame is written once, straight from the file's inflated
    bytes while they are still in cache, and nothing is copied again. A file that does not fit
    (more frames than the first) gets an overflow block, joined once at the end.
    """

    def __init__(self, n_files: int) -> None:
        self.n_files = n_files
        self.store: np.ndarray | None = None
        self.shape: tuple[int, int] | None = None
        self.count = 0  # frames claimed so far
        self.in_store = 0  # frames that went into ``store`` (before the first overflow)
        self.overflow: list[tuple[int, np.ndarray]] = []
        self.problematic: list[ProblematicFile] = []
        self.timestamps: list[_dt.datetime] = []
        self.metadata: list[dict[str, str]] = []

    def claim(self, index: int, r: _FileResult) -> np.ndarray | None:
        """Record file ``index``'s outcome (call in file order); return where its frames go."""
        if r.error is not None:
            self.problematic.append(ProblematicFile(r.path, r.error, "error"))
            return None
        if r.parsed is None or not r.parsed.offsets:
            return None
        if self.shape is None:
            self.shape = (r.parsed.height, r.parsed.width)
        wrong = _shape_problem(r, self.shape)
        if wrong is not None:
            self.problematic.append(wrong)
            return None
        n = len(r.parsed.offsets)
        if self.store is None:
            self.store = np.empty((n * (self.n_files - index), *self.shape), dtype=np.uint16)
        k = self.count
        if not self.overflow and k + n <= self.store.shape[0]:
            dest = self.store[k : k + n]
            self.in_store = k + n
        else:
            dest = np.empty((n, *self.shape), dtype=np.uint16)
            self.overflow.append((k, dest))
        self.count = k + n
        self.timestamps.extend(r.parsed.timestamps)
        self.metadata.extend(r.parsed.metadata)
        return dest

    def frames(self, dataset_kind: str | None) -> np.ndarray:
        """Return the (N, H, W) frames once every file is placed."""
        if self.store is None or self.shape is None:
            return np.empty((0, *_default_shape(dataset_kind)), dtype=np.uint16)
        if self.overflow:
            out = np.empty((self.count, *self.shape), dtype=np.uint16)
            out[: self.in_store] = self.store[: self.in_store]
            for start, block in self.overflow:
                out[start : start + len(block)] = block
            return out
        k = self.count
        if k < self.store.shape[0]:
            return self.store[:k].copy() if k < 0.75 * self.store.shape[0] else self.store[:k]
        return self.store


def _place(assembly: _Assembly, index: int, r: _FileResult) -> None:
    dest = assembly.claim(index, r)
    if dest is not None:
        _copy_frames(r, dest)
    r.buffer = None


def _read_parallel(files: list[str], work: Any, n_parallel: int) -> _Assembly:
    """Read files in threads; each copies its frames into its own slice as soon as it knows where.

    A file's slice starts where the previous file's ends, so a thread waits (briefly: the previous
    file is being read by another thread) for its predecessor to claim before claiming; the heavy
    parts, inflate and the copy, run in parallel. At most ``n_parallel`` inflated files are held.
    """
    assembly = _Assembly(len(files))
    claimed = [threading.Event() for _ in files]

    def one(index: int) -> None:
        r: _FileResult | None = None
        dest: np.ndarray | None = None
        try:
            r = work(files[index])
        finally:
            if index:
                claimed[index - 1].wait()
            try:
                if r is not None:
                    dest = assembly.claim(index, r)
            finally:
                claimed[index].set()
        assert r is not None
        if dest is not None:
            _copy_frames(r, dest)
        r.buffer = None

    with ThreadPoolExecutor(max_workers=min(n_parallel, len(files))) as pool:
        list(pool.map(one, range(len(files))))
    return assembly


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
