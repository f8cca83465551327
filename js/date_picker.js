// DatePicker front-end: a native date (+ time) input with bounds, previous/next day buttons and a
// month calendar (month and year selects, keyboard paging) marking the days covered by validity
// intervals (`available`) and the days that have data files (`data_days`).
// Python (date_picker.py) holds `date` ("YYYY-MM-DD"), `time` ("HH:MM"), the bounds and
// `shown_month` ("YYYY-MM", the calendar's month, so a host can list that month's files).
// Typed text is committed on Enter or blur only, and a focused field is never rewritten.
import "./lib/pickers.css";
import { bind, button, h, input, labelled, setTrait, statusLine, stepButtons } from "./lib/dom.js";

const DAY_MS = 86400000;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Without bounds, typed years outside these are refused (a two- or three-digit year is a typo). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

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

/**
 * Why the typed day `text` ("YYYY-MM-DD", from a date input) cannot be used, or "" when it can.
 * `min`/`max` are the bounds ("" = none).
 */
export function refusal(text, min, max) {
  const ms = parseDay(text);
  if (!Number.isFinite(ms)) return "Incomplete date: type the month, the day and all four digits of the year.";
  const year = Number(text.slice(0, 4));
  if (year < 1000) return `The year ${year} is not a year of data: type all four digits (e.g. 2021).`;
  const lo = parseDay(min);
  const hi = parseDay(max);
  if (ms < lo || ms > hi) return `${text} is outside the data's range (${min || "any"} … ${max || "any"}): pick a day inside it.`;
  if (year < FIRST_YEAR || year > LAST_YEAR) return `${text} is not a date of data: check the year.`;
  return "";
}

/**
 * Commit `input` only on Enter, on blur, or on a `change` that no keystroke caused (the browser's
 * own date popup, a paste), so a half-typed value (year "2" of "2021") is never sent.
 */
function commitOn(input, commit, signal) {
  let typing = false;
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") { event.preventDefault(); typing = false; commit(); }
    else if (event.key !== "Tab" && !event.altKey) typing = true;
  }, { signal });
  input.addEventListener("pointerdown", () => { typing = false; }, { signal });
  input.addEventListener("change", () => { if (!typing) commit(); }, { signal });
  input.addEventListener("blur", () => { if (typing) { typing = false; commit(); } }, { signal });
}

