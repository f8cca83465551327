"""Front-end bundle size and what opening an Explorer sends to the browser.

Bundle: ``static/index.js`` + ``index.css`` as built by ``js/build.mjs`` (land polygons simplified
at build time, minified). Explorer: every widget model an ``Explorer`` creates (itself, its five
children and their layouts), each model's full state as its ``comm_open`` message carries it --
``_esm`` and ``_css`` included, binary buffers counted at their size -- for a fresh Explorer and
for one with THEMIS gill 2021-11-04 chosen and loaded (skymap panels, map grid and frames).

Anchor: the same quantity in release 0.1.0 as measured for issue #17 (bundle 927,758 B + CSS
21,405 B; an Explorer opened with 5.77 MB), since an old bundle cannot be rebuilt from this tree.
anywidget sends ``_esm``/``_css`` with every model; the Explorer's children carry a stub of a few
hundred bytes instead of the bundle (``aurora_widgets/widgets/_bundle.py``), since the Explorer
draws them with its own.
"""

from __future__ import annotations

import json
from typing import Any

from ._common import REPO, Context, Row, Skip, Stat, need, quiet, target_ratio

NAME = "widget_state"
TITLE = "Bundle size and what opening an Explorer sends (all widget states, _esm/_css included)"
NOTES = __doc__

STATIC = REPO / "aurora_widgets" / "widgets" / "static"
#: Release 0.1.0, measured for issue #17 (the anchor: these files no longer exist in the tree).
V010_BUNDLE_BYTES = 927_758 + 21_405
V010_EXPLORER_BYTES = 5.77e6
#: The issue's targets.
MAX_BUNDLE_JS = 250 * 1024
MAX_EXPLORER = 1.5e6


def state_bytes(widget: Any) -> tuple[int, int]:
    """(JSON bytes, buffer bytes) of a widget's full state, as its comm_open message carries it."""
    from ipywidgets.widgets.widget import _remove_buffers

    stripped, _paths, buffers = _remove_buffers(widget.get_state())
    return len(json.dumps(stripped, default=str).encode()), sum(memoryview(b).nbytes for b in buffers)


def opened(make: Any) -> tuple[Any, dict[str, tuple[int, int]]]:
    """Build a widget with ``make()``; the state bytes of every widget model it created, by model."""
    import ipywidgets.widgets.widget as w

    before = set(w._instances)
    with quiet():
        top = make()
    models = {mid: inst for mid, inst in w._instances.items() if mid not in before}
    return top, {f"{type(inst).__name__}:{mid[:6]}": state_bytes(inst) for mid, inst in models.items()}


def run(ctx: Context) -> list[Row]:
    explorer_mod = need("aurora_widgets.widgets.explorer", "Explorer")
    js, css = (STATIC / "index.js").stat().st_size, (STATIC / "index.css").stat().st_size
    bundle = Row(NAME, "front-end bundle (index.js + index.css)", "bytes", Stat.single(js + css),
                 Stat.single(V010_BUNDLE_BYTES), "release 0.1.0 bundle", target="index.js < 250 KB",
                 note=f"index.js {js:,} B, index.css {css:,} B")
    bundle.met = js < MAX_BUNDLE_JS
    rows = [bundle]

    client, how = ctx.widget_client("explorer-state")
    cases = [("fresh Explorer()", None),
             ("Explorer with THEMIS gill 2021-11-04 loaded", ("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04"))]
    for label, choice in cases[:1] if ctx.quick else cases:
        def make(choice: Any = choice) -> Any:
            ex = explorer_mod.Explorer(client=client)
            if choice:
                ex.choose(dataset=choice[0], site=choice[1], date=choice[2]).wait(120)
            return ex

        ex, states = opened(make)
        if choice and ex.skymap is None:
            raise Skip(f"Explorer did not load {choice}: {ex.skymap_browser.status} {ex.skymap_browser.message}")
        total = sum(j + b for j, b in states.values())
        names = ("dataset_picker", "site_picker", "date_picker", "keogram_picker", "skymap_browser",
                 "calibration_browser")
        models = [ex, *(getattr(ex, n) for n in names if ex.has_trait(n))]
        code = [len(str(m._esm).encode()) + len(str(m._css).encode()) for m in models]
        row = Row(NAME, f"{label}: bytes sent on opening", "bytes", Stat.single(total),
                  Stat.single(V010_EXPLORER_BYTES), "release 0.1.0 Explorer", target="< 1.5 MB",
                  note=f"{len(states)} widget models; _esm + _css: {code[0]:,} B in the Explorer, "
                       f"{sum(code[1:]):,} B in its {len(code) - 1} children together; {how}")
        row.met = total < MAX_EXPLORER
        rows.append(row)
        ex.close()
    for row in rows:
        if row.met is None:
            target_ratio(row, 1.0)
    return rows
