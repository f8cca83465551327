// Binary payloads of the SkymapBrowser: inflate deflate-compressed one-byte panels (the browser's
// own DecompressionStream, no library) and read the float32 corner grids sent from Python.
//
// Inflated panels are kept by their content digest (python `pack` adds `digest`), so a skymap
// shown before (the same file at the same altitude) costs no inflate when it comes back.

import { fromWire } from "../lib/ndarray.js";

function asBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof DataView) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error("aurora: expected a binary buffer");
}

const INFLATED = new WeakMap();
// digest -> decoded panel (most recent last); bounded by entry size and total bytes.
const BY_DIGEST = new Map();
const DIGEST_MAX_ENTRY = 1 << 20;
const DIGEST_MAX_TOTAL = 16 << 20;
let digestBytes = 0;

function remember(digest, decoded) {
  const size = decoded.data.byteLength;
  if (!digest || size > DIGEST_MAX_ENTRY) return;
  if (BY_DIGEST.has(digest)) return;
  BY_DIGEST.set(digest, decoded);
  digestBytes += size;
  for (const [key, old] of BY_DIGEST) {
    if (digestBytes <= DIGEST_MAX_TOTAL) break;
    BY_DIGEST.delete(key);
    digestBytes -= old.data.byteLength;
  }
}

/**
 * Inflate zlib ("deflate") bytes with the built-in DecompressionStream. Writing and reading the
 * stream directly is several times cheaper than going through Blob/Response for small buffers.
 * `size` (the raw length, when known) lets the chunks land in one preallocated array.
 */
export async function inflate(bytes, size = 0) {
  const stream = new DecompressionStream("deflate");
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes).then(() => writer.close());
  written.catch(() => {}); // the reader reports corrupt data
  const reader = stream.readable.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1 && (!size || size === total)) return chunks[0];
  const out = new Uint8Array(Math.max(total, size));
  let offset = 0;
  for (const chunk of chunks) { out.set(chunk, offset); offset += chunk.byteLength; }
  return out;
}

/** Cache key of a panel: the digest of its bytes plus every other field (range, shape, labels). */
function digestKey(panel) {
  if (!panel.digest) return "";
  const meta = {};
  for (const [k, v] of Object.entries(panel)) if (k !== "data") meta[k] = v;
  return JSON.stringify(meta);
}

/** A copy of `panel` whose `data` is the raw Uint8Array of codes (inflated when needed). */
export async function decodePanel(panel) {
  if (!panel?.data) return null;
  const digest = digestKey(panel);
  if (digest && BY_DIGEST.has(digest)) {
    const hit = BY_DIGEST.get(digest);
    BY_DIGEST.delete(digest);
    BY_DIGEST.set(digest, hit); // most recent last
    return hit;
  }
  const key = panel.data;
  let bytes;
  if (typeof key === "object" && INFLATED.has(key)) bytes = INFLATED.get(key);
  else {
    bytes = asBytes(panel.data);
    if (panel.encoding === "deflate") bytes = await inflate(bytes, panel.nbytes || 0);
    if (typeof key === "object") INFLATED.set(key, bytes);
  }
  const decoded = { ...panel, data: bytes, encoding: "raw" };
  remember(digest, decoded);
  return decoded;
}

/** Decode every panel of a {name: panel} dict (all inflates run at once). */
export async function decodePanels(panels) {
  const entries = Object.entries(panels || {});
  const decoded = await Promise.all(entries.map(([, panel]) => decodePanel(panel)));
  const out = {};
  entries.forEach(([name], i) => { if (decoded[i]) out[name] = decoded[i]; });
  return out;
}

/**
 * The corner grid of python `map_grid` with Float32Array lat/lon (sent as `{view, dtype, shape}`), or null.
 * @param {any} grid
 */
export function decodeGrid(grid) {
  if (!grid?.lat) return null;
  const lat = fromWire(grid.lat), lon = fromWire(grid.lon);
  if (lat.dtype !== "float32" || lon.dtype !== "float32") throw new Error("aurora: the corner grid must be float32");
  return { ...grid, lat: lat.data, lon: lon.data };
}
