"""SkymapBrowser's compare mode: a second skymap, the differences and the max |Δ| of each quantity.

The skymap compared with is the widget's ``compare_skymap``; :class:`CompareView` loads it and writes the
``diff_panels``, ``diff_stats`` and ``compare_grid`` traits: the chosen skymap minus the compared
one, at the widget's ``altitude_km`` (:func:`~._skymap_panels.difference_panels`), and the compared
skymap's corner grid for the map's blink and side-by-side modes.

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> b = SkymapBrowser(client=None)
    >>> b._cmp.send() is None and b.compare_skymap is None
    True

"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..data.models import Skymap
from ._skymap_panels import difference_panels, map_grid

if TYPE_CHECKING:
    from .skymap_browser import SkymapBrowser

__all__ = ["CompareView"]


class CompareView:
    """The comparison of one SkymapBrowser (the skymap compared with is ``_compare_skymap``)."""

    def __init__(self, widget: SkymapBrowser) -> None:
        self._w = widget

    def on_change(self, change: dict[str, Any]) -> None:
        """Load the skymap named by ``compare``, or end the comparison when it is ""."""
        w = self._w
        if change["new"]:
            self.load()
            return
        w._compare_skymap = None
        w._put(diff_panels={}, diff_stats={}, compare_grid={})
        if w.map_mode != "single":
            w.map_mode = "single"

    def load(self) -> None:
        """Read the ``compare`` candidate (job channel "compare") and send the differences."""

        def landed(_path: Path, skymap: Skymap) -> None:
            self._w._compare_skymap = skymap
            self.send()

        self._w._choice.load("compare", "Downloading and reading {} to compare…", landed)

    def send(self) -> None:
        """Send the difference panels, their statistics and the compared skymap's grid (one message)."""
        w = self._w
        a, b = w._skymap, w._compare_skymap
        if a is None or b is None:
            return
        lat_a, lon_a = w._px.corners(a)
        lat_b, lon_b = w._px.corners(b)
        try:
            panels, stats = difference_panels(
                (a.full_elevation, a.full_azimuth, lat_a, lon_a),
                (b.full_elevation, b.full_azimuth, lat_b, lon_b),
            )
        except ValueError as err:
            w.status, w.message = "error", f"Cannot compare: {err}."
            return
        described: dict[str, Any] = {**stats, "filename": Path(b.filename).name}
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(diff_panels=panels)
            w._put(diff_stats=described)
            w._put(compare_grid=map_grid(lat_b, lon_b, w.altitude_km))
