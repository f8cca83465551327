"""The base class of every aurora widget: one bundled front-end, chosen by ``_kind``.

Widgets are thin: they hold synced traitlets and call the pure-Python data layer
(``aurora_widgets.data``). Slow work (listing, downloading, reading) runs in a background thread
via :meth:`AuroraWidget._run_in_background`, so the notebook never freezes; its outcome lands in
the ``status``/``message`` traits that the front-end shows inline (never a traceback).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from ..data.errors import AuroraWidgetsError

STATIC = Path(__file__).parent / "static"


class AuroraWidget(anywidget.AnyWidget):
    """Base class: shared bundle, a ``_kind`` that picks the front-end, and status reporting."""

    _esm = STATIC / "index.js"
    _css = STATIC / "index.css"

    _kind = traitlets.Unicode("").tag(sync=True)
    #: "idle", "loading", "ready" or "error"; the front-end shows a spinner or the message.
    status = traitlets.Unicode("idle").tag(sync=True)
    #: A human-readable line about the current state (what is loading, or what went wrong).
    message = traitlets.Unicode("").tag(sync=True)

    def _run_in_background(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        wait: bool = False,
    ) -> threading.Thread:
        """Run ``work()`` in a thread; on success call ``on_done(result)``, on error show it inline.

        Errors of our own type show their message; any other exception shows its type and text,
        so the kernel keeps going and the output never holds a traceback. ``wait=True`` joins the
        thread (used by tests and when the caller needs the result now).
        """
        self.status = "loading"
        self.message = label

        def target() -> None:
            try:
                result = work()
            except AuroraWidgetsError as err:
                self.status, self.message = "error", str(err)
                return
            except Exception as err:  # noqa: BLE001 - a widget must never crash the kernel
                self.status, self.message = "error", f"{type(err).__name__}: {err}"
                return
            try:
                on_done(result)
            except Exception as err:  # noqa: BLE001
                self.status, self.message = "error", f"{type(err).__name__}: {err}"
                return
            if self.status == "loading":
                self.status, self.message = "ready", ""

        thread = threading.Thread(target=target, name=f"aurora-{self._kind}", daemon=True)
        self._threads = [t for t in getattr(self, "_threads", []) if t.is_alive()] + [thread]
        thread.start()
        if wait:
            thread.join()
        return thread

    def wait(self, timeout: float = 120.0) -> AuroraWidget:
        """Block until background loading has finished (or ``timeout`` seconds passed); return self.

        Useful in scripts and notebooks run top to bottom, where the next line needs ``.skymap``.

        Example:
            >>> browser = SkymapBrowser(site_uid="gill", date="2021-11-04")  # doctest: +SKIP
            >>> browser.wait().skymap.site_uid                                 # doctest: +SKIP
            'gill'
        """
        import time

        deadline = time.monotonic() + timeout
        while True:
            alive = [t for t in getattr(self, "_threads", []) if t.is_alive()]
            if not alive or time.monotonic() >= deadline:
                return self
            alive[0].join(max(0.0, min(0.5, deadline - time.monotonic())))
