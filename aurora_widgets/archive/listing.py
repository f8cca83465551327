"""What the archive lists: every file of every dataset, worked out from the fleet and the sun, never from disk.

A listing is computed, not read: raw files exist for every minute a camera of the fleet
(:mod:`aurora_widgets.archive.fleet`) sat at a site and the sun was at least 12 degrees below
that site's horizon (:mod:`aurora_widgets.archive.sun`); skymaps are the fleet's version
histories; calibrations are :data:`~aurora_widgets.archive.generate.calibrations.CALIBRATIONS`;
summary products exist for every night (daily) or dark hour (hourly) with data. Listing a day
writes nothing: the files are made when a client asks for one (:mod:`.ondemand`).

File names follow the real service's variety: THEMIS ``..._full.pgm.gz``, uncompressed
``..._full.pgm`` on some days, early ``..._full_1000ms.pgm.bz2`` (before July 2006); REGO
``_6300.pgm.gz``; TREx NIR ``_8446.pgm.gz`` plus a ``_8446_dark.pgm.gz`` every third hour; TREx
Blue ``_full.pgm.gz`` plus hourly single dark frames with three time fields
(``20240101_005115_825600_atha_blue-633_dark_full.pgm``); RGB ``_full.h5``; SMILE
``_rgb-full.h5``; and plausible names for the datasets this package does not read (grids, RGB
burst ``.png.tar``, spectrograph, THEMIS row2/wide/thumb32/vec1024).

``size`` is an estimate for a file not made yet (a typical size of its kind, varied by a few per
cent per file), so a listing's ``total_bytes`` is an estimate too; the server uses the real size
for files on disk.

Example:
    >>> import datetime as dt
    >>> day = dt.datetime(2021, 11, 4, 6, 0)
    >>> [e.name for e in list_entries("REGO_RAW", day, day, site="resu")]
    ['20211104_0600_resu_rego-655_6300.pgm.gz']
    >>> list_entries("TREX_NIR_RAW", dt.datetime(2021, 6, 21, 6), dt.datetime(2021, 6, 21, 7), site="gill")
    []

"""

from __future__ import annotations

import datetime as _dt
import functools
import zlib
from dataclasses import dataclass

import numpy as np

from . import fleet
from .catalogue import dataset as _dataset
from .generate import calibrations as _calibrations
from .generate import skymaps as _skymaps
from .sun import dark_minutes

__all__ = ["RAW_ARRAYS", "SPECTROGRAPHS", "Entry", "entry_for_path", "list_entries"]

