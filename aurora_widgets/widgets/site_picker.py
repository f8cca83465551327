"""SitePicker: the sites of an all-sky-imager array on an offline map and in a list; pick one.

The map (azimuthal equal-area, centred on the array, bundled coastlines, 10° graticule) marks every
site; the selected site's field of view is drawn for an emission altitude and a minimum elevation
(both adjustable). Click a marker or a list row, or use the arrow keys in the list, to pick a site.

Example:
    >>> from aurora_widgets.widgets import SitePicker
    >>> picker = SitePicker("rego", value="rank")       # doctest: +SKIP
    >>> picker.wait().value.full_name                    # doctest: +SKIP
    'Rankin Inlet, NU, Canada'
    >>> round(fov_radius_km(110, 10))
    502

"""

from __future__ import annotations

from typing import Any

import traitlets

from ..data.errors import InputError
from ..data.geometry import EARTH_RADIUS_KM, fov_radius_km
from ..data.instruments import INSTRUMENTS
from ..data.models import Observatory
from ._base import AuroraWidget
from ._picker import ObjectPicker

__all__ = ["ARRAYS", "EARTH_RADIUS_KM", "SitePicker", "fov_radius_km"]

#: Instrument arrays: API name -> label shown in the switcher (from the instrument registry).
ARRAYS: dict[str, str] = {i.array: i.label for i in INSTRUMENTS.values()}


def site_row(o: Observatory) -> dict[str, Any]:
    """Return the plain dict the front-end shows for one site (what ``sites`` holds).

    Example:
        >>> site_row(Observatory("gill", "Gillam", 56.38, -94.64))["longitude"]
        -94.64

    """
    lon = float(o.geodetic_longitude)
    if lon > 180:
        lon -= 360.0
    return {"uid": o.uid, "full_name": o.full_name, "latitude": float(o.geodetic_latitude), "longitude": lon}


