"""Calibrations for the other sites of a calibrated playback: each neighbour's own camera's best files.

When the chosen site plays in Rayleighs, a neighbour of the mosaic can only join on the same scale
with the calibrations of its own camera. :func:`site_calibrations` finds them through the client:
the camera a site used (``Client.find_device_uid``), then the best flatfield and Rayleighs file of
that camera for the date (``Client.list_calibrations``, cached file else one download,
:func:`.fetch.candidate_path`). Only the steps the chosen site uses are looked up. A site whose
camera or files cannot be found is left out (its playback rows then say "no calibration").

Example:
    >>> import datetime
    >>> cal = site_calibrations(client, "REGO_RAW", ["rank"], datetime.datetime(2021, 11, 4, 6),
    ...                         {"flatfield": ff, "rayleighs": ray, "dark": "corner"})   # doctest: +SKIP
    >>> sorted(cal["rank"])                                                              # doctest: +SKIP
    ['dark', 'flatfield', 'rayleighs']

"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import AuroraWidgetsError
from .fetch import candidate_path
from .instruments import instrument_for_dataset
from .protocol import DataClient

__all__ = ["site_calibrations"]


def site_calibrations(
    client: DataClient,
    raw_dataset: str,
    sites: Sequence[str],
    when: _dt.datetime,
    like: Mapping[str, Any],
) -> dict[str, dict[str, Any]]:
    """Return ``calibrate`` keyword arguments per site, with the steps of ``like`` and each site's own files.

    ``like`` is the chosen site's ``{"flatfield", "rayleighs", "dark"}``: a step that is None there
    is None for every site; ``dark`` is copied.

    Example:
        >>> site_calibrations(None, "THEMIS_ASI_RAW", ["gill"], _dt.datetime(2021, 11, 4),
        ...                   {"flatfield": None, "rayleighs": None, "dark": "corner"})
        {}

    """
    from .readers import read_calibration

    inst = instrument_for_dataset(raw_dataset)
    steps = [(ds, key) for ds, key in ((None if inst is None else inst.flatfield_dataset, "flatfield"),
                                       (None if inst is None else inst.rayleighs_dataset, "rayleighs"))
             if like.get(key) is not None]
    if not steps or any(ds is None for ds, _key in steps):
        return {}
    out: dict[str, dict[str, Any]] = {}
    for site in sites:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                device, _source = client.find_device_uid(raw_dataset, site, when)
                kwargs: dict[str, Any] = {"flatfield": None, "rayleighs": None, "dark": like.get("dark")}
                for dataset, key in steps:
                    assert dataset is not None
                    best = client.list_calibrations(dataset, device, when).best
                    if best is None:
                        raise AuroraWidgetsError(f"no {key} file of device {device}")
                    kwargs[key] = read_calibration(candidate_path(client, dataset, best))
            out[site] = kwargs
        except (AuroraWidgetsError, OSError, ValueError):
            continue  # left out: its rows say it has no calibration
    return out