#: Raw-like datasets -> the array whose cameras record them.
RAW_ARRAYS = {
    "THEMIS_ASI_RAW": "themis_asi", "THEMIS_ASI_RAW_ROW2": "themis_asi", "THEMIS_ASI_RAW_WIDE": "themis_asi",
    "THEMIS_ASI_THUMB32": "themis_asi", "THEMIS_ASI_VEC1024": "themis_asi",
    "REGO_RAW": "rego", "TREX_NIR_RAW": "trex_nir", "TREX_BLUE_RAW": "trex_blue",
    "TREX_RGB_RAW_NOMINAL": "trex_rgb", "TREX_RGB_RAW_BURST": "trex_rgb", "SMILE_ASI_RAW": "smile_asi",
}  # fmt: skip
_PREFIX_ARRAY = {
    "THEMIS_ASI": "themis_asi", "REGO": "rego", "TREX_NIR": "trex_nir", "TREX_BLUE": "trex_blue",
    "TREX_RGB": "trex_rgb", "SMILE_ASI": "smile_asi",
}  # fmt: skip
#: The spectrographs (site -> device, first day): listed, never read by this package.
SPECTROGRAPHS = {
    "atha": ("spect-01", _dt.date(2019, 10, 1)),
    "gill": ("spect-04", _dt.date(2021, 9, 15)),
    "luck": ("spect-02", _dt.date(2019, 10, 1)),
    "rabb": ("spect-03", _dt.date(2019, 11, 1)),
}
_THEMIS_BZ2_BEFORE = _dt.date(2006, 7, 1)
# typical file sizes (bytes) by name ending, for files not made yet
_SIZES = {
    "_full.pgm.gz": 2_166_898, "_full.pgm": 2_622_980, "_full_1000ms.pgm.bz2": 1_904_311,
    "_6300.pgm.gz": 4_731_554, "_8446.pgm.gz": 1_028_611, "_8446_dark.pgm.gz": 892_004,
    "_dark_full.pgm": 172_902, "_full.h5": 5_630_087, "_rgb-full.h5": 5_988_410,
    "_row2.pgm.gz": 1_310_377, "_wide.pgm.gz": 3_402_119, "_thumb32.pgm.gz": 81_337,
    "_vec1024.pgm.gz": 302_881, "_burst.png.tar": 61_847_552, "_spectra.pgm.gz": 4_196_005,
    "_procspectra-v1.h5": 2_804_336, ".jpg": 412_550, ".png": 1_203_118, ".pgm": 1_536_301,
    "_MOSv001.h5": 1_240_114, "_MOSu001.h5": 1_240_114, ".sav": 3_540_232,
}  # fmt: skip
_SKYMAP_SIZES = {"themis": 1_804_516, "rego": 6_112_773, "nir": 1_812_403, "blue": 2_402_215,
                 "rgb": 6_300_118, "smile": 6_112_773}  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One listed file: path below the dataset's tree, estimated size, time, site, device, how to make it.

    ``when`` is the file's minute, hour or day (raw and summaries) or valid-from date (skymaps,
    calibrations); ``maker`` is ``raw``, ``dark``, ``summary``, ``skymap``, ``calibration`` or
    ``placeholder``.
    """

    sub: str
    size: int
    when: _dt.datetime
    site: str | None
    device: str | None
    maker: str

    @property
    def name(self) -> str:
        """The file name (last path part)."""
        return self.sub.rsplit("/", 1)[-1]


def _size(name: str, key: str = "") -> int:
    base = next((v for k, v in _SIZES.items() if name.endswith(k)), 1_000_000)
    jitter = (zlib.crc32((key or name).encode()) % 4001 - 2000) / 100_000.0
    return int(base * (1.0 + jitter))


@functools.lru_cache(maxsize=4096)
def _dark(lat: float, lon: float, day: _dt.date) -> np.ndarray:
    return dark_minutes(lat, lon, day)


def _days(start: _dt.datetime, end: _dt.datetime) -> list[_dt.date]:
    n = (end.date() - start.date()).days
    return [start.date() + _dt.timedelta(days=i) for i in range(n + 1)]


def _cameras(array: str, site: str, day: _dt.date) -> list[tuple[str, float, float]]:
    """(device uid, lat, lon) of the cameras recording at a site on a day (spectrographs included)."""
    if array == "trex_spectrograph":
        dev, first = SPECTROGRAPHS.get(site, ("", _dt.date.max))
        s = fleet.site(array, site)
        return [(dev, s.latitude, s.longitude)] if dev and first <= day <= fleet.ARCHIVE_END else []
    s = fleet.site(array, site)
    return [(d.uid, s.latitude, s.longitude) for d in fleet.devices_at(array, site, day)]


def _raw_names(name: str, site: str, dev: str, t: _dt.datetime) -> list[tuple[str, str]]:
    """(file name, maker) of the files of one dark minute of a device."""
    base = f"{t:%Y%m%d_%H%M}_{site}_{dev}"
    if name == "THEMIS_ASI_RAW":
        if t.date() < _THEMIS_BZ2_BEFORE:
            return [(f"{base}_full_1000ms.pgm.bz2", "raw")]
        plain = zlib.crc32(f"{site}{t:%Y%m%d}".encode()) % 23 == 0
        return [(f"{base}_full.pgm" if plain else f"{base}_full.pgm.gz", "raw")]
    if name == "REGO_RAW":
        return [(f"{base}_6300.pgm.gz", "raw")]
    if name == "TREX_NIR_RAW":
        out = [(f"{base}_8446.pgm.gz", "raw")]
        if t.minute == 30 and t.hour % 3 == 0:
            out.append((f"{base}_8446_dark.pgm.gz", "dark"))
        return out
    if name == "TREX_BLUE_RAW":
        out = [(f"{base}_full.pgm.gz", "raw")]
        if t.minute == 51:
            frame = t.replace(second=15, microsecond=825600)
            out.append((f"{frame:%Y%m%d_%H%M%S_%f}_{site}_{dev}_dark_full.pgm", "dark"))
        return out
    if name == "TREX_RGB_RAW_NOMINAL":
        return [(f"{base}_full.h5", "raw")]
    if name == "SMILE_ASI_RAW":
        return [(f"{base}_rgb-full.h5", "raw")]
    if name == "THEMIS_ASI_RAW_WIDE":
        return [(f"{base}_wide.pgm.gz", "placeholder")]
    if name == "TREX_RGB_RAW_BURST":
        burst_night = zlib.crc32(f"burst{site}{t:%Y%m%d}".encode()) % 6 == 0
        return [(f"{base}_burst.png.tar", "placeholder")] if burst_night else []
    if name == "TREX_SPECT_RAW":
        return [(f"{base}_spectra.pgm.gz", "placeholder")]
    if name == "TREX_SPECT_PROCESSED_V1":
        return [(f"{base}_procspectra-v1.h5", "placeholder")]
    raise KeyError(name)


_HOURLY_OTHER = {"THEMIS_ASI_RAW_ROW2": "row2", "THEMIS_ASI_THUMB32": "thumb32", "THEMIS_ASI_VEC1024": "vec1024"}


def _timed(name: str, kind: str, start: _dt.datetime, end: _dt.datetime, site: str, device: str) -> list[Entry]:
    """Raw-like, hourly and daily datasets: one pass over the sites and days of the window."""
    array = _array_of(name)
    per = _dataset(name)["file_time_resolution"]
    out: list[Entry] = []
    site_uids = [s.uid for s in fleet.sites(array)] if not site else [site]
    if site and site not in {s.uid for s in fleet.sites(array)}:
        return []
    lo_minute = start.replace(second=0, microsecond=0)
    for day in _days(start, end):
        for uid in site_uids:
            for dev, lat, lon in _cameras(array, uid, day):
                if device and device not in dev:
                    continue
                dark = _dark(lat, lon, day)
                if not dark.any():
                    continue
                midnight = _dt.datetime.combine(day, _dt.time())
                folder = f"{day:%Y/%m/%d}/{uid}_{dev}"
                if per == "1day":
                    if start.date() <= day <= end.date():
                        fname = _summary_name(name, uid, dev, midnight, daily=True)
                        out.append(Entry(f"{folder}/{fname}", _size(fname), midnight, uid, dev, "summary"))
                    continue
                if per == "1hr":
                    hours = np.flatnonzero(dark.reshape(24, 60).any(axis=1))
                    for h in hours:
                        t = midnight + _dt.timedelta(hours=int(h))
                        if not (start.replace(minute=0, second=0, microsecond=0) <= t <= end):
                            continue
                        if kind == "summary":
                            fname = _summary_name(name, uid, dev, t, daily=False)
                            maker = "summary"
                        else:
                            fname = f"{t:%Y%m%d_%H}_{uid}_{dev}_{_HOURLY_OTHER[name]}.pgm.gz"
                            maker = "placeholder"
                        out.append(Entry(f"{folder}/ut{t:%H}/{fname}", _size(fname), t, uid, dev, maker))
                    continue
                first = max(0, int((lo_minute - midnight).total_seconds() // 60))
                last = min(1439, int((end - midnight).total_seconds() // 60))
                for m in np.flatnonzero(dark[first : last + 1]) + first:
                    t = midnight + _dt.timedelta(minutes=int(m))
                    for fname, maker in _raw_names(name, uid, dev, t):
                        out.append(Entry(f"{folder}/ut{t:%H}/{fname}", _size(fname), t, uid, dev, maker))
    return out


def _summary_name(name: str, site: str, dev: str, t: _dt.datetime, daily: bool) -> str:
    product = "keogram" if "KEOGRAM" in name else "montage" if "MONTAGE" in name else "average"
    fmt = name.rsplit("_", 1)[-1]
    ext = {"JPG": "jpg", "PNG": "png", "PGM": "pgm"}.get(fmt, "jpg")
    stamp = f"{t:%Y%m%d}_" if daily else f"{t:%Y%m%d_%H}"
    return f"{stamp}_{site}_{dev}_full-{product}.{ext}"


def _grids(name: str, start: _dt.datetime, end: _dt.datetime) -> list[Entry]:
    """Array-wide grid files, one a minute while the array's mean site is dark (site filters ignored)."""
    array = _array_of(name)
    all_sites = fleet.sites(array)
    lat = float(np.mean([s.latitude for s in all_sites]))
    lon = float(np.mean([s.longitude for s in all_sites]))
    version = "MOSu001" if name.endswith("MOSU001") else "MOSv001"
    tag = {"THEMIS_ASI": "themis", "REGO": "rego", "TREX_NIR": "nir", "TREX_BLUE": "blue", "TREX_RGB5577": "rgb5577",
           "TREX_RGB": "rgb"}[name.split("_GRID")[0]]  # fmt: skip
    out = []
    lo = start.replace(second=0, microsecond=0)
    for day in _days(start, end):
        midnight = _dt.datetime.combine(day, _dt.time())
        for m in np.flatnonzero(_dark(lat, lon, day)):
            t = midnight + _dt.timedelta(minutes=int(m))
            if lo <= t <= end:
                fname = f"{t:%Y%m%d_%H%M}_{tag}_grid_{version}.h5"
                out.append(Entry(f"{day:%Y/%m/%d}/ut{t:%H}/{fname}", _size(fname), t, None, None, "placeholder"))
    return out


