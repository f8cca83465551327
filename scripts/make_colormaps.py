"""Write aurora_widgets/widgets/colormaps.json: matplotlib's 256-entry tables of the colormaps we offer.

Run once when the list changes (``python scripts/make_colormaps.py``); the JSON is committed, so
neither the package nor the browser needs matplotlib. ``js/lib/raster.js`` (the live view) and
``aurora_widgets/widgets/_picture.py`` (the saved-notebook picture) both read it; with 256 entries their
interpolation to 256 colours returns each entry as it is. ``tests/widgets/test_colormaps.py``
compares the file with matplotlib.

Each table is ``matplotlib.colormaps[name].resampled(256)`` as 8-bit colours (``bytes=True``).
"aurora" is ours: the green of the auroral oxygen line from black to white, made by matplotlib's
``LinearSegmentedColormap.from_list`` from :data:`AURORA_ANCHORS`.

Example:
    python scripts/make_colormaps.py   # prints: wrote aurora_widgets/widgets/colormaps.json (7 colormaps)

"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "aurora_widgets" / "widgets" / "colormaps.json"
#: The colormaps offered, in the order the widgets list them.
MATPLOTLIB_NAMES = ("viridis", "magma", "cividis", "gray", "twilight", "coolwarm")
AURORA_ANCHORS = ("#000000", "#02160c", "#06361c", "#0d5c2b", "#1a8a3a", "#46b548", "#8fd65a", "#d4f08a", "#ffffff")


def table(name: str) -> np.ndarray:
    """Return the (256, 3) uint8 colours of a colormap, from matplotlib.

    Example:
        >>> table("gray")[[0, 255]].tolist()
        [[0, 0, 0], [255, 255, 255]]

    """
    import matplotlib
    from matplotlib.colors import Colormap, LinearSegmentedColormap

    cmap: Colormap
    if name == "aurora":
        cmap = LinearSegmentedColormap.from_list("aurora", list(AURORA_ANCHORS), N=256)
    else:
        cmap = matplotlib.colormaps[name].resampled(256)
    return np.asarray(cmap(np.arange(256), bytes=True))[:, :3]


def main() -> None:
    """Write the JSON: ``{name: ["#rrggbb", ... 256 entries]}``."""
    tables = {name: [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in table(name).tolist()]
              for name in (*MATPLOTLIB_NAMES, "aurora")}
    body = ",\n".join(f"  {json.dumps(name)}: {json.dumps(colours, separators=(',', ':'))}"
                      for name, colours in tables.items())
    OUT.write_text("{\n" + body + "\n}\n")
    print(f"wrote {OUT.relative_to(OUT.parents[2])} ({len(tables)} colormaps)")


if __name__ == "__main__":
    main()
