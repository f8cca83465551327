"""The offline sample archive: a local stand-in for the UCalgary data API and file server.

``build_archive(root)`` writes ``catalogue.json`` and the data files (synthetic skymaps,
calibrations and raw minutes, plus the real sample files when ``../shared/data/ucalgary``
exists); ``python -m aurora_widgets.archive serve --root DIR --port P`` serves them on loopback.

Example:
    >>> from aurora_widgets.archive import build_archive        # doctest: +SKIP
    >>> build_archive("/tmp/aurora-archive").skipped             # doctest: +SKIP
    False

"""

from __future__ import annotations

from typing import Any

__all__ = ["BuildReport", "build_archive", "write_sav"]


def __getattr__(name: str) -> Any:
    if name in ("BuildReport", "build_archive"):
        from . import build

        return getattr(build, name)
    if name == "write_sav":
        from .idlsave import write_sav

        return write_sav
    raise AttributeError(f"module 'aurora_widgets.archive' has no attribute {name!r}")
