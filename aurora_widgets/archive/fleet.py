"""The archive's hardware over time: sites, cameras (devices), where each camera sat, its true optics, skymaps.

This module is the single source of truth the catalogue, the skymap/calibration generators, the
listings and the sky renderer share. For every imager array (``themis_asi``, ``rego``,
``trex_nir``, ``trex_blue``, ``trex_rgb``, ``smile_asi``) it knows:

- the sites (:class:`Site`: uid, name, full name, geodetic latitude/longitude);
- the devices (:class:`Device`: ``themis19``, ``rego-655``..., detector serial, image size) and
  their *epochs* (:class:`Epoch`): which site a camera sat at over which dates and how it was
  pointed there (rotation, optical-centre shift). A new epoch starts when a camera is installed
  or re-levelled. Some cameras move between sites (``themis10`` from ``fsmi`` to ``snkq``,
  ``rego-653`` from ``talo`` to ``luck``) and one site has two cameras at once (``pina`` with
  ``rgb-02`` and ``rgb-05``);
- each site's skymap history (:class:`SkymapVersion`): the files with their valid-from/valid-to,
  closed and open (``+``) intervals, ``vXX``, superseded versions, folder dates that differ from
  the file's start, and for each its error against the true camera. The version a client should
  choose (latest start, then highest version) matches the truth of its epoch exactly; superseded
  versions are off by a known rotation (1-2 degrees) or a shifted centre (2-3 pixels).

Over 500 lines because the data classes, the two history builders (hand-written and generated)
and the look-ups read the same private index and are one contract for four other modules.

The seed's sites (the skymaps and cameras of the reference notebook) are written out by hand;
the others are generated deterministically from a seeded random stream. Nothing here depends on
the wall clock: the archive's "present" is :data:`ARCHIVE_END`.

Example:
    >>> [s.uid for s in sites("trex_nir")]
    ['atha', 'fsmi', 'gill', 'luck', 'pina', 'rabb']
    >>> device_at("rego", "resu", datetime.datetime(2021, 11, 4, 6)).uid
    'rego-655'
    >>> best_skymap("themis_asi", "gill", datetime.datetime(2021, 11, 4)).filename
    'themis_skymap_gill_20210308-+_v02.sav'
    >>> true_camera("themis19", datetime.date(2021, 11, 4)).rotation_deg
    3.1

"""

from __future__ import annotations

import datetime
import functools
import random
import zlib
from dataclasses import dataclass

from .camera import FisheyeCamera
from .fleet_tables import (
    ARRAY_INFO,
    GENERATED_PLACEMENTS,
    PINNED_HISTORIES,
    SERIALS,
    SITE_ROWS,
    ArrayInfo,
)

__all__ = [
    "ARCHIVE_END",
    "IMAGER_ARRAYS",
    "Device",
    "Epoch",
    "Site",
    "SkymapVersion",
    "array_info",
    "best_skymap",
    "device",
    "device_at",
    "devices",
    "devices_at",
    "operating_years",
    "site",
    "sites",
    "skymap_filename",
    "skymap_relpath",
    "skymap_versions",
    "true_camera",
]

#: The archive's "present": the last day any camera records (no wall clock anywhere).
ARCHIVE_END = datetime.date(2026, 11, 30)
#: Arrays of imagers (cameras with skymaps); ``trex_spectrograph`` has sites but no cameras here.
IMAGER_ARRAYS = ("themis_asi", "rego", "trex_nir", "trex_blue", "trex_rgb", "smile_asi")


@dataclass(frozen=True)
class Site:
    """An observatory of one instrument array.

    Example:
        >>> site("themis_asi", "gill").full_name
        'Gillam, MB, Canada'

    """

    array: str
    uid: str
    name: str
    full_name: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Epoch:
    """A camera at one site over ``start..stop`` (inclusive days; ``stop`` None = still there), as pointed.

    ``rotation_deg`` and ``shift_px`` (row, column offset of the optical centre from the middle of
    the image) are the truth the sky is rendered through and the current skymap describes.
    """

    site_uid: str
    start: datetime.date
    stop: datetime.date | None
    rotation_deg: float
    shift_px: tuple[float, float]

    def covers(self, day: datetime.date) -> bool:
        """Tell whether the camera was in this epoch on ``day``.

        Example:
            >>> Epoch("gill", datetime.date(2020, 1, 1), None, 0.0, (0.0, 0.0)).covers(datetime.date(2021, 1, 1))
            True

        """
        return self.start <= day and (self.stop is None or day <= self.stop)


