// A table of calibration files (flatfield or Rayleighs) of one device: validity interval on a
// small shared time axis, version, "best" badge; a native radio button per row chooses a file.
import { h } from "../lib/dom.js";

const DAY = 86400000;

function parseDay(text) {
  return text ? Date.parse(`${text.slice(0, 10)}T00:00:00Z`) : NaN;
}

/**
 * createCandidateTable({kind, title, onSelect, signal}) -> {el, update({candidates, selected, date})}
 * `kind` ("flatfield" | "rayleighs") names the radio group; `onSelect(filename)` on a choice.
 */
export function createCandidateTable({ kind, title, onSelect, signal }) {
  const wrap = h("section", "aurora-cb-files");
  wrap.setAttribute("aria-label", title);
  const heading = h("div", "aurora-cb-subtitle", title);
  const table = h("table", "aurora-cb-table");
  table.dataset.kind = kind;
  const head = h("thead");
  const hr = h("tr");
  for (const text of ["", "File", "Valid from", "Valid to", "Version", "Validity"]) hr.append(h(text ? "th" : "td", "", text)); // the empty corner is no header
  head.append(hr);
  const body = h("tbody");
  table.append(head, body);
  const empty = h("div", "aurora-muted aurora-small", "");
  wrap.append(heading, table, empty);
  const group = `aurora-cb-${kind}-${Math.random().toString(36).slice(2, 8)}`;

  function update({ candidates, selected, date }) {
    const list = candidates || [];
    body.replaceChildren();
    empty.textContent = list.length ? "" : "No files listed.";
    table.hidden = !list.length;
    if (!list.length) return;
    const now = Date.now();
    const marker = parseDay(date);
    const starts = list.map((c) => parseDay(c.valid_from));
    const ends = list.map((c) => (c.valid_to ? parseDay(c.valid_to) + DAY : now));
    let lo = Math.min(...starts, Number.isFinite(marker) ? marker : Infinity);
    let hi = Math.max(...ends, Number.isFinite(marker) ? marker + DAY : -Infinity);
    if (!(hi > lo)) hi = lo + DAY;
    const pad = (hi - lo) * 0.03;
    lo -= pad; hi += pad;
    const pct = (t) => `${(((t - lo) / (hi - lo)) * 100).toFixed(2)}%`;

    list.forEach((c, i) => {
      const tr = h("tr", "aurora-cb-row");
      tr.dataset.filename = c.filename;
      tr.classList.toggle("is-best", Boolean(c.is_best));
      tr.classList.toggle("is-selected", c.filename === selected);
      const radio = h("input", "aurora-check");
      radio.type = "radio";
      radio.name = group;
      radio.value = c.filename;
      radio.checked = c.filename === selected;
      radio.setAttribute("aria-label", `Use ${c.filename}${c.is_best ? " (best for the date)" : ""}`);
      radio.addEventListener("change", () => { if (radio.checked) onSelect(c.filename); }, { signal });
      const pick = h("td", "aurora-cb-pick");
      pick.append(radio);
      const name = h("td", "aurora-cb-filename");
      const label = h("label", "", c.filename);
      label.htmlFor = `${group}-${i}`;
      radio.id = `${group}-${i}`;
      name.append(label);
      if (c.is_best) name.append(h("span", "aurora-cb-badge", "best"));
      const bar = h("td", "aurora-cb-validity");
      const track = h("div", "aurora-cb-track");
      const seg = h("div", "aurora-cb-seg");
      seg.style.left = pct(starts[i]);
      seg.style.width = `calc(${pct(ends[i])} - ${pct(starts[i])})`;
      if (!c.valid_to) seg.classList.add("is-open");
      track.append(seg);
      if (Number.isFinite(marker)) {
        const m = h("div", "aurora-cb-marker");
        m.style.left = pct(marker);
        m.title = `date ${date}`;
        track.append(m);
      }
      bar.append(track);
      tr.append(pick, name, h("td", "", c.valid_from), h("td", "", c.valid_to || "open (+)"),
        h("td", "", c.version), bar);
      tr.addEventListener("click", (event) => {
        if (event.target === radio || event.target.tagName === "LABEL") return;
        radio.checked = true;
        onSelect(c.filename);
      }, { signal });
      body.append(tr);
    });
  }

  return { el: wrap, update };
}
