"""Typed traits shared by the widgets: choices as enums, statuses, colormaps; bad values refused.

A value outside a trait's choices (``map_mode="sideways"``, ``colormap="no-such-map"``) or its
bounds (``frame_index=-5``) raises a ``TraitError`` naming what is accepted, at the boundary; from the
front-end it becomes an inline message (``AuroraWidget.set_state``).

Example:
    >>> import traitlets
    >>> class W(traitlets.HasTraits):
    ...     colormap = colormap_trait("viridis")
    >>> W(colormap="MAGMA").colormap
    'magma'
    >>> W(colormap="no-such-map")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    traitlets.traitlets.TraitError: The 'colormap' trait of a W instance expected any of ['viridis', ...

"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import traitlets

from ._jobs import JOB_STATES

__all__ = ["COLORMAPS", "colormap_trait", "output_trait", "status_trait"]

#: The colormaps the views offer (``widgets/colormaps.json``, the file js/lib/raster.js imports too).
COLORMAPS: tuple[str, ...] = tuple(json.loads((Path(__file__).parent / "colormaps.json").read_text()))


def colormap_trait(default: str) -> Any:
    """Return a synced colormap-name trait (any case accepted, stored lower-case; others refused)."""
    return traitlets.CaselessStrEnum(COLORMAPS, default_value=default).tag(sync=True)


def output_trait() -> Any:
    """Return a synced dict trait that only Python writes (a payload or its description).

    It is read-only: Python sets it with ``AuroraWidget._put``, and a value the front-end sends is
    refused (``AuroraWidget.set_state`` sends the value in effect back).

    Example:
        >>> import traitlets
        >>> class W(traitlets.HasTraits):
        ...     info = output_trait()
        >>> W().info = {"a": 1}
        Traceback (most recent call last):
        ...
        traitlets.traitlets.TraitError: The "info" trait is read-only.

    """
    return traitlets.Dict(read_only=True).tag(sync=True)


def status_trait(default: str = "idle") -> Any:
    """Return a synced status trait: one of :data:`~._jobs.JOB_STATES`, anything else refused.

    Example:
        >>> import traitlets
        >>> class W(traitlets.HasTraits):
        ...     status = status_trait()
        >>> W(status="sideways")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        traitlets.traitlets.TraitError: The 'status' trait of a W instance expected any of ...

    """
    return traitlets.Enum(JOB_STATES, default_value=default).tag(sync=True)
