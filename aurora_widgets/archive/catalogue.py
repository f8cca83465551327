"""The sample archive's catalogue: datasets (real names, descriptions, levels, DOIs) and observatories.

What the loopback server answers on ``/api/v1/data_distribution/datasets`` and
``/observatories`` comes from here (through ``<root>/catalogue.json``, written by
:func:`aurora_widgets.archive.build.build_archive`). Names, short descriptions and DOIs are those
the real UCalgary API lists; each dataset also carries ``tree``, its folder under the data-tree
root (``https://data.phys.ucalgary.ca/sort_by_project/<tree>``), which the server uses to find
files and never sends to clients.

Observatory coordinates are the asilib site table (``sites.csv`` in the shared sample data),
embedded here so the archive builds without it; ``full_name`` is "Site, Province/State, Country".

Example:
    >>> cat = catalogue()
    >>> sorted(cat) == ["datasets", "format", "observatories"]
    True
    >>> d = dataset("REGO_SKYMAP_IDLSAV")
    >>> d["tree"], d["doi_details"]
    ('GO-Canada/REGO/skymap', 'https://commons.datacite.org/doi.org/10.11575/z7x6-5c42')
    >>> observatories()["rego"][3]["full_name"]
    'Gillam, MB, Canada'

"""

from __future__ import annotations

import copy
from typing import Any

from . import fleet as _fleet

__all__ = [
    "CATALOGUE_FORMAT",
    "DATA_TREE_ROOT",
    "INSTRUMENT_ARRAYS",
    "SITE_TABLE",
    "catalogue",
    "dataset",
    "datasets",
    "observatories",
]

#: Version of the ``catalogue.json`` layout.
CATALOGUE_FORMAT = 1
#: Root of the real data tree; a dataset's ``data_tree_url`` is ``DATA_TREE_ROOT + "/" + tree``.
DATA_TREE_ROOT = "https://data.phys.ucalgary.ca/sort_by_project"
#: Instrument arrays the observatories endpoint knows, in API spelling.
INSTRUMENT_ARRAYS = ("themis_asi", "rego", "trex_nir", "trex_blue", "trex_rgb")

_LIBRARIES = ["idl-aurorax", "pyaurorax", "pyucalgarysrs"]
_DOI_PREFIX = "https://commons.datacite.org/doi.org/"

# array key -> (display name, DOI, long name for descriptions, citation head)
_ARRAYS: dict[str, dict[str, Any]] = {
    "THEMIS_ASI": {
        "label": "THEMIS",
        "doi": None,
        "long": "the THEMIS ground-based All-Sky Imager (ASI) array, white-light imagers operated by the "
        "University of Calgary in Canada and by partners in Alaska and Greenland",
        "citation": None,
    },
    "REGO": {
        "label": "REGO",
        "doi": "10.11575/z7x6-5c42",
        "long": "the Redline Emission Geospace Observatory (REGO), an array of 630.0 nm red-line all-sky "
        "imagers operated by the University of Calgary",
        "citation": "Spanswick, E., Liang, J., Donovan, E. (2019). Redline Emission Geospace Observatory "
        "(REGO) [Data set]. University of Calgary.",
    },
    "TREX_NIR": {
        "label": "TREx NIR",
        "doi": "10.11575/98w7-jp47",
        "long": "the Transition Region Explorer (TREx) near-infrared all-sky imager array, operated by the "
        "University of Calgary",
        "citation": "Donovan, E., Spanswick, E., Liang, J., Gillies, D. M. (2019). Transition Region "
        "Explorer (TREx) Near-Infrared All-Sky Imager Array [Data set]. University of Calgary.",
    },
    "TREX_BLUE": {
        "label": "TREx Blueline",
        "doi": "10.11575/80pf-0p02",
        "long": "the Transition Region Explorer (TREx) blue-line (427.8 nm) all-sky imager array, operated "
        "by the University of Calgary",
        "citation": "Donovan, E., Spanswick, E., Liang, J., Gillies, D. M. (2019). Transition Region "
        "Explorer (TREx) Blueline All-Sky Imager Array [Data set]. University of Calgary.",
    },
    "TREX_RGB": {
        "label": "TREx RGB",
        "doi": "10.11575/4p8e-1k65",
        "long": "the Transition Region Explorer (TREx) RGB colour all-sky imager array, operated by the "
        "University of Calgary",
        "citation": "Donovan, E., Spanswick, E., Liang, J., Gillies, D. M. (2019). Transition Region "
        "Explorer (TREx) RGB All-Sky Imager Array [Data set]. University of Calgary.",
    },
}

# dataset name -> (array key, kind, tree); kind is raw | skymap | flatfield | rayleighs
_DATASETS: dict[str, tuple[str, str, str]] = {
    "THEMIS_ASI_RAW": ("THEMIS_ASI", "raw", "THEMIS/asi/stream0"),
    "REGO_RAW": ("REGO", "raw", "GO-Canada/REGO/stream0"),
    "TREX_NIR_RAW": ("TREX_NIR", "raw", "TREx/NIR/stream0"),
    "TREX_BLUE_RAW": ("TREX_BLUE", "raw", "TREx/blueline/stream0"),
    "REGO_SKYMAP_IDLSAV": ("REGO", "skymap", "GO-Canada/REGO/skymap"),
    "THEMIS_ASI_SKYMAP_IDLSAV": ("THEMIS_ASI", "skymap", "THEMIS/asi/skymaps"),
    "TREX_BLUE_SKYMAP_IDLSAV": ("TREX_BLUE", "skymap", "TREx/blueline/skymaps"),
    "TREX_NIR_SKYMAP_IDLSAV": ("TREX_NIR", "skymap", "TREx/NIR/skymaps"),
    "TREX_RGB_SKYMAP_IDLSAV": ("TREX_RGB", "skymap", "TREx/RGB/skymaps"),
    "REGO_CALIBRATION_FLATFIELD_IDLSAV": ("REGO", "flatfield", "GO-Canada/REGO/calibration"),
    "REGO_CALIBRATION_RAYLEIGHS_IDLSAV": ("REGO", "rayleighs", "GO-Canada/REGO/calibration"),
    "TREX_BLUE_CALIBRATION_FLATFIELD_IDLSAV": ("TREX_BLUE", "flatfield", "TREx/blueline/calibration"),
    "TREX_BLUE_CALIBRATION_RAYLEIGHS_IDLSAV": ("TREX_BLUE", "rayleighs", "TREx/blueline/calibration"),
    "TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV": ("TREX_NIR", "flatfield", "TREx/NIR/calibration"),
    "TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV": ("TREX_NIR", "rayleighs", "TREx/NIR/calibration"),
}

