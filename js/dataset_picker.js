// DatasetPicker front-end: a searchable, sortable table of datasets with kind chips, keyboard
// navigation and expandable details. Python (aurora_widgets/widgets/dataset_picker.py) lists the
// datasets; this module filters, sorts and selects (`selected`, `query`, `kind_filter` traits).
import "./lib/pickers.css";
import { bind, button, doiLink, focusedIn, h, labelled, listKeys, pickerHeader, setTrait, statusLine } from "./lib/dom.js";

export const KINDS = [
  ["all", "All"],
  ["raw", "Raw"],
  ["skymap", "Skymap"],
  ["calibration", "Calibration"],
];

const COLUMNS = [
  ["name", "Name"],
  ["provider", "Provider"],
  ["level", "Level"],
  ["doi", "DOI"],
  ["short_description", "Description"],
];

/** Same rule as DatasetPicker.visible_datasets in Python: kind chip, then every query word. */
export function matches(d, query, kind) {
  if (kind && kind !== "all" && d.kind !== kind) return false;
  const words = String(query || "").toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = [d.name, d.provider, d.level, d.doi, d.short_description].map((x) => String(x || "").toLowerCase()).join(" ");
  return words.every((w) => hay.includes(w));
}

export function renderDatasetPicker({ model, el, signal }) {
  const root = h("div", "aurora-picker aurora-dp");
  const expanded = new Set();

  const { header, count } = pickerHeader("Datasets", "aurora-dp-count");

  const controls = h("div", "aurora-picker-controls");
  const search = h("input", "aurora-input aurora-dp-search");
  search.type = "search";
  search.placeholder = "name, provider, level, DOI, words…";
  search.autocomplete = "off";
  const chips = h("div", "aurora-chips");
  chips.setAttribute("role", "group");
  chips.setAttribute("aria-label", "Filter by kind");
  const chipButtons = KINDS.map(([value, text]) => {
    const chip = button(text.toUpperCase(), {
      className: "aurora-button aurora-chip",
      onClick: () => setTrait(model, "kind_filter", value),
      signal,
    });
    chip.dataset.kind = value;
    chips.append(chip);
    return chip;
  });
  controls.append(labelled("Search", search), chips);

  const status = statusLine(model, signal);

  const tableWrap = h("div", "aurora-dp-scroll");
  const table = h("table", "aurora-table aurora-dp-table");
  table.setAttribute("role", "grid");
  table.setAttribute("aria-label", "Datasets");
  const thead = h("thead");
  const headRow = h("tr");
  const sortButtons = {};
  const thDetails = h("th", "aurora-dp-toggle-cell");
  thDetails.scope = "col";
  thDetails.append(h("span", "aurora-sr-only", "Details"));
  headRow.append(thDetails);
  for (const [key, text] of COLUMNS) {
    const th = h("th");
    th.scope = "col";
    const b = button(text, {
      className: "aurora-sort",
      onClick: () => {
        if (model.get("sort_by") === key) setTrait(model, "sort_descending", !model.get("sort_descending"));
        else { model.set("sort_descending", false); setTrait(model, "sort_by", key); }
      },
      signal,
    });
    const arrow = h("span", "aurora-sort-arrow");
    arrow.setAttribute("aria-hidden", "true");
    b.append(arrow);
    sortButtons[key] = { th, b, arrow };
    th.append(b);
    headRow.append(th);
  }
  thead.append(headRow);
  const tbody = h("tbody");
  table.append(thead, tbody);
  tableWrap.append(table);

  const footer = h("div", "aurora-picker-footer");
  const selectedLine = h("span", "aurora-dp-selected");
  footer.append(selectedLine);

  root.append(header, controls, status, tableWrap, footer);
  el.replaceChildren(root);

  const rows = () => [...tbody.querySelectorAll("tr.aurora-dp-row")];
  const select = (name) => setTrait(model, "selected", name);

  function sorted(list) {
    const key = model.get("sort_by") || "name";
    const dir = model.get("sort_descending") ? -1 : 1;
    return [...list].sort((a, b) => dir * String(a[key] ?? "").localeCompare(String(b[key] ?? ""), undefined, { numeric: true }) || String(a.name).localeCompare(String(b.name)));
  }

  function detailsRow(d, id) {
    const tr = h("tr", "aurora-dp-details");
    tr.id = id;
    const td = h("td");
    td.colSpan = COLUMNS.length + 1;
    const blocks = [
      ["Long description", d.long_description],
      ["Citation", d.citation],
      ["DOI details", d.doi_details],
      ["Time resolution", d.file_time_resolution],
      ["Readable here", d.file_reading_supported ? "yes" : "no (listing and download only)"],
    ];
    for (const [label, value] of blocks) {
      if (value === null || value === undefined || value === "") continue;
      const p = h("p", "aurora-dp-detail");
      p.append(h("strong", "", `${label}: `), h("span", "aurora-dp-detail-text", value));
      td.append(p);
    }
    tr.append(td);
    return tr;
  }

  function drawRows() {
    const all = model.get("datasets") || [];
    const query = model.get("query") || "";
    const kind = model.get("kind_filter") || "all";
    const visible = sorted(all.filter((d) => matches(d, query, kind)));
    const focused = /** @type {HTMLElement | null} */ (focusedIn(root));
    const focusedName = focused?.dataset ? focused.dataset.name : undefined;
    const selected = model.get("selected") || "";
    const frag = document.createDocumentFragment();
    visible.forEach((d, i) => {
      const tr = h("tr", "aurora-dp-row");
      tr.dataset.name = d.name;
      tr.dataset.kind = d.kind || "";
      tr.tabIndex = -1;
      tr.setAttribute("aria-selected", String(d.name === selected));
      const tdToggle = h("td", "aurora-dp-toggle-cell");
      tr.append(tdToggle);
      tr.append(
        h("td", "aurora-dp-name", d.name),
        h("td", "", d.provider || ""),
        h("td", "", d.level || ""),
      );
      const doiCell = h("td", "aurora-dp-doi");
      doiCell.append(doiLink(d.doi));
      tr.append(doiCell, h("td", "aurora-dp-desc", d.short_description || ""));
      const detailsId = `aurora-dp-details-${i}-${String(d.name).replace(/[^A-Za-z0-9_-]/g, "_")}`;
      const open = expanded.has(d.name);
      const toggle = button(open ? "▾" : "▸", {
        className: "aurora-button aurora-dp-toggle",
        label: `${open ? "Hide" : "Show"} details of ${d.name}`,
        signal,
      });
      toggle.setAttribute("aria-expanded", String(open));
      toggle.setAttribute("aria-controls", detailsId);
      toggle.addEventListener("click", (event) => {
        event.stopPropagation();
        if (expanded.has(d.name)) expanded.delete(d.name); else expanded.add(d.name);
        drawRows();
        const again = tbody.querySelector(`tr.aurora-dp-row[data-name="${CSS.escape(d.name)}"] .aurora-dp-toggle`);
        if (again) again.focus();
      }, { signal });
      tdToggle.append(toggle);
      tr.addEventListener("click", (event) => {
        if (event.target.closest("a, button")) return;
        select(d.name);
      }, { signal });
      frag.append(tr);
      if (open) frag.append(detailsRow(d, detailsId));
    });
    if (!visible.length) {
      const tr = h("tr", "aurora-dp-empty");
      const td = h("td", "aurora-muted", all.length ? `No dataset matches "${query}"${kind !== "all" ? ` among ${kind} datasets` : ""}.` : "");
      td.colSpan = COLUMNS.length + 1;
      tr.append(td);
      frag.append(tr);
    }
    tbody.replaceChildren(frag);
    const list = rows();
    const target = list.find((r) => r.dataset.name === focusedName) || list.find((r) => r.dataset.name === selected) || list[0];
    if (target) target.tabIndex = 0;
    if (focusedName && target && target.dataset.name === focusedName) target.focus();
    count.textContent = `${visible.length} of ${all.length}`;
  }

  function drawSelection() {
    const selected = model.get("selected") || "";
    for (const tr of rows()) tr.setAttribute("aria-selected", String(tr.dataset.name === selected));
    selectedLine.textContent = selected ? `Selected: ${selected}` : "No dataset selected";
  }

  function drawControls() {
    const kind = model.get("kind_filter") || "all";
    for (const chip of chipButtons) chip.setAttribute("aria-pressed", String(chip.dataset.kind === kind));
    const query = model.get("query") || "";
    if (search.value !== query) search.value = query;
    const key = model.get("sort_by") || "name";
    const desc = Boolean(model.get("sort_descending"));
    for (const [k, { th, arrow }] of Object.entries(sortButtons)) {
      th.setAttribute("aria-sort", k === key ? (desc ? "descending" : "ascending") : "none");
      arrow.textContent = k === key ? (desc ? " ▼" : " ▲") : "";
    }
  }

  let timer = null;
  search.addEventListener("input", () => {
    model.set("query", search.value); // filters at once (change:query redraws)
    clearTimeout(timer);
    timer = setTimeout(() => model.save_changes(), 250);
  }, { signal });
  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      const first = rows()[0];
      if (first) { event.preventDefault(); first.tabIndex = 0; first.focus(); }
    } else if (event.key === "Enter") {
      clearTimeout(timer);
      model.save_changes();
      const list = rows();
      if (list.length === 1) select(list[0].dataset.name);
    }
  }, { signal });
  signal?.addEventListener("abort", () => clearTimeout(timer));

  listKeys(tbody, rows, (tr) => select(tr.dataset.name), signal);

  bind(model, ["datasets", "query", "kind_filter", "sort_by", "sort_descending"], () => { drawControls(); drawRows(); drawSelection(); }, signal);
  bind(model, ["selected"], drawSelection, signal);
  return () => { clearTimeout(timer); };
}
