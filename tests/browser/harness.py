"""Render a real aurora widget in headless Chromium, without Jupyter.

The page gets the widget's real bundle (``widget._esm`` / ``widget._css``) and its real state
(``widget.get_state()``, binary buffers split out with ipywidgets' ``_remove_buffers`` and turned
back into ``DataView``s in the page), plus a small fake model (get/set/on/off/save_changes/send)
that stands in for the widget manager. Both directions work:

* page -> Python: ``model.set(...); model.save_changes()`` calls ``widget._handle_msg`` with an
  ``update`` message (so ``set_state``, observers and the property lock behave as in Jupyter);
  ``model.send(content)`` reaches ``widget.on_msg`` callbacks.
* Python -> page: every message the widget sends (``update`` on a trait change, ``custom`` from
  ``widget.send``), from any thread, is queued and delivered by :meth:`Rendered.push`.
  Playwright's sync API is single-threaded and widgets load in background threads, so call
  :meth:`Rendered.sync` after an action: it waits for pending page->Python calls, for the widget's
  background threads and for ``status`` to leave ``"loading"``, then pushes.

Usage (fixtures ``browser``, ``render`` and ``themes`` come from ``tests/browser/conftest.py``)::

    from .harness import THEMES, contrast_ratio

    @pytest.mark.parametrize("theme", THEMES)
    def test_picker(render, theme):
        widget = DatasetPicker(client=StubClient())
        r = render(widget, theme=theme)          # or render_widget(browser, widget, theme)
        r.sync()                                 # background load done, state pushed
        r.root.get_by_role("row", name="REGO_RAW").click()
        r.sync()
        assert widget.selected == "REGO_RAW"
        widget.selected = "THEMIS_ASI_RAW"; r.sync()   # Python -> page
        assert contrast_ratio(r.page, r.root) >= 4.5
        r.screenshot(f"dataset_picker-{theme}")  # tests/artifacts/screenshots/<name>.png

Themes: ``jupyterlab-light``, ``jupyterlab-dark``, ``vscode-light``, ``vscode-dark`` and
``vscode-dark-override`` (the reference notebook's transparent background +
``--jp-widgets-color: var(--vscode-editor-foreground)``). VS Code themes carry the light ``--jp-*``
values VS Code really ships and wrap the output in a white ``.cell-output-ipywidget-background``.

Screenshots go to ``tests/artifacts/screenshots`` or ``$AURORA_WIDGETS_ARTIFACTS/screenshots``.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipywidgets.widgets.widget import _remove_buffers

HERE = Path(__file__).parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ORIGIN = "http://aurora-harness.test"

_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"

# Light --jp-* values (JupyterLab Light, also what VS Code ships through labvariables.css).
_JP_LIGHT = {
    "--jp-ui-font-color0": "rgba(0, 0, 0, 1)",
    "--jp-ui-font-color1": "rgba(0, 0, 0, 0.87)",
    "--jp-ui-font-color2": "rgba(0, 0, 0, 0.54)",
    "--jp-ui-font-color3": "rgba(0, 0, 0, 0.38)",
    "--jp-content-font-color1": "rgba(0, 0, 0, 0.87)",
    "--jp-content-link-color": "#0d47a1",
    "--jp-layout-color0": "white",
    "--jp-layout-color1": "white",
    "--jp-layout-color2": "#eeeeee",
    "--jp-layout-color3": "#bdbdbd",
    "--jp-border-color0": "#bdbdbd",
    "--jp-border-color1": "#bdbdbd",
    "--jp-border-color2": "#e0e0e0",
    "--jp-brand-color1": "#1976d2",
    "--jp-error-color1": "#d32f2f",
    "--jp-warn-color1": "#f57c00",
    "--jp-success-color1": "#388e3c",
    "--jp-ui-font-family": _FONT,
    "--jp-ui-font-size1": "13px",
    "--jp-code-font-family": "'DejaVu Sans Mono', monospace",
    "--jp-widgets-color": "var(--jp-content-font-color1)",
    "--jp-widgets-input-color": "var(--jp-ui-font-color1)",
    "--jp-widgets-input-background-color": "var(--jp-layout-color1)",
}
_JP_DARK = {
    **_JP_LIGHT,
    "--jp-ui-font-color0": "rgba(255, 255, 255, 1)",
    "--jp-ui-font-color1": "rgba(255, 255, 255, 1)",
    "--jp-ui-font-color2": "rgba(255, 255, 255, 0.7)",
    "--jp-ui-font-color3": "rgba(255, 255, 255, 0.5)",
    "--jp-content-font-color1": "rgba(255, 255, 255, 1)",
    "--jp-content-link-color": "#64b5f6",
    "--jp-layout-color0": "#111111",
    "--jp-layout-color1": "#212121",
    "--jp-layout-color2": "#424242",
    "--jp-layout-color3": "#616161",
    "--jp-border-color0": "#616161",
    "--jp-border-color1": "#616161",
    "--jp-border-color2": "#424242",
    "--jp-brand-color1": "#42a5f5",
    "--jp-error-color1": "#e57373",
    "--jp-warn-color1": "#ffb74d",
    "--jp-success-color1": "#81c784",
}
_VSCODE_COMMON = {
    "--vscode-font-family": _FONT,
    "--vscode-font-size": "13px",
    "--vscode-editor-font-family": "'DejaVu Sans Mono', monospace",
    "--vscode-editor-font-size": "14px",
}
_VSCODE_LIGHT = {  # "Light Modern"
    **_VSCODE_COMMON,
    "--vscode-editor-foreground": "#3b3b3b",
    "--vscode-editor-background": "#ffffff",
    "--vscode-descriptionForeground": "#3b3b3b",
    "--vscode-panel-border": "#e5e5e5",
    "--vscode-focusBorder": "#005fb8",
    "--vscode-errorForeground": "#f85149",
    "--vscode-input-background": "#ffffff",
    "--vscode-input-foreground": "#3b3b3b",
    "--vscode-button-background": "#005fb8",
    "--vscode-button-foreground": "#ffffff",
    "--vscode-sideBar-background": "#f8f8f8",
    "--vscode-textLink-foreground": "#005fb8",
}
_VSCODE_DARK = {  # "Dark Modern"
    **_VSCODE_COMMON,
    "--vscode-editor-foreground": "#cccccc",
    "--vscode-editor-background": "#1f1f1f",
    "--vscode-descriptionForeground": "#9d9d9d",
    "--vscode-panel-border": "#2b2b2b",
    "--vscode-focusBorder": "#0078d4",
    "--vscode-errorForeground": "#f85149",
    "--vscode-input-background": "#313131",
    "--vscode-input-foreground": "#cccccc",
    "--vscode-button-background": "#0078d4",
    "--vscode-button-foreground": "#ffffff",
    "--vscode-sideBar-background": "#181818",
    "--vscode-textLink-foreground": "#4daafc",
}
# VS Code's renderer styles.css: every widget output is painted white.
_VSCODE_OUTPUT_CSS = ".cell-output-ipywidget-background { background: white !important; }"
# The reference notebook's override cell.
_OVERRIDE_CSS = (
    ".cell-output-ipywidget-background { background-color: transparent !important; }\n"
    ":root { --jp-widgets-color: var(--vscode-editor-foreground);"
    " --jp-widgets-font-size: var(--vscode-editor-font-size); }"
)


@dataclass(frozen=True)
class Theme:
    """How the page looks: variables on :root, body attributes/classes, extra CSS, output wrapper."""

    name: str
    variables: dict[str, str]
    body_class: str = ""
    body_attrs: dict[str, str] = field(default_factory=dict)
    extra_css: str = ""
    vscode_wrapper: bool = False
    dark: bool = False


THEMES: dict[str, Theme] = {
    "jupyterlab-light": Theme(
        "jupyterlab-light",
        _JP_LIGHT,
        body_attrs={"data-jp-theme-light": "true", "data-jp-theme-name": "JupyterLab Light"},
    ),
    "jupyterlab-dark": Theme(
        "jupyterlab-dark",
        _JP_DARK,
        body_attrs={"data-jp-theme-light": "false", "data-jp-theme-name": "JupyterLab Dark"},
        dark=True,
    ),
    "vscode-light": Theme(
        "vscode-light",
        {**_JP_LIGHT, **_VSCODE_LIGHT},
        body_class="vscode-light",
        body_attrs={"data-vscode-theme-kind": "vscode-light", "data-vscode-theme-name": "Light Modern"},
        extra_css=_VSCODE_OUTPUT_CSS,
        vscode_wrapper=True,
    ),
    "vscode-dark": Theme(
        "vscode-dark",
        {**_JP_LIGHT, **_VSCODE_DARK},
        body_class="vscode-dark",
        body_attrs={"data-vscode-theme-kind": "vscode-dark", "data-vscode-theme-name": "Dark Modern"},
        extra_css=_VSCODE_OUTPUT_CSS,
        vscode_wrapper=True,
        dark=True,
    ),
    "vscode-dark-override": Theme(
        "vscode-dark-override",
        {**_JP_LIGHT, **_VSCODE_DARK},
        body_class="vscode-dark",
        body_attrs={"data-vscode-theme-kind": "vscode-dark", "data-vscode-theme-name": "Dark Modern"},
        extra_css=_VSCODE_OUTPUT_CSS + "\n" + _OVERRIDE_CSS,
        vscode_wrapper=True,
        dark=True,
    ),
}
THEME_NAMES = list(THEMES)


def artifacts_dir() -> Path:
    """Folder for screenshots: ``$AURORA_WIDGETS_ARTIFACTS/screenshots`` or tests/artifacts/screenshots."""
    base = os.environ.get("AURORA_WIDGETS_ARTIFACTS")
    root = Path(base) if base else HERE.parent / "artifacts"
    out = root / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out


def launch_browser(playwright: Any, extra_args: tuple[str, ...] = ()) -> Any:
    """Launch Debian's chromium with the flags that work offline (never ``playwright install``).

    ``extra_args``: more flags, e.g. :data:`socket_feed.LOOPBACK_ARGS` for a page that receives
    its messages over a loopback WebSocket.
    """
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *extra_args])


def _page_html(theme: Theme, css: str, width: int) -> str:
    root_vars = "\n".join(f"  {k}: {v};" for k, v in theme.variables.items())
    body_bg = "var(--vscode-editor-background)" if theme.vscode_wrapper else "var(--jp-layout-color0)"
    body_fg = "var(--vscode-editor-foreground)" if theme.vscode_wrapper else "var(--jp-ui-font-color1)"
    attrs = " ".join(f'{k}="{v}"' for k, v in theme.body_attrs.items())
    host = '<div id="aurora-host" class="lm-Widget jupyter-widgets"></div>'
    if theme.vscode_wrapper:
        host = f'<div class="cell-output-ipywidget-background">{host}</div>'
    # The widget CSS goes in as a <style> element, as anywidget injects it (global CSS).
    css_json = json.dumps(css).replace("</", "<\\/")
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>aurora harness</title>
<style id="aurora-theme">
:root {{
{root_vars}
}}
html, body {{ margin: 0; background: {body_bg}; color: {body_fg}; font-family: {_FONT}; }}
#aurora-stage {{ padding: 12px; width: {width}px; box-sizing: border-box; }}
{theme.extra_css}
</style>
<script>
  (() => {{ const s = document.createElement("style"); s.id = "aurora-widget-css";
           s.textContent = {css_json}; document.head.appendChild(s); }})();
</script>
<script type="module" src="/harness_page.js"></script>
</head>
<body class="{theme.body_class}" {attrs}><div id="aurora-stage">{host}</div></body></html>"""


