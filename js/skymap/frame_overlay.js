// Frame view overlay: the elevation/azimuth grid, the latitude/longitude graticule and the catalogue
// stars drawn over a frame in its own pixels, from the payload of
// aurora_widgets/data/frameview.py (frame_view_payload).
//
// Pure functions of their arguments (a 2-D context, the payload, a transform): no DOM, no state, so
// `node --test` checks them with a recording context (tests/js/frame_overlay.test.mjs). The frame
// itself is painted by lib/raster.js paintPanel (same one-byte panel format, row 0 at the bottom);
// this module draws on a canvas laid over it. Text goes through fillText only (never HTML).

/** Default colours (the widget passes theme-resolved ones). */
export const OVERLAY_COLORS = {
  grid: "rgba(255, 255, 255, 0.55)",
  graticule: "rgba(255, 214, 102, 0.6)",
  label: "rgba(255, 255, 255, 0.9)",
  found: "#4caf50",
  undetected: "#ff5252",
  skipped: "rgba(200, 200, 200, 0.7)",
  residual: "#ffeb3b",
  highlight: "#ffffff",
};

const GROUP_OF_KIND = { elevation: "grid", azimuth: "grid", latitude: "graticule", longitude: "graticule" };

/**
 * Fit a frame of `shape` = [rows, cols] into a `width` x `height` canvas, centred, keeping square
 * pixels; array row 0 at the bottom (as imshow(origin="lower") and paintPanel draw it).
 * Pixel centres are at integer (row, col).
 */
export function frameTransform(shape, width, height) {
  const [h, w] = shape;
  const scale = Math.min(width / w, height / h);
  const ox = (width - w * scale) / 2;
  const oy = (height - h * scale) / 2;
  return {
    scale, ox, oy, h, w,
    x: (col) => ox + (col + 0.5) * scale,
    y: (row) => oy + (h - row - 0.5) * scale,
    pixel: (x, y) => ({ row: h - 0.5 - (y - oy) / scale, col: (x - ox) / scale - 0.5 }),
  };
}

/** The contour buffer (DataView, ArrayBuffer or typed array of float32 row, col pairs) as a Float32Array. */
export function contourPoints(contours) {
  const d = contours?.points;
  if (!d) return new Float32Array(0);
  if (d instanceof Float32Array) return d;
  if (d instanceof ArrayBuffer) return new Float32Array(d);
  if (ArrayBuffer.isView(d)) {
    if (d.byteOffset % 4 === 0) return new Float32Array(d.buffer, d.byteOffset, d.byteLength / 4);
    return new Float32Array(d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength));
  }
  throw new Error("aurora: contour points are not binary");
}

/** Marker radius (screen pixels) of a star of magnitude `mag`: brighter is bigger. */
export function starRadius(mag) {
  return Math.max(2.5, Math.min(7, 6 - 0.9 * mag));
}

function traceGroup(ctx, lines, pts, t, group) {
  let n = 0;
  ctx.beginPath();
  for (const line of lines) {
    if (GROUP_OF_KIND[line.kind] !== group) continue;
    const a = line.start * 2, b = (line.start + line.count) * 2;
    ctx.moveTo(t.x(pts[a + 1]), t.y(pts[a]));
    for (let k = a + 2; k < b; k += 2) ctx.lineTo(t.x(pts[k + 1]), t.y(pts[k]));
    n += 1;
  }
  return n;
}

function labelLines(ctx, lines, pts, t, group, color) {
  ctx.fillStyle = color;
  ctx.font = "11px sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const seen = new Set();
  for (const line of lines) {
    if (GROUP_OF_KIND[line.kind] !== group || seen.has(line.kind + line.label)) continue;
    seen.add(line.kind + line.label); // one label per line, on its first drawn piece
    const a = line.start * 2;
    ctx.fillText(line.label, t.x(pts[a + 1]), t.y(pts[a]));
  }
}

function statusColor(status, colors) {
  if (status === "found") return colors.found;
  if (status === "undetected") return colors.undetected;
  return colors.skipped;
}

