// In-page half of tests/browser/harness.py: a small stand-in for the Jupyter widget manager.
// It holds the model state, fires Backbone-style events, turns base64 buffers into DataViews,
// and talks to Python through two functions the harness exposes:
//   __aurora_py_update(state, bufferPaths, buffersB64)   (model.save_changes)
//   __aurora_py_msg(content, buffersB64)                 (model.send)

function b64ToDataView(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new DataView(bytes.buffer);
}

function bytesToB64(view) {
  let u8;
  if (view instanceof ArrayBuffer) u8 = new Uint8Array(view);
  else u8 = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let s = "";
  for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
  return btoa(s);
}

function isBinary(v) {
  return v instanceof ArrayBuffer || ArrayBuffer.isView(v);
}

/** Put decoded buffers back into `state` at their paths (ipywidgets' put_buffers). */
function putBuffers(state, paths, buffers) {
  paths.forEach((path, i) => {
    let obj = state;
    for (let j = 0; j < path.length - 1; j++) obj = obj[path[j]];
    obj[path[path.length - 1]] = buffers[i];
  });
}

/** Split binary values out of `value` (ipywidgets' remove_buffers), returning base64 strings. */
function removeBuffers(value) {
  const paths = [];
  const buffers = [];
  const walk = (v, path) => {
    if (isBinary(v)) {
      paths.push(path);
      buffers.push(bytesToB64(v));
      return null;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v && typeof v === "object") {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        const w = walk(x, [...path, k]);
        if (!(isBinary(x))) out[k] = w;
      }
      return out;
    }
    return v;
  };
  const state = walk(value, []);
  return { state, paths, buffers };
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (isBinary(a) || isBinary(b)) return false;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual(a[k], b[k]));
}

class FakeModel {
  constructor(state) {
    this.attributes = state;
    this.listeners = new Map();
    this.dirty = new Set();
    this.sentUpdates = [];
    this.sentMessages = [];
    this.widget_manager = { get_model: async () => undefined };
  }
  get(name) {
    return this.attributes[name];
  }
  set(name, value) {
    if (name && typeof name === "object") {
      for (const [k, v] of Object.entries(name)) this.set(k, v);
      return;
    }
    const old = this.attributes[name];
    this.attributes[name] = value;
    this.dirty.add(name);
    if (!deepEqual(old, value)) {
      this.trigger(`change:${name}`, this, value);
      this.trigger("change", this);
    }
  }
  save_changes() {
    if (!this.dirty.size) return;
    const changed = {};
    for (const k of this.dirty) changed[k] = this.attributes[k];
    this.dirty.clear();
    const { state, paths, buffers } = removeBuffers(changed);
    this.sentUpdates.push(state);
    track(window.__aurora_py_update(state, paths, buffers));
  }
  send(content, callbacks, buffers) {
    const b64 = (buffers || []).map(bytesToB64);
    this.sentMessages.push(content);
    track(window.__aurora_py_msg(content, b64));
  }
  // As strict as the strictest host (marimo): one event name per call. A string naming several
  // events ("change:a change:b") is an error, and registered as the one literal name it is.
  on(event, cb, context) {
    if (/\s/.test(event)) {
      window.__aurora.errors.push(`model.on("${event}"): one event per call (marimo takes no lists)`);
    }
    if (!this.listeners.has(event)) this.listeners.set(event, []);
    this.listeners.get(event).push({ cb, context });
  }
  off(event, cb) {
    const names = event ? [event] : [...this.listeners.keys()];
    for (const name of names) {
      const list = this.listeners.get(name) || [];
      this.listeners.set(name, cb ? list.filter((l) => l.cb !== cb) : []);
    }
  }
  trigger(name, ...args) {
    for (const { cb, context } of [...(this.listeners.get(name) || [])]) {
      try {
        cb.apply(context, args);
      } catch (err) {
        console.error(`aurora harness: listener for ${name} failed`, err);
        window.__aurora.errors.push(String(err && err.stack ? err.stack : err));
      }
    }
  }
  listenerCount() {
    let n = 0;
    for (const list of this.listeners.values()) n += list.length;
    return n;
  }
}

const pending = new Set();
function track(promise) {
  const p = Promise.resolve(promise).finally(() => pending.delete(p));
  pending.add(p);
}

let invokeCounter = 0;

