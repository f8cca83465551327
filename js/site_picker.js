// SitePicker front-end: the sites of an instrument array as a list and on an offline map
// (azimuthal equal-area, bundled land polygons, graticule), with the selected site's field of view
// at the chosen altitude and minimum elevation. Python (site_picker.py) lists the observatories.
import "./lib/pickers.css";
import { bind, button, h, labelled, listKeys, pickerHeader, setTrait, statusLine } from "./lib/dom.js";
import { formatLatLon } from "./lib/coords.js";
import { fovAngleDeg, fovRadiusKm } from "./lib/geometry.js";
import { circle, fittedProjection, graticule, landFeature, svg, svgPath } from "./lib/map.js";

const WIDTH = 520;
const HEIGHT = 400;


export function renderSitePicker({ model, el, signal }) {
  const root = h("div", "aurora-picker aurora-sp");
  /** The one Earth radius, from Python's instrument registry. */
  const earthRadiusKm = () => Number(model.get("_instruments")?.earth_radius_km);

  const { header, count } = pickerHeader("Sites", "aurora-sp-count");

  const controls = h("div", "aurora-picker-controls");
  const arraySelect = h("select", "aurora-select aurora-sp-array");
  arraySelect.addEventListener("change", () => setTrait(model, "instrument_array", arraySelect.value), { signal });

  const altitude = h("input", "aurora-range aurora-sp-altitude");
  Object.assign(altitude, { type: "range", min: "80", max: "250", step: "5" });
  const altitudeOut = h("output", "aurora-value");
  const minEl = h("input", "aurora-range aurora-sp-minel");
  Object.assign(minEl, { type: "range", min: "0", max: "45", step: "1" });
  const minElOut = h("output", "aurora-value");
  controls.append(
    labelled("Instrument array", arraySelect),
    labelled("Altitude (km)", altitude), altitudeOut,
    labelled("Min. elevation (°)", minEl), minElOut,
  );

  const status = statusLine(model, signal);

  const body = h("div", "aurora-sp-body");
  const mapBox = h("div", "aurora-sp-map");
  const map = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: "group", class: "aurora-sp-svg" });
  map.setAttribute("aria-label", "Map of the sites");
  const gBase = svg("g", { class: "aurora-map-base" });
  const gFov = svg("g", { class: "aurora-map-fov" });
  const gSites = svg("g", { class: "aurora-map-sites" });
  map.append(gBase, gFov, gSites);
  mapBox.append(map);

  const list = h("ul", "aurora-sp-list");
  list.setAttribute("aria-label", "Sites");
  body.append(mapBox, list);

  const footer = h("div", "aurora-picker-footer");
  const info = h("span", "aurora-sp-info");
  footer.append(info);

  root.append(header, controls, status, body, footer);
  el.replaceChildren(root);

  let projection = null;
  let lastSitesKey = "";
  const select = (uid) => setTrait(model, "selected", uid);
  const siteButtons = () => [...list.querySelectorAll("button.aurora-sp-site")];

  function drawArrays() {
    const arrays = model.get("arrays") || [];
    const current = model.get("instrument_array");
    if (arraySelect.options.length !== arrays.length) {
      arraySelect.replaceChildren(...arrays.map((a) => new Option(a.label, a.value)));
    }
    arraySelect.value = current;
  }

  function drawSites() {
    const sites = model.get("sites") || [];
    const key = JSON.stringify(sites.map((s) => [s.uid, s.latitude, s.longitude]));
    count.textContent = `${sites.length} site${sites.length === 1 ? "" : "s"}`;
    // list
    list.replaceChildren(...sites.map((s) => {
      const li = h("li");
      const b = button("", { className: "aurora-sp-site", onClick: () => select(s.uid), signal });
      b.dataset.uid = s.uid;
      b.tabIndex = -1;
      b.append(h("span", "aurora-sp-uid", s.uid), h("span", "aurora-sp-name", s.full_name || ""), h("span", "aurora-muted aurora-sp-pos", formatLatLon(s.latitude, s.longitude)));
      li.append(b);
      return li;
    }));
    // map (rebuilt only when the set of sites changes)
    if (key !== lastSitesKey) {
      lastSitesKey = key;
      const points = sites.map((s) => [s.longitude, s.latitude]);
      projection = fittedProjection(points, WIDTH, HEIGHT, { padDeg: 6 });
      gBase.replaceChildren(
        svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "aurora-map-water" }),
        svg("path", { d: svgPath(projection, landFeature("50m")), class: "aurora-map-land" }),
        svg("path", { d: svgPath(projection, graticule(10)), class: "aurora-map-grid" }),
      );
    }
    gSites.replaceChildren(...sites.map((s) => {
      const [x, y] = projection([s.longitude, s.latitude]) || [-100, -100];
      const g = svg("g", { class: "aurora-map-site", transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`, tabindex: -1, role: "button", "data-uid": s.uid });
      g.setAttribute("aria-label", `${s.uid} ${s.full_name || ""}`.trim());
      const hit = svg("circle", { r: 9, class: "aurora-map-site-hit" });
      const dot = svg("circle", { r: 4, class: "aurora-map-site-dot" });
      const label = svg("text", { x: 7, y: -6, class: "aurora-map-site-label" });
      label.textContent = s.uid;
      g.append(hit, dot, label);
      g.addEventListener("click", () => select(s.uid), { signal });
      g.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(s.uid); }
      }, { signal });
      return g;
    }));
    drawSelection();
  }

  function currentFov() {
    return { alt: Number(altitude.value), minEl: Number(minEl.value) };
  }

  function drawFov() {
    const { alt, minEl: e } = currentFov();
    altitudeOut.textContent = `${alt} km`;
    minElOut.textContent = `${e}°`;
    const uid = model.get("selected");
    const site = (model.get("sites") || []).find((s) => s.uid === uid);
    if (!site || !projection) { gFov.replaceChildren(); root.dataset.fovKm = ""; return; }
    const angle = fovAngleDeg(alt, e, earthRadiusKm());
    const radius = fovRadiusKm(alt, e, earthRadiusKm());
    root.dataset.fovKm = radius.toFixed(1);
    const path = svg("path", { d: svgPath(projection, circle(site.longitude, site.latitude, angle)), class: "aurora-map-fov-circle" });
    const t = svg("title");
    t.textContent = `Field of view of ${site.uid} at ${alt} km above ${e}° elevation: ${Math.round(radius)} km radius`;
    path.append(t);
    gFov.replaceChildren(path);
  }

  function drawSelection() {
    const uid = model.get("selected") || "";
    const sites = model.get("sites") || [];
    for (const b of siteButtons()) {
      const on = b.dataset.uid === uid;
      b.setAttribute("aria-pressed", String(on));
    }
    const all = siteButtons();
    const focusTarget = all.find((b) => b.dataset.uid === uid) || all[0];
    if (focusTarget) focusTarget.tabIndex = 0;
    // keep the chosen site in view inside a scrolling list (never scrolls the notebook itself)
    const chosen = uid && focusTarget && focusTarget.dataset.uid === uid ? focusTarget : null;
    if (chosen && list.clientHeight && list.scrollHeight > list.clientHeight) {
      const top = chosen.offsetTop - list.offsetTop, bottom = top + chosen.offsetHeight;
      if (top < list.scrollTop || bottom > list.scrollTop + list.clientHeight) {
        list.scrollTop = Math.max(0, top - (list.clientHeight - chosen.offsetHeight) / 2);
      }
    }
    for (const g of gSites.querySelectorAll(".aurora-map-site")) {
      const on = g.dataset.uid === uid;
      g.classList.toggle("is-selected", on);
      g.setAttribute("aria-pressed", String(on));
      g.setAttribute("tabindex", on || (!uid && g === gSites.firstChild) ? "0" : "-1");
      if (on) gSites.append(g); // draw on top
    }
    const site = sites.find((s) => s.uid === uid);
    info.textContent = site
      ? `Selected: ${site.uid} — ${site.full_name || ""} (${formatLatLon(site.latitude, site.longitude)}); field of view ≈ ${Math.round(fovRadiusKm(Number(altitude.value), Number(minEl.value), earthRadiusKm()))} km radius`
      : "No site selected";
    drawFov();
  }

  altitude.addEventListener("input", () => { drawFov(); drawSelection(); }, { signal });
  minEl.addEventListener("input", () => { drawFov(); drawSelection(); }, { signal });
  altitude.addEventListener("change", () => setTrait(model, "altitude_km", Number(altitude.value)), { signal });
  minEl.addEventListener("change", () => setTrait(model, "min_elevation", Number(minEl.value)), { signal });
  listKeys(list, siteButtons, (b) => select(b.dataset.uid), signal);

  bind(model, ["arrays", "instrument_array"], drawArrays, signal);
  bind(model, ["altitude_km", "min_elevation"], () => {
    altitude.value = String(model.get("altitude_km"));
    minEl.value = String(model.get("min_elevation"));
    drawSelection();
  }, signal);
  bind(model, ["sites"], drawSites, signal);
  bind(model, ["selected"], drawSelection, signal);
}
