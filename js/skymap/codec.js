// Binary payloads of the SkymapBrowser: inflate deflate-compressed one-byte panels (the browser's
// own DecompressionStream, no library) and view float32 grids sent from Python.

function asBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof DataView) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error("aurora: expected a binary buffer");
}

const INFLATED = new WeakMap();

/** A copy of `panel` whose `data` is the raw Uint8Array of codes (inflated when needed). */
export async function decodePanel(panel) {
  if (!panel || !panel.data) return null;
  const key = panel.data;
  if (typeof key === "object" && INFLATED.has(key)) return { ...panel, data: INFLATED.get(key), encoding: "raw" };
  let bytes = asBytes(panel.data);
  if (panel.encoding === "deflate") {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  if (typeof key === "object") INFLATED.set(key, bytes);
  return { ...panel, data: bytes, encoding: "raw" };
}

/** Decode every panel of a {name: panel} dict. */
export async function decodePanels(panels) {
  const out = {};
  for (const [name, panel] of Object.entries(panels || {})) {
    const decoded = await decodePanel(panel);
    if (decoded) out[name] = decoded;
  }
  return out;
}

/** A Float32Array over a binary buffer (copied when the offset is not 4-byte aligned). */
export function float32(data) {
  const bytes = asBytes(data);
  if (bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Float32Array(bytes.slice().buffer);
}

/** The corner grid of python `map_grid` with Float32Array lat/lon, or null. */
export function decodeGrid(grid) {
  if (!grid || !grid.lat) return null;
  return { ...grid, lat: float32(grid.lat), lon: float32(grid.lon) };
}
