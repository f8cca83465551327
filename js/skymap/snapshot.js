// The map as last drawn, sent to Python for the saved-notebook copy of the view
// (SkymapBrowser._keep_map_snapshot in aurora_widgets/widgets/skymap_browser.py). One PNG goes a
// moment after the map stops changing, never while it plays or blinks, and only once frames are
// drawn; Python drops it when the chosen skymap changes.

/**
 * `painted()` after every map paint (re)starts the wait; `canvas()` and `caption()` are read when
 * the wait ends. Returns { painted }.
 */
export function createMapSnapshots({ model, canvas, caption, signal, delayMs = 1000 }) {
  let timer = null;
  signal.addEventListener("abort", () => clearTimeout(timer));
  const send = () => {
    timer = null;
    const target = canvas();
    if (signal.aborted || !target || !target.width || model.get("frames_status") !== "ready") return;
    const selected = model.get("selected"), text = caption();
    target.toBlob((blob) => {
      if (!blob || signal.aborted || model.get("selected") !== selected) return;
      blob.arrayBuffer().then((buffer) => {
        if (!signal.aborted) model.send({ type: "map_snapshot", selected, caption: text }, undefined, [buffer]);
      });
    }, "image/png");
  };
  return {
    painted() {
      clearTimeout(timer);
      timer = setTimeout(send, delayMs);
    },
  };
}
