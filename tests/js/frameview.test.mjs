// node --test tests/js/ : the frame view's payload decoding (js/skymap/frameview.js), no DOM needed.
import assert from "node:assert/strict";
import { test } from "node:test";

import { decodeFrameView } from "../../js/skymap/frameview.js";

function wire(typed, dtype, shape) {
  return { view: new DataView(typed.buffer, typed.byteOffset, typed.byteLength), dtype, shape };
}

test("decodeFrameView reads the frame codes and contour points from the typed wire", () => {
  const codes = Uint8Array.from([0, 1, 255, 128, 9, 10]);
  const points = Float32Array.from([1.5, 2.5, 3, 4]);
  const p = {
    shape: [2, 3], stars: [], fit: {}, altitude_km: 110,
    frame: { codes: wire(codes, "uint8", [2, 3]), vmin: 0, vmax: 10 },
    contours: { points: wire(points, "float32", [2, 2]), lines: [{ kind: "elevation", start: 0, count: 2 }] },
  };
  const v = decodeFrameView(p);
  assert.deepEqual([...v.panel.data], [...codes]);
  assert.deepEqual(v.panel.shape, [2, 3]);
  assert.equal(v.panel.vmax, 10);
  assert.deepEqual([...v.contours.points], [1.5, 2.5, 3, 4]);
  assert.equal(v.contours.lines.length, 1);
});

test("decodeFrameView of an empty payload is null", () => {
  assert.equal(decodeFrameView({}), null);
  assert.equal(decodeFrameView(null), null);
});

test("a wire buffer that does not fill its shape is refused", () => {
  const p = { frame: { codes: wire(new Uint8Array(5), "uint8", [2, 3]) }, contours: { points: wire(new Float32Array(0), "float32", [0, 2]) } };
  assert.throws(() => decodeFrameView(p), /do not fill/);
});
