"""SkymapBrowser's listing and choice: every skymap of the site, the best one for the date, another chosen.

:class:`Choice` is the part of :class:`~aurora_widgets.widgets.SkymapBrowser` behind ``reload()``,
``selected`` and ``compare``: one "main" job lists the site's skymaps through
``Client.list_skymaps`` (the client chooses the best file, offline from its saved listing or the
cached files) and reads the chosen one; choosing another candidate, or one to compare with, reads
that file (:func:`aurora_widgets.data.fetch.candidate_path`: the cached copy, else one download) on
its own job channel, and a result lands only while it is still the one asked for.

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> b = SkymapBrowser(client=None)
    >>> b._choice.candidate("x.sav")
    Traceback (most recent call last):
    ...
    aurora_widgets.data.errors.InputError: 'x.sav' is not a skymap of ''; candidates: none listed yet.

"""

from __future__ import annotations

import datetime as _dt
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..data.errors import AuroraWidgetsError, InputError, NoMatchError
from ..data.fetch import candidate_path
from ..data.instruments import instrument_for_dataset
from ..data.models import Candidate, Skymap
from ..data.protocol import DataClient
from ..data.select import as_datetime
from ._dates import iso_date_or_minute

if TYPE_CHECKING:
    from .skymap_browser import SkymapBrowser

__all__ = ["KEPT_SKYMAPS", "Choice", "Listed", "candidate_dict", "list_candidates", "when_of"]

#: How many skymaps of the site a browser keeps (a site has up to about ten files).
KEPT_SKYMAPS = 16
#: What the "main" job hands back: every candidate, the one shown, a note, its file and its skymap.
Listed = tuple[list[Candidate], Candidate, str, Path, Skymap]


def when_of(date: str) -> _dt.datetime:
    """Return the instant a ``date`` trait value stands for (now when empty).

    Example:
        >>> when_of("2021-11-04T06:30")
        datetime.datetime(2021, 11, 4, 6, 30)

    """
    return as_datetime(date, "date") if date else _dt.datetime.now()


def candidate_dict(c: Candidate) -> dict[str, Any]:
    """Return one row of the ``candidates`` trait: filename, url, validity dates, version, is_best.

    Example:
        >>> from aurora_widgets.data.select import candidates_from_urls
        >>> c = candidates_from_urls(["https://x/themis_skymap_gill_20210308-+_v02.sav"])[0]
        >>> candidate_dict(c)["valid_from"], candidate_dict(c)["valid_to"]
        ('2021-03-08', None)

    """
    return {
        "filename": c.filename,
        "url": c.url,
        "valid_from": c.valid_from.date().isoformat(),
        "valid_to": None if c.valid_to is None else c.valid_to.date().isoformat(),
        "version": c.version,
        "is_best": bool(c.is_best),
    }


def list_candidates(client: DataClient, dataset: str, site: str, date: str) -> tuple[list[Candidate], Candidate, str]:
    """Every skymap of the site and the one to show, through ``Client.list_skymaps``, and a note.

    The client's warnings (e.g. listed offline) become the note. With nothing valid at the date the
    nearest candidate is shown, and the note says so.

    Example:
        >>> list_candidates(None, "THEMIS_ASI_SKYMAP_IDLSAV", "", "2021-11-04")
        Traceback (most recent call last):
        ...
        aurora_widgets.data.errors.InputError: Choose a site to list its skymaps.

    """
    if not site:
        raise InputError("Choose a site to list its skymaps.")
    if "SKYMAP" not in dataset.upper():
        raise InputError(f"{dataset} is not a skymap dataset; choose one such as THEMIS_ASI_SKYMAP_IDLSAV.")
    when = when_of(date)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        listed = client.list_skymaps(dataset, site, when)
    candidates = list(listed.candidates)
    if not candidates:
        inst = instrument_for_dataset(dataset)
        label = inst.label if inst is not None else dataset
        raise NoMatchError(f"{site} has no {label} skymaps; sites with skymaps are marked: choose one of them.")
    notes = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    best = listed.best
    if best is None:
        best = min(candidates, key=lambda c: abs((c.valid_from - when).total_seconds()))
        notes.append(f"No skymap is valid at {when:%Y-%m-%d}; showing the nearest one ({best.filename}).")
    return candidates, best, " ".join(notes)


