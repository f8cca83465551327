"""Explorer in headless Chromium: its child widgets drawn inside it and driven by clicks.

The harness renders one widget with a fake model. The Explorer's children are separate widgets
(``anywidget.WidgetTrait`` refs resolved through ``model.widget_manager.get_model``), so this file
adds what Jupyter's widget manager does for them: a fake model per child in the page (seeded with
the child's real state), page->Python updates and messages routed to that child, and the child's
Python->page messages delivered to it. Nothing here changes the widgets' code paths.
"""

from __future__ import annotations

import base64
import json
import queue
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from ipywidgets.widgets.widget import _remove_buffers

from aurora_widgets.data import Client
from aurora_widgets.widgets.explorer import Explorer

from .harness import Rendered, _install_send_hook, render_widget

_INIT = """
(() => {
  const b64ToDataView = (b64) => { const bin = atob(b64); const u = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) u[i] = bin.charCodeAt(i); return new DataView(u.buffer); };
  const putBuffers = (state, paths, bufs) => paths.forEach((path, i) => { let o = state;
    for (let j = 0; j < path.length - 1; j++) o = o[path[j]]; o[path[path.length - 1]] = bufs[i]; });
  const waiting = new Map();
  const models = new Map();
  const pending = new Set();
  const track = (p) => { const q = Promise.resolve(p).finally(() => pending.delete(q)); pending.add(q); };
  const getModel = (id) => {
    if (models.has(id)) return Promise.resolve(models.get(id));
    return new Promise((resolve) => waiting.set(id, resolve));
  };
  window.__auroraChildren = {
    add(id, state, paths, buffers) {
      putBuffers(state, paths, buffers.map(b64ToDataView));
      const Model = window.__aurora.model.constructor;
      const m = new Model(state);
      m.widget_manager = { get_model: getModel };
      m.save_changes = function () {
        if (!this.dirty.size) return;
        const changed = {};
        for (const k of this.dirty) changed[k] = this.attributes[k];
        this.dirty.clear();
        track(window.__aurora_child_update(id, JSON.parse(JSON.stringify(changed))));
      };
      m.send = function (content) { track(window.__aurora_child_msg(id, content)); };
      models.set(id, m);
      if (waiting.has(id)) { waiting.get(id)(m); waiting.delete(id); }
      return true;
    },
    apply(id, messages) {
      const m = models.get(id);
      for (const msg of messages) {
        const bufs = (msg.buffers || []).map(b64ToDataView);
        if (msg.method === "update") {
          putBuffers(msg.state, msg.buffer_paths || [], bufs);
          for (const [k, v] of Object.entries(msg.state)) {
            m.attributes[k] = v;
            m.trigger(`change:${k}`, m, v);
          }
          m.trigger("change", m);
        } else if (msg.method === "custom") {
          m.trigger("msg:custom", msg.content, bufs);
        }
      }
      return true;
    },
    async flush() { while (pending.size) await Promise.allSettled([...pending]); return true; },
  };
  // When the harness defines window.__aurora, let the parent model resolve child refs.
  let real;
  Object.defineProperty(window, "__aurora", { configurable: true, get() { return real; }, set(v) {
    const start = v.start;
    v.start = function (...args) {
      const p = start.apply(this, args);
      this.model.widget_manager = { get_model: getModel };
      return p;
    };
    real = v;
  } });
})();
"""


def _b64(buffers: list[Any]) -> list[str]:
    return [base64.b64encode(bytes(b)).decode("ascii") for b in buffers]


class _Link:
    """Receives a child's outgoing messages (as the harness does for the rendered widget)."""

    def __init__(self) -> None:
        self._queue: queue.Queue = queue.Queue()


