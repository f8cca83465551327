"""The frame view overlay in Chromium: star markers sit on the imaged stars through the right skymap.

A star field rendered through a known camera is painted with lib/raster.js ``paintPanel`` and the
overlay of js/skymap/frame_overlay.js is drawn on top, once with the camera's own skymap and once
with a skymap turned by 2 degrees. Under the right skymap the bright stars' markers are centred
on bright pixels of the frame; under the turned one most miss. The screenshot shows both
(docs/screenshots/frame_overlay-stars.png).
"""

from __future__ import annotations

import base64
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "data"))
from starsky import NIGHT, camera, render_frame, skymap_from_camera  # noqa: E402

from aurora_widgets.data.frameview import frame_view_payload  # noqa: E402

ESBUILD = REPO / "node_modules" / ".bin" / "esbuild"
ENTRY = """
import { paintPanel } from "./js/lib/paint.js";
import * as overlay from "./js/skymap/frame_overlay.js";
window.__overlay = { ...overlay, paintPanel };
"""

PAGE = """async ({ views }) => {
  const o = window.__overlay;
  const results = [];
  for (const v of views) {
    const bytes = Uint8Array.from(atob(v.frame), (c) => c.charCodeAt(0));
    const raw = Uint8Array.from(atob(v.points), (c) => c.charCodeAt(0));
    const p = v.payload;
    p.contours.points = new Float32Array(raw.buffer);
    const panel = { ...p.frame, data: bytes };
    const frameCanvas = o.paintPanel(document.createElement("canvas"), panel, "gray");
    const canvas = document.createElement("canvas");
    canvas.width = 512; canvas.height = 512;
    canvas.title = p.fit.skymap_filename;
    document.body.appendChild(canvas);
    const ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(frameCanvas, 0, 0, 512, 512);
    const t = o.frameTransform(p.shape, 512, 512);
    // the frame under each bright star's marker centre, before the overlay covers it
    const under = p.stars.filter((s) => s.magnitude < 2.0 && s.status !== "outside").map((s) => {
      const px = ctx.getImageData(Math.floor(t.x(s.predicted_col)), Math.floor(t.y(s.predicted_row)), 1, 1).data;
      return px[0];
    });
    const t0 = performance.now();
    const drawn = o.drawOverlay(ctx, p, t, { highlight: "Vega" });
    ctx.getImageData(0, 0, 1, 1);
    results.push({ under, drawn, ms: performance.now() - t0, caption: o.fitCaption(p.fit) });
  }
  return results;
}"""


def _bundle() -> str:
    if not ESBUILD.exists():
        pytest.skip("node_modules/.bin/esbuild is missing (npm ci)")
    out = subprocess.run(
        [str(ESBUILD), "--bundle", "--format=iife", "--loader:.json=json"],
        input=ENTRY,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def _view(frame, skymap) -> dict:
    p = frame_view_payload(frame, skymap, NIGHT)
    message = {k: p[k] for k in ("shape", "stars", "fit")}
    message["frame"] = {k: v for k, v in p["frame"].items() if k != "data"}
    message["contours"] = {"lines": p["contours"]["lines"]}
    return {
        "payload": message,
        "frame": base64.b64encode(bytes(p["frame"]["data"])).decode(),
        "points": base64.b64encode(bytes(p["contours"]["points"])).decode(),
    }


def test_markers_sit_on_the_stars_through_the_right_skymap(page) -> None:
    cam = camera(256, rotation_deg=3.0)
    frame = render_frame(cam, psf_sigma=1.2)
    right = skymap_from_camera(cam, filename="right_skymap.sav")
    turned = skymap_from_camera(dataclasses.replace(cam, rotation_deg=5.0), filename="turned_skymap.sav")
    page.set_content("<html><body style='margin:0;background:#222;display:flex;gap:8px'></body></html>")
    page.add_script_tag(content=_bundle())
    good, bad = page.evaluate(PAGE, {"views": [_view(frame, right), _view(frame, turned)]})
    shots = REPO / "docs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1032, "height": 512})
    page.screenshot(path=str(shots / "frame_overlay-stars.png"))

    assert len(good["under"]) >= 10
    on_star = sum(v > 150 for v in good["under"]) / len(good["under"])
    missed = sum(v > 150 for v in bad["under"]) / len(bad["under"])
    assert on_star >= 0.9, good["under"]
    assert missed <= 0.5, bad["under"]
    assert good["drawn"]["stars"] >= 40 and good["drawn"]["grid"] >= 12 and good["drawn"]["graticule"] >= 3
    assert "median 0.0" in good["caption"] or "median 0.1" in good["caption"]
    assert "median" in bad["caption"] and good["caption"] != bad["caption"]


def test_archive_minute_through_current_and_older_skymap(page, tmp_path) -> None:
    import datetime as dt

    fleet = pytest.importorskip("aurora_widgets.archive.fleet")
    sky = pytest.importorskip("aurora_widgets.archive.sky")
    gen = pytest.importorskip("aurora_widgets.archive.generate.skymaps")
    from aurora_widgets.data.readers import read, read_skymap

    minute = dt.datetime(2022, 1, 11, 5, 0)  # an auroral arc over Yellowknife
    device = fleet.device_at("themis_asi", "yknf", minute)
    path = tmp_path / f"{minute:%Y%m%d_%H%M}_yknf_{device.uid}_full.pgm.gz"
    path.write_bytes(sky.render_raw_file("THEMIS_ASI_RAW", "yknf", device.uid, minute))
    frame = read("THEMIS_ASI_RAW", [str(path)]).data[..., 0].astype(float)
    versions = fleet.skymap_versions("themis_asi", "yknf")
    best = fleet.best_skymap("themis_asi", "yknf", minute)
    older = [v for v in versions if v.start < best.start][-1]

    def load(v, sub):
        return read_skymap(gen.write_skymap(gen.spec_from_version(v), tmp_path / sub))

    when = minute + dt.timedelta(seconds=30)
    views = []
    for sm in (load(best, "best"), load(older, "older")):
        p = frame_view_payload(frame, sm, when)
        message = {k: p[k] for k in ("shape", "stars", "fit")}
        message["frame"] = {k: v for k, v in p["frame"].items() if k != "data"}
        message["contours"] = {"lines": p["contours"]["lines"]}
        views.append(
            {
                "payload": message,
                "frame": base64.b64encode(bytes(p["frame"]["data"])).decode(),
                "points": base64.b64encode(bytes(p["contours"]["points"])).decode(),
            }
        )
    page.set_content("<html><body style='margin:0;background:#222;display:flex;gap:8px'></body></html>")
    page.add_script_tag(content=_bundle())
    good, bad = page.evaluate(PAGE, {"views": views})
    page.set_viewport_size({"width": 1032, "height": 512})
    page.screenshot(path=str(REPO / "docs" / "screenshots" / "frame_overlay-archive.png"))
    assert good["drawn"]["stars"] >= 30
    assert "median 0.0" in good["caption"] or "median 0.1" in good["caption"], good["caption"]
    assert "median" in bad["caption"] and good["caption"] != bad["caption"]
