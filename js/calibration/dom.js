// Small DOM helpers of the calibration and explorer front-ends (text only via textContent).

/** Make an element with a class and optional text. */
export function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A <label> holding a muted caption and a control, so the control has an accessible name. */
export function field(caption, control, className = "aurora-field") {
  const label = h("label", className);
  label.append(h("span", "aurora-field-label", caption), control);
  return label;
}

/** Subscribe to model events, removed when `signal` aborts. */
export function listen(model, names, fn, signal) {
  const handler = () => fn();
  for (const name of names.split(" ")) model.on(name, handler); // one event per call (marimo)
  signal.addEventListener("abort", () => { for (const name of names.split(" ")) model.off(name, handler); });
}

/** Read a CSS custom property (an --aurora-* token) as resolved on `node`. */
export function token(node, name, fallback = "") {
  const value = getComputedStyle(node).getPropertyValue(name).trim();
  return value || fallback;
}
