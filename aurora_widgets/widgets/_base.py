"""The base class of every aurora widget: one bundled front-end, chosen by ``_kind``.

Widgets are thin: they hold synced traitlets and call the pure-Python data layer
(``aurora_widgets.data``). Slow work (listing, downloading, reading) runs in a background thread
via :meth:`AuroraWidget._run_in_background`, so the notebook never freezes; its outcome lands in
the ``status``/``message`` traits that the front-end shows inline (never a traceback).
"""

from __future__ import annotations

import contextlib
import html
import threading
import uuid
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import anywidget
import traitlets

from ..data.errors import AuroraWidgetsError, InputError

STATIC = Path(__file__).parent / "static"
#: How long displaying a widget waits for its first load, so the saved-notebook picture shows it.
STATIC_WAIT_S = 3.0
#: Seconds of quiet after a change before the saved-notebook copy of the view is redrawn.
LAST_VIEW_DELAY_S = 1.0


def quiet_call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a client method without a progress bar and without its ``UserWarning``s.

    Widgets report "no data" and progress inline, so the client's bar and "No data found"
    warning would only be noise in the notebook output. Clients without ``progress_bar_disable``
    (duck-typed stand-ins) are called without it.

    Example:
        >>> quiet_call(lambda **kw: sorted(kw))
        ['progress_bar_disable']

    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            return fn(*args, progress_bar_disable=True, **kwargs)
        except TypeError as err:
            if "progress_bar_disable" not in str(err):
                raise
            return fn(*args, **kwargs)


class RefusedValueError(InputError, traitlets.TraitError):
    """A value a widget validator refused: an :class:`InputError` that traitlets also sees as a TraitError.

    Reliability fix (tests/reliability/test_widget_input.py): traitlets rolls back the changes made
    under ``hold_trait_notifications`` (which ``set_state`` and several setters use) only when
    validation raises ``TraitError``. Our validators raise ``InputError``, so a refused value used to
    stay in place (``DatePicker.value = <date out of bounds>`` raised but kept the date).
    """