def _b64(buffers: list[Any]) -> list[str]:
    return [base64.b64encode(bytes(b)).decode("ascii") for b in buffers]


def _install_send_hook(widget: Any) -> list[Rendered]:
    """Wrap ``widget._send`` once so every outgoing message also reaches the harness pages."""
    listeners = widget.__dict__.get("_aurora_harness_listeners")
    if listeners is not None:
        return listeners
    listeners = []
    original = widget._send

    def _send(msg: dict, buffers: list | None = None) -> None:
        for rendered in list(listeners):
            rendered._queue.put((msg, list(buffers or [])))
        original(msg, buffers=buffers)

    widget._send = _send
    widget.__dict__["_aurora_harness_listeners"] = listeners
    return listeners


class Rendered:
    """A widget rendered in a page. Create with :func:`render_widget`."""

    def __init__(self, page: Any, widget: Any, theme: Theme, owns_context: bool) -> None:
        self.page = page
        self.widget = widget
        self.theme = theme
        self._owns_context = owns_context
        self._queue: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        #: Custom messages the page sent with ``model.send`` (content dicts), in order.
        self.messages_from_page: list[dict] = []
        #: Console errors and uncaught page errors.
        self.errors: list[str] = []
        self._closed = False

    # -------------------------------------------------------------- locators and helpers
    @property
    def root(self) -> Any:
        """Locator of the widget's root element (the view's ``el``, class ``aurora``)."""
        return self.page.locator("#aurora-host")

    @property
    def stage(self) -> Any:
        """Locator of the area screenshots capture (the output cell)."""
        return self.page.locator("#aurora-stage")

    def model_get(self, name: str) -> Any:
        """The value the page's model holds for ``name`` (binary values are not JSON-able)."""
        return self.page.evaluate("(n) => window.__aurora.model.get(n)", name)

    def listener_count(self) -> int:
        """How many ``model.on`` listeners the view holds (to check cleanup)."""
        return int(self.page.evaluate("() => window.__aurora.model.listenerCount()"))

    def page_errors(self) -> list[str]:
        """Errors raised in the page (uncaught, console.error, failing listeners)."""
        inside = self.page.evaluate("() => window.__aurora ? window.__aurora.errors : []")
        return [*self.errors, *inside]

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        """Save a PNG of the output area to the artifacts folder and return its path."""
        path = artifacts_dir() / f"{name}.png"
        if full_page:
            self.page.screenshot(path=str(path), full_page=True)
        else:
            self.stage.screenshot(path=str(path))
        return path

    def contrast(self, locator: Any = None) -> float:
        """Contrast ratio of ``locator``'s text (default: the root) against its effective background."""
        return contrast_ratio(self.page, locator if locator is not None else self.root)

    # -------------------------------------------------------------- syncing
    def flush(self) -> None:
        """Wait until every page->Python call made so far has been handled."""
        self.page.evaluate("() => window.__aurora.flush()")

    def push(self) -> int:
        """Deliver queued Python->page messages (trait updates, custom messages); return how many."""
        batch: list[dict] = []
        while True:
            try:
                msg, buffers = self._queue.get_nowait()
            except queue.Empty:
                break
            method = msg.get("method")
            if method == "update":
                batch.append(
                    {
                        "method": "update",
                        "state": msg.get("state", {}),
                        "buffer_paths": msg.get("buffer_paths", []),
                        "buffers": _b64(buffers),
                    }
                )
            elif method == "custom":
                batch.append({"method": "custom", "content": msg.get("content"), "buffers": _b64(buffers)})
        if batch:
            self.page.evaluate("(msgs) => window.__aurora.apply(msgs)", batch)
        return len(batch)

    def _busy(self) -> bool:
        jobs = getattr(self.widget, "_jobs", None)  # the widget's job runner (widgets/_jobs.py)
        return (jobs is not None and jobs.busy()) or getattr(self.widget, "status", "") == "loading"

    def sync(self, timeout: float = 30.0) -> Rendered:
        """Settle both sides: page calls handled, background work finished, state pushed.

        Raises ``TimeoutError`` when the widget is still loading after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        while True:
            self.flush()
            while self._busy() and time.monotonic() < deadline:
                jobs = getattr(self.widget, "_jobs", None)
                if jobs is not None and jobs.busy():
                    jobs.wait(min(0.2, max(0.0, deadline - time.monotonic())))
                else:
                    time.sleep(0.02)
            pushed = self.push()
            self.flush()
            if not pushed and self._queue.empty() and not self._busy():
                return self
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"widget still busy after {timeout}s: status={getattr(self.widget, 'status', None)!r} "
                    f"message={getattr(self.widget, 'message', None)!r}"
                )

    def set(self, **traits: Any) -> Rendered:
        """Set traits on the Python widget, then :meth:`sync`."""
        for name, value in traits.items():
            setattr(self.widget, name, value)
        return self.sync()

    def send_to_page(self, content: dict, buffers: list | None = None) -> None:
        """``widget.send(content, buffers)`` and push it."""
        self.widget.send(content, buffers=buffers)
        self.push()

    def destroy_view(self) -> None:
        """Abort the view's ``signal`` and call its cleanup (as Jupyter does when an output is cleared)."""
        self.page.evaluate("() => window.__aurora.destroy()")

    def close(self) -> None:
        """Detach from the widget and close the page (and its context when we made it)."""
        if self._closed:
            return
        self._closed = True
        listeners = self.widget.__dict__.get("_aurora_harness_listeners", [])
        if self in listeners:
            listeners.remove(self)
        if self._owns_context:
            self.page.context.close()

    # -------------------------------------------------------------- page -> Python
    def _on_update(self, state: dict, buffer_paths: list, buffers_b64: list) -> None:
        buffers = [memoryview(base64.b64decode(b)) for b in buffers_b64]
        msg = {
            "content": {"data": {"method": "update", "state": state, "buffer_paths": buffer_paths}},
            "buffers": buffers,
        }
        self.widget._handle_msg(msg)

    def _on_msg(self, content: dict, buffers_b64: list) -> None:
        self.messages_from_page.append(content)
        buffers = [memoryview(base64.b64decode(b)) for b in buffers_b64]
        msg = {"content": {"data": {"method": "custom", "content": content}}, "buffers": buffers}
        self.widget._handle_msg(msg)


