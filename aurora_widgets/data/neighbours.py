"""Neighbouring sites: which observatories are near a site, and one minute of frames of each.

The map of :class:`~aurora_widgets.widgets.SkymapBrowser` can show the frames of the other sites of
the same instrument array that lie within a radius of the chosen site, as one mosaic. This module is
the data part (the widget only packs the result for the browser, ``widgets/_neighbours.py``):

* :func:`neighbour_sites` - which observatories are near enough (:func:`~.geometry.distance_km`);
* :func:`site_of_raw_file`, :func:`first_file_per_site` - one listing of the minute for all sites;
* :func:`load_neighbours` - observatories, one raw listing, then per neighbour its first file of the
  minute and its best skymap for the date, all through the client (sites without either are
  "no data", not an error);
* :func:`bin_factor`, :func:`bin_frames` - frames binned to at most :data:`MAX_SIDE` pixels a side;
* :func:`nearest_indices` - which frame of a neighbour goes with each frame of the chosen site.

Example:
    >>> site_of_raw_file("https://x/2021/11/04/resu_rego-655/ut06/20211104_0600_resu_rego-655_6300.pgm.gz")
    'resu'

"""

from __future__ import annotations

import datetime as _dt
import math
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import APIError, AuroraWidgetsError, InputError, NoMatchError
from .geometry import distance_km, wrap180
from .instruments import instrument_for_dataset
from .models import FileListing
from .protocol import DataClient

__all__ = [
    "DEFAULT_RADIUS_KM",
    "MAX_SIDE",
    "Neighbour",
    "NeighbourSite",
    "bin_factor",
    "bin_frames",
    "first_file_per_site",
    "load_neighbours",
    "nearest_indices",
    "neighbour_sites",
    "site_of_raw_file",
]

#: Sites within this distance (km, great circle between the observatories) are neighbours.
DEFAULT_RADIUS_KM = 1500.0
#: Neighbour frames are binned (block mean) to at most this many pixels a side: a neighbour covers
#: a few hundred screen pixels of the map, so more would only cost bytes.
MAX_SIDE = 256


@dataclass(frozen=True)
class NeighbourSite:
    """An observatory near the chosen site: uid, name, position (degrees) and distance (km)."""

    uid: str
    full_name: str
    latitude: float
    longitude: float
    distance_km: float


def _obs_fields(obs: Any) -> tuple[str, str, float, float]:
    if isinstance(obs, dict):
        return (str(obs["uid"]).lower(), str(obs.get("full_name", "")),
                float(obs["geodetic_latitude"]), float(obs["geodetic_longitude"]))
    return (str(obs.uid).lower(), str(getattr(obs, "full_name", "")),
            float(obs.geodetic_latitude), float(obs.geodetic_longitude))


def neighbour_sites(
    observatories: Iterable[Any],
    site_uid: str,
    radius_km: float = DEFAULT_RADIUS_KM,
    *,
    centre: tuple[float, float] | None = None,
) -> list[NeighbourSite]:
    """Return the observatories within ``radius_km`` of ``site_uid`` (itself excluded), nearest first.

    ``observatories`` are :class:`~aurora_widgets.data.Observatory` objects or dicts with ``uid``,
    ``geodetic_latitude`` and ``geodetic_longitude``. The site's position comes from that list, or
    from ``centre`` (latitude, longitude) when given or when the site is not listed.

    Raises:
        InputError: the site is not in the list and no ``centre`` was given, or a negative radius.

    Example:
        >>> obs = [{"uid": "gill", "geodetic_latitude": 56.4, "geodetic_longitude": -94.6},
        ...        {"uid": "rank", "geodetic_latitude": 62.8, "geodetic_longitude": -92.1},
        ...        {"uid": "resu", "geodetic_latitude": 74.7, "geodetic_longitude": -94.8}]
        >>> [(s.uid, round(s.distance_km)) for s in neighbour_sites(obs, "gill", 1500)]
        [('rank', 725)]

    """
    if not radius_km >= 0:
        raise InputError(f"The neighbour radius must be a distance in km >= 0, not {radius_km!r}.")
    site = (site_uid or "").strip().lower()
    rows = [_obs_fields(o) for o in observatories]
    if centre is None:
        own = [r for r in rows if r[0] == site]
        if not own:
            raise InputError(f"{site_uid!r} is not among the observatories ({', '.join(r[0] for r in rows)}); "
                             "pass its position as centre=(lat, lon).")
        centre = (own[0][2], own[0][3])
    out = []
    for uid, name, lat, lon in rows:
        if uid == site:
            continue
        d = distance_km(centre[0], centre[1], lat, lon)
        if d <= radius_km:
            out.append(NeighbourSite(uid, name, lat, float(wrap180(np.array(lon))), d))
    return sorted(out, key=lambda s: (s.distance_km, s.uid))


