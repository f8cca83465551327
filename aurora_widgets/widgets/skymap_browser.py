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


About 500 lines, most of them the public traits and their docstrings (the API users read and
set); the logic lives in its parts.

Parts: the listing and choice (_skymap_choice.py), the chosen skymap's payloads (_skymap_payloads.py,
made by _skymap_panels.py), the comparison (_skymap_compare.py), the neighbours (_skymap_neighbours.py),
the frame view and star fits (_skymap_frameview.py) and the saved-notebook copy (_skymap_saved.py).

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

from ..data.errors import AuroraWidgetsError, InputError
from ..data.instruments import INSTRUMENTS
from ..data.models import Candidate, Skymap
from ..data.neighbours import DEFAULT_RADIUS_KM, Neighbour
from ..data.protocol import DataClient
from ._base import AuroraWidget
from ._browser import BrowserWidget
from ._dates import DEFAULT_FRAME_TIME, frame_minute
from ._jobs import error_text
from ._skymap_choice import Choice
from ._skymap_compare import CompareView
from ._skymap_frameview import FrameView, FrameViewTraits
from ._skymap_neighbours import NeighboursView
from ._skymap_panels import frames_payload
from ._skymap_payloads import Payloads
from ._skymap_playback import PlaybackView, play_range_value
from ._skymap_saved import MAP_SNAPSHOT_MAX_BYTES, keep_map_snapshot, map_pictures, static_panels, summary_rows
from ._traits import colormap_trait, status_trait

__all__ = ["MAP_MODES", "MAP_SNAPSHOT_MAX_BYTES", "RAW_DATASET_FOR_SKYMAP", "SkymapBrowser", "selection_key"]

#: The raw dataset whose frames a skymap dataset maps (None: no raw frames we can read).
RAW_DATASET_FOR_SKYMAP: dict[str, str | None] = {i.skymap_dataset: i.raw_dataset for i in INSTRUMENTS.values()}

#: How the map shows a comparison: one skymap, blinking between two, or side by side.
MAP_MODES = ("single", "blink", "side")
#: ``neighbour_radius_km`` is kept within 0 and this (km): more than any array spans end to end
#: (THEMIS and REGO ~5,200 km). The map's "within N km" input has the same bounds.
MAX_NEIGHBOUR_RADIUS_KM = 6000.0


def selection_key(dataset: str, site: str, date: str) -> str:
    """Return the key of a selection: what the payloads on screen must have been made for.

    Example:
        >>> selection_key("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04T06:00")
        'THEMIS_ASI_SKYMAP_IDLSAV|gill|2021-11-04'

    """
    return f"{dataset}|{site}|{date[:10]}"


class SkymapBrowser(BrowserWidget, FrameViewTraits):
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
        super().__init__(client=client, **kwargs)
        self._candidate_objects: list[Candidate] = []
        self._skymap: Skymap | None = None
        self._selected_path: Path | None = None
        self._compare_skymap: Skymap | None = None
        self._frames: np.ndarray | None = None
        self._frame_times: list[_dt.datetime] = []
        self._projection_cache: tuple[tuple[Any, ...], Any] | None = None
        self._sync_lock = threading.RLock()
        #: The listing and choice, the chosen skymap's payloads (cached) and the comparison.
        self._choice = Choice(self)
        self._px = Payloads(self)
        self._cmp = CompareView(self)
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
        return static_panels(self)

    def _summary_rows(self) -> list[tuple[str, str]]:
        return summary_rows(self) + super()._summary_rows()

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
        return self._px.projection()

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
        return self._nb.mosaic(self.frame_index if frame_index is None else frame_index)

    def reload(self) -> SkymapBrowser:
        """List the site's skymaps (``Client.list_skymaps``) and load the best one for ``date``.

        Runs in the background; it supersedes any choice or comparison still loading.
        """
        self._choice.reload()
        return self

    def select(self, filename: str) -> SkymapBrowser:
        """Choose the skymap ``filename`` (one of ``candidates``); loads it in the background.

        Example:
            >>> b.select("themis_skymap_gill_20220301-+_v02.sav").wait()   # doctest: +SKIP

        """
        self._candidate(filename)  # raise InputError early for an unknown name
        if filename == self.selected:
            self._choice.load_selected()
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
            self._cmp.load()
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
        return self._px.exact_values(row, col)

    # ------------------------------------------------------------------ background plumbing
    @contextlib.contextmanager
    def hold_sync(self) -> Iterator[None]:
        """Batch trait changes into one update message (serialised between this widget's threads)."""
        with self._sync_lock, super().hold_sync():
            yield

    def _frame_minute(self) -> _dt.datetime:
        """Return the UT minute on the map: the ``date``'s own, or ``DEFAULT_FRAME_TIME`` on a date alone."""
        return frame_minute(self.date, DEFAULT_FRAME_TIME)

    def _candidate(self, filename: str) -> Candidate:
        return self._choice.candidate(filename)

    # ------------------------------------------------------------------ selection
    def _forget_map_snapshot(self, _change: dict[str, Any]) -> None:
        self._map_snapshot = None  # drawn for another choice: the next one comes from the browser

    def _on_target_change(self, change: dict[str, Any]) -> None:
        self._choice.on_target(change)

    def _on_selected(self, change: dict[str, Any]) -> None:
        self._choice.on_selected(change)

    def _read(self, dataset: str, candidate: Candidate) -> tuple[Path, Skymap]:
        return self._choice.read(dataset, candidate)

    def _on_compare(self, change: dict[str, Any]) -> None:
        self._cmp.on_change(change)

    def _on_altitude(self, change: dict[str, Any]) -> None:
        self._px.on_altitude(change)

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
        self._nb.on_toggle()

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
        keep_map_snapshot(self, content, buffers)

    def _static_pictures(self) -> list[tuple[str, bytes]]:
        return map_pictures(self)

    def __repr__(self) -> str:
        return (f"SkymapBrowser(dataset_name={self.dataset_name!r}, site_uid={self.site_uid!r}, "
                f"date={self.date!r}, selected={self.selected!r}, status={self.status!r})")