@dataclass(frozen=True)
class Device:
    """One camera: its uid (``rego-655``), detector serial (``15655``, None for THEMIS), size, epochs.

    Example:
        >>> d = device("rego-655")
        >>> d.serial, d.shape, d.mirror_ew, d.epochs[0].site_uid
        ('15655', (512, 512), True, 'resu')

    """

    array: str
    uid: str
    serial: str | None
    shape: tuple[int, int]
    mirror_ew: bool
    epochs: tuple[Epoch, ...]

    @property
    def first_day(self) -> datetime.date:
        """The first day the camera recorded anywhere."""
        return self.epochs[0].start

    def epoch_at(self, day: datetime.date) -> Epoch | None:
        """Return the epoch covering ``day`` (None when the camera was not deployed).

        Example:
            >>> device("themis10").epoch_at(datetime.date(2020, 1, 1)).site_uid
            'snkq'

        """
        for epoch in self.epochs:
            if epoch.covers(day):
                return epoch
        return None

    def sites(self) -> list[str]:
        """Sites this camera sat at, in order (no repeats).

        Example:
            >>> device("themis10").sites()
            ['fsmi', 'snkq']

        """
        out: list[str] = []
        for epoch in self.epochs:
            if epoch.site_uid not in out:
                out.append(epoch.site_uid)
        return out


@dataclass(frozen=True)
class SkymapVersion:
    """One skymap file of a site, with the camera it describes and its error against the truth.

    ``start``/``stop``/``folder_date`` are ``YYYYMMDD`` strings as in the file names (``stop``
    None is ``+``); ``rotation_deg``/``shift_px`` are the camera the file describes;
    ``error_rotation_deg``/``error_shift_px`` how far that is from the true camera of the epoch
    the file starts in (zero for the version a client should choose). ``real`` marks a version
    whose file is a real sample file (not generated).
    """

    array: str
    project: str
    site_uid: str
    device_uid: str
    start: str
    stop: str | None
    version: str
    rotation_deg: float
    shift_px: tuple[float, float]
    folder_date: str | None
    hour: int
    error_rotation_deg: float
    error_shift_px: tuple[float, float]
    real: bool = False

    @property
    def filename(self) -> str:
        """E.g. ``themis_skymap_gill_20210308-+_v02.sav``."""
        return skymap_filename(self.project, self.site_uid, self.start, self.stop, self.version)

    @property
    def relpath(self) -> str:
        """Path below the dataset's data tree: ``<site>/<site>_<folder date>/<filename>``."""
        return skymap_relpath(self.site_uid, self.folder_date or self.start, self.filename)

    @property
    def is_exact(self) -> bool:
        """True when the file describes its epoch's true camera exactly."""
        return self.error_rotation_deg == 0.0 and self.error_shift_px == (0.0, 0.0)

    def valid_on(self, day: datetime.date) -> bool:
        """Tell whether the file name says valid on ``day`` (start <= day <= stop, ``+`` open).

        Example:
            >>> best_skymap("themis_asi", "gill", datetime.date(2021, 11, 4)).valid_on(datetime.date(2030, 1, 1))
            True

        """
        text = day.strftime("%Y%m%d")
        return self.start <= text and (self.stop is None or text <= self.stop)


# ------------------------------------------------------------------------------------------- helpers
def skymap_filename(project: str, site: str, start: str, stop: str | None, version: str) -> str:
    """Return a skymap file's name, the real server's pattern (``stop`` None = open-ended, ``+``).

    Example:
        >>> skymap_filename("themis", "gill", "20210308", None, "v02")
        'themis_skymap_gill_20210308-+_v02.sav'

    """
    return f"{project}_skymap_{site}_{start}-{stop or '+'}_{version}.sav"


