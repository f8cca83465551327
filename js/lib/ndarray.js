// Arrays on the wire, the browser side of aurora_widgets/widgets/_arrays.py: `{view, dtype, shape}`
// with `view` one binary buffer (a DataView from the widget manager, little-endian). Pure: no DOM.

/** @typedef {Int8Array|Uint8Array|Int16Array|Uint16Array|Int32Array|Uint32Array|Float32Array|Float64Array} Typed */
/** @typedef {{data: Typed, dtype: string, shape: number[]}} NDArray */

/** @type {Record<string, any>} */
export const TYPED = {
  int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
  int32: Int32Array, uint32: Uint32Array, float32: Float32Array, float64: Float64Array,
};

/**
 * Read `{view, dtype, shape}` into `{data, dtype, shape}`; `data` is a typed array over the same
 * bytes when their offset allows it (respecting `byteOffset`), else a copy.
 * @param {{view: ArrayBufferView|ArrayBuffer, dtype: string, shape: number[]}} wire
 * @returns {NDArray}
 */
export function fromWire(wire) {
  const Type = TYPED[wire.dtype];
  if (!Type) throw new Error(`aurora: unknown array dtype ${JSON.stringify(wire.dtype)}`);
  const view = wire.view;
  const buffer = view instanceof ArrayBuffer ? view : view.buffer;
  const offset = view instanceof ArrayBuffer ? 0 : view.byteOffset;
  const bytes = view instanceof ArrayBuffer ? view.byteLength : view.byteLength;
  const count = bytes / Type.BYTES_PER_ELEMENT;
  const expected = wire.shape.reduce((a, b) => a * b, 1);
  if (count !== expected) throw new Error(`aurora: ${count} values do not fill the shape [${wire.shape}]`);
  const data = offset % Type.BYTES_PER_ELEMENT === 0
    ? new Type(buffer, offset, count)
    : new Type(buffer.slice(offset, offset + bytes));
  return { data, dtype: wire.dtype, shape: [...wire.shape] };
}

/**
 * The wire form of an array, to set as a trait value (`model.set(name, toWire(a))`).
 * @param {NDArray} array
 * @returns {{view: DataView, dtype: string, shape: number[]}}
 */
export function toWire(array) {
  const { data, dtype, shape } = array;
  if (!TYPED[dtype] || !(data instanceof TYPED[dtype])) throw new Error(`aurora: data is not a ${dtype} array`);
  return { view: new DataView(data.buffer, data.byteOffset, data.byteLength), dtype, shape: [...shape] };
}