_SHORT = {
    "raw": "{label} All Sky Imagers raw data",
    "skymap": "{label} All Sky Imagers skymap data (IDL save format)",
    "flatfield": "{label} All Sky Imagers Flatfield calibration data (IDL save format)",
    "rayleighs": "{label} All Sky Imagers Rayleighs calibration data (IDL save format)",
}

_LONG = {
    "raw": "Raw images from {long}. One file per minute per imager (PGM frames, 16-bit, gzip "
    "compressed), with a metadata header for every frame; see the instrument's readfile library for "
    "the file format.",
    "skymap": "Skymap files for {long}. A skymap gives, for each pixel of an imager, its elevation and "
    "azimuth and the geographic latitude and longitude of the pixel corners at 90, 110 and 150 km "
    "altitude. Each skymap is valid for one site from the date in its file name until the next one; "
    "choose the one valid for the time of the data being mapped.",
    "flatfield": "Flatfield calibration files for {long}. Each file holds, for one camera detector "
    "(identified by its serial number), a per-pixel multiplier that removes the lens vignetting from "
    "dark-subtracted images.",
    "rayleighs": "Rayleighs calibration files for {long}. Each file holds, for one camera detector "
    "(identified by its serial number), the factor converting flatfielded counts per second into "
    "Rayleighs.",
}

#: array -> [(uid, name, lat, lon)] of every observatory (from :mod:`aurora_widgets.archive.fleet`).
SITE_TABLE: dict[str, list[tuple[str, str, float, float]]] = {
    array: [(s.uid, s.name, s.latitude, s.longitude) for s in _fleet.sites(array)]
    for array in ("themis_asi", "rego", "trex_nir", "trex_blue", "trex_rgb", "trex_spectrograph", "smile_asi")
}


def _build_dataset(name: str) -> dict[str, Any]:
    array, kind, tree = _DATASETS[name]
    info = _ARRAYS[array]
    doi = info["doi"]
    return {
        "name": name,
        "short_description": _SHORT[kind].format(label=info["label"]),
        "long_description": _LONG[kind].format(long=info["long"]),
        "data_tree_url": f"{DATA_TREE_ROOT}/{tree}",
        "file_listing_supported": True,
        "level": "L0" if kind == "raw" else "L3",
        "doi": doi,
        "doi_details": None if doi is None else _DOI_PREFIX + doi,
        "citation": info["citation"],
        "supported_libraries": list(_LIBRARIES),
        "file_time_resolution": "1min" if kind == "raw" else "not_applicable",
        "tree": tree,
    }


def datasets() -> list[dict[str, Any]]:
    """All datasets of the sample archive, sorted by name, as API JSON objects plus ``tree``.

    Each dict has exactly the API Dataset keys (``name``, ``short_description``,
    ``long_description``, ``data_tree_url``, ``file_listing_supported``, ``level``, ``doi``,
    ``doi_details``, ``citation``, ``supported_libraries``, ``file_time_resolution``) and ``tree``,
    which a server must drop before answering.

    Example:
        >>> [d["name"] for d in datasets()][:2]
        ['REGO_CALIBRATION_FLATFIELD_IDLSAV', 'REGO_CALIBRATION_RAYLEIGHS_IDLSAV']

    """
    return [_build_dataset(name) for name in sorted(_DATASETS)]


def dataset(name: str) -> dict[str, Any]:
    """One dataset by exact name (see :func:`datasets`); ``KeyError`` naming the known ones if absent.

    Example:
        >>> dataset("THEMIS_ASI_SKYMAP_IDLSAV")["doi"] is None
        True

    """
    if name not in _DATASETS:
        raise KeyError(f"no dataset {name!r} in the sample archive; known: {', '.join(sorted(_DATASETS))}")
    return _build_dataset(name)


def observatories() -> dict[str, list[dict[str, Any]]]:
    """Return the observatories of each instrument array (``themis_asi``, ``rego``, ``trex_*``).

    Each is ``{"uid", "full_name", "geodetic_latitude", "geodetic_longitude"}`` with a lower-case
    uid and longitude in -180..180, sorted by uid.

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
            }
            for s in _fleet.sites(array)
        ]
        for array in INSTRUMENT_ARRAYS
    }


def catalogue() -> dict[str, Any]:
    """Return the whole ``catalogue.json`` document.

    It is ``{"format": 1, "datasets": [...], "observatories": {...}}``.

    Example:
        >>> len(catalogue()["datasets"])
        15

    """
    return copy.deepcopy(
        {"format": CATALOGUE_FORMAT, "datasets": datasets(), "observatories": observatories()}
    )
