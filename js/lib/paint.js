// Colour-mapped rasters on the page: paint panels into canvases, colour bars, pixel under the
// mouse. The pure parts (lookup tables, contrast, RGBA images) are in ./raster.js.
import { colormapLut, formatNumber, panelImage } from "./raster.js";

/**
 * Paint a panel into `canvas` (its size becomes the panel size; CSS scales it).
 * Row 0 of the array is drawn at the bottom (origin "lower"), as the data layer orients arrays.
 * `range` optionally narrows the colour scale to [lo, hi] in data units (contrast).
 */
export function paintPanel(canvas, panel, colormap = "viridis", range = null) {
  const [h, w] = panel.shape;
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext("2d");
  const image = ctx.createImageData(w, h);
  image.data.set(panelImage(panel, colormap, range));
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** Put a ready ImageData into `canvas` (sized to it), e.g. one kept from an earlier paint. */
export function putImage(canvas, image) {
  if (canvas.width !== image.width) canvas.width = image.width;
  if (canvas.height !== image.height) canvas.height = image.height;
  canvas.getContext("2d").putImageData(image, 0, 0);
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
