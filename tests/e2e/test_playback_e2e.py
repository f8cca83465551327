"""Range playback in real JupyterLab with the one-sky archive (issue #15), driven by the mouse.

An Explorer at THEMIS gill on 2021-11-04: the Night tab's keogram (the archive's daily keogram
product, rendered from its one sky), a drag over its brightest columns picks a range, the Skymap
tab plays it across minute files through the kernel's real comm. Every frame the page draws is
recorded from the playback controls' ``data-head`` (a MutationObserver in the page), and the
frame times must step one instant at a time, across each file boundary too. Screenshots in
JupyterLab Light and Dark go to ``tests/artifacts/screenshots/e2e-playback-*.png``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_jupyter import ARTIFACTS, KERNEL_IDLE, _last_output_text, _open

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CELLS = [
    "from aurora_widgets import Explorer\n"
    "ex = Explorer()\n"
    "ex.choose(dataset='THEMIS_ASI_SKYMAP_IDLSAV', site='gill', date='2021-11-04')\n"
    "ex",
    "kp, sb = ex.keogram_picker, ex.skymap_browser\n"
    "print('PY', kp.time_range, sb.play_range, sb.playback.get('cadence_s'), len(sb.playback.get('segments', [])),"
    " sb.playback_status.get('failed'))",
]

# Canvas x (in the canvas's own pixels) of the brightest keogram column inside the plot margins
# of js/keogram_picker.js (left 70, right 24, top 10, bottom 40), and the canvas/CSS pixel ratio.
BRIGHTEST = """(canvas) => {
  const [L, R, T, B] = [70, 24, 10, 40];
  const g = canvas.getContext('2d'), w = canvas.width, h = canvas.height;
  const d = g.getImageData(L, T, w - L - R, h - T - B).data, cols = w - L - R, rows = h - T - B;
  let best = -1, bestX = 0;
  for (let x = 0; x < cols; x++) {
    let s = 0;
    for (let y = 0; y < rows; y++) { const o = (y * cols + x) * 4; s += d[o] + d[o + 1] + d[o + 2]; }
    if (s > best) { best = s; bestX = x; }
  }
  return { x: L + bestX, scale: w / canvas.getBoundingClientRect().width, mean: best / rows / 3 };
}"""

RECORD = """() => {
  const p = document.querySelector('.aurora-sb-play');
  window.__heads = [];
  new MutationObserver(() => {
    const last = window.__heads[window.__heads.length - 1];
    if (p.dataset.head && p.dataset.head !== last) window.__heads.push(p.dataset.head);
  }).observe(p, { attributes: true, attributeFilter: ['data-head'] });
}"""


def _theme(page, theme: str) -> None:
    page.evaluate(f"() => window.jupyterapp.commands.execute('apputils:change-theme', {{theme: '{theme}'}})")
    page.wait_for_function(f"() => document.body.dataset.jpThemeName === '{theme}'", timeout=30_000)
    page.wait_for_timeout(800)


def test_play_a_range_dragged_on_the_keogram_across_file_boundaries(e2e_browser, jupyter_server):
    name = jupyter_server.add_notebook("playback_lab.ipynb", CELLS)
    page = e2e_browser.new_page(viewport={"width": 1280, "height": 1500})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        _open(page, jupyter_server, name, "lab", "JupyterLab Light")
        page.wait_for_function(KERNEL_IDLE, timeout=90_000)
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell-and-select-next'); }")
        root = page.locator(".aurora:visible").first
        root.wait_for(timeout=90_000)
        # the night at a glance: the Night tab's keogram, its brightest columns dragged over
        root.get_by_role("tab", name="Night").click()
        page.wait_for_function("() => Number(document.querySelector('.aurora-kp')?.dataset.paintCount || 0) > 0",
                               timeout=120_000)
        canvas = root.locator("[data-child='keogram_picker'] canvas.aurora-kp-canvas").first
        box = canvas.bounding_box()
        bright = canvas.evaluate(BRIGHTEST)
        assert bright["mean"] > 20, bright  # a band brighter than the dark sky
        x = box["x"] + bright["x"] / bright["scale"]
        y = box["y"] + box["height"] / 2
        page.mouse.move(x - 2, y)
        page.mouse.down()
        page.mouse.move(x, y)
        page.mouse.move(x + 2, y)
        page.mouse.up()
        page.wait_for_timeout(500)
        page.locator(".jp-Cell").last.click()
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")
        text = _last_output_text(page, "PY ", timeout=90_000)
        assert "PY (datetime.datetime(2021, 11, 4" in text, text
        # the range is on the map: the Skymap tab's playback controls, first frame drawn
        root.get_by_role("tab", name="Skymap").click()
        play = root.locator(".aurora-sb-play")
        play.wait_for(state="visible", timeout=120_000)
        page.wait_for_function("() => !!document.querySelector('.aurora-sb-play')?.dataset.head", timeout=120_000)
        first = dt.datetime.fromisoformat(play.get_attribute("data-head"))
        page.evaluate(RECORD)
        root.get_by_label("Speed").select_option("10")
        root.get_by_role("button", name="Play range").click()
        boundary = (first + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
        page.wait_for_function(
            "(b) => (window.__heads || []).some((h) => h >= b)",
            arg=(boundary + dt.timedelta(seconds=10)).isoformat(timespec="seconds"), timeout=120_000,
        )
        root.get_by_role("button", name="Pause range").click()
        heads = [dt.datetime.fromisoformat(h) for h in page.evaluate("() => window.__heads")]
        state = play.evaluate("(p) => ({ ...p.dataset })")
        steps = list(zip(heads, heads[1:], strict=False))
        assert heads == sorted(heads) and len(heads) >= 5, heads
        assert any(a < boundary <= b for a, b in steps), (boundary, heads)
        for a, b in steps:  # one instant of the 3 s clock per drawn frame: no gap at the boundary either
            assert dt.timedelta(0) < b - a <= dt.timedelta(seconds=4.5), (a, b)
        assert state["gaps"] == "" and state["dropped"] == "0", state
        page.locator(".jp-Cell").last.click()
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")
        page.wait_for_timeout(1500)
        root.scroll_into_view_if_needed()
        play.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "e2e-playback-lab-light.png"))
        _theme(page, "JupyterLab Dark")
        play.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "e2e-playback-lab-dark.png"))
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "e2e-FAILED-playback.png"))
        raise
    finally:
        page.close()
        jupyter_server.shutdown_kernels()
