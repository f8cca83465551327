"""Fixtures for the browser tests: one Chromium per session, a page per test, a ``render`` factory.

``render(widget, theme="jupyterlab-light") -> Rendered`` renders a widget in a fresh page (closed
after the test); see ``tests/browser/harness.py`` for the harness API. Every test in this folder
is marked ``browser`` and skips when Debian's chromium is not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .harness import THEME_NAMES, Rendered, render_widget


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(chromium: Any) -> Any:
    """A headless Debian chromium for the whole session (shared with the end-to-end tests)."""
    return chromium


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page in its own context."""
    context = browser.new_context(viewport={"width": 1000, "height": 720})
    yield context.new_page()
    context.close()


@pytest.fixture
def render(browser: Any) -> Iterator[Callable[..., Rendered]]:
    """Factory: ``render(widget, theme=..., width=...)`` -> :class:`Rendered`, closed after the test."""
    made: list[Rendered] = []

    def _render(widget: Any, theme: str = "jupyterlab-light", **kwargs: Any) -> Rendered:
        rendered = render_widget(browser, widget, theme, **kwargs)
        made.append(rendered)
        return rendered

    yield _render
    for rendered in made:
        rendered.close()


@pytest.fixture(params=THEME_NAMES)
def theme(request: Any) -> str:
    """Each theme name in turn (jupyterlab-light/dark, vscode-light/dark, vscode-dark-override)."""
    return request.param
