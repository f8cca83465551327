"""Files made when first asked for: the archive server's generator and its size-bounded disk cache.

A listed file that is not under ``<root>/files`` (most of the archive: any minute of any night,
every skymap and calibration version) is made by :class:`OnDemand` on its first GET or HEAD and
kept in ``<root>/cache/<tree>/<sub>``, written atomically (temporary file + rename), with
deterministic bytes. :class:`FileCache` bounds the cache (least recently used first out, default
400 MB, so a demo session stays under 500 MB with the built files).

Makers, by what the listing says (:class:`~aurora_widgets.archive.listing.Entry`):

- ``raw``: ``aurora_widgets.archive.sky.render_raw_file(dataset, site, device, minute)`` (the one
  sky), imported when first needed; without it, :func:`fallback_raw_file` (pedestal and noise).
  The listed name decides the compression: a gzip answer is re-packed for ``.pgm.bz2`` and
  unpacked for plain ``.pgm``.
- ``summary``: ``aurora_widgets.archive.sky.render_summary_file(dataset, site, device, start)``;
  without it, a small placeholder image.
- ``dark``: dark frames (pedestal and read noise, no sky), made here.
- ``skymap`` / ``calibration``: the IDL SAVE writers of :mod:`aurora_widgets.archive.generate`.
- ``placeholder``: a few bytes naming the file, for datasets this package neither reads nor renders.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> cache = FileCache(Path(tempfile.mkdtemp()), max_bytes=10)
    >>> _ = cache.put("a/b.bin", b"123456"); _ = cache.put("a/c.bin", b"7890123")
    >>> cache.get("a/b.bin") is None, cache.total_bytes
    (True, 7)

"""

from __future__ import annotations

import bz2
import contextlib
import datetime as _dt
import gzip
import io
import os
import tempfile
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from . import fleet, listing
from .catalogue import dataset as _dataset
from .catalogue import dataset_names
from .generate import calibrations as _calibrations
from .generate import raw as _raw
from .generate import skymaps as _skymaps

__all__ = ["DEFAULT_CACHE_BYTES", "FileCache", "OnDemand", "dark_file", "fallback_raw_file", "placeholder_file"]

#: Default bound of the on-demand cache.
DEFAULT_CACHE_BYTES = 400_000_000
_INSTRUMENT = {"THEMIS_ASI_RAW": "themis", "REGO_RAW": "rego", "TREX_NIR_RAW": "nir", "TREX_BLUE_RAW": "blue"}