def skymap_relpath(site: str, folder_date: str, filename: str) -> str:
    """Return where a skymap file sits below its dataset's tree: ``<site>/<site>_<folder date>/<filename>``.

    Example:
        >>> skymap_relpath("gill", "20210308", "themis_skymap_gill_20210308-+_v02.sav")
        'gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav'

    """
    return f"{site}/{site}_{folder_date}/{filename}"


def _day(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%Y%m%d").date()


def _text(day: datetime.date) -> str:
    return day.strftime("%Y%m%d")


def _as_day(when: datetime.date | datetime.datetime) -> datetime.date:
    return when.date() if isinstance(when, datetime.datetime) else when


def _rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(key.encode("ascii")))


def array_info(array: str) -> ArrayInfo:
    """Per-array constants: skymap project, image size, mirroring, first/last operating dates.

    Example:
        >>> array_info("rego").project, array_info("rego").shape
        ('rego', (512, 512))

    """
    if array not in ARRAY_INFO:
        raise KeyError(f"unknown instrument array {array!r}; known: {', '.join(sorted(ARRAY_INFO))}")
    return ARRAY_INFO[array]


# ------------------------------------------------------------------------------------------- building
_Row = tuple[str, str, "str | None", str, float, tuple[float, float], "str | None", int, str]


def _versions_from_rows(
    array: str, site_uid: str, rows: list[_Row]
) -> tuple[list[SkymapVersion], dict[str, list[Epoch]]]:
    """Hand-written history: 'c' rows are the truth of an epoch, 's' rows are off (superseded)."""
    project = ARRAY_INFO[array].project
    truth = {(r[0], r[1]): r for r in rows if r[8] == "c"}
    epochs: dict[str, list[Epoch]] = {}
    current = sorted((r for r in rows if r[8] == "c"), key=lambda r: r[1])
    for i, r in enumerate(current):
        dev, start, stop = r[0], r[1], r[2]
        nxt = next((c for c in current[i + 1 :] if c[0] == dev), None)
        end = _day(stop) if stop else (_day(nxt[1]) - datetime.timedelta(days=1) if nxt else None)
        if nxt is None and stop is None:
            end = None
        epochs.setdefault(dev, []).append(Epoch(site_uid, _day(start), end, r[4], r[5]))
    versions = []
    for r in rows:
        dev, start, stop, version, rot, shift, folder, hour, _role = r
        t = truth[(dev, start)]
        versions.append(
            SkymapVersion(
                array, project, site_uid, dev, start, stop, version, rot, shift, folder, hour,
                round(rot - t[4], 6), (round(shift[0] - t[5][0], 6), round(shift[1] - t[5][1], 6)),
                real=(array, site_uid, start, version) in _REAL_SKYMAPS,
            )
        )  # fmt: skip
    return versions, epochs


_REAL_SKYMAPS = {("themis_asi", "gako", "20110305", "vXX")}


