// Offline map drawing for the SkymapBrowser map view: d3-geo projections and the bundled
// world-atlas land polygons (no network). Colours come from the caller (read from --aurora-* tokens).
import { geoAzimuthalEquidistant, geoGraticule10, geoPath } from "d3-geo";
import { landFeature } from "../lib/map.js";

/**
 * An azimuthal equidistant projection centred on the site, fitted to `points` ([lon, lat] pairs)
 * inside a width x height canvas with a margin.
 */
export function siteProjection(site, points, width, height, margin = 36) {
  const projection = geoAzimuthalEquidistant().rotate([-site.longitude, -site.latitude]).clipAngle(80);
  const coords = points.length ? points : [[site.longitude, site.latitude + 5], [site.longitude, site.latitude - 5]];
  projection.fitExtent([[margin, margin], [width - margin, height - margin]], { type: "MultiPoint", coordinates: coords });
  return projection;
}

/** Draw the base map (background, land, graticule) into a 2-D context. */
export function drawBase(ctx, projection, width, height, colors) {
  const path = geoPath(projection, ctx);
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.beginPath();
  path(landFeature());
  ctx.fillStyle = colors.land;
  ctx.fill();
  ctx.beginPath();
  path(geoGraticule10());
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 0.5;
  ctx.stroke();
}

/** Stroke the coastlines (land outlines) over whatever is drawn. */
export function drawCoast(ctx, projection, colors) {
  const path = geoPath(projection, ctx);
  ctx.beginPath();
  path(landFeature());
  ctx.strokeStyle = colors.coast;
  ctx.lineWidth = 0.8;
  ctx.stroke();
}
