// CalibrationBrowser front-end: the device and where it came from, the flatfield and Rayleighs
// files of the device (choose one), the flatfield image/statistics/histogram, the R/DN/s value,
// and a raw frame before and after calibration with switchable steps. Python
// (aurora_widgets/widgets/calibration_browser.py) finds, downloads, reads and calibrates; this
// module only draws what it is sent and reports clicks back as trait changes.
import "./calibration/calibration_browser.css";
import { formatNumber } from "./lib/raster.js";
import { createCandidateTable } from "./calibration/candidates.js";
import { labelled as field, focusedIn, h, listen, retryStatus } from "./lib/dom.js";
import { createHistogram } from "./calibration/histogram.js";
import { createPanel } from "./calibration/panel.js";

const STEP_LABELS = [
  ["dark", "Dark (5×5 corner)"],
  ["flatfield", "Flatfield"],
  ["rayleighs", "Rayleighs"],
];

function fmt(v, digits = 4) {
  return v === null || v === undefined ? "–" : formatNumber(Number(v), digits);
}

export function renderCalibrationBrowser({ model, el: host, signal }) {
  const root = h("div", "aurora-cb");
  const setTrait = (name, value) => { model.set(name, value); model.save_changes(); };

  // Header: title, device and its source, status with retry
  const title = h("div", "aurora-cb-title");
  const device = h("div", "aurora-cb-device");
  const deviceUid = h("span", "aurora-cb-device-uid");
  const deviceSource = h("span", "aurora-muted aurora-small aurora-cb-device-source");
  device.append(h("span", "aurora-field-label", "Device"), deviceUid, deviceSource);
  const status = retryStatus(model, signal, "aurora-status aurora-cb-status");

  // Form: device / site / date (a change reloads in Python)
  const form = h("form", "aurora-cb-form");
  form.setAttribute("aria-label", "Device, site and date");
  const deviceInput = h("input", "aurora-input aurora-cb-short");
  deviceInput.placeholder = "from site";
  const siteInput = h("input", "aurora-input aurora-cb-short");
  const dateInput = h("input", "aurora-input");
  dateInput.placeholder = "YYYY-MM-DD[THH:MM]";
  const apply = h("button", "aurora-button", "Load");
  apply.type = "submit";
  form.append(field("Device UID", deviceInput), field("Site", siteInput), field("Date (UT)", dateInput), apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    model.set("site_uid", siteInput.value.trim().toLowerCase());
    model.set("date", dateInput.value.trim());
    model.set("device_uid", deviceInput.value.trim());
    model.save_changes();
  }, { signal });

  // Candidate tables
  const flatTable = createCandidateTable({
    kind: "flatfield", title: "Flatfield files", signal,
    onSelect: (f) => setTrait("selected_flatfield", f),
  });
  const rayTable = createCandidateTable({
    kind: "rayleighs", title: "Rayleighs files", signal,
    onSelect: (f) => setTrait("selected_rayleighs", f),
  });
  const filesets = h("div", "aurora-cb-filesets");
  filesets.append(flatTable.el, rayTable.el);

  // Calibration contents: flatfield panel + stats + histogram, Rayleighs value
  const flatPanel = createPanel({ title: "Flatfield multiplier", name: "flatfield", signal });
  const statsBox = h("div", "aurora-cb-statsbox");
  const stats = h("dl", "aurora-cb-stats");
  stats.setAttribute("aria-label", "Flatfield statistics");
  const hist = createHistogram();
  const region = h("p", "aurora-muted aurora-small aurora-cb-region"); // field of view or whole frame
  statsBox.append(h("div", "aurora-cb-subtitle", "Flatfield statistics"), region, stats, hist.el);
  const ray = h("div", "aurora-cb-rayleighs");
  ray.setAttribute("aria-label", "Rayleighs calibration");
  const rayValue = h("div", "aurora-cb-rvalue");
  const rayFile = h("div", "aurora-muted aurora-small");
  ray.append(h("div", "aurora-cb-subtitle", "Rayleighs per DN per second"), rayValue, rayFile);
  const cal = h("section", "aurora-cb-cal");
  cal.setAttribute("aria-label", "Chosen calibration");
  cal.append(flatPanel.el, statsBox, ray);

  // Before / after
  const ba = h("section", "aurora-cb-section");
  ba.setAttribute("aria-label", "Raw frame before and after calibration");
  const stepsRow = h("div", "aurora-cb-steps");
  stepsRow.append(h("span", "aurora-cb-subtitle", "Calibration steps"));
  const checks = {};
  for (const [key, label] of STEP_LABELS) {
    const box = h("input", "aurora-check");
    box.type = "checkbox";
    box.dataset.step = key;
    box.addEventListener("change", () => {
      const next = { ...(model.get("steps") || {}) };
      next[key] = box.checked;
      setTrait("steps", next);
    }, { signal });
    checks[key] = box;
    stepsRow.append(field(label, box));
  }
  const frameRange = h("input", "aurora-range");
  frameRange.type = "range"; frameRange.min = "0"; frameRange.step = "1";
  const frameOut = h("output", "aurora-muted aurora-small");
  frameRange.addEventListener("input", () => { frameOut.textContent = `frame ${Number(frameRange.value) + 1} of ${Number(frameRange.max) + 1}`; }, { signal });
  frameRange.addEventListener("change", () => setTrait("frame_index", Number(frameRange.value)), { signal });
  stepsRow.append(field("Frame", frameRange), frameOut);
  const frameLine = h("div", "aurora-muted aurora-small aurora-cb-frameinfo");
  const note = h("div", "aurora-note");
  note.setAttribute("role", "status");
  const before = createPanel({ title: "Before: raw (DN)", name: "raw", signal });
  const after = createPanel({ title: "After", name: "calibrated", signal });
  const panels = h("div", "aurora-cb-beforeafter");
  panels.append(before.el, after.el);
  ba.append(stepsRow, frameLine, note, panels);

  root.append(title, device, status.el, form, filesets, cal, ba);
  host.replaceChildren(root);

  // Model -> view. What Python sent was made for one selection (payload_key): drawn only while it is
  // the one the title names, else the file lists and pictures are empty.
  const currentKey = () => `${model.get("array")}|${model.get("site_uid")}|${(model.get("date") || "").slice(0, 10)}|${model.get("device_uid")}`;
  const fresh = () => !!model.get("payload_key") && model.get("payload_key") === currentKey();
  const get = (name, empty) => (fresh() ? model.get(name) : empty);
  function renderHeader() {
    const array = model.get("array");
    const date = (model.get("date") || "").replace("T", " ");
    title.textContent = `Calibration · ${model.get("_instruments")?.labels?.[array] || array || "?"}${model.get("site_uid") ? ` · ${model.get("site_uid")}` : ""}${date ? ` · ${date}` : ""}`;
    const src = model.get("device_source"), given = (src || "").startsWith("given");
    deviceUid.textContent = (fresh() || given ? model.get("device_uid") : "") || "–";
    deviceSource.textContent = src && (fresh() || given) ? `from ${src}` : "";
    status.update();
    root.dataset.selection = currentKey();
    if (focusedIn(root) !== deviceInput) deviceInput.value = model.get("device_source").startsWith("given") ? model.get("device_uid") : "";
    if (focusedIn(root) !== siteInput) siteInput.value = model.get("site_uid") || "";
    if (focusedIn(root) !== dateInput) dateInput.value = model.get("date") || "";
  }
  function renderTables() {
    const flats = get("flatfield_candidates", []) || [], rays = get("rayleighs_candidates", []) || [];
    flatTable.update({ candidates: flats, selected: model.get("selected_flatfield"), date: model.get("date") });
    rayTable.update({ candidates: rays, selected: model.get("selected_rayleighs"), date: model.get("date") });
    filesets.dataset.drawnFor = flats.length || rays.length ? model.get("payload_key") : "";
  }
  function renderFlatfield() {
    const info = get("flatfield_info", {}) || {};
    const caption = info.filename
      ? `${info.filename} · detector ${info.detector_uid} · ${info.version} · ${info.shape ? info.shape.join("×") : ""}`
      : "No flatfield file chosen.";
    flatPanel.update(get("flatfield_panel", {}), model.get("colormap"), caption);
    const s = get("flatfield_stats", {}) || {};
    region.textContent = info.region || "";
    stats.replaceChildren();
    for (const key of ["min", "max", "mean", "median", "std"]) {
      const dd = h("dd", "", fmt(s[key]));
      dd.dataset.stat = key;
      stats.append(h("dt", "", key), dd);
    }
    hist.update(get("flatfield_histogram", {}));
  }
  function renderRayleighs() {
    const info = get("rayleighs_info", {}) || {};
    const has = info.value !== undefined && info.value !== null;
    // 7 significant digits: what a float32 holds (10.4 stored as float32 reads 10.399999618530273)
    rayValue.textContent = has ? `${String(Number(Number(info.value).toPrecision(7)))} R/DN/s` : "–";
    rayValue.dataset.value = has ? String(info.value) : "";
    rayValue.title = has ? `stored value: ${String(info.value)}` : "";
    rayFile.textContent = has
      ? `${info.filename} · detector ${info.detector_uid} · ${info.version} · valid ${info.valid_from} → ${info.valid_to || "open"}`
      : "No Rayleighs file chosen.";
  }
  function renderSteps() {
    const steps = model.get("steps") || {};
    for (const [key] of STEP_LABELS) checks[key].checked = Boolean(steps[key]);
  }
  function renderFrames() {
    const fi = get("frame_info", {}) || {};
    const count = fi.count || 0;
    frameRange.max = String(Math.max(count - 1, 0));
    frameRange.value = String(model.get("frame_index") || 0);
    frameRange.disabled = count <= 1;
    frameOut.textContent = count ? `frame ${fi.index + 1} of ${count}` : ""; // 1-based, as on the skymap map
    frameLine.textContent = fi.filename
      ? `${fi.filename} · ${fi.timestamp} UT${fi.imager ? ` · ${fi.imager}` : ""}${fi.exposure_s ? ` · exposure ${fi.exposure_s} s` : ""}`
      : "";
    const rs = model.get("raw_status");
    note.textContent = model.get("raw_message") || (rs === "loading" ? "Loading…" : "");
    note.classList.toggle("aurora-error", rs === "error");
    note.dataset.state = rs;
    const ri = get("raw_info", {}) || {};
    const ci = get("calibrated_info", {}) || {};
    const cm = model.get("frame_colormap");
    before.update(get("raw_panel", {}), cm,
      ri.units ? `DN · range ${fmt(ri.min)} – ${fmt(ri.max)} · mean ${fmt(ri.mean)}` : "");
    const applied = (ci.applied || []).join(" + ") || "no steps";
    after.el.querySelector(".aurora-cb-panel-title").textContent = ci.units
      ? `After: ${applied} (${ci.units === "R" ? "Rayleighs" : "DN"})` : "After";
    after.update(get("calibrated_panel", {}), cm,
      ci.units ? `${ci.units_long} · range ${fmt(ci.min)} – ${fmt(ci.max)} ${ci.units} · mean ${fmt(ci.mean)}` : "");
    after.el.dataset.units = ci.units || "";
  }

  listen(model, ["status", "message", "retryable", "device_uid", "device_source", "array", "site_uid", "date"], renderHeader, signal);
  listen(model, ["flatfield_candidates", "rayleighs_candidates", "selected_flatfield", "selected_rayleighs", "date"], renderTables, signal);
  listen(model, ["flatfield_panel", "flatfield_stats", "flatfield_histogram", "flatfield_info", "colormap"], renderFlatfield, signal);
  listen(model, ["rayleighs_info"], renderRayleighs, signal);
  listen(model, ["steps"], renderSteps, signal);
  listen(model, ["payload_key", "array", "site_uid", "date", "device_uid"], () => {
    renderHeader(); renderTables(); renderFlatfield(); renderRayleighs(); renderFrames();
  }, signal);
  listen(model, ["raw_panel", "calibrated_panel", "frame_info", "raw_info", "calibrated_info", "raw_status", "raw_message", "frame_index", "frame_colormap"], renderFrames, signal);

  // Theme switches repaint the histogram (its colours come from the tokens).
  const observer = new MutationObserver(() => hist.repaint());
  observer.observe(document.body, { attributes: true, attributeFilter: ["class", "data-jp-theme-light", "data-vscode-theme-kind"] });
  signal.addEventListener("abort", () => observer.disconnect());

  renderHeader(); renderTables(); renderFlatfield(); renderRayleighs(); renderSteps(); renderFrames();
  return () => observer.disconnect();
}
