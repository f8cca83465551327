import assert from "node:assert/strict";
import { test } from "node:test";
import { fromWire, toWire } from "../lib/ndarray.js";

test("fromWire respects byteOffset and the declared dtype and shape", () => {
  const buffer = new ArrayBuffer(4 + 6 * 4);
  new Float32Array(buffer, 4, 6).set([1, 2, 3, 4, 5, 6]);
  const a = fromWire({ view: new DataView(buffer, 4, 24), dtype: "float32", shape: [2, 3] });
  assert.deepEqual([...a.data], [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(a.shape, [2, 3]);
  assert.equal(a.data.buffer, buffer); // a view, no copy
});

test("a misaligned buffer is copied, not misread", () => {
  const buffer = new ArrayBuffer(1 + 8);
  const src = new Uint8Array(buffer, 1, 8);
  src.set(new Uint8Array(new Float32Array([1.5, -2]).buffer));
  const a = fromWire({ view: new DataView(buffer, 1, 8), dtype: "float32", shape: [2] });
  assert.deepEqual([...a.data], [1.5, -2]);
});

test("shape and dtype are checked", () => {
  assert.throws(() => fromWire({ view: new DataView(new ArrayBuffer(8)), dtype: "float32", shape: [3] }), /fill/);
  assert.throws(() => fromWire({ view: new DataView(new ArrayBuffer(8)), dtype: "complex64", shape: [1] }), /dtype/);
});

test("toWire then fromWire gives the same array back", () => {
  const data = new Uint16Array([1, 65535, 7, 0]);
  const back = fromWire(toWire({ data, dtype: "uint16", shape: [2, 2] }));
  assert.deepEqual([...back.data], [1, 65535, 7, 0]);
  assert.deepEqual(back.shape, [2, 2]);
  assert.throws(() => toWire({ data, dtype: "float32", shape: [4] }), /not a float32/);
});