def _generated_history(
    array: str, site_uid: str, placements: list[tuple[str, str, str | None]]
) -> tuple[list[SkymapVersion], dict[str, list[Epoch]]]:
    """Epochs every 2-5 years per placement, one exact skymap each, some with an off superseded version."""
    info = ARRAY_INFO[array]
    rng = _rng(f"{array}/{site_uid}")
    versions: list[SkymapVersion] = []
    epochs: dict[str, list[Epoch]] = {}
    for dev, p_start, p_stop in placements:
        start = _day(p_start)
        last = _day(p_stop) if p_stop else ARCHIVE_END
        rot = round(rng.uniform(-8.0, 8.0), 1)
        shift = (round(rng.uniform(-2.0, 2.0), 1), round(rng.uniform(-2.0, 2.0), 1))
        while start <= last:
            length = rng.randint(700, 1800)
            stop: datetime.date | None = start + datetime.timedelta(days=length - 1)
            assert stop is not None
            if stop >= last - datetime.timedelta(days=200):
                stop = _day(p_stop) if p_stop else None
            epochs.setdefault(dev, []).append(Epoch(site_uid, start, stop, rot, shift))
            early = start.year < info.numbered_from
            closed = stop is not None and rng.random() < 0.5
            span = ((stop or last) - start).days
            delay = rng.randint(20, 400)
            folder = _text(start + datetime.timedelta(days=min(delay, span))) if rng.random() < 0.25 else None
            hour = rng.randint(3, 9)
            stop_text = _text(stop) if closed and stop is not None else None
            common = (array, info.project, site_uid, dev, _text(start), stop_text)
            if early:
                labels = ["vXX"]
            elif rng.random() < 0.35:
                labels = ["v01", "v02"]
            else:
                labels = ["v01"]
            for k, label in enumerate(labels):
                off = k < len(labels) - 1
                if off and rng.random() < 0.6:
                    err_rot = round(rng.choice((-1.0, 1.0)) * rng.uniform(1.0, 2.0), 1)
                    err_shift = (0.0, 0.0)
                elif off:
                    err_rot = 0.0
                    err_shift = (round(rng.choice((-1.0, 1.0)) * rng.uniform(2.0, 3.0), 1), 0.0)
                else:
                    err_rot, err_shift = 0.0, (0.0, 0.0)
                versions.append(
                    SkymapVersion(
                        *common, label, round(rot + err_rot, 6),
                        (round(shift[0] + err_shift[0], 6), round(shift[1] + err_shift[1], 6)),
                        folder, hour, err_rot, err_shift,
                    )
                )  # fmt: skip
            if stop is None:
                break
            start = stop + datetime.timedelta(days=1)
            rot = round(rot + rng.choice((-1.0, 1.0)) * rng.uniform(0.3, 2.5), 1)
            shift = (round(shift[0] + rng.uniform(-1.0, 1.0), 1), round(shift[1] + rng.uniform(-1.0, 1.0), 1))
    return versions, epochs


@dataclass(frozen=True)
class _Fleet:
    sites: dict[str, tuple[Site, ...]]
    devices: dict[str, Device]
    skymaps: dict[tuple[str, str], tuple[SkymapVersion, ...]]


@functools.lru_cache(maxsize=1)
def _fleet() -> _Fleet:
    site_map: dict[str, tuple[Site, ...]] = {}
    for array, rows in SITE_ROWS.items():
        site_map[array] = tuple(
            sorted((Site(array, uid, name, full, lat, lon) for uid, name, full, lat, lon in rows), key=lambda s: s.uid)
        )
    all_epochs: dict[str, list[Epoch]] = {}
    arrays_of: dict[str, str] = {}
    skymaps: dict[tuple[str, str], tuple[SkymapVersion, ...]] = {}
    for array in IMAGER_ARRAYS:
        for s in site_map[array]:
            pinned = PINNED_HISTORIES.get((array, s.uid))
            if pinned is not None:
                versions, epochs = _versions_from_rows(array, s.uid, list(pinned))
            else:
                placements = [p[1:] for p in GENERATED_PLACEMENTS.get(array, ()) if p[0] == s.uid]
                versions, epochs = _generated_history(array, s.uid, placements)
            skymaps[(array, s.uid)] = tuple(sorted(versions, key=lambda v: (v.start, v.version.replace("vXX", "v00"))))
            for dev, eps in epochs.items():
                all_epochs.setdefault(dev, []).extend(eps)
                arrays_of[dev] = array
    devices: dict[str, Device] = {}
    for dev, eps in all_epochs.items():
        array = arrays_of[dev]
        info = ARRAY_INFO[array]
        devices[dev] = Device(
            array, dev, SERIALS.get(dev), info.shape, info.mirror_ew, tuple(sorted(eps, key=lambda e: e.start))
        )
    return _Fleet(site_map, devices, skymaps)


