"""Run the front-end unit tests of js/skymap/frame_overlay.js with ``node --test``, and draw a real
payload from ``frame_view_payload`` through it (the contract between data/frameview.py and the JS)."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


def test_node_unit_tests_pass() -> None:
    assert NODE is not None
    out = subprocess.run([NODE, "--test", str(REPO / "tests" / "js")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "# fail 0" in out.stdout


DRAW = """
import { contourPoints, drawOverlay, frameTransform, starAt } from "%s";
const p = JSON.parse(await new Promise((ok) => { let s = ""; process.stdin.on("data", (d) => s += d);
  process.stdin.on("end", () => ok(s)); }));
const raw = Buffer.from(p.contours.points_b64, "base64");
p.contours.points = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
const calls = [];
const ctx = new Proxy({}, { get: (t, k) => (k in t ? t[k] : (...a) => calls.push([k, ...a])),
  set: (t, k, v) => { t[k] = v; return true; } });
const t = frameTransform(p.shape, 512, 512);
const drawn = drawOverlay(ctx, p, t);
const pts = contourPoints(p.contours);
const hover = p.stars.map((s) => { const hit = starAt(p, t, t.x(s.predicted_col), t.y(s.predicted_row), 0.5);
  return hit ? hit.name : null; });
console.log(JSON.stringify({ drawn, n_points: pts.length / 2, arcs: calls.filter((c) => c[0] === "arc").length,
  hover }));
"""


def test_a_real_payload_draws(tmp_path) -> None:
    sys.path.insert(0, str(REPO / "tests" / "data"))
    from starsky import NIGHT, camera, render_frame, skymap_from_camera

    from aurora_widgets.data.frameview import frame_view_payload

    cam = camera(256, rotation_deg=3.0)
    p = frame_view_payload(render_frame(cam), skymap_from_camera(cam), NIGHT)
    message = {
        "shape": p["shape"],
        "stars": p["stars"],
        "fit": p["fit"],
        "contours": {"lines": p["contours"]["lines"], "points_b64": base64.b64encode(p["contours"]["points"]).decode()},
    }
    script = tmp_path / "draw.mjs"
    script.write_text(DRAW % (REPO / "js" / "skymap" / "frame_overlay.js").as_uri())
    assert NODE is not None
    out = subprocess.run([NODE, str(script)], input=json.dumps(message), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    lines = p["contours"]["lines"]
    grid = sum(1 for line in lines if line["kind"] in ("elevation", "azimuth"))
    graticule = len(lines) - grid
    assert result["drawn"] == {"grid": grid, "graticule": graticule, "stars": len(p["stars"])}
    assert result["arcs"] == len(p["stars"])
    assert result["n_points"] == sum(line["count"] for line in lines)
    # hovering each marker names a star at that spot (the star itself, or one drawn on top of it)
    assert all(name is not None for name in result["hover"])
    assert sum(name == s["name"] for name, s in zip(result["hover"], p["stars"], strict=True)) >= len(p["stars"]) - 4
