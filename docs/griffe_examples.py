"""Griffe extension for the docs: the project's ``Example:`` docstring sections render as examples.

The project writes ``Example:`` (singular) above its doctests; griffe's Google parser knows only
``Examples:``, and would otherwise render the ``>>>`` lines as prose (and read ``x["key"]`` in
them as Markdown links).

Example:
    mkdocs.yml -> mkdocstrings -> python -> options -> extensions: [docs/griffe_examples.py]

"""

from __future__ import annotations

import re
from typing import Any

import griffe

_SINGULAR = re.compile(r"^(\s*)Example:\s*$", re.M)


class ExampleSections(griffe.Extension):
    """Rename each docstring's ``Example:`` section to ``Examples:`` before it is parsed."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of every object griffe loads."""
        if obj.docstring is not None:
            obj.docstring.value = _SINGULAR.sub(r"\1Examples:", obj.docstring.value)
