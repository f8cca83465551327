"""The saved-notebook copy of a widget's view: a summary table and pictures, redrawn as the view changes.

:class:`LastView` is mixed into every aurora widget. Displaying a widget shows the live view and,
as its own output with a display id, a copy of it (``_static_html``: an escaped table of
``_summary_rows`` plus the pictures of ``_static_panels``/``_static_pictures``). While the widget runs
the copy is hidden (``.aurora-last-view`` in ``js/last_view.css``) and redrawn
:data:`LAST_VIEW_DELAY_S` after the view last changed, so a saved notebook keeps the *last* view.
Where no kernel runs (GitHub, nbviewer, nbconvert) the CSS is absent and the copy shows.

Example:
    >>> from aurora_widgets import DatePicker
    >>> "static copy of the last view" in DatePicker(value="2021-11-04")._static_html()
    True

"""

from __future__ import annotations

import contextlib
import html
import threading
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

__all__ = ["LAST_VIEW_DELAY_S", "STATIC_WAIT_S", "LastView"]

#: How long displaying a widget waits for its first load, so the saved-notebook picture shows it.
STATIC_WAIT_S = 3.0
#: Seconds of quiet after a change before the saved-notebook copy of the view is redrawn.
LAST_VIEW_DELAY_S = 1.0


class LastView:
    """Mixin: the saved-notebook copy of the view (needs ``status``, ``message`` and ``wait``)."""

    status: str
    message: str
    #: Traits whose changes alter the saved-notebook copy of the view (its table and picture).
    _view_traits: ClassVar[tuple[str, ...]] = ("status", "message")

    def _init_last_view(self) -> None:
        self._last_view_id = f"aurora-{uuid.uuid4().hex}"
        self._last_view_handle: Any = None
        self._last_view_timer: threading.Timer | None = None
        self._last_view_lock = threading.Lock()
        #: Called on every change of this view (a container, e.g. Explorer, redraws its own copy).
        self._view_listeners: list[Callable[[], None]] = []

    def wait(self, timeout: float = 120.0) -> Any:
        """Block until background work has ended (widgets define it)."""
        raise NotImplementedError

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
        bundle = super()._repr_mimebundle_(**kwargs)  # type: ignore[misc]
        if bundle is None:
            return None
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        data = dict(data)
        if type(self)._static_panels is not LastView._static_panels:
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
        from IPython import display as ipython_display

        display: Callable[..., Any] = ipython_display.display  # IPython ships no type information
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

    def flush_last_view(self) -> Any:
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
