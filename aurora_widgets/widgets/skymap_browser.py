"""SkymapBrowser: every skymap of a site on a timeline, its panels, and a frame on the map.

One widget answers "which skymap should I use for this site and date, and what does it do to my
image?":

* a **timeline** of every skymap file of the site (one listing request) with validity bars,
  versions, the date marker, and the best file for the date chosen and highlighted;
* **panels** of elevation, azimuth, latitude and longitude (at 90, 110, 150 km or any altitude
  80-250 km), one byte per pixel, colour-mapped and masked below ``min_elevation`` in the
  browser, with a hover readout (approximate at once, exact from Python a moment later);
* **compare mode**: a second skymap, the differences and the max |Δ| of each quantity;
* a **map view**: one minute of raw frames of the site projected through the chosen skymap on
  an offline map (coastlines, site, field-of-view edge), with a time scrubber, play, contrast and
  blink / side-by-side comparison of two skymaps, and zoom (wheel, +/-) and pan (drag, arrow
  keys) up to 12x, kept across skymaps of the site. Frame stepping, contrast, colormap, zoom and the
  minimum elevation redraw in the browser; the altitude needs only the new corner grid;
* **neighbouring sites** (``show_neighbours``, off by default): the same minute of the other sites
  of the array within ``neighbour_radius_km`` (also set in the page), drawn with the chosen site as
  one mosaic (the pixel nearest its own zenith wins); sites without frames or skymap are listed as
  "no data".

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> browser = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00")   # doctest: +SKIP
    >>> browser                                                             # doctest: +SKIP
    >>> browser.wait(); browser.selected                                    # doctest: +SKIP
    'themis_skymap_gill_20210308-+_v02.sav'
    >>> browser.altitude_km = 130; browser.compare_with(browser.candidates[-1]["filename"])  # doctest: +SKIP
    >>> browser.show_neighbours = True; browser.wait().neighbours[0]["status"]               # doctest: +SKIP
    'no data'


Size: about 830 lines (a third of them docstrings), over the ~500 rule: one widget with four
coupled views (timeline, panels, comparison, map frames) whose traits observe each other. Moved out
already: data work (data/fetch, data/neighbours, projection), payloads (_skymap_panels.py), the
neighbours' wiring (_skymap_neighbours.py), the payload cache (_cache.py). Next split: the map frames.

"""

from __future__ import annotations

import contextlib
import datetime as _dt
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import traitlets
from anywidget.experimental import command

from ..data.errors import AuroraWidgetsError, InputError, NoMatchError
from ..data.fetch import candidate_path
from ..data.instruments import INSTRUMENTS, instrument_for_dataset
from ..data.models import Candidate, Skymap
from ..data.neighbours import DEFAULT_RADIUS_KM, Neighbour, nearest_indices
from ..data.protocol import DataClient
from ..data.select import as_datetime
from ._base import AuroraWidget
from ._cache import ObjectLRU
from ._jobs import error_text
from ._skymap_frameview import FrameView, FrameViewTraits
from ._skymap_neighbours import NeighboursView
from ._skymap_panels import (
    angle_panels,
    difference_panels,
    frames_payload,
    map_grid,
    pixel_centres,
    skymap_panels,
)
from ._skymap_playback import PlaybackView, play_range_value
from ._traits import colormap_trait, status_trait

__all__ = ["MAP_MODES", "RAW_DATASET_FOR_SKYMAP", "SkymapBrowser", "selection_key"]

#: The raw dataset whose frames a skymap dataset maps (None: no raw frames we can read).
RAW_DATASET_FOR_SKYMAP: dict[str, str | None] = {i.skymap_dataset: i.raw_dataset for i in INSTRUMENTS.values()}

#: How the map shows a comparison: one skymap, blinking between two, or side by side.
MAP_MODES = ("single", "blink", "side")
#: When ``date`` has no time of day, the map shows this UT minute (local midnight in Canada).
DEFAULT_FRAME_TIME = _dt.time(6, 0)
MIN_ALTITUDE_KM, MAX_ALTITUDE_KM = 80.0, 250.0
#: ``neighbour_radius_km`` is kept within 0 and this (km): more than any array spans end to end
#: (THEMIS and REGO ~5,200 km). The map's "within N km" input has the same bounds.
MAX_NEIGHBOUR_RADIUS_KM = 6000.0
#: How many (skymap, altitude) payloads (panels + map grid, ~170 kB at 256x256) a browser keeps, so
#: going back to a skymap or an altitude seen before costs no quantising or compressing.
PAYLOAD_CACHE_SIZE = 8
#: Largest map picture (PNG bytes) the front-end may send for the saved-notebook copy of the view.
MAP_SNAPSHOT_MAX_BYTES = 2_000_000


def selection_key(dataset: str, site: str, date: str) -> str:
    """Return the key of a selection: what the payloads on screen must have been made for.

    Example:
        >>> selection_key("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04T06:00")
        'THEMIS_ASI_SKYMAP_IDLSAV|gill|2021-11-04'

    """
    return f"{dataset}|{site}|{date[:10]}"


def _array_label(dataset: str) -> str:
    inst = instrument_for_dataset(dataset)
    return inst.label if inst is not None else dataset


def _candidate_dict(c: Candidate) -> dict[str, Any]:
    return {
        "filename": c.filename,
        "url": c.url,
        "valid_from": c.valid_from.date().isoformat(),
        "valid_to": None if c.valid_to is None else c.valid_to.date().isoformat(),
        "version": c.version,
        "is_best": bool(c.is_best),
    }


