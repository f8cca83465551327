// Colour-mapped rasters: decode the one-byte panels sent by aurora_widgets/widgets/_serialize.py,
// paint them into a canvas with a colormap, draw colour bars, and read values back for hover.
// Code 0 = no data (transparent); codes 1..255 map linearly onto [vmin, vmax].

// Perceptual colormaps as a few anchor colours, interpolated to 256 entries at load. The same file
// colours the saved-notebook pictures drawn in Python (aurora_widgets/widgets/_picture.py).
import STOPS from "../../aurora_widgets/widgets/colormaps.json";

export const COLORMAPS = Object.keys(STOPS);

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const LUT_CACHE = new Map();

/** A 256-entry RGBA lookup table (Uint8ClampedArray of 1024) for a colormap name. */
export function colormapLut(name) {
  const key = STOPS[name] ? name : "viridis";
  if (LUT_CACHE.has(key)) return LUT_CACHE.get(key);
  const stops = STOPS[key].map(hexToRgb);
  const lut = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * (stops.length - 1);
    const j = Math.min(Math.floor(t), stops.length - 2);
    const f = t - j;
    for (let c = 0; c < 3; c++) lut[i * 4 + c] = stops[j][c] + (stops[j + 1][c] - stops[j][c]) * f;
    lut[i * 4 + 3] = 255;
  }
  LUT_CACHE.set(key, lut);
  return lut;
}

/** The bytes of a panel's `data` (DataView, ArrayBuffer or typed array) as a Uint8Array view. */
export function panelBytes(panel) {
  const d = panel.data;
  if (d instanceof Uint8Array) return d;
  if (d instanceof DataView) return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  if (d instanceof ArrayBuffer) return new Uint8Array(d);
  if (ArrayBuffer.isView(d)) return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  throw new Error("aurora: panel data is not binary");
}

/** Value of code `c` of a panel, or NaN for code 0 (no data). */
export function decodeValue(panel, code) {
  if (code === 0) return NaN;
  return panel.vmin + ((code - 1) * (panel.vmax - panel.vmin)) / 254;
}

/**
 * Paint a panel into `canvas` (its size becomes the panel size; CSS scales it).
 * Row 0 of the array is drawn at the bottom (origin "lower"), as the data layer orients arrays.
 * `range` optionally narrows the colour scale to [lo, hi] in data units (contrast).
 */
export function paintPanel(canvas, panel, colormap = "viridis", range = null) {
  const [h, w] = panel.shape;
  const bytes = panelBytes(panel);
  const lut = colormapLut(colormap);
  let lo = 1, span = 254;
  if (range) {
    const scale = 254 / (panel.vmax - panel.vmin || 1);
    lo = 1 + (range[0] - panel.vmin) * scale;
    span = Math.max((range[1] - range[0]) * scale, 1e-6);
  }
  const remap = new Uint8ClampedArray(256);
  for (let c = 1; c < 256; c++) remap[c] = Math.round(((c - lo) / span) * 255);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext("2d");
  const image = ctx.createImageData(w, h);
  const out = image.data;
  for (let r = 0; r < h; r++) {
    const src = (h - 1 - r) * w; // flip rows: array row 0 at the bottom
    const dst = r * w * 4;
    for (let c = 0; c < w; c++) {
      const code = bytes[src + c];
      const o = dst + c * 4;
      if (code === 0) { out[o + 3] = 0; continue; }
      const k = remap[code] * 4;
      out[o] = lut[k]; out[o + 1] = lut[k + 1]; out[o + 2] = lut[k + 2]; out[o + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** Array (row, col) under a mouse event on a canvas painted by paintPanel, or null. */
export function pixelAt(canvas, panel, event) {
  const rect = canvas.getBoundingClientRect();
  const [h, w] = panel.shape;
  const x = Math.floor(((event.clientX - rect.left) / rect.width) * w);
  const yTop = Math.floor(((event.clientY - rect.top) / rect.height) * h);
  if (x < 0 || x >= w || yTop < 0 || yTop >= h) return null;
  return { row: h - 1 - yTop, col: x };
}

/** Value of a panel at array (row, col), NaN when no data. */
export function valueAt(panel, row, col) {
  const [, w] = panel.shape;
  return decodeValue(panel, panelBytes(panel)[row * w + col]);
}

/** A horizontal colour bar element: gradient, min/max ticks and "label (units)". */
export function colorbar(panel, colormap = "viridis", range = null) {
  const wrap = document.createElement("div");
  wrap.className = "aurora-colorbar";
  const bar = document.createElement("canvas");
  bar.width = 256; bar.height = 1;
  bar.className = "aurora-colorbar-gradient";
  const ctx = bar.getContext("2d");
  const img = ctx.createImageData(256, 1);
  img.data.set(colormapLut(colormap));
  ctx.putImageData(img, 0, 0);
  const lo = range ? range[0] : panel.vmin;
  const hi = range ? range[1] : panel.vmax;
  const ticks = document.createElement("div");
  ticks.className = "aurora-colorbar-ticks";
  const left = document.createElement("span");
  left.textContent = formatNumber(lo);
  const mid = document.createElement("span");
  mid.textContent = panel.units ? `${panel.label} (${panel.units})` : panel.label;
  const right = document.createElement("span");
  right.textContent = formatNumber(hi);
  ticks.append(left, mid, right);
  wrap.append(bar, ticks);
  return wrap;
}

/** Short human formatting of a number for ticks and readouts. */
export function formatNumber(v, digits = 2) {
  if (!Number.isFinite(v)) return "–";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(digits);
  return v.toFixed(a >= 100 ? 1 : digits);
}
