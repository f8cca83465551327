// KeogramPicker front-end: a night's keogram on a UT axis (latitude or CCD-row axis), hover readout,
// click / drag / arrow keys to pick a minute or a range, and the array view (every site's keogram
// stacked by latitude; click a row to pick the site). Python (widgets/keogram_picker.py) finds,
// reads and grids the keogram; `_panel` holds one-byte codes on a one-minute grid (row 0 = south).
// Server text (site names, file names, messages) only ever goes in through textContent.
// Over 500 lines on purpose, for now: the site and array views share one painter, its axes and the
// theme colours, and this widget is kept in its own file until the lead ports it onto the new seams
// (js/keogram/{axes,site,array}.js is the natural split then).
import "./keogram_picker.css";
import { bind, button, h, input, labelled, onThemeChange, setTrait, statusLine, stepButtons } from "./lib/dom.js";
import { paintPanel } from "./lib/paint.js";
import { formatLat } from "./lib/coords.js";
import { COLORMAPS, decodeValue, formatNumber, panelBytes } from "./lib/raster.js";

const MINUTE = 60000;
const MARGIN = { left: 70, right: 24, top: 10, bottom: 40 };
const BAND = 34, GAP = 3, ARRAY_LEFT = 150, ELEV_RIGHT = 44;

/** "YYYY-MM-DDTHH:MM" (UT) -> ms, NaN when empty or malformed. */
export function parseMinute(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(text || ""));
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : NaN;
}

/** ms -> "YYYY-MM-DDTHH:MM" (UT). */
export function formatMinute(ms) {
  return new Date(ms).toISOString().slice(0, 16);
}

const hhmm = (ms) => new Date(ms).toISOString().slice(11, 16);

/** Tick step (minutes) giving at most `max` ticks over `minutes`. */
export function tickStep(minutes, max = 12) {
  for (const step of [5, 10, 15, 30, 60, 120, 180, 240, 360]) if (minutes / step <= max) return step;
  return 720;
}

function resolveColor(el, token, fallback) {
  const probe = document.createElement("span");
  probe.style.display = "none";
  probe.style.color = `var(${token}, ${fallback})`;
  el.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || fallback;
}

