// Map view: the raw frames of one minute projected through the chosen skymap's corner grid on an
// offline map (land, coastlines, graticule, site marker, field-of-view edge at the minimum
// elevation). Every pixel quad is rasterised once into a screen-pixel -> image-pixel index, so a
// new frame, contrast, colormap or minimum elevation repaints with no round trip. Blink and
// side-by-side compare the chosen and the compared skymap. The land/graticule base and the
// coastlines are drawn once per projection and theme into layers; `update` repaints only when
// something it was given actually changed.
//
// Neighbouring sites (only when the user turns them on): each neighbour's binned frames are
// rasterised through its own corner grid, and the chosen site and its neighbours are painted as one
// mosaic with a per-screen-pixel elevation buffer: a pixel is painted only where it is nearer its
// own zenith than what is already there (the rule of python `data.projection.mosaic`). Every site
// uses the same contrast percentiles and colormap; the scrubber steps all sites together (each
// neighbour shows its frame nearest in time). With no neighbours, painting is unchanged.
//
// Zoom and pan change the d3 projection's scale and translate (never a CSS transform: the frame is
// rasterised again at the new scale, so zoomed pixels stay sharp and the test hooks stay exact). The
// mouse wheel zooms about the cursor, a two-finger pinch about the fingers' midpoint, a drag pans, a
// double-click, "Reset view" or the 0 key returns to the fitted view; with the canvas focused, +/-
// zoom about the centre and the arrow keys pan. A burst of wheel, drag or pinch events costs one
// repaint per animation frame. Side-by-side views share the
// projection, so they share the zoom.
//
// Over 500 lines on purpose: the paint (one screen-pixel index shared by the single view, blink,
// side-by-side, the mosaic and range playback) and the zoom/pan state it is drawn for are one
// closure; the pure parts already live apart (rasterise.js, geo.js, lib/paint.js, player.js), and
// the playback controls in playback_controls.js.
import { h as el, labelled } from "../lib/dom.js";
import { colormapLut, COLORMAPS, decodeValue } from "../lib/raster.js";
import { drawMapLayers, siteProjection } from "./geo.js";
import { createPlaybackControls } from "./playback_controls.js";
import { rasterise, screenCorners } from "./rasterise.js";

const WIDTH = 460, HEIGHT = 400;
/** Zoom factors relative to the fitted view; key presses zoom by KEY_ZOOM and pan by KEY_PAN px. */
const MIN_ZOOM = 1, MAX_ZOOM = 12, KEY_ZOOM = 1.25, KEY_PAN = 40;
/** Wheel zoom: factor exp(-deltaY * WHEEL_RATE) per event (deltaY in pixels; 100 px ~ 1.2x). */
const WHEEL_RATE = 0.002;
/** Upper bound of `neighbour_radius_km` (MAX_NEIGHBOUR_RADIUS_KM in skymap_browser.py). */
const MAX_RADIUS_KM = 6000;
let hintIds = 0;
const raf = (fn) => (typeof requestAnimationFrame === "function" ? requestAnimationFrame(fn) : setTimeout(fn, 16));

/** Start a path along the closed polygon `pts` ([[x, y], ...] in screen pixels). */
function tracePolygon(ctx, pts) {
  ctx.beginPath();
  pts.forEach(([x, y], i) => {
    if (i) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
  });
  ctx.closePath();
}

/** A site's dot and its label (with a halo, readable on any frame); the chosen site's dot is larger and filled. */
function drawSite(ctx, [x, y], uid, chosen, colors) {
  ctx.beginPath(); ctx.arc(x, y, chosen ? 4 : 3.5, 0, 2 * Math.PI);
  ctx.fillStyle = chosen ? colors.accent : colors.bg; ctx.fill();
  ctx.strokeStyle = chosen ? colors.bg : colors.accent; ctx.lineWidth = 1.5; ctx.stroke();
  const [dx, dy] = chosen ? [7, -6] : [6, -5];
  ctx.font = `${chosen ? 12 : 11}px sans-serif`;
  ctx.strokeStyle = colors.bg; ctx.lineWidth = 3; ctx.lineJoin = "round";
  ctx.strokeText(uid, x + dx, y + dy);
  ctx.fillStyle = colors.fg;
  ctx.fillText(uid, x + dx, y + dy);
}

/**
 * The theme's colours for canvas drawing, resolved to rgb() by the browser (the --aurora-map-* tokens
 * are color-mix() expressions, which a canvas may not parse), the same tokens the site picker's map uses.
 */
function tokens(root) {
  const probe = document.createElement("span");
  probe.style.display = "none";
  root.append(probe);
  const get = (name, fallback) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const colors = {
    bg: get("--aurora-bg", "#fff"), water: get("--aurora-map-water", "#f5f5f5"), land: get("--aurora-map-land", "#e0e0e0"),
    grid: get("--aurora-map-grid", "#bbb"), coast: get("--aurora-map-coast", "#666"),
    accent: get("--aurora-accent", "#1976d2"), fg: get("--aurora-fg", "#111"),
  };
  probe.remove();
  return colors;
}

