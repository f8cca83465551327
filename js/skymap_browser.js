// SkymapBrowser front-end: timeline of a site's skymaps, the four panels (plus compare
// differences), and the map view. Python (aurora_widgets/widgets/skymap_browser.py) lists,
// downloads and reads; everything that can be redrawn from bytes already here is done here.
import "./skymap/skymap_browser.css";
import { COLORMAPS } from "./lib/raster.js";
import { decodeGrid, decodePanel, decodePanels } from "./skymap/codec.js";
import { createMapView } from "./skymap/mapview.js";
import { createPanels } from "./skymap/panels.js";
import { createTimeline } from "./skymap/timeline.js";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function field(text, control) {
  const label = el("label", "aurora-sb-field");
  label.append(el("span", "aurora-sb-field-label", text), control);
  return label;
}

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
  const siteLine = el("div", "aurora-sb-muted");
  const statusRow = el("div", "aurora-sb-status");
  statusRow.setAttribute("role", "status");
  statusRow.setAttribute("aria-live", "polite");
  const statusText = el("span", "aurora-sb-status-text");
  const retry = el("button", "aurora-sb-button", "Retry");
  retry.type = "button";
  retry.addEventListener("click", () => model.send({ type: "retry" }), { signal });
  statusRow.append(statusText, retry);
  header.append(title, siteLine, statusRow);

  const timeline = createTimeline({ onSelect: (f) => setTrait("selected", f), signal });

  // Panel controls
  const controls = el("div", "aurora-sb-controls");
  const altitude = el("input", "aurora-sb-range"); altitude.type = "range"; altitude.min = "80"; altitude.max = "250"; altitude.step = "1";
  const altitudeValue = el("output", "aurora-sb-value");
  const presets = el("span", "aurora-sb-presets");
  for (const km of [90, 110, 150]) {
    const b = el("button", "aurora-sb-button", `${km} km`);
    b.type = "button";
    b.addEventListener("click", () => { altitude.value = String(km); setTrait("altitude_km", km); }, { signal });
    presets.append(b);
  }
  const minEl = el("input", "aurora-sb-range"); minEl.type = "range"; minEl.min = "0"; minEl.max = "45"; minEl.step = "1";
  const minElValue = el("output", "aurora-sb-value");
  const cmap = el("select", "aurora-sb-select");
  for (const name of COLORMAPS) cmap.append(new Option(name, name));
  const compare = el("select", "aurora-sb-select");
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
    map.update({ minEl: v });
    setTrait("min_elevation", v);
  }, { signal });
  cmap.addEventListener("change", () => { panels.update({ colormap: cmap.value }); setTrait("colormap", cmap.value); }, { signal });
  compare.addEventListener("change", () => setTrait("compare", compare.value), { signal });

  const panels = createPanels({ send: (msg) => model.send(msg), signal, onPaint });
  const map = createMapView({ root, setTrait, signal, onPaint });
  const sectionPanels = el("section", "aurora-sb-section");
  sectionPanels.setAttribute("aria-label", "Skymap panels");
  sectionPanels.append(controls, panels.el);
  root.append(header, timeline.el, sectionPanels, map.el);
  host.replaceChildren(root);
  root.__auroraMap = map.api;

  // Model -> view
  function renderHeader() {
    const info = model.get("site_info") || {};
    title.textContent = `Skymaps · ${model.get("dataset_name")} · ${model.get("site_uid") || "?"} · ${(model.get("date") || "").replace("T", " ")}`;
    siteLine.textContent = info.site_uid
      ? `${info.filename} · imager ${info.imager_uid} · site ${info.latitude.toFixed(2)}° N, ${info.longitude.toFixed(2)}° E`
      : "";
    const status = model.get("status");
    statusText.textContent = model.get("message") || (status === "loading" ? "Loading…" : "");
    statusRow.dataset.state = status;
    statusRow.classList.toggle("aurora-error", status === "error");
    retry.hidden = status !== "error";
  }
  function renderTimeline() {
    timeline.update({
      candidates: model.get("candidates"), selected: model.get("selected"),
      compare: model.get("compare"), date: model.get("date"),
    });
    const current = model.get("compare");
    compare.replaceChildren(new Option("(none)", ""));
    for (const c of model.get("candidates") || []) {
      if (c.filename !== model.get("selected")) compare.append(new Option(`${c.version} ${c.valid_from} → ${c.valid_to || "open"}`, c.filename));
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

  let panelsTicket = 0;
  async function renderPanels() {
    const ticket = ++panelsTicket;
    const [decoded, diff] = await Promise.all([decodePanels(model.get("panels")), decodePanels(model.get("diff_panels"))]);
    if (ticket !== panelsTicket || signal.aborted) return;
    const next = {
      panels: decoded, diff, stats: model.get("diff_stats") || {}, colormap: model.get("colormap"),
      minEl: model.get("min_elevation"), altitude: model.get("altitude_km"),
    };
    panels.update(next);
    map.update({ elevation: decoded.elevation || null, azimuth: decoded.azimuth || null, minEl: next.minEl });
  }
  let framesTicket = 0;
  async function renderFrames() {
    const ticket = ++framesTicket;
    const raw = model.get("frames");
    const frames = raw && raw.data ? await decodePanel(raw) : null;
    if (ticket !== framesTicket || signal.aborted) return;
    map.update({
      frames, framesStatus: model.get("frames_status"), framesMessage: model.get("frames_message"),
      frame: model.get("frame_index"),
    });
  }
  function renderMapState() {
    map.update({
      site: model.get("site_info") && model.get("site_info").site_uid ? model.get("site_info") : null,
      grid: decodeGrid(model.get("map_grid")), compareGrid: decodeGrid(model.get("compare_grid")),
      selected: model.get("selected"), compare: model.get("compare"),
      colormap: model.get("map_colormap"), contrast: model.get("contrast"), mode: model.get("map_mode"),
    });
  }

  const on = (names, fn) => {
    const handler = () => fn();
    model.on(names, handler);
    signal.addEventListener("abort", () => model.off(names, handler));
  };
  on("change:status change:message change:site_info change:date change:site_uid change:dataset_name", renderHeader);
  on("change:candidates change:selected change:compare change:date", renderTimeline);
  on("change:altitude_km change:min_elevation change:colormap", renderControls);
  on("change:panels change:diff_panels change:diff_stats change:colormap change:min_elevation", renderPanels);
  on("change:frames change:frames_status change:frames_message", renderFrames);
  on("change:site_info change:map_grid change:compare_grid change:selected change:compare change:map_colormap change:contrast change:map_mode", renderMapState);
  on("change:frame_index", () => map.update({ frame: model.get("frame_index") }));

  const onCustom = (msg) => panels.onExact(msg);
  model.on("msg:custom", onCustom);
  signal.addEventListener("abort", () => model.off("msg:custom", onCustom));

  // Theme switches (JupyterLab / VS Code change body attributes): repaint the map with new tokens.
  const observer = new MutationObserver(() => map.repaintTheme());
  observer.observe(document.body, { attributes: true, attributeFilter: ["class", "data-jp-theme-light", "data-vscode-theme-kind"] });
  signal.addEventListener("abort", () => observer.disconnect());

  renderHeader(); renderTimeline(); renderControls();
  renderMapState();
  renderPanels(); renderFrames();
  return () => observer.disconnect();
}