class SitePicker(ObjectPicker[Observatory]):
    """Pick an observatory (site) of an instrument array on a map or in a list.

    Parameters: ``instrument_array`` (``"themis_asi"``, ``"rego"``, ``"trex_nir"``, ``"trex_blue"``
    or ``"trex_rgb"``), ``client`` (an :class:`aurora_widgets.data.Client`; a default one is made
    when omitted), ``value`` (a site UID or :class:`~aurora_widgets.data.Observatory` to select),
    ``altitude_km`` and ``min_elevation`` (the field of view drawn around the selected site).
    ``.value`` is the selected Observatory (None when nothing is selected).

    Example:
        >>> picker = SitePicker("themis_asi", value="gill")   # doctest: +SKIP
        >>> picker.wait().value.geodetic_latitude              # doctest: +SKIP
        56.38
        >>> picker.instrument_array = "trex_rgb"               # doctest: +SKIP

    """

    _kind = traitlets.Unicode("site_picker").tag(sync=True)
    _view_traits = (*AuroraWidget._view_traits, "instrument_array", "sites", "selected", "altitude_km",
                    "min_elevation", "fov_radius_km")

    instrument_array = traitlets.Unicode("themis_asi").tag(sync=True)
    #: The switcher's choices: [{"value": "themis_asi", "label": "THEMIS ASI"}, ...].
    arrays = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: Sites of the array: dicts with uid, full_name, latitude, longitude (-180..180).
    sites = traitlets.List(traitlets.Dict()).tag(sync=True)
    altitude_km = traitlets.Float(110.0).tag(sync=True)
    min_elevation = traitlets.Float(10.0).tag(sync=True)
    #: Ground radius of the selected site's field of view (km), from altitude and min elevation.
    fov_radius_km = traitlets.Float(0.0).tag(sync=True)

    def __init__(
        self,
        instrument_array: str = "themis_asi",
        client: Any = None,
        value: Observatory | str | None = None,
        altitude_km: float = 110,
        min_elevation: float = 10,
        **kwargs: Any,
    ) -> None:
        super().__init__(client, **kwargs)
        with self.hold_trait_notifications():
            self.arrays = [{"value": k, "label": v} for k, v in ARRAYS.items()]
            self.instrument_array = instrument_array
            self.altitude_km = altitude_km
            self.min_elevation = min_elevation
        self.fov_radius_km = fov_radius_km(self.altitude_km, self.min_elevation)
        if value is not None:
            self._wanted = value.uid if isinstance(value, Observatory) else str(value).strip().lower()
        self.observe(self._on_array, names=["instrument_array"])
        self.observe(self._on_fov, names=["altitude_km", "min_elevation"])
        self._open()

    # ------------------------------------------------------------------ public API
    @property
    def observatories(self) -> list[Observatory]:
        """Every site of the current array as :class:`~aurora_widgets.data.Observatory` objects."""
        return list(self._objects.values())

    def reload(self, *, wait: bool = False) -> SitePicker:
        """List the array's sites again (in the background unless ``wait=True``)."""
        array = self.instrument_array
        self._run_in_background(
            f"Loading the {ARRAYS[array]} sites…",
            lambda: list(self.client.list_observatories(array)),
            lambda sites: self._loaded(array, sites),
            wait=wait,
        )
        return self

    # ------------------------------------------------------------------ internals
    def _key(self, obj: Observatory) -> str:
        return obj.uid if isinstance(obj, Observatory) else str(obj)

    def _loaded(self, array: str, observatories: list[Observatory]) -> None:
        if array != self.instrument_array:  # the array changed meanwhile; its own load follows
            return
        ordered = sorted(observatories, key=lambda o: o.uid)
        self._show_listed(ordered, "sites", [site_row(o) for o in ordered],
                          f"Site {{wanted}} is not part of {ARRAYS[array]}; pick one on the map or in the list.")

    def _on_array(self, change: dict[str, Any]) -> None:
        self._wanted = self.selected  # keep the site if the new array has it too
        self._objects = {}
        self.sites = []
        self.selected = ""
        self.reload()

    def _on_fov(self, _change: dict[str, Any]) -> None:
        self.fov_radius_km = fov_radius_km(self.altitude_km, self.min_elevation)

    @traitlets.validate("instrument_array")
    def _check_array(self, proposal: Any) -> str:
        array = str(proposal["value"]).strip().lower()
        if array not in ARRAYS:
            raise InputError(
                f"instrument_array must be one of {', '.join(ARRAYS)}; got {proposal['value']!r}"
            )
        return array

    @traitlets.validate("altitude_km")
    def _check_altitude(self, proposal: Any) -> float:
        value = float(proposal["value"])
        if not 50 <= value <= 1000:
            raise InputError(f"altitude_km must be between 50 and 1000 km; got {value}")
        return value

    @traitlets.validate("min_elevation")
    def _check_elevation(self, proposal: Any) -> float:
        value = float(proposal["value"])
        if not 0 <= value < 90:
            raise InputError(f"min_elevation must be between 0 and 90 degrees; got {value}")
        return value

    @traitlets.validate("selected")
    def _check_selected(self, proposal: Any) -> str:
        uid = str(proposal["value"] or "").strip().lower()
        objects = getattr(self, "_objects", {})
        if uid and objects and uid not in objects:
            raise InputError(
                f"No site {uid!r} in {ARRAYS.get(self.instrument_array, self.instrument_array)}; "
                f"choose one of {', '.join(objects)}."
            )
        return self._wanted_if_unlisted(uid)

    def _summary_rows(self) -> list[tuple[str, str]]:
        rows = [("instrument array", ARRAYS.get(self.instrument_array, self.instrument_array))]
        site = self.value
        rows.append(("selected", f"{site.uid} — {site.full_name}" if site else "(none)"))
        rows.append(("sites", ", ".join(s["uid"] for s in self.sites) or "(not loaded)"))
        fov = f"{self.fov_radius_km:.0f} km at {self.altitude_km:g} km, ≥{self.min_elevation:g}°"
        rows.append(("field of view", fov))
        return rows + super()._summary_rows()

    def __repr__(self) -> str:
        return (
            f"SitePicker(instrument_array={self.instrument_array!r}, selected={self.selected!r}, "
            f"sites={len(self.sites)}, status={self.status!r})"
        )
