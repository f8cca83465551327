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
    "default_exposures",
    "front_end_facts",
    "instrument",
    "instrument_for_dataset",
    "raw_dataset_for_skymap",
    "raw_dataset_of",
    "raw_kinds",
]

#: One Earth radius (km, spherical Earth) for every distance and field-of-view computation.
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Instrument:
    """One instrument array and what is known about it.

    ``array`` is the name the observatories endpoint uses (``"rego"``), ``prefix`` the dataset-name
    prefix (``"REGO"``). Dataset fields are None where the array has no such dataset (or none this
    package reads). ``cadence_s`` and ``exposure_s`` are nominal (``exposure_s`` is also the
    default exposure of the Rayleighs step, as pyaurorax's: None where it has none);
    ``image_shape`` is (rows, columns); ``raw_kind`` names the PGM flavour of the raw files
    (``data/readers/_pgm.KINDS``).

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
    raw_kind: str | None = None

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
                   None, None, (256, 256), 3.0, None, 110.0, raw_kind="themis"),
        Instrument("rego", "REGO", "REGO", "REGO_RAW", "REGO_SKYMAP_IDLSAV", *_cal("REGO"),
                   (512, 512), 3.0, 2.0, 230.0, raw_kind="rego"),
        Instrument("trex_nir", "TREX_NIR", "TREx NIR", "TREX_NIR_RAW", "TREX_NIR_SKYMAP_IDLSAV",
                   *_cal("TREX_NIR"), (256, 256), 6.0, 5.0, 110.0, raw_kind="trex_nir"),
        Instrument("trex_blue", "TREX_BLUE", "TREx Blue", "TREX_BLUE_RAW", "TREX_BLUE_SKYMAP_IDLSAV",
                   *_cal("TREX_BLUE"), (256, 256), 3.0, None, 110.0, raw_kind="trex_blue"),
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


def raw_kinds() -> dict[str, str]:
    """Return raw dataset -> PGM flavour, for every array whose raw files this package reads.

    Example:
        >>> raw_kinds()["REGO_RAW"], "TREX_RGB_RAW" in raw_kinds()
        ('rego', False)

    """
    return {i.raw_dataset: i.raw_kind for i in INSTRUMENTS.values() if i.raw_dataset and i.raw_kind}


def default_exposures() -> dict[str, float]:
    """Return dataset prefix -> nominal exposure (seconds) of the arrays that have one (pyaurorax's defaults).

    Example:
        >>> default_exposures()
        {'REGO': 2.0, 'TREX_NIR': 5.0}

    """
    return {i.prefix: i.exposure_s for i in INSTRUMENTS.values() if i.exposure_s is not None}


def raw_dataset_of(name: str) -> str | None:
    """Return the raw dataset of an instrument array or of any dataset name of the array, or None.

    Example:
        >>> raw_dataset_of("themis"), raw_dataset_of("TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV")
        ('THEMIS_ASI_RAW', 'TREX_NIR_RAW')
        >>> raw_dataset_of("trex_rgb") is None, raw_dataset_of("SMILE_ASI_RAW") is None
        (True, True)

    """
    key = str(name or "").strip().lower()
    inst = INSTRUMENTS.get(_ALIASES.get(key, key)) or instrument_for_dataset(name)
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
