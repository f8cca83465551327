// Offline maps: d3-geo projections over the bundled land polygons (no network): world-atlas's
// land-50m simplified by js/build.mjs to what a 400-800 px map needs (js/lib/land.json), and SVG
// path strings (the pure sphere maths is in ./geometry.js). Colours are left to CSS (--aurora-* tokens).
import { geoAzimuthalEqualArea, geoCircle, geoGraticule, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { centroid } from "./geometry.js";
import landTopology from "./land.json";

/** @type {any} */
let LAND = null;
/**
 * Land polygons as GeoJSON, built once. One atlas serves every map: `resolution` ("50m", the
 * atlas it was simplified from) is accepted for the callers' sake and does not change the result.
 * @param {string} [resolution]
 */
export function landFeature(resolution = "50m") {
  void resolution;
  if (!LAND) LAND = feature(landTopology, landTopology.objects.land);
  return LAND;
}

/** A GeoJSON polygon: the circle of `angleDeg` around [lon, lat]. */
export function circle(lon, lat, angleDeg) {
  return geoCircle().center([lon, lat]).radius(angleDeg).precision(2)();
}

/**
 * An azimuthal equal-area projection centred on `points`, fitted (with `padDeg` degrees around
 * each point) into width x height minus a margin, clipped to that box.
 */
export function fittedProjection(points, width, height, { padDeg = 5, margin = 16 } = {}) {
  const pts = points.length ? points : [[-100, 60]];
  const [lon, lat] = centroid(pts);
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]).clipAngle(100);
  const extent = { type: "FeatureCollection", features: pts.map(([x, y]) => ({ type: "Feature", geometry: circle(x, y, padDeg) })) };
  projection.fitExtent([[margin, margin], [width - margin, height - margin]], extent);
  projection.clipExtent([[0, 0], [width, height]]);
  return projection;
}

/** SVG path data of a GeoJSON object under `projection` ("" when nothing is visible). */
export function svgPath(projection, object) {
  return geoPath(projection)(object) || "";
}

/** A 10° graticule (meridians and parallels) as GeoJSON. */
export function graticule(stepDeg = 10) {
  return geoGraticule().step([stepDeg, stepDeg])();
}

const SVG_NS = "http://www.w3.org/2000/svg";
/** Create an SVG element with attributes. */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