class ExplorerPage:
    """The Explorer rendered with its children live in the page."""

    def __init__(self, page: Any, explorer: Explorer, theme: str) -> None:
        self.explorer = explorer
        self.children = {
            c.model_id: c
            for c in (
                explorer.dataset_picker,
                explorer.site_picker,
                explorer.date_picker,
                explorer.keogram_picker,
                explorer.skymap_browser,
                explorer.calibration_browser,
            )
        }
        page.add_init_script(_INIT)
        page.expose_function("__aurora_child_update", self._update)
        page.expose_function("__aurora_child_msg", self._msg)
        self.links = {}
        for model_id, child in self.children.items():
            link = _Link()
            _install_send_hook(child).append(link)
            self.links[model_id] = link
        self.r: Rendered = render_widget(page, explorer, theme, width=1040, height=1500)
        for model_id, child in self.children.items():
            state, paths, buffers = _remove_buffers(child.get_state())
            page.evaluate(
                "([id, s, p, b]) => window.__auroraChildren.add(id, s, p, b)",
                [model_id, json.loads(json.dumps(state, default=str)), paths, _b64(buffers)],
            )
        self.page = page

    def _update(self, model_id: str, state: dict) -> None:
        msg = {"content": {"data": {"method": "update", "state": state, "buffer_paths": []}}, "buffers": []}
        self.children[model_id]._handle_msg(msg)

    def _msg(self, model_id: str, content: dict) -> None:
        msg = {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
        self.children[model_id]._handle_msg(msg)

    def _push_children(self) -> int:
        count = 0
        for model_id, link in self.links.items():
            batch = []
            while True:
                try:
                    msg, buffers = link._queue.get_nowait()
                except queue.Empty:
                    break
                if msg.get("method") == "update":
                    batch.append(
                        {
                            "method": "update",
                            "state": msg.get("state", {}),
                            "buffer_paths": msg.get("buffer_paths", []),
                            "buffers": _b64(buffers),
                        }
                    )
                elif msg.get("method") == "custom":
                    batch.append(
                        {"method": "custom", "content": msg.get("content"), "buffers": _b64(buffers)}
                    )
            if batch:
                self.page.evaluate("([id, m]) => window.__auroraChildren.apply(id, m)", [model_id, batch])
                count += len(batch)
        return count

    def sync(self, timeout: float = 60.0) -> None:
        """Settle the Explorer and every child: page calls handled, loading done, state pushed."""
        deadline = time.monotonic() + timeout
        while True:
            self.page.evaluate("() => window.__auroraChildren.flush()")
            self.r.sync(timeout=max(1.0, deadline - time.monotonic()))
            self.explorer.wait(max(0.0, deadline - time.monotonic()))
            pushed = self._push_children()
            self.page.evaluate("() => window.__auroraChildren.flush()")
            busy = any(c.busy() for c in [*self.children.values(), self.explorer])
            settled = not pushed and not busy and all(link._queue.empty() for link in self.links.values())
            if settled and self.r.push() == 0:
                return
            if time.monotonic() > deadline:
                raise TimeoutError("explorer still busy")


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


@contextmanager
def _explorer(browser: Any, client: Client, theme: str, settle: float = 60.0, **choice: Any) -> Iterator[ExplorerPage]:
    """``Explorer(client=client, **choice)`` rendered in a browser context of its own and settled; closed after."""
    context = browser.new_context(viewport={"width": 1080, "height": 1500})
    try:
        ep = ExplorerPage(context.new_page(), Explorer(client=client, **choice), theme)
        ep.sync(settle)
        yield ep
    finally:
        context.close()


@contextmanager
def _gill_on_a_synthetic_night(browser: Any, client: Client, download_dir: Path, theme: str,
                               seed: int) -> Iterator[ExplorerPage]:
    """THEMIS gill on 2021-11-04 chosen in an Explorer, a synthetic night keogram (``seed``) in the cache."""
    import datetime as dt

    from keogram_factory import put_in_cache, synthetic_night

    put_in_cache(download_dir, "THEMIS_ASI_DAILY_KEOGRAM_PGM", dt.date(2021, 11, 4), "gill", "themis19",
                 synthetic_night(seed=seed))
    with _explorer(browser, client, theme) as ep:
        ep.explorer.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site="gill", date="2021-11-04")
        ep.sync()
        yield ep


def test_pick_dataset_site_date_by_clicking(browser, client):
    with _explorer(browser, client, "jupyterlab-light") as ep:
        ex, root = ep.explorer, ep.r.root
        for slot in ("dataset_picker", "site_picker", "date_picker", "keogram_picker", "skymap_browser",
                     "calibration_browser"):
            assert root.locator(f"[data-child='{slot}']").get_attribute("data-mounted") == "true", slot
        # 1. dataset: click its row in the dataset picker
        picker = root.locator("[data-child='dataset_picker']")
        picker.get_by_text("REGO_SKYMAP_IDLSAV", exact=True).first.click()
        ep.sync()
        assert ex.dataset_name == "REGO_SKYMAP_IDLSAV" and ex.dataset.name == "REGO_SKYMAP_IDLSAV"
        assert ex.site_picker.instrument_array == "rego"
        # 2. site: click resu in the site list
        root.locator("[data-child='site_picker']").get_by_text("resu", exact=False).first.click()
        ep.sync()
        assert ex.site_uid == "resu" and ex.site.uid == "resu"
        summary = root.locator(".aurora-ex-summary")
        assert "Pick a date" in summary.inner_text()  # it waits for a date, and says so
        assert ex.skymap_browser.site_uid == ""  # nothing loaded for "today"
        # 3. date: type it into the date picker's native date input
        date_input = root.locator("[data-child='date_picker'] input[type=date]").first
        date_input.fill("2021-11-04")
        date_input.dispatch_event("change")
        ep.sync()
        assert ex.when == "2021-11-04T06:00"  # the time field's 06:00, shown in the page
        assert root.locator("[data-child='date_picker'] input[type=time]").first.input_value() == "06:00"
        assert "2021-11-04 06:00 UT" in summary.inner_text() and "Pick a date" not in summary.inner_text()
        assert ex.skymap is not None and ex.skymap.site_uid == "resu"
        chosen = ex.skymap_browser.selected
        assert chosen == client.list_skymaps("REGO_SKYMAP_IDLSAV", "resu", "2021-11-04").best.filename
        assert Path(ex.skymap.filename).name == chosen
        assert chosen in root.locator("[data-child='skymap_browser']").inner_text()
        assert ex.calibration is not None and ex.calibration.device_uid == "655"
        # the code tab shows the code of this selection
        root.get_by_role("tab", name="Code").click()
        ep.sync()
        assert ex.tab == "code"
        code_text = root.locator(".aurora-ex-code").inner_text()
        assert '"resu"' in code_text and "find_device_uid" in code_text
        assert ep.r.page_errors() == []


