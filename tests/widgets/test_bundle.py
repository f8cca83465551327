"""The committed bundle is what `npm run build` makes from js/, and it loads nothing from the network."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "aurora_widgets" / "widgets" / "static"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


def _build_args(outdir: Path) -> list[str]:
    """package.json's build script, with the output folder swapped for ``outdir``."""
    script = json.loads((ROOT / "package.json").read_text())["scripts"]["build"]
    args = script.split()
    assert args[0] == "esbuild", script
    args = [a for a in args[1:] if not a.startswith("--outdir=")]
    return [str(ESBUILD), *args, f"--outdir={outdir}"]


@pytest.mark.skipif(
    not ESBUILD.exists() or shutil.which("node") is None, reason="needs node + node_modules/esbuild"
)
def test_committed_bundle_matches_a_fresh_build(tmp_path):
    result = subprocess.run(_build_args(tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in ("index.js", "index.css"):
        fresh = (tmp_path / name).read_bytes()
        committed = (STATIC / name).read_bytes()
        assert fresh == committed, (
            f"{name} is stale: run `npm run build` and commit aurora_widgets/widgets/static"
        )


def test_bundle_has_no_network_imports():
    js = (STATIC / "index.js").read_text(encoding="utf-8")
    css = (STATIC / "index.css").read_text(encoding="utf-8")
    imports = re.findall(
        r"""(?:\bimport\s*(?:[\w*{}\s,]+from\s*)?|\bimport\s*\()\s*["'`]([^"'`]+)["'`]""", js
    )
    assert not [spec for spec in imports if re.match(r"(https?:)?//", spec)], imports
    assert not re.search(r"""\bfetch\s*\(\s*["'`]https?://""", js)
    assert not re.search(r"@import\s+(url\()?\s*[\"']?(https?:)?//", css)
    assert not re.search(r"url\(\s*[\"']?(https?:)?//", css)


def test_every_python_widget_kind_has_a_front_end():
    js = (STATIC / "index.js").read_text(encoding="utf-8")
    registry = re.search(r"(?:const|var|let) RENDERERS = \{(.*?)\};", js, re.S)
    assert registry, "RENDERERS registry not found in the bundle"
    kinds = set(re.findall(r"(\w+):\s*render\w+", registry.group(1)))
    import aurora_widgets.widgets as widgets

    expected = {}
    for name in widgets._WIDGETS:
        cls = getattr(widgets, name)
        if cls._kind.default_value:
            expected[name] = cls._kind.default_value
    missing = {name: kind for name, kind in expected.items() if kind not in kinds}
    assert not missing, f"widget kinds with no renderer in js/index.js: {missing}"


def test_bundle_selectors_are_scoped_to_aurora():
    css = (STATIC / "index.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    bad = []
    for block in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        for selector in block.split(","):
            s = selector.strip()
            if s and ".aurora" not in s:
                bad.append(s)
    assert not bad, f"unscoped selectors (anywidget CSS is global): {bad[:10]}"
