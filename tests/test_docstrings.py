"""Every module's docstring examples run, and every public function and class has a docstring."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil

import pytest

import aurora_widgets

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(aurora_widgets.__path__, "aurora_widgets.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def _public_objects():
    for name in MODULES:
        module = importlib.import_module(name)
        for attr, obj in vars(module).items():
            if attr.startswith("_") or getattr(obj, "__module__", None) != name:
                continue
            if inspect.isfunction(obj) or inspect.isclass(obj):
                yield f"{name}.{attr}", obj


def test_every_public_function_and_class_has_a_docstring():
    missing = [qualname for qualname, obj in _public_objects() if not inspect.getdoc(obj)]
    assert missing == []


def test_public_api_functions_and_widgets_show_an_example():
    import aurora_widgets.data as data
    from aurora_widgets.data import Client

    functions = [getattr(data, n) for n in data.__all__ if inspect.isfunction(getattr(data, n))]
    methods = [m for n, m in vars(Client).items() if not n.startswith("_") and inspect.isfunction(m)]
    widgets = [getattr(aurora_widgets, n) for n in aurora_widgets.__all__ if n != "__version__"]
    without = [o.__qualname__ for o in functions + methods + widgets if ">>>" not in (inspect.getdoc(o) or "")]
    assert without == []
