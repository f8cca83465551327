// Timeline of every skymap of a site: one row per file, a native <button> bar over its validity
// interval (open intervals run to today), the version, the date marker, the chosen and the
// compared file. Keyboard: Tab reaches the chosen bar; arrows move and choose (a radio group).
import { h as el, focusedIn } from "../lib/dom.js";

const DAY = 86400000;

function parseDay(text) {
  return text ? Date.parse(`${text.slice(0, 10)}T00:00:00Z`) : NaN;
}

/** Build the timeline; `onSelect(filename)` is called when the user chooses a bar. */
export function createTimeline({ onSelect, signal }) {
  const root = el("div", "aurora-sb-timeline");
  const axis = el("div", "aurora-sb-axis");
  const rows = el("div", "aurora-sb-rows");
  rows.setAttribute("role", "radiogroup");
  rows.setAttribute("aria-label", "Skymap files of the site, by validity interval");
  const marker = el("div", "aurora-sb-datemarker");
  const markerLabel = el("span", "aurora-sb-datemarker-label");
  marker.append(markerLabel);
  const empty = el("div", "aurora-muted aurora-small", "No skymaps listed yet.");
  root.append(axis, rows, marker, empty);
  let buttons = [];

  rows.addEventListener("keydown", (event) => {
    const i = buttons.indexOf(focusedIn(root));
    if (i < 0) return;
    let j = i;
    if (event.key === "ArrowDown" || event.key === "ArrowRight") j = Math.min(buttons.length - 1, i + 1);
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") j = Math.max(0, i - 1);
    else if (event.key === "Home") j = 0;
    else if (event.key === "End") j = buttons.length - 1;
    else return;
    event.preventDefault();
    buttons[j].focus();
    onSelect(buttons[j].dataset.filename);
  }, { signal });

  // What the bars were built from; a click only moves the choice over the same bars (no rebuild,
  // so the host page has no layout to redo before the new skymap arrives).
  let built = null, described = [];
  function markChoice(selected, compare) {
    buttons.forEach((button, i) => {
      const filename = button.dataset.filename;
      const isSelected = filename === selected;
      button.setAttribute("aria-checked", String(isSelected));
      button.tabIndex = isSelected || (!selected && i === 0) ? 0 : -1;
      button.classList.toggle("is-selected", isSelected);
      button.classList.toggle("is-compare", !!compare && filename === compare);
      button.setAttribute("aria-label", `${described[i]}${compare === filename ? ", compared" : ""}`);
    });
  }

  function update({ candidates, selected, compare, date, fits }) {
    candidates = candidates || [];
    if (built && built.candidates === candidates && built.date === date && built.fits === fits) {
      markChoice(selected, compare);
      return;
    }
    built = { candidates, date, fits };
    const fitOf = new Map((fits || []).map((f) => [f.skymap_filename, f])); // star fit per file
    empty.hidden = candidates.length > 0;
    const today = Date.now();
    const when = parseDay(date);
    const starts = candidates.map((c) => parseDay(c.valid_from));
    const ends = candidates.map((c) => (c.valid_to ? parseDay(c.valid_to) + DAY : today));
    let lo = Math.min(...starts, Number.isFinite(when) ? when : Infinity);
    let hi = Math.max(...ends, Number.isFinite(when) ? when : -Infinity, today);
    if (!Number.isFinite(lo)) { lo = today - 365 * DAY; hi = today; }
    const pad = (hi - lo) * 0.03 + DAY;
    lo -= pad; hi += pad;
    const pct = (t) => `${(((t - lo) / (hi - lo)) * 100).toFixed(3)}%`;

    axis.replaceChildren();
    const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
    const every = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
    for (let y = y0 + 1; y <= y1; y += 1) {
      if ((y - y0) % every) continue;
      const tick = el("span", "aurora-sb-tick", String(y));
      tick.style.left = pct(Date.UTC(y, 0, 1));
      axis.append(tick);
    }

    rows.replaceChildren();
    described = [];
    buttons = candidates.map((c, i) => {
      const row = el("div", "aurora-sb-row");
      const button = el("button", "aurora-sb-bar");
      button.type = "button";
      button.dataset.filename = c.filename;
      button.setAttribute("role", "radio");
      button.classList.toggle("is-best", !!c.is_best);
      button.classList.toggle("is-open", !c.valid_to);
      button.style.left = pct(starts[i]);
      button.style.width = `calc(${pct(ends[i])} - ${pct(starts[i])})`;
      const until = c.valid_to ? c.valid_to : "open";
      const fit = fitOf.get(c.filename);
      const fitText = !fit ? "" : fit.median_px != null ? `${fit.median_px.toFixed(2)} px${fit.best ? " ★ best star fit" : ""}` : "no star fit";
      button.classList.toggle("is-fit-best", !!fit?.best);
      button.dataset.fit = fitText;
      const label = `${fitText ? `${fitText} · ` : ""}${c.version} · ${c.valid_from} → ${until}${c.is_best ? " · valid for the date" : ""}`;
      button.textContent = label;
      button.title = `${c.filename}\nvalid ${c.valid_from} to ${c.valid_to || "today (open interval)"}${fit ? `\nstar fit: ${fit.stars_found} of ${fit.stars_in_view} stars, ${fit.median_px != null ? `median ${fit.median_px.toFixed(2)} px, p90 ${fit.p90_px.toFixed(2)} px` : `none (${fit.reason})`}` : ""}`;
      described[i] = `${c.filename}, valid from ${c.valid_from} ${c.valid_to ? `to ${c.valid_to}` : "onwards"}, version ${c.version}${c.is_best ? ", best for the date" : ""}${fitText ? `, star residual ${fitText}` : ""}`;
      button.addEventListener("click", () => onSelect(c.filename), { signal });
      row.append(button);
      rows.append(row);
      return button;
    });
    markChoice(selected, compare);

    marker.hidden = !Number.isFinite(when);
    if (Number.isFinite(when)) {
      marker.style.left = pct(when);
      markerLabel.textContent = (date || "").replace("T", " ");
    }
  }

  return { el: root, update };
}
