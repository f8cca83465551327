// Histogram of the flatfield multiplier: counts and edges computed in Python, drawn in a canvas
// with the --aurora-* tokens (bars in the accent colour, axis in the muted colour).
import { formatNumber } from "../lib/raster.js";
import { h, token } from "../lib/dom.js";

export function createHistogram() {
  const fig = h("figure", "aurora-cb-hist");
  const canvas = h("canvas", "aurora-cb-hist-canvas");
  canvas.width = 260; canvas.height = 110;
  canvas.setAttribute("role", "img");
  const caption = h("figcaption", "aurora-muted aurora-small");
  fig.append(canvas, caption);
  let last = null;

  function draw(hist) {
    last = hist;
    const ctx = canvas.getContext("2d");
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const counts = (hist?.counts) || [];
    const edges = (hist?.edges) || [];
    if (!counts.length) {
      caption.textContent = "";
      canvas.setAttribute("aria-label", "No histogram");
      return;
    }
    if (!fig.isConnected) { // the theme's tokens resolve only in the page: draw once it is there
      requestAnimationFrame(() => { if (last === hist) draw(hist); });
      return;
    }
    const accent = token(fig, "--aurora-accent", "currentColor");
    const muted = token(fig, "--aurora-muted", "currentColor");
    canvas.dataset.fill = accent;
    const w = canvas.width, hgt = canvas.height - 14;
    const peak = Math.max(...counts) || 1;
    const bw = w / counts.length;
    ctx.fillStyle = accent;
    counts.forEach((c, i) => {
      const bh = (c / peak) * (hgt - 2);
      ctx.fillRect(i * bw + 0.5, hgt - bh, Math.max(bw - 1, 1), bh);
    });
    ctx.strokeStyle = muted;
    ctx.beginPath(); ctx.moveTo(0, hgt + 0.5); ctx.lineTo(w, hgt + 0.5); ctx.stroke();
    ctx.fillStyle = muted;
    ctx.font = "10px sans-serif";
    ctx.textBaseline = "bottom";
    ctx.textAlign = "left";
    ctx.fillText(formatNumber(edges[0], 3), 0, canvas.height);
    ctx.textAlign = "right";
    ctx.fillText(formatNumber(edges[edges.length - 1], 3), w, canvas.height);
    const total = counts.reduce((a, b) => a + b, 0);
    caption.textContent = `Histogram of ${total} pixels, ${counts.length} bins`;
    canvas.setAttribute("aria-label", `Histogram of the flatfield multiplier from ${formatNumber(edges[0], 3)} to ${formatNumber(edges[edges.length - 1], 3)}`);
  }

  return { el: fig, update: draw, repaint: () => draw(last) };
}
