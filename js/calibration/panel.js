// One colour-mapped panel (a one-byte array from Python) with its colour bar and a hover readout.
import { formatNumber, valueAt } from "../lib/raster.js";
import { colorbar, paintPanel, pixelAt } from "../lib/paint.js";
import { h } from "../lib/dom.js";

/** createPanel({title, name, signal}) -> {el, canvas, update(panel, colormap, caption)} */
export function createPanel({ title, name, signal }) {
  const fig = h("figure", "aurora-cb-panel");
  fig.dataset.panel = name;
  const head = h("figcaption", "aurora-cb-panel-title", title);
  const canvas = h("canvas", "aurora-raster aurora-cb-canvas");
  canvas.width = 1; canvas.height = 1;
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", title);
  const bar = h("div", "aurora-cb-colorbar");
  const info = h("div", "aurora-cb-info");
  const readout = h("div", "aurora-cb-readout");
  readout.setAttribute("aria-live", "polite");
  fig.append(head, canvas, bar, info, readout);
  let current = null;

  canvas.addEventListener("mousemove", (event) => {
    if (!current) return;
    const at = pixelAt(canvas, current, event);
    if (!at) { readout.textContent = ""; return; }
    const v = valueAt(current, at.row, at.col);
    readout.textContent = `row ${at.row}, col ${at.col}: ${formatNumber(v, 3)}${current.units ? ` ${current.units}` : ""}`;
  }, { signal });
  canvas.addEventListener("mouseleave", () => { readout.textContent = ""; }, { signal });

  function update(panel, colormap, caption) {
    current = panel?.data ? panel : null;
    fig.classList.toggle("is-empty", !current);
    if (!current) {
      const ctx = canvas.getContext("2d");
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      bar.replaceChildren();
      info.textContent = caption || "";
      return;
    }
    paintPanel(canvas, current, colormap);
    bar.replaceChildren(colorbar(current, colormap));
    info.textContent = caption || "";
    canvas.dataset.painted = String(Number(canvas.dataset.painted || 0) + 1);
  }

  return { el: fig, canvas, update };
}
