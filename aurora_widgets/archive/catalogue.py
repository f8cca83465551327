"""The sample archive's catalogue: the real service's 79 datasets and the observatories of every array.

What the loopback server answers on ``/api/v1/data_distribution/datasets`` and
``/observatories`` comes from here (through ``<root>/catalogue.json``, written by
:func:`aurora_widgets.archive.build.build_archive`). Names, levels, short descriptions, DOIs and
the record layout are those of the real UCalgary API (``real_catalogue.md``). A record holds the
13 keys clients build their ``Dataset`` from (``file_reading_supported`` and ``provider``
included) plus ``tree`` and ``kind``, which the server keeps for itself: the real API sends
neither ``file_reading_supported`` nor ``provider`` (clients add them), so the server drops
those two, ``tree`` and ``kind`` before answering. ``file_reading_supported`` is true exactly
for the datasets this package's readers read.

Trees (a dataset's folder under ``https://data.phys.ucalgary.ca/sort_by_project``) are the real
ones where known (``THEMIS/asi/stream0``, ``GO-Canada/REGO/skymap``, ``TREx/RGB/stream0``...);
summary products, grids and the THEMIS row2/wide/thumb32/vec1024 trees are inferred.

Example:
    >>> cat = catalogue()
    >>> sorted(cat) == ["datasets", "format", "observatories"], len(cat["datasets"])
    (True, 79)
    >>> d = dataset("REGO_SKYMAP_IDLSAV")
    >>> d["tree"], d["doi"], d["doi_details"]
    ('GO-Canada/REGO/skymap', 'https://doi.org/10.11575/Z7X6-5C42', 'https://commons.datacite.org/doi.org/10.11575/z7x6-5c42')
    >>> observatories()["rego"][3]["full_name"]
    'Gillam, MB, Canada'

"""

from __future__ import annotations

import copy
from typing import Any

from . import fleet as _fleet

__all__ = [
    "API_DATASET_KEYS",
    "CATALOGUE_FORMAT",
    "DATA_TREE_ROOT",
    "INSTRUMENT_ARRAYS",
    "PRIVATE_KEYS",
    "SITE_TABLE",
    "catalogue",
    "dataset",
    "dataset_names",
    "datasets",
    "observatories",
    "readable_datasets",
]

#: Version of the ``catalogue.json`` layout.
CATALOGUE_FORMAT = 2
#: Root of the real data tree; a dataset's ``data_tree_url`` is ``DATA_TREE_ROOT + "/" + tree``.
DATA_TREE_ROOT = "https://data.phys.ucalgary.ca/sort_by_project"
#: Instrument arrays the observatories endpoint knows, in API spelling.
INSTRUMENT_ARRAYS = ("themis_asi", "rego", "trex_rgb", "trex_nir", "trex_blue", "trex_spectrograph", "smile_asi")
#: The keys the API sends for a dataset (clients add ``file_reading_supported`` and ``provider``).
API_DATASET_KEYS = (
    "name", "short_description", "long_description", "data_tree_url", "file_listing_supported", "level",
    "doi", "doi_details", "citation", "supported_libraries", "file_time_resolution",
)  # fmt: skip
#: Keys a catalogue record holds that the server never sends.
PRIVATE_KEYS = ("file_reading_supported", "provider", "tree", "kind")

_LIBRARIES = ["idl-aurorax", "pyaurorax", "pyucalgarysrs"]
_MORE = "More information can be found at https://data.phys.ucalgary.ca"

