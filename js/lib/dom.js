// Small DOM helpers shared by the widget modules. Server-provided text only ever goes in through
// textContent (never innerHTML); links only get an href when it is plainly http(s).

/** `h("div", "aurora-x", "text")`: an element with a class and (optional) text content. */
export function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/**
 * A native button (type=button) with text, an optional aria-label and a click handler.
 * @param {string} text
 * @param {{className?: string, label?: string, onClick?: (event: MouseEvent) => void, signal?: AbortSignal}} [options]
 */
export function button(text, { className = "aurora-button", label, onClick, signal } = {}) {
  const b = h("button", className, text);
  b.type = "button";
  if (label) b.setAttribute("aria-label", label);
  if (onClick) b.addEventListener("click", onClick, { signal });
  return b;
}

/**
 * The ◀ ▶ pair that steps a date by one `unit` ("day", "night"): classes `${prefix}-prev` / `-next`.
 * @param {string} unit
 * @param {(delta: number) => void} onStep
 * @param {string} prefix
 * @param {AbortSignal} [signal]
 */
export function stepButtons(unit, onStep, prefix, signal) {
  const make = (/** @type {string} */ text, /** @type {number} */ delta, /** @type {string} */ end, /** @type {string} */ label) =>
    button(text, { className: `aurora-button ${prefix}-${end}`, label, onClick: () => onStep(delta), signal });
  return [make("◀", -1, "prev", `Previous ${unit}`), make("▶", 1, "next", `Next ${unit}`)];
}

/**
 * `input("aurora-input", "number", {min: "80"})`: an input of a type, with attributes set as properties.
 * @param {string} className
 * @param {string} type
 * @param {Record<string, string>} [props]
 * @returns {HTMLInputElement}
 */
export function input(className, type, props = {}) {
  const node = /** @type {HTMLInputElement} */ (h("input", className));
  node.type = type;
  Object.assign(node, props);
  return node;
}

/**
 * A picker's header: its title and a muted count line (the caller fills `count.textContent`).
 * @param {string} title
 * @param {string} countClass the picker's own class for the count, e.g. "aurora-sp-count"
 */
export function pickerHeader(title, countClass) {
  const header = h("div", "aurora-picker-header");
  const count = h("span", `aurora-muted ${countClass}`);
  header.append(h("div", "aurora-picker-title", title), count);
  return { header, count };
}

let fieldCounter = 0;
/** A `<label>` wrapping a visible caption and a control (so the control is labelled). */
export function labelled(caption, control, className = "aurora-field") {
  const label = h("label", className);
  const span = h("span", "aurora-field-label", caption);
  if (!control.id) control.id = `aurora-field-${++fieldCounter}`;
  label.htmlFor = control.id;
  label.append(span, control);
  return label;
}

/** True when `url` is an absolute http(s) URL (anything else, e.g. javascript:, is refused). */
export function isSafeHref(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url.trim());
}