def site_of_raw_file(url: str) -> str | None:
    """Return the site of a raw file from its name ``YYYYMMDD_HHMM_<site>_<device>_...`` (None otherwise).

    Example:
        >>> site_of_raw_file("20211104_0600_gill_themis19_full.pgm.gz"), site_of_raw_file("x.sav")
        ('gill', None)

    """
    parts = Path(str(url)).name.split("_")
    if len(parts) >= 4 and len(parts[0]) == 8 and parts[0].isdigit() and parts[1][:4].isdigit():
        return parts[2].lower()
    return None


def first_file_per_site(urls: Iterable[str]) -> dict[str, str]:
    """Return the first raw file (by name, i.e. by time) of each site among ``urls``.

    Example:
        >>> first_file_per_site(["a/20211104_0601_gill_x_y.pgm.gz", "a/20211104_0600_gill_x_y.pgm.gz",
        ...                      "b/20211104_0600_resu_x_y.pgm.gz"])
        {'gill': 'a/20211104_0600_gill_x_y.pgm.gz', 'resu': 'b/20211104_0600_resu_x_y.pgm.gz'}

    """
    out: dict[str, str] = {}
    for url in sorted(urls, key=lambda u: Path(str(u)).name):
        site = site_of_raw_file(url)
        if site is not None and site not in out:
            out[site] = str(url)
    return out


def nearest_indices(reference: Sequence[Any], other: Sequence[Any]) -> np.ndarray:
    """For each time of ``reference``, the index of the nearest time of ``other`` (datetimes or ISO strings).

    Example:
        >>> nearest_indices(["2021-11-04T06:00:00", "2021-11-04T06:00:06"],
        ...                 ["2021-11-04T06:00:01", "2021-11-04T06:00:04", "2021-11-04T06:00:07"]).tolist()
        [0, 2]

    """
    def seconds(values: Sequence[Any]) -> np.ndarray:
        out = []
        for v in values:
            t = v if isinstance(v, _dt.datetime) else _dt.datetime.fromisoformat(str(v))
            out.append(t.replace(tzinfo=None).timestamp() if t.tzinfo is None else t.timestamp())
        return np.asarray(out, dtype=np.float64)

    if not len(other):
        raise InputError("nearest_indices needs at least one time to match against.")
    ref, oth = seconds(reference), seconds(other)
    return np.asarray(np.abs(ref[:, None] - oth[None, :]).argmin(axis=1), dtype=np.int64)


def bin_factor(shape: Sequence[int], max_side: int = MAX_SIDE) -> int:
    """Return the smallest integer factor that brings an (H, W) image to at most ``max_side`` a side.

    Example:
        >>> bin_factor((512, 512)), bin_factor((256, 256)), bin_factor((270, 320))
        (2, 1, 2)

    """
    return max(1, math.ceil(max(int(shape[0]), int(shape[1])) / max_side))


def bin_frames(frames: np.ndarray, factor: int) -> np.ndarray:
    """Block-mean (H, W[, N]) frames by ``factor`` (rows/columns that do not fill a block are dropped).

    Example:
        >>> bin_frames(np.arange(16.0).reshape(4, 4), 2)[:, :, 0].tolist()
        [[2.5, 4.5], [10.5, 12.5]]

    """
    arr = np.asarray(frames)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if factor <= 1:
        return arr
    h, w, n = arr.shape
    hb, wb = h // factor, w // factor
    cut = arr[: hb * factor, : wb * factor].astype(np.float32)
    return np.asarray(cut.reshape(hb, factor, wb, factor, n).mean(axis=(1, 3)), dtype=np.float32)


@dataclass
class Neighbour:
    """One neighbouring site and what loading its minute gave.

    ``status`` is "ready" (frames and skymap), "no data" (no raw file for the minute, or no skymap
    valid at the date: not an error) or "error" (something failed; ``note`` says what).
    """

    site: NeighbourSite
    status: str
    note: str = ""
    skymap: Any = None
    frames: np.ndarray | None = None
    timestamps: list[Any] = field(default_factory=list)

    @property
    def site_uid(self) -> str:
        """The site code."""
        return self.site.uid

    def as_dict(self) -> dict[str, Any]:
        """Return the row of ``SkymapBrowser.neighbours``: site_uid, skymap, frames, status, distance_km, note.

        Example:
            >>> s = NeighbourSite("rank", "Rankin Inlet", 62.8, -92.1, 728.4)
            >>> Neighbour(s, "no data", "no REGO_RAW file").as_dict()["frames"]
            0

        """
        return {
            "site_uid": self.site.uid,
            "skymap": "" if self.skymap is None else Path(str(self.skymap.filename)).name,
            "frames": 0 if self.frames is None else int(np.shape(self.frames)[2] if np.ndim(self.frames) == 3 else 1),
            "status": self.status,
            "distance_km": round(self.site.distance_km, 1),
            "note": self.note,
        }




