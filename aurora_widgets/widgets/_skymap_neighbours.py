"""The neighbouring sites of SkymapBrowser's map: load them (a "neighbours" job), pack them, send them.

:class:`NeighboursView` is the part of :class:`~aurora_widgets.widgets.SkymapBrowser` that shows the
other sites of the array within ``neighbour_radius_km`` on the map: it holds what was loaded, and
writes the widget's ``neighbours*`` traits. Loading goes through the client
(:func:`aurora_widgets.data.neighbours.load_neighbours`); packing is ``_neighbours.py``.

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> b = SkymapBrowser(client=None)
    >>> b._nb.loaded is None and b.neighbours_status
    'off'

"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ..data.instruments import raw_dataset_for_skymap
from ..data.neighbours import Neighbour, load_neighbours, nearest_indices
from ._jobs import error_text
from ._neighbours import neighbour_grid, neighbour_payload

if TYPE_CHECKING:
    from .skymap_browser import SkymapBrowser

__all__ = ["NeighboursView"]

#: (key, rows, per-site payloads, per-site bin factors) of the neighbours shown.
Loaded = tuple[tuple[Any, ...], list[Neighbour], list[dict[str, Any]], dict[str, int]]


class NeighboursView:
    """The neighbours of one SkymapBrowser: what was loaded (``loaded``) and the jobs that load it."""

    def __init__(self, widget: SkymapBrowser) -> None:
        self._w = widget
        self.loaded: Loaded | None = None

    def on_toggle(self) -> None:
        """Load the neighbours when ``show_neighbours`` is on (or the radius changed), else clear them."""
        if self._w.show_neighbours:
            self.load()
        else:
            self.clear()

    def clear(self, status: str = "off", message: str = "") -> None:
        """Show no neighbours (``status`` "off", or "none"/"error" with ``message``); running loads are dropped."""
        w = self._w
        w._jobs.supersede("neighbours", "grids")
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(neighbours=[], neighbour_data=[], neighbour_grids={})
            w.neighbours_status, w.neighbours_message = status, message

    def key(self) -> tuple[Any, ...]:
        """Return what the neighbours shown depend on: dataset, site, minute and radius."""
        w = self._w
        return (w.dataset_name.upper(), w.site_uid, w._frame_minute().isoformat(),
                float(w.neighbour_radius_km))

    def load(self) -> None:
        """Find and load the neighbours of the site for the minute on the map (a "neighbours" job)."""
        w = self._w
        raw = raw_dataset_for_skymap(w.dataset_name) if "SKYMAP" in w.dataset_name.upper() else None
        if raw is None or not w.site_uid:
            self.clear("none", f"No readable raw frames for {w.dataset_name}: no neighbours to show.")
            return
        key = self.key()
        loaded = self.loaded
        if loaded is not None and loaded[0] == key:  # shown before (toggled off and on): send again
            w._jobs.supersede("neighbours")
            self.apply(loaded)
            self.send_grids()
            return
        dataset, site, minute, radius = w.dataset_name, w.site_uid, w._frame_minute(), float(
            w.neighbour_radius_km)
        sm = w._skymap
        centre = None if sm is None else (float(sm.site_map_latitude), float(sm.site_map_longitude))
        alt = float(w.altitude_km)
        label = f"Finding sites within {radius:g} km of {site} with {raw} at {minute:%H:%M} UT…"

        def work() -> tuple[Any, dict[str, Any]]:
            rows = load_neighbours(w.client, dataset, raw, site, minute, radius, centre=centre)
            payloads, factors, grids = [], {}, {}
            for n in rows:
                if n.status != "ready" or n.frames is None:
                    continue
                p = neighbour_payload(n.site, n.frames, n.timestamps, n.skymap)
                payloads.append(p)
                factors[n.site_uid] = p["factor"]
                grids[n.site_uid] = neighbour_grid(n.skymap, alt, p["factor"])
            return (key, rows, payloads, factors), grids

        def failed(err: BaseException) -> tuple[str, str]:
            with w.hold_sync(), w.hold_trait_notifications():
                w._put(neighbours=[], neighbour_data=[], neighbour_grids={})
            return "error", f"Neighbouring sites: {error_text(err)}"

        def done(out: tuple[Any, dict[str, Any]]) -> None:
            loaded, grids = out
            self.loaded = loaded
            same_alt = alt == float(w.altitude_km)
            self.apply(loaded, grids if same_alt else None)
            if not same_alt:
                self.send_grids()

        with w.hold_sync(), w.hold_trait_notifications():
            w._put(neighbours=[], neighbour_data=[], neighbour_grids={})
            w._jobs.submit("neighbours", label, work, done, on_error=failed)

    def apply(self, loaded: Loaded, grids: dict[str, Any] | None = None) -> None:
        """Write loaded neighbours (and their grids, when at the current altitude) to the widget's traits."""
        w = self._w
        _key, rows, payloads, _factors = loaded
        ready = sum(1 for n in rows if n.status == "ready")
        if not rows:
            line = f"No other site of the array within {w.neighbour_radius_km:g} km."
        else:
            line = f"{ready} of {len(rows)} sites within {w.neighbour_radius_km:g} km have frames for this minute."
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(neighbours=[n.as_dict() for n in rows])
            w._put(neighbour_data=list(payloads))
            if grids is not None:
                w._put(neighbour_grids=grids)
            w.neighbours_status, w.neighbours_message = "ready", line

    def send_grids(self) -> None:
        """Send the ready neighbours' corner grids at ``altitude_km`` (a "grids" job; status untouched)."""
        w = self._w
        loaded = self.loaded
        if loaded is None:
            return
        alt = float(w.altitude_km)

        def work() -> dict[str, Any]:
            return {n.site_uid: neighbour_grid(n.skymap, alt, loaded[3][n.site_uid])
                    for n in loaded[1] if n.status == "ready"}

        def done(grids: dict[str, Any]) -> None:
            if alt == float(w.altitude_km):
                w._put(neighbour_grids=grids)

        w._jobs.submit("grids", "", work, done, quiet=True)

    def mosaic(self, frame_index: int) -> Any:
        """Return the chosen site's frame ``frame_index`` and each ready neighbour's nearest in time, as one mosaic.

        Projected at the widget's ``altitude_km``/``min_elevation`` and merged by
        :func:`~aurora_widgets.data.projection.mosaic`; None when there is nothing to project.
        """
        from ..data.projection import mosaic, project

        w = self._w
        alt, min_el = float(w.altitude_km), float(w.min_elevation)
        index = int(frame_index)
        parts, when = [], None
        if w._frames is not None and w._skymap is not None:
            index = int(np.clip(index, 0, w._frames.shape[2] - 1))
            parts.append(project(w._frames[:, :, index], w._skymap, altitude_km=alt, min_elevation=min_el))
            if w._frame_times:
                when = w._frame_times[index]
        for n in w.neighbour_list:
            if n.status != "ready" or n.frames is None:
                continue
            j = int(nearest_indices([when], n.timestamps)[0]) if when is not None and n.timestamps else min(
                index, n.frames.shape[2] - 1)
            parts.append(project(n.frames[:, :, j], n.skymap, altitude_km=alt, min_elevation=min_el))
        return mosaic(parts) if parts else None