class AuroraWidget(anywidget.AnyWidget):
    """Base class: shared bundle, a ``_kind`` that picks the front-end, and status reporting."""

    _esm = STATIC / "index.js"
    _css = STATIC / "index.css"

    _kind = traitlets.Unicode("").tag(sync=True)
    #: "idle", "loading", "ready" or "error"; the front-end shows a spinner or the message.
    status = traitlets.Unicode("idle").tag(sync=True)
    #: A human-readable line about the current state (what is loading, or what went wrong).
    message = traitlets.Unicode("").tag(sync=True)

    #: Traits whose changes alter the saved-notebook copy of the view (its table and picture).
    _view_traits: ClassVar[tuple[str, ...]] = ("status", "message")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_view_id = f"aurora-{uuid.uuid4().hex}"
        self._last_view_handle: Any = None
        self._last_view_timer: threading.Timer | None = None
        self._last_view_lock = threading.Lock()
        #: Called on every change of this view (a container, e.g. Explorer, redraws its own copy).
        self._view_listeners: list[Callable[[], None]] = []
        self.observe(self._view_changed, names=list(self._view_traits))

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
        refused = getattr(self, "_refused_input", None)
        if refused is not None:
            self._refused_input = None
            if (self.status, self.message) == ("error", refused[1]):
                self.status, self.message = refused[0]

    #: The data client; widgets made without one share nothing and make their own on first use.
    _client: Any = None

    @property
    def client(self) -> Any:
        """The data client (a default :class:`~aurora_widgets.data.Client` made on first use).

        Example:
            >>> from aurora_widgets import DatePicker
            >>> type(DatePicker().client).__name__
            'Client'

        """
        if self._client is None:
            from ..data import Client

            self._client = Client()
        return self._client

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
        self._last_job = (label, work, on_done)
        self.status = "loading"
        self.message = label

        def target() -> None:
            try:
                result = work()
            except AuroraWidgetsError as err:
                self.status, self.message = "error", str(err)
                return
            except Exception as err:
                self.status, self.message = "error", f"{type(err).__name__}: {err}"
                return
            try:
                on_done(result)
            except Exception as err:
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
                self.flush_last_view()
                return self
            alive[0].join(max(0.0, min(0.5, deadline - time.monotonic())))

    def retry(self, *, wait: bool = False) -> AuroraWidget:
        """Run the last background job again (what the front-end's Retry button asks for).

        Example:
            >>> picker = DatasetPicker(client=flaky_client)   # doctest: +SKIP
            >>> picker.status                                  # doctest: +SKIP
            'error'
            >>> picker.retry(wait=True).status                 # doctest: +SKIP
            'ready'

        """
        job = getattr(self, "_last_job", None)
        if job is not None:
            self._run_in_background(*job, wait=wait)
        return self

    def _on_front_end_message(self, _widget: Any, content: Any, _buffers: list) -> None:
        """Handle custom messages every aurora widget understands: ``{"type": "retry"}``."""
        if isinstance(content, dict) and content.get("type") == "retry":
            self.retry()

    # ------------------------------------------------------------------ static fallback
    def _summary_rows(self) -> list[tuple[str, str]]:
        """(label, value) pairs shown where the live widget cannot run (saved notebooks, GitHub)."""
        rows = [("status", self.status)]
        if self.message:
            rows.append(("message", self.message))
        return rows

    def _static_panels(self) -> list[Any]:
        """Return the panels of the view for the saved-notebook picture: ``(title, panel, colormap, hidden)``.

        ``panel`` is a one-byte panel as the browser gets it (see ``_serialize.quantize``), so the
        picture shows exactly the codes and colours of the live view; none by default.
        """
        return []

    def _static_pictures(self) -> list[tuple[str, bytes]]:
        """Return ready-made PNGs with captions for the saved-notebook picture (e.g. a map); none by default."""
        return []

    def _static_html(self) -> str:
        """Return a small, self-contained, escaped HTML summary of the widget's state (no script, no CSS).

        Widgets with pictures (skymap panels, flatfield, frames) add them as inline ``data:`` PNGs
        with colour bars (``_picture.figures_html``), drawn from the panels of the current view.
        """
        title = html.escape(type(self).__name__)
        cells = "".join(
            f"<tr><th style='text-align:left;padding-right:1em'>{html.escape(k)}</th>"
            f"<td>{html.escape(str(v))}</td></tr>"
            for k, v in self._summary_rows()
        )
        picture = ""
        with contextlib.suppress(Exception):  # a picture is a bonus; the table always shows
            figures = [f for f in self._static_panels() if f[1]]
            pictures = self._static_pictures()
            if figures or pictures:
                from ._picture import figures_html

                picture = figures_html(figures, pictures)
        return (
            f"<div class='aurora-static'><strong>{title}</strong> "
            "<em>(static copy of the last view: run the notebook to use the live widget)</em>"
            f"<table>{cells}</table>{picture}</div>"
        )

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        """Return anywidget's live widget view plus a ``text/html`` summary for places without a kernel.

        Front-ends with the widget manager (JupyterLab, Notebook 7, VS Code) rank the
        ``application/vnd.jupyter.widget-view+json`` entry first and render the live widget; a saved
        notebook viewed without widget state (GitHub, nbviewer, nbconvert) shows the summary.
        """
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:
            return None
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        data = dict(data)
        if type(self)._static_panels is not AuroraWidget._static_panels:
            # a load of cached files takes milliseconds: let it finish so the picture shows it
            self.wait(timeout=STATIC_WAIT_S)
        with contextlib.suppress(Exception):  # a summary must never break display
            data["text/html"] = self._static_html()
        return data, metadata

    # ------------------------------------------------------------------ the saved notebook's copy
    def _ipython_display_(self, **kwargs: Any) -> None:
        """Show the live widget, then a copy of its view that a saved notebook keeps.

        The copy (the summary table and picture of :meth:`_static_html`) is its own output with a
        display id. While the widget runs it is hidden (``.aurora-last-view`` in ``js/last_view.css``)
        and redrawn :data:`LAST_VIEW_DELAY_S` after the view last changed, through
        ``update_display_data``, so the live view itself is never re-rendered. Where the widget
        can't run (GitHub, nbviewer, nbconvert, a notebook reopened without widget state) the CSS
        is absent and the copy of the *last* view shows.
        """
        from IPython.display import display

        bundle = self._repr_mimebundle_(**kwargs)
        if bundle is None:
            return
        data, metadata = bundle
        copy = data.pop("text/html", None) or self._static_html()
        display(data, metadata=metadata, raw=True)
        self._last_view_handle = display(
            self._last_view_bundle(copy), raw=True, display_id=self._last_view_id
        )

    def _last_view_bundle(self, static_html: str) -> dict[str, str]:
        return {
            "text/html": f"<div class='aurora-last-view'>{static_html}</div>",
            "text/plain": f"(last view of) {self!r}",
        }

    def _view_changed(self, _change: Any = None) -> None:
        """Schedule a redraw of the saved-notebook copy once the view has been quiet for a moment."""
        for listener in list(self._view_listeners):
            listener()
        if self._last_view_handle is None:
            return
        with self._last_view_lock:
            if self._last_view_timer is not None:
                self._last_view_timer.cancel()
            timer = threading.Timer(LAST_VIEW_DELAY_S, self._redraw_last_view)
            timer.daemon = True
            self._last_view_timer = timer
            timer.start()

    def _redraw_last_view(self) -> None:
        with self._last_view_lock:
            self._last_view_timer = None
        handle = self._last_view_handle
        if handle is None:
            return
        with contextlib.suppress(Exception):  # a picture must never break the widget
            handle.update(self._last_view_bundle(self._static_html()), raw=True)

    def flush_last_view(self) -> AuroraWidget:
        """Redraw the saved-notebook copy of the view now if a change is waiting; return self.

        :meth:`wait` calls it, so a notebook run top to bottom (nbconvert, nbclient, papermill)
        saves the view as it is after each ``.wait()``.

        Example:
            >>> from aurora_widgets import DatePicker
            >>> DatePicker(value="2021-11-04").flush_last_view().date
            '2021-11-04'

        """
        with self._last_view_lock:
            timer, self._last_view_timer = self._last_view_timer, None
        if timer is not None:
            timer.cancel()
            self._redraw_last_view()
        return self
