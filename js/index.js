// One bundle for every aurora-widgets widget. Each Python widget class sets the synced
// trait `_kind`; `render` looks the kind up here and hands over to that widget's module.
// Add a widget: write js/<name>.js exporting `render<Name>({model, el, signal})`, then add one
// import line and one RENDERERS entry below.
import "./theme.css";
import "./last_view.css";
import { renderDatasetPicker } from "./dataset_picker.js";
import { renderDatePicker } from "./date_picker.js";
import { renderSitePicker } from "./site_picker.js";
import { renderSkymapBrowser } from "./skymap_browser.js";
import { renderCalibrationBrowser } from "./calibration_browser.js";
import { renderExplorer } from "./explorer.js";
import { renderKeogramPicker } from "./keogram_picker.js";

/** The Explorer draws its child widgets with this same dispatch (no import back into this module). */
function renderExplorerWithChildren(props) {
  return renderExplorer({ ...props, renderChild: render });
}

const RENDERERS = {
  dataset_picker: renderDatasetPicker,
  site_picker: renderSitePicker,
  date_picker: renderDatePicker,
  skymap_browser: renderSkymapBrowser,
  calibration_browser: renderCalibrationBrowser,
  explorer: renderExplorerWithChildren,
  keogram_picker: renderKeogramPicker,
};

/**
 * anywidget's render: pick the front-end of `_kind`, hand it the host's props.
 * @param {{model: any, el: HTMLElement, signal: AbortSignal, experimental?: {invoke: Function}}} props
 */
function render(props) {
  const { model, el } = props;
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
  return renderer(props);
}

// The Explorer's children carry a stub front-end instead of this bundle (aurora_widgets/widgets/_bundle.py):
// it draws through this one renderer, set once per page by the first aurora bundle that loads.
globalThis.__auroraWidgets ??= { render };

export default { render };
