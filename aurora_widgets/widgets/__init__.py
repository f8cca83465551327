"""The Jupyter widgets: pickers, browsers and the explorer, all sharing one front-end bundle.

Classes load on first use, so importing this package stays cheap:

==================  ======================================================================
DatasetPicker       searchable, sortable table of datasets (``.value`` -> Dataset)
SitePicker          sites of an array on an offline map and in a list (``.value`` -> Observatory)
DatePicker          UT date (+ time) with bounds and a coverage calendar (``.value`` -> datetime)
SkymapBrowser       every skymap of a site, its panels, comparison and a frame on the map
CalibrationBrowser  flatfield and Rayleighs calibrations of a detector
Explorer            dataset, site and date pickers wired to the browsers
==================  ======================================================================

Example:
    >>> from aurora_widgets.widgets import DatePicker
    >>> DatePicker("2021-11-04").value
    datetime.datetime(2021, 11, 4, 0, 0)

"""

from __future__ import annotations

import importlib
from typing import Any

_WIDGETS = {
    "AuroraWidget": "._base",
    "DatasetPicker": ".dataset_picker",
    "SitePicker": ".site_picker",
    "DatePicker": ".date_picker",
    "SkymapBrowser": ".skymap_browser",
    "CalibrationBrowser": ".calibration_browser",
    "Explorer": ".explorer",
    "KeogramPicker": ".keogram_picker",
}

__all__ = sorted(_WIDGETS)


def __getattr__(name: str) -> Any:
    if name in _WIDGETS:
        return getattr(importlib.import_module(_WIDGETS[name], __name__), name)
    raise AttributeError(f"module 'aurora_widgets.widgets' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_WIDGETS])