def test_renders_in_every_theme(browser, client, theme):
    with _explorer(browser, client, theme) as ep:
        ex, root = ep.explorer, ep.r.root
        ex.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site="gill", date="2021-11-04")
        ep.sync()
        assert ex.skymap.site_uid == "gill"
        assert ep.r.contrast() >= 4.5
        # the chosen site is scrolled into view inside the (scrolling) site list, the map is whole
        seen = root.locator(".aurora-sp-list").evaluate(
            """(list) => { const b = list.querySelector("[aria-pressed='true']");
                 const l = list.getBoundingClientRect(), r = b.getBoundingClientRect();
                 return {uid: b.dataset.uid, inside: r.top >= l.top - 1 && r.bottom <= l.bottom + 1,
                         scrolls: list.scrollHeight > list.clientHeight}; }""")
        assert seen == {"uid": "gill", "inside": True, "scrolls": True}
        step = root.locator(".aurora-ex-step:has(.aurora-sp-map)")
        assert step.evaluate("(s) => s.scrollHeight <= s.clientHeight + 1")
        root.get_by_role("tab", name="Calibration").click()
        ep.sync()
        assert "No calibration files for THEMIS" in root.locator(".aurora-ex-calnote").inner_text()
        root.get_by_role("tab", name="Skymap").click()
        ep.sync()
        ep.r.screenshot(f"explorer-{theme}", full_page=True)
        assert ep.r.page_errors() == []


def test_a_click_in_the_nights_keogram_sets_the_minute_of_the_map_and_the_date_picker(browser, client,
                                                                                      download_dir):
    import datetime as dt

    from keogram_factory import PEAK_MINUTE

    with _gill_on_a_synthetic_night(browser, client, download_dir, "jupyterlab-light", seed=4) as ep:
        ex, root, page = ep.explorer, ep.r.root, ep.page
        assert ex.keogram_picker.source == ""  # not loaded before the Night tab is opened
        root.get_by_role("tab", name="Night").click()
        ep.sync()
        assert ex.tab == "night" and ex.keogram_picker.status == "ready", ex.keogram_picker.message
        assert ex.keogram_picker.time == dt.datetime(2021, 11, 4, 6, 0)  # the picker's time, marked
        page.wait_for_function("() => Number(document.querySelector('.aurora-kp')?.dataset.paintCount || 0) > 0")
        canvas = root.locator("[data-child='keogram_picker'] canvas.aurora-kp-canvas").first
        box = canvas.bounding_box()
        # js/keogram_picker.js margins (an elevation scale on the right with the skymap's axis); 01-13 UT
        left, right, window_start, minutes = 70, 44 if ex.keogram_picker.skymap is not None else 24, 60, 720
        x = box["x"] + left + (PEAK_MINUTE - window_start + 0.5) / minutes * (box["width"] - left - right)
        page.mouse.click(x, box["y"] + box["height"] / 2)
        ep.sync()
        picked = ex.keogram_picker.time
        assert picked is not None and abs((picked - dt.datetime(2021, 11, 4, 6, 12)).total_seconds()) <= 120
        hhmm = picked.strftime("%H:%M")
        assert ex.when == f"2021-11-04T{hhmm}" and ex.date == picked
        assert ex.date_picker.time == hhmm
        assert root.locator("[data-child='date_picker'] input[type=time]").first.input_value() == hhmm
        assert ex.skymap_browser.date == f"2021-11-04T{hhmm}"
        assert ex.skymap_browser._frame_minute() == picked
        assert f"minute = datetime.datetime(2021, 11, 4, 6, {picked.minute})" in ex.code
        root.get_by_role("tab", name="Skymap").click()
        ep.sync()
        shown = root.locator("[data-child='skymap_browser']").inner_text()
        assert f"2021-11-04 {hhmm}" in shown  # the map's frames line names the clicked minute
        assert ep.r.page_errors() == []


