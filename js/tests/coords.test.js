// The one longitude convention (js/lib/coords.js), the same strings as Python's
// aurora_widgets.data.geometry.format_longitude / format_latitude doctests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatLat, formatLatLon, formatLon, wrapLon } from "../lib/coords.js";

test("longitudes are signed degrees east in [-180, 180)", () => {
  assert.equal(formatLon(265.4124), "-94.59°E");
  assert.equal(formatLon(-94.59), "-94.59°E");
  assert.equal(formatLon(-95, null), "-95°E");
  assert.equal(formatLon(-0.001), "0.00°E");
  assert.equal(formatLon(Number.NaN), "–");
  assert.equal(wrapLon(180), -180);
  assert.equal(wrapLon(-190), 170);
});

test("latitudes are signed degrees north", () => {
  assert.equal(formatLat(56.3762), "56.38°N");
  assert.equal(formatLat(52, null), "52°N");
  assert.equal(formatLatLon(56.3762, 265.4124), "56.38°N, -94.59°E");
});