_TEST_BUILD: dict[str, str] = {}


def _test_build(esm: str) -> str:
    """The test build of the package's bundle in place of the production one (other ESM as it is).

    The same sources built with ``AURORA_TEST_BUILD=true``, which adds the handles the tests read
    (e.g. the map's ``root.__auroraMap``); the production bundle has none of them.
    """
    from aurora_widgets.widgets._base import STATIC

    if esm != (STATIC / "index.js").read_text(encoding="utf-8"):
        return esm
    if "bundle" not in _TEST_BUILD:
        root = HERE.parents[1]
        if not (root / "node_modules" / ".bin" / "esbuild").exists():
            raise RuntimeError("The browser tests need the test build of js/: run `npm ci` (esbuild).")
        args = ["node", "js/build.mjs", f"--outdir={_build_dir()}", "--test-build"]
        out = subprocess.run(args, cwd=root, capture_output=True, text=True)
        if out.returncode:
            raise RuntimeError(f"esbuild failed: {out.stderr}")
        _TEST_BUILD["bundle"] = (_build_dir() / "index.js").read_text(encoding="utf-8")
    return _TEST_BUILD["bundle"]


def _build_dir() -> Path:
    import tempfile

    return Path(tempfile.gettempdir()) / f"aurora-test-build-{os.getpid()}"