def test_a_child_stub_draws_through_the_bundle_or_says_to_display_the_explorer(page):
    from aurora_widgets.widgets._base import STATIC
    from aurora_widgets.widgets._bundle import STUB_ESM

    page.set_content("<div id='a'></div><div id='b'></div>")
    load = """async ([src, id]) => {
      const url = URL.createObjectURL(new Blob([src], {type: 'text/javascript'}));
      const mod = await import(url);
      const model = {get: (k) => (k === '_kind' ? 'no_such_kind' : undefined), on() {}, off() {}};
      await mod.default.render({model, el: document.getElementById(id), signal: new AbortController().signal});
      return document.getElementById(id).innerText;
    }"""
    alone = page.evaluate(load, [STUB_ESM, "a"])
    assert "display the Explorer" in alone
    bundle = (STATIC / "index.js").read_text(encoding="utf-8")
    page.evaluate("async (src) => { await import(URL.createObjectURL(new Blob([src], {type: 'text/javascript'}))); }",
                  bundle)
    assert page.evaluate("() => typeof globalThis.__auroraWidgets?.render") == "function"
    drawn = page.evaluate(load, [STUB_ESM, "b"])
    assert 'no front-end for widget kind "no_such_kind"' in drawn  # the bundle's own dispatch drew it


def test_the_constructors_selection_is_what_the_children_show(browser, client):
    with _explorer(browser, client, "jupyterlab-light", settle=90, dataset="TREX_NIR_RAW", site_uid="gill",
                   date="2022-03-07") as ep:
        ex, root = ep.explorer, ep.r.root
        summary = root.locator(".aurora-ex-summary").inner_text()
        assert "TREX_NIR_RAW" in summary and "gill" in summary and "2022-03-07 06:00 UT" in summary
        pressed = root.locator("[data-child='site_picker'] [aria-pressed='true']").first
        assert pressed.get_attribute("data-uid") == "gill"
        assert ex.site_picker.instrument_array == "trex_nir"
        assert ex.skymap_browser.dataset_name == "TREX_NIR_SKYMAP_IDLSAV" and ex.skymap_browser.site_uid == "gill"
        assert root.locator("[data-child='date_picker'] input[type=date]").first.input_value() == "2022-03-07"
        assert "gill" in root.locator("[data-child='skymap_browser']").inner_text()
        root.get_by_role("tab", name="Code").click()
        ep.sync()
        code = root.locator(".aurora-ex-code").inner_text()
        assert "datetime.datetime(2022, 3, 7, 6, 0)" in code and '"gill"' in code
        assert ep.r.page_errors() == []


def test_the_nights_keogram_has_the_latitude_axis_of_the_chosen_skymap_at_its_altitude(browser, client,
                                                                                         download_dir):
    """#15: the Night tab's keogram takes its latitudes from the SkymapBrowser's skymap and altitude."""
    with _gill_on_a_synthetic_night(browser, client, download_dir, "jupyterlab-dark", seed=5) as ep:
        ex, root, page = ep.explorer, ep.r.root, ep.page
        root.get_by_role("tab", name="Night").click()
        ep.sync()
        sb, kp = ex.skymap_browser, ex.keogram_picker
        assert kp.status == "ready", kp.message
        chosen = sb.skymap.filename
        assert kp.skymap is sb.skymap and kp.skymap_name == str(chosen)
        assert kp.keogram.geo_y is not None and kp.keogram.altitude_km == sb.altitude_km == 110.0
        source = root.locator("[data-child='keogram_picker'] .aurora-kp-source")
        assert f"latitudes from {Path(str(chosen)).name}" in source.inner_text()
        caption = root.locator("[data-child='keogram_picker'] .aurora-kp-caption").inner_text()
        assert caption.startswith("Rows from south"), caption  # not "CCD rows"
        lat_110 = list(kp.keogram.geo_y)
        # another altitude in the SkymapBrowser: the keogram's latitudes follow
        sb.altitude_km = 150.0
        ep.sync()
        assert kp.altitude_km == 150.0 and kp.keogram.altitude_km == 150.0
        assert list(kp.keogram.geo_y) != lat_110
        # another skymap chosen in the SkymapBrowser: the axis is that one's
        other = next(c["filename"] for c in sb.candidates if c["filename"] != sb.selected)
        sb.select(other).wait()
        ep.sync()
        assert kp.skymap is sb.skymap and kp.skymap_name.endswith(other)
        page.wait_for_function(
            "(f) => document.querySelector('[data-child=keogram_picker] .aurora-kp-source')"
            "?.textContent.includes(f)", arg=other)
        assert ep.r.page_errors() == []