class Choice:
    """The listing and the choices of one SkymapBrowser (its candidates are ``_candidate_objects``)."""

    def __init__(self, widget: SkymapBrowser) -> None:
        self._w = widget
        #: (dataset, file name) -> ((path, mtime, size), skymap): the site's skymaps read so far.
        self._kept: dict[tuple[str, str], tuple[tuple[str, int, int], Skymap]] = {}
        self._kept_for: tuple[str, str] = ("", "")
        self._read_lock = threading.Lock()

    def read(self, dataset: str, candidate: Candidate) -> tuple[Path, Skymap]:
        """Return the candidate's file (cached, else downloaded, through the client) and the skymap in it.

        The site's skymaps are kept (by dataset and file, while the file's size and mtime stay), so a
        skymap shown again is the same object, and its panels come from the payload cache: the star
        fits read every candidate of the site, more than the reader's own cache holds.
        """
        from ..data.readers import read_skymap

        path = candidate_path(self._w.client, dataset, candidate)
        st = path.stat()
        key = (dataset.upper(), candidate.filename)
        stamp = (str(path), st.st_mtime_ns, st.st_size)
        with self._read_lock:
            kept = self._kept.get(key)
        if kept is not None and kept[0] == stamp:
            return path, kept[1]
        skymap = read_skymap(path)
        with self._read_lock:
            self._kept[key] = (stamp, skymap)
            while len(self._kept) > KEPT_SKYMAPS:
                self._kept.pop(next(iter(self._kept)))
        return path, skymap

    def is_kept(self, dataset: str, filename: str) -> bool:
        """Tell whether the site's skymap ``filename`` was read already (its next read is immediate)."""
        with self._read_lock:
            return (dataset.upper(), filename) in self._kept

    def candidate(self, filename: str) -> Candidate:
        """Return the listed candidate named ``filename``; :class:`InputError` naming the others if none."""
        listed = self._w._candidate_objects
        for c in listed:
            if c.filename == filename:
                return c
        names = ", ".join(c.filename for c in listed) or "none listed yet"
        raise InputError(f"{filename!r} is not a skymap of {self._w.site_uid!r}; candidates: {names}.")

    def reload(self) -> None:
        """List the site's skymaps and read the best one for the date (the "main" job)."""
        w = self._w
        dataset, site, date = w.dataset_name, w.site_uid, w.date
        w._jobs.supersede("selected", "compare", "frames", "frame_view", "star_fit")
        if self._kept_for != (dataset.upper(), site):  # another site: its skymaps are not kept
            with self._read_lock:
                self._kept.clear()
            self._kept_for = (dataset.upper(), site)

        def work() -> Listed:
            candidates, best, note = list_candidates(w.client, dataset, site, date)
            if best.is_best and w.client.cached_path(dataset, best.filename) is None:
                # not cached yet: the client downloads the file it chose, with no new listing
                from ..data.readers import read_skymap

                with warnings.catch_warnings():  # the listing's warning is in the note already
                    warnings.simplefilter("ignore", UserWarning)
                    result = w.client.download_best_skymap(dataset, site, when_of(date))
                path = Path(result.filenames[0])
                return candidates, best, note, path, read_skymap(path)
            path, skymap = w._read(dataset, best)  # the cached file (or the nearest one, downloaded)
            return candidates, best, note, path, skymap

        def apply(result: Listed) -> None:
            from .skymap_browser import selection_key

            self.apply(result, selection_key(dataset, site, date))

        with w.hold_sync():  # the old pictures go in the message that says "loading"
            self.clear()
            w._jobs.submit("main", f"Listing {dataset} skymaps of {site or '?'} and reading the best one…",
                           work, apply, on_error=w._offer_retry)

    def clear(self) -> None:
        """Drop every payload of the previous selection at once (the new one's follow when loaded)."""
        w = self._w
        w._candidate_objects = []
        w._skymap, w._selected_path, w._compare_skymap = None, None, None
        w._frames, w._frame_times, w._projection_cache = None, [], None
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(payload_key="", retryable=True, candidates=[], panels={}, diff_panels={}, diff_stats={},
                   map_grid={}, compare_grid={}, frames={}, site_info={})
            w.selected = ""
            w.compare = ""
        if w.show_neighbours:
            w._nb.clear("idle", "")
        w._fv.clear()  # the frame view and star fits of the old selection go too

    def apply(self, result: Listed, key: str) -> None:
        """Show a landed listing: the timeline and panels first, then the map's grid and frames."""
        w = self._w
        candidates, best, note, path, skymap = result
        w._candidate_objects = candidates
        w._compare_skymap = None
        w._selected_path, w._skymap = path, skymap
        w._frames, w._projection_cache = None, None
        # Two update messages: first what the top of the view needs (timeline, the four panels,
        # site, status), then the map's part (corner grid, frames reset and "loading" line), so the
        # front-end can inflate and paint the panels while the grid is still on its way. The
        # frames follow from their own thread.
        with w.hold_sync():
            with w.hold_trait_notifications():
                w._put(candidates=[candidate_dict(c) for c in candidates], payload_key=key)
                w.selected = best.filename  # the skymap shown already: on_selected loads nothing
                w.compare = ""
                w._put(diff_panels={}, diff_stats={})
                w._fv.clear()
            w._px.send_skymap(grid=False)
            w.status, w.message = "ready", note
        with w.hold_sync():
            w._px.send_grid()
            w._put(compare_grid={}, frames={})
            w.map_mode = "single"
            start_frames = w._prepare_frames()
        if start_frames is not None:
            start_frames()
        if w.show_neighbours:
            w._nb.load()

    def load(self, name: str, label: str, landed: Callable[[Path, Skymap], None]) -> None:
        """Read the candidate named by trait ``name`` ("selected" or "compare") on that job channel.

        ``landed(path, skymap)`` runs only while the trait still names that file.
        """
        w = self._w
        try:
            candidate = self.candidate(getattr(w, name))
        except InputError as err:
            w.status, w.message = "error", str(err)
            return
        dataset = w.dataset_name

        def done(result: tuple[Path, Skymap]) -> None:
            if candidate.filename == getattr(w, name):
                landed(*result)

        # A skymap read before (kept) lands at once: no "loading" line for it (one message fewer,
        # and no repaint of the header before the panels come).
        quiet = self.is_kept(dataset, candidate.filename)
        with w.hold_sync():  # "loading" status and message in one message
            w._jobs.submit(name, label.format(candidate.filename), lambda: w._read(dataset, candidate), done,
                           quiet=quiet)

    def on_target(self, change: dict[str, Any]) -> None:
        """Normalise a new site or date, then list again (or, same day, load the other minute's frames)."""
        w = self._w
        if change["name"] == "site_uid" and change["new"] != change["new"].strip().lower():
            w.site_uid = change["new"].strip().lower()
            return
        if change["name"] == "date" and change["new"]:
            try:
                normalised = iso_date_or_minute(change["new"])
            except AuroraWidgetsError as err:
                w.status, w.message = "error", str(err)
                return
            if normalised != change["new"]:
                w.date = normalised
                return
            if w._candidate_objects and change["old"] and change["old"][:10] == normalised[:10]:
                w._load_frames()  # same day, other minute: same skymap, new frames
                return
        # Other date: the client keeps the site's listing (listing_cache_seconds), so choosing the
        # best skymap for the new date costs no new listing request.
        self.reload()

    def on_selected(self, change: dict[str, Any]) -> None:
        """Read the newly selected skymap, unless it is the one shown already."""
        w = self._w
        shown = w._skymap is not None and Path(w._skymap.filename).name == change["new"]
        if change["new"] and not shown:
            self.load_selected()

    def load_selected(self) -> None:
        """Read the ``selected`` candidate and show it (panels, grid, frame view, comparison)."""
        w = self._w

        def landed(path: Path, skymap: Skymap) -> None:
            w._selected_path, w._skymap = path, skymap
            w._projection_cache = None
            w._px.send_skymap()  # unchanged payloads (the same skymap re-selected) send nothing
            w._fv.refresh(fits=False)
            if w.compare:
                w._cmp.send()

        self.load("selected", "Downloading and reading {}…", landed)
