"""Open a file chosen from a listing: the cached copy when there is one, else one download.

:func:`candidate_path` is how every widget gets the file of a :class:`Candidate` it (or its user)
chose from :meth:`Client.list_skymaps` / :meth:`Client.list_calibrations`: through the client's
:meth:`cached_path` first (no request, so it works offline), else through the client's
:meth:`download` of the file's valid-from day (the server filters skymaps and calibrations by that
date), keeping the file of that name.

Example:
    >>> import datetime
    >>> from aurora_widgets.data.models import Candidate
    >>> c = Candidate("/no/such/x.sav", "x.sav", "gill", datetime.datetime(2021, 1, 1), None, "v01")
    >>> owner_filter("THEMIS_ASI_SKYMAP_IDLSAV", c)
    {'site_uid': 'gill'}

"""

from __future__ import annotations

import datetime as _dt
import warnings
from pathlib import Path
from typing import Any

from .errors import NoMatchError
from .models import Candidate, FileListing
from .protocol import DataClient

__all__ = ["candidate_path", "first_raw_file", "owner_filter"]


def owner_filter(dataset_name: str, candidate: Candidate) -> dict[str, str]:
    """Return the listing filter that names the candidate's owner: site (skymaps) or device (calibrations).

    Example:
        >>> import datetime
        >>> c = Candidate("u", "REGO_flatfield_15654_20210806-+_v02.sav", "15654",
        ...               datetime.datetime(2021, 8, 6), None, "v02")
        >>> owner_filter("REGO_CALIBRATION_FLATFIELD_IDLSAV", c)
        {'device_uid': '15654'}

    """
    key = "device_uid" if "CALIBRATION" in dataset_name.upper() else "site_uid"
    return {key: candidate.owner}


def candidate_path(client: DataClient, dataset_name: str, candidate: Candidate) -> Path:
    """Return the local path of ``candidate``: the cached file, else the one downloaded now.

    A candidate listed from the files already downloaded (the client's offline fallback) has a
    local path as its ``url``; that file is used as it is. Raises :class:`NoMatchError` when the
    download gives no file of that name.

    Example:
        >>> path = candidate_path(client, "THEMIS_ASI_SKYMAP_IDLSAV", cands.best)   # doctest: +SKIP
        >>> path.name                                                              # doctest: +SKIP
        'themis_skymap_gill_20210308-+_v02.sav'

    """
    cached = client.cached_path(dataset_name, candidate.filename)
    if cached is not None:
        return cached
    local = Path(candidate.url)
    if "://" not in candidate.url and local.is_file():
        return local
    day = candidate.valid_from
    owner = owner_filter(dataset_name, candidate)
    with warnings.catch_warnings():  # "no data" is reported by the caller, inline
        warnings.simplefilter("ignore", UserWarning)
        result = client.download(dataset_name, day, day, site_uid=owner.get("site_uid"),
                                 device_uid=owner.get("device_uid"), progress_bar_disable=True)
    for path in result.filenames:
        if Path(path).name == candidate.filename:
            return Path(path)
    raise NoMatchError(f"Downloading {candidate.filename} gave no file of that name; press Retry.", [candidate])


def first_raw_file(client: DataClient, raw_dataset: str, start: _dt.datetime, site_uid: str = "",
                   device_uid: str = "") -> tuple[Path, Any]:
    """Download and read the first raw file of a site or device from ``start`` to the end of that day.

    When nothing is listed from ``start`` on, the whole day is tried. Returns ``(path, data)`` (the
    client's :class:`~aurora_widgets.data.Data`); raises :class:`NoMatchError` when the day has no
    file or the file holds no readable frame.

    Example:
        >>> path, data = first_raw_file(client, "REGO_RAW", datetime.datetime(2021, 11, 4, 6),
        ...                             site_uid="resu")                               # doctest: +SKIP
        >>> path.name                                                                  # doctest: +SKIP
        '20211104_0600_resu_rego-655_6300.pgm.gz'

    """
    day_end = start.replace(hour=23, minute=59, second=59)
    site, device = site_uid or None, device_uid or None
    listing = client.get_urls(raw_dataset, start, day_end, site_uid=site, device_uid=device)
    day_start = start.replace(hour=0, minute=0)
    if not listing.urls and day_start < start:
        listing = client.get_urls(raw_dataset, day_start, day_end, site_uid=site, device_uid=device)
    if not listing.urls:
        where = f"site {site_uid!r}" if site_uid else f"device {device_uid!r}"
        raise NoMatchError(
            f"No {raw_dataset} data of {where} on {start:%Y-%m-%d}, so there is no frame to calibrate; "
            "the calibration files above are still usable. Try another date.")
    first = min(listing.urls, key=lambda u: u.rsplit("/", 1)[-1])
    one = FileListing(urls=[first], path_prefix=listing.path_prefix, count=1, dataset=listing.dataset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        path = Path(client.download_using_urls(one, progress_bar_disable=True).filenames[0])
    data = client.read(raw_dataset, [path])
    frames = data.data
    if frames is None or getattr(frames, "ndim", 0) != 3 or frames.shape[2] == 0:
        problems = "; ".join(p.error_message for p in data.problematic_files)
        raise NoMatchError(f"{path.name} holds no readable frames{': ' + problems if problems else ''}.")
    return path, data
