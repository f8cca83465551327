"""The base class of every aurora widget: one bundled front-end, chosen by ``_kind``.

Widgets are thin: they hold synced traitlets and call the pure-Python data layer
(``aurora_widgets.data``) through one :class:`~aurora_widgets.data.protocol.DataClient`. Slow work
(listing, downloading, reading) runs as jobs of the widget's runner (:mod:`._jobs`, channel
``"main"`` writes ``status``/``message``), so the notebook never freezes and a superseded request
never lands; the saved-notebook copy of the view lives in :mod:`._last_view`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import anywidget
import traitlets

from ..data.errors import AuroraWidgetsError, InputError
from ..data.instruments import front_end_facts
from ..data.protocol import DataClient
from ._jobs import Job, Jobs
from ._last_view import LastView
from ._traits import status_trait

STATIC = Path(__file__).parent / "static"

__all__ = ["STATIC", "AuroraWidget", "RefusedValueError"]


class RefusedValueError(InputError, traitlets.TraitError):
    """A value a widget validator refused: an :class:`InputError` that traitlets also sees as a TraitError.

    Reliability fix (tests/reliability/test_widget_input.py): traitlets rolls back the changes made
    under ``hold_trait_notifications`` (which ``set_state`` and several setters use) only when
    validation raises ``TraitError``. Our validators raise ``InputError``, so a refused value used to
    stay in place (``DatePicker.value = <date out of bounds>`` raised but kept the date).
    """


class AuroraWidget(LastView, anywidget.AnyWidget):
    """Base class: shared bundle, a ``_kind`` that picks the front-end, the job runner and status."""

    _esm = STATIC / "index.js"
    _css = STATIC / "index.css"

    _kind = traitlets.Unicode("").tag(sync=True)
    #: "idle", "loading", "ready" or "error"; the front-end shows a spinner or the message.
    status = status_trait()
    #: A human-readable line about the current state (what is loading, or what went wrong).
    message = traitlets.Unicode("").tag(sync=True)

    #: The instrument facts the front-end needs (labels, Earth radius), from the one registry.
    _instruments = traitlets.Dict(default_value=front_end_facts(), read_only=True).tag(sync=True)
    #: Job channels besides "main": name -> (status trait, message trait).
    _channels: ClassVar[dict[str, tuple[str, str]]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_last_view()
        self._jobs = Jobs(self, {"main": ("status", "message"), **self._channels})
        self._refused_input: tuple[tuple[str, str], str] | None = None
        self.observe(self._view_changed, names=list(self._view_traits))

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        """Display the widget; an Explorer's child shown on its own gets its full front-end first (:mod:`._bundle`)."""
        from ._bundle import restore_front_end

        restore_front_end(self)
        return super()._repr_mimebundle_(**kwargs)

    def _register_validator(self, handler: Any, names: Any) -> None:
        """Register ``@traitlets.validate`` handlers so an InputError they raise is a RefusedValueError."""

        def refusing(obj: Any, proposal: Any) -> Any:
            try:
                return handler(obj, proposal)
            except InputError as err:
                if isinstance(err, traitlets.TraitError):
                    raise
                raise RefusedValueError(str(err)) from err

        super()._register_validator(refusing, names)

    def set_state(self, sync_data: dict[str, Any]) -> None:
        """Apply an update from the front-end; a refused value becomes an inline message, not a traceback.

        Reliability fix (tests/reliability/test_widget_input.py): ipywidgets shows any exception of a
        comm update as a traceback in the notebook and the view kept the refused value. Now the
        change is rolled back, ``status``/``message`` say what was wrong and what to do, the front-end
        gets the values in effect again, and the next valid update clears the message.
        """
        before = (self.status, self.message)
        written_by_python = [k for k in sync_data if k in self.keys and self.traits()[k].read_only]
        if written_by_python:  # outputs of Python (payloads, listings): the front-end only reads them
            sync_data = {k: v for k, v in sync_data.items() if k not in written_by_python}
            with contextlib.suppress(Exception):
                self.send_state(written_by_python)
        try:
            super().set_state(sync_data)
        except (AuroraWidgetsError, traitlets.TraitError) as err:
            text = str(err) if isinstance(err, AuroraWidgetsError) else (
                f"Refused a value from the widget ({err}); enter a valid value and try again.")
            self._refused_input = (before, text)
            self.status, self.message = "error", text
            with contextlib.suppress(Exception):
                self.send_state([k for k in sync_data if k in self.keys])
            return
        refused = self._refused_input
        if refused is not None:
            self._refused_input = None
            if (self.status, self.message) == ("error", refused[1]):
                self.status, self.message = refused[0]

    def _put(self, **values: Any) -> None:
        """Set read-only traits (what Python writes and the front-end only reads) in one notification.

        Example:
            >>> from aurora_widgets import SkymapBrowser
            >>> b = SkymapBrowser(client=None)
            >>> b._put(site_info={"site_uid": "gill"}); b.site_info
            {'site_uid': 'gill'}

        """
        with self.hold_trait_notifications():
            for name, value in values.items():
                self.set_trait(name, value)

    #: The data client; widgets made without one share nothing and make their own on first use.
    _client: DataClient | None = None

    @property
    def client(self) -> DataClient:
        """The data client (a default :class:`~aurora_widgets.data.Client` made on first use).

        Example:
            >>> from aurora_widgets import DatePicker
            >>> type(DatePicker().client).__name__
            'Client'

        """
        if self._client is None:
            from ..data.client import Client

            self._client = Client()
        return self._client

    def _run_in_background(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        wait: bool = False,
        channel: str = "main",
    ) -> Job:
        """Submit ``work`` to the widget's runner (``channel``, "main" by default); see :mod:`._jobs`.

        A newer job on the same channel supersedes this one: its result then never lands.
        """
        return self._jobs.submit(channel, label, work, on_done, wait=wait)

    def busy(self) -> bool:
        """Tell whether a background job of this widget is still running.

        Example:
            >>> from aurora_widgets import DatePicker
            >>> DatePicker().busy()
            False

        """
        return self._jobs.busy()

    def wait(self, timeout: float = 120.0) -> AuroraWidget:
        """Block until background loading has finished (or ``timeout`` seconds passed); return self.

        Useful in scripts and notebooks run top to bottom, where the next line needs ``.skymap``.

        Example:
            >>> browser = SkymapBrowser(site_uid="gill", date="2021-11-04")  # doctest: +SKIP
            >>> browser.wait().skymap.site_uid                                 # doctest: +SKIP
            'gill'

        """
        self._jobs.wait(timeout)
        self.flush_last_view()
        return self

    def retry(self, *, wait: bool = False) -> AuroraWidget:
        """Run the last background job again (what the front-end's Retry button asks for).

        Example:
            >>> picker = DatasetPicker(client=flaky_client)   # doctest: +SKIP
            >>> picker.status                                  # doctest: +SKIP
            'error'
            >>> picker.retry(wait=True).status                 # doctest: +SKIP
            'ready'

        """
        self._jobs.retry("main", wait=wait)
        return self

    def _on_front_end_message(self, _widget: Any, content: Any, _buffers: list[Any]) -> None:
        """Handle custom messages every aurora widget understands: ``{"type": "retry"}``."""
        if isinstance(content, dict) and content.get("type") == "retry":
            self.retry()