# array prefix -> label in short descriptions, long description, DOI, citation
_ARRAYS: dict[str, dict[str, str | None]] = {
    "THEMIS_ASI": {
        "label": "THEMIS",
        "long": "Time History of Events and Macroscale Interactions during Substorms (THEMIS) All Sky Imager array.",
        "doi": None,
        "citation": None,
    },
    "REGO": {
        "label": "REGO",
        "long": "Redline Geospace Observatory (REGO) All Sky Imager array.",
        "doi": "10.11575/Z7X6-5C42",
        "citation": "Spanswick, E., & Donovan, E. (2014). Redline Geospace Observatory (REGO) dataset [Data set]. "
        "University of Calgary.",
    },
    "TREX_NIR": {
        "label": "TREx NIR",
        "long": "Transition Region Explorer (TREx) near-infrared All Sky Imager array.",
        "doi": "10.11575/98W7-JP47",
        "citation": "Spanswick, E., & Donovan, E. Transition Region Explorer - NIR Dataset [Data set]. "
        "University of Calgary.",
    },
    "TREX_BLUE": {
        "label": "TREx Blueline",
        "long": "Transition Region Explorer (TREx) Blueline All Sky Imager array.",
        "doi": "10.11575/80PF-0P02",
        "citation": "Spanswick, E., & Donovan, E. Transition Region Explorer - Blueline Dataset [Data set]. "
        "University of Calgary.",
    },
    "TREX_RGB": {
        "label": "TREx RGB",
        "long": "Transition Region Explorer (TREx) full-color RGB All Sky Imager array.",
        "doi": "10.11575/4P8E-1K65",
        "citation": "Spanswick, E., & Donovan, E. Transition Region Explorer - RGB Dataset [Data set]. "
        "University of Calgary.",
    },
    "TREX_SPECT": {
        "label": "TREx Spectrograph",
        "long": "Transition Region Explorer (TREx) Spectrograph array.",
        "doi": "10.11575/2WNP-YC80",
        "citation": "Spanswick, E., & Donovan, E. Transition Region Explorer - Spectrograph Dataset [Data set]. "
        "University of Calgary.",
    },
    "SMILE_ASI": {
        "label": "SMILE",
        "long": "Solar wind Magnetosphere Ionosphere Link Explorer (SMILE) ground-based All Sky Imager array.",
        "doi": None,
        "citation": None,
    },
}

_ROOTS = {
    "THEMIS_ASI": "THEMIS/asi",
    "REGO": "GO-Canada/REGO",
    "TREX_NIR": "TREx/NIR",
    "TREX_BLUE": "TREx/blueline",
    "TREX_RGB": "TREx/RGB",
    "TREX_SPECT": "TREx/spectrograph",
    "SMILE_ASI": "SMILE/asi",
}

# name -> (array prefix, level, kind, file_time_resolution, tree, short description tail)
# kind: raw | skymap | flatfield | rayleighs | summary | grid | other (listed, not read here)
_Row = tuple[str, str, str, str, str, str]
_DATASETS: dict[str, _Row] = {}


def _add(name: str, array: str, level: str, kind: str, resolution: str, sub: str, short: str) -> None:
    _DATASETS[name] = (array, level, kind, resolution, f"{_ROOTS[array]}/{sub}", short)


def _summaries(array: str, formats: tuple[str, ...], products: tuple[str, ...] = ("KEOGRAM", "MONTAGE")) -> None:
    label = _ARRAYS[array]["label"]
    for period, resolution in (("DAILY", "1day"), ("HOURLY", "1hr")):
        for product in products:
            for fmt in formats:
                name = f"{array}_{period}_{product}" + (f"_{fmt}" if fmt else "")
                what = f"{label} All Sky Imagers {period.lower()} {product.lower()} summary product"
                short = what + (f" ({fmt} format)" if fmt else "")
                sub = f"summary/{period.lower()}_{product.lower()}" + (f"/{fmt.lower()}" if fmt else "")
                _add(name, array, "L2", "summary", resolution, sub, short)


def _imager(array: str, raw_name: str, raw_short: str, skymap_sub: str, calibrations: bool) -> None:
    label = _ARRAYS[array]["label"]
    _add(raw_name, array, "L0", "raw", "1min", "stream0" if array != "SMILE_ASI" else "l0/raw", raw_short)
    _add(f"{array}_SKYMAP_IDLSAV", array, "L3", "skymap", "not_applicable", skymap_sub,
         f"{label} All Sky Imagers skymap data (IDL save format)")  # fmt: skip
    if calibrations:
        for kind, word in (("flatfield", "FLATFIELD"), ("rayleighs", "RAYLEIGHS")):
            _add(f"{array}_CALIBRATION_{word}_IDLSAV", array, "L3", kind, "not_applicable", "calibration",
                 f"{label} All Sky Imagers {kind.capitalize()} calibration data (IDL save format)")  # fmt: skip


# ---- THEMIS
_imager("THEMIS_ASI", "THEMIS_ASI_RAW", "THEMIS All Sky Imagers 3-sec raw data", "skymaps", False)
_summaries("THEMIS_ASI", ("JPG", "PGM"))
_summaries("THEMIS_ASI", ("JPG", "PGM"), ("AVERAGE",))
del _DATASETS["THEMIS_ASI_DAILY_AVERAGE_JPG"], _DATASETS["THEMIS_ASI_DAILY_AVERAGE_PGM"]
_add("THEMIS_ASI_GRID_MOSU001", "THEMIS_ASI", "L3", "grid", "1min", "grid/MOSu001",
     "THEMIS All Sky Imagers MOSu001 unverified grid files (corner subtracted, intensity grid priority, ML cloud "
     "detection)")  # fmt: skip
