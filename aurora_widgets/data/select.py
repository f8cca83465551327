"""Choose the best skymap or calibration file for a time, from file names alone.

Skymap and calibration file names carry everything needed to choose between them::

    themis_skymap_gill_20210308-+_v02.sav            <proj>_skymap_<site>_<start>-<stop|+>_<version>.sav
    REGO_Rayleighs_15654_20210806-+_v02.sav          <PROJ>_<kind>_<detector>_<start>-<stop|+>_<version>.sav

Field 2 is the *owner* (the site UID of a skymap, the detector serial of a calibration), field 3
the validity interval and the last field the version (``v01``, ``v02`` ... or ``vXX``).

The rule (see ARCHITECTURE.md, "Choosing the best file"): a file is valid at ``t`` when
``start <= t`` and (the stop is ``+`` or ``t`` is before the end of the stop day). The best file is
the valid one with the latest start; equal starts are broken by the highest version, and ``vXX``
ranks below every numbered version. The order of the input never matters. This is stricter than
pyaurorax (which keeps the last URL in server order whose start is not after ``t`` and ignores the
stop date and the version); both agree on the real archive's cases.

Timestamps: ``datetime.date`` means midnight; timezone-aware datetimes are converted to UTC and
made naive (all file dates are UTC); ISO strings (``"2021-11-04"``, ``"2021-11-04T06:00"``,
``"2021-11-04 06:00:00Z"``) are accepted too.

Example:
    >>> import datetime
    >>> urls = ["https://h/s/gill/gill_20220301/themis_skymap_gill_20220301-+_v02.sav",
    ...         "https://h/s/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav"]
    >>> best = choose_best(candidates_from_urls(urls, "gill"), datetime.datetime(2021, 11, 4))
    >>> best.filename
    'themis_skymap_gill_20210308-+_v02.sav'

"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from .errors import InputError, NoMatchError
from .models import Candidate

__all__ = [
    "FileNameInfo",
    "as_datetime",
    "candidates_from_urls",
    "choose_best",
    "describe_kind",
    "parse_file_name",
    "version_rank",
]

_DATE = re.compile(r"^(\d{8})$")
_VERSION = re.compile(r"^v(\d+|xx)$", re.IGNORECASE)


@dataclass(frozen=True)
class FileNameInfo:
    """What a skymap or calibration file name says about the file.

    ``kind`` is field 1 (``"skymap"``, ``"Rayleighs"``, ``"flatfield"``), ``owner`` field 2 (site
    UID or detector serial), ``valid_to`` is None for an open interval (``-+``), otherwise the
    stop *day* (the file is valid through the end of it).

    Example:
        >>> info = parse_file_name("REGO_flatfield_15654_20210806-+_v02.sav")
        >>> info.owner, info.valid_from.date().isoformat(), info.valid_to, info.version
        ('15654', '2021-08-06', None, 'v02')

    """

    filename: str
    project: str
    kind: str
    owner: str
    valid_from: _dt.datetime
    valid_to: _dt.datetime | None
    version: str


def _basename(name_or_url: str) -> str:
    text = str(name_or_url).replace("\\", "/")
    base = text.rsplit("/", 1)[-1]
    # asilib saves names with "%2B" instead of "+"; accept both spellings.
    return unquote(base) if "%" in base else base


@functools.lru_cache(maxsize=8192)
def _strptime_day(text: str) -> _dt.datetime:
    # a site's listing is parsed again on each date change: strptime was most of that time
    return _dt.datetime.strptime(text, "%Y%m%d")


def _parse_day(text: str, name: str) -> _dt.datetime:
    if not _DATE.match(text):
        raise InputError(
            f"Cannot parse the date {text!r} in the file name {name!r}: expected YYYYMMDD "
            "(e.g. themis_skymap_gill_20210308-+_v02.sav)."
        )
    try:
        return _strptime_day(text)
    except ValueError as err:
        raise InputError(f"Invalid date {text!r} in the file name {name!r}: {err}.") from err


def parse_file_name(name_or_url: str) -> FileNameInfo:
    """Parse the owner, validity interval and version from a skymap/calibration file name or URL.

    Raises :class:`~aurora_widgets.data.errors.InputError` (a ``ValueError``) for names that do
    not follow the ``<proj>_<kind>_<owner>_<start>-<stop|+>_<version>.<ext>`` pattern.

    Example:
        >>> info = parse_file_name("https://x/THEMIS/asi/skymaps/atha/atha_20081029/"
        ...                        "themis_skymap_atha_20070301-20090522_vXX.sav")
        >>> info.owner, str(info.valid_from), str(info.valid_to), info.version
        ('atha', '2007-03-01 00:00:00', '2009-05-22 00:00:00', 'vXX')

    """
    filename = _basename(name_or_url)
    stem = filename.split(".", 1)[0] if "." in filename else filename
    fields = stem.split("_")
    if len(fields) < 5 or not filename:
        raise InputError(
            f"The file name {filename!r} is not a skymap or calibration name: expected "
            "<proj>_<kind>_<owner>_<start>-<stop|+>_<version>.sav "
            "(e.g. themis_skymap_gill_20210308-+_v02.sav)."
        )
    project, kind, owner, validity, version = fields[0], fields[1], fields[2], fields[3], fields[-1]
    if not _VERSION.match(version):
        raise InputError(f"Cannot parse the version {version!r} in the file name {filename!r}: "
                         "expected vNN or vXX.")
    if "-" not in validity:
        raise InputError(f"Cannot parse the validity {validity!r} in the file name {filename!r}: "
                         "expected <YYYYMMDD>-<YYYYMMDD|+>.")
    start_text, stop_text = validity.split("-", 1)
    valid_from = _parse_day(start_text, filename)
    valid_to = None if stop_text == "+" else _parse_day(stop_text, filename)
    if not owner:
        raise InputError(f"The file name {filename!r} has an empty owner (site/detector) field.")
    return FileNameInfo(filename, project, kind, owner, valid_from, valid_to, version)


def version_rank(version: str) -> int:
    """Rank a version string: ``v02`` -> 2, ``v1`` -> 1, ``vXX`` (and anything else) -> -1.

    Example:
        >>> sorted(["v02", "vXX", "v01"], key=version_rank)
        ['vXX', 'v01', 'v02']

    """
    match = _VERSION.match(version or "")
    if not match or not match.group(1).isdigit():
        return -1
    return int(match.group(1))


def as_datetime(value: object, what: str = "timestamp") -> _dt.datetime:
    """Turn a datetime, date or ISO string into a naive UTC datetime.

    Timezone-aware values are converted to UTC and the tzinfo dropped; dates mean midnight.
    Anything else raises :class:`InputError`.

    Example:
        >>> import datetime
        >>> as_datetime(datetime.datetime(2021, 11, 4, 1, tzinfo=datetime.timezone(
        ...     datetime.timedelta(hours=-6))))
        datetime.datetime(2021, 11, 4, 7, 0)
        >>> as_datetime("2021-11-04")
        datetime.datetime(2021, 11, 4, 0, 0)

    """
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.tzinfo.utcoffset(value) is not None:
            return value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return value.replace(tzinfo=None)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            parsed = _dt.datetime.fromisoformat(text)
        except ValueError:
            parsed = None
        if parsed is None:
            try:
                parsed = _dt.datetime.strptime(text, "%Y%m%d")
            except ValueError:
                raise InputError(
                    f"Cannot understand the {what} {value!r}: use a datetime, a date or an ISO string "
                    "such as '2021-11-04' or '2021-11-04T06:00:00'."
                ) from None
        return as_datetime(parsed, what)
    raise InputError(
        f"The {what} must be a datetime.datetime, datetime.date or ISO string, not "
        f"{type(value).__name__} ({value!r})."
    )


def _owner_matches(owner: str, wanted: str, substring: bool) -> bool:
    owner_l, wanted_l = owner.lower(), wanted.lower()
    return wanted_l in owner_l if substring else owner_l == wanted_l


def candidates_from_urls(
    urls: Iterable[str], owner: str | None = None, *, substring: bool = False
) -> list[Candidate]:
    """Build :class:`Candidate` objects from file URLs (or local paths), keeping those of ``owner``.

    ``owner`` is compared with field 2 of each name, case-insensitively: exactly by default (a site
    UID), or as a substring with ``substring=True`` (how the API matches calibration device UIDs:
    ``"654"`` matches detector ``15654``). ``owner=None`` keeps every file. Names that do not parse
    (READMEs, stray files) are skipped. The input order is kept; choosing never depends on it.

    Example:
        >>> [c.owner for c in candidates_from_urls(
        ...     ["REGO_flatfield_15654_20210806-+_v02.sav", "REGO_flatfield_15655_20141002-+_v01.sav"],
        ...     "654", substring=True)]
        ['15654']

    """
    out: list[Candidate] = []
    for url in urls:
        try:
            info = parse_file_name(url)
        except InputError:
            continue
        if owner is not None and not _owner_matches(info.owner, str(owner), substring):
            continue
        out.append(
            Candidate(
                url=str(url),
                filename=info.filename,
                owner=info.owner,
                valid_from=info.valid_from,
                valid_to=info.valid_to,
                version=info.version,
            )
        )
    return out


def describe_kind(filename_or_dataset: str) -> str:
    """Name the kind of a file or dataset: ``"skymap"``, ``"flatfield calibration"``, ...

    Example:
        >>> describe_kind("REGO_CALIBRATION_RAYLEIGHS_IDLSAV"), describe_kind("rgb_skymap_x_1-+_v1.sav")
        ('Rayleighs calibration', 'skymap')

    """
    text = filename_or_dataset.lower()
    return next((label for word, label in _KIND_WORDS if word in text), "file")


#: (word in the lower-cased name, what to call it), first match wins.
_KIND_WORDS = (("skymap", "skymap"), ("rayleigh", "Rayleighs calibration"),
               ("flatfield", "flatfield calibration"), ("calibration", "calibration"))


def _distance(candidate: Candidate, timestamp: _dt.datetime) -> _dt.timedelta:
    if timestamp < candidate.valid_from:
        return candidate.valid_from - timestamp
    if candidate.valid_to is None:
        return _dt.timedelta(0)
    end = candidate.valid_to + _dt.timedelta(days=1)
    return max(_dt.timedelta(0), timestamp - end)


def _sort_key(candidate: Candidate) -> tuple[_dt.datetime, int, str]:
    # Latest start first, then highest version; the filename makes the order total.
    return (candidate.valid_from, version_rank(candidate.version), candidate.filename)


def _describe(candidate: Candidate) -> str:
    stop = "open-ended" if candidate.valid_to is None else f"ends {candidate.valid_to:%Y-%m-%d}"
    return f"{candidate.filename} (starts {candidate.valid_from:%Y-%m-%d}, {stop})"


def choose_best(
    candidates: Iterable[Candidate],
    timestamp: object,
    *,
    dataset_name: str | None = None,
    owner: str | None = None,
) -> Candidate:
    """Return the best candidate valid at ``timestamp`` (latest start, then highest version).

    ``timestamp`` may be a datetime (tz-aware ones are converted to naive UTC), a date (midnight)
    or an ISO string. ``dataset_name`` and ``owner`` only improve the error message. When nothing
    is valid, raises :class:`NoMatchError` naming up to three nearest candidates (also in its
    ``candidates`` attribute).

    Example:
        >>> import datetime
        >>> cands = candidates_from_urls(["themis_skymap_gill_20210308-+_vXX.sav",
        ...                               "themis_skymap_gill_20210308-+_v01.sav"])
        >>> choose_best(cands, datetime.date(2021, 11, 4)).version
        'v01'

    """
    when = as_datetime(timestamp)
    pool = list(candidates)
    valid = [c for c in pool if c.is_valid_at(when)]
    if valid:
        return max(valid, key=_sort_key)

    kind = describe_kind(dataset_name or (pool[0].filename if pool else ""))
    who_owner = owner if owner is not None else (pool[0].owner if pool else None)
    is_skymap = kind == "skymap"
    noun = "site" if is_skymap else "device"
    who = "" if who_owner is None else f" of {noun} {who_owner!r}"
    prefix = f"No {dataset_name + ' ' if dataset_name else ''}{kind}{who} is valid at {when:%Y-%m-%d %H:%M}"
    if not pool:
        hint = ("check the site UID" if is_skymap else "check the device UID (e.g. '654' for rego-654)")
        raise NoMatchError(f"{prefix}: there are no such files at all; {hint} and the dataset name.", [])
    nearest = sorted(pool, key=lambda c: (_distance(c, when), c.valid_from))[:3]
    listed = "; ".join(_describe(c) for c in nearest)
    raise NoMatchError(
        f"{prefix}; nearest: {listed}. Pick one of these by hand (client.list_skymaps / "
        "client.list_calibrations) or choose another time.",
        nearest,
    )