# ------------------------------------------------------------------------------------------- public API
def sites(array: str) -> list[Site]:
    """Every site of an array (``themis_asi``, ``rego``, ..., ``trex_spectrograph``), sorted by uid.

    Example:
        >>> len(sites("themis_asi")), sites("smile_asi")[0].uid
        (24, 'atha')

    """
    fleet = _fleet()
    if array not in fleet.sites:
        raise KeyError(f"unknown instrument array {array!r}; known: {', '.join(sorted(fleet.sites))}")
    return list(fleet.sites[array])


def site(array: str, uid: str) -> Site:
    """One site of an array by uid (``KeyError`` naming the known ones otherwise).

    Example:
        >>> site("rego", "resu").latitude
        74.7

    """
    for s in sites(array):
        if s.uid == uid.lower():
            return s
    known = ", ".join(s.uid for s in sites(array))
    raise KeyError(f"no site {uid!r} in {array}; known: {known}")


def devices(array: str) -> list[Device]:
    """Every camera of an imager array, sorted by uid.

    Example:
        >>> [d.uid for d in devices("trex_blue")][:2]
        ['blue-633', 'blue-812']

    """
    array_info(array)
    return sorted((d for d in _fleet().devices.values() if d.array == array), key=lambda d: d.uid)


def device(uid: str) -> Device:
    """One camera by uid (``themis19``, ``rego-655``, ``nir-216``...).

    Example:
        >>> device("nir-216").serial
        '23216'

    """
    fleet = _fleet()
    if uid not in fleet.devices:
        raise KeyError(f"no device {uid!r} in the archive's fleet")
    return fleet.devices[uid]


def devices_at(array: str, site_uid: str, when: datetime.date | datetime.datetime) -> list[Device]:
    """Cameras of ``array`` at ``site_uid`` on the day of ``when`` (two at pina for RGB), by uid.

    Example:
        >>> [d.uid for d in devices_at("trex_rgb", "pina", datetime.date(2023, 2, 1))]
        ['rgb-02', 'rgb-05']

    """
    day = _as_day(when)
    out = []
    for d in devices(array):
        epoch = d.epoch_at(day)
        if epoch is not None and epoch.site_uid == site_uid.lower():
            out.append(d)
    return out


def device_at(array: str, site_uid: str, when: datetime.date | datetime.datetime) -> Device | None:
    """Return the camera of ``array`` at ``site_uid`` on ``when`` (the first by uid if two), or None.

    Example:
        >>> device_at("themis_asi", "snkq", datetime.date(2020, 1, 1)).uid
        'themis10'
        >>> device_at("trex_blue", "gill", datetime.date(2015, 1, 1)) is None
        True

    """
    found = devices_at(array, site_uid, when)
    return found[0] if found else None


def true_camera(dev: Device | str, when: datetime.date | datetime.datetime | None = None) -> FisheyeCamera:
    """Return the camera model a device really had on ``when`` (default: its latest epoch).

    The same model :mod:`~aurora_widgets.archive.generate.skymaps` writes into the exact skymaps:
    radius half the smaller side minus one pixel, centre shifted by the epoch's ``shift_px``,
    rotated by its ``rotation_deg``, REGO mirrored east/west. ``KeyError`` when the device was
    not deployed on that day.

    Example:
        >>> cam = true_camera("rego-655", datetime.date(2021, 11, 4))
        >>> cam.rotation_deg, cam.center, cam.mirror_ew
        (4.0, (255.5, 253.5), True)

    """
    d = device(dev) if isinstance(dev, str) else dev
    epoch = d.epochs[-1] if when is None else d.epoch_at(_as_day(when))
    if epoch is None:
        raise KeyError(f"device {d.uid} was not deployed on {_as_day(when)}")  # type: ignore[arg-type]
    return camera_model(d.shape, epoch.rotation_deg, epoch.shift_px, d.mirror_ew)