def _minute_listing(
    client: Any, raw_dataset: str, minute: _dt.datetime, sites: list[NeighbourSite]
) -> dict[str, FileListing]:
    """Every raw URL of the minute -> its listing: one request for all sites (one per site if refused)."""
    listings: list[FileListing] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            listings = [client.get_urls(raw_dataset, minute, minute)]
        except APIError as err:
            status = getattr(err, "status", None)
            if status is None or not 400 <= status < 500:
                raise
            listings = [client.get_urls(raw_dataset, minute, minute, site_uid=s.uid) for s in sites]
    return {str(url): listing for listing in listings for url in listing.urls}


def load_neighbours(
    client: DataClient,
    skymap_dataset: str,
    raw_dataset: str,
    site_uid: str,
    minute: _dt.datetime,
    radius_km: float = DEFAULT_RADIUS_KM,
    *,
    centre: tuple[float, float] | None = None,
    n_parallel: int = 4,
) -> list[Neighbour]:
    """Load one minute of every site of the array within ``radius_km`` of ``site_uid``.

    Requests: the array's observatories, one raw listing of the minute for all sites, then per
    neighbour with a file: its first file of the minute and its best skymap for the date
    (``download_best_skymap``). Neighbours load in parallel (``n_parallel`` threads). ``centre``
    (latitude, longitude) places the site when the array's observatories do not list it.

    Example:
        >>> import datetime
        >>> rows = load_neighbours(client, "REGO_SKYMAP_IDLSAV", "REGO_RAW", "gill",
        ...                        datetime.datetime(2021, 11, 4, 6), 2500)      # doctest: +SKIP
        >>> [(n.site_uid, round(n.site.distance_km)) for n in rows if n.status == "ready"]  # doctest: +SKIP
        [('rank', 730), ('resu', 2038)]

    """
    from .readers import read_raw, read_skymap

    inst = instrument_for_dataset(skymap_dataset)
    if inst is None:
        raise InputError(f"No instrument array is known for {skymap_dataset!r}.")
    observatories = client.list_observatories(inst.array)
    listed = any(_obs_fields(o)[0] == site_uid.strip().lower() for o in observatories)
    sites = neighbour_sites(observatories, site_uid, radius_km, centre=None if listed else centre)
    if not sites:
        return []
    by_url = _minute_listing(client, raw_dataset, minute, sites)
    files = first_file_per_site(by_url)

    def one(site: NeighbourSite) -> Neighbour:
        url = files.get(site.uid)
        if url is None:
            return Neighbour(site, "no data", f"no {raw_dataset} file at {minute:%Y-%m-%d %H:%M} UT")
        try:
            try:
                best = client.download_best_skymap(skymap_dataset, site.uid, minute)
            except NoMatchError:
                return Neighbour(site, "no data", f"no {skymap_dataset} skymap valid at {minute:%Y-%m-%d}")
            skymap = read_skymap(best.filenames[0])
            listing = by_url[url]
            one_file = FileListing(urls=[url], path_prefix=listing.path_prefix, count=1,
                                   dataset=listing.dataset, total_bytes=None)
            result = client.download_using_urls(one_file, progress_bar_disable=True)
            if not result.filenames:
                return Neighbour(site, "no data", f"downloading {Path(url).name} gave no file")
            data = read_raw([str(result.filenames[0])])
            frames = np.asarray(data.data)
            if frames.ndim == 2:
                frames = frames[:, :, None]
            if frames.shape[:2] != np.shape(skymap.full_elevation):
                return Neighbour(site, "error", f"frames {frames.shape[:2]} do not fit the skymap "
                                 f"{np.shape(skymap.full_elevation)}", skymap=skymap)
            return Neighbour(site, "ready", f"{frames.shape[2]} frames", skymap=skymap, frames=frames,
                             timestamps=list(data.timestamp))
        except AuroraWidgetsError as err:
            return Neighbour(site, "error", str(err))
        except Exception as err:  # shown inline for this site, the others still load
            return Neighbour(site, "error", f"{type(err).__name__}: {err}")

    with ThreadPoolExecutor(max_workers=max(1, n_parallel), thread_name_prefix="aurora-neighbour") as pool:
        return list(pool.map(one, sites))
