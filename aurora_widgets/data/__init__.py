"""The core fetch/read layer: UCalgary API client, download cache, best-file choice, readers.

It imports no widget code. Names follow pyaurorax/pyucalgarysrs so their users feel at home.

Where things live:
    client.py        Client: datasets, observatories, URLs, downloads, best skymap/calibration
    api.py           HTTP to /api/v1/data_distribution/* with retries and clear errors
    download.py      atomic, parallel, resumable-by-retry file downloads into the cache
    cache.py         integrity checks of cached files (cache_client.py: verify_cache, read-time repair)
    inflate.py       bounded gzip inflate: python-isal when installed, zlib otherwise
    listing.py       raw listings longer than a day: split by day, merged in time order
    tables.py        the datasets / observatories tables (text and escaped HTML)
    select.py        parse validity/version from file names; choose the best file for a time
    readers/         skymap.py, calibration.py, raw.py (PGM frames); read() dispatches through READERS,
                     the one table of readable datasets
    calibration.py   calibrate(): dark / flatfield / Rayleighs calibration of raw frames
    altitude.py      skymap latitude/longitude at any altitude between the stored ones
    projection.py    project(): map frame pixels to latitude/longitude through a skymap
    models.py        the data classes (Dataset, Skymap, Calibration, Data, ...)
    errors.py        AuroraWidgetsError and its subclasses

Example:
    >>> from aurora_widgets.data import Client
    >>> client = Client()                     # doctest: +SKIP
    >>> client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill",
    ...                             datetime.datetime(2021, 11, 4))   # doctest: +SKIP

"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import (
    APIError,
    AuroraWidgetsError,
    DownloadError,
    InputError,
    MaintenanceError,
    NoMatchError,
    ReadError,
)
from .models import (
    Calibration,
    CalibrationGenerationInfo,
    Candidate,
    Candidates,
    Data,
    Dataset,
    DownloadResult,
    FileListing,
    Observatory,
    ProblematicFile,
    Skymap,
    SkymapGenerationInfo,
)

# Heavier modules load on first use, so `import aurora_widgets` stays fast.
_LAZY = {
    "Client": ".client",
    "read": ".readers",
    "read_skymap": ".readers",
    "read_calibration": ".readers",
    "read_raw": ".readers",
    "device_uid_from_metadata": ".readers",
    "clear_skymap_cache": ".readers",
    "clear_calibration_cache": ".readers",
    "exposure_from_metadata": ".calibration",
    "pixel_centers": ".altitude",
    "mosaic": ".projection",
    "candidates_from_urls": ".select",
    "calibrate": ".calibration",
    "skymap_at_altitude": ".altitude",
    "project": ".projection",
    "Projection": ".projection",
    "choose_best": ".select",
    "parse_file_name": ".select",
    "CacheRepairWarning": ".cache",
    "CacheReport": ".cache_client",
    "is_read_supported": ".readers",
    "list_supported_read_datasets": ".readers",
}

__all__ = [
    "APIError",
    "AuroraWidgetsError",
    "Calibration",
    "CalibrationGenerationInfo",
    "Candidate",
    "Candidates",
    "Data",
    "Dataset",
    "DownloadError",
    "DownloadResult",
    "FileListing",
    "InputError",
    "MaintenanceError",
    "NoMatchError",
    "Observatory",
    "ProblematicFile",
    "ReadError",
    "Skymap",
    "SkymapGenerationInfo",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name], __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'aurora_widgets.data' has no attribute {name!r}")
