"""One front-end bundle per page for an Explorer: its children carry a stub instead (issue #17).

anywidget syncs ``_esm`` and ``_css`` with every model, so an Explorer and its six children would
send seven copies of ``static/index.js``. The Explorer draws its children with its own bundle's
renderer, so each child gets :data:`STUB_ESM` (a few hundred bytes) and no CSS: the stub draws
through ``globalThis.__auroraWidgets``, which the full bundle sets once when it loads, and says
what to do when that is absent. A child displayed on its own (``display(explorer.skymap_browser)``)
gets the full bundle back first (:func:`restore_front_end`, called from the widgets' display).

Example:
    >>> from aurora_widgets.widgets import DatePicker
    >>> child = DatePicker(**child_front_end())
    >>> len(child._esm) < 2000, child._css
    (True, '')
    >>> restore_front_end(child); len(child._esm) > 100_000
    True

"""

from __future__ import annotations

from typing import Any

from ._base import STATIC

__all__ = ["STUB_ESM", "child_front_end", "restore_front_end"]

#: The front-end of an Explorer's child: the page's shared aurora-widgets renderer, or a note.
STUB_ESM = """\
// aurora-widgets: a child of an Explorer, drawn by the Explorer's bundle (globalThis.__auroraWidgets).
const NOTE = "This aurora-widgets view is part of an Explorer and is drawn by it: display the Explorer, "
  + "or display this widget again (display(explorer.skymap_browser)) to give it its own front-end.";
async function render(props) {
  for (let i = 0; i < 40 && !globalThis.__auroraWidgets; i++) await new Promise((r) => setTimeout(r, 50));
  const shared = globalThis.__auroraWidgets;
  if (shared && typeof shared.render === "function") return shared.render(props);
  const note = document.createElement("div");
  note.className = "aurora-stub-note";
  note.setAttribute("role", "note");
  note.textContent = NOTE;
  props.el.replaceChildren(note);
  return undefined;
}
export default { render };
"""


def child_front_end() -> dict[str, Any]:
    """Return the ``_esm``/``_css`` keyword arguments that make a widget an Explorer's child.

    Example:
        >>> sorted(child_front_end())
        ['_css', '_esm']

    """
    return {"_esm": STUB_ESM, "_css": ""}


def restore_front_end(widget: Any) -> None:
    """Give a child made with :func:`child_front_end` the full bundle again (it is shown on its own).

    Example:
        >>> from aurora_widgets.widgets import DatePicker
        >>> p = DatePicker(**child_front_end()); restore_front_end(p); p._css != ""
        True

    """
    if getattr(widget, "_esm", None) != STUB_ESM:
        return
    with widget.hold_sync():
        widget._esm = (STATIC / "index.js").read_text(encoding="utf-8")
        widget._css = (STATIC / "index.css").read_text(encoding="utf-8")