window.__aurora = {
  model: null,
  errors: [],
  cleanup: null,
  controller: null,
  /**
   * Render the widget. `detached`: as JupyterLab's output area does, render into an element that
   * is not in the page yet and insert it once render() has returned (styles and theme tokens
   * resolve only then); otherwise into the page's #aurora-host directly.
   */
  async start(state, paths, buffers, esmUrl, detached = false) {
    putBuffers(state, paths, buffers.map(b64ToDataView));
    const model = new FakeModel(state);
    this.model = model;
    const mod = await import(esmUrl);
    let widget = mod.default;
    if (typeof widget === "function") widget = await widget();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    const experimental = {
      invoke: (name, msg, options = {}) =>
        new Promise((resolve, reject) => {
          const id = `harness-${++invokeCounter}`;
          const handler = (content, bufs) => {
            if (!content || content.id !== id) return;
            model.off("msg:custom", handler);
            resolve([content.response, bufs]);
          };
          model.on("msg:custom", handler);
          if (options.signal) options.signal.addEventListener("abort", () => reject(options.signal.reason));
          model.send({ id, kind: "anywidget-command", name, msg }, undefined, options.buffers || []);
        }),
    };
    if (widget && typeof widget.initialize === "function") {
      await widget.initialize({ model, signal, experimental });
    }
    const placeholder = document.getElementById("aurora-host");
    const parent = placeholder.parentNode;
    let el = placeholder;
    if (detached) {
      el = document.createElement("div");
      el.id = placeholder.id;
      el.className = placeholder.className;
      placeholder.remove(); // only the detached element carries the id until it is inserted
    }
    const cleanup = await widget.render({ model, el, signal, host: {}, experimental });
    this.cleanup = typeof cleanup === "function" ? cleanup : null;
    if (detached) {
      this.wasConnectedAtRender = el.isConnected;
      await new Promise((resolve) => setTimeout(resolve, 30)); // the host inserts it a little later
      parent.append(el);
    }
    return true;
  },
  /** Apply Python-side messages: [{method: "update"|"custom", ...}]. */
  apply(messages) {
    for (const msg of messages) this.applyOne(msg, (msg.buffers || []).map(b64ToDataView));
    return true;
  },
  /** Apply one Python-side message whose buffers are DataViews already. */
  applyOne(msg, bufs) {
    const model = this.model;
    if (msg.method === "update") {
      const state = msg.state;
      putBuffers(state, msg.buffer_paths || [], bufs);
      const changed = [];
      for (const [k, v] of Object.entries(state)) {
        const old = model.attributes[k];
        model.attributes[k] = v;
        if (!deepEqual(old, v)) changed.push(k);
      }
      for (const k of changed) model.trigger(`change:${k}`, model, model.attributes[k]);
      if (changed.length) model.trigger("change", model);
    } else if (msg.method === "custom") {
      model.trigger("msg:custom", msg.content, bufs);
    }
  },
  /**
   * Receive Python-side messages over a WebSocket instead of `apply` (tests/browser/socket_feed.py):
   * one binary frame a message, handled as its own task the moment it arrives, the way a kernel's
   * websocket delivers them. Frame: uint32 count n of buffers, uint32 JSON length, n uint32 buffer
   * lengths (little-endian), the JSON ({method, state, buffer_paths} or {method, content}), the
   * buffers. Resolves once the socket is open; `socketApplied` counts the messages applied.
   */
  connect(url) {
    this.socketApplied = 0;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.binaryType = "arraybuffer";
      ws.onopen = () => resolve(true);
      ws.onerror = () => reject(new Error(`socket feed: cannot connect to ${url}`));
      ws.onmessage = (event) => {
        const data = event.data;
        const head = new DataView(data);
        const n = head.getUint32(0, true), jsonLength = head.getUint32(4, true);
        let at = 8 + 4 * n;
        const msg = JSON.parse(new TextDecoder().decode(new Uint8Array(data, at, jsonLength)));
        at += jsonLength;
        const bufs = [];
        for (let i = 0; i < n; i++) {
          const length = head.getUint32(8 + 4 * i, true);
          bufs.push(new DataView(data, at, length));
          at += length;
        }
        try {
          this.applyOne(msg, bufs);
        } finally {
          this.socketApplied += 1;
        }
      };
      this.socket = ws;
    });
  },
  /** Resolve once every call into Python made so far has returned. */
  async flush() {
    while (pending.size) await Promise.allSettled([...pending]);
    return true;
  },
  destroy() {
    if (this.controller) this.controller.abort();
    if (this.cleanup) this.cleanup();
    return true;
  },
};
