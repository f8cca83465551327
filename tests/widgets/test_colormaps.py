"""The colormaps the widgets offer are matplotlib's own 256-entry tables, in Python and in the browser.

aurora_widgets/widgets/colormaps.json is written by scripts/make_colormaps.py; js/lib/raster.js (live
view) and widgets/_picture.py (saved-notebook picture) interpolate it to 256 colours, which with 256
entries must give each entry back unchanged.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.widgets._picture import COLORMAPS_JSON, colormap_lut

matplotlib = pytest.importorskip("matplotlib")
from matplotlib.colors import LinearSegmentedColormap  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TABLES = json.loads(COLORMAPS_JSON.read_text())
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


def _generator_anchors() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("make_colormaps", ROOT / "scripts" / "make_colormaps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines its constants; main() runs only as a script
    return module.AURORA_ANCHORS


def matplotlib_table(name: str) -> np.ndarray:
    if name == "aurora":
        cmap = LinearSegmentedColormap.from_list("aurora", list(_generator_anchors()), N=256)
    else:
        cmap = matplotlib.colormaps[name].resampled(256)
    return np.asarray(cmap(np.arange(256), bytes=True))[:, :3]


def _rgb(hexes: list[str]) -> np.ndarray:
    return np.array([[int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in hexes], dtype=np.uint8)


def test_the_offered_colormaps_are_all_there():
    assert {"viridis", "magma", "cividis", "gray", "twilight", "coolwarm", "aurora"} <= set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_json_table_is_matplotlibs(name):
    table = _rgb(TABLES[name])
    assert table.shape == (256, 3)
    diff = np.abs(table.astype(int) - matplotlib_table(name).astype(int))
    assert diff.max() == 0, f"{name}: {int((diff > 0).any(axis=1).sum())} entries differ, up to {diff.max()}/255"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_python_pictures_use_the_table_unchanged(name):
    assert np.array_equal(colormap_lut(name), matplotlib_table(name))


@pytest.mark.skipif(not ESBUILD.exists() or shutil.which("node") is None, reason="needs node + node_modules/esbuild")
def test_browser_lookup_tables_are_matplotlibs(tmp_path):
    entry = tmp_path / "entry.mjs"
    raster = (ROOT / "js" / "lib" / "raster.js").as_posix()
    names = sorted(TABLES)
    entry.write_text(
        f"import {{ colormapLut }} from {json.dumps(raster)};\n"
        f"const out = {{}};\nfor (const n of {json.dumps(names)}) out[n] = Array.from(colormapLut(n));\n"
        "console.log(JSON.stringify(out));\n"
    )
    bundle = tmp_path / "entry.bundle.mjs"
    build = subprocess.run([str(ESBUILD), str(entry), "--bundle", "--format=esm", "--platform=node",
                            "--loader:.json=json", f"--outfile={bundle}"], capture_output=True, text=True, timeout=60)
    assert build.returncode == 0, build.stderr
    run = subprocess.run(["node", str(bundle)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    luts = json.loads(run.stdout)
    for name in names:
        rgba = np.array(luts[name], dtype=np.uint8).reshape(256, 4)
        assert (rgba[:, 3] == 255).all()
        assert np.array_equal(rgba[:, :3], matplotlib_table(name)), name
