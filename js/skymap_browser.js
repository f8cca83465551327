// SkymapBrowser front-end: timeline of a site's skymaps, the four panels (plus compare
// differences), and the map view. Python (aurora_widgets/widgets/skymap_browser.py) lists,
// downloads and reads; everything that can be redrawn from bytes already here is done here.
//
// Model changes never redraw on the spot: they set dirty flags and one requestAnimationFrame
// redraws what is dirty (one selection = one paint, however many traits it changes). The four
// panels come first: their inflate starts as soon as the bytes arrive and they paint in the next
// frame. The map view (projection, rasterising, raw frames) waits until the panels have painted,
// then runs in the next frame when it is on screen, or when the page is idle otherwise. User
// input (sliders, frame buttons) still repaints at once.
import "./skymap/skymap_browser.css";
import { h as el, labelled as field, listen, retryStatus } from "./lib/dom.js";
import { invoke } from "./lib/command.js";
import { COLORMAPS } from "./lib/raster.js";
import { formatLatLon } from "./lib/coords.js";
import { decodeGrid, decodePanel, decodePanels } from "./skymap/codec.js";
import { createMapView } from "./skymap/mapview.js";
import { createMapSnapshots } from "./skymap/snapshot.js";
import { createPanels } from "./skymap/panels.js";
import { createTimeline } from "./skymap/timeline.js";
import { createFitNote, createFrameView } from "./skymap/frameview.js";

