// Explorer front-end: one layout holding the child widgets (dataset, site and date pickers, the
// SkymapBrowser and the CalibrationBrowser) plus a "code" view. The children are real widgets
// with their own models (anywidget.WidgetTrait refs "anywidget:<model_id>"); each is drawn here
// by the bundle's own renderer for its `_kind` (handed in by index.js as `renderChild`, so this
// module imports no renderer itself), so it stays usable and synced, and Python wires
// them together (aurora_widgets/widgets/explorer.py).
import "./calibration/calibration_browser.css";
import "./calibration/explorer.css";
import { h, listen } from "./lib/dom.js";

const TABS = [
  ["skymap", "Skymap"],
  ["night", "Night"],
  ["calibration", "Calibration"],
  ["code", "Code"],
];

/** Wrap a widget-manager model so listeners added through it are removed when `signal` aborts. */
function scoped(model, signal) {
  const context = {};
  signal.addEventListener("abort", () => model.off(null, null, context));
  return {
    get: (name) => model.get(name),
    set: (...args) => model.set(...args),
    save_changes: () => model.save_changes(),
    send: (...args) => model.send(...args),
    on: (name, cb) => model.on(name, cb, context),
    off: (name, cb) => model.off(name, cb, context),
    widget_manager: model.widget_manager,
  };
}

/** Resolve a child reference ("anywidget:<id>") to a model, through `host` or the widget manager. */
async function resolveChild(ref, { model, host, signal }) {
  if (typeof ref !== "string" || !ref) return null;
  if (host && typeof host.getModel === "function") {
    try { return await host.getModel(ref); } catch (_err) { /* fall back to the widget manager */ }
  }
  const id = ref.startsWith("anywidget:") ? ref.slice("anywidget:".length) : ref;
  const manager = model.widget_manager;
  if (!manager || typeof manager.get_model !== "function") return null;
  const child = await manager.get_model(id);
  return child ? scoped(child, signal) : null;
}

/** A slot that renders the child widget held by trait `name`, re-rendering if the ref changes. */
function createSlot(name, label, ctx) {
  const { model, signal } = ctx;
  const slot = h("div", "aurora-ex-slot");
  slot.dataset.child = name;
  slot.setAttribute("aria-label", label);
  let controller = null;
  let cleanup = null;
  let ticket = 0;

  async function mount() {
    const mine = ++ticket;
    if (controller) controller.abort();
    if (typeof cleanup === "function") { try { cleanup(); } catch (_err) { /* ignore */ } }
    cleanup = null;
    controller = new AbortController();
    const childSignal = controller.signal;
    signal.addEventListener("abort", () => controller.abort(), { signal: childSignal });
    const ref = model.get(name);
    let child = null;
    try {
      child = await resolveChild(ref, { ...ctx, signal: childSignal });
    } catch {
      child = null;
    }
    if (mine !== ticket || signal.aborted) return;
    const el = h("div", "aurora-ex-child");
    if (!child) {
      el.append(h("div", "aurora-muted aurora-small", ref ? `${label}: not available in this front-end.` : ""));
      slot.replaceChildren(el);
      slot.dataset.mounted = "false";
      return;
    }
    slot.replaceChildren(el);
    cleanup = await ctx.renderChild({ model: child, el, signal: childSignal });
    slot.dataset.mounted = "true";
  }

  listen(model, [name], mount, signal);
  mount();
  return {
    el: slot,
    destroy: () => {
      if (controller) controller.abort();
      if (typeof cleanup === "function") cleanup();
    },
  };
}

function copyText(text, fallbackNode) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Fallback: select the code and use the legacy copy command.
  const range = document.createRange();
  range.selectNodeContents(fallbackNode);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  const ok = document.execCommand?.("copy");
  return ok ? Promise.resolve() : Promise.reject(new Error("copy not allowed"));
}