@functools.lru_cache(maxsize=16)
def _skymap_entries(name: str) -> tuple[Entry, ...]:
    prefix = name.split("_SKYMAP")[0]
    if prefix == "TREX_SPECT":
        out = []
        for site, (_dev, first) in sorted(SPECTROGRAPHS.items()):
            for k, start in enumerate((first, first + _dt.timedelta(days=900))):
                fname = f"spect_skymap_{site}_{start:%Y%m%d}-+_v0{1 + k}.sav"
                sub = f"{site}/{site}_{start:%Y%m%d}/{fname}"
                when = _dt.datetime.combine(start, _dt.time())
                out.append(Entry(sub, _size(fname), when, site, None, "placeholder"))
        return tuple(out)
    array = _PREFIX_ARRAY[prefix]
    project = fleet.array_info(array).project
    return tuple(
        Entry(v.relpath, _SKYMAP_SIZES[project], _dt.datetime.strptime(v.start, "%Y%m%d"), v.site_uid, None,
              "skymap")
        for v in fleet.all_skymap_versions(array)
    )  # fmt: skip


@functools.lru_cache(maxsize=16)
def _calibration_entries(name: str) -> tuple[Entry, ...]:
    tree = _dataset(name)["tree"]
    kind = "Rayleighs" if "RAYLEIGHS" in name else "flatfield"
    return tuple(
        Entry(c.relpath, _size(c.filename, c.filename) // (1 if kind == "flatfield" else 1500),
              _dt.datetime.strptime(c.start, "%Y%m%d"), None, c.serial, "calibration")
        for c in _calibrations.CALIBRATIONS
        if c.tree == tree and c.kind == kind
    )  # fmt: skip