def camera_model(
    shape: tuple[int, int], rotation_deg: float, shift_px: tuple[float, float], mirror_ew: bool
) -> FisheyeCamera:
    """Return the archive's fisheye model for an image size, rotation and centre shift.

    Example:
        >>> camera_model((256, 256), 2.0, (1.0, 0.0), False).center
        (128.5, 127.5)

    """
    h, w = shape
    return FisheyeCamera(
        height=h,
        width=w,
        center_row=(h - 1) / 2.0 + shift_px[0],
        center_col=(w - 1) / 2.0 + shift_px[1],
        radius_px=min(h, w) / 2.0 - 1.0,
        rotation_deg=rotation_deg,
        mirror_ew=mirror_ew,
    )


def skymap_camera(version: SkymapVersion) -> FisheyeCamera:
    """Return the camera a skymap file describes (the truth plus the version's error).

    Example:
        >>> v = skymap_versions("themis_asi", "gill")[-1]
        >>> skymap_camera(v) == true_camera("themis19", datetime.date(2023, 1, 1))
        True

    """
    info = ARRAY_INFO[version.array]
    return camera_model(info.shape, version.rotation_deg, version.shift_px, info.mirror_ew)


def skymap_versions(array: str, site_uid: str) -> list[SkymapVersion]:
    """Every skymap file of a site, sorted by start then version (``vXX`` first).

    Example:
        >>> [v.filename for v in skymap_versions("themis_asi", "gill")][-2:]
        ['themis_skymap_gill_20210308-+_v02.sav', 'themis_skymap_gill_20220301-+_v02.sav']

    """
    site(array, site_uid)
    return list(_fleet().skymaps.get((array, site_uid.lower()), ()))


def all_skymap_versions(array: str | None = None) -> list[SkymapVersion]:
    """Every skymap file of every site (of one array, or of all), by array, site, start, version.

    Example:
        >>> len(all_skymap_versions("themis_asi")) > 60
        True

    """
    out: list[SkymapVersion] = []
    for (arr, _uid), versions in sorted(_fleet().skymaps.items()):
        if array is None or arr == array:
            out.extend(versions)
    return out


def best_skymap(
    array: str, site_uid: str, when: datetime.date | datetime.datetime, device_uid: str | None = None
) -> SkymapVersion | None:
    """Return the skymap a client should choose for ``when``: valid by name, latest start, highest version.

    At a site with two cameras at once (``pina`` for RGB) file names alone cannot tell which
    camera a skymap is for (the file says so inside, in ``imager_uid``); ``device_uid`` keeps
    that camera's versions only.

    Example:
        >>> best_skymap("themis_asi", "gill", datetime.date(2016, 1, 1)).filename
        'themis_skymap_gill_20150310-+_v02.sav'

    """
    day = _as_day(when)
    valid = [
        v for v in skymap_versions(array, site_uid)
        if v.valid_on(day) and (device_uid is None or v.device_uid == device_uid)
    ]  # fmt: skip
    if not valid:
        return None
    return max(valid, key=lambda v: (v.start, -1 if v.version.lower() == "vxx" else int(v.version[1:] or 0)))


def operating_years(array: str, site_uid: str) -> list[int]:
    """Years in which some camera of ``array`` recorded at ``site_uid`` (up to :data:`ARCHIVE_END`).

    Example:
        >>> operating_years("smile_asi", "pina")
        [2024, 2025, 2026]

    """
    years: set[int] = set()
    for first, last, _uid in operating_days(array, site_uid):
        years.update(range(first.year, last.year + 1))
    return sorted(years)


def operating_days(array: str, site_uid: str) -> list[tuple[datetime.date, datetime.date, str]]:
    """Return the (first day, last day, device uid) intervals cameras recorded at a site, by start.

    Example:
        >>> operating_days("themis_asi", "fsmi")[-1][2]
        'themis06'

    """
    out = []
    for d in devices(array):
        for e in d.epochs:
            if e.site_uid == site_uid.lower():
                out.append((e.start, e.stop or ARCHIVE_END, d.uid))
    out.sort()
    merged: list[tuple[datetime.date, datetime.date, str]] = []
    for start, stop, uid in out:
        if merged and merged[-1][2] == uid and merged[-1][1] + datetime.timedelta(days=1) >= start:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop), uid)
        else:
            merged.append((start, stop, uid))
    return merged