export function renderExplorer({ model, el: host, signal, host: anyHost, renderChild }) {
  const ctx = { model, host: anyHost, signal, renderChild };
  const root = h("div", "aurora-ex");
  const title = h("div", "aurora-ex-title", "Explorer");
  const summary = h("div", "aurora-muted aurora-small aurora-ex-summary");
  summary.setAttribute("role", "status");
  summary.setAttribute("aria-live", "polite");

  const steps = h("div", "aurora-ex-steps");
  const slots = {
    dataset: createSlot("dataset_picker", "Dataset", ctx),
    site: createSlot("site_picker", "Site", ctx),
    date: createSlot("date_picker", "Date", ctx),
    night: createSlot("keogram_picker", "Night", ctx),
    skymap: createSlot("skymap_browser", "Skymap", ctx),
    calibration: createSlot("calibration_browser", "Calibration", ctx),
  };
  const step = (n, text, slot) => {
    const box = h("section", "aurora-ex-step");
    box.setAttribute("aria-label", text);
    box.append(h("div", "aurora-ex-step-title", `${n} · ${text}`), slot.el);
    return box;
  };
  steps.append(step(1, "Dataset", slots.dataset), step(2, "Site", slots.site), step(3, "Date", slots.date));

  // Tabs: skymap / calibration / code (native buttons, arrow keys move between them)
  const tablist = h("div", "aurora-ex-tabs");
  tablist.setAttribute("role", "tablist");
  tablist.setAttribute("aria-label", "Results");
  const buttons = {};
  const panels = {};
  for (const [key, text] of TABS) {
    const b = h("button", "aurora-ex-tab", text);
    b.type = "button";
    b.id = `aurora-ex-tab-${key}-${Math.random().toString(36).slice(2, 7)}`;
    b.setAttribute("role", "tab");
    b.dataset.tab = key;
    b.addEventListener("click", () => { model.set("tab", key); model.save_changes(); }, { signal });
    b.addEventListener("keydown", (event) => {
      const keys = TABS.map(([k]) => k);
      const i = keys.indexOf(key);
      let j = null;
      if (event.key === "ArrowRight") j = (i + 1) % keys.length;
      if (event.key === "ArrowLeft") j = (i - 1 + keys.length) % keys.length;
      if (j === null) return;
      event.preventDefault();
      buttons[keys[j]].focus();
      model.set("tab", keys[j]); model.save_changes();
    }, { signal });
    buttons[key] = b;
    tablist.append(b);
    const panel = h("div", "aurora-ex-panel");
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", b.id);
    panel.dataset.tab = key;
    panels[key] = panel;
  }
  const calNote = h("div", "aurora-muted aurora-small aurora-ex-calnote");
  panels.skymap.append(slots.skymap.el);
  const nightNote = h("div", "aurora-muted aurora-small aurora-ex-nightnote",
    "The night's keogram: click a minute to show it on the map and in the calibration browser.");
  panels.night.append(nightNote, slots.night.el);
  panels.calibration.append(calNote, slots.calibration.el);

  // Code view
  const codeBar = h("div", "aurora-ex-codebar");
  const copy = h("button", "aurora-button aurora-ex-copy", "Copy code");
  copy.type = "button";
  const copied = h("span", "aurora-muted aurora-small aurora-ex-copied");
  copied.setAttribute("aria-live", "polite");
  codeBar.append(h("span", "aurora-muted aurora-small", "Python that reproduces this selection without widgets:"), copy, copied);
  const pre = h("pre", "aurora-ex-code");
  const code = h("code", "");
  pre.append(code);
  pre.tabIndex = 0;
  pre.setAttribute("aria-label", "Python code");
  panels.code.append(codeBar, pre);
  copy.addEventListener("click", () => {
    copyText(model.get("code") || "", code).then(
      () => { copied.textContent = "Copied."; },
      () => { copied.textContent = "Select the code and copy it (the clipboard is not available here)."; },
    );
  }, { signal });

  const results = h("div", "aurora-ex-results");
  results.append(tablist, ...TABS.map(([k]) => panels[k]));
  root.append(title, steps, summary, results);
  host.replaceChildren(root);

  function renderSummary() {
    const when = model.get("when") || "";
    const parts = [
      ["dataset", model.get("dataset_name")], ["site", model.get("site_uid")],
      ["time", when ? `${when.replace("T", " ")} UT` : ""],
    ].filter(([, v]) => v).map(([k, v]) => `${k} ${v}`);
    const message = model.get("message") || "";
    const selected = parts.length ? `Selected: ${parts.join(" · ")}` : "";
    summary.textContent = model.get("status") === "error" ? message
      : [selected, message].filter(Boolean).join(". ") || "Pick a dataset, a site and a date.";
    summary.classList.toggle("aurora-error", model.get("status") === "error");
  }
  function renderTabs() {
    const tab = model.get("tab") || "skymap";
    for (const [key] of TABS) {
      const on = key === tab;
      buttons[key].setAttribute("aria-selected", String(on));
      buttons[key].tabIndex = on ? 0 : -1;
      buttons[key].classList.toggle("is-active", on);
      panels[key].hidden = !on;
    }
  }
  function renderCalibrationNote() {
    const text = model.get("calibration_note") || "";
    calNote.textContent = text;
    calNote.hidden = !text;
    slots.calibration.el.hidden = Boolean(text);
  }
  function renderCode() {
    code.textContent = model.get("code") || "";
    copied.textContent = "";
  }

  listen(model, ["dataset_name", "site_uid", "when", "message", "status"], renderSummary, signal);
  listen(model, ["tab"], renderTabs, signal);
  listen(model, ["calibration_note"], renderCalibrationNote, signal);
  listen(model, ["code"], renderCode, signal);
  renderSummary(); renderTabs(); renderCalibrationNote(); renderCode();
  return () => { for (const slot of Object.values(slots)) slot.destroy(); };
}