def render_widget(
    page_or_browser: Any,
    widget: Any,
    theme: str = "jupyterlab-light",
    *,
    width: int = 960,
    height: int = 720,
    detached: bool = False,
) -> Rendered:
    """Render ``widget`` (its real bundle and state) in a page themed like ``theme``.

    ``detached=True`` renders as JupyterLab's output area does: into an element not in the page
    yet, inserted once ``render()`` has returned (so code that reads styles or theme tokens while
    rendering sees none, as it would there).

    ``page_or_browser`` is a Playwright ``Page`` (used as is; one widget per page) or a
    ``Browser`` (a fresh context and page are made and closed by :meth:`Rendered.close`).
    """
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {THEME_NAMES}")
    th = THEMES[theme]
    if hasattr(page_or_browser, "new_context"):
        context = page_or_browser.new_context(viewport={"width": width + 40, "height": height})
        page = context.new_page()
        owns = True
    else:
        page = page_or_browser
        owns = False
    rendered = Rendered(page, widget, th, owns)
    page.on("pageerror", lambda err: rendered.errors.append(f"pageerror: {err}"))
    page.on(
        "console",
        lambda m: rendered.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None,
    )

    esm = _test_build(str(widget._esm))
    css = str(getattr(widget, "_css", "") or "")
    html = _page_html(th, css, width)
    page_js = (HERE / "harness_page.js").read_text()

    def handle(route: Any) -> None:
        url = route.request.url
        if url.endswith("/widget.js"):
            route.fulfill(status=200, content_type="text/javascript", body=esm)
        elif url.endswith("/harness_page.js"):
            route.fulfill(status=200, content_type="text/javascript", body=page_js)
        elif url.rstrip("/") in (ORIGIN, f"{ORIGIN}/index.html"):
            route.fulfill(status=200, content_type="text/html", body=html)
        else:  # nothing else may load: the bundle must not fetch anything
            rendered.errors.append(f"blocked request: {url}")
            route.abort()

    page.route("**/*", handle)
    page.expose_function("__aurora_py_update", rendered._on_update)
    page.expose_function("__aurora_py_msg", rendered._on_msg)
    listeners = _install_send_hook(widget)
    page.goto(f"{ORIGIN}/index.html")
    page.wait_for_function("() => window.__aurora !== undefined")
    # Take the state now; anything the widget sends from here on is queued for push().
    listeners.append(rendered)
    state, buffer_paths, buffers = _remove_buffers(widget.get_state())
    page.evaluate(
        "([s, p, b, url, d]) => window.__aurora.start(s, p, b, url, d)",
        [state, buffer_paths, _b64(buffers), f"{ORIGIN}/widget.js", detached],
    )
    return rendered


_CONTRAST_JS = """
(el) => {
  const parse = (c) => {
    let m = c.match(/rgba?\\(([^)]+)\\)/);
    if (m) {
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    }
    m = c.match(/color\\(srgb ([^)]+)\\)/);
    if (m) {
      const p = m[1].split(/[ /]+/).filter(Boolean).map(Number);
      return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
    }
    throw new Error("cannot parse colour " + c);
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  // Effective background: composite the backgrounds from the page down to the element.
  const chain = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) chain.push(n);
  let bg = [255, 255, 255, 1];
  for (const n of chain.reverse()) {
    const c = parse(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) bg = over(c, bg);
  }
  const fg = over(parse(getComputedStyle(el).color), bg);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const l1 = lum(fg), l2 = lum(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
"""


def contrast_ratio(page: Any, locator: Any) -> float:
    """WCAG contrast ratio of the first element of ``locator``: text colour vs effective background.

    The background is composited from the page down to the element (transparent layers let the
    ones below show through, semi-transparent ones are blended), as a reader would see it.
    ``page`` is kept in the signature for symmetry with other helpers.
    """
    del page
    return float(locator.first.evaluate(_CONTRAST_JS))
