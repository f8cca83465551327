// DatePicker front-end: a native date (+ time) input with bounds, previous/next day buttons and,
// when validity intervals are given (`available`), a month calendar marking the covered days.
// Python (date_picker.py) holds `date` ("YYYY-MM-DD"), `time` ("HH:MM") and the bounds.
import "./lib/pickers.css";
import { bind, button, h, labelled, setTrait, statusLine } from "./lib/dom.js";

const DAY_MS = 86400000;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "YYYY-MM-DD" -> UTC milliseconds (NaN when malformed). */
export function parseDay(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(text || ""));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

/** UTC milliseconds -> "YYYY-MM-DD". */
export function formatDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Intervals ([start, end|null], end day inclusive) that cover the day `ms`. */
export function coveringIntervals(available, ms) {
  return (available || []).filter(([start, end]) => {
    const s = parseDay(start);
    const e = end ? parseDay(end) : Infinity;
    return ms >= s && ms <= e;
  });
}

export function renderDatePicker({ model, el, signal }) {
  const root = h("div", "aurora-picker aurora-dtp");

  const row = h("div", "aurora-picker-controls");
  const prev = button("◀", { className: "aurora-button aurora-dtp-prev", label: "Previous day", onClick: () => step(-1), signal });
  const next = button("▶", { className: "aurora-button aurora-dtp-next", label: "Next day", onClick: () => step(1), signal });
  const dateInput = h("input", "aurora-input aurora-dtp-date");
  dateInput.type = "date";
  const timeInput = h("input", "aurora-input aurora-dtp-time");
  timeInput.type = "time";
  timeInput.step = "60";
  const timeField = labelled("Time (UT)", timeInput);
  const coverage = h("span", "aurora-badge aurora-dtp-coverage");
  row.append(prev, labelled("Date (UT)", dateInput), next, timeField, coverage);

  const status = statusLine(model, signal);

  const calendar = h("div", "aurora-dtp-calendar");
  const calHeader = h("div", "aurora-dtp-cal-header");
  const prevMonth = button("‹", { className: "aurora-button", label: "Previous month", onClick: () => moveMonth(-1), signal });
  const nextMonth = button("›", { className: "aurora-button", label: "Next month", onClick: () => moveMonth(1), signal });
  const monthLabel = h("span", "aurora-dtp-month");
  monthLabel.setAttribute("aria-live", "polite");
  calHeader.append(prevMonth, monthLabel, nextMonth);
  const grid = h("div", "aurora-dtp-grid");
  grid.setAttribute("role", "group");
  grid.setAttribute("aria-label", "Days of the month; covered days are marked");
  const legend = h("div", "aurora-muted aurora-dtp-legend");
  const intervals = h("ul", "aurora-dtp-intervals");
  intervals.setAttribute("aria-label", "Validity intervals");
  calendar.append(calHeader, grid, legend, intervals);

  root.append(row, status, calendar);
  el.replaceChildren(root);

  let month = NaN; // UTC ms of the first day of the month shown

  const bounds = () => [parseDay(model.get("min_date")), parseDay(model.get("max_date"))];
  const inBounds = (ms) => {
    const [lo, hi] = bounds();
    return !(ms < lo) && !(ms > hi);
  };

  function setDay(ms) {
    if (!Number.isFinite(ms) || !inBounds(ms)) return;
    setTrait(model, "date", formatDay(ms));
  }

  function step(days) {
    const current = parseDay(model.get("date"));
    const base = Number.isFinite(current) ? current : Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    setDay(base + days * DAY_MS);
  }

  function moveMonth(delta) {
    const d = new Date(month);
    month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta, 1);
    drawCalendar();
  }

  function drawInputs() {
    const date = model.get("date") || "";
    if (dateInput.value !== date) dateInput.value = date;
    dateInput.min = model.get("min_date") || "";
    dateInput.max = model.get("max_date") || "";
    const withTime = Boolean(model.get("with_time"));
    timeField.hidden = !withTime;
    const time = model.get("time") || "00:00";
    if (timeInput.value !== time) timeInput.value = time;
    const ms = parseDay(date);
    const [lo, hi] = bounds();
    prev.disabled = !Number.isFinite(ms) || ms - DAY_MS < lo;
    next.disabled = !Number.isFinite(ms) || ms + DAY_MS > hi;
    const available = model.get("available") || [];
    coverage.hidden = !available.length || !Number.isFinite(ms);
    const covering = Number.isFinite(ms) ? coveringIntervals(available, ms) : [];
    coverage.textContent = covering.length ? `covered (${covering.length})` : "not covered";
    coverage.classList.toggle("is-covered", covering.length > 0);
    root.dataset.covered = String(covering.length > 0);
    if (Number.isFinite(ms)) {
      const d = new Date(ms);
      month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    } else if (!Number.isFinite(month)) {
      const first = available.length ? parseDay(available[0][0]) : Date.now();
      const d = new Date(first);
      month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    }
    drawCalendar();
  }

  function drawCalendar() {
    const available = model.get("available") || [];
    calendar.hidden = !available.length;
    if (!available.length) return;
    const d = new Date(month);
    const year = d.getUTCFullYear();
    const m = d.getUTCMonth();
    monthLabel.textContent = `${MONTHS[m]} ${year}`;
    const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    const offset = (new Date(month).getUTCDay() + 6) % 7; // Monday first
    const selected = parseDay(model.get("date"));
    const cells = WEEKDAYS.map((w) => h("span", "aurora-dtp-weekday", w));
    for (let i = 0; i < offset; i++) cells.push(h("span", "aurora-dtp-blank"));
    for (let day = 1; day <= days; day++) {
      const ms = Date.UTC(year, m, day);
      const covered = coveringIntervals(available, ms).length > 0;
      const b = button(String(day), { className: "aurora-dtp-day", onClick: () => setDay(ms), signal });
      b.dataset.date = formatDay(ms);
      b.classList.toggle("is-covered", covered);
      b.setAttribute("aria-label", `${formatDay(ms)}, ${covered ? "covered" : "not covered"}`);
      if (ms === selected) b.setAttribute("aria-current", "date");
      b.disabled = !inBounds(ms);
      cells.push(b);
    }
    grid.replaceChildren(...cells);
    const label = model.get("available_label");
    legend.textContent = label ? `Underlined days have ${label}.` : "Underlined days are covered by at least one interval.";
    intervals.replaceChildren(...available.map(([start, end]) => h("li", "", `${start} → ${end || "open (no end)"}`)));
  }

  dateInput.addEventListener("change", () => {
    if (!dateInput.value) return;
    if (dateInput.validity.valid) setTrait(model, "date", dateInput.value);
    else drawInputs(); // out of bounds: put the model's date back
  }, { signal });
  timeInput.addEventListener("change", () => {
    if (timeInput.value) setTrait(model, "time", timeInput.value.slice(0, 5));
  }, { signal });
  dateInput.addEventListener("keydown", (event) => {
    if (event.altKey && event.key === "ArrowLeft") { event.preventDefault(); step(-1); }
    if (event.altKey && event.key === "ArrowRight") { event.preventDefault(); step(1); }
  }, { signal });

  bind(model, ["date", "time", "with_time", "min_date", "max_date", "available", "available_label"], drawInputs, signal);
}
