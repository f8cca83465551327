"""SkymapBrowser's chosen-skymap payloads: the four panels and the map grid at the altitude, cached and sent.

:class:`Payloads` makes the panels (``_skymap_panels.skymap_panels``) and the corner grid
(``map_grid``) of a skymap at the widget's ``altitude_km``/``min_elevation`` and keeps the last
``PAYLOAD_CACHE_SIZE`` of them (and the altitude-independent elevation/azimuth panels per skymap):
going back to a skymap or an altitude seen before re-sends the same dict objects, which the traits
see as no change, so nothing goes over the wire. It also answers the hover's exact values and
projects the map's frame through the chosen skymap (``SkymapBrowser.projection``).

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> b = SkymapBrowser(client=None)
    >>> b._px.exact_values(0, 0)
    Traceback (most recent call last):
    ...
    aurora_widgets.data.errors.InputError: No skymap is loaded yet.

"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..data.altitude import MAX_ALTITUDE_KM, MIN_ALTITUDE_KM
from ..data.errors import InputError
from ..data.models import Skymap
from ._cache import ObjectLRU
from ._skymap_panels import angle_panels, map_grid, pixel_centres, skymap_panels

if TYPE_CHECKING:
    from .skymap_browser import SkymapBrowser

__all__ = ["PAYLOAD_CACHE_SIZE", "Payloads"]

#: How many (skymap, altitude) payloads (panels + map grid, ~170 kB at 256x256) a browser keeps, so
#: going back to a skymap or an altitude seen before costs no quantising or compressing.
PAYLOAD_CACHE_SIZE = 8


def _finite(v: Any) -> float | None:
    value = float(v)
    return value if np.isfinite(value) else None


class Payloads:
    """The payload caches of one SkymapBrowser and what sends the chosen skymap's panels and grid."""

    def __init__(self, widget: SkymapBrowser) -> None:
        self._w = widget
        #: (id(skymap), altitude, min elevation) -> (panels, map grid), most recent last.
        self._payloads: ObjectLRU[tuple[dict[str, Any], dict[str, Any]]] = ObjectLRU(PAYLOAD_CACHE_SIZE)
        #: id(skymap) -> elevation + azimuth panels: the same at every altitude.
        self._angles: ObjectLRU[dict[str, Any]] = ObjectLRU(PAYLOAD_CACHE_SIZE)

    def corners(self, skymap: Skymap) -> tuple[np.ndarray, np.ndarray]:
        """Return the skymap's (lat, lon) pixel-corner grids at the widget's ``altitude_km``."""
        from ..data.altitude import skymap_at_altitude

        lat, lon = skymap_at_altitude(skymap, float(self._w.altitude_km))
        return np.asarray(lat), np.asarray(lon)

    def on_altitude(self, change: dict[str, Any]) -> None:
        """Send the panels again for a new altitude, or a new minimum elevation (the lat/lon colour range)."""
        w = self._w
        value = float(change["new"])
        if change["name"] == "altitude_km" and not MIN_ALTITUDE_KM <= value <= MAX_ALTITUDE_KM:
            w.altitude_km = float(np.clip(value, MIN_ALTITUDE_KM, MAX_ALTITUDE_KM))
            return
        altitude = change["name"] == "altitude_km"
        try:
            if w._skymap is not None:
                self.send_skymap()
            if altitude and w._compare_skymap is not None:
                w._cmp.send()
        except Exception as err:  # show inline, never raise into the front-end
            w.status, w.message = "error", f"{type(err).__name__}: {err}"
        if altitude and w.show_neighbours and w._nb.loaded is not None:
            w._nb.send_grids()
        w._fv.refresh(fits=False)

    def angle_panels(self, sm: Skymap) -> dict[str, dict[str, Any]]:
        """Return the elevation and azimuth panels of ``sm`` (altitude-independent), cached per skymap."""
        panels = self._angles.get(sm)
        if panels is None:
            panels = angle_panels(sm.full_elevation, sm.full_azimuth)
            self._angles.put(sm, panels)
        return panels

    def payload(self, sm: Skymap) -> tuple[dict[str, Any], dict[str, Any]]:
        """Return the four panels and the map grid of ``sm`` at ``altitude_km`` (cached per altitude).

        The pixel centres are computed once for both; the elevation/azimuth panels come from the
        per-skymap cache. Returns the same dict objects for a cached pair, so re-sending them is a
        no-op for the traits.
        """
        alt, min_el = float(self._w.altitude_km), float(self._w.min_elevation)
        hit = self._payloads.get(sm, alt, min_el)
        if hit is not None:
            return hit
        lat, lon = self.corners(sm)
        centres = pixel_centres(lat, lon)
        panels = skymap_panels(sm.full_elevation, sm.full_azimuth, lat, lon, centres=centres,
                               angles=self.angle_panels(sm), min_elevation=min_el)
        grid = map_grid(lat, lon, alt, elevation=sm.full_elevation, centres=centres)
        grid["filename"] = Path(sm.filename).name  # the front-end pairs it with site_info
        self._payloads.put(sm, (panels, grid), alt, min_el)
        return panels, grid

    def send_skymap(self, *, grid: bool = True) -> None:
        """Send the chosen skymap's panels and site (one message), then its map grid (another).

        Cached payloads are the same objects as last time, so re-sending an unchanged skymap sends
        nothing. ``grid=False`` leaves the grid to :meth:`send_grid` (batched by the caller).
        """
        w = self._w
        sm = w._skymap
        assert sm is not None
        panels, _grid = self.payload(sm)
        info = {
            "site_uid": sm.site_uid, "imager_uid": sm.imager_uid, "filename": Path(sm.filename).name,
            "latitude": float(sm.site_map_latitude),
            "longitude": float((float(sm.site_map_longitude) + 180.0) % 360.0 - 180.0),
            "version": sm.version,
        }
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(panels=panels)
            w._put(site_info=info)
        if grid:
            self.send_grid()

    def send_grid(self) -> None:
        """Send the chosen skymap's corner grid at ``altitude_km`` for the map view."""
        sm = self._w._skymap
        assert sm is not None
        self._w._put(map_grid=self.payload(sm)[1])

    def projection(self) -> Any:
        """Return the map's current frame projected through the chosen skymap (cached), or None."""
        w = self._w
        if w._frames is None or w._skymap is None:
            return None
        index = int(np.clip(w.frame_index, 0, w._frames.shape[2] - 1))
        key = (w._skymap.filename, w.altitude_km, w.min_elevation, index)
        if w._projection_cache and w._projection_cache[0] == key:
            return w._projection_cache[1]
        from ..data.projection import project

        result = project(w._frames[:, :, index : index + 1], w._skymap, altitude_km=w.altitude_km,
                         min_elevation=w.min_elevation)
        w._projection_cache = (key, result)
        return result

    def exact_values(self, row: int, col: int) -> dict[str, Any]:
        """Exact elevation, azimuth, latitude and longitude of pixel (row, col) of the chosen skymap."""
        sm = self._w._skymap
        if sm is None:
            raise InputError("No skymap is loaded yet.")
        h, w = sm.full_elevation.shape
        if not (0 <= row < h and 0 <= col < w):
            raise InputError(f"Pixel ({row}, {col}) is outside the {h}x{w} skymap.")
        lat_c, lon_c = self.corners(sm)
        lat, lon = pixel_centres(lat_c[row : row + 2, col : col + 2], lon_c[row : row + 2, col : col + 2])
        az = None if sm.full_azimuth is None else _finite(sm.full_azimuth[row, col])
        return {
            "row": row, "col": col, "elevation": _finite(sm.full_elevation[row, col]), "azimuth": az,
            "latitude": _finite(lat[0, 0]), "longitude": _finite((float(lon[0, 0]) + 180.0) % 360.0 - 180.0),
            "altitude_km": self._w.altitude_km,
        }
