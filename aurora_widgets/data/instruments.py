"""The one table of instrument facts: arrays, their datasets by kind, labels, sizes and cadences.

Every part of the package that needs to know what an instrument array is (which raw dataset a
skymap maps, which arrays have calibrations, what to call an array in a sentence, how large its
frames are, at which height its emission glows) reads it here, and the front-end gets the facts it
needs from :func:`front_end_facts` through a synced trait, never from its own copy.

Example:
    >>> instrument_for_dataset("REGO_CALIBRATION_FLATFIELD_IDLSAV").label
    'REGO'
    >>> instrument("trex_blue").raw_dataset
    'TREX_BLUE_RAW'
    >>> raw_dataset_for_skymap("TREX_RGB_SKYMAP_IDLSAV") is None
    True

"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import InputError

__all__ = [
    "EARTH_RADIUS_KM",
    "INSTRUMENTS",
    "Instrument",
    "calibrated_arrays",
    "front_end_facts",
    "instrument",
    "instrument_for_dataset",
    "raw_dataset_for_skymap",
]

#: One Earth radius (km, spherical Earth) for every distance and field-of-view computation.
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Instrument:
    """One instrument array and what is known about it.

    ``array`` is the name the observatories endpoint uses (``"rego"``), ``prefix`` the dataset-name
    prefix (``"REGO"``). Dataset fields are None where the array has no such dataset (or none this
    package reads). ``cadence_s`` and ``exposure_s`` are nominal; ``image_shape`` is (rows, columns).

    Example:
        >>> INSTRUMENTS["rego"].calibration_datasets
        ('REGO_CALIBRATION_FLATFIELD_IDLSAV', 'REGO_CALIBRATION_RAYLEIGHS_IDLSAV')

    """

    array: str
    prefix: str
    label: str
    raw_dataset: str | None
    skymap_dataset: str
    flatfield_dataset: str | None
    rayleighs_dataset: str | None
    image_shape: tuple[int, int]
    cadence_s: float
    exposure_s: float | None
    emission_height_km: float

    @property
    def calibration_datasets(self) -> tuple[str, ...]:
        """The flatfield and Rayleighs datasets (empty when the array has no calibrations)."""
        return tuple(d for d in (self.flatfield_dataset, self.rayleighs_dataset) if d)

    @property
    def has_calibrations(self) -> bool:
        """Tell whether the array has flatfield/Rayleighs calibration files."""
        return bool(self.calibration_datasets)

    def datasets(self) -> tuple[str, ...]:
        """Every dataset name of the array this package knows (raw, skymap, calibrations)."""
        return tuple(d for d in (self.raw_dataset, self.skymap_dataset, *self.calibration_datasets) if d)


def _cal(prefix: str) -> tuple[str, str]:
    return f"{prefix}_CALIBRATION_FLATFIELD_IDLSAV", f"{prefix}_CALIBRATION_RAYLEIGHS_IDLSAV"


#: array -> facts, in the order the switchers show them.
INSTRUMENTS: dict[str, Instrument] = {
    i.array: i
    for i in (
        Instrument("themis_asi", "THEMIS", "THEMIS ASI", "THEMIS_ASI_RAW", "THEMIS_ASI_SKYMAP_IDLSAV",
                   None, None, (256, 256), 3.0, None, 110.0),
        Instrument("rego", "REGO", "REGO", "REGO_RAW", "REGO_SKYMAP_IDLSAV", *_cal("REGO"),
                   (512, 512), 3.0, 2.0, 230.0),
        Instrument("trex_nir", "TREX_NIR", "TREx NIR", "TREX_NIR_RAW", "TREX_NIR_SKYMAP_IDLSAV",
                   *_cal("TREX_NIR"), (256, 256), 6.0, 5.0, 110.0),
        Instrument("trex_blue", "TREX_BLUE", "TREx Blue", "TREX_BLUE_RAW", "TREX_BLUE_SKYMAP_IDLSAV",
                   *_cal("TREX_BLUE"), (256, 256), 3.0, None, 110.0),
        Instrument("trex_rgb", "TREX_RGB", "TREx RGB", None, "TREX_RGB_SKYMAP_IDLSAV", None, None,
                   (480, 553), 3.0, None, 110.0),
    )
}
_ALIASES = {"themis": "themis_asi"}


def instrument(array: str) -> Instrument:
    """Return the facts of an instrument array (``"rego"``, ``"TREX_NIR"``, ``"themis"``...).

    Example:
        >>> instrument("TREX_NIR").label
        'TREx NIR'

    """
    key = str(array or "").strip().lower()
    key = _ALIASES.get(key, key)
    if key not in INSTRUMENTS:
        for inst in INSTRUMENTS.values():
            if inst.prefix.lower() == key:
                return inst
        raise InputError(f"Unknown instrument array {array!r}; use one of {', '.join(INSTRUMENTS)}.")
    return INSTRUMENTS[key]


def instrument_for_dataset(name: str) -> Instrument | None:
    """Return the instrument array a dataset name belongs to (by prefix), or None.

    Example:
        >>> instrument_for_dataset("THEMIS_ASI_RAW").array, instrument_for_dataset("SMILE_ASI_RAW")
        ('themis_asi', None)

    """
    upper = str(name or "").strip().upper()
    # longest prefix first: TREX_BLUE before a hypothetical TREX
    for inst in sorted(INSTRUMENTS.values(), key=lambda i: -len(i.prefix)):
        if upper == inst.prefix or upper.startswith(inst.prefix + "_"):
            return inst
    return None


def raw_dataset_for_skymap(skymap_dataset: str) -> str | None:
    """Return the raw dataset whose frames ``skymap_dataset`` maps (None: no raw frames we read).

    Example:
        >>> raw_dataset_for_skymap("THEMIS_ASI_SKYMAP_IDLSAV")
        'THEMIS_ASI_RAW'

    """
    inst = instrument_for_dataset(skymap_dataset)
    return None if inst is None else inst.raw_dataset


def calibrated_arrays() -> dict[str, Instrument]:
    """Return the arrays with calibrations, keyed by dataset prefix (``"REGO"``, ``"TREX_NIR"``...).

    Example:
        >>> list(calibrated_arrays())
        ['REGO', 'TREX_NIR', 'TREX_BLUE']

    """
    return {i.prefix: i for i in INSTRUMENTS.values() if i.has_calibrations}


def front_end_facts() -> dict[str, Any]:
    """Return the facts the browser needs, as plain JSON (what the widgets' ``_instruments`` trait holds).

    Example:
        >>> facts = front_end_facts()
        >>> facts["earth_radius_km"], facts["labels"]["TREX_BLUE"]
        (6371.0, 'TREx Blue')

    """
    labels = {i.prefix: i.label for i in INSTRUMENTS.values()}
    labels.update({i.array: i.label for i in INSTRUMENTS.values()})
    return {
        "earth_radius_km": EARTH_RADIUS_KM,
        "labels": labels,
        "emission_height_km": {i.array: i.emission_height_km for i in INSTRUMENTS.values()},
    }
