// Offline map drawing for the SkymapBrowser map view: d3-geo projections and the bundled
// world-atlas land polygons (no network). Colours come from the caller (read from --aurora-* tokens).
import { geoAzimuthalEquidistant, geoDistance, geoGraticule10, geoPath } from "d3-geo";
import { landFeature } from "../lib/map.js";

/** How far from the site (degrees of arc) the map is ever drawn. */
const CLIP_ANGLE = 80;

/**
 * An azimuthal equidistant projection centred on the site, fitted to `points` ([lon, lat] pairs)
 * inside a width x height canvas with a margin.
 */
export function siteProjection(site, points, width, height, margin = 36) {
  const projection = geoAzimuthalEquidistant().rotate([-site.longitude, -site.latitude]).clipAngle(CLIP_ANGLE);
  const coords = points.length ? points : [[site.longitude, site.latitude + 5], [site.longitude, site.latitude - 5]];
  projection.fitExtent([[margin, margin], [width - margin, height - margin]], { type: "MultiPoint", coordinates: coords });
  return projection;
}

let landCaps = null;
/**
 * The land polygons, each with the smallest-ish cap holding it: [lon, lat] of its vertices' mean
 * direction and the largest arc (radians) from there to a vertex. Built once.
 */
function landPolygons() {
  if (!landCaps) {
    const land = landFeature();
    const geometries = land.features ? land.features.map((f) => f.geometry) : [land.geometry || land];
    const polys = geometries.flatMap((g) => (g.type === "MultiPolygon" ? g.coordinates : [g.coordinates]));
    landCaps = polys.map((rings) => {
      let x = 0, y = 0, z = 0;
      for (const [lon, lat] of rings[0]) {
        const l = (lon * Math.PI) / 180, q = (lat * Math.PI) / 180;
        x += Math.cos(q) * Math.cos(l); y += Math.cos(q) * Math.sin(l); z += Math.sin(q);
      }
      const centre = [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI];
      let radius = 0;
      for (const point of rings[0]) radius = Math.max(radius, geoDistance(centre, point));
      // vertices all round the sphere (no mean direction): keep the polygon everywhere; else a margin
      // for the edges between vertices
      return { rings, centre, radius: Math.hypot(x, y, z) < 0.1 * rings[0].length ? Math.PI : radius + 0.01 };
    });
  }
  return landCaps;
}

/** The land polygons that may reach within `angle` degrees of `centre` ([lon, lat]), as one MultiPolygon. */
function landNear(centre, angle) {
  const reach = (angle * Math.PI) / 180;
  const near = landPolygons().filter((p) => geoDistance(centre, p.centre) - p.radius <= reach);
  return { type: "MultiPolygon", coordinates: near.map((p) => p.rings) };
}

/**
 * The same view as a `siteProjection` (scale and translate as zoomed and panned), clipped to what a
 * width x height canvas shows: on the sphere to the disc around the site that reaches the farthest
 * canvas corner (azimuthal equidistant: screen distance from the centre = scale x arc in radians),
 * and on screen to the canvas. Land far off screen is then never projected nor stroked, so a zoomed
 * view draws in a fraction of the time of the whole hemisphere.
 */
function canvasProjection(projection, width, height) {
  const [tx, ty] = projection.translate(), scale = projection.scale();
  const reach = Math.max(...[[0, 0], [width, 0], [0, height], [width, height]].map(([x, y]) => Math.hypot(x - tx, y - ty)));
  const angle = Math.min(CLIP_ANGLE, (reach / scale) * (180 / Math.PI) + 1);
  const view = geoAzimuthalEquidistant().rotate(projection.rotate()).scale(scale).translate([tx, ty])
    .precision(projection.precision()).clipAngle(angle).clipExtent([[-2, -2], [width + 2, height + 2]]);
  const [lambda, phi] = projection.rotate();
  return { view, centre: [-lambda, -phi], angle };
}

/**
 * Draw the base map (background, land, graticule) into `base` and the coastlines (land outlines,
 * stroked over the frame) into `coast`, both 2-D contexts of width x height canvases. The land is
 * projected once for both, and only the polygons that can reach the canvas.
 */
export function drawMapLayers(base, coast, projection, width, height, colors) {
  const { view, centre, angle } = canvasProjection(projection, width, height);
  const land = new Path2D();
  geoPath(view, land)(landNear(centre, angle));
  base.clearRect(0, 0, width, height);
  base.fillStyle = colors.water;
  base.fillRect(0, 0, width, height);
  base.fillStyle = colors.land;
  base.fill(land);
  base.beginPath();
  geoPath(view, base)(geoGraticule10());
  base.strokeStyle = colors.grid;
  base.lineWidth = 0.5;
  base.stroke();
  coast.clearRect(0, 0, width, height);
  coast.strokeStyle = colors.coast;
  coast.lineWidth = 0.8;
  coast.stroke(land);
}