/**
 * Draw the overlay of one frame view. `options`: { grid, graticule, stars, labels (booleans,
 * default true), colors (see OVERLAY_COLORS), highlight (a star name to label) }.
 * Returns what was drawn: { grid, graticule (segments), stars (markers) }.
 */
export function drawOverlay(ctx, payload, t, options = {}) {
  const o = { grid: true, graticule: true, stars: true, labels: true, highlight: null, ...options };
  const colors = { ...OVERLAY_COLORS, ...(options.colors || {}) };
  const lines = payload.contours?.lines || [];
  const pts = contourPoints(payload.contours);
  const drawn = { grid: 0, graticule: 0, stars: 0 };
  ctx.save();
  ctx.lineWidth = 1;
  for (const group of ["graticule", "grid"]) {
    if (!o[group]) continue;
    drawn[group] = traceGroup(ctx, lines, pts, t, group);
    ctx.strokeStyle = colors[group];
    ctx.stroke();
    if (o.labels) labelLines(ctx, lines, pts, t, group, group === "grid" ? colors.label : colors.graticule);
  }
  if (o.stars) {
    for (const star of payload.stars || []) {
      if (star.predicted_row == null || star.predicted_col == null) continue;
      const x = t.x(star.predicted_col), y = t.y(star.predicted_row);
      ctx.beginPath();
      ctx.arc(x, y, starRadius(star.magnitude), 0, 2 * Math.PI);
      ctx.strokeStyle = star.name === o.highlight ? colors.highlight : statusColor(star.status, colors);
      ctx.lineWidth = star.name === o.highlight ? 2 : 1;
      ctx.stroke();
      if (star.status === "found" && star.found_row != null) {
        const fx = t.x(star.found_col), fy = t.y(star.found_row);
        ctx.beginPath(); // residual: from where the skymap puts the star to where it is
        ctx.moveTo(x, y); ctx.lineTo(fx, fy);
        ctx.moveTo(fx - 2, fy); ctx.lineTo(fx + 2, fy);
        ctx.moveTo(fx, fy - 2); ctx.lineTo(fx, fy + 2);
        ctx.strokeStyle = colors.residual;
        ctx.lineWidth = 1;
        ctx.stroke();
      }
      drawn.stars += 1;
    }
    const hit = o.highlight && (payload.stars || []).find((s) => s.name === o.highlight);
    if (hit && hit.predicted_row != null) {
      ctx.fillStyle = colors.highlight;
      ctx.font = "12px sans-serif";
      ctx.textAlign = "left";
      ctx.textBaseline = "bottom";
      const r = starRadius(hit.magnitude) + 3;
      ctx.fillText(starLabel(hit), t.x(hit.predicted_col) + r, t.y(hit.predicted_row) - r);
    }
  }
  ctx.restore();
  return drawn;
}

/** The star nearest to screen point (x, y) within `radius` screen pixels (by predicted position), or null. */
export function starAt(payload, t, x, y, radius = 8) {
  let best = null, bestD = radius * radius;
  for (const star of payload.stars || []) {
    if (star.predicted_row == null) continue;
    const dx = t.x(star.predicted_col) - x, dy = t.y(star.predicted_row) - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) { best = star; bestD = d; }
  }
  return best;
}

/** Hover text of a star: "Vega 0.0 mag, found, 0.31 px" (plain text). */
export function starLabel(star) {
  const mag = Number.isFinite(star.magnitude) ? `${star.magnitude.toFixed(1)} mag` : "";
  const res = star.status === "found" && star.residual_px != null ? `, ${star.residual_px.toFixed(2)} px` : "";
  return `${star.name} ${mag}, ${star.status}${res}`;
}

/** One line for the fit: "38 of 44 stars, median 0.31 px, p90 0.62 px" or "cannot fit: <reason>". */
export function fitCaption(fit) {
  if (!fit) return "";
  const head = `${fit.stars_found} of ${fit.stars_in_view} stars`;
  if (!fit.ok || fit.median_px == null) return `${head}, cannot fit: ${fit.reason}`;
  return `${head}, median ${fit.median_px.toFixed(2)} px, p90 ${fit.p90_px.toFixed(2)} px`;
}