class SkymapBrowser(AuroraWidget, FrameViewTraits):
    """Browse, choose and compare the skymaps of a site, and see a frame through them on a map.

    Parameters: ``dataset`` (a ``*_SKYMAP_IDLSAV`` dataset name), ``site_uid`` (e.g. ``"gill"``),
    ``date`` (a datetime, date or ISO string; a time of day also picks the raw minute shown on the
    map, else 06:00 UT), ``client`` (an :class:`aurora_widgets.data.Client`; a default one is made
    when omitted). Loading runs in the background; ``status``/``message`` say how it went and
    :meth:`wait` blocks until it is done.

    Example:
        >>> b = SkymapBrowser(site_uid="gill", date="2021-11-04")   # doctest: +SKIP
        >>> b.wait().skymap.site_uid                                # doctest: +SKIP
        'gill'
        >>> b.select("themis_skymap_gill_20220301-+_v02.sav")      # doctest: +SKIP

    """

    _kind = traitlets.Unicode("skymap_browser").tag(sync=True)
    _channels: ClassVar[dict[str, tuple[str, str]]] = {
        "selected": ("status", "message"), "compare": ("status", "message"),
        "frames": ("frames_status", "frames_message"),
        "neighbours": ("neighbours_status", "neighbours_message"),
        "grids": ("neighbours_status", "neighbours_message"),
        "frame_view": ("frame_view_status", "frame_view_message"),
        "star_fit": ("star_fit_status", "star_fit_message"),
    }
    _view_traits = (*AuroraWidget._view_traits, "selected", "compare", "altitude_km", "min_elevation",
                    "colormap")

    dataset_name = traitlets.Unicode("THEMIS_ASI_SKYMAP_IDLSAV").tag(sync=True)
    site_uid = traitlets.Unicode("").tag(sync=True)
    #: ISO date or date-time; the best skymap is chosen for it and the map shows its minute.
    date = traitlets.Unicode("").tag(sync=True)
    #: Every skymap of the site: dicts with filename, url, valid_from, valid_to, version, is_best.
    candidates = traitlets.List(traitlets.Dict(), read_only=True).tag(sync=True)
    #: File name of the chosen skymap (set it, or click a bar, to choose another).
    selected = traitlets.Unicode("").tag(sync=True)
    #: File name of the skymap to compare with ("" = no comparison).
    compare = traitlets.Unicode("").tag(sync=True)
    altitude_km = traitlets.Float(110.0).tag(sync=True)
    min_elevation = traitlets.Float(10.0).tag(sync=True)
    colormap = colormap_trait("viridis")
    map_colormap = colormap_trait("gray")
    #: Percentiles of the current frame mapped to the ends of the colour scale on the map.
    contrast = traitlets.List(traitlets.Float(), default_value=[1.0, 99.5]).tag(sync=True)
    #: Which frame of the minute the map shows (0 = the first; beyond the last shows the last).
    frame_index = traitlets.Int(0, min=0).tag(sync=True)
    #: "single", "blink" or "side" (side by side); the latter two need a ``compare`` skymap.
    map_mode = traitlets.CaselessStrEnum(MAP_MODES, default_value="single").tag(sync=True)

    # Payloads (binary buffers inside dicts) and their descriptions; written by Python only.
    panels = traitlets.Dict(read_only=True).tag(sync=True)
    diff_panels = traitlets.Dict(read_only=True).tag(sync=True)
    diff_stats = traitlets.Dict(read_only=True).tag(sync=True)
    map_grid = traitlets.Dict(read_only=True).tag(sync=True)
    compare_grid = traitlets.Dict(read_only=True).tag(sync=True)
    frames = traitlets.Dict(read_only=True).tag(sync=True)
    #: "idle", "loading", "ready", "none" (no raw data) or "error", and a line about it.
    frames_status = status_trait()
    frames_message = traitlets.Unicode("").tag(sync=True)
    #: Site name, position and imager of the chosen skymap.
    site_info = traitlets.Dict(read_only=True).tag(sync=True)
    #: Show the same minute of neighbouring sites of the array on the map (one mosaic).
    show_neighbours = traitlets.Bool(False).tag(sync=True)
    #: Sites of the array within this distance (km) of the chosen site are neighbours; clamped to 0 to
    #: ``MAX_NEIGHBOUR_RADIUS_KM``. Changing it while ``show_neighbours`` is on loads them again.
    neighbour_radius_km = traitlets.Float(DEFAULT_RADIUS_KM).tag(sync=True)
    #: One row per neighbour: site_uid, skymap (file name), frames (count), status ("ready",
    #: "no data" or "error"), distance_km and a note.
    neighbours = traitlets.List(traitlets.Dict(), read_only=True).tag(sync=True)
    #: Per ready neighbour: site, binned one-byte frames, elevation and azimuth (binary buffers).
    neighbour_data = traitlets.List(traitlets.Dict(), read_only=True).tag(sync=True)
    #: site_uid -> corner grid at ``altitude_km`` of each ready neighbour.
    neighbour_grids = traitlets.Dict(read_only=True).tag(sync=True)
    #: "off", "loading", "ready", "none" (nothing to show for this dataset) or "error", and a line.
    neighbours_status = status_trait("off")
    neighbours_message = traitlets.Unicode("").tag(sync=True)
    #: The selection the payloads on screen were made for, ``"<dataset>|<site>|<YYYY-MM-DD>"`` ("" =
    #: none yet). The front-end draws the timeline, panels and map only while it matches the current
    #: ``dataset_name``/``site_uid``/``date`` (the same key, see :func:`selection_key`).
    payload_key = traitlets.Unicode("", read_only=True).tag(sync=True)
    #: Whether the page offers Retry for the error shown: only network and server failures, never a
    #: site or dataset with nothing in it (retrying cannot help there).
    retryable = traitlets.Bool(True, read_only=True).tag(sync=True)

    # -- playback of a UT range across minute files and sites (_skymap_playback.py, docs/playback_wire.md)
    _channels = {**_channels, "playback": ("playback_state", "playback_message")}
    #: A UT range ``[start, end]`` (whole minutes, end excluded, at most 6 h) to play; [] = the minute only.
    play_range = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: Playback speed (x real time, 1-60); the page's speed control writes it.
    play_speed = traitlets.Float(20.0, min=1.0, max=60.0).tag(sync=True)
    #: The plan of ``play_range`` ({} when none) and its progress; the planning job's state and line.
    playback = traitlets.Dict(read_only=True).tag(sync=True)
    playback_status = traitlets.Dict(read_only=True).tag(sync=True)
    playback_state = status_trait("off")
    playback_message = traitlets.Unicode("").tag(sync=True)

    @traitlets.validate("play_range")
    def _check_play_range(self, proposal: Any) -> list[str]:
        return play_range_value(proposal["value"])

    def calibrate_playback(self, flatfield: Any = None, rayleighs: Any = None, dark: Any = None) -> SkymapBrowser:
        """Play ``play_range`` calibrated with ``data.calibrate`` (units "Rayleighs" with ``rayleighs``).

        Example:
            >>> b.calibrate_playback(cal.flatfield, cal.rayleighs, "corner")   # doctest: +SKIP

        """
        self._pb.calibrate(flatfield, rayleighs, dark)  # no arguments: raw counts again
        return self

    @command
    def _playback_segment(self, msg: Any, _buffers: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        return self._pb.answer(msg)  # one segment of the range, see docs/playback_wire.md

    def __init__(
        self,
        dataset: str = "THEMIS_ASI_SKYMAP_IDLSAV",
        site_uid: str | None = None,
        date: Any = None,
        client: DataClient | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._client = client
        self._lock = threading.RLock()
        self._candidate_objects: list[Candidate] = []
        self._skymap: Skymap | None = None
        self._selected_path: Path | None = None
        self._compare_skymap: Skymap | None = None
        self._frames: np.ndarray | None = None
        self._frame_times: list[_dt.datetime] = []
        self._projection_cache: tuple[tuple[Any, ...], Any] | None = None
        self._sync_lock = threading.RLock()
        #: (id(skymap), altitude) -> (weak ref to the skymap, panels, map grid), most recent last.
        self._payloads: ObjectLRU[tuple[dict[str, Any], dict[str, Any]]] = ObjectLRU(PAYLOAD_CACHE_SIZE)
        #: id(skymap) -> (weak ref, elevation + azimuth panels): the same at every altitude.
        self._angles: ObjectLRU[dict[str, Any]] = ObjectLRU(PAYLOAD_CACHE_SIZE)
        #: The neighbours on the map (what was loaded, and the jobs that load it).
        self._nb = NeighboursView(self)
        #: The frame view and the timeline's star fits (_skymap_frameview.py).
        self._fv = FrameView(self)
        self._pb = PlaybackView(self)  # range playback (_skymap_playback.py)
        self.on_msg(self._handle_message)
        with self.hold_trait_notifications():
            self.dataset_name = dataset
            self.site_uid = (site_uid or "").strip().lower()
            self.date = self._iso(date) if date is not None else ""
        self._map_snapshot: tuple[str, bytes] | None = None
        self.observe(self._forget_map_snapshot, names=["dataset_name", "site_uid", "date", "selected"])
        self.observe(self._on_target_change, names=["dataset_name", "site_uid", "date"])
        self.observe(self._on_selected, names=["selected"])
        self.observe(self._on_compare, names=["compare"])
        self.observe(self._on_altitude, names=["altitude_km", "min_elevation"])
        self.observe(self._on_neighbours_toggle, names=["show_neighbours", "neighbour_radius_km"])
        self.observe(lambda _c: self._fv.refresh(), names=["frame_index"])
        self.observe(lambda c: self._fv.refresh() if c["new"] in ("none", "error") else None, names=["frames_status"])
        if self.site_uid and self.date:
            self.reload()
        elif not self.site_uid:
            self.message = "Choose a site (site_uid) to list its skymaps."

    @traitlets.validate("neighbour_radius_km")
    def _check_radius(self, proposal: Any) -> float:
        value = float(proposal["value"])
        if not np.isfinite(value):
            raise InputError(f"neighbour_radius_km must be a distance in km, e.g. 1500; got {value}")
        return float(np.clip(value, 0.0, MAX_NEIGHBOUR_RADIUS_KM))

    # ------------------------------------------------------------------ public API
    @property
    def skymap(self) -> Skymap | None:
        """The chosen :class:`~aurora_widgets.data.Skymap` (None until loaded)."""
        return self._skymap

    def _static_panels(self) -> list[Any]:
        """Return the panels as the browser shows them: altitude, colormap, elevation mask, difference.

        The hidden pixels are those below ``min_elevation``, read from the elevation panel's codes as
        the browser reads them. With a comparison open, the difference panels (chosen minus
        compared, in ``coolwarm``) follow.
        """
        panels = dict(self.panels)
        if not panels.get("elevation"):
            return []
        from ._serialize import dequantize
        from ._skymap_panels import unpack

        with np.errstate(invalid="ignore"):
            hidden = ~(dequantize(unpack(panels["elevation"])) >= self.min_elevation)
        km = f"{self.altitude_km:g} km"
        titles = {"elevation": "elevation", "azimuth": "azimuth",
                  "latitude": f"latitude at {km}", "longitude": f"longitude at {km}"}
        figures = [(title, panels[name], self.colormap, hidden) for name, title in titles.items() if panels.get(name)]
        if self.compare:
            diff = dict(self.diff_panels)
            figures += [(f"Δ {title}", diff[name], "coolwarm", hidden)
                        for name, title in titles.items() if diff.get(name)]
        return figures

    def _summary_rows(self) -> list[tuple[str, str]]:
        rows = [("dataset", self.dataset_name), ("site", self.site_uid), ("date", self.date),
                ("skymap", self.selected)]
        if self.compare:
            rows.append(("compared with", self.compare))
        rows.append(("view", f"{self.altitude_km:g} km, elevation ≥ {self.min_elevation:g}°, {self.colormap}"))
        return rows + super()._summary_rows()

    @property
    def star_fit(self) -> list[dict[str, Any]]:
        """The timeline's star fit of the shown frame: one dict per candidate skymap.

        Keys: skymap_filename, stars_found, stars_in_view, median_px, p90_px (None where the stars
        cannot be fitted), reason (why not), best, caption, when (the instant fitted).

        Example:
            >>> [(r["caption"], r["best"]) for r in b.wait().star_fit]   # doctest: +SKIP
            [('v01 2.80 px', False), ('v02 0.40 px', True)]

        """
        return [dict(row) for row in self.star_fits]

    @property
    def compare_skymap(self) -> Skymap | None:
        """The skymap being compared with (None without a comparison)."""
        return self._compare_skymap

    @property
    def candidate_list(self) -> list[Candidate]:
        """The :class:`~aurora_widgets.data.Candidate` objects behind the ``candidates`` trait."""
        return list(self._candidate_objects)

    @property
    def selected_path(self) -> Path | None:
        """Local path of the chosen skymap file."""
        return self._selected_path

    @property
    def frame_data(self) -> np.ndarray | None:
        """The raw frames of the minute on the map, (H, W, N) uint16, or None."""
        return self._frames

    @property
    def projection(self) -> Any:
        """The current frame projected through the chosen skymap (a ``Projection``), or None.

        Uses ``altitude_km``, ``min_elevation`` and ``frame_index``; computed on first access
        and cached until one of them (or the skymap) changes.
        """
        if self._frames is None or self._skymap is None:
            return None
        index = int(np.clip(self.frame_index, 0, self._frames.shape[2] - 1))
        key = (self._skymap.filename, self.altitude_km, self.min_elevation, index)
        if self._projection_cache and self._projection_cache[0] == key:
            return self._projection_cache[1]
        from ..data.projection import project

        result = project(
            self._frames[:, :, index : index + 1],
            self._skymap,
            altitude_km=self.altitude_km,
            min_elevation=self.min_elevation,
        )
        self._projection_cache = (key, result)
        return result

    @property
    def neighbour_list(self) -> list[Neighbour]:
        """The neighbouring sites shown on the map (:class:`~aurora_widgets.widgets._neighbours.Neighbour`).

        Each holds its site, status, skymap, frames and timestamps; empty while ``show_neighbours``
        is off or loading.
        """
        loaded = self._nb.loaded
        return list(loaded[1]) if loaded is not None and self.show_neighbours else []

    def neighbour_mosaic(self, frame_index: int | None = None) -> Any:
        """Return the chosen site's frame and each ready neighbour's nearest-in-time frame as one mosaic.

        Projected at ``altitude_km``/``min_elevation`` and merged by
        :func:`~aurora_widgets.data.projection.mosaic` (quads in rising elevation: drawn in order,
        the pixel nearest its own zenith wins). ``frame_index`` defaults to ``frame_index``.
        Returns None when there is nothing to project.

        Example:
            >>> b.show_neighbours = True; m = b.wait().neighbour_mosaic()   # doctest: +SKIP
            >>> m.site_uid                                                   # doctest: +SKIP
            ['gill', 'rank']

        """
        from ..data.projection import mosaic, project

        alt, min_el = float(self.altitude_km), float(self.min_elevation)
        index = int(self.frame_index if frame_index is None else frame_index)
        parts, when = [], None
        if self._frames is not None and self._skymap is not None:
            index = int(np.clip(index, 0, self._frames.shape[2] - 1))
            parts.append(project(self._frames[:, :, index], self._skymap, altitude_km=alt, min_elevation=min_el))
            if self._frame_times:
                when = self._frame_times[index]
        for n in self.neighbour_list:
            if n.status != "ready" or n.frames is None:
                continue
            j = int(nearest_indices([when], n.timestamps)[0]) if when is not None and n.timestamps else min(
                index, n.frames.shape[2] - 1)
            parts.append(project(n.frames[:, :, j], n.skymap, altitude_km=alt, min_elevation=min_el))
        return mosaic(parts) if parts else None

    def reload(self) -> SkymapBrowser:
        """List the site's skymaps (``Client.list_skymaps``) and load the best one for ``date``.

        Runs in the background; it supersedes any choice or comparison still loading.
        """
        dataset, site, date = self.dataset_name, self.site_uid, self.date
        self._jobs.supersede("selected", "compare", "frames", "frame_view", "star_fit")

        def work() -> tuple[list[Candidate], Candidate, str, Path, Skymap]:
            candidates, best, note = self._list(dataset, site, date)
            if best.is_best and self.client.cached_path(dataset, best.filename) is None:
                # not cached yet: the client downloads the file it chose, with no new listing
                from ..data.readers import read_skymap

                with warnings.catch_warnings():  # the listing's warning is in the note already
                    warnings.simplefilter("ignore", UserWarning)
                    result = self.client.download_best_skymap(dataset, site, self._when_of(date))
                path = Path(result.filenames[0])
                return candidates, best, note, path, read_skymap(path)
            path, skymap = self._read(dataset, best)  # the cached file (or the nearest one, downloaded)
            return candidates, best, note, path, skymap

        def apply(result: tuple[list[Candidate], Candidate, str, Path, Skymap]) -> None:
            self._apply_listing(result, selection_key(dataset, site, date))

        with self.hold_sync():  # the old pictures go in the message that says "loading"
            self._clear_pictures()
            self._jobs.submit("main", f"Listing {dataset} skymaps of {site or '?'} and reading the best one…",
                              work, apply, on_error=self._listing_failed)
        return self

    def _listing_failed(self, err: BaseException) -> tuple[str, str] | None:
        """Offer Retry only for network and server errors, not for a site or dataset with nothing in it."""
        self._put(retryable=not isinstance(err, (NoMatchError, InputError)))
        return None

    def _clear_pictures(self) -> None:
        """Drop every payload of the previous selection at once (the new one's follow when loaded)."""
        self._candidate_objects = []
        self._skymap, self._selected_path, self._compare_skymap = None, None, None
        self._frames, self._frame_times, self._projection_cache = None, [], None
        with self.hold_sync(), self.hold_trait_notifications():
            self._put(payload_key="", retryable=True, candidates=[], panels={}, diff_panels={}, diff_stats={},
                      map_grid={}, compare_grid={}, frames={}, site_info={})
            self.selected = ""
            self.compare = ""
        if self.show_neighbours:
            self._nb.clear("idle", "")
        self._fv.clear()  # the frame view and star fits of the old selection go too

    def select(self, filename: str) -> SkymapBrowser:
        """Choose the skymap ``filename`` (one of ``candidates``); loads it in the background.

        Example:
            >>> b.select("themis_skymap_gill_20220301-+_v02.sav").wait()   # doctest: +SKIP

        """
        self._candidate(filename)  # raise InputError early for an unknown name
        if filename == self.selected:
            self._load_selected()
        else:
            self.selected = filename
        return self

    def compare_with(self, filename: str | None) -> SkymapBrowser:
        """Compare the chosen skymap with ``filename`` (None or "" ends the comparison).

        Example:
            >>> b.compare_with("themis_skymap_gill_20220301-+_v02.sav").wait()   # doctest: +SKIP
            >>> b.diff_stats["elevation"]                                      # doctest: +SKIP

        """
        name = filename or ""
        if name:
            self._candidate(name)
        if name == self.compare and name:
            self._load_compare()
        else:
            self.compare = name
        return self

    def exact_values(self, row: int, col: int) -> dict[str, Any]:
        """Exact elevation, azimuth, latitude and longitude of pixel (row, col) of the chosen skymap.

        Latitude/longitude are at ``altitude_km`` at the pixel centre (mean of its 4 corners).

        Example:
            >>> b.exact_values(128, 128)["elevation"]   # doctest: +SKIP
            88.9

        """
        sm = self._skymap
        if sm is None:
            raise InputError("No skymap is loaded yet.")
        h, w = sm.full_elevation.shape
        if not (0 <= row < h and 0 <= col < w):
            raise InputError(f"Pixel ({row}, {col}) is outside the {h}x{w} skymap.")
        lat_c, lon_c = self._corners(sm)
        lat, lon = pixel_centres(lat_c[row : row + 2, col : col + 2], lon_c[row : row + 2, col : col + 2])

        def num(v: Any) -> float | None:
            v = float(v)
            return v if np.isfinite(v) else None

        az = None if sm.full_azimuth is None else num(sm.full_azimuth[row, col])
        return {
            "row": row, "col": col, "elevation": num(sm.full_elevation[row, col]), "azimuth": az,
            "latitude": num(lat[0, 0]), "longitude": num((float(lon[0, 0]) + 180.0) % 360.0 - 180.0),
            "altitude_km": self.altitude_km,
        }

    # ------------------------------------------------------------------ background plumbing
    @contextlib.contextmanager
    def hold_sync(self) -> Iterator[None]:
        """Batch trait changes into one update message (serialised between this widget's threads)."""
        with self._sync_lock, super().hold_sync():
            yield

    def _start(self, label: str, work: Any, on_done: Any, channel: str = "main") -> None:
        with self.hold_sync():  # "loading" status and message in one message
            self._run_in_background(label, work, on_done, channel=channel)

    def _iso(self, value: Any) -> str:
        when = as_datetime(value, "date")
        has_time = not (isinstance(value, str) and len(value.strip()) <= 10) and not (
            isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
        )
        return when.isoformat(timespec="minutes") if has_time else when.date().isoformat()

    @staticmethod
    def _when_of(date: str) -> _dt.datetime:
        return as_datetime(date, "date") if date else _dt.datetime.now()

    def _when(self) -> _dt.datetime:
        return as_datetime(self.date, "date") if self.date else _dt.datetime.now(_dt.timezone.utc).replace(
            tzinfo=None
        )

    def _frame_minute(self) -> _dt.datetime:
        when = self._when()
        if len(self.date.strip()) <= 10:
            when = _dt.datetime.combine(when.date(), DEFAULT_FRAME_TIME)
        return when.replace(second=0, microsecond=0)

    def _candidate(self, filename: str) -> Candidate:
        for c in self._candidate_objects:
            if c.filename == filename:
                return c
        names = ", ".join(c.filename for c in self._candidate_objects) or "none listed yet"
        raise InputError(f"{filename!r} is not a skymap of {self.site_uid!r}; candidates: {names}.")

    # ------------------------------------------------------------------ listing
    def _list(self, dataset: str, site: str, date: str) -> tuple[list[Candidate], Candidate, str]:
        """Every skymap of the site and the one to show, through ``Client.list_skymaps``.

        The client chooses the best file (and lists offline from its saved listing or the cached
        files, saying so in a warning that becomes the note shown). With nothing valid at the date the
        nearest candidate is shown, with a note.
        """
        if not site:
            raise InputError("Choose a site to list its skymaps.")
        if "SKYMAP" not in dataset.upper():
            raise InputError(f"{dataset} is not a skymap dataset; choose one such as THEMIS_ASI_SKYMAP_IDLSAV.")
        when = self._when_of(date)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            listed = self.client.list_skymaps(dataset, site, when)
        candidates = list(listed.candidates)
        if not candidates:
            raise NoMatchError(f"{site} has no {_array_label(dataset)} skymaps; sites with skymaps are marked: "
                               "choose one of them.")
        notes = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
        best = listed.best
        if best is None:
            best = min(candidates, key=lambda c: abs((c.valid_from - when).total_seconds()))
            notes.append(f"No skymap is valid at {when:%Y-%m-%d}; showing the nearest one ({best.filename}).")
        return candidates, best, " ".join(notes)

    def _apply_listing(self, result: tuple[list[Candidate], Candidate, str, Path, Skymap], key: str) -> None:
        candidates, best, note, path, skymap = result
        self._candidate_objects = candidates
        self._compare_skymap = None
        self._selected_path, self._skymap = path, skymap
        self._frames, self._projection_cache = None, None
        # Two update messages: first what the top of the view needs (timeline, the four panels,
        # site, status), then the map's part (corner grid, frames reset and "loading" line), so the
        # front-end can inflate and paint the panels while the grid is still on its way. The
        # frames follow from their own thread.
        with self.hold_sync():
            with self.hold_trait_notifications():
                self._put(candidates=[_candidate_dict(c) for c in candidates], payload_key=key)
                self.selected = best.filename  # the skymap shown already: _on_selected loads nothing
                self.compare = ""
                self._put(diff_panels={}, diff_stats={})
                self._fv.clear()
            self._send_skymap(grid=False)
            self.status, self.message = "ready", note
        with self.hold_sync():
            self._send_grid()
            self._put(compare_grid={}, frames={})
            self.map_mode = "single"
            start_frames = self._prepare_frames()
        if start_frames is not None:
            start_frames()
        if self.show_neighbours:
            self._nb.load()

    # ------------------------------------------------------------------ selection
    def _forget_map_snapshot(self, _change: dict[str, Any]) -> None:
        self._map_snapshot = None  # drawn for another choice: the next one comes from the browser

    def _on_target_change(self, change: dict[str, Any]) -> None:
        if change["name"] == "site_uid" and change["new"] != change["new"].strip().lower():
            self.site_uid = change["new"].strip().lower()
            return
        if change["name"] == "date" and change["new"]:
            try:
                normalised = self._iso(change["new"])
            except AuroraWidgetsError as err:
                self.status, self.message = "error", str(err)
                return
            if normalised != change["new"]:
                self.date = normalised
                return
            if self._candidate_objects and change["old"] and change["old"][:10] == normalised[:10]:
                self._load_frames()  # same day, other minute: same skymap, new frames
                return
        # Other date: the client keeps the site's listing (listing_cache_seconds), so choosing the
        # best skymap for the new date costs no new listing request.
        self.reload()

    def _on_selected(self, change: dict[str, Any]) -> None:
        shown = self._skymap is not None and Path(self._skymap.filename).name == change["new"]
        if change["new"] and not shown:
            self._load_selected()

    def _read(self, dataset: str, candidate: Candidate) -> tuple[Path, Skymap]:
        """Return the candidate's file (cached, else downloaded, through the client) and the skymap in it."""
        from ..data.readers import read_skymap

        path = candidate_path(self.client, dataset, candidate)
        return path, read_skymap(path)

    def _load_selected(self) -> None:
        try:
            candidate = self._candidate(self.selected)
        except InputError as err:
            self.status, self.message = "error", str(err)
            return
        dataset = self.dataset_name

        def done(result: tuple[Path, Skymap]) -> None:
            if candidate.filename != self.selected:
                return
            self._selected_path, self._skymap = result
            self._projection_cache = None
            self._send_skymap()  # unchanged payloads (the same skymap re-selected) send nothing
            self._fv.refresh(fits=False)
            if self.compare:
                self._send_compare()

        self._start(f"Downloading and reading {candidate.filename}…", lambda: self._read(dataset, candidate), done,
                    channel="selected")

    def _on_compare(self, change: dict[str, Any]) -> None:
        if change["new"]:
            self._load_compare()
        else:
            self._compare_skymap = None
            self._put(diff_panels={}, diff_stats={}, compare_grid={})
            if self.map_mode != "single":
                self.map_mode = "single"

    def _load_compare(self) -> None:
        try:
            candidate = self._candidate(self.compare)
        except InputError as err:
            self.status, self.message = "error", str(err)
            return
        dataset = self.dataset_name

        def done(result: tuple[Path, Skymap]) -> None:
            if candidate.filename != self.compare:
                return
            self._compare_skymap = result[1]
            self._send_compare()

        label = f"Downloading and reading {candidate.filename} to compare…"
        self._start(label, lambda: self._read(dataset, candidate), done, channel="compare")

    # ------------------------------------------------------------------ payloads
    def _corners(self, skymap: Skymap) -> tuple[np.ndarray, np.ndarray]:
        from ..data.altitude import skymap_at_altitude

        lat, lon = skymap_at_altitude(skymap, float(self.altitude_km))
        return np.asarray(lat), np.asarray(lon)

    def _on_altitude(self, change: dict[str, Any]) -> None:
        """Send the panels again for a new altitude, or a new minimum elevation (the lat/lon colour range)."""
        value = float(change["new"])
        if change["name"] == "altitude_km" and not MIN_ALTITUDE_KM <= value <= MAX_ALTITUDE_KM:
            self.altitude_km = float(np.clip(value, MIN_ALTITUDE_KM, MAX_ALTITUDE_KM))
            return
        altitude = change["name"] == "altitude_km"
        try:
            if self._skymap is not None:
                self._send_skymap()
            if altitude and self._compare_skymap is not None:
                self._send_compare()
        except Exception as err:  # show inline, never raise into the front-end
            self.status, self.message = "error", f"{type(err).__name__}: {err}"
        if altitude and self.show_neighbours and self._nb.loaded is not None:
            self._nb.send_grids()
        self._fv.refresh(fits=False)

    def _angle_panels(self, sm: Skymap) -> dict[str, dict[str, Any]]:
        """Return the elevation and azimuth panels of ``sm`` (altitude-independent), cached per skymap."""
        panels = self._angles.get(sm)
        if panels is None:
            panels = angle_panels(sm.full_elevation, sm.full_azimuth)
            self._angles.put(sm, panels)
        return panels

    def _skymap_payload(self, sm: Skymap) -> tuple[dict[str, Any], dict[str, Any]]:
        """Return the four panels and the map grid of ``sm`` at ``altitude_km`` (cached per altitude).

        The pixel centres are computed once for both; the elevation/azimuth panels come from the
        per-skymap cache. Returns the same dict objects for a cached pair, so re-sending them is a
        no-op for the traits.
        """
        alt, min_el = float(self.altitude_km), float(self.min_elevation)
        hit = self._payloads.get(sm, alt, min_el)
        if hit is not None:
            return hit
        lat, lon = self._corners(sm)
        centres = pixel_centres(lat, lon)
        panels = skymap_panels(sm.full_elevation, sm.full_azimuth, lat, lon, centres=centres,
                               angles=self._angle_panels(sm), min_elevation=min_el)
        grid = map_grid(lat, lon, alt, elevation=sm.full_elevation, centres=centres)
        grid["filename"] = Path(sm.filename).name  # the front-end pairs it with site_info
        self._payloads.put(sm, (panels, grid), alt, min_el)
        return panels, grid

    def _send_skymap(self, *, grid: bool = True) -> None:
        """Send the chosen skymap's panels and site (one message), then its map grid (another).

        Cached payloads are the same objects as last time, so re-sending an unchanged skymap sends
        nothing. ``grid=False`` leaves the grid to :meth:`_send_grid` (batched by the caller).
        """
        sm = self._skymap
        assert sm is not None
        panels, _grid = self._skymap_payload(sm)
        info = {
            "site_uid": sm.site_uid, "imager_uid": sm.imager_uid, "filename": Path(sm.filename).name,
            "latitude": float(sm.site_map_latitude),
            "longitude": float((float(sm.site_map_longitude) + 180.0) % 360.0 - 180.0),
            "version": sm.version,
        }
        with self.hold_sync(), self.hold_trait_notifications():
            self._put(panels=panels)
            self._put(site_info=info)
        if grid:
            self._send_grid()

    def _send_grid(self) -> None:
        """Send the chosen skymap's corner grid at ``altitude_km`` for the map view."""
        sm = self._skymap
        assert sm is not None
        self._put(map_grid=self._skymap_payload(sm)[1])

    def _send_compare(self) -> None:
        a, b = self._skymap, self._compare_skymap
        if a is None or b is None:
            return
        lat_a, lon_a = self._corners(a)
        lat_b, lon_b = self._corners(b)
        try:
            panels, stats = difference_panels(
                (a.full_elevation, a.full_azimuth, lat_a, lon_a),
                (b.full_elevation, b.full_azimuth, lat_b, lon_b),
            )
        except ValueError as err:
            self.status, self.message = "error", f"Cannot compare: {err}."
            return
        described: dict[str, Any] = {**stats, "filename": Path(b.filename).name}
        with self.hold_sync(), self.hold_trait_notifications():
            self._put(diff_panels=panels)
            self._put(diff_stats=described)
            self._put(compare_grid=map_grid(lat_b, lon_b, self.altitude_km))

    # ------------------------------------------------------------------ frames for the map
    def _load_frames(self) -> None:
        with self.hold_sync():
            start = self._prepare_frames()
        if start is not None:
            start()
        if self.show_neighbours:
            self._nb.load()

    def _prepare_frames(self) -> Callable[[], None] | None:
        """Set the frames' status traits; return what submits the download job (None: no raw data)."""
        raw = RAW_DATASET_FOR_SKYMAP.get(self.dataset_name.upper())
        minute = self._frame_minute()
        site = self.site_uid
        if raw is None:
            self._jobs.supersede("frames")
            self._put(frames={})
            self._frames = None
            self.frames_status = "none"
            self.frames_message = (f"No readable raw frames for {self.dataset_name}; "
                                   "showing the field of view only.")
            return None
        label = f"Downloading {raw} {site} {minute:%Y-%m-%d %H:%M}…"
        frames_key = f"{self.dataset_name}|{site}|{self.date}"
        self._frames = None
        self._put(frames={})  # the previous minute's frames are not this minute's

        def work() -> tuple[np.ndarray, list[_dt.datetime]] | None:
            from ..data.readers import read_raw

            with warnings.catch_warnings():  # "no data" is shown inline, below
                warnings.simplefilter("ignore", UserWarning)
                result = self.client.download(raw, minute, minute, site_uid=site, progress_bar_disable=True)
            if not result.filenames:
                return None
            data = read_raw([str(p) for p in result.filenames])
            return np.asarray(data.data), list(data.timestamp)

        def failed(err: BaseException) -> tuple[str, str]:
            self._frames = None
            self._put(frames={})
            return "error", f"No frames: {error_text(err)}"

        def done(out: tuple[np.ndarray, list[_dt.datetime]] | None) -> None:
            if out is None:
                self._frames = None
                with self.hold_sync():
                    self._put(frames={})
                    self.frames_status = "none"
                    self.frames_message = (f"No {raw} data for {site} at {minute:%Y-%m-%d %H:%M} UT; "
                                           "showing the field of view only.")
                return
            frames, times = out
            self._frames, self._frame_times = frames, times
            self._projection_cache = None
            stamps = [t.isoformat(timespec="seconds") for t in times]
            payload = {**frames_payload(frames, stamps), "key": frames_key}
            with self.hold_sync(), self.hold_trait_notifications():
                self.frame_index = 0
                self._put(frames=payload)
                self.frames_status = "ready"
                self.frames_message = f"{raw} {site} {minute:%Y-%m-%d %H:%M} UT, {frames.shape[2]} frames"
            self._fv.refresh()

        def start() -> None:
            self._jobs.submit("frames", label, work, done, on_error=failed)

        with self.hold_trait_notifications():
            self.frames_status, self.frames_message = "loading", label
        return start

    # ------------------------------------------------------------------ neighbouring sites
    def _on_neighbours_toggle(self, _change: dict[str, Any]) -> None:
        if self.show_neighbours:
            self._nb.load()
        else:
            self._nb.clear()

    # ------------------------------------------------------------------ messages from the front-end
    def _handle_message(self, _widget: Any, content: dict[str, Any], _buffers: list[Any]) -> None:
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "retry":
            self.reload()
        elif kind == "map_snapshot":
            self._keep_map_snapshot(content, _buffers)

    @command
    def _exact_at(self, msg: Any, _buffers: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        """Answer the front-end's hover (an anywidget command): the exact values at ``{row, col}``.

        A bad pixel or no skymap yet answers ``{"error": ...}`` (the page keeps its approximation).
        """
        try:
            return self.exact_values(int(msg["row"]), int(msg["col"])), []
        except (AuroraWidgetsError, KeyError, TypeError, ValueError) as err:
            return {"error": error_text(err)}, []

    def _keep_map_snapshot(self, content: dict[str, Any], buffers: list[Any]) -> None:
        """Keep the map as the browser last drew it (a PNG) for the saved-notebook copy of the view.

        The front-end sends one a moment after the map stops changing. Anything that is not a PNG
        of a sensible size, or was drawn for another skymap than the one chosen now, is ignored.
        """
        png = bytes(buffers[0]) if buffers else b""
        if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) > MAP_SNAPSHOT_MAX_BYTES:
            return
        if content.get("selected") != self.selected or not self.selected:
            return
        self._map_snapshot = (str(content.get("caption", ""))[:300], png)
        self._view_changed()

    def _static_pictures(self) -> list[tuple[str, bytes]]:
        """Return the map as last drawn in the browser (none before it has drawn one for this skymap)."""
        snap = self._map_snapshot
        return [(f"map: {snap[0]}" if snap[0] else "map", snap[1])] if snap is not None else []

    def __repr__(self) -> str:
        return (f"SkymapBrowser(dataset_name={self.dataset_name!r}, site_uid={self.site_uid!r}, "
                f"date={self.date!r}, selected={self.selected!r}, status={self.status!r})")
