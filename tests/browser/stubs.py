"""A duck-typed stand-in for ``aurora_widgets.data.Client`` built from the sample catalogue.

``StubClient(evil=True)`` adds a dataset and a site whose names and descriptions are HTML/script,
to check that the front-end shows them as literal text. ``fail_times=n`` makes the first ``n``
calls raise an :class:`APIError` (to exercise the inline error + Retry).
"""

from __future__ import annotations

import threading

from aurora_widgets.archive import catalogue
from aurora_widgets.data.errors import APIError
from aurora_widgets.data.models import Dataset, Observatory

EVIL_NAME = '<img src=x onerror="window.__pwned=1">EVIL_DATASET'
EVIL_DESCRIPTION = "<script>window.__pwned=2</script><b>bold?</b>"
EVIL_SITE = '<img src=x onerror="window.__pwned=3">'


class StubClient:
    """``list_datasets`` / ``list_observatories`` from the catalogue, counting calls."""

    def __init__(self, evil: bool = False, fail_times: int = 0, gate: threading.Event | None = None) -> None:
        self.evil = evil
        self.fail_times = fail_times
        self.gate = gate
        self.calls: list[tuple] = []

    def _maybe_fail(self) -> None:
        if self.gate is not None:
            self.gate.wait(10)
        if self.fail_times > 0:
            self.fail_times -= 1
            raise APIError("The data API could not be reached (stub outage); press Retry.")

    def list_datasets(self, name: str | None = None, level: str | None = None) -> list[Dataset]:
        self.calls.append(("list_datasets", name, level))
        self._maybe_fail()
        out = [Dataset.from_api(d) for d in catalogue.datasets()]
        if self.evil:
            out.append(
                Dataset(
                    name=EVIL_NAME,
                    short_description=EVIL_DESCRIPTION,
                    long_description=EVIL_DESCRIPTION + " long",
                    citation="<a href='javascript:alert(1)'>cite</a>",
                    doi="javascript:alert(1)",
                    level="L0",
                )
            )
        return out

    def list_observatories(self, instrument_array: str, uid: str | None = None) -> list[Observatory]:
        self.calls.append(("list_observatories", instrument_array, uid))
        self._maybe_fail()
        out = [Observatory.from_api(o) for o in catalogue.observatories()[instrument_array]]
        if self.evil:
            out.append(
                Observatory(
                    uid="zzzz", full_name=EVIL_SITE, geodetic_latitude=60.0, geodetic_longitude=-100.0
                )
            )
        return out