_add("THEMIS_ASI_GRID_MOSV001", "THEMIS_ASI", "L3", "grid", "1min", "grid/MOSv001",
     "THEMIS All Sky Imagers MOSv001 verified grid files (corner subtracted, intensity grid priority)")  # fmt: skip
for _name, _level, _res, _sub, _what in (
    ("THEMIS_ASI_RAW_ROW2", "L0", "1hr", "stream0.row2", "raw row2"),
    ("THEMIS_ASI_RAW_WIDE", "L0", "1min", "stream0.wide", "raw wide"),
    ("THEMIS_ASI_THUMB32", "L1A", "1hr", "stream1/thumb32", "thumb32"),
    ("THEMIS_ASI_VEC1024", "L1A", "1hr", "stream1/vec1024", "vec1024"),
):
    _add(_name, "THEMIS_ASI", _level, "other", _res, _sub, f"THEMIS All Sky Imagers {_what} data")
# ---- REGO
_imager("REGO", "REGO_RAW", "REGO All Sky Imagers 3-sec raw data", "skymap", True)
_summaries("REGO", ("JPG", "PGM", "PNG"))
_add("REGO_GRID_MOSV001", "REGO", "L3", "grid", "1min", "grid/MOSv001",
     "REGO All Sky Imagers MOSv001 verified grid files (corner subtracted, flatfield corrected, rayleighs "
     "converted, intensity grid priority)")  # fmt: skip
# ---- TREx NIR and Blue
for _arr, _raw_short in (("TREX_NIR", "6-sec"), ("TREX_BLUE", "3-sec")):
    _label = _ARRAYS[_arr]["label"]
    _imager(_arr, f"{_arr}_RAW", f"{_label} All Sky Imagers {_raw_short} raw data", "skymaps", True)
    _summaries(_arr, ("PGM", "PNG"))
    _add(f"{_arr}_GRID_MOSV001", _arr, "L3", "grid", "1min", "grid/MOSv001",
         f"{_label} All Sky Imagers MOSv001 verified grid files (raw data, intensity grid priority)")  # fmt: skip
# ---- TREx RGB
_imager("TREX_RGB", "TREX_RGB_RAW_NOMINAL", "TREx RGB All Sky Imagers 3-sec raw data", "skymaps", False)
_summaries("TREX_RGB", ("",))
_add("TREX_RGB_RAW_BURST", "TREX_RGB", "L0", "other", "1min", "stream0.burst",
     "TREx RGB All Sky Imagers 3Hz raw burst data")  # fmt: skip
_add("TREX_RGB_GRID_MOSV001", "TREX_RGB", "L3", "grid", "1min", "grid/MOSv001",
     "TREx RGB All Sky Imagers MOSv001 verified grid files (raw data, intensity grid priority)")  # fmt: skip
_add("TREX_RGB5577_GRID_MOSV001", "TREX_RGB", "L3", "grid", "1min", "grid5577/MOSv001",
     "TREx RGB All Sky Imager derived 557.7nm emission MOSv001 verified grid files "
     "(intensity grid priority)")  # fmt: skip
# ---- TREx Spectrograph
_add("TREX_SPECT_RAW", "TREX_SPECT", "L0", "other", "1min", "l0/raw", "TREx Spectrograph 15-sec raw data")
_add("TREX_SPECT_PROCESSED_V1", "TREX_SPECT", "L1", "other", "1min", "l1/processed_v1",
     "TREx Spectrograph 15-sec processed data, version 1 (calibrated, de- smiled)")  # fmt: skip
_add("TREX_SPECT_SKYMAP_IDLSAV", "TREX_SPECT", "L3", "skymap", "not_applicable", "skymaps",
     "TREx Spectrograph skymap data (IDL save format)")  # fmt: skip
# ---- SMILE
_imager("SMILE_ASI", "SMILE_ASI_RAW", "SMILE All Sky Imagers raw data", "l0/skymaps", False)
_summaries("SMILE_ASI", ("",))

#: The datasets our readers read once the onesky branch is merged (RGB nominal and SMILE HDF5).
_READERS_ADDED_WITH_THE_SKY = frozenset({"TREX_RGB_RAW_NOMINAL", "SMILE_ASI_RAW"})