export function renderKeogramPicker({ model, el, signal }) {
  const root = h("div", "aurora-kp");
  root.dataset.paintCount = "0";
  const title = h("div", "aurora-kp-title");
  const sourceLine = h("div", "aurora-muted aurora-small aurora-kp-source");

  // controls
  const controls = h("div", "aurora-kp-controls");
  const siteButton = button("This site", { className: "aurora-button aurora-kp-view-site", onClick: () => setTrait(model, "array_view", false), signal });
  const arrayButton = button("All sites of the array", { className: "aurora-button aurora-kp-view-array", onClick: () => setTrait(model, "array_view", true), signal });
  const views = h("span", "aurora-kp-views");
  views.setAttribute("role", "group");
  views.setAttribute("aria-label", "Keogram view");
  views.append(siteButton, arrayButton);
  const [prevDay, nextDay] = stepButtons("night", (delta) => stepDay(delta), "aurora-kp", signal);
  const dateInput = input("aurora-input aurora-kp-date", "date");
  const latCheck = input("aurora-check aurora-kp-lat", "checkbox");
  const altitude = input("aurora-input aurora-kp-alt", "number", { min: "80", max: "250", step: "5" });
  const cmap = h("select", "aurora-select aurora-kp-cmap");
  for (const name of COLORMAPS) cmap.append(new Option(name, name));
  const latGroup = h("span", "aurora-kp-group");
  latGroup.append(labelled("Latitude axis from the site's skymap", latCheck), labelled("at (km)", altitude));
  const build = button("Build from raw frames", { className: "aurora-button aurora-kp-build", onClick: () => model.send({ type: "build" }), signal });
  const fromHour = h("input", "aurora-input aurora-kp-hour");
  const toHour = h("input", "aurora-input aurora-kp-hour");
  for (const input of [fromHour, toHour]) { input.type = "number"; input.min = "0"; input.max = "24"; input.step = "1"; }
  const buildGroup = h("span", "aurora-kp-group aurora-kp-buildgroup");
  buildGroup.append(build, labelled("from (UT hour)", fromHour), labelled("to", toHour));
  const sendHours = () => {
    const a = Number(fromHour.value), b = Number(toHour.value);
    if (Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a < b && b <= 24) setTrait(model, "build_hours", [a, b]);
    else drawText();
  };
  fromHour.addEventListener("change", sendHours, { signal });
  toHour.addEventListener("change", sendHours, { signal });
  controls.append(views, prevDay, labelled("Night (UT)", dateInput), nextDay,
    latGroup,
    labelled("Colormap", cmap), buildGroup);

  const status = statusLine(model, signal);
  const progress = h("progress", "aurora-kp-progress");
  progress.setAttribute("aria-label", "Raw files read");

  // the site view
  const figure = h("figure", "aurora-kp-figure");
  const canvas = h("canvas", "aurora-kp-canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "slider");
  canvas.setAttribute("aria-label", "Keogram: choose a minute (arrow keys: one minute, Shift: ten)");
  const caption = h("figcaption", "aurora-muted aurora-small aurora-kp-caption");
  figure.append(canvas, caption);
  // the array view
  const arrayFigure = h("figure", "aurora-kp-figure aurora-kp-arrayfig");
  const arrayCanvas = h("canvas", "aurora-kp-canvas aurora-kp-arraycanvas");
  arrayCanvas.setAttribute("aria-label", "Keograms of every site of the array, north at the top; click a row to pick its site");
  const arrayList = h("ul", "aurora-sr-only aurora-kp-arraylist");
  const arrayCaption = h("figcaption", "aurora-muted aurora-small");
  arrayFigure.append(arrayCanvas, arrayCaption, arrayList);

  const readout = h("div", "aurora-kp-readout aurora-value");
  readout.setAttribute("aria-live", "polite");
  const chosen = h("div", "aurora-kp-chosen");
  const code = h("details", "aurora-kp-code");
  const codeSummary = h("summary", "", "Code");
  const codePre = h("pre", "aurora-kp-pre");
  code.append(codeSummary, codePre);
  root.append(title, sourceLine, controls, status, progress, figure, arrayFigure, readout, chosen, code);
  el.replaceChildren(root);

  const offscreen = document.createElement("canvas");
  let colours = {};
  let drag = null; // {from, to} minute indices while dragging
  let hover = null; // minute index under the pointer

  const panel = () => model.get("_panel") || {};
  const hasPanel = () => Boolean(panel().shape);
  const start = () => parseMinute(panel().start);
  const minutes = () => Number(panel().minutes || 0);

  function themeColours() {
    colours = {
      fg: resolveColor(root, "--aurora-fg", "#1f1f1f"),
      muted: resolveColor(root, "--aurora-muted", "#616161"),
      border: resolveColor(root, "--aurora-border", "#bdbdbd"),
      accent: resolveColor(root, "--aurora-accent", "#1976d2"),
      nodata: resolveColor(root, "--aurora-bg-alt", "#f5f5f5"),
      bg: resolveColor(root, "--aurora-bg", "#ffffff"),
    };
  }

  function hatch(ctx, x, y, w, hgt) {
    ctx.save();
    ctx.fillStyle = colours.nodata;
    ctx.fillRect(x, y, w, hgt);
    ctx.beginPath(); ctx.rect(x, y, w, hgt); ctx.clip();
    ctx.strokeStyle = colours.muted; ctx.globalAlpha = 0.35;
    for (let d = -hgt; d < w; d += 8) { ctx.moveTo(x + d, y + hgt); ctx.lineTo(x + d + hgt, y); }
    ctx.stroke();
    ctx.restore();
  }

  function plotRect(w, hgt) {
    const right = (panel().elev || []).length ? ELEV_RIGHT : MARGIN.right;
    return { x: MARGIN.left, y: MARGIN.top, w: w - MARGIN.left - right, h: hgt - MARGIN.top - MARGIN.bottom };
  }

  /** Rows (fractional) where the elevation along the meridian crosses 10/30/60 degrees, and its top. */
  function elevTicks(elev) {
    const ticks = [];
    for (const v of [10, 30, 60]) {
      for (let i = 0; i + 1 < elev.length; i++) {
        const a = elev[i], b = elev[i + 1];
        if (Number.isFinite(a) && Number.isFinite(b) && a !== b && (a - v) * (b - v) <= 0 && !(a === v && i > 0)) {
          ticks.push({ row: i + 0.5 + (v - a) / (b - a), label: `${v}°` });
        }
      }
    }
    let top = -1;
    elev.forEach((v, i) => { if (Number.isFinite(v) && (top < 0 || v > elev[top])) top = i; });
    if (top >= 0) ticks.push({ row: top + 0.5, label: `${Math.round(elev[top])}°` });
    return ticks;
  }

  function sizeCanvas(c, cssW, cssH) {
    const dpr = window.devicePixelRatio || 1;
    c.style.width = `${cssW}px`; c.style.height = `${cssH}px`;
    if (c.width !== Math.round(cssW * dpr)) c.width = Math.round(cssW * dpr);
    if (c.height !== Math.round(cssH * dpr)) c.height = Math.round(cssH * dpr);
    const ctx = c.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return ctx;
  }

  const cssWidth = () => Math.max(480, Math.min(980, (root.clientWidth || 900) - 4));

  function timeAxis(ctx, r, y, p, withDate) {
    const t0 = parseMinute(p.start), n = Number(p.minutes);
    const step = tickStep(n);
    ctx.fillStyle = colours.fg; ctx.strokeStyle = colours.border;
    ctx.textAlign = "center"; ctx.textBaseline = "top";
    for (let t = Math.ceil(t0 / (step * MINUTE)) * step * MINUTE; t <= t0 + n * MINUTE; t += step * MINUTE) {
      const x = r.x + ((t - t0) / MINUTE / n) * r.w;
      ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x, y + 4); ctx.stroke();
      ctx.fillText(hhmm(t), x, y + 6);
    }
    ctx.fillStyle = colours.muted;
    ctx.fillText(withDate ? `Time (UT) on ${new Date(t0).toISOString().slice(0, 10)}` : "Time (UT)", r.x + r.w / 2, y + 22);
  }

  function latTicks(lat, pxPerRow) {
    const finite = lat.filter((v) => v !== null && Number.isFinite(v));
    const span = finite.length ? Math.max(...finite) - Math.min(...finite) : 0;
    const step = span < 4 ? 0.5 : span < 25 ? 1 : 5;
    const kept = [];
    for (const t of latTicksEvery(lat, step)) { // thin out where the fisheye crowds them
      if (!kept.length || (t.row - kept[kept.length - 1].row) * pxPerRow >= 18) kept.push(t);
    }
    return kept;
  }

  function latTicksEvery(lat, step) {
    const finite = lat.filter((v) => v !== null && Number.isFinite(v));
    if (finite.length < 2) return [];
    const lo = Math.min(...finite), hi = Math.max(...finite);
    const ticks = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) {
      for (let i = 0; i + 1 < lat.length; i++) { // where the rows' latitude crosses v
        const a = lat[i], b = lat[i + 1];
        if (a === null || b === null || !((a - v) * (b - v) <= 0) || a === b) continue;
        ticks.push({ row: i + 0.5 + (v - a) / (b - a), label: formatLat(v, step < 1 ? 1 : 0) });
        break;
      }
    }
    return ticks;
  }

  function drawSite() {
    const cssW = cssWidth(), cssH = 320;
    const ctx = sizeCanvas(canvas, cssW, cssH);
    ctx.clearRect(0, 0, cssW, cssH);
    const p = panel();
    const r = plotRect(cssW, cssH);
    ctx.font = `12px ${getComputedStyle(root).fontFamily}`;
    if (!p.shape) {
      caption.textContent = "";
      ctx.fillStyle = colours.muted; ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.fillText(model.get("can_build") ? "No daily keogram for this night (build one from raw frames above)." : "No keogram to show yet.", cssW / 2, cssH / 2);
      return;
    }
    const [rows] = p.shape;
    hatch(ctx, r.x, r.y, r.w, r.h);
    paintPanel(offscreen, p, model.get("colormap") || "gray", p.display);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(offscreen, r.x, r.y, r.w, r.h);
    ctx.strokeStyle = colours.border;
    ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
    timeAxis(ctx, r, r.y + r.h, p, true);
    // row axis
    const lat = p.lat || [];
    const yOf = (row) => r.y + r.h - (row / rows) * r.h;
    ctx.fillStyle = colours.fg; ctx.textAlign = "right"; ctx.textBaseline = "middle";
    let axisTitle;
    if (lat.length) {
      for (const t of latTicks(lat, r.h / rows)) {
        const y = yOf(t.row);
        ctx.beginPath(); ctx.moveTo(r.x - 4, y); ctx.lineTo(r.x, y); ctx.stroke();
        ctx.fillText(t.label, r.x - 6, y);
      }
      axisTitle = `Geographic latitude at ${model.get("altitude_km")} km`;
    } else {
      const per = Number(p.rows_per_row || 1);
      const ccdRows = rows * per;
      const every = ccdRows > 300 ? 128 : 64;
      for (let ccd = 0; ccd < ccdRows; ccd += every) {
        const y = yOf((ccd + 0.5) / per); // the row's centre
        ctx.beginPath(); ctx.moveTo(r.x - 4, y); ctx.lineTo(r.x, y); ctx.stroke();
        ctx.fillText(String(ccd), r.x - 6, y);
      }
      axisTitle = "CCD row (north-south meridian)";
    }
    ctx.save();
    ctx.translate(14, r.y + r.h / 2); ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "center"; ctx.fillStyle = colours.muted;
    ctx.fillText(axisTitle, 0, 0);
    ctx.restore();
    ctx.textAlign = "left"; ctx.fillStyle = colours.fg;
    const elev = p.elev || [];
    if (!lat.length) { // the latitude labels say which way is north; CCD rows need it said
      ctx.textBaseline = "top";
      ctx.fillText("N", r.x + r.w + 6, r.y);
      ctx.textBaseline = "bottom";
      ctx.fillText("S", r.x + r.w + 6, r.y + r.h);
    }
    if (elev.length) { // elevation of the rows along the meridian, on the right
      ctx.textBaseline = "middle"; ctx.strokeStyle = colours.border;
      for (const t of elevTicks(elev)) {
        const y = yOf(t.row);
        ctx.beginPath(); ctx.moveTo(r.x + r.w, y); ctx.lineTo(r.x + r.w + 4, y); ctx.stroke();
        ctx.fillText(t.label, r.x + r.w + 6, y);
      }
      ctx.save();
      ctx.translate(r.x + r.w + 36, r.y + r.h / 2); ctx.rotate(Math.PI / 2);
      ctx.textAlign = "center"; ctx.fillStyle = colours.muted;
      ctx.fillText("elevation", 0, 0);
      ctx.restore();
    }
    drawMarks(ctx, r);
    caption.textContent = `${lat.length ? "Rows from south (bottom) to north (top) along the camera's meridian, elevation on the right" : "CCD rows along the camera's meridian, row 0 (south) at the bottom"}; colour: ${p.label} (${p.units}), ${formatNumber(p.display[0])} to ${formatNumber(p.display[1])}; hatched: minutes without data.`;
    root.dataset.paintCount = String(Number(root.dataset.paintCount) + 1);
  }

  function xOfMinute(r, i) { return r.x + ((i + 0.5) / minutes()) * r.w; }

  function drawMarks(ctx, r) {
    const t0 = start();
    const range = model.get("time_range") || [];
    const sel = drag ? [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)]
      : (range.length === 2 ? range.map((t) => Math.round((parseMinute(t) - t0) / MINUTE)) : null);
    if (sel && sel[1] > sel[0]) {
      const x0 = r.x + (sel[0] / minutes()) * r.w, x1 = r.x + ((sel[1] + 1) / minutes()) * r.w;
      ctx.save(); ctx.globalAlpha = 0.22; ctx.fillStyle = colours.accent;
      ctx.fillRect(x0, r.y, x1 - x0, r.h); ctx.restore();
      ctx.strokeStyle = colours.accent; ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, r.y + 0.5, x1 - x0 - 1, r.h - 1);
    }
    const t = parseMinute(model.get("time"));
    if (Number.isFinite(t)) {
      const i = Math.round((t - t0) / MINUTE);
      if (i >= 0 && i < minutes()) {
        const x = xOfMinute(r, i);
        ctx.strokeStyle = colours.bg; ctx.lineWidth = 4;
        ctx.beginPath(); ctx.moveTo(x, r.y); ctx.lineTo(x, r.y + r.h); ctx.stroke();
        ctx.strokeStyle = colours.accent; ctx.lineWidth = 2;
        ctx.beginPath(); ctx.moveTo(x, r.y); ctx.lineTo(x, r.y + r.h); ctx.stroke();
        ctx.lineWidth = 1;
      }
    }
    if (hover !== null && !drag) {
      const x = xOfMinute(r, hover);
      ctx.save(); ctx.setLineDash([3, 3]); ctx.strokeStyle = colours.fg; ctx.globalAlpha = 0.6;
      ctx.beginPath(); ctx.moveTo(x, r.y); ctx.lineTo(x, r.y + r.h); ctx.stroke(); ctx.restore();
    }
  }

  function pointAt(event) {
    const rect = canvas.getBoundingClientRect();
    const r = plotRect(rect.width, rect.height);
    const x = event.clientX - rect.left, y = event.clientY - rect.top;
    if (!hasPanel() || x < r.x || x > r.x + r.w || y < r.y || y > r.y + r.h) return null;
    const rows = panel().shape[0];
    const col = Math.min(minutes() - 1, Math.max(0, Math.floor(((x - r.x) / r.w) * minutes())));
    const row = Math.min(rows - 1, Math.max(0, Math.floor(((r.y + r.h - y) / r.h) * rows)));
    return { col, row };
  }

  function showReadout(pt) {
    const p = panel();
    if (!pt) { readout.textContent = ""; delete readout.dataset.col; return; }
    const [, w] = p.shape;
    const value = decodeValue(p, panelBytes(p)[pt.row * w + pt.col]);
    const t = start() + pt.col * MINUTE;
    const parts = [`${hhmm(t)} UT`];
    const lat = (p.lat || [])[pt.row];
    if (lat !== undefined && lat !== null) parts.push(formatLat(lat));
    parts.push(`CCD row ${Math.round((pt.row + 0.5) * Number(p.rows_per_row || 1) - 0.5)}`);
    const elev = (p.elev || [])[pt.row];
    if (elev !== undefined && Number.isFinite(elev)) parts.push(`elevation ${elev.toFixed(1)}°`);
    const step = (p.vmax - p.vmin) / 254;
    parts.push(Number.isFinite(value) ? `${p.label} ≈ ${formatNumber(value)} ± ${formatNumber(step / 2)} (${p.units})` : "no data");
    readout.textContent = parts.join(" · ");
    readout.dataset.col = String(pt.col);
    readout.dataset.row = String(pt.row);
    readout.dataset.value = String(value);
    readout.dataset.time = formatMinute(t);
  }

  function pickMinute(i) {
    const n = minutes();
    const j = Math.min(n - 1, Math.max(0, i));
    setTrait(model, "time", formatMinute(start() + j * MINUTE));
  }

  canvas.addEventListener("pointerdown", (event) => {
    const pt = pointAt(event);
    if (!pt) return;
    canvas.setPointerCapture?.(event.pointerId);
    drag = { from: pt.col, to: pt.col };
    canvas.focus();
  }, { signal });
  canvas.addEventListener("pointermove", (event) => {
    const pt = pointAt(event);
    hover = pt ? pt.col : null;
    if (drag && pt) drag.to = pt.col;
    showReadout(pt);
    paint();
  }, { signal });
  canvas.addEventListener("pointerleave", () => { hover = null; if (!drag) showReadout(null); paint(); }, { signal });
  canvas.addEventListener("pointerup", (event) => {
    if (!drag) return;
    const pt = pointAt(event);
    if (pt) drag.to = pt.col;
    const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    drag = null;
    if (b > a) {
      model.set("time_range", [formatMinute(start() + a * MINUTE), formatMinute(start() + b * MINUTE)]);
    } else {
      model.set("time_range", []);
    }
    model.set("time", formatMinute(start() + a * MINUTE));
    model.save_changes();
  }, { signal });
  canvas.addEventListener("keydown", (event) => {
    if (!hasPanel()) return;
    const t = parseMinute(model.get("time"));
    const i = Number.isFinite(t) ? Math.round((t - start()) / MINUTE) : 0;
    const step = event.shiftKey ? 10 : 1;
    if (event.key === "ArrowRight") pickMinute(i + step);
    else if (event.key === "ArrowLeft") pickMinute(i - step);
    else if (event.key === "Home") pickMinute(0);
    else if (event.key === "End") pickMinute(minutes() - 1);
    else return;
    event.preventDefault();
  }, { signal });

  // the array view
  function drawArray() {
    const rowsData = model.get("_rows") || [];
    const cssW = cssWidth();
    const cssH = Math.max(60, rowsData.length * (BAND + GAP) + MARGIN.bottom + MARGIN.top);
    const ctx = sizeCanvas(arrayCanvas, cssW, cssH);
    ctx.clearRect(0, 0, cssW, cssH);
    ctx.font = `12px ${getComputedStyle(root).fontFamily}`;
    const withData = rowsData.find((row) => row.panel);
    const r = { x: ARRAY_LEFT, y: MARGIN.top, w: cssW - ARRAY_LEFT - MARGIN.right, h: rowsData.length * (BAND + GAP) };
    arrayList.replaceChildren();
    const site = model.get("site_uid");
    rowsData.forEach((row, k) => {
      const y = r.y + k * (BAND + GAP);
      ctx.fillStyle = row.site_uid === site ? colours.accent : colours.fg;
      ctx.textAlign = "right"; ctx.textBaseline = "middle";
      ctx.fillText(`${row.site_uid} ${formatLat(row.latitude, 1)}`, r.x - 8, y + BAND / 2);
      if (row.panel) {
        hatch(ctx, r.x, y, r.w, BAND);
        paintPanel(offscreen, row.panel, model.get("colormap") || "gray", row.panel.display);
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(offscreen, r.x, y, r.w, BAND);
      } else {
        ctx.fillStyle = colours.nodata;
        ctx.fillRect(r.x, y, r.w, BAND);
        ctx.fillStyle = colours.muted; ctx.textAlign = "left";
        ctx.fillText(row.message || "no data", r.x + 8, y + BAND / 2);
      }
      ctx.strokeStyle = row.site_uid === site ? colours.accent : colours.border;
      ctx.lineWidth = row.site_uid === site ? 2 : 1;
      ctx.strokeRect(r.x + 0.5, y + 0.5, r.w - 1, BAND - 1);
      ctx.lineWidth = 1;
      const item = h("li", "", `${row.site_uid} (${row.full_name}), ${formatLat(row.latitude, 1)}: ${row.has_data ? "keogram shown" : row.message}`);
      arrayList.append(item);
    });
    if (withData) {
      timeAxis(ctx, r, r.y + r.h, withData.panel, true);
      const t = parseMinute(model.get("time")), p = withData.panel;
      const i = Math.round((t - parseMinute(p.start)) / MINUTE);
      if (Number.isFinite(t) && i >= 0 && i < p.minutes) {
        const x = r.x + ((i + 0.5) / p.minutes) * r.w;
        ctx.strokeStyle = colours.accent; ctx.lineWidth = 2;
        ctx.beginPath(); ctx.moveTo(x, r.y); ctx.lineTo(x, r.y + r.h); ctx.stroke();
        ctx.lineWidth = 1;
      }
    }
    arrayCaption.textContent = rowsData.length
      ? "Each row: one site's daily keogram (south at the bottom of its row), sites from north (top) to south; rows that say so have no keogram for this night, hatched minutes no data. Click a row to pick that site and minute."
      : "";
  }

  function arrayHit(event) {
    const rowsData = model.get("_rows") || [];
    const rect = arrayCanvas.getBoundingClientRect();
    const x = event.clientX - rect.left, y = event.clientY - rect.top - MARGIN.top;
    const k = Math.floor(y / (BAND + GAP));
    if (k < 0 || k >= rowsData.length) return null;
    const w = rect.width - ARRAY_LEFT - MARGIN.right;
    const p = rowsData.find((row) => row.panel)?.panel;
    const col = p && x >= ARRAY_LEFT ? Math.min(p.minutes - 1, Math.max(0, Math.floor(((x - ARRAY_LEFT) / w) * p.minutes))) : null;
    return { row: rowsData[k], col, p };
  }

  arrayCanvas.addEventListener("click", (event) => {
    const hit = arrayHit(event);
    if (!hit) return;
    model.set("site_uid", hit.row.site_uid);
    if (hit.col !== null && hit.p) model.set("time", formatMinute(parseMinute(hit.p.start) + hit.col * MINUTE));
    model.save_changes();
  }, { signal });
  arrayCanvas.addEventListener("pointermove", (event) => {
    const hit = arrayHit(event);
    if (!hit) { readout.textContent = ""; return; }
    const when = hit.col !== null && hit.p ? ` · ${hhmm(parseMinute(hit.p.start) + hit.col * MINUTE)} UT` : "";
    readout.textContent = `${hit.row.site_uid} (${hit.row.full_name})${when}${hit.row.has_data ? "" : ` · ${hit.row.message}`}`;
    readout.dataset.site = hit.row.site_uid;
  }, { signal });

  // model -> view
  let frame = 0;
  function paint() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!colours.fg) themeColours();
      const isArray = Boolean(model.get("array_view"));
      figure.hidden = isArray;
      arrayFigure.hidden = !isArray;
      if (isArray) drawArray(); else drawSite();
    });
  }

  function drawText() {
    const date = model.get("date") || "";
    title.textContent = `Keogram · ${model.get("dataset")} · ${model.get("site_uid") || "no site"} · ${date || "no night"}`;
    const skymap = model.get("skymap_name");
    const source = model.get("source");
    sourceLine.textContent = source ? `From ${source}${skymap ? ` · latitudes from ${skymap.split("/").pop()}` : ""}` : "";
    if (dateInput.value !== date) dateInput.value = date;
    latCheck.checked = Boolean(model.get("latitude_axis"));
    altitude.value = String(model.get("altitude_km"));
    cmap.value = model.get("colormap") || "gray";
    buildGroup.hidden = !model.get("can_build");
    const hours = model.get("build_hours") || [0, 24];
    fromHour.value = String(hours[0]); toHour.value = String(hours[1]);
    const prog = model.get("progress") || [];
    progress.hidden = prog.length !== 2;
    if (prog.length === 2) { progress.max = prog[1]; progress.value = prog[0]; }
    const isArray = Boolean(model.get("array_view"));
    siteButton.setAttribute("aria-pressed", String(!isArray));
    arrayButton.setAttribute("aria-pressed", String(isArray));
    const t = model.get("time");
    const range = model.get("time_range") || [];
    let text = t ? `Chosen minute: ${t.replace("T", " ")} UT` : "No minute chosen: click the keogram, or focus it and use the arrow keys.";
    if (range.length === 2) {
      const n = Math.round((parseMinute(range[1]) - parseMinute(range[0])) / MINUTE) + 1;
      text += ` · range ${range[0].slice(11)} → ${range[1].slice(11)} UT (${n} minutes)`;
    }
    chosen.textContent = text;
    chosen.dataset.time = t || "";
    canvas.setAttribute("aria-valuetext", t ? `${t.replace("T", " ")} UT` : "no minute chosen");
    codePre.textContent = model.get("code") || "";
    code.hidden = !model.get("code");
  }

  function stepDay(days) {
    const d = Date.parse(`${model.get("date")}T00:00:00Z`);
    if (Number.isFinite(d)) setTrait(model, "date", new Date(d + days * 86400000).toISOString().slice(0, 10));
  }

  dateInput.addEventListener("change", () => { if (dateInput.value) setTrait(model, "date", dateInput.value); }, { signal });
  latCheck.addEventListener("change", () => setTrait(model, "latitude_axis", latCheck.checked), { signal });
  altitude.addEventListener("change", () => {
    const v = Number(altitude.value);
    if (v >= 80 && v <= 250) setTrait(model, "altitude_km", v); else altitude.value = String(model.get("altitude_km"));
  }, { signal });
  cmap.addEventListener("change", () => setTrait(model, "colormap", cmap.value), { signal });

  bind(model, ["dataset", "site_uid", "date", "source", "skymap_name", "latitude_axis", "altitude_km", "colormap",
    "can_build", "build_hours", "progress", "array_view", "time", "time_range", "code"], drawText, signal);
  bind(model, ["_panel", "_rows", "array_view", "time", "time_range", "colormap", "site_uid", "can_build"], paint, signal);
  onThemeChange(() => { themeColours(); paint(); }, signal);
  if (typeof ResizeObserver !== "undefined") {
    let width = 0;
    const observer = new ResizeObserver(() => { if (root.clientWidth !== width) { width = root.clientWidth; paint(); } });
    observer.observe(root);
    signal?.addEventListener("abort", () => observer.disconnect());
  }
  signal?.addEventListener("abort", () => { if (frame) cancelAnimationFrame(frame); });
}
