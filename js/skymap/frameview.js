// SkymapBrowser's frame view: the chosen minute's frame in its own pixels (painted once per payload
// by lib/paint.js paintPanel) and, on a canvas laid over it, the elevation/azimuth grid, the
// lat/lon graticule and the catalogue stars (skymap/frame_overlay.js). A toggle or a hover
// redraws the overlay only. Payload: aurora_widgets/widgets/_skymap_frameview.py (`frame_view`),
// arrays on the typed wire ({view, dtype, shape}). Every text is set through textContent.
import { h as el } from "../lib/dom.js";
import { paintPanel } from "../lib/paint.js";
import { fromWire } from "../lib/ndarray.js";
import { drawOverlay, fitCaption, frameTransform, starAt, starLabel } from "./frame_overlay.js";

const SIZE = 420; // CSS pixels of the square view

/** Decode a `frame_view` payload: the frame as a one-byte panel and the contours' Float32Array. */
export function decodeFrameView(p) {
  if (!p?.frame?.codes) return null;
  const codes = fromWire(p.frame.codes);
  const points = fromWire(p.contours.points);
  return {
    ...p,
    panel: { ...p.frame, data: codes.data, shape: codes.shape },
    contours: { lines: p.contours.lines || [], points: points.data },
  };
}

/** Build the frame view; `setTrait(name, value)` writes a toggle back to the model. */
export function createFrameView({ setTrait, signal }) {
  const root = el("section", "aurora-sb-section aurora-sb-frameview");
  root.setAttribute("aria-label", "Frame view with stars");
  root.dataset.framePaints = "0";
  root.dataset.overlayPaints = "0";
  const heading = el("div", "aurora-sb-subtitle", "Frame in its own pixels");
  const controls = el("div", "aurora-sb-controls");
  const toggles = {};
  for (const [trait, text] of [["show_grid", "Elevation/azimuth grid"], ["show_graticule", "Lat/lon graticule"], ["show_stars", "Catalogue stars"]]) {
    const box = el("input", "aurora-check"); box.type = "checkbox";
    box.dataset.trait = trait;
    const label = el("label", "aurora-field");
    const span = el("span", "", text);
    label.append(box, span);
    box.addEventListener("change", () => { state[trait] = box.checked; drawTop(); setTrait(trait, box.checked); }, { signal });
    toggles[trait] = { box, span };
    controls.append(label);
  }
  const stage = el("div", "aurora-sb-framestage");
  const base = el("canvas", "aurora-sb-framecanvas");
  const top = el("canvas", "aurora-sb-frameoverlay");
  top.width = SIZE; top.height = SIZE;
  top.setAttribute("role", "img");
  stage.append(base, top);
  const caption = el("div", "aurora-sb-framecaption aurora-small");
  const fitLine = el("div", "aurora-sb-fitline aurora-small");
  const hover = el("div", "aurora-sb-starname");
  hover.setAttribute("aria-live", "polite");
  const legend = el("div", "aurora-muted aurora-small",
    "Circles: where the skymap puts each catalogue star (green found, red not found, grey not fitted); yellow line and cross: the centroid found in the frame.");
  root.append(heading, controls, stage, caption, fitLine, hover, legend);

  const state = { show_grid: true, show_graticule: true, show_stars: true, altitude: 110 };
  let raw = null, view = null, highlight = null, framePaints = 0, overlayPaints = 0;

  function drawTop() {
    const ctx = top.getContext("2d");
    ctx.clearRect(0, 0, top.width, top.height);
    if (!view) return;
    const drawn = drawOverlay(ctx, view, frameTransform(view.shape, top.width, top.height), {
      grid: state.show_grid, graticule: state.show_graticule, stars: state.show_stars, highlight,
    });
    overlayPaints += 1;
    root.dataset.overlayPaints = String(overlayPaints);
    root.dataset.drawn = JSON.stringify(drawn);
  }

  top.addEventListener("mousemove", (event) => {
    if (!view || !state.show_stars) return;
    const rect = top.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * top.width;
    const y = ((event.clientY - rect.top) / rect.height) * top.height;
    const star = starAt(view, frameTransform(view.shape, top.width, top.height), x, y);
    const name = star ? star.name : null;
    hover.textContent = star ? starLabel(star) : "";
    if (name !== highlight) { highlight = name; drawTop(); }
  }, { signal });
  top.addEventListener("mouseleave", () => { hover.textContent = ""; if (highlight) { highlight = null; drawTop(); } }, { signal });

  /** Show the model's state: a new payload repaints the frame; toggles only the overlay. */
  function update({ payload, status, message, showGrid, showGraticule, showStars }) {
    for (const [trait, value] of [["show_grid", showGrid], ["show_graticule", showGraticule], ["show_stars", showStars]]) {
      state[trait] = value !== false;
      toggles[trait].box.checked = state[trait];
    }
    if (payload !== raw) {
      raw = payload;
      view = decodeFrameView(payload);
      highlight = null;
      hover.textContent = "";
      if (view) {
        paintPanel(base, view.panel, "gray");
        framePaints += 1;
        root.dataset.framePaints = String(framePaints);
        root.dataset.skymap = view.skymap_filename || "";
      }
    }
    stage.hidden = !view;
    const km = view ? `${Number(view.altitude_km)} km` : "";
    toggles.show_graticule.span.textContent = km ? `Lat/lon graticule at ${km}` : "Lat/lon graticule";
    if (view) {
      const t = (view.when || "").replace("T", " ").replace("+00:00", " UT");
      caption.textContent = `${view.skymap_filename} · frame ${view.frame_index + 1} · stars at ${t} · raw counts ${view.frame.vmin.toFixed(0)}–${view.frame.vmax.toFixed(0)}`;
      fitLine.textContent = `Star fit: ${fitCaption(view.fit)}`;
      top.setAttribute("aria-label", `Frame through ${view.skymap_filename}: ${fitCaption(view.fit)}`);
    } else {
      caption.textContent = status === "loading" ? (message || "Loading the frame view…") : (message || "No frame to show.");
      fitLine.textContent = "";
    }
    root.dataset.state = status || "";
    drawTop();
  }

  return { el: root, update };
}

/** The line under the timeline that says what its residuals are (or why there are none). */
export function createFitNote() {
  const note = el("div", "aurora-muted aurora-small aurora-sb-fitnote");
  function update({ fits, status, message }) {
    const first = (fits || [])[0];
    const when = first ? first.when.slice(11, 19) : "";
    const what = first && fits.some((f) => f.median_px != null)
      ? `Timeline px: median distance between where each skymap puts the catalogue stars and where they are in frame ${first.frame_index + 1} (${when} UT). `
      : "";
    note.textContent = what + (message || (status === "loading" ? "Fitting the stars…" : ""));
  }
  return { el: note, update };
}
