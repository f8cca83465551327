"""aurora-widgets: Jupyter widgets for UCalgary all-sky-imager skymaps and calibrations.

Widgets (``DatasetPicker``, ``SitePicker``, ``DatePicker``, ``SkymapBrowser``,
``CalibrationBrowser``, ``Explorer``) live in ``aurora_widgets.widgets``; the pure-Python
fetch/read layer they wrap is ``aurora_widgets.data``; the offline sample archive and its
loopback server are ``aurora_widgets.archive``.

Example:
    >>> from aurora_widgets import SkymapBrowser                       # doctest: +SKIP
    >>> browser = SkymapBrowser(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site_uid="gill",
    ...                         date="2021-11-04")                     # doctest: +SKIP
    >>> browser.skymap.generation_info.valid_interval_start           # doctest: +SKIP

"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_WIDGETS = {
    "DatasetPicker": ".widgets.dataset_picker",
    "SitePicker": ".widgets.site_picker",
    "DatePicker": ".widgets.date_picker",
    "SkymapBrowser": ".widgets.skymap_browser",
    "CalibrationBrowser": ".widgets.calibration_browser",
    "Explorer": ".widgets.explorer",
    "KeogramPicker": ".widgets.keogram_picker",
}

__all__ = ["__version__", *sorted(_WIDGETS)]


def __getattr__(name: str) -> Any:
    if name in _WIDGETS:
        return getattr(importlib.import_module(_WIDGETS[name], __name__), name)
    raise AttributeError(f"module 'aurora_widgets' has no attribute {name!r}")