class FileCache:
    """Files below ``directory``, at most ``max_bytes`` in total; least recently used evicted first.

    Example:
        >>> import tempfile
        >>> c = FileCache(Path(tempfile.mkdtemp()))
        >>> c.put("x/y.txt", b"hi").read_bytes(), c.get("x/y.txt") is not None
        (b'hi', True)

    """

    def __init__(self, directory: Path, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = int(max_bytes)
        self._lock = threading.Lock()
        self._sizes: OrderedDict[str, int] = OrderedDict()
        found = []
        if self.directory.is_dir():
            for dirpath, _dirs, names in os.walk(self.directory):
                for n in names:
                    p = Path(dirpath) / n
                    if n.endswith(".part"):
                        p.unlink(missing_ok=True)
                        continue
                    st = p.stat()
                    found.append((st.st_mtime, p.relative_to(self.directory).as_posix(), st.st_size))
        for _mtime, rel, size in sorted(found):
            self._sizes[rel] = size

    @property
    def total_bytes(self) -> int:
        """Bytes held now."""
        with self._lock:
            return sum(self._sizes.values())

    def get(self, rel: str) -> Path | None:
        """Return the cached file at ``rel`` (and mark it recently used), or None.

        Example:
            >>> import tempfile
            >>> FileCache(Path(tempfile.mkdtemp())).get("nothing") is None
            True

        """
        with self._lock:
            if rel not in self._sizes:
                return None
            path = self.directory / rel
            if not path.is_file():
                del self._sizes[rel]
                return None
            self._sizes.move_to_end(rel)
        os.utime(path)
        return path

    def put(self, rel: str, data: bytes) -> Path:
        """Store ``data`` at ``rel`` atomically, evict the least recently used beyond the bound; return the path.

        Example:
            >>> import tempfile
            >>> FileCache(Path(tempfile.mkdtemp())).put("d/f.bin", b"x").name
            'f.bin'

        """
        path = self.directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        with self._lock:
            self._sizes[rel] = len(data)
            self._sizes.move_to_end(rel)
            total = sum(self._sizes.values())
            while total > self.max_bytes and len(self._sizes) > 1:
                old, size = self._sizes.popitem(last=False)
                (self.directory / old).unlink(missing_ok=True)
                total -= size
        return path


def placeholder_file(name: str) -> bytes:
    r"""Bytes standing for a file of a dataset this package neither reads nor renders.

    Example:
        >>> placeholder_file("x_row2.pgm.gz")[:2]
        b'\x1f\x8b'

    """
    text = f"aurora-widgets sample archive: {name} (listed like the real one; its content is not simulated)\n"
    data = text.encode("ascii")
    return gzip.compress(data, mtime=0) if name.endswith(".gz") else data


def _pgm(frames: np.ndarray, headers: list[list[tuple[str, str]]]) -> bytes:
    out = io.BytesIO()
    h, w = frames.shape[1:]
    for frame, header in zip(frames, headers, strict=True):
        out.write(b"P5\n")
        for key, value in header:
            out.write(f'#"{key}" {value}\n'.encode("ascii"))
        out.write(f"{w} {h}\n65535\n".encode("ascii"))
        out.write(frame.astype(">u2").tobytes())
    return out.getvalue()


def _dark_frames(dataset_name: str, site_uid: str, device_uid: str, times: list[_dt.datetime], mode: str) -> bytes:
    info = _raw.INSTRUMENTS[_INSTRUMENT[dataset_name]]
    dev = fleet.device(device_uid)
    s = fleet.site(dev.array, site_uid)
    rng = np.random.default_rng(zlib.crc32(f"{dataset_name}/{site_uid}/{device_uid}/{times[0]}/{mode}".encode()))
    h, w = dev.shape
    frames = np.clip(np.rint(info.pedestal + rng.normal(0.0, info.noise, (len(times), h, w))), 0, 65535)
    headers = []
    last_key = "Exposure plus initial readout" if dataset_name.startswith("THEMIS") else "Exposure plus readout"
    for i, t in enumerate(times):
        header = [
            ("Project unique ID", "themis" if dataset_name.startswith("THEMIS") else "trex"),
            ("Site unique ID", site_uid),
            ("Imager unique ID", device_uid),
            ("Mode unique ID", mode),
            ("Geographic latitude", f"{s.latitude:.6f}"),
            ("Geographic longitude", f"{s.longitude:.6f}"),
            ("Camera Serial Number", dev.serial or ""),
            ("Mode sequence number", str(i)),
            ("Image request start", t.strftime("%Y-%m-%d %H:%M:%S.%f UTC")),
            (last_key, f"{info.exposure_s * 1000.0 + 1.0:.4f} ms"),
        ]
        headers.append([(k, v) for k, v in header if v])
    return _pgm(frames.astype(np.uint16), headers)


def dark_file(dataset_name: str, site_uid: str, device_uid: str, when: _dt.datetime, name: str) -> bytes:
    r"""Return a dark file (shutter closed: pedestal and read noise): a minute of frames, or one frame for Blue.

    Example:
        >>> t = _dt.datetime(2021, 11, 4, 6, 51, 15, 825600)
        >>> data = dark_file("TREX_BLUE_RAW", "gill", "blue-814", t, "x_dark_full.pgm")
        >>> data[:3], data.count(b"P5\n")
        (b'P5\n', 1)

    """
    info = _raw.INSTRUMENTS[_INSTRUMENT[dataset_name]]
    if dataset_name == "TREX_BLUE_RAW":
        times = [when]
    else:
        step = 60.0 / info.frames_per_minute
        times = [when + _dt.timedelta(seconds=i * step) for i in range(info.frames_per_minute)]
    data = _dark_frames(dataset_name, site_uid, device_uid, times, "dark")
    return gzip.compress(data, compresslevel=1, mtime=0) if name.endswith(".gz") else data


def fallback_raw_file(dataset_name: str, site_uid: str, device_uid: str, minute: _dt.datetime) -> bytes:
    r"""Raw minute without the sky module: the seed's minutes from ``generate.raw``, else pedestal and noise.

    Example:
        >>> fallback_raw_file("REGO_RAW", "resu", "rego-655", _dt.datetime(2021, 11, 4, 6, 0))[:2]
        b'\x1f\x8b'

    """
    for spec in _raw.RAW_MINUTES:
        if (spec.info.dataset, spec.site, spec.device) == (dataset_name, site_uid, device_uid) and (
            spec.date == f"{minute:%Y%m%d}" and spec.hour == minute.hour
        ):
            return gzip.compress(_raw.minute_bytes(spec, minute.minute), compresslevel=1, mtime=0)
    if dataset_name not in _INSTRUMENT:
        return placeholder_file(f"{minute:%Y%m%d_%H%M}_{site_uid}_{device_uid}.h5")
    info = _raw.INSTRUMENTS[_INSTRUMENT[dataset_name]]
    step = 60.0 / info.frames_per_minute
    times = [minute + _dt.timedelta(seconds=i * step) for i in range(info.frames_per_minute)]
    return gzip.compress(_dark_frames(dataset_name, site_uid, device_uid, times, "full"), compresslevel=1, mtime=0)


def _sky(function: str) -> Callable[..., bytes] | None:
    try:
        from . import sky  # the one-sky renderer (onesky branch); optional until merged
    except ImportError:
        return None
    made: Callable[..., bytes] | None = getattr(sky, function, None)
    return made


def _repack(data: bytes, name: str) -> bytes:
    """Match the bytes to the listed name's compression (``.gz``, ``.bz2`` or none)."""
    gzipped = data[:2] == b"\x1f\x8b"
    if name.endswith(".bz2"):
        return bz2.compress(gzip.decompress(data) if gzipped else data, 9)
    if name.endswith(".gz"):
        return data if gzipped else gzip.compress(data, compresslevel=1, mtime=0)
    return gzip.decompress(data) if gzipped and name.endswith(".pgm") else data


def _sav_bytes(write: Callable[[Path], Path]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="aurora-sav-") as tmp:
        return write(Path(tmp)).read_bytes()


class OnDemand:
    """Make listed files on request and keep them in a :class:`FileCache` under ``<root>/cache``.

    Example:
        >>> import tempfile
        >>> od = OnDemand(Path(tempfile.mkdtemp()))
        >>> p = od.fetch("GO-Canada/REGO/calibration/REGO_Rayleighs_15655_20141002-+_v01.sav")
        >>> p.name, od.fetch("GO-Canada/REGO/calibration/nothing.sav") is None
        ('REGO_Rayleighs_15655_20141002-+_v01.sav', True)

    """

    def __init__(self, root: Path, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self.cache = FileCache(Path(root) / "cache", max_bytes)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        trees = [(str(_dataset(n)["tree"]), n) for n in dataset_names()]
        self._trees = sorted(trees, key=lambda t: len(t[0]), reverse=True)

    def _entry_of(self, rel: str) -> tuple[str, listing.Entry] | None:
        for tree, name in self._trees:  # longest tree first; calibrations share a tree
            if rel.startswith(tree + "/"):
                entry = listing.entry_for_path(name, rel[len(tree) + 1 :])
                if entry is not None:
                    return name, entry
        return None

    def fetch(self, rel: str) -> Path | None:
        """Return the file at ``rel`` (below the data tree root), making it if listed; None if not listed.

        Example:
            >>> import tempfile
            >>> OnDemand(Path(tempfile.mkdtemp())).fetch("THEMIS/asi/skymaps/gill/x.sav") is None
            True

        """
        hit = self.cache.get(rel)
        if hit is not None:
            return hit
        found = self._entry_of(rel)
        if found is None:
            return None
        name, entry = found
        with self._guard:
            lock = self._locks.setdefault(rel, threading.Lock())
        with lock:
            hit = self.cache.get(rel)
            if hit is None:
                hit = self.cache.put(rel, self.make(name, entry))
        with self._guard:
            self._locks.pop(rel, None)
        return hit

    def make(self, name: str, entry: listing.Entry) -> bytes:
        """Return the bytes of one listed file (deterministic).

        Example:
            >>> name = "TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV"
            >>> e = listing.entry_for_path(name, "NIR_Rayleighs_23216_20210819-+_v02.sav")
            >>> import tempfile
            >>> OnDemand(Path(tempfile.mkdtemp())).make(name, e)[:2]
            b'SR'

        """
        site, device = entry.site or "", entry.device or ""
        if entry.maker == "raw":
            render = _sky("render_raw_file") or fallback_raw_file
            return _repack(render(name, site, device, entry.when), entry.name)
        if entry.maker == "summary":
            summary = _sky("render_summary_file")
            data = placeholder_file(entry.name)
            if summary is not None:
                with contextlib.suppress(NotImplementedError):  # the sky module's placeholder
                    data = summary(name, site, device, entry.when)
            return data
        if entry.maker == "dark":
            return dark_file(name, site, device, entry.when, entry.name)
        if entry.maker == "skymap":
            spec = _skymaps.spec_for_path(name, entry.sub)
            if spec is not None:
                return _sav_bytes(lambda d: _skymaps.write_skymap(spec, d))
        if entry.maker == "calibration":
            spec_c = next((c for c in _calibrations.CALIBRATIONS if c.relpath == entry.sub), None)
            if spec_c is not None:
                return _sav_bytes(lambda d: _calibrations.write_calibration(spec_c, d))
        return placeholder_file(entry.name)
