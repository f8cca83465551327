"""SkymapBrowser's saved-notebook copy: its panels as pictures, its summary rows, the map as last drawn.

The saved copy of a view (:mod:`._last_view`) asks each widget for pictures and rows. For the
SkymapBrowser these are the panels as the browser shows them (:func:`static_panels`), what is
chosen (:func:`summary_rows`), and the map: a PNG the front-end sends a moment after the map stops
changing (:func:`keep_map_snapshot`), kept only while it was drawn for the skymap chosen now.

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> b = SkymapBrowser(client=None)
    >>> static_panels(b), map_pictures(b)
    ([], [])

"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .skymap_browser import SkymapBrowser

__all__ = ["MAP_SNAPSHOT_MAX_BYTES", "keep_map_snapshot", "map_pictures", "static_panels", "summary_rows"]

#: Largest map picture (PNG bytes) the front-end may send for the saved-notebook copy of the view.
MAP_SNAPSHOT_MAX_BYTES = 2_000_000
_PNG = b"\x89PNG\r\n\x1a\n"


def static_panels(w: SkymapBrowser) -> list[Any]:
    """Return the panels as the browser shows them: altitude, colormap, elevation mask, difference.

    The hidden pixels are those below ``min_elevation``, read from the elevation panel's codes as
    the browser reads them. With a comparison open, the difference panels (chosen minus
    compared, in ``coolwarm``) follow.
    """
    panels = dict(w.panels)
    if not panels.get("elevation"):
        return []
    from ._serialize import dequantize
    from ._skymap_panels import unpack

    with np.errstate(invalid="ignore"):
        hidden = ~(dequantize(unpack(panels["elevation"])) >= w.min_elevation)
    km = f"{w.altitude_km:g} km"
    titles = {"elevation": "elevation", "azimuth": "azimuth",
              "latitude": f"latitude at {km}", "longitude": f"longitude at {km}"}
    figures = [(title, panels[name], w.colormap, hidden) for name, title in titles.items() if panels.get(name)]
    if w.compare:
        diff = dict(w.diff_panels)
        figures += [(f"Δ {title}", diff[name], "coolwarm", hidden)
                    for name, title in titles.items() if diff.get(name)]
    return figures


def summary_rows(w: SkymapBrowser) -> list[tuple[str, str]]:
    """Return the saved copy's rows of what is chosen: dataset, site, date, skymap, comparison, view."""
    rows = [("dataset", w.dataset_name), ("site", w.site_uid), ("date", w.date), ("skymap", w.selected)]
    if w.compare:
        rows.append(("compared with", w.compare))
    rows.append(("view", f"{w.altitude_km:g} km, elevation ≥ {w.min_elevation:g}°, {w.colormap}"))
    return rows


def keep_map_snapshot(w: SkymapBrowser, content: dict[str, Any], buffers: list[Any]) -> None:
    """Keep the map as the browser last drew it (a PNG) for the saved-notebook copy of the view.

    The front-end sends one a moment after the map stops changing. Anything that is not a PNG
    of a sensible size, or was drawn for another skymap than the one chosen now, is ignored.
    """
    png = bytes(buffers[0]) if buffers else b""
    if not png.startswith(_PNG) or len(png) > MAP_SNAPSHOT_MAX_BYTES:
        return
    if content.get("selected") != w.selected or not w.selected:
        return
    w._map_snapshot = (str(content.get("caption", ""))[:300], png)
    w._view_changed()


def map_pictures(w: SkymapBrowser) -> list[tuple[str, bytes]]:
    """Return the map as last drawn in the browser (none before it has drawn one for this skymap)."""
    snap = w._map_snapshot
    return [(f"map: {snap[0]}" if snap[0] else "map", snap[1])] if snap is not None else []
