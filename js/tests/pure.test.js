// Unit tests of the pure front-end modules (no DOM): raster, geometry, codec, rasterise.
import assert from "node:assert/strict";
import { deflateSync } from "node:zlib";
import { test } from "node:test";
import { fovAngleDeg, fovRadiusKm, centroid } from "../lib/geometry.js";
import { COLORMAPS, colormapLut, contrastTable, decodeValue, formatNumber, panelImage, valueAt } from "../lib/raster.js";
import { decodeGrid, decodePanel, inflate } from "../skymap/codec.js";
import { rasterise, screenCorners } from "../skymap/rasterise.js";

const panel = (codes, shape, extra = {}) => ({ data: new Uint8Array(codes), shape, vmin: 0, vmax: 254, ...extra });

test("colormaps come from the one colormaps.json, 256 RGBA entries, unknown names fall back", () => {
  assert.ok(COLORMAPS.includes("viridis") && COLORMAPS.includes("gray"));
  const gray = colormapLut("gray");
  assert.equal(gray.length, 1024);
  assert.deepEqual([...gray.slice(0, 4)], [0, 0, 0, 255]);
  assert.deepEqual([...gray.slice(1020)], [255, 255, 255, 255]);
  assert.equal(colormapLut("no-such-map"), colormapLut("viridis"));
});

test("codes decode linearly, code 0 is no data", () => {
  const p = panel([0, 1, 255], [1, 3], { vmin: -10, vmax: 10 });
  assert.ok(Number.isNaN(decodeValue(p, 0)));
  assert.equal(decodeValue(p, 1), -10);
  assert.equal(decodeValue(p, 255), 10);
  assert.equal(valueAt(p, 0, 2), 10);
});

test("the contrast table stretches a data range over the whole colormap", () => {
  const full = contrastTable({ vmin: 0, vmax: 254 });
  assert.equal(full[1], 0);
  assert.equal(full[255], 255);
  const narrow = contrastTable({ vmin: 0, vmax: 254 }, [100, 150]);
  assert.equal(narrow[101], 0); // code 101 is value 100: the bottom of the scale
  assert.equal(narrow[151], 255); // value 150: the top
  assert.equal(narrow[255], 255); // beyond the range clips
});

test("panelImage flips rows (row 0 at the bottom) and leaves no-data transparent", () => {
  const img = panelImage(panel([255, 0, 1, 1], [2, 2]), "gray");
  // bottom-left pixel of the image (row 1, col 0) is array row 0, col 0: code 255 -> white
  assert.deepEqual([...img.slice(8, 12)], [255, 255, 255, 255]);
  assert.equal(img[12 + 3], 0); // array (0, 1) had code 0
  assert.deepEqual([...img.slice(0, 4)], [0, 0, 0, 255]); // array (1, 0): code 1 -> black
});

test("numbers are formatted short", () => {
  assert.equal(formatNumber(NaN), "–");
  assert.equal(formatNumber(123.456), "123.5");
  assert.equal(formatNumber(0.5), "0.50");
  assert.equal(formatNumber(123456), "1.23e+5");
});

test("field of view as Python computes it (aurora_widgets.data.geometry.fov_radius_km)", () => {
  assert.equal(Math.round(fovRadiusKm(110, 10, 6371)), 502);
  assert.equal(Math.round(fovRadiusKm(230, 10, 6371)), 901);
  assert.equal(fovAngleDeg(110, 90, 6371), 0);
  const [lon, lat] = centroid([[-10, 0], [10, 0]]);
  assert.ok(Math.abs(lon) < 1e-9 && Math.abs(lat) < 1e-9);
});

test("panels inflate (deflate-compressed one-byte codes) and grids decode to Float32Array", async () => {
  const codes = new Uint8Array([1, 2, 3, 4, 5, 6]);
  const packed = deflateSync(codes);
  assert.deepEqual([...await inflate(new Uint8Array(packed), 6)], [...codes]);
  const decoded = await decodePanel({ data: new DataView(packed.buffer, packed.byteOffset, packed.byteLength),
    encoding: "deflate", raw_nbytes: 6, shape: [2, 3], vmin: 0, vmax: 1 });
  assert.deepEqual([...decoded.data], [...codes]);
  const lat = new Float32Array([1, 2, 3, 4]), lon = new Float32Array([5, 6, 7, 8]);
  const wire = (a) => ({ view: new DataView(a.buffer), dtype: "float32", shape: [2, 2] });
  const grid = decodeGrid({ lat: wire(lat), lon: wire(lon), shape: [2, 2] });
  assert.deepEqual([...grid.lat], [1, 2, 3, 4]);
  assert.equal(decodeGrid(null), null);
});

test("rasterise fills each screen pixel with the image pixel whose quad covers it", () => {
  // a 1x1 image whose 2x2 corner grid spans screen x 0..4, y 0..4 under an identity projection
  const grid = { shape: [2, 2], image_shape: [1, 1], rows: [0, 1], cols: [0, 1],
    lat: new Float32Array([0, 0, 4, 4]), lon: new Float32Array([0, 4, 0, 4]) };
  const corners = screenCorners(grid, ([x, y]) => [x, y]);
  const index = rasterise(corners, 6, 6, 10);
  assert.equal(index[1 * 6 + 1], 0); // inside the quad: image pixel 0
  assert.equal(index[5 * 6 + 5], -1); // outside: nothing
});