/** Build the map view. `setTrait(name, value)` writes a synced trait. */
export function createMapView({ root, setTrait, signal, onPaint, request }) {
  const block = el("section", "aurora-sb-map");
  block.setAttribute("aria-label", "Frame projected on the map");
  const controls = el("div", "aurora-sb-controls");
  const prev = el("button", "aurora-button", "◀"); prev.type = "button"; prev.setAttribute("aria-label", "Previous frame");
  const play = el("button", "aurora-button", "Play"); play.type = "button"; play.setAttribute("aria-pressed", "false");
  const next = el("button", "aurora-button", "▶"); next.type = "button"; next.setAttribute("aria-label", "Next frame");
  const scrub = el("input", "aurora-range"); scrub.type = "range"; scrub.min = "0"; scrub.max = "0"; scrub.step = "1";
  const timeLabel = el("span", "aurora-sb-time", "–");
  const cmap = el("select", "aurora-select");
  for (const name of COLORMAPS) cmap.append(new Option(name, name));
  const lo = el("input", "aurora-range aurora-sb-small"); lo.type = "range"; lo.min = "0"; lo.max = "50"; lo.step = "0.5";
  const hi = el("input", "aurora-range aurora-sb-small"); hi.type = "range"; hi.min = "50"; hi.max = "100"; hi.step = "0.5";
  const mode = el("select", "aurora-select");
  mode.append(new Option("single skymap", "single"), new Option("blink A/B", "blink"), new Option("side by side A | B", "side"));
  scrub.setAttribute("aria-label", "Frame of the minute");
  cmap.setAttribute("aria-label", "Map colormap");
  lo.setAttribute("aria-label", "Contrast low percentile");
  hi.setAttribute("aria-label", "Contrast high percentile");
  mode.setAttribute("aria-label", "Map comparison mode");
  const nbToggle = el("input", "aurora-check"); nbToggle.type = "checkbox";
  nbToggle.setAttribute("aria-label", "Neighbouring sites");
  const nbField = el("label", "aurora-field");
  nbField.append(nbToggle, el("span", "aurora-field-label", "Neighbouring sites"));
  const radius = el("input", "aurora-input aurora-sb-radius"); radius.type = "number";
  radius.min = "0"; radius.max = String(MAX_RADIUS_KM); radius.step = "100";
  radius.setAttribute("aria-label", "Neighbour radius (km)");
  const radiusField = el("label", "aurora-field");
  radiusField.append(el("span", "aurora-field-label", "within"), radius, el("span", "aurora-field-label", "km"));
  const nbControls = el("span", "aurora-field"); // the check box and its radius stay together
  nbControls.append(nbField, radiusField);
  const contrastControls = el("span", "aurora-field"); // "low %" and "high %" stay together, on one row
  contrastControls.append(labelled("Contrast low %", lo), labelled("high %", hi));
  const frameField = labelled("Frame", scrub);
  controls.append(prev, play, next, frameField, timeLabel, labelled("Colormap", cmap),
    contrastControls, labelled("Compare", mode), nbControls);
  const zoomBar = el("div", "aurora-sb-controls");
  const reset = el("button", "aurora-button", "Reset view"); reset.type = "button";
  reset.title = "Back to the fitted map (double-click the map, or press 0 on it)";
  const zoomValue = el("output", "aurora-value", "1.0×");
  zoomValue.setAttribute("aria-label", "Map zoom");
  const hint = el("span", "aurora-muted aurora-small",
    "Wheel or +/− zoom · drag or arrow keys pan · double-click or 0 resets");
  hint.id = `aurora-sb-maphint-${++hintIds}`;
  zoomBar.append(reset, zoomValue, hint);
  const note = el("div", "aurora-note");
  note.setAttribute("role", "status");
  const nbBox = el("div", "aurora-sb-neighbours");
  nbBox.setAttribute("aria-label", "Neighbouring sites");
  const nbNote = el("div", "aurora-note");
  const nbList = el("ul", "aurora-sb-nblist");
  nbBox.append(nbNote, nbList);
  nbBox.hidden = true;
  const views = el("div", "aurora-sb-mapviews");
  const makeView = (labelText) => {
    const fig = el("figure", "aurora-sb-mapfig");
    const canvas = el("canvas", "aurora-sb-mapcanvas");
    canvas.width = WIDTH; canvas.height = HEIGHT;
    canvas.tabIndex = 0; // keyboard zoom and pan
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `Map ${labelText}: nothing drawn yet (choose a site)`); // replaced once drawn
    canvas.setAttribute("aria-describedby", hint.id);
    const cap = el("figcaption", "aurora-muted aurora-small", labelText);
    fig.append(canvas, cap);
    views.append(fig);
    return { fig, canvas, cap, index: null, edge: null };
  };
  const viewA = makeView("A"), viewB = makeView("B");
  viewB.fig.hidden = true; // shown in side-by-side mode only (not as a second blank map before a site)
  // Playback of a range (issue #15): the controls hand over what each site shows at the head (s.play).
  const player = request ? createPlaybackControls({ request, setTrait, signal, onFrame: (shown) => { const was = !!s.play; s = { ...s, play: shown }; if (was !== !!shown) { if (shown) stopPlay(); updateControls(); } paint(); } }) : null;
  block.append(controls, ...(player ? [player.el] : []), note, nbBox, zoomBar, views);

  let s = {
    grid: null, compareGrid: null, frames: null, elevation: null, azimuth: null, site: null,
    minEl: 10, colormap: "gray", contrast: [1, 99.5], frame: 0, mode: "single", framesStatus: "idle",
    framesMessage: "", selected: "", compare: "",
    neighbours: [], showNeighbours: false, neighbourRows: [], neighboursStatus: "off", neighboursMessage: "",
    neighbourRadius: null, play: null,
  };
  let projection = null, projectionKey = "", cornersA = null, cornersB = null, indexA = null, indexB = null;
  let mask = null, colors = null, blinkShowB = false, blinkTimer = null, playTimer = null, paintCount = 0;
  let layer = null, layerCanvas = null;
  // Land/graticule base and coastlines under the current projection and theme (both views share them).
  let base = null, coast = null;
  // Neighbours: per decoded neighbour, its screen index, min-elevation mask, elevations, FOV edge.
  let nbPrepared = new Map(), best = null, owner = null, ownerSites = [];
  // Zoom: `fitted` is the projection's scale and translate as fitted to the sites; `zoom` the view
  // asked for (k times the fitted scale, translate tx, ty), applied to the projection before the
  // next paint or test hook (`applyView`). `epoch` counts projection changes, for the neighbour caches.
  let fitted = null, zoom = { k: 1, tx: 0, ty: 0 }, viewPending = false, epoch = 0, repaintQueued = false;
  let lastPaintMs = 0;

  const fitPoints = (g) => {
    const pts = (g.fit || []).slice();
    if (pts.length < 3) {
      for (let k = 0; k < g.lat.length; k += 7) if (Number.isFinite(g.lat[k]) && Number.isFinite(g.lon[k])) pts.push([g.lon[k], g.lat[k]]);
    }
    return pts;
  };

  /**
   * Fit the projection to the site (and its neighbours). The key is the site and the neighbour set,
   * not the skymap: another skymap (or altitude) of the same site keeps the projection and so the
   * zoom and pan, because comparing skymaps zoomed in on the same spot is the point. Another site or
   * another neighbour set changes what the fitted view shows, so the view is fitted again at 1x.
   */
  function rebuildProjection() {
    if (!s.grid || !s.site) return;
    const nbs = s.neighbours.filter((n) => n.grid);
    const key = `${s.site.site_uid}|${s.site.latitude}|${s.site.longitude}|${nbs.map((n) => n.site.site_uid).join(",")}`;
    if (key === projectionKey && projection) return;
    const pts = fitPoints(s.grid);
    for (const n of nbs) pts.push(...fitPoints(n.grid));
    projection = siteProjection(s.site, pts, WIDTH, HEIGHT);
    projectionKey = key;
    fitted = { scale: projection.scale(), translate: projection.translate() };
    zoom = { k: 1, tx: fitted.translate[0], ty: fitted.translate[1] };
    viewPending = false;
    projectionChanged();
    updateZoomControls();
  }

  /** Everything drawn or indexed through the projection is stale (the neighbours' by `epoch`). */
  function projectionChanged() {
    cornersA = cornersB = indexA = indexB = null;
    epoch += 1;
    dropLayers();
  }

  /** Apply the asked-for zoom and pan to the projection (once, however many events asked). */
  function applyView() {
    if (!viewPending || !projection || !fitted) return;
    viewPending = false;
    projection.scale(fitted.scale * zoom.k).translate([zoom.tx, zoom.ty]);
    projectionChanged();
  }

  /** Quads larger than this are projection cuts (a third of the canvas, at the applied zoom). */
  function quadLimit() {
    return (WIDTH / 3) * (fitted ? projection.scale() / fitted.scale : 1);
  }

  /**
   * Ask for zoom `k` and translate (tx, ty), clamped: k within MIN_ZOOM..MAX_ZOOM, and the fitted
   * view (the whole canvas at 1x) must still cover the canvas centre. Returns whether it changed.
   */
  function setView(k, tx, ty) {
    if (!fitted) return false;
    k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
    const [t0x, t0y] = fitted.translate;
    tx = Math.min(WIDTH / 2 + k * t0x, Math.max(WIDTH / 2 - k * (WIDTH - t0x), tx));
    ty = Math.min(HEIGHT / 2 + k * t0y, Math.max(HEIGHT / 2 - k * (HEIGHT - t0y), ty));
    if (Math.abs(k - zoom.k) < 1e-9 && Math.abs(tx - zoom.tx) < 1e-6 && Math.abs(ty - zoom.ty) < 1e-6) return false;
    zoom = { k, tx, ty };
    viewPending = true;
    updateZoomControls();
    requestRepaint();
    return true;
  }

  /** Zoom by `factor` about screen point [px, py]: that point keeps its place on the map. */
  /** @param {number} factor @param {number[]} point canvas [x, y] */
  function zoomAt(factor, [px, py]) {
    const k0 = zoom.k, k1 = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k0 * factor));
    return setView(k1, px - (px - zoom.tx) * (k1 / k0), py - (py - zoom.ty) * (k1 / k0));
  }
  const panBy = (dx, dy) => setView(zoom.k, zoom.tx + dx, zoom.ty + dy);
  const resetView = () => (fitted ? setView(1, fitted.translate[0], fitted.translate[1]) : false);

  function updateZoomControls() {
    zoomValue.textContent = `${zoom.k.toFixed(1)}×`;
  }

  /** One repaint in the next animation frame, for any number of zoom/pan events until then. */
  function requestRepaint() {
    if (repaintQueued) return;
    repaintQueued = true;
    raf(() => { if (repaintQueued && !signal.aborted) paint(); });
  }

  /** Screen index, mask, elevations and times of a neighbour under the current projection (cached). */
  function prepared(n) {
    let p = nbPrepared.get(n);
    if (!p || p.grid !== n.grid) {
      const elvTable = new Float32Array(256);
      for (let c = 0; c < 256; c++) elvTable[c] = decodeValue(n.elevation, c);
      const elv = new Float32Array(n.elevation.data.length);
      for (let i = 0; i < elv.length; i++) elv[i] = elvTable[n.elevation.data[i]];
      const times = (n.frames.timestamps || []).map((t) => Date.parse(`${t}Z`));
      p = { grid: n.grid, epoch: -1, corners: null, index: null, elv, times, mask: null, maskMinEl: null,
        edge: null, edgeKey: "", inside: null };
      nbPrepared.set(n, p);
    }
    if (p.epoch !== epoch) {
      p.corners = screenCorners(n.grid, projection);
      p.index = rasterise(p.corners, WIDTH, HEIGHT, quadLimit());
      p.epoch = epoch;
    }
    if (p.maskMinEl !== s.minEl) {
      p.mask = new Uint8Array(p.elv.length);
      for (let i = 0; i < p.elv.length; i++) p.mask[i] = p.elv[i] >= s.minEl ? 0 : 1; // NaN is masked
      p.maskMinEl = s.minEl;
    }
    if (p.edgeKey !== `${epoch}|${s.minEl}`) {
      p.edge = fovEdge(p.corners, n.elevation, n.azimuth);
      p.inside = insideOf(p.edge);
      p.edgeKey = `${epoch}|${s.minEl}`;
    }
    return p;
  }

  /** The neighbour's frame nearest in time to the chosen site's current frame. */
  function neighbourFrame(n, p) {
    const count = n.frames.shape[0];
    const stamps = s.frames && s.framesStatus === "ready" ? s.frames.timestamps : null;
    const f = Math.max(0, s.frame);
    if (!stamps?.length || !p.times.length) return Math.min(count - 1, f);
    const t = Date.parse(`${stamps[Math.min(f, stamps.length - 1)]}Z`);
    let bestK = 0;
    for (let k = 1; k < p.times.length; k++) if (Math.abs(p.times[k] - t) < Math.abs(p.times[bestK] - t)) bestK = k;
    return Math.min(count - 1, bestK);
  }

  // Playback: a site's frame at the head when it is drawable (right size), its stale alpha, its label,
  // and one contrast table per site for the whole range (so brightness does not jump between files).
  let playTables = new Map(), playTablesFor = "";
  const STALE_ALPHA = 110;
  const playSite = (uid) => s.play?.sites.find((x) => x.uid === uid) || null;
  const playFrame = (ps, pixels) => (ps?.status === "ready" && ps.frame.length === pixels ? ps : null);
  function playTable(uid, frame, siteMask) {
    const key = `${s.play.key}|${s.contrast}`;
    if (key !== playTablesFor) { playTables = new Map(); playTablesFor = key; }
    if (!playTables.has(uid)) playTables.set(uid, remapTable(frame, siteMask).table);
    return playTables.get(uid);
  }
  function siteLabel(uid) {
    if (!s.play) return uid;
    const ps = playSite(uid);
    return ps?.status === "ready" ? (ps.stale ? `${uid} · stale ${ps.ageS}s` : uid) : `${uid} · no data`;
  }

  function dropLayers() {
    base = null; coast = null;
    for (const v of [viewA, viewB]) v.edge = null;
  }

  function ensureIndexes() {
    if (!projection) return;
    applyView();
    if (s.grid && !indexA) { cornersA = screenCorners(s.grid, projection); indexA = rasterise(cornersA, WIDTH, HEIGHT, quadLimit()); }
    if (s.compareGrid && !indexB) {
      cornersB = screenCorners(s.compareGrid, projection); indexB = rasterise(cornersB, WIDTH, HEIGHT, quadLimit());
    }
  }

  function rebuildMask() {
    const e = s.elevation;
    if (!e) { mask = null; return; }
    const below = new Uint8Array(256); below[0] = 1;
    for (let c = 1; c < 256; c++) below[c] = decodeValue(e, c) < s.minEl ? 1 : 0;
    mask = new Uint8Array(e.data.length);
    for (let i = 0; i < mask.length; i++) mask[i] = below[e.data[i]];
  }

  function centre(corners, row, col) {
    const W1 = corners.w + 1, a = row * W1 + col;
    const xs = [corners.sx[a], corners.sx[a + 1], corners.sx[a + W1], corners.sx[a + W1 + 1]];
    const ys = [corners.sy[a], corners.sy[a + 1], corners.sy[a + W1], corners.sy[a + W1 + 1]];
    return [(xs[0] + xs[1] + xs[2] + xs[3]) / 4, (ys[0] + ys[1] + ys[2] + ys[3]) / 4];
  }

  /** FOV edge of a view, recomputed only when the panels, the minimum elevation or the grid change. */
  function cachedEdge(view, corners) {
    const e = view.edge;
    if (e && e.corners === corners && e.elevation === s.elevation && e.azimuth === s.azimuth && e.minEl === s.minEl) {
      return e.pts;
    }
    const pts = fovEdge(corners, s.elevation, s.azimuth);
    view.edge = { corners, elevation: s.elevation, azimuth: s.azimuth, minEl: s.minEl, pts, inside: insideOf(pts) };
    return pts;
  }

  /**
   * Screen pixels inside a field-of-view edge (1) or not (0). Rim pixels look at the sky near the
   * horizon, so their quads are long and thin on the map; clipping to the edge drawn over the frame
   * keeps the rim clean instead of jagged (the edge runs through the rim pixels' centres).
   */
  function insideOf(pts) {
    if (!pts || pts.length < 3) return null;
    const c = document.createElement("canvas");
    c.width = WIDTH; c.height = HEIGHT;
    const g = c.getContext("2d");
    tracePolygon(g, pts);
    g.fillStyle = "#000"; g.fill();
    const alpha = g.getImageData(0, 0, WIDTH, HEIGHT).data, inside = new Uint8Array(WIDTH * HEIGHT);
    for (let q = 0; q < inside.length; q++) inside[q] = alpha[q * 4 + 3] >= 128 ? 1 : 0;
    return inside;
  }

  /** FOV edge: per azimuth bin, the lowest pixel at or above the minimum elevation. */
  function fovEdge(corners, e, a) {
    if (!e || !a || !corners) return [];
    const bins = 120, best = new Float32Array(bins).fill(Infinity), where = new Int32Array(bins).fill(-1);
    const elv = new Float32Array(256), azv = new Float32Array(256);
    for (let c = 0; c < 256; c++) { elv[c] = decodeValue(e, c); azv[c] = decodeValue(a, c); }
    for (let i = 0; i < e.data.length; i++) {
      const ev = elv[e.data[i]], av = azv[a.data[i]];
      if (!(ev >= s.minEl) || Number.isNaN(av)) continue;
      const b = Math.min(bins - 1, Math.floor((av / 360) * bins));
      if (ev < best[b]) { best[b] = ev; where[b] = i; }
    }
    const w = e.shape[1], raw = [];
    for (let b = 0; b < bins; b++) {
      if (where[b] < 0) continue;
      const p = centre(corners, Math.floor(where[b] / w), where[b] % w);
      if (Number.isFinite(p[0]) && Number.isFinite(p[1])) raw.push(p);
    }
    // light smoothing over neighbouring bins: the edge pixels step in whole-pixel increments
    const pts = raw.map((_, i) => {
      const a = raw[(i + raw.length - 1) % raw.length], b = raw[i], c = raw[(i + 1) % raw.length];
      return [(a[0] + 2 * b[0] + c[0]) / 4, (a[1] + 2 * b[1] + c[1]) / 4];
    });
    return pts;
  }

  function remapTable(frame, siteMask = mask) {
    const hist = new Float64Array(256);
    let total = 0;
    for (let i = 0; i < frame.length; i++) {
      const code = frame[i];
      if (code === 0 || (siteMask?.[i])) continue;
      hist[code] += 1; total += 1;
    }
    const find = (pct) => {
      const target = (pct / 100) * total;
      let acc = 0;
      for (let c = 1; c < 256; c++) { acc += hist[c]; if (acc >= target) return c; }
      return 255;
    };
    const cLo = total ? find(s.contrast[0]) : 1, cHi = total ? Math.max(find(s.contrast[1]), cLo + 1) : 255;
    const table = new Uint8Array(256);
    for (let c = 1; c < 256; c++) table[c] = Math.max(0, Math.min(255, Math.round(((c - cLo) / (cHi - cLo)) * 255)));
    return { table, cLo, cHi };
  }

  function paintView(view, index, corners, label) {
    const ctx = view.canvas.getContext("2d");
    if (!base) {
      base = document.createElement("canvas");
      coast = document.createElement("canvas");
      base.width = coast.width = WIDTH; base.height = coast.height = HEIGHT;
      drawMapLayers(base.getContext("2d"), coast.getContext("2d"), projection, WIDTH, HEIGHT, colors);
    }
    ctx.drawImage(base, 0, 0);
    const frames = s.frames;
    const edge = cachedEdge(view, corners);
    const inside = view.edge ? view.edge.inside : null;
    const nbs = s.showNeighbours ? s.neighbours.filter((n) => n.grid && n.frames && n.elevation) : [];
    const pf = s.play && !nbs.length ? playFrame(s.play.sites[0], s.grid.image_shape[0] * s.grid.image_shape[1]) : null;
    if (nbs.length) paintMosaic(view, ctx, index, nbs, inside);
    else if (index && (s.play ? pf : frames && s.framesStatus === "ready")) {
      const [n, h, w] = pf ? [1, 0, 0] : frames.shape;
      const f = Math.max(0, Math.min(n - 1, s.frame));
      const frame = pf ? pf.frame : frames.data.subarray(f * h * w, (f + 1) * h * w);
      const { table, cLo, cHi } = pf ? { table: playTable(pf.uid, frame, mask), cLo: 0, cHi: 0 } : remapTable(frame);
      const alpha = pf?.stale ? STALE_ALPHA : 255;
      view.canvas.dataset.contrastCodes = `${cLo},${cHi}`;
      const lut = colormapLut(s.colormap);
      if (!layer) {
        layer = new ImageData(WIDTH, HEIGHT);
        layerCanvas = document.createElement("canvas");
        layerCanvas.width = WIDTH; layerCanvas.height = HEIGHT;
      }
      const out = layer.data;
      out.fill(0);
      for (let p = 0; p < index.length; p++) {
        const i = index[p];
        if (i < 0 || (mask?.[i]) || (inside && !inside[p])) continue;
        const code = frame[i];
        if (code === 0 && !pf) continue; // in playback 0 is the low end of the range's scale, not "no data"
        const k = table[code] * 4, o = p * 4;
        out[o] = lut[k]; out[o + 1] = lut[k + 1]; out[o + 2] = lut[k + 2]; out[o + 3] = alpha;
      }
      layerCanvas.getContext("2d").putImageData(layer, 0, 0);
      ctx.drawImage(layerCanvas, 0, 0);
    }
    ctx.drawImage(coast, 0, 0);
    if (edge.length > 2) {
      tracePolygon(ctx, edge);
      if (!s.play && !(s.frames && s.framesStatus === "ready")) {
        ctx.globalAlpha = 0.15; ctx.fillStyle = colors.accent; ctx.fill(); ctx.globalAlpha = 1;
      }
      ctx.strokeStyle = colors.accent; ctx.lineWidth = 1.5; ctx.stroke();
    }
    const drawn = [];
    for (const n of nbs) {
      const pe = prepared(n).edge || [];
      if (pe.length > 2) {
        tracePolygon(ctx, pe);
        ctx.setLineDash([5, 3]); ctx.strokeStyle = colors.accent; ctx.lineWidth = 1.2; ctx.stroke(); ctx.setLineDash([]);
      }
      const q = projection([n.site.longitude, n.site.latitude]);
      if (q) {
        drawSite(ctx, q, siteLabel(n.site.site_uid), false, colors);
        drawn.push(n.site.site_uid);
      }
    }
    if (s.site) {
      const p = projection([s.site.longitude, s.site.latitude]);
      if (p) {
        drawn.unshift(s.site.site_uid);
        drawSite(ctx, p, siteLabel(s.site.site_uid || ""), true, colors);
      }
    }
    view.canvas.dataset.sites = drawn.join(" ");
    const more = (nbs.length ? ` + ${nbs.map((n) => n.site.site_uid).join(", ")}` : "")
      + (s.play ? ` · ${new Date(s.play.t).toISOString().slice(11, 19)} UT` : "");
    view.cap.textContent = `${label}${more}`;
    view.canvas.setAttribute("aria-label", `Map: ${label}${more}`);
  }

  /**
   * The chosen site and its neighbours as one mosaic: a screen pixel takes the site pixel nearest its
   * own zenith (a per-screen-pixel elevation buffer); each site keeps its own contrast table.
   */
  function paintMosaic(view, ctx, index, nbs, inside) {
    if (!layer) {
      layer = new ImageData(WIDTH, HEIGHT);
      layerCanvas = document.createElement("canvas");
      layerCanvas.width = WIDTH; layerCanvas.height = HEIGHT;
    }
    if (!best) { best = new Float32Array(WIDTH * HEIGHT); owner = new Int16Array(WIDTH * HEIGHT); }
    const out = layer.data, lut = colormapLut(s.colormap);
    out.fill(0); best.fill(-Infinity); owner.fill(-1);
    ownerSites = [];
    const paintSite = (idx, frame, siteMask, elevationOf, siteNo, siteInside, ps = null) => {
      const table = ps ? playTable(ps.uid, frame, siteMask) : remapTable(frame, siteMask).table;
      const alpha = ps?.stale ? STALE_ALPHA : 255;
      for (let p = 0; p < idx.length; p++) {
        const i = idx[p];
        if (i < 0 || (siteMask?.[i]) || (siteInside && !siteInside[p])) continue;
        const code = frame[i];
        if (code === 0 && !ps) continue;
        const ev = elevationOf(i);
        if (!(ev > best[p])) continue;
        best[p] = ev; owner[p] = siteNo;
        const k = table[code] * 4, o = p * 4;
        out[o] = lut[k]; out[o + 1] = lut[k + 1]; out[o + 2] = lut[k + 2]; out[o + 3] = alpha;
      }
    };
    const frames = s.frames;
    const pm = s.play ? playFrame(s.play.sites[0], s.grid.image_shape[0] * s.grid.image_shape[1]) : null;
    if (index && (s.play ? pm : frames && s.framesStatus === "ready")) {
      const [n, h, w] = pm ? [1, 0, 0] : frames.shape;
      const f = Math.max(0, Math.min(n - 1, s.frame));
      const frame = pm ? pm.frame : frames.data.subarray(f * h * w, (f + 1) * h * w);
      const e = s.elevation;
      const elvTable = new Float32Array(256);
      for (let c = 0; c < 256; c++) elvTable[c] = e ? decodeValue(e, c) : 90;
      ownerSites.push({ site: s.site ? s.site.site_uid : "", grid: s.grid, main: true });
      paintSite(index, frame, mask, e ? (i) => elvTable[e.data[i]] : () => 90, ownerSites.length - 1, inside, pm);
    }
    for (const nb of nbs) {
      const p = prepared(nb);
      const [, h, w] = nb.frames.shape;
      const ps = s.play ? playFrame(playSite(nb.site.site_uid), h * w) : null;
      if (s.play && !ps) continue; // no frame of this site at the head: not drawn (its label says so)
      const f = ps ? -1 : neighbourFrame(nb, p);
      const frame = ps ? ps.frame : nb.frames.data.subarray(f * h * w, (f + 1) * h * w);
      ownerSites.push({ site: nb.site.site_uid, grid: nb.grid, frame: f });
      paintSite(p.index, frame, p.mask, (i) => p.elv[i], ownerSites.length - 1, p.inside, ps);
    }
    view.canvas.dataset.neighbourFrames = ownerSites.slice(1).map((o) => `${o.site}:${o.frame}`).join(" ");
    layerCanvas.getContext("2d").putImageData(layer, 0, 0);
    ctx.drawImage(layerCanvas, 0, 0);
  }

  function paint() {
    repaintQueued = false;
    if (!projection) return;
    const t0 = performance.now();
    // resolving the tokens forces style work: once per theme (repaintTheme), not on every frame or zoom
    // step, and again until the view is in the document (detached, every token reads as its fallback)
    if (!colors?.live) colors = { ...tokens(root), live: root.isConnected };
    ensureIndexes();
    const haveB = !!(s.compareGrid && indexB);
    const modeNow = haveB ? s.mode : "single";
    viewB.fig.hidden = modeNow !== "side";
    const nameA = `A: ${s.selected}`, nameB = `B: ${s.compare}`;
    if (modeNow === "blink" && blinkShowB) paintView(viewA, indexB, cornersB, `${nameB} (blinking)`);
    else paintView(viewA, indexA, cornersA, modeNow === "blink" ? `${nameA} (blinking)` : nameA);
    if (modeNow === "side") paintView(viewB, indexB, cornersB, nameB);
    paintCount += 1;
    lastPaintMs = performance.now() - t0;
    root.dataset.mapPaintCount = String(paintCount);
    root.dataset.mapPaintedAt = String(performance.now());
    if (onPaint) onPaint();
  }

  function updateControls() {
    const n = s.frames ? s.frames.shape[0] : 0;
    const ready = s.framesStatus === "ready" && n > 0;
    scrub.max = String(Math.max(0, n - 1));
    scrub.value = String(Math.min(s.frame, Math.max(0, n - 1)));
    for (const c of [prev, play, next, scrub]) c.disabled = !ready;
    // While a range is shown, its player's UT label is the one clock: the minute's own controls step aside.
    for (const c of [prev, play, next, frameField, timeLabel, note]) c.hidden = !!s.play;
    const stamp = ready && s.frames.timestamps ? s.frames.timestamps[Math.min(s.frame, n - 1)] : "";
    timeLabel.textContent = ready ? `${(stamp || "").replace("T", " ")} UT · frame ${s.frame + 1} of ${n}` : "–"; // one convention: 1-based "frame N of M"
    cmap.value = s.colormap;
    lo.value = String(s.contrast[0]); hi.value = String(s.contrast[1]);
    mode.value = s.mode;
    mode.disabled = !s.compareGrid;
    note.textContent = s.framesMessage || "";
    note.classList.toggle("aurora-error", s.framesStatus === "error");
    note.dataset.state = s.framesStatus;
    nbToggle.checked = !!s.showNeighbours;
    if (s.neighbourRadius != null && Number(radius.value) !== s.neighbourRadius) radius.value = String(s.neighbourRadius);
    nbBox.hidden = !s.showNeighbours;
    nbBox.dataset.state = s.neighboursStatus;
    nbNote.textContent = s.showNeighbours ? (s.neighboursMessage || "") : "";
    nbNote.classList.toggle("aurora-error", s.neighboursStatus === "error");
    const rows = s.showNeighbours ? (s.neighbourRows || []) : [];
    const key = JSON.stringify(rows);
    if (nbList.dataset.key !== key) {
      nbList.dataset.key = key;
      nbList.replaceChildren(...rows.map((r) => {
        const li = el("li", "aurora-sb-nbitem");
        li.dataset.site = r.site_uid; li.dataset.status = r.status;
        const what = r.status === "ready" ? `${r.frames} frames · ${r.skymap}` : (r.status === "no data" ? "no data" : `error: ${r.note}`);
        li.append(el("strong", "", r.site_uid), el("span", "aurora-muted aurora-small", ` ${Math.round(r.distance_km)} km · `),
          el("span", r.status === "error" ? "aurora-error" : "", what));
        if (r.status === "no data" && r.note) li.title = r.note;
        return li;
      }));
    }
  }

  function setFrame(i) {
    const n = s.frames ? s.frames.shape[0] : 0;
    if (!n) return;
    s.frame = ((i % n) + n) % n;
    updateControls();
    paint();
    setTrait("frame_index", s.frame);
  }

  function stopPlay() {
    if (playTimer) clearInterval(playTimer);
    playTimer = null; play.textContent = "Play"; play.setAttribute("aria-pressed", "false");
  }
  function syncBlink() {
    const want = s.mode === "blink" && !!s.compareGrid;
    if (want && !blinkTimer) blinkTimer = setInterval(() => { blinkShowB = !blinkShowB; paint(); }, 700);
    if (!want && blinkTimer) { clearInterval(blinkTimer); blinkTimer = null; blinkShowB = false; }
  }

  prev.addEventListener("click", () => setFrame(s.frame - 1), { signal });
  next.addEventListener("click", () => setFrame(s.frame + 1), { signal });
  scrub.addEventListener("input", () => setFrame(Number(scrub.value)), { signal });
  play.addEventListener("click", () => {
    if (playTimer) return stopPlay();
    playTimer = setInterval(() => setFrame(s.frame + 1), 250);
    play.textContent = "Pause"; play.setAttribute("aria-pressed", "true");
  }, { signal });
  cmap.addEventListener("change", () => { s.colormap = cmap.value; paint(); setTrait("map_colormap", cmap.value); }, { signal });
  const onContrast = () => {
    s.contrast = [Number(lo.value), Number(hi.value)];
    paint(); setTrait("contrast", s.contrast);
  };
  lo.addEventListener("input", onContrast, { signal });
  hi.addEventListener("input", onContrast, { signal });
  mode.addEventListener("change", () => { s.mode = mode.value; syncBlink(); paint(); setTrait("map_mode", mode.value); }, { signal });
  nbToggle.addEventListener("change", () => setTrait("show_neighbours", nbToggle.checked), { signal });
  // committed on change (Enter, blur, the spin buttons), not on every key: each value reloads the neighbours
  const applyRadius = () => {
    const km = Number(radius.value);
    if (radius.value === "" || !Number.isFinite(km)) { updateControls(); return; }
    s.neighbourRadius = Math.min(MAX_RADIUS_KM, Math.max(0, km));
    radius.value = String(s.neighbourRadius);
    setTrait("neighbour_radius_km", s.neighbourRadius);
  };
  radius.addEventListener("change", applyRadius, { signal });
  radius.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault(); event.stopPropagation(); // not the map's keys
    applyRadius();
  }, { signal });
  signal.addEventListener("abort", () => { stopPlay(); if (blinkTimer) clearInterval(blinkTimer); });

  // Zoom and pan, on both canvases (side by side they share the projection).
  reset.addEventListener("click", resetView, { signal });
  /** Canvas pixel under a mouse/pointer event (the canvas may be drawn at another CSS size). */
  const pointOf = (event, canvas) => {
    const r = canvas.getBoundingClientRect();
    return [(event.clientX - r.left - canvas.clientLeft) * (WIDTH / (canvas.clientWidth || WIDTH)),
      (event.clientY - r.top - canvas.clientTop) * (HEIGHT / (canvas.clientHeight || HEIGHT))];
  };
  for (const { canvas } of [viewA, viewB]) {
    // The page scrolls only when the wheel cannot zoom (zooming out of the fitted view).
    canvas.addEventListener("wheel", (event) => {
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? HEIGHT : 1;
      const changed = zoomAt(Math.exp(-event.deltaY * unit * WHEEL_RATE), pointOf(event, canvas));
      if (changed || zoom.k > MIN_ZOOM) event.preventDefault();
    }, { signal, passive: false });
    // One pointer down drags (pans); two (fingers on a touch screen) pinch: the map follows their
    // midpoint and zooms by the change of their distance, about that midpoint.
    const pointers = new Map(); // pointerId -> its last canvas point
    const pair = () => {
      const [a, b] = [...pointers.values()];
      return { mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], dist: Math.hypot(a[0] - b[0], a[1] - b[1]) };
    };
    canvas.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || !projection || pointers.size >= 2) return;
      pointers.set(event.pointerId, pointOf(event, canvas));
      try { canvas.setPointerCapture(event.pointerId); } catch { /* a synthetic event's pointer */ }
      canvas.classList.add("is-dragging");
    }, { signal });
    canvas.addEventListener("pointermove", (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const at = pointOf(event, canvas);
      if (pointers.size === 1) {
        pointers.set(event.pointerId, at);
        panBy(at[0] - last[0], at[1] - last[1]);
        return;
      }
      const before = pair();
      pointers.set(event.pointerId, at);
      const after = pair();
      panBy(after.mid[0] - before.mid[0], after.mid[1] - before.mid[1]);
      if (before.dist > 0 && after.dist > 0) zoomAt(after.dist / before.dist, after.mid);
    }, { signal });
    const endDrag = (event) => {
      if (!pointers.delete(event.pointerId)) return;
      if (!pointers.size) canvas.classList.remove("is-dragging");
    };
    for (const type of ["pointerup", "pointercancel", "lostpointercapture"]) canvas.addEventListener(type, endDrag, { signal });
    canvas.addEventListener("dblclick", (event) => { event.preventDefault(); resetView(); }, { signal });
    canvas.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const step = event.shiftKey ? 3 * KEY_PAN : KEY_PAN, centre = [WIDTH / 2, HEIGHT / 2];
      const keys = {
        "+": () => zoomAt(KEY_ZOOM, centre), "=": () => zoomAt(KEY_ZOOM, centre),
        "-": () => zoomAt(1 / KEY_ZOOM, centre), "_": () => zoomAt(1 / KEY_ZOOM, centre), 0: resetView,
        // an arrow moves the view that way: the map moves the other way
        ArrowLeft: () => panBy(step, 0), ArrowRight: () => panBy(-step, 0),
        ArrowUp: () => panBy(0, step), ArrowDown: () => panBy(0, -step),
      };
      if (!keys[event.key]) return;
      event.preventDefault();
      keys[event.key]();
    }, { signal });
  }

  const same = (a, b) => a === b
    || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

  /** Apply `next` (any of the state fields) and repaint once; nothing happens when nothing changed. */
  function update(next) {
    if (player && "playback" in next) {
      const { playback, playbackStatus, playSpeed, playbackState, playbackMessage, ...rest } = next;
      player.update({ playback, status: playbackStatus, speed: playSpeed, state: playbackState, message: playbackMessage });
      next = rest;
    }
    const changed = Object.keys(next).filter((k) => !same(s[k], next[k]));
    if (!changed.length && paintCount) return false;
    const prevS = s;
    s = { ...s, ...next };
    if (paintCount && changed.every((k) => k === "neighbourRadius")) { updateControls(); return true; } // no pixel changes
    if (next.site && prevS.site && next.site.site_uid !== prevS.site.site_uid) projectionKey = "";
    rebuildProjection();
    if (next.grid !== undefined && next.grid !== prevS.grid) { indexA = null; cornersA = null; }
    if (next.compareGrid !== undefined && next.compareGrid !== prevS.compareGrid) { indexB = null; cornersB = null; }
    if ((next.elevation !== undefined && next.elevation !== prevS.elevation)
      || (next.minEl !== undefined && next.minEl !== prevS.minEl)) rebuildMask();
    if (next.neighbours !== undefined && next.neighbours !== prevS.neighbours) {
      for (const n of nbPrepared.keys()) if (!s.neighbours.includes(n)) nbPrepared.delete(n);
    }
    if (next.frames !== undefined && next.frames !== prevS.frames) stopPlay();
    syncBlink();
    updateControls();
    paint();
    return true;
  }

  function repaintTheme() { colors = null; dropLayers(); paint(); }

  // Test and benchmark hooks: map projection and the pixel <-> screen relation of view A. A zoom or
  // pan not painted yet is painted first, so every hook answers about the view as it is on screen.
  const settle = () => { if (viewPending) paint(); };
  const api = {
    project: (lonlat) => { settle(); return projection ? projection(lonlat) : null; },
    invert: (xy) => { settle(); return projection ? projection.invert(xy) : null; },
    /** The zoom factor relative to the fitted view (1 = fitted). */
    zoom: () => zoom.k,
    /** Zoom by `factor` about canvas point [x, y] (default: the centre), as the wheel does. */
    zoomAt: (factor, xy = [WIDTH / 2, HEIGHT / 2]) => zoomAt(factor, xy),
    /** Milliseconds the last map paint took (performance.now() around it). */
    lastPaintMs: () => lastPaintMs,
    pixelScreen: (row, col, which = "A") => {
      settle();
      ensureIndexes();
      const c = which === "B" ? cornersB : cornersA;
      return c ? centre(c, row, col) : null;
    },
    indexAt: (x, y, which = "A") => {
      settle();
      ensureIndexes();
      const idx = which === "B" ? indexB : indexA;
      if (!idx || !s.grid) return null;
      const i = idx[Math.floor(y) * WIDTH + Math.floor(x)];
      if (i == null || i < 0) return null;
      const w = s.grid.image_shape[1];
      return { row: Math.floor(i / w), col: i % w };
    },
    /** Which site painted screen pixel (x, y) of view A in the last mosaic paint: {site, row, col}, or null. */
    ownerAt: (x, y) => {
      settle();
      if (!owner || !(s.showNeighbours && s.neighbours.length)) return null;
      const p = Math.floor(y) * WIDTH + Math.floor(x), o = owner[p];
      if (o < 0 || !ownerSites[o]) return null;
      const { site, grid, main } = ownerSites[o];
      const idx = main ? indexA : prepared(s.neighbours.find((n) => n.site.site_uid === site)).index;
      const i = idx[p], w = grid.image_shape[1];
      return { site, row: Math.floor(i / w), col: i % w };
    },
    /** Screen pixels of view A each neighbour painted in the last paint, {site_uid: count}. */
    neighbourPixels: () => {
      settle();
      const counts = {};
      if (!owner || !(s.showNeighbours && s.neighbours.length)) return counts;
      for (let p = 0; p < owner.length; p++) {
        const e = ownerSites[owner[p]];
        if (e && !e.main) counts[e.site] = (counts[e.site] || 0) + 1;
      }
      return counts;
    },
    /** The field-of-view edge of the last painted view, [[x, y], ...] in screen pixels. */
    edge: () => { settle(); return viewA.edge ? viewA.edge.pts : []; },
    /** Alpha of the frame layer of the last paint (0 where no frame pixel was drawn), or null. */
    frameAlpha: () => { settle(); return layer ? layer.data.filter((_, k) => k % 4 === 3) : null; },
    canvas: viewA.canvas,
    size: [WIDTH, HEIGHT],
  };

  return { el: block, update, repaintTheme, api };
}
