// node --test tests/js/ : the frame view overlay's pure drawing functions, with a recording context.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  contourPoints, drawOverlay, fitCaption, frameTransform, starAt, starLabel, starRadius,
} from "../../js/skymap/frame_overlay.js";

function recorder() {
  const calls = [];
  const state = {};
  const ctx = new Proxy(state, {
    get(target, prop) {
      if (prop === "calls") return calls;
      if (prop in target) return target[prop];
      return (...args) => { calls.push([prop, ...args]); };
    },
    set(target, prop, value) { target[prop] = value; calls.push(["set", prop, value]); return true; },
  });
  return ctx;
}

// a 10x20 frame: one elevation ring piece, one N spoke, one latitude line; three stars
function payload() {
  const points = new Float32Array([
    1, 1, 1, 2, 1, 3, // elevation 30: (row 1, cols 1..3)
    5, 10, 6, 10, // azimuth N
    8, 0, 8, 19, // latitude 57N
  ]);
  return {
    shape: [10, 20],
    contours: {
      points: new DataView(points.buffer),
      lines: [
        { kind: "elevation", value: 30, label: "30°", start: 0, count: 3 },
        { kind: "azimuth", value: 0, label: "N", start: 3, count: 2 },
        { kind: "latitude", value: 57, label: "57°N", start: 5, count: 2 },
      ],
    },
    stars: [
      { name: "Vega", magnitude: 0.0, predicted_row: 2, predicted_col: 4, found_row: 2.3, found_col: 4.1,
        status: "found", residual_px: 0.32 },
      { name: "Mizar", magnitude: 2.2, predicted_row: 7, predicted_col: 15, found_row: null, found_col: null,
        status: "crowded", residual_px: null },
      { name: "Nowhere", magnitude: 3.0, predicted_row: null, predicted_col: null, status: "outside" },
    ],
    fit: { ok: true, reason: "", stars_found: 30, stars_in_view: 34, median_px: 0.314, p90_px: 0.62 },
  };
}

test("frameTransform keeps square pixels, centres the frame and puts row 0 at the bottom", () => {
  const t = frameTransform([10, 20], 400, 400);
  assert.equal(t.scale, 20);
  assert.equal(t.ox, 0);
  assert.equal(t.oy, 100);
  assert.equal(t.x(0), 10); // centre of column 0
  assert.equal(t.y(0), 100 + 9.5 * 20); // row 0 at the bottom
  assert.equal(t.y(9), 110);
  const back = t.pixel(t.x(3.25), t.y(7.5));
  assert.ok(Math.abs(back.row - 7.5) < 1e-9 && Math.abs(back.col - 3.25) < 1e-9);
});

test("contourPoints accepts DataView, ArrayBuffer and Float32Array", () => {
  const f = new Float32Array([1, 2, 3, 4]);
  assert.deepEqual(Array.from(contourPoints({ points: new DataView(f.buffer) })), [1, 2, 3, 4]);
  assert.deepEqual(Array.from(contourPoints({ points: f.buffer })), [1, 2, 3, 4]);
  assert.equal(contourPoints({ points: f }), f);
  assert.equal(contourPoints({}).length, 0);
  const odd = new Uint8Array(17); odd.set(new Uint8Array(f.buffer), 1);
  assert.deepEqual(Array.from(contourPoints({ points: new DataView(odd.buffer, 1, 16) })), [1, 2, 3, 4]);
  assert.throws(() => contourPoints({ points: [1, 2] }), /not binary/);
});

test("drawOverlay strokes one path per group and draws each placed star", () => {
  const p = payload();
  const t = frameTransform(p.shape, 200, 100);
  const ctx = recorder();
  const drawn = drawOverlay(ctx, p, t);
  assert.deepEqual(drawn, { grid: 2, graticule: 1, stars: 2 });
  const moves = ctx.calls.filter((c) => c[0] === "moveTo");
  // 3 contour pieces + Vega's residual (1 line + 2 for its cross)
  assert.equal(moves.length, 3 + 3);
  const firstRing = moves.find((c) => c[1] === t.x(1) && c[2] === t.y(1));
  assert.ok(firstRing, "the elevation ring starts at its first point");
  const arcs = ctx.calls.filter((c) => c[0] === "arc");
  assert.equal(arcs.length, 2);
  assert.equal(arcs[0][1], t.x(4));
  assert.equal(arcs[0][2], t.y(2));
  assert.equal(arcs[0][3], starRadius(0.0));
  const texts = ctx.calls.filter((c) => c[0] === "fillText").map((c) => c[1]);
  assert.deepEqual(texts.sort(), ["30°", "57°N", "N"]);
  assert.equal(ctx.calls[0][0], "save");
  assert.equal(ctx.calls.at(-1)[0], "restore");
});

test("toggles leave groups out", () => {
  const p = payload();
  const t = frameTransform(p.shape, 200, 100);
  const ctx = recorder();
  const drawn = drawOverlay(ctx, p, t, { grid: false, stars: false, labels: false });
  assert.deepEqual(drawn, { grid: 0, graticule: 1, stars: 0 });
  assert.equal(ctx.calls.filter((c) => c[0] === "moveTo").length, 1);
  assert.equal(ctx.calls.filter((c) => c[0] === "arc").length, 0);
  assert.equal(ctx.calls.filter((c) => c[0] === "fillText").length, 0);
});

test("the highlighted star is labelled and ringed in the highlight colour", () => {
  const p = payload();
  const t = frameTransform(p.shape, 200, 100);
  const ctx = recorder();
  drawOverlay(ctx, p, t, { labels: false, highlight: "Mizar", colors: { highlight: "#123456" } });
  const texts = ctx.calls.filter((c) => c[0] === "fillText");
  assert.equal(texts.length, 1);
  assert.equal(texts[0][1], "Mizar 2.2 mag, crowded");
  const strokes = ctx.calls.filter((c) => c[0] === "set" && c[1] === "strokeStyle").map((c) => c[2]);
  assert.ok(strokes.includes("#123456"));
});

test("starAt finds the nearest placed star within the radius", () => {
  const p = payload();
  const t = frameTransform(p.shape, 200, 100);
  assert.equal(starAt(p, t, t.x(4) + 3, t.y(2) - 2).name, "Vega");
  assert.equal(starAt(p, t, t.x(15), t.y(7)).name, "Mizar");
  assert.equal(starAt(p, t, t.x(10), t.y(5)), null);
  assert.equal(starAt({}, t, 0, 0), null);
});

test("captions and labels are plain text, no residual when the fit is not valid", () => {
  const p = payload();
  assert.equal(fitCaption(p.fit), "30 of 34 stars, median 0.31 px, p90 0.62 px");
  const bad = { ok: false, reason: "daylight or twilight: the Sun is 3.0 deg above the horizon",
    stars_found: 0, stars_in_view: 40, median_px: null, p90_px: null };
  assert.equal(fitCaption(bad), "0 of 40 stars, cannot fit: daylight or twilight: the Sun is 3.0 deg above the horizon");
  assert.equal(fitCaption(null), "");
  assert.equal(starLabel(p.stars[0]), "Vega 0.0 mag, found, 0.32 px");
  assert.ok(starRadius(-1.4) > starRadius(4.3));
});