def readable_datasets() -> frozenset[str]:
    """Names of the datasets whose files this package's readers read (``file_reading_supported``).

    Example:
        >>> {"THEMIS_ASI_RAW", "TREX_RGB_RAW_NOMINAL"} <= readable_datasets()
        True
        >>> "THEMIS_ASI_DAILY_KEOGRAM_JPG" in readable_datasets()
        False

    """
    from ..data.models import READABLE_DATASETS

    return frozenset(READABLE_DATASETS) | _READERS_ADDED_WITH_THE_SKY


def _doi_details(array: str, name: str) -> str | None:
    doi = _ARRAYS[array]["doi"]
    if doi is None:
        return None
    details = "https://commons.datacite.org/doi.org/" + doi.lower()
    if name == "TREX_RGB5577_GRID_MOSV001":
        return "https://doi.org/10.26464/epp2023063, " + details
    return details


def _build_dataset(name: str, readable: frozenset[str]) -> dict[str, Any]:
    array, level, kind, resolution, tree, short = _DATASETS[name]
    info = _ARRAYS[array]
    doi = info["doi"]
    citation = info["citation"]
    return {
        "name": name,
        "short_description": short,
        "long_description": f"{info['long']} {_MORE}",
        "data_tree_url": f"{DATA_TREE_ROOT}/{tree}",
        "file_listing_supported": True,
        "file_reading_supported": name in readable,
        "level": level,
        "doi": None if doi is None else f"https://doi.org/{doi}",
        "doi_details": _doi_details(array, name),
        "citation": None if citation is None else f"{citation} https://doi.org/{doi}",
        "provider": "UCalgary",
        "supported_libraries": list(_LIBRARIES),
        "file_time_resolution": resolution,
        "tree": tree,
        "kind": kind,
    }


def dataset_names() -> list[str]:
    """Every dataset name, sorted.

    Example:
        >>> len(dataset_names()), dataset_names()[0]
        (79, 'REGO_CALIBRATION_FLATFIELD_IDLSAV')

    """
    return sorted(_DATASETS)


def datasets() -> list[dict[str, Any]]:
    """All datasets, sorted by name: the 13 client-side Dataset keys plus the private ``tree`` and ``kind``.

    Example:
        >>> [d["name"] for d in datasets()][:2]
        ['REGO_CALIBRATION_FLATFIELD_IDLSAV', 'REGO_CALIBRATION_RAYLEIGHS_IDLSAV']

    """
    readable = readable_datasets()
    return [_build_dataset(name, readable) for name in dataset_names()]


def dataset(name: str) -> dict[str, Any]:
    """One dataset by exact name (see :func:`datasets`); ``KeyError`` if absent.

    Example:
        >>> dataset("THEMIS_ASI_SKYMAP_IDLSAV")["doi"] is None
        True

    """
    if name not in _DATASETS:
        raise KeyError(f"no dataset {name!r} in the sample archive; known: {', '.join(dataset_names())}")
    return _build_dataset(name, readable_datasets())


#: array -> [(uid, name, lat, lon)] of every observatory (from :mod:`aurora_widgets.archive.fleet`).
SITE_TABLE: dict[str, list[tuple[str, str, float, float]]] = {
    array: [(s.uid, s.name, s.latitude, s.longitude) for s in _fleet.sites(array)] for array in INSTRUMENT_ARRAYS
}


def observatories() -> dict[str, list[dict[str, Any]]]:
    """Return the observatories of every instrument array, sorted by uid.

    Each is ``{"uid", "full_name", "geodetic_latitude", "geodetic_longitude", "provider"}``; the
    server drops ``provider`` (clients add it).

    Example:
        >>> [o["uid"] for o in observatories()["trex_nir"]]
        ['atha', 'fsmi', 'gill', 'luck', 'pina', 'rabb']

    """
    return {
        array: [
            {
                "uid": s.uid,
                "full_name": s.full_name,
                "geodetic_latitude": s.latitude,
                "geodetic_longitude": s.longitude,
                "provider": "UCalgary",
            }
            for s in _fleet.sites(array)
        ]
        for array in INSTRUMENT_ARRAYS
    }


def catalogue() -> dict[str, Any]:
    """Return the whole ``catalogue.json`` document: ``{"format", "datasets", "observatories"}``.

    Example:
        >>> len(catalogue()["observatories"]["themis_asi"])
        24

    """
    return copy.deepcopy(
        {"format": CATALOGUE_FORMAT, "datasets": datasets(), "observatories": observatories()}
    )
