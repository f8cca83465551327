// One bundle for every aurora-widgets widget. Each Python widget class sets the synced
// trait `_kind`; `render` looks the kind up here and hands over to that widget's module.
// Add a widget: write js/<name>.js exporting `render({model, el, signal})`, import it below.
import "./theme.css";
import { renderDatasetPicker } from "./dataset_picker.js";

const RENDERERS = {
  dataset_picker: renderDatasetPicker,
};

function render({ model, el, signal }) {
  const kind = model.get("_kind");
  const renderer = RENDERERS[kind];
  el.classList.add("aurora");
  if (!renderer) {
    const message = document.createElement("div");
    message.className = "aurora-error";
    message.textContent = `aurora-widgets: no front-end for widget kind "${kind}"; rebuild the bundle (npm run build).`;
    el.replaceChildren(message);
    return undefined;
  }
  return renderer({ model, el, signal });
}

export default { render };
