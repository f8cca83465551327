// The four skymap panels (elevation, azimuth, latitude, longitude), each a one-byte panel painted
// by lib/raster.js with its colour bar, masked below the minimum elevation in the browser, with a
// hover / keyboard readout (approximate from the bytes at once, exact from Python via a custom
// message), and the A − B difference panels of compare mode.
import { h as el } from "../lib/dom.js";
import { formatLat, formatLon } from "../lib/coords.js";
import { decodeValue, formatNumber, panelImage } from "../lib/raster.js";
import { colorbar, pixelAt, putImage } from "../lib/paint.js";

export const PANEL_NAMES = ["elevation", "azimuth", "latitude", "longitude"];
const FORMAT = { elevation: (v) => `${formatNumber(v)}°`, azimuth: (v) => `${formatNumber(v)}°`, latitude: formatLat, longitude: formatLon };

/** Per-pixel mask (1 = hidden) from the elevation panel: no data, or below `minEl` degrees. */
export function elevationMask(elevation, minEl) {
  if (!elevation) return null;
  const below = new Uint8Array(256);
  below[0] = 1;
  for (let c = 1; c < 256; c++) below[c] = decodeValue(elevation, c) < minEl ? 1 : 0;
  const bytes = elevation.data;
  const mask = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) mask[i] = below[bytes[i]];
  return mask;
}

// The mask of an elevation panel at a minimum elevation, kept with the panel; `key` names it.
const MASKS = new WeakMap();
let maskCount = 0;
function maskOf(elevation, minEl) {
  if (!elevation) return { mask: null, key: "none" };
  const hit = MASKS.get(elevation);
  if (hit && hit.minEl === minEl) return hit;
  const entry = { minEl, mask: elevationMask(elevation, minEl), key: `m${++maskCount}` };
  MASKS.set(elevation, entry);
  return entry;
}

function masked(panel, mask) {
  if (!mask || mask.length !== panel.data.length) return panel;
  const out = new Uint8Array(panel.data);
  for (let i = 0; i < out.length; i++) if (mask[i]) out[i] = 0;
  return { ...panel, data: out };
}

/**
 * Build the panels block. `exactAt(row, col, signal)` asks Python for a pixel's exact values
 * (a command, resolving to them); a newer hover aborts the older request.
 */