export function renderSkymapBrowser({ model, el: host, signal }) {
  const root = el("div", "aurora-sb");
  root.dataset.paintCount = "0";
  const setTrait = (name, value) => { model.set(name, value); model.save_changes(); };
  let paints = 0;
  const onPaint = () => {
    paints += 1;
    root.dataset.paintCount = String(paints);
    root.dataset.paintedAt = String(performance.now());
  };

  // Header and status
  const header = el("div", "aurora-sb-header");
  const title = el("div", "aurora-sb-title");
  const siteLine = el("div", "aurora-muted aurora-small");
  const status = retryStatus(model, signal);
  header.append(title, siteLine, status.el);

  const timeline = createTimeline({ onSelect: (f) => setTrait("selected", f), signal });

  // Panel controls
  const controls = el("div", "aurora-sb-controls");
  const altitude = el("input", "aurora-range"); altitude.type = "range"; altitude.min = "80"; altitude.max = "250"; altitude.step = "1";
  const altitudeValue = el("output", "aurora-value");
  const presets = el("span", "aurora-sb-presets");
  for (const km of [90, 110, 150]) {
    const b = el("button", "aurora-button", `${km} km`);
    b.type = "button";
    b.addEventListener("click", () => { altitude.value = String(km); setTrait("altitude_km", km); }, { signal });
    presets.append(b);
  }
  const minEl = el("input", "aurora-range"); minEl.type = "range"; minEl.min = "0"; minEl.max = "45"; minEl.step = "1";
  const minElValue = el("output", "aurora-value");
  const cmap = el("select", "aurora-select");
  for (const name of COLORMAPS) cmap.append(new Option(name, name));
  const compare = el("select", "aurora-select");
  altitude.setAttribute("aria-label", "Altitude (km)");
  minEl.setAttribute("aria-label", "Minimum elevation (degrees)");
  cmap.setAttribute("aria-label", "Panel colormap");
  compare.setAttribute("aria-label", "Compare with skymap");
  controls.append(
    field("Altitude (km)", altitude), altitudeValue, presets,
    field("Min. elevation (°)", minEl), minElValue,
    field("Colormap", cmap), field("Compare with", compare),
  );
  altitude.addEventListener("input", () => { altitudeValue.textContent = `${altitude.value} km`; }, { signal });
  altitude.addEventListener("change", () => setTrait("altitude_km", Number(altitude.value)), { signal });
  minEl.addEventListener("input", () => {
    minElValue.textContent = `${minEl.value}°`;
    const v = Number(minEl.value);
    panels.update({ minEl: v });
    setTrait("min_elevation", v);
    invalidate("map");
  }, { signal });
  cmap.addEventListener("change", () => { panels.update({ colormap: cmap.value }); setTrait("colormap", cmap.value); }, { signal });
  compare.addEventListener("change", () => setTrait("compare", compare.value), { signal });

  let panelPaints = 0;
  const onPanelsPaint = () => { // benchmark / test hooks: when the four panels last painted
    panelPaints += 1;
    root.dataset.panelsPaintCount = String(panelPaints);
    root.dataset.panelsPaintedAt = String(performance.now());
    onPaint();
  };
  const exactAt = (row, col, asked) => invoke(model, "_exact_at", { row, col }, { signal: asked }).then(([answer]) => answer);
  const panels = createPanels({ exactAt, signal, onPaint: onPanelsPaint });
  const snapshots = createMapSnapshots({
    model, signal,
    canvas: () => map.api.canvas,
    caption: () => {
      const time = root.querySelector(".aurora-sb-time")?.textContent || "";
      const label = (map.api.canvas.getAttribute("aria-label") || "").replace(/^Map: /, "");
      return [time, label].filter(Boolean).join(" · ");
    },
  });
  const request = (msg) => invoke(model, "_playback_segment", msg, { signal, timeout: 120000 });
  const map = createMapView({ root, setTrait, signal, request, onPaint: () => { onPaint(); snapshots.painted(); } });
  const sectionPanels = el("section", "aurora-sb-section");
  sectionPanels.setAttribute("aria-label", "Skymap panels");
  sectionPanels.append(controls, panels.el);
  const frameView = createFrameView({ setTrait, signal }), fitNote = createFitNote();
  root.append(header, timeline.el, fitNote.el, sectionPanels, map.el, frameView.el);
  host.replaceChildren(root);
  // The browser tests' handle on the map (zoom, indexAt): only in the test build (tests/browser/harness.py
  // builds it with AURORA_TEST_BUILD=true); in the production bundle it reads `if (false)`, never run.
  if (AURORA_TEST_BUILD) root.__auroraMap = map.api;

  // Model -> view. Every payload was made for one selection (payload_key, from Python): it is drawn
  // only while that is the selection the title names; otherwise the timeline, panels and map are empty.
  const currentKey = () => `${model.get("dataset_name")}|${model.get("site_uid")}|${(model.get("date") || "").slice(0, 10)}`;
  const fresh = () => !!model.get("payload_key") && model.get("payload_key") === currentKey();
  const ifFresh = (name, empty) => (fresh() ? model.get(name) : empty);
  // Text is written only when it changes: an unchanged header then costs the page no layout.
  const setText = (node, text) => { if (node.textContent !== text) node.textContent = text; };
  function renderHeader() {
    const info = ifFresh("site_info", {}) || {};
    setText(title, `Skymaps · ${model.get("dataset_name")} · ${model.get("site_uid") || "?"} · ${(model.get("date") || "").replace("T", " ")}`);
    setText(siteLine, info.site_uid
      ? `${info.filename} · imager ${info.imager_uid} · site ${formatLatLon(info.latitude, info.longitude)}`
      : "");
    status.update();
    root.dataset.selection = currentKey();
  }
  let compareFrom = null;
  function renderTimeline() {
    const candidates = ifFresh("candidates", []) || [];
    timeline.update({
      candidates, selected: model.get("selected"),
      compare: model.get("compare"), date: model.get("date"), fits: model.get("star_fits"),
    });
    timeline.el.dataset.drawnFor = candidates.length ? model.get("payload_key") : "";
    const current = model.get("compare");
    if (compareFrom !== candidates) { // rebuilt for new candidates only: a click changes no options
      compareFrom = candidates;
      compare.replaceChildren(new Option("(none)", ""),
        ...candidates.map((c) => new Option(`${c.version} ${c.valid_from} → ${c.valid_to || "open"}`, c.filename)));
    }
    for (const option of compare.options) { // the chosen skymap is not one to compare with
      const chosen = !!option.value && option.value === model.get("selected");
      option.hidden = chosen;
      option.disabled = chosen;
    }
    compare.value = current;
  }
  function renderControls() {
    altitude.value = String(model.get("altitude_km"));
    altitudeValue.textContent = `${model.get("altitude_km")} km`;
    minEl.value = String(model.get("min_elevation"));
    minElValue.textContent = `${model.get("min_elevation")}°`;
    cmap.value = model.get("colormap");
  }

  // ---------------------------------------------------------------- scheduling
  const dirty = { header: false, timeline: false, controls: false, panels: false, map: false };
  const raf = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (fn) => setTimeout(fn, 16);
  const idle = typeof requestIdleCallback === "function"
    ? (fn) => requestIdleCallback(fn, { timeout: 250 }) : (fn) => setTimeout(fn, 30);
  let frameQueued = false;
  // A new selection (dataset, site or date) keeps the one on screen, title, timeline, panels and
  // map together, until its payload arrives, Python says it ended otherwise (error, nothing to
  // show) or HOLD_MS pass; then everything is redrawn at once. A cached selection so costs one
  // paint, not an empty screen first and the new one a frame later, and title and pictures never
  // disagree on the way. User input (sliders, buttons) is not held.
  const HOLD_MS = 150;
  let shownKey = currentKey(), heldKey = "", heldSince = 0, holdTimer = 0;
  function holding() {
    const key = currentKey();
    const status = model.get("status");
    if (key === shownKey || fresh() || status === "error" || status === "none") return false;
    const now = performance.now();
    if (heldKey !== key) { heldKey = key; heldSince = now; }
    const left = HOLD_MS - (now - heldSince);
    if (left <= 0) return false;
    if (!holdTimer) holdTimer = setTimeout(() => { holdTimer = 0; invalidate(); }, left);
    return true;
  }
  signal.addEventListener("abort", () => clearTimeout(holdTimer));
  function invalidate(...names) {
    for (const name of names) dirty[name] = true;
    if (holding()) return; // the dirty flags wait: the held selection's frame draws them all
    if (dirty.map) scheduleMap();
    if (!frameQueued && (dirty.header || dirty.timeline || dirty.controls || (dirty.panels && decoded))) {
      frameQueued = true;
      raf(frame);
    }
  }
  function frame() {
    frameQueued = false;
    if (signal.aborted) return;
    if (holding()) return; // a message came in between: wait for the payload still
    shownKey = currentKey();
    if (dirty.header) { dirty.header = false; renderHeader(); }
    if (dirty.timeline) { dirty.timeline = false; renderTimeline(); }
    if (dirty.controls) { dirty.controls = false; renderControls(); }
    if (dirty.panels && decoded) paintPanels();
  }

  // Panels: inflate as soon as the bytes arrive (off the frame), paint in the next frame.
  // decodedFrom: the skymap file the panels were made from (site_info comes in the panels' message).
  let panelsTicket = 0, decoded = null, decodedDiff = null, decodedFor = "", decodedFrom = "", decodeQueued = false;
  function queueDecode() { // panels and diff_panels of one message: one decode
    if (decodeQueued) return;
    decodeQueued = true;
    dirty.panels = true;
    queueMicrotask(() => { decodeQueued = false; decodeAllPanels(); });
  }
  async function decodeAllPanels() {
    const ticket = ++panelsTicket;
    decoded = null;
    dirty.panels = true;
    const key = fresh() ? model.get("payload_key") : "";
    const from = (key && model.get("site_info")?.filename) || "";
    const [p, d] = await Promise.all([decodePanels(ifFresh("panels", {})), decodePanels(ifFresh("diff_panels", {}))]);
    if (ticket !== panelsTicket || signal.aborted) return;
    decoded = p; decodedDiff = d; decodedFor = Object.keys(p).length ? key : "";
    decodedFrom = decodedFor ? from : "";
    invalidate("panels", "map");
  }
  function paintPanels() {
    dirty.panels = false;
    panels.update({
      panels: decoded, diff: decodedDiff, stats: model.get("diff_stats") || {}, colormap: model.get("colormap"),
      minEl: model.get("min_elevation"), altitude: model.get("altitude_km"),
    });
    panels.el.dataset.drawnFor = decodedFor;
    panels.el.dataset.drawnFrom = decodedFrom; // benchmark / test hook: which file's panels are on screen
    if (mapWaiting) scheduleMap();
  }

  // Map view: after the panels, in the next frame when visible, else when the page is idle.
  let mapVisible = true, mapQueued = false, mapWaiting = false, mapTicket = 0;
  let framesRaw , framesDecoded = Promise.resolve(null), gridRaw , grid = null;
  let compareRaw , compareGrid = null;
  // Neighbouring sites (only while show_neighbours is on): decoded once per payload; grids per altitude.
  let nbRaw , nbDecoded = null, nbBase = null, nbGridsRaw , nbList = [];
  async function decodeNeighbours(items) {
    return Promise.all(items.map(async (n) => {
      const [frames, elevation, azimuth] = await Promise.all([decodePanel(n.frames), decodePanel(n.elevation), decodePanel(n.azimuth)]);
      return { site: n.site, filename: n.filename, frames, elevation, azimuth };
    }));
  }
  if (typeof IntersectionObserver === "function") {
    const io = new IntersectionObserver((entries) => {
      mapVisible = entries.some((e) => e.isIntersecting);
      if (mapVisible && mapWaiting) scheduleMap();
    });
    io.observe(map.el);
    signal.addEventListener("abort", () => io.disconnect());
  }
  function scheduleMap() {
    mapWaiting = true;
    if (mapQueued || !decoded || dirty.panels) return; // the panels paint first
    mapQueued = true;
    (mapVisible ? raf : idle)(() => { mapQueued = false; renderMap(); });
  }
  async function renderMap() {
    if (signal.aborted || !mapWaiting) return;
    if (holding()) return; // the held selection's frame schedules the map again
    if (!decoded || dirty.panels) return; // paintPanels schedules us again
    mapWaiting = false;
    dirty.map = false;
    const ticket = ++mapTicket;
    const framesKey = `${model.get("dataset_name")}|${model.get("site_uid")}|${model.get("date")}`;
    const raw = fresh() && model.get("frames")?.key === framesKey ? model.get("frames") : null;
    if (raw !== framesRaw) { // inflate once per payload; a later render awaits the same promise
      framesRaw = raw;
      framesDecoded = raw?.data ? decodePanel(raw) : Promise.resolve(null);
    }
    const frames = await framesDecoded;
    const nbData = model.get("neighbour_data") || [];
    if (nbData !== nbRaw) { nbRaw = nbData; nbDecoded = nbData.length ? decodeNeighbours(nbData) : null; }
    const nbs = nbDecoded ? await nbDecoded : [];
    if (ticket !== mapTicket || signal.aborted) return;
    const nbGrids = model.get("neighbour_grids") || {};
    if (nbs !== nbBase || nbGrids !== nbGridsRaw) {
      nbBase = nbs; nbGridsRaw = nbGrids;
      nbList = nbs.map((n) => ({ ...n, grid: decodeGrid(nbGrids[n.site.site_uid]) }));
    }
    if (!decoded || dirty.panels) { mapWaiting = true; return; } // new panels came in meanwhile
    const g = ifFresh("map_grid", null), cg = ifFresh("compare_grid", null), info = ifFresh("site_info", null);
    const drawnFor = decodedFor && g?.lat ? decodedFor : "";
    map.el.hidden = !drawnFor; // no map of another selection (nor an empty one)
    map.el.dataset.drawnFor = drawnFor;
    if (!drawnFor) return;
    const chosen = model.get("selected");
    if (g?.filename && info?.filename && g.filename !== info.filename) {
      mapWaiting = true; // the chosen skymap's grid follows in the next message
      return;
    }
    if (chosen && info?.filename && chosen !== info.filename) {
      mapWaiting = true; // a skymap clicked on the timeline: keep the one drawn (and named) until its payload
      return;
    }
    if (g !== gridRaw) { gridRaw = g; grid = decodeGrid(g); }
    if (cg !== compareRaw) { compareRaw = cg; compareGrid = decodeGrid(cg); }
    map.update({
      site: info?.site_uid ? info : null, grid, compareGrid,
      selected: g?.filename || chosen, compare: model.get("compare"), // the label names the grid drawn
      colormap: model.get("map_colormap"), contrast: model.get("contrast"), mode: model.get("map_mode"),
      elevation: decoded.elevation || null, azimuth: decoded.azimuth || null, minEl: model.get("min_elevation"),
      frames, framesStatus: model.get("frames_status"), framesMessage: model.get("frames_message"),
      frame: model.get("frame_index"),
      showNeighbours: model.get("show_neighbours"), neighbours: nbList, neighbourRows: model.get("neighbours"),
      neighbourRadius: model.get("neighbour_radius_km"),
      neighboursStatus: model.get("neighbours_status"), neighboursMessage: model.get("neighbours_message"),
      playback: model.get("playback") || {}, playbackStatus: model.get("playback_status") || {}, playSpeed: model.get("play_speed"),
      playbackState: model.get("playback_state"), playbackMessage: model.get("playback_message"),
    });
  }

  const on = (names, fn) => listen(model, names, fn, signal);
  const selectionTraits = ["payload_key", "dataset_name", "site_uid", "date"];
  on(selectionTraits, () => { invalidate("header", "timeline", "map"); queueDecode(); });
  on(["status", "message", "retryable", "site_info", "date", "site_uid", "dataset_name"], () => invalidate("header"));
  on(["candidates", "selected", "compare", "date", "star_fits"], () => invalidate("timeline"));
  const renderFrameView = () => frameView.update({
    payload: model.get("frame_view"), status: model.get("frame_view_status"), message: model.get("frame_view_message"),
    showGrid: model.get("show_grid"), showGraticule: model.get("show_graticule"), showStars: model.get("show_stars"),
  });
  const renderFitNote = () => fitNote.update({
    fits: model.get("star_fits"), status: model.get("star_fit_status"), message: model.get("star_fit_message"),
  });
  on(["star_fits", "star_fit_status", "star_fit_message"], renderFitNote);
  on(["frame_view", "frame_view_status", "frame_view_message", "show_grid", "show_graticule", "show_stars"], () => raf(renderFrameView));
  on(["altitude_km", "min_elevation", "colormap"], () => invalidate("controls"));
  on(["panels", "diff_panels"], queueDecode);
  on(["diff_stats", "colormap", "min_elevation"], () => invalidate("panels"));
  on(["frames", "frames_status", "frames_message", "frame_index"], () => invalidate("map"));
  on(["show_neighbours", "neighbour_radius_km", "neighbours", "neighbour_data", "neighbour_grids", "neighbours_status", "neighbours_message"], () => invalidate("map"));
  on(["playback", "playback_status", "play_speed", "playback_state", "playback_message"], () => invalidate("map"));
  on(["site_info", "map_grid", "compare_grid", "selected", "compare", "map_colormap", "contrast", "map_mode", "min_elevation"], () => invalidate("map"));


  // Theme switches (JupyterLab / VS Code change body attributes): repaint the map with new tokens.
  const observer = new MutationObserver(() => map.repaintTheme());
  observer.observe(document.body, { attributes: true, attributeFilter: ["class", "data-jp-theme-light", "data-vscode-theme-kind"] });
  signal.addEventListener("abort", () => observer.disconnect());

  renderHeader(); renderTimeline(); renderControls(); renderFrameView(); renderFitNote();
  queueDecode();
  invalidate("map");
  return () => observer.disconnect();
}
