"""The harness itself: state both ways, binary buffers, custom messages, background threads, themes."""

from __future__ import annotations

import time

import anywidget
import pytest
import traitlets

from .harness import THEME_NAMES, contrast_ratio

ESM = """
export default {
  render({ model, el, signal }) {
    el.classList.add("aurora");
    const b = document.createElement("button");
    b.textContent = "n=" + model.get("count");
    const bump = () => { model.set("count", model.get("count") + 1); model.save_changes(); };
    b.addEventListener("click", bump, { signal });
    const out = document.createElement("span");
    out.className = "sum";
    const showSum = () => {
      const dv = model.get("blob").data;
      let s = 0; for (let i = 0; i < dv.byteLength; i++) s += dv.getUint8(i);
      out.textContent = "sum=" + s;
    };
    showSum();
    const msgs = document.createElement("ul");
    model.on("change:count", () => { b.textContent = "n=" + model.get("count"); });
    model.on("change:blob", showSum);
    model.on("msg:custom", (content, buffers) => {
      const li = document.createElement("li");
      li.textContent = content.text + ":" + (buffers[0] ? buffers[0].byteLength : 0);
      msgs.append(li);
      model.send({ echo: content.text });
    });
    el.append(b, out, msgs);
  },
};
"""


class Toy(anywidget.AnyWidget):
    _esm = ESM
    _css = ".aurora { color: var(--vscode-editor-foreground, var(--jp-ui-font-color1)); }"
    count = traitlets.Int(0).tag(sync=True)
    blob = traitlets.Dict().tag(sync=True)
    status = traitlets.Unicode("idle").tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)

    def __init__(self, **kw):
        super().__init__(**kw)
        self.received = []
        self.on_msg(lambda _w, content, _b: self.received.append(content))


def test_round_trip_state_buffers_and_messages(render):
    w = Toy(blob={"data": memoryview(bytes([1, 2, 3]))})
    r = render(w)
    button = r.root.get_by_role("button")
    assert button.text_content() == "n=0"
    assert r.root.locator(".sum").text_content() == "sum=6"
    button.click()
    r.sync()
    assert w.count == 1  # page -> Python
    w.count = 41
    w.blob = {"data": memoryview(bytes([10, 20]))}
    r.sync()
    assert button.text_content() == "n=41"  # Python -> page
    assert r.root.locator(".sum").text_content() == "sum=30"
    w.send({"text": "hello"}, buffers=[b"abcd"])
    r.sync()
    assert r.root.locator("li").text_content() == "hello:4"
    assert w.received == [{"echo": "hello"}]
    assert r.page_errors() == []


def test_background_thread_changes_arrive_after_sync(render):
    w = Toy(blob={"data": memoryview(b"\x00")})
    r = render(w)

    def work():
        time.sleep(0.3)
        w.count = 7
        w.status = "ready"

    from aurora_widgets.widgets._jobs import Jobs

    w._jobs = Jobs(w, {"main": ("status", "message")})
    w._jobs.submit("main", "counting", work, lambda _result: None)
    r.sync()
    assert r.root.get_by_role("button").text_content() == "n=7"


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_themes_are_realistic(render, theme):
    # A widget that paints no background of its own: VS Code's white output background makes its
    # light editor text unreadable (the real bug), and the reference notebook's override fixes it.
    r = render(Toy(blob={"data": memoryview(b"\x00")}), theme=theme)
    ratio = contrast_ratio(r.page, r.root)
    if theme == "vscode-dark":
        assert ratio < 2.0
    else:
        assert ratio > 4.5
    body = r.page.evaluate("() => [document.body.className, document.body.dataset.vscodeThemeKind || '']")
    assert ("vscode" in theme) == bool(body[1])
