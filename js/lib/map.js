// Offline maps: d3-geo projections over the bundled world-atlas land polygons (no network),
// and SVG path strings (the pure sphere maths is in ./geometry.js). Colours are left to CSS (--aurora-* tokens).
import { geoAzimuthalEqualArea, geoCircle, geoGraticule, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { centroid } from "./geometry.js";
import land110m from "world-atlas/land-110m.json";
import land50m from "world-atlas/land-50m.json";

const LAND = {};
/** Land polygons as GeoJSON, "50m" (detailed) or "110m" (coarse); built once each. */
export function landFeature(resolution = "50m") {
  if (!LAND[resolution]) {
    const topo = resolution === "110m" ? land110m : land50m;
    LAND[resolution] = feature(topo, topo.objects.land);
  }
  return LAND[resolution];
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
