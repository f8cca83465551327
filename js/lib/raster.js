// Colour-mapped rasters, the pure part (no DOM): decode the one-byte panels sent by
// aurora_widgets/widgets/_serialize.py, colormap lookup tables, the contrast table that maps codes
// onto colours, RGBA images of panels, and values read back for hover. Painting into canvases and
// colour bars are in ./paint.js. Code 0 = no data (transparent); codes 1..255 map onto [vmin, vmax].

// Perceptual colormaps as a few anchor colours, interpolated to 256 entries at load. The same file
// colours the saved-notebook pictures drawn in Python (aurora_widgets/widgets/_picture.py).
import STOPS from "../../aurora_widgets/widgets/colormaps.json" with { type: "json" };

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
 * The contrast table: code (0..255) -> colour index (0..255). Without `range` codes 1..255 span the
 * whole colormap; with `range` ([lo, hi] in data units) the colour scale covers only that range.
 * @param {{vmin: number, vmax: number}} panel
 * @param {[number, number] | null} [range]
 * @returns {Uint8ClampedArray}
 */
export function contrastTable(panel, range = null) {
  let lo = 1, span = 254;
  if (range) {
    const scale = 254 / (panel.vmax - panel.vmin || 1);
    lo = 1 + (range[0] - panel.vmin) * scale;
    span = Math.max((range[1] - range[0]) * scale, 1e-6);
  }
  const remap = new Uint8ClampedArray(256);
  for (let c = 1; c < 256; c++) remap[c] = Math.round(((c - lo) / span) * 255);
  return remap;
}

/**
 * The RGBA pixels (h*w*4) of a panel through a colormap and contrast; array row 0 at the bottom
 * (origin "lower", as the data layer orients arrays); code 0 is transparent.
 * @returns {Uint8ClampedArray}
 */
export function panelImage(panel, colormap = "viridis", range = null) {
  const [h, w] = panel.shape;
  const bytes = panelBytes(panel);
  const lut = colormapLut(colormap);
  const remap = contrastTable(panel, range);
  const out = new Uint8ClampedArray(w * h * 4);
  for (let r = 0; r < h; r++) {
    const src = (h - 1 - r) * w; // flip rows: array row 0 at the bottom
    const dst = r * w * 4;
    for (let c = 0; c < w; c++) {
      const code = bytes[src + c];
      if (code === 0) continue;
      const o = dst + c * 4, k = remap[code] * 4;
      out[o] = lut[k]; out[o + 1] = lut[k + 1]; out[o + 2] = lut[k + 2]; out[o + 3] = 255;
    }
  }
  return out;
}

/** Value of a panel at array (row, col), NaN when no data. */
export function valueAt(panel, row, col) {
  const [, w] = panel.shape;
  return decodeValue(panel, panelBytes(panel)[row * w + col]);
}

/** Short human formatting of a number for ticks and readouts. */
export function formatNumber(v, digits = 2) {
  if (!Number.isFinite(v)) return "–";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(digits);
  return v.toFixed(a >= 100 ? 1 : digits);
}
