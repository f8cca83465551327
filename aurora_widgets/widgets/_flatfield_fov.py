"""Which pixels of a flatfield are sky: the field of view its statistics and histogram cover.

Decision (issue #14): the pixels the site's skymap at the date sees at an elevation of at least
:data:`FOV_MIN_ELEVATION` (a flatfield's corners outside the sky correct nothing and would widen
its histogram). When the widget knows no site (``device_uid`` given alone), no skymap is found, or
the skymap's shape is not the flatfield's, the statistics cover every finite pixel, and the panel
says which of the two it shows.

Example:
    >>> import numpy as np
    >>> fov = FieldOfView(np.array([[False, True]]), "field of view: 1 pixel")
    >>> fov.mask_for((1, 2)) is not None, fov.mask_for((2, 2)) is None
    (True, True)

"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data.errors import AuroraWidgetsError
from ..data.instruments import instrument_for_dataset
from ..data.protocol import DataClient
from ..data.stats import field_of_view

__all__ = ["FOV_MIN_ELEVATION", "FieldOfView", "find_field_of_view"]

#: The minimum elevation of the flatfield statistics' field of view (the skymap views' default).
FOV_MIN_ELEVATION = 10.0


@dataclass(frozen=True)
class FieldOfView:
    """A field-of-view mask (None: the whole frame) and the sentence the panel shows about it."""

    mask: np.ndarray | None
    label: str

    def mask_for(self, shape: tuple[int, ...]) -> np.ndarray | None:
        """Return the mask when it fits an image of ``shape``, else None (whole frame)."""
        return self.mask if self.mask is not None and self.mask.shape == tuple(shape) else None


def find_field_of_view(client: DataClient, raw_dataset: str, site: str,
                       when: _dt.datetime | None) -> FieldOfView:
    """Find the field of view of ``site``'s camera at ``when`` from its best skymap (never raises).

    Example:
        >>> find_field_of_view(client, "REGO_RAW", "resu", datetime(2021, 11, 4)).label   # doctest: +SKIP
        'Field of view only: 153,212 pixels at elevation ≥ 10° in rego_skymap_resu_20211001-+_v01.sav'

    """
    inst = instrument_for_dataset(raw_dataset)
    if not site or when is None or inst is None:
        return FieldOfView(None, "Whole frame: give site_uid and date to limit these to the field of view.")
    try:
        from ..data import read_skymap

        path = client.download_best_skymap(inst.skymap_dataset, site, when).filenames[0]
        skymap = read_skymap(path)
    except AuroraWidgetsError as err:
        return FieldOfView(None, f"Whole frame: no skymap of {site} to find the field of view ({err}).")
    mask = field_of_view(skymap.full_elevation, FOV_MIN_ELEVATION)
    return FieldOfView(mask, f"Field of view only: {int(mask.sum()):,} pixels at elevation "
                             f"≥ {FOV_MIN_ELEVATION:g}° in {Path(skymap.filename).name}.")
