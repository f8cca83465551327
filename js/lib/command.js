// Request/response with Python through anywidget's command mechanism: Python methods decorated
// with `anywidget.experimental.command` answer `{kind: "anywidget-command", id, name, msg}` with
// `{kind: "anywidget-command-response", id, response}`. This is the wire protocol of anywidget's
// own `experimental.invoke`, bound to a model (so child widgets inside the Explorer can use it too).

let counter = 0;

/**
 * Ask Python's command `name` with `msg`; resolves to `[response, buffers]`.
 * An aborted `signal` (e.g. a newer request) rejects with an AbortError and drops the answer.
 * @param {{on: Function, off: Function, send: Function}} model
 * @param {string} name
 * @param {unknown} msg
 * @param {{signal?: AbortSignal, timeout?: number}} [options]
 * @returns {Promise<[any, DataView[]]>}
 */
export function invoke(model, name, msg, { signal, timeout = 10000 } = {}) {
  counter += 1;
  const id = `aurora-${name}-${counter}`;
  return new Promise((resolve, reject) => {
    /** @param {any} content @param {DataView[]} buffers */
    const handler = (content, buffers) => {
      if (content?.kind !== "anywidget-command-response" || content.id !== id) return;
      done();
      resolve([content.response, buffers || []]);
    };
    const onAbort = () => { done(); reject(new DOMException(`${name} superseded`, "AbortError")); };
    const timer = setTimeout(() => { done(); reject(new Error(`${name}: no answer from Python in ${timeout} ms`)); }, timeout);
    function done() {
      clearTimeout(timer);
      model.off("msg:custom", handler);
      if (signal) signal.removeEventListener("abort", onAbort);
    }
    if (signal?.aborted) { onAbort(); return; }
    if (signal) signal.addEventListener("abort", onAbort);
    model.on("msg:custom", handler);
    model.send({ id, kind: "anywidget-command", name, msg });
  });
}
