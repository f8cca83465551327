"""mkdocs hook: ``<!-- traits: module.Class -->`` in a page becomes a table of the widget's synced traits.

Name, trait type, default and the ``#:`` comment written above the trait in the source, for the
class and its aurora-widgets bases (ipywidgets' own ``layout``, ``tabbable`` and ``tooltip`` are
left out). So the widget pages list exactly the traits the code has.

Example:
    <!-- traits: aurora_widgets.widgets.skymap_browser.SkymapBrowser -->

"""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

MARKER = re.compile(r"<!-- traits: ([\w.]+) -->")
SKIPPED = {"layout", "tabbable", "tooltip"}


def _comments(cls: type) -> dict[str, str]:
    """``{trait name: the #: comment above it}`` from the sources of cls and its bases."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("aurora_widgets"):
            continue
        lines = inspect.getsource(klass).splitlines()
        pending: list[str] = []
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("#:"):
                pending.append(stripped[2:].strip())
                continue
            m = re.match(r"(\w+)\s*=\s*(?:traitlets|anywidget|t)\.", stripped)
            if m and pending:
                found[m.group(1)] = " ".join(pending)
            pending = []
    return found


def traits_table(path: str) -> str:
    """Return the Markdown table of the synced, public traits of the class at ``path``."""
    module, _, name = path.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    comments = _comments(cls)
    rows = ["| trait | type | default | what it holds |", "| --- | --- | --- | --- |"]
    for trait_name, trait in sorted(cls.class_traits(sync=True).items()):
        if trait_name.startswith("_") or trait_name in SKIPPED:
            continue
        default = trait.default_value_repr() if hasattr(trait, "default_value_repr") else repr(trait.default_value)
        if len(default) > 40:
            default = default[:37] + "..."
        text = comments.get(trait_name, "").replace("|", "\\|")
        rows.append(f"| `{trait_name}` | {type(trait).__name__} | `{default.replace('|', '/')}` | {text} |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Expand every traits marker of a page."""
    return MARKER.sub(lambda m: traits_table(m.group(1)), markdown)