export function renderDatePicker({ model, el, signal }) {
  const root = h("div", "aurora-picker aurora-dtp");
  /** The focused element, seen from inside a shadow root too (marimo renders widgets in one). */
  const focused = () => el.getRootNode().activeElement || document.activeElement;

  const row = h("div", "aurora-picker-controls");
  const [prev, next] = stepButtons("day", (delta) => step(delta), "aurora-dtp", signal);
  const dateInput = input("aurora-input aurora-dtp-date", "date");
  const timeInput = input("aurora-input aurora-dtp-time", "time", { step: "60" });
  const timeField = labelled("Time (UT)", timeInput);
  const coverage = h("span", "aurora-badge aurora-dtp-coverage");
  row.append(prev, labelled("Date (UT)", dateInput), next, timeField, coverage);

  const refused = h("div", "aurora-error aurora-dtp-refused");
  refused.setAttribute("role", "alert");
  refused.hidden = true;
  refused.id = `${dateInput.id}-refused`;
  dateInput.setAttribute("aria-describedby", refused.id);

  const status = statusLine(model, signal);

  const calendar = h("div", "aurora-dtp-calendar");
  const calHeader = h("div", "aurora-dtp-cal-header");
  const prevYear = button("«", { className: "aurora-button", label: "Previous year", onClick: () => moveMonth(-12), signal });
  const prevMonth = button("‹", { className: "aurora-button", label: "Previous month", onClick: () => moveMonth(-1), signal });
  const nextMonth = button("›", { className: "aurora-button", label: "Next month", onClick: () => moveMonth(1), signal });
  const nextYear = button("»", { className: "aurora-button", label: "Next year", onClick: () => moveMonth(12), signal });
  const monthSelect = h("select", "aurora-select aurora-dtp-month-select");
  monthSelect.setAttribute("aria-label", "Month");
  monthSelect.append(...MONTHS.map((name, i) => Object.assign(h("option", "", name), { value: String(i) })));
  const yearSelect = h("select", "aurora-select aurora-dtp-year-select");
  yearSelect.setAttribute("aria-label", "Year");
  const monthLabel = h("span", "aurora-sr-only aurora-dtp-month");
  monthLabel.setAttribute("aria-live", "polite");
  calHeader.append(prevYear, prevMonth, monthSelect, yearSelect, nextMonth, nextYear, monthLabel);
  const grid = h("div", "aurora-dtp-grid");
  grid.setAttribute("role", "group");
  grid.setAttribute("aria-label", "Days of the month (arrow keys move, Page Up/Down change month, with Shift the year)");
  const legend = h("div", "aurora-muted aurora-dtp-legend");
  const intervals = h("ul", "aurora-dtp-intervals");
  intervals.setAttribute("aria-label", "Validity intervals");
  calendar.append(calHeader, grid, legend, intervals);

  root.append(row, refused, status, calendar);
  el.replaceChildren(root);

  let month = NaN; // UTC ms of the first day of the month shown
  let shownDate = null; // the model date the month was last aligned to
  let focusDay = NaN; // the day button that holds the grid's tab stop

  const bounds = () => [parseDay(model.get("min_date")), parseDay(model.get("max_date"))];
  const inBounds = (ms) => {
    const [lo, hi] = bounds();
    return !(ms < lo) && !(ms > hi);
  };

  function refuse(text) {
    refused.textContent = text;
    refused.hidden = !text;
    if (text) dateInput.setAttribute("aria-invalid", "true");
    else dateInput.removeAttribute("aria-invalid");
  }

  function setDay(ms) {
    if (!Number.isFinite(ms) || !inBounds(ms)) return;
    refuse("");
    dateInput.value = formatDay(ms); // asked for explicitly: the field shows it even when focused
    setTrait(model, "date", formatDay(ms));
  }

  function step(days) {
    const current = parseDay(model.get("date"));
    const now = new Date();
    const base = Number.isFinite(current) ? current : Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    setDay(base + days * DAY_MS);
  }

  function showMonth(ms) {
    const d = new Date(ms);
    month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    const key = formatDay(month).slice(0, 7);
    if (model.get("shown_month") !== key) setTrait(model, "shown_month", key);
  }

  function moveMonth(delta) {
    const d = new Date(month);
    showMonth(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta, 1));
    drawCalendar();
  }

  function commitDate() {
    const text = dateInput.value;
    const why = refusal(text, model.get("min_date") || "", model.get("max_date") || "");
    if (!text && !dateInput.validity.badInput) { refuse(""); drawInputs(); return; } // cleared: keep the model's date
    refuse(why);
    if (!why) setTrait(model, "date", text);
  }

  function commitTime() {
    if (timeInput.value) setTrait(model, "time", timeInput.value.slice(0, 5));
    else if (focused() !== timeInput) timeInput.value = model.get("time") || "00:00";
  }

  function drawInputs() {
    const date = model.get("date") || "";
    if (focused() !== dateInput && dateInput.value !== date && refused.hidden) dateInput.value = date;
    dateInput.min = model.get("min_date") || "";
    dateInput.max = model.get("max_date") || "";
    const withTime = Boolean(model.get("with_time"));
    timeField.hidden = !withTime;
    const time = model.get("time") || "00:00";
    if (focused() !== timeInput && timeInput.value !== time) timeInput.value = time;
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
    if (Number.isFinite(ms) && date !== shownDate) {
      shownDate = date;
      showMonth(ms);
      focusDay = ms;
    } else if (!Number.isFinite(month)) {
      const shown = parseDay(`${model.get("shown_month") || ""}-01`);
      const [lo, hi] = bounds(); // no date yet: today's month (inside the bounds), to page from
      showMonth(Number.isFinite(shown) ? shown : Math.max(Math.min(Date.now(), hi || Infinity), lo || -Infinity));
    }
    drawCalendar();
  }

  function yearRange(year) {
    const years = [year, new Date().getUTCFullYear()];
    for (const text of [model.get("min_date"), model.get("max_date"), (model.get("available") || [])[0]?.[0], (model.get("data_days") || [])[0]]) {
      const ms = parseDay(text);
      if (Number.isFinite(ms)) years.push(new Date(ms).getUTCFullYear());
    }
    return [Math.min(...years), Math.max(...years)];
  }

  function drawCalendar() {
    const available = model.get("available") || [];
    const dataDays = new Set(model.get("data_days") || []);
    const dataLabel = model.get("data_label") || "";
    calendar.hidden = !available.length && !dataLabel;
    if (calendar.hidden) return;
    const d = new Date(month);
    const year = d.getUTCFullYear();
    const m = d.getUTCMonth();
    monthLabel.textContent = `${MONTHS[m]} ${year}`;
    monthSelect.value = String(m);
    const [y0, y1] = yearRange(year);
    if (yearSelect.options.length !== y1 - y0 + 1 || Number(yearSelect.options[0]?.value) !== y0) {
      const options = [];
      for (let y = y0; y <= y1; y++) options.push(Object.assign(h("option", "", String(y)), { value: String(y) }));
      yearSelect.replaceChildren(...options);
    }
    yearSelect.value = String(year);
    const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    const offset = (new Date(month).getUTCDay() + 6) % 7; // Monday first
    const selected = parseDay(model.get("date"));
    if (!(focusDay >= month && focusDay < Date.UTC(year, m + 1, 1))) focusDay = Number.isFinite(selected) && selected >= month && selected < Date.UTC(year, m + 1, 1) ? selected : month;
    const hadFocus = grid.contains(focused());
    const cells = WEEKDAYS.map((w) => h("span", "aurora-dtp-weekday", w));
    for (let i = 0; i < offset; i++) cells.push(h("span", "aurora-dtp-blank"));
    let focusButton = null;
    for (let day = 1; day <= days; day++) {
      const ms = Date.UTC(year, m, day);
      const iso = formatDay(ms);
      const covered = coveringIntervals(available, ms).length > 0;
      const hasData = dataDays.has(iso);
      const b = button(String(day), { className: "aurora-dtp-day", onClick: () => { focusDay = ms; setDay(ms); }, signal });
      b.dataset.date = iso;
      b.classList.toggle("is-covered", covered);
      b.classList.toggle("has-data", hasData);
      const words = [String(day), iso]; // the visible day number first (axe: label-content-name-mismatch)
      if (dataLabel) words.push(hasData ? "has data" : "no data");
      if (available.length) words.push(covered ? "covered" : "not covered");
      b.setAttribute("aria-label", words.join(", "));
      if (ms === selected) b.setAttribute("aria-current", "date");
      b.disabled = !inBounds(ms);
      b.tabIndex = ms === focusDay ? 0 : -1;
      if (ms === focusDay) focusButton = b;
      cells.push(b);
    }
    grid.replaceChildren(...cells);
    if (hadFocus && focusButton) focusButton.focus();
    const parts = [];
    if (dataLabel) parts.push(`Dotted days have ${dataLabel}.`);
    if (available.length) {
      const label = model.get("available_label");
      parts.push(label ? `Underlined days have ${label}.` : "Underlined days are covered by at least one interval.");
    }
    legend.textContent = parts.join(" ");
    intervals.hidden = !available.length;
    intervals.replaceChildren(...available.map(([start, end]) => h("li", "", `${start} → ${end || "open (no end)"}`)));
  }

  grid.addEventListener("keydown", (event) => {
    if (!Number.isFinite(focusDay)) return;
    const d = new Date(focusDay);
    const shift = (months) => {
      const y = d.getUTCFullYear();
      const mo = d.getUTCMonth() + months;
      const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
      return Date.UTC(y, mo, Math.min(d.getUTCDate(), last));
    };
    const moves = {
      ArrowLeft: () => focusDay - DAY_MS, ArrowRight: () => focusDay + DAY_MS,
      ArrowUp: () => focusDay - 7 * DAY_MS, ArrowDown: () => focusDay + 7 * DAY_MS,
      PageUp: () => shift(event.shiftKey ? -12 : -1), PageDown: () => shift(event.shiftKey ? 12 : 1),
    };
    if (!moves[event.key]) return;
    event.preventDefault();
    focusDay = moves[event.key]();
    showMonth(focusDay);
    drawCalendar();
  }, { signal });
  monthSelect.addEventListener("change", () => {
    showMonth(Date.UTC(new Date(month).getUTCFullYear(), Number(monthSelect.value), 1));
    drawCalendar();
  }, { signal });
  yearSelect.addEventListener("change", () => {
    showMonth(Date.UTC(Number(yearSelect.value), new Date(month).getUTCMonth(), 1));
    drawCalendar();
  }, { signal });

  commitOn(dateInput, commitDate, signal);
  commitOn(timeInput, commitTime, signal);
  // On blur put the model's value back in the field (only the field: rebuilding the calendar here
  // would replace the day button a click is landing on).
  dateInput.addEventListener("blur", () => { if (refused.hidden) dateInput.value = model.get("date") || ""; }, { signal });
  timeInput.addEventListener("blur", () => { timeInput.value = model.get("time") || "00:00"; }, { signal });
  dateInput.addEventListener("keydown", (event) => {
    if (event.altKey && event.key === "ArrowLeft") { event.preventDefault(); step(-1); }
    if (event.altKey && event.key === "ArrowRight") { event.preventDefault(); step(1); }
  }, { signal });

  bind(model, ["date", "time", "with_time", "min_date", "max_date", "available", "available_label", "data_days", "data_label"], drawInputs, signal);
}
