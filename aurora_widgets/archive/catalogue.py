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

# sites.csv of the shared sample data (asilib's site table): array -> [(uid, name, lat, lon)]
SITE_TABLE: dict[str, list[tuple[str, str, float, float]]] = {
    "rego": [
        ("atha", "Athabasca", 54.71, -113.28),
        ("fsim", "Fort Simpson", 61.756, -121.23),
        ("fsmi", "Fort Smith", 60.017, -111.95),
        ("gill", "Gillam", 56.376, -94.64),
        ("kakt", "Kaktovik", 70.13, -143.62),
        ("luck", "Lucky Lake", 51.15, -107.1),
        ("lyrn", "Longyearbyen", 78.15, 16.04),
        ("rank", "Rankin Inlet", 62.82, -92.11),
        ("resu", "Resolute Bay", 74.7, -94.83),
        ("sach", "Sachs Harbour", 71.99, -125.26),
        ("talo", "Taloyoak", 69.53, -93.53),
    ],
    "themis_asi": [
        ("atha", "Athabasca", 54.71, -113.28),
        ("chbg", "Chibougamau", 49.814, -74.419),
        ("ekat", "Ekati", 64.73, -110.6699),
        ("fsim", "Fort Simpson", 61.756, -121.23),
        ("fsmi", "Fort Smith", 60.017, -111.95),
        ("fykn", "Fort Yukon", 66.56, -145.214),
        ("gako", "Gakona", 62.407, -145.158),
        ("gbay", "Goose Bay", 53.316, -60.46),
        ("gill", "Gillam", 56.376, -94.64),
        ("inuv", "Inuvik", 68.413, -133.77),
        ("kapu", "Kapuskasing", 49.392, -82.32),
        ("kian", "Kiana", 66.971, -160.438),
        ("kuuj", "Kuujjuaq", 58.1, -68.4),
        ("mcgr", "Mcgrath", 62.953, -155.596),
        ("nrsq", "Narsarsuaq", 61.16, -45.44),
        ("pgeo", "Prince George", 53.815, -122.828),
        ("rank", "Rankin Inlet", 62.82, -92.11),
        ("snap", "Snap Lake", 63.58, -110.87),
        ("snkq", "Sanikiluaq", 56.536, -79.23),
        ("talo", "Taloyoak", 69.53, -93.53),
        ("tpas", "The Pas", 53.994, -100.941),
        ("whit", "Whitehorse", 61.01, -135.223),
        ("yknf", "Yellowknife", 62.52, -114.31),
    ],
    "trex_nir": [
        ("atha", "Athabasca", 54.6, -113.64),
        ("fsmi", "Fort Smith", 60.03, -111.93),
        ("gill", "Gillam", 56.38, -94.64),
        ("luck", "Lucky Lake", 51.15, -107.26),
        ("pina", "Pinawa", 50.26, -95.87),
        ("rabb", "Rabbit Lake", 58.23, -103.68),
    ],
}
SITE_TABLE["trex_blue"] = list(SITE_TABLE["trex_nir"])
SITE_TABLE["trex_rgb"] = list(SITE_TABLE["trex_nir"])

# where each site is: province/territory/state and country
_REGION = {
    "atha": ("AB", "Canada"), "chbg": ("QC", "Canada"), "ekat": ("NT", "Canada"),
    "fsim": ("NT", "Canada"), "fsmi": ("NT", "Canada"), "fykn": ("AK", "USA"),
    "gako": ("AK", "USA"), "gbay": ("NL", "Canada"), "gill": ("MB", "Canada"),
    "inuv": ("NT", "Canada"), "kakt": ("AK", "USA"), "kapu": ("ON", "Canada"),
    "kian": ("AK", "USA"), "kuuj": ("QC", "Canada"), "luck": ("SK", "Canada"),
    "lyrn": ("Svalbard", "Norway"), "mcgr": ("AK", "USA"), "nrsq": (None, "Greenland"),
    "pgeo": ("BC", "Canada"), "pina": ("MB", "Canada"), "rabb": ("SK", "Canada"),
    "rank": ("NU", "Canada"), "resu": ("NU", "Canada"), "sach": ("NT", "Canada"),
    "snap": ("NT", "Canada"), "snkq": ("NU", "Canada"), "talo": ("NU", "Canada"),
    "tpas": ("MB", "Canada"), "whit": ("YT", "Canada"), "yknf": ("NT", "Canada"),
}  # fmt: skip


def _full_name(uid: str, name: str) -> str:
    region, country = _REGION.get(uid, (None, "Canada"))
    return ", ".join(part for part in (name, region, country) if part)


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
                "uid": uid,
                "full_name": _full_name(uid, name),
                "geodetic_latitude": lat,
                "geodetic_longitude": lon,
            }
            for uid, name, lat, lon in sorted(SITE_TABLE[array])
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