def _array_of(name: str) -> str:
    if name in RAW_ARRAYS:
        return RAW_ARRAYS[name]
    if name.startswith("TREX_SPECT"):
        return "trex_spectrograph"
    return _PREFIX_ARRAY[next(p for p in sorted(_PREFIX_ARRAY, key=len, reverse=True) if name.startswith(p))]


def list_entries(
    name: str, start: _dt.datetime, end: _dt.datetime, site: str = "", device: str = ""
) -> list[Entry]:
    """Every file of dataset ``name`` in ``[start, end]`` (both inclusive), sorted by path.

    Raw-like files count by their minute, hourly/daily ones by their hour/day, skymaps and
    calibrations by their valid-from date. ``site`` (exact, lower case) filters everything but
    calibrations and grids; ``device`` (a substring) filters raw devices and calibration
    detector serials, and is ignored for skymaps. No window limit is applied here (the server
    refuses more than a day for 1-minute datasets).

    Example:
        >>> import datetime as dt
        >>> es = list_entries("THEMIS_ASI_SKYMAP_IDLSAV", dt.datetime(2021, 1, 1), dt.datetime(2023, 1, 1), "gill")
        >>> [e.name for e in es]
        ['themis_skymap_gill_20210308-+_v02.sav', 'themis_skymap_gill_20220301-+_v02.sav']

    """
    record = _dataset(name)
    kind = str(record["kind"])
    site, device = site.strip().lower(), device.strip().lower()
    if kind == "skymap":
        found = [
            e for e in _skymap_entries(name)
            if start.date() <= e.when.date() <= end.date() and (not site or e.site == site)
        ]  # fmt: skip
    elif kind in ("flatfield", "rayleighs"):
        found = [
            e for e in _calibration_entries(name)
            if start.date() <= e.when.date() <= end.date() and (not device or device in (e.device or ""))
        ]  # fmt: skip
    elif kind == "grid":
        found = _grids(name, start, end)
    else:
        found = _timed(name, kind, start, end, site, device)
    return sorted(found, key=lambda e: e.sub)


def entry_for_path(name: str, sub: str) -> Entry | None:
    """Return the listed file of dataset ``name`` at ``sub`` (below its tree), or None when none is.

    Example:
        >>> e = entry_for_path("REGO_RAW", "2021/11/04/resu_rego-655/ut06/20211104_0600_resu_rego-655_6300.pgm.gz")
        >>> e.device, e.when.minute, e.maker
        ('rego-655', 0, 'raw')

    """
    kind = str(_dataset(name)["kind"])
    if kind == "skymap":
        return next((e for e in _skymap_entries(name) if e.sub == sub), None)
    if kind in ("flatfield", "rayleighs"):
        return next((e for e in _calibration_entries(name) if e.sub == sub), None)
    parts = sub.split("/")
    try:
        day = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None
    t0 = _dt.datetime.combine(day, _dt.time())
    site = parts[3].split("_", 1)[0] if len(parts) > 4 and kind != "grid" else ""
    window_end = t0 + _dt.timedelta(days=1) - _dt.timedelta(microseconds=1)
    return next((e for e in list_entries(name, t0, window_end, site) if e.sub == sub), None)


# a consistency guard: every imager skymap dataset has a generator project
assert all(_PREFIX_ARRAY[p] in {i.array for i in _skymaps.PROJECTS.values()} for p in _PREFIX_ARRAY)
