// Pixel quads onto the screen: the corner grid of a skymap (at one altitude, projected by d3-geo)
// becomes a screen-pixel -> image-pixel index, so frames repaint through a lookup with no geometry.
// Pure functions of their arguments (no DOM), shared by the map view and its tests.

/** Screen positions of every full-resolution corner, interpolated from the projected grid. */
export function screenCorners(grid, projection) {
  const [gh, gw] = grid.shape;
  const px = new Float32Array(gh * gw), py = new Float32Array(gh * gw);
  for (let k = 0; k < gh * gw; k++) {
    const lat = grid.lat[k], lon = grid.lon[k];
    const p = Number.isFinite(lat) && Number.isFinite(lon) ? projection([lon, lat]) : null;
    px[k] = p ? p[0] : NaN; py[k] = p ? p[1] : NaN;
  }
  const [h, w] = grid.image_shape;
  const rows = grid.rows, cols = grid.cols;
  const segment = (index, list) => {
    const rowOf = new Int32Array(index + 1), frac = new Float32Array(index + 1);
    let k = 0;
    for (let i = 0; i <= index; i++) {
      while (k < list.length - 2 && list[k + 1] <= i) k++;
      rowOf[i] = k; frac[i] = (i - list[k]) / (list[k + 1] - list[k] || 1);
    }
    return [rowOf, frac];
  };
  const [rk, rf] = segment(h, rows), [ck, cf] = segment(w, cols);
  const W1 = w + 1;
  const sx = new Float32Array((h + 1) * W1), sy = new Float32Array((h + 1) * W1);
  for (let i = 0; i <= h; i++) {
    const a = rk[i], t = rf[i];
    for (let j = 0; j <= w; j++) {
      const b = ck[j], u = cf[j];
      const k00 = a * gw + b, k01 = k00 + 1, k10 = k00 + gw, k11 = k10 + 1;
      const o = i * W1 + j;
      sx[o] = (1 - t) * ((1 - u) * px[k00] + u * px[k01]) + t * ((1 - u) * px[k10] + u * px[k11]);
      sy[o] = (1 - t) * ((1 - u) * py[k00] + u * py[k01]) + t * ((1 - u) * py[k10] + u * py[k11]);
    }
  }
  return { sx, sy, h, w };
}

/** Set `index` to `value` at the pixels (x0..x1, y0..y1) whose centres lie in the triangle (edges included). */
function fillTriangle(index, width, value, xa, ya, xb, yb, xc, yc, x0, x1, y0, y1) {
  const area = (xb - xa) * (yc - ya) - (xc - xa) * (yb - ya);
  if (area === 0) return;
  const s = area > 0 ? 1 : -1;
  for (let y = y0; y <= y1; y++) {
    const cy = y + 0.5;
    for (let x = x0; x <= x1; x++) {
      const cx = x + 0.5;
      if (s * ((xb - xa) * (cy - ya) - (yb - ya) * (cx - xa)) >= 0
        && s * ((xc - xb) * (cy - yb) - (yc - yb) * (cx - xb)) >= 0
        && s * ((xa - xc) * (cy - yc) - (ya - yc) * (cx - xc)) >= 0) index[y * width + x] = value;
    }
  }
}

/**
 * Screen pixel -> image pixel index (-1 = none) for a grid under a projection: a screen pixel takes
 * the last quad (two triangles) that holds its centre. Quads wider or taller than `limit` screen
 * pixels (by default a third of the canvas) are skipped: they straddle
 * a projection cut, not the sky. Only the pixel centres inside a quad's box are tested, so the many
 * quads smaller than a screen pixel that hold no centre (most of them in the fitted view) cost
 * almost nothing, as do quads off the canvas when zoomed in.
 */
export function rasterise(corners, width, height, limit = width / 3) {
  const { sx, sy, h, w } = corners;
  const index = new Int32Array(width * height).fill(-1);
  const W1 = w + 1;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const a = r * W1 + c, b = a + 1, d = a + W1, e = d + 1;
      const xa = sx[a], xb = sx[b], xd = sx[d], xe = sx[e];
      // biome-ignore lint/suspicious/noSelfCompare: the NaN test of the hot loop (x !== x only for NaN)
      if (!(xa === xa && xb === xb && xd === xd && xe === xe)) continue; // NaN corner
      const left = Math.min(xa, xb, xd, xe), right = Math.max(xa, xb, xd, xe);
      const x0 = Math.max(0, Math.ceil(left - 0.5)), x1 = Math.min(width - 1, Math.floor(right - 0.5));
      if (x0 > x1 || right - left > limit) continue;
      const ya = sy[a], yb = sy[b], yd = sy[d], ye = sy[e];
      const top = Math.min(ya, yb, yd, ye), bottom = Math.max(ya, yb, yd, ye);
      const y0 = Math.max(0, Math.ceil(top - 0.5)), y1 = Math.min(height - 1, Math.floor(bottom - 0.5));
      if (y0 > y1 || bottom - top > limit) continue;
      const v = r * w + c;
      fillTriangle(index, width, v, xa, ya, xb, yb, xe, ye, x0, x1, y0, y1);
      fillTriangle(index, width, v, xa, ya, xe, ye, xd, yd, x0, x1, y0, y1);
    }
  }
  return index;
}
