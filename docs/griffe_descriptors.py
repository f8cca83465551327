"""Griffe extension for the docs: ``name = Descriptor[T](..., doc="...")`` renders as a read-only property.

``Client``'s settings (``api_url``, ``timeout``, ...) are one typed descriptor each
(``aurora_widgets/data/client.py``'s ``_FromSession``), whose docstring is its ``doc=`` argument;
griffe reads source, not runtime ``__doc__``, so without this they would show neither type nor text.

Example:
    timeout = _FromSession[float](lambda api: api.timeout, doc="Seconds to wait for each HTTP answer.")
    -> the attribute ``timeout: float``, labelled property, documented "Seconds to wait ...".

"""

from __future__ import annotations

import ast
from typing import Any

import griffe


class DescriptorDocs(griffe.Extension):
    """Take a class attribute's type from ``X[T](...)`` and its docstring from the call's ``doc=`` string."""

    def on_attribute_instance(
        self, *, node: ast.AST | griffe.ObjectNode, attr: griffe.Attribute, **kwargs: Any
    ) -> None:
        """Document a ``Descriptor[T](..., doc="...")`` class attribute that has no docstring of its own."""
        call = getattr(node, "value", None)
        if attr.docstring is not None or not attr.parent or not attr.parent.is_class or not isinstance(call, ast.Call):
            return
        doc = next((k.value for k in call.keywords if k.arg == "doc"), None)
        if not (isinstance(call.func, ast.Subscript) and isinstance(doc, ast.Constant) and isinstance(doc.value, str)):
            return
        attr.docstring = griffe.Docstring(doc.value, lineno=doc.lineno, parent=attr)
        attr.annotation = griffe.safe_get_annotation(call.func.slice, parent=attr.parent)
        attr.labels = {"property"}
        attr.value = None
