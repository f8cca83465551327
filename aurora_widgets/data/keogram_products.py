"""A night's keogram through the Client: the daily summary product, or one built from raw frames.

:func:`array_for` maps what a user names (``"themis_asi"``, ``"THEMIS_ASI_RAW"``,
``"REGO_DAILY_KEOGRAM_PGM"``...) to the array's datasets. :func:`find_daily_keograms` finds the
daily keogram files of a night, already downloaded ones first (no request), else through
``Client.get_urls`` + ``download_using_urls`` like any file, cached in the usual
``<download_dir>/<DATASET>/`` folders. :func:`keogram_from_raw` downloads and reads a night's raw
minute files a few at a time, keeping only each frame's meridian, and reports progress.

Example:
    >>> from aurora_widgets.data import Client
    >>> from aurora_widgets.data.keogram_products import load_daily_keogram, keogram_from_raw
    >>> keo = load_daily_keogram(Client(), "THEMIS_ASI_RAW", "gill", "2021-11-04")   # doctest: +SKIP
    >>> keo = keo or keogram_from_raw(Client(), "THEMIS_ASI_RAW", "gill", "2021-11-04")  # doctest: +SKIP

"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import APIError, InputError, NoMatchError
from .keogram import Keogram, keogram
from .models import FileListing
from .readers.keogram import parse_product_name, read_keogram
from .select import as_datetime

__all__ = [
    "ARRAYS",
    "ArraySpec",
    "array_for",
    "find_daily_keograms",
    "keogram_from_raw",
    "load_daily_keogram",
    "load_hourly_keogram",
    "night",
]

#: Files downloaded and read together while building a keogram from raw frames.
RAW_BATCH = 10


@dataclass(frozen=True)
class ArraySpec:
    """The datasets of one imager array that a keogram needs."""

    instrument_array: str
    raw_dataset: str
    keogram_datasets: tuple[str, ...]
    skymap_dataset: str
    prefix: str


ARRAYS: dict[str, ArraySpec] = {
    "themis_asi": ArraySpec("themis_asi", "THEMIS_ASI_RAW", ("THEMIS_ASI_DAILY_KEOGRAM_PGM",),
                            "THEMIS_ASI_SKYMAP_IDLSAV", "THEMIS_ASI"),
    "rego": ArraySpec("rego", "REGO_RAW", ("REGO_DAILY_KEOGRAM_PGM", "REGO_DAILY_KEOGRAM_PNG"),
                      "REGO_SKYMAP_IDLSAV", "REGO"),
    "trex_nir": ArraySpec("trex_nir", "TREX_NIR_RAW", ("TREX_NIR_DAILY_KEOGRAM_PGM", "TREX_NIR_DAILY_KEOGRAM_PNG"),
                          "TREX_NIR_SKYMAP_IDLSAV", "TREX_NIR"),
    "trex_blue": ArraySpec("trex_blue", "TREX_BLUE_RAW",
                           ("TREX_BLUE_DAILY_KEOGRAM_PGM", "TREX_BLUE_DAILY_KEOGRAM_PNG"),
                           "TREX_BLUE_SKYMAP_IDLSAV", "TREX_BLUE"),
    "trex_rgb": ArraySpec("trex_rgb", "TREX_RGB_RAW_NOMINAL", ("TREX_RGB_DAILY_KEOGRAM",),
                          "TREX_RGB_SKYMAP_IDLSAV", "TREX_RGB"),
}


def array_for(name: str) -> ArraySpec:
    """Return the array of an instrument-array key or of any of its dataset names (case-insensitive).

    Example:
        >>> array_for("REGO_RAW").keogram_datasets
        ('REGO_DAILY_KEOGRAM_PGM', 'REGO_DAILY_KEOGRAM_PNG')
        >>> array_for("themis_asi").raw_dataset
        'THEMIS_ASI_RAW'

    """
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"Name an imager array or dataset (e.g. 'THEMIS_ASI_RAW', 'rego'), not {name!r}.")
    text = name.strip()
    if text.lower() in ARRAYS:
        return ARRAYS[text.lower()]
    upper = text.upper()
    for spec in sorted(ARRAYS.values(), key=lambda s: -len(s.prefix)):
        if upper.startswith(spec.prefix + "_"):
            return spec
    raise InputError(
        f"No keograms for {name!r}: name one of the arrays {', '.join(ARRAYS)} or a dataset of one "
        "(e.g. 'THEMIS_ASI_RAW', 'REGO_DAILY_KEOGRAM_PGM')."
    )


def night(date: Any) -> tuple[_dt.datetime, _dt.datetime]:
    """Return the UT day of ``date`` as the inclusive listing bounds ``(00:00:00, 23:59:59)``.

    Example:
        >>> night("2021-11-04T06:30")
        (datetime.datetime(2021, 11, 4, 0, 0), datetime.datetime(2021, 11, 4, 23, 59, 59))

    """
    day = as_datetime(date, "date").replace(hour=0, minute=0, second=0, microsecond=0)
    return day, day + _dt.timedelta(days=1, seconds=-1)


def _cached(client: Any, dataset: str, day: _dt.datetime, site_uid: str | None) -> dict[str, Path]:
    folder = Path(client.download_dir) / dataset
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    pattern = f"{day:%Y%m%d}__{site_uid or '*'}_*"
    for path in sorted(folder.rglob(pattern)):
        name = parse_product_name(path.name)
        if path.is_file() and ".part-" not in path.name and name is not None and not name.hourly:
            found.setdefault(name.site_uid, path)
    return found


def find_daily_keograms(
    client: Any, dataset: str, date: Any, site_uid: str | None = None, *, refresh: bool = False
) -> dict[str, Path]:
    """Return the daily keogram files of a night, ``{site_uid: path}`` (one site, or every site of the array).

    The array's keogram datasets are tried in order (PGM before PNG). Files already downloaded are
    used without a request when a site is given (``refresh=True`` lists anyway); for the whole
    array the night is listed once per dataset so sites downloaded earlier are not the only ones.
    When the API cannot be reached the files already downloaded are returned.

    Example:
        >>> find_daily_keograms(Client(), "THEMIS_ASI_RAW", "2021-11-04", "gill")   # doctest: +SKIP
        {'gill': PosixPath('.../THEMIS_ASI_DAILY_KEOGRAM_PGM/.../20211104__gill_themis19_full-keogram.pgm.gz')}

    """
    spec = array_for(dataset)
    day, end = night(date)
    site = site_uid.strip().lower() if site_uid else None
    found: dict[str, Path] = {}
    for name in spec.keogram_datasets:
        cached = _cached(client, name, day, site)
        if site and site in cached and not refresh:
            return {site: cached[site]}
        try:
            listing = client.get_urls(name, day, end, site_uid=site)
        except APIError:
            for uid, path in cached.items():
                found.setdefault(uid, path)
            continue
        wanted: dict[str, str] = {}
        for url in listing.urls:
            parsed = parse_product_name(url.rsplit("/", 1)[-1])
            if parsed is None or parsed.hourly or parsed.start != day or parsed.site_uid in found:
                continue
            if parsed.site_uid in cached and not refresh:  # downloaded before (maybe under another name)
                continue
            if site is None or parsed.site_uid == site:
                wanted.setdefault(parsed.site_uid, url)
        if wanted:
            trimmed = FileListing(list(wanted.values()), listing.path_prefix, len(wanted), listing.dataset)
            result = client.download_using_urls(trimmed, progress_bar_disable=True)
            for path in result.filenames:
                parsed = parse_product_name(Path(path).name)
                if parsed is not None:
                    found.setdefault(parsed.site_uid, Path(path))
        for uid, path in cached.items():
            found.setdefault(uid, path)
    return found


def load_daily_keogram(client: Any, dataset: str, site_uid: str, date: Any) -> Keogram | None:
    """Return the daily keogram product of one site and night, read; None when the archive has none.

    Example:
        >>> load_daily_keogram(Client(), "REGO_RAW", "gill", "2021-11-04").source   # doctest: +SKIP
        '20211104__gill_rego-654_6300-keogram.pgm.gz'

    """
    files = find_daily_keograms(client, dataset, date, site_uid)
    path = files.get(site_uid.strip().lower())
    # The time axis (readers/keogram.py): column i starts at 00:00 UT + i * 24 h / width, i.e. the
    # columns tile the UT day evenly. What was checked (issue #15): no source we have describes the
    # product's column layout. The reference notes ucalgary_api_and_formats.md do not mention
    # keogram files; real_catalogue.md lists the *_DAILY_KEOGRAM_* datasets and says "Keograms and
    # montages are images" that pyucalgarysrs 1.28 cannot read (not among its 29 readable datasets);
    # pyaurorax (aurorax-space/pyaurorax, tools/keogram/_create.py) has no reader for them either:
    # its keograms are made from frames, one column per frame at the frame's own timestamp, with
    # Keogram.inject_nans() filling missing cadence slots. So there is nothing to correct the even
    # axis against; it stays an assumption, and keogram_from_raw (frame timestamps, as pyaurorax)
    # is the way to an exact axis. Check it against a real product when one is at hand: a gap in
    # the night (dome closed, clouds) must sit at its UT minute.
    return None if path is None else read_keogram(path)


def load_hourly_keogram(client: Any, dataset: str, site_uid: str, when: Any) -> Keogram | None:
    """Return the hourly keogram product of the UT hour holding ``when`` (finer columns), or None.

    The array's ``*_HOURLY_KEOGRAM_*`` datasets are tried in order (PGM before PNG); a file already
    downloaded is read without a request.

    Example:
        >>> keo = load_hourly_keogram(Client(), "THEMIS_ASI_RAW", "gill", "2021-11-04T06:12")  # doctest: +SKIP
        >>> keo.timestamp[1] - keo.timestamp[0]                                                # doctest: +SKIP
        datetime.timedelta(seconds=6)

    """
    spec = array_for(dataset)
    hour = as_datetime(when, "when").replace(minute=0, second=0, microsecond=0)
    site = site_uid.strip().lower()
    for name in (n.replace("_DAILY_", "_HOURLY_") for n in spec.keogram_datasets):
        folder = Path(client.download_dir) / name
        if folder.is_dir():
            hit = next((p for p in sorted(folder.rglob(f"{hour:%Y%m%d_%H}_{site}_*")) if p.is_file()
                        and ".part-" not in p.name), None)
            if hit is not None:
                return read_keogram(hit)
        try:
            listing = client.get_urls(name, hour, hour + _dt.timedelta(minutes=59, seconds=59), site_uid=site)
        except APIError:
            continue
        urls = [u for u in listing.urls if (p := parse_product_name(u.rsplit("/", 1)[-1])) is not None
                and p.hourly and p.start == hour and p.site_uid == site]
        if urls:
            result = client.download_using_urls(FileListing(urls[:1], listing.path_prefix, 1, listing.dataset),
                                                progress_bar_disable=True)
            return read_keogram(result.filenames[0])
    return None


Progress = Callable[[int, int], None]


def keogram_from_raw(
    client: Any,
    dataset: str,
    site_uid: str,
    date: Any,
    *,
    skymap: Any = None,
    altitude_km: float | None = None,
    progress: Progress | None = None,
    start: Any = None,
    end: Any = None,
) -> Keogram:
    """Build a night's keogram from its raw minute files (downloaded ``RAW_BATCH`` at a time).

    ``progress(done_files, total_files)`` is called after each batch. Memory stays small: only
    each frame's meridian column is kept. ``start``/``end`` (inclusive, within the night) limit
    the minutes read, e.g. to the hours around an event.

    Raises:
        NoMatchError: the archive lists no raw files for that site and night.

    Example:
        >>> keo = keogram_from_raw(Client(), "THEMIS_ASI_RAW", "gill", "2021-11-04",
        ...                        progress=lambda done, total: print(done, total))   # doctest: +SKIP
        2 2

    """
    from .readers import read

    spec = array_for(dataset)
    day, last = night(date)
    lo = day if start is None else max(day, as_datetime(start, "start"))
    hi = last if end is None else min(last, as_datetime(end, "end"))
    if hi < lo:
        raise InputError(f"The start ({lo}) is after the end ({hi}) within the night of {day:%Y-%m-%d}.")
    site = site_uid.strip().lower()
    listing = client.get_urls(spec.raw_dataset, lo, hi, site_uid=site)
    urls = sorted(listing.urls, key=lambda u: u.rsplit("/", 1)[-1])
    if not urls:
        raise NoMatchError(
            f"No {spec.raw_dataset} files for {site} on {day:%Y-%m-%d}: there is nothing to build a keogram "
            "from. Choose another night or site."
        )
    parts: list[Keogram] = []
    for i in range(0, len(urls), RAW_BATCH):
        batch = urls[i:i + RAW_BATCH]
        result = client.download_using_urls(
            FileListing(batch, listing.path_prefix, len(batch), listing.dataset), progress_bar_disable=True
        )
        raw = read(spec.raw_dataset, [str(p) for p in result.filenames])
        if raw.timestamp:
            parts.append(keogram(raw.data, raw.timestamp))
        if progress is not None:
            progress(min(i + RAW_BATCH, len(urls)), len(urls))
    if not parts:
        raise NoMatchError(f"None of the {len(urls)} {spec.raw_dataset} files of {site} on {day:%Y-%m-%d} "
                           "could be read; see the files' problems with aurora_widgets.data.read.")
    times = [t for p in parts for t in p.timestamp]
    order = np.argsort(np.array([t.timestamp() for t in times]), kind="stable")
    data = np.concatenate([p.data for p in parts], axis=1)[:, order]
    keo = Keogram(data=data, timestamp=[times[j] for j in order], ccd_y=np.arange(data.shape[0]),
                  slice_idx=parts[0].slice_idx, site_uid=site,
                  source=f"{len(times)} raw frames from {len(urls)} {spec.raw_dataset} files")
    if skymap is not None:
        keo.set_geographic_latitudes(skymap, altitude_km)
    return keo