export function createPanels({ exactAt, signal, onPaint }) {
  const root = el("div", "aurora-sb-panels-block");
  const grid = el("div", "aurora-sb-panels");
  const diffTitle = el("div", "aurora-sb-subtitle");
  const diffGrid = el("div", "aurora-sb-panels aurora-sb-diff");
  const stats = el("div", "aurora-sb-stats");
  const readout = el("div", "aurora-sb-readout");
  readout.setAttribute("role", "status");
  readout.setAttribute("aria-live", "polite");
  readout.textContent = "Hover a panel (or focus it and use the arrow keys) to read a pixel.";
  root.append(grid, readout, diffTitle, stats, diffGrid);

  let state = { panels: {}, diff: {}, stats: {}, colormap: "viridis", minEl: 10, altitude: 110 };
  let cursor = null;
  /** @type {AbortController | null} */
  let pending = null;
  let painted = false;
  const cells = {};
  const diffCells = {};

  function makeCell(container, name, store, isDiff) {
    const fig = el("figure", "aurora-sb-panel");
    const caption = el("figcaption", "aurora-sb-panel-title", isDiff ? `Δ ${name}` : name);
    const canvas = el("canvas", "aurora-raster aurora-sb-canvas");
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `${isDiff ? "difference of " : ""}${name} panel; arrow keys move the readout cursor`);
    const bar = el("div", "aurora-sb-colorbar");
    fig.append(caption, canvas, bar);
    container.append(fig);
    store[name] = { fig, canvas, bar, name, isDiff };
    canvas.addEventListener("mousemove", (event) => {
      const panel = (isDiff ? state.diff : state.panels)[name];
      if (!panel) return;
      const at = pixelAt(canvas, panel, event);
      if (at) setCursor(at.row, at.col);
    }, { signal });
    canvas.addEventListener("keydown", (event) => {
      const panel = (isDiff ? state.diff : state.panels)[name];
      if (!panel) return;
      const [h, w] = panel.shape;
      let { row, col } = cursor || { row: Math.floor(h / 2), col: Math.floor(w / 2) };
      const step = event.shiftKey ? 10 : 1;
      if (event.key === "ArrowUp") row = Math.min(h - 1, row + step);
      else if (event.key === "ArrowDown") row = Math.max(0, row - step);
      else if (event.key === "ArrowLeft") col = Math.max(0, col - step);
      else if (event.key === "ArrowRight") col = Math.min(w - 1, col + step);
      else return;
      event.preventDefault();
      setCursor(row, col);
    }, { signal });
  }
  for (const name of PANEL_NAMES) {
    makeCell(grid, name, cells, false);
    makeCell(diffGrid, name, diffCells, true);
  }

  function valueText(name, value) {
    return `${name} ${FORMAT[name](value)}`;
  }

  function setCursor(row, col) {
    cursor = { row, col };
    const p = state.panels;
    const anyPanel = p.elevation || Object.values(p)[0];
    if (!anyPanel) return;
    const w = anyPanel.shape[1];
    const parts = [`pixel (${row}, ${col})`];
    for (const name of PANEL_NAMES) {
      const panel = p[name];
      if (panel) parts.push(valueText(name, decodeValue(panel, panel.data[row * w + col])));
    }
    const diffParts = [];
    for (const name of PANEL_NAMES) {
      const d = state.diff[name];
      if (d) diffParts.push(`Δ${name} ${formatNumber(decodeValue(d, d.data[row * w + col]))}°`);
    }
    readout.dataset.row = String(row);
    readout.dataset.col = String(col);
    readout.dataset.exact = "false";
    const elev = p.elevation ? decodeValue(p.elevation, p.elevation.data[row * w + col]) : NaN;
    readout.dataset.elevation = String(elev);
    readout.textContent = `${parts.join(" · ")} (approx., at ${state.altitude} km)${diffParts.length ? ` · ${diffParts.join(" · ")}` : ""}`;
    if (pending) pending.abort();
    const asked = new AbortController();
    pending = asked;
    exactAt(row, col, asked.signal).then(showExact, () => { /* superseded, or the kernel is gone: keep the approximation */ });
  }

  function showExact(msg) {
    if (!msg || msg.error) return;
    const parts = [`pixel (${msg.row}, ${msg.col})`];
    for (const name of PANEL_NAMES) parts.push(valueText(name, msg[name] == null ? NaN : msg[name]));
    readout.dataset.exact = "true";
    readout.dataset.elevation = String(msg.elevation);
    readout.textContent = `${parts.join(" · ")} (exact, at ${formatNumber(msg.altitude_km, 0)} km)`;
  }

  // A skymap shown again brings back the same decoded panel objects (codec.js keeps them by digest):
  // its RGBA images and colour bars are kept with them, so repainting it is four putImageData calls.
  const images = new WeakMap(); // decoded panel -> {key, image}
  const bars = new WeakMap(); // decoded panel -> {colormap, el}
  function imageOf(panel, colormap, mask, maskKey) {
    const key = `${colormap}|${maskKey}`;
    const hit = images.get(panel);
    if (hit && hit.key === key) return hit.image;
    const [h, w] = panel.shape;
    const image = new ImageData(w, h);
    image.data.set(panelImage(masked(panel, mask), colormap));
    images.set(panel, { key, image });
    return image;
  }
  function barOf(panel, colormap) {
    const hit = bars.get(panel);
    if (hit && hit.colormap === colormap) return hit.el;
    const bar = colorbar(panel, colormap);
    bars.set(panel, { colormap, el: bar });
    return bar;
  }

  function paintSet(store, panels, colormap, mask, maskKey) {
    for (const name of PANEL_NAMES) {
      const cell = store[name];
      const panel = panels[name];
      cell.fig.hidden = !panel;
      if (!panel) continue;
      putImage(cell.canvas, imageOf(panel, colormap, mask, maskKey));
      const bar = barOf(panel, colormap);
      if (cell.bar.firstChild !== bar) cell.bar.replaceChildren(bar);
    }
  }

  function samePanels(a, b) {
    const ka = Object.keys(a || {}), kb = Object.keys(b || {});
    return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
  }

  /** Apply `next` and repaint; returns false (and paints nothing) when nothing visible changed. */
  function update(next) {
    const prev = state;
    state = { ...state, ...next };
    const same = samePanels(prev.panels, state.panels) && samePanels(prev.diff, state.diff)
      && prev.colormap === state.colormap && prev.minEl === state.minEl && prev.altitude === state.altitude
      && (prev.stats === state.stats || JSON.stringify(prev.stats) === JSON.stringify(state.stats));
    if (same && painted) return false;
    painted = true;
    const { mask, key: maskKey } = maskOf(state.panels.elevation, state.minEl);
    paintSet(cells, state.panels, state.colormap, mask, maskKey);
    const hasDiff = Object.keys(state.diff || {}).length > 0;
    diffGrid.hidden = !hasDiff;
    stats.hidden = !hasDiff;
    diffTitle.hidden = !hasDiff;
    if (hasDiff) {
      paintSet(diffCells, state.diff, "coolwarm", mask, maskKey);
      diffTitle.textContent = `Difference: chosen − ${state.stats.filename || "compared"} (at ${state.altitude} km)`;
      stats.textContent = `max |Δ|: ${PANEL_NAMES.filter((n) => n in state.stats)
        .map((n) => `${n} ${formatNumber(state.stats[n], 3)}°`).join(" · ")}`;
    }
    if (cursor && state.panels.elevation) {
      const [h, w] = state.panels.elevation.shape;
      if (cursor.row < h && cursor.col < w) setCursor(cursor.row, cursor.col);
    }
    if (onPaint) onPaint();
    return true;
  }

  return { el: root, update, canvases: cells };
}