/** A link built with textContent; gets an href (opening in a new tab) only when it is http(s). */
export function safeLink(text, url, className = "aurora-link") {
  if (!isSafeHref(url)) return h("span", "aurora-nolink", text);
  const a = h("a", className, text);
  a.href = url.trim();
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

/** A DOI ("10.x/y", "doi:10.x/y" or a doi.org URL) as a safe link to https://doi.org/... */
export function doiLink(doi) {
  if (!doi) return h("span", "aurora-muted", "—");
  const text = String(doi).trim();
  let url = text;
  if (/^(doi:)?10\.\d{4,}\//i.test(text)) url = `https://doi.org/${text.replace(/^doi:/i, "")}`;
  return safeLink(text, url);
}

/** Set a trait from the page and send it to Python. */
export function setTrait(model, name, value) {
  model.set(name, value);
  model.save_changes();
}

/**
 * Call `fn` whenever any of the traits `names` change (one `model.on` per event: hosts such as
 * marimo take one event name per call); the listeners are removed when `signal` aborts.
 * @param {{on: Function, off: Function}} model
 * @param {string[]} names trait names, e.g. ["status", "message"]
 * @param {() => void} fn
 * @param {AbortSignal} [signal]
 */
export function listen(model, names, fn, signal) {
  const handler = () => fn();
  for (const name of names) model.on(`change:${name}`, handler);
  if (signal) signal.addEventListener("abort", () => { for (const name of names) model.off(`change:${name}`, handler); });
}

/** Read a CSS custom property (an --aurora-* token) as resolved on `node`. */
export function token(node, name, fallback = "") {
  const value = getComputedStyle(node).getPropertyValue(name).trim();
  return value || fallback;
}

/** Call `fn` now and whenever any of `names` change; the listener is removed on abort. */
export function bind(model, names, fn, signal) {
  listen(model, names, fn, signal);
  fn();
}

/**
 * The inline status line every widget shows: a spinner while `status` is "loading", the error
 * text and a Retry button (a custom message {type: "retry"} to Python) on "error".
 */
export function statusLine(model, signal) {
  const row = liveRegion("div", "aurora-status");
  const spinner = h("span", "aurora-spinner");
  spinner.setAttribute("aria-hidden", "true");
  const text = h("span", "aurora-status-text");
  const retry = button("Retry", { className: "aurora-button aurora-retry", onClick: () => model.send({ type: "retry" }), signal });
  row.append(spinner, text, retry);
  bind(model, ["status", "message"], () => {
    const status = model.get("status") || "idle";
    const message = model.get("message") || "";
    row.dataset.status = status;
    row.classList.toggle("aurora-error", status === "error");
    spinner.hidden = status !== "loading";
    retry.hidden = status !== "error";
    text.textContent = status === "loading" && !message ? "Loading…" : message;
    row.hidden = !message && status !== "loading" && status !== "error";
  }, signal);
  return row;
}

/** A polite live region (role=status): screen readers read its new text. */
export function liveRegion(tag, className, text) {
  const node = h(tag, className, text);
  node.setAttribute("role", "status");
  node.setAttribute("aria-live", "polite");
  return node;
}

/**
 * The browsers' status row: the message, and Retry only where Python says retrying can help
 * (`retryable`). The caller runs `update()` when status, message or retryable change.
 * @param {{get: (name: string) => any, send: (content: any) => void}} model
 * @param {AbortSignal} signal
 * @param {string} [className]
 */
export function retryStatus(model, signal, className = "aurora-status") {
  const row = liveRegion("div", className);
  const text = h("span", "aurora-status-text");
  const retry = button("Retry", { onClick: () => model.send({ type: "retry" }), signal });
  row.append(text, retry);
  const update = () => {
    const status = model.get("status");
    const shown = model.get("message") || (status === "loading" ? "Loading…" : "");
    if (text.textContent !== shown) text.textContent = shown; // unchanged: no layout for the page
    if (row.dataset.state !== status) row.dataset.state = status;
    row.classList.toggle("aurora-error", status === "error");
    retry.hidden = status !== "error" || model.get("retryable") === false;
  };
  return { el: row, update };
}

/** True when the page (JupyterLab, VS Code) uses a dark theme, judged by the widget background. */
export function isDark(el) {
  const bg = getComputedStyle(el).getPropertyValue("--aurora-bg").trim();
  const probe = document.createElement("span");
  probe.style.color = bg || "white";
  probe.style.display = "none";
  el.append(probe);
  const rgb = getComputedStyle(probe).color.match(/[\d.]+/g) || ["255", "255", "255"];
  probe.remove();
  const [r, g, b] = rgb.slice(0, 3).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Call `fn` when the host page switches theme (body attributes/classes change); stops on abort. */
export function onThemeChange(fn, signal) {
  const observer = new MutationObserver(() => fn());
  observer.observe(document.body, { attributes: true, attributeFilter: ["class", "data-jp-theme-light", "data-jp-theme-name", "data-vscode-theme-kind"] });
  if (signal) signal.addEventListener("abort", () => observer.disconnect());
  return observer;
}

/**
 * The focused element as seen from `node`'s root: inside a shadow root (JupyterLab renders some
 * outputs there) `document.activeElement` is the host, not the focused control.
 * @param {Node} node
 * @returns {Element | null}
 */
export function focusedIn(node) {
  const root = /** @type {Document | ShadowRoot} */ (node.getRootNode());
  return root.activeElement ?? document.activeElement;
}

/** Roving keyboard focus over `items()` (ArrowUp/Down, Home/End); Enter/Space call `onActivate`. */
export function listKeys(container, items, onActivate, signal) {
  container.addEventListener("keydown", (event) => {
    const list = items();
    if (!list.length) return;
    const index = list.indexOf(focusedIn(container));
    let next = null;
    if (event.key === "ArrowDown") next = list[Math.min(list.length - 1, index + 1)];
    else if (event.key === "ArrowUp") next = list[Math.max(0, index - 1)];
    else if (event.key === "Home") next = list[0];
    else if (event.key === "End") next = list[list.length - 1];
    else if ((event.key === "Enter" || event.key === " ") && index >= 0 && event.target === list[index]) {
      event.preventDefault();
      onActivate(list[index]);
      return;
    } else return;
    event.preventDefault();
    if (next) {
      for (const item of list) item.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    }
  }, { signal });
}
