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
import itertools

import pytest
from _servers import screenshot_on_failure
from test_jupyter import _first_visible_widget, _last_output_text, _run_first_cell_in_lab

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CELLS = [
    "from aurora_widgets import Explorer\n"
    "ex = Explorer()\n"
    "ex.choose(dataset='THEMIS_ASI_SKYMAP_IDLSAV', site='gill', date='2021-11-04')\n"
    "ex",
    "import numpy as np\n"
    "keo = ex.keogram_picker.keogram  # the night keogram product; its brightest minute of 02-10 UT (row mean)\n"
    "mean = np.nanmean(np.asarray(keo.data, float).reshape(keo.data.shape[0], len(keo.timestamp), -1), axis=(0, 2))\n"
    "night = np.array([2 <= t.hour < 10 for t in keo.timestamp])\n"
    "col = int(np.nanargmax(np.where(night, mean, -np.inf)))\n"
    "print('BRIGHT', keo.timestamp[col].isoformat(timespec='minutes'))",
    "kp, sb = ex.keogram_picker, ex.skymap_browser\n"
    "print('PY', kp.time_range, sb.play_range, sb.playback.get('cadence_s'), len(sb.playback.get('segments', [])),"
    " sb.playback_status.get('failed'))",
]

HOVER_MINUTE = """(canvas, x) => {
  const r = canvas.getBoundingClientRect();
  const at = { clientX: r.left + x, clientY: r.top + r.height / 2, bubbles: true };
  canvas.dispatchEvent(new PointerEvent('pointermove', at));
  return document.querySelector('.aurora-kp-readout').dataset.time || '';
}"""

RECORD = """() => {
  const p = document.querySelector('.aurora-sb-play');
  window.__heads = [];
  new MutationObserver(() => {
    const last = window.__heads[window.__heads.length - 1];
    if (p.dataset.head && p.dataset.head !== last) window.__heads.push(p.dataset.head);
  }).observe(p, { attributes: true, attributeFilter: ['data-head'] });
}"""


def ex_range(text: str) -> tuple[dt.datetime, dt.datetime]:
    """The keogram's ``time_range`` as printed by the notebook (two ``datetime.datetime(...)`` reprs)."""
    import re

    a, b = (dt.datetime(*map(int, m.split(", "))) for m in re.findall(r"datetime\.datetime\(([\d, ]+)\)", text)[:2])
    return a, b


def _theme(page, theme: str) -> None:
    page.evaluate(f"() => window.jupyterapp.commands.execute('apputils:change-theme', {{theme: '{theme}'}})")
    page.wait_for_function(f"() => document.body.dataset.jpThemeName === '{theme}'", timeout=30_000)
    page.wait_for_timeout(800)


def test_play_a_range_dragged_on_the_keogram_across_file_boundaries(e2e_browser, jupyter_server):
    name = jupyter_server.add_notebook("playback_lab.ipynb", CELLS)
    page = e2e_browser.new_page(viewport={"width": 1280, "height": 1500})
    with screenshot_on_failure(page, "playback", then=jupyter_server.shutdown_kernels) as shots:
        _run_first_cell_in_lab(page, jupyter_server, name)
        root = _first_visible_widget(page)
        # the night at a glance: the Night tab's keogram, its brightest columns dragged over
        root.get_by_role("tab", name="Night").click()
        page.wait_for_function("() => Number(document.querySelector('.aurora-kp')?.dataset.paintCount || 0) > 0",
                               timeout=120_000)
        page.locator(".jp-Cell").nth(1).locator(".jp-InputPrompt").click()
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")
        bright = dt.datetime.fromisoformat(_last_output_text(page, "BRIGHT ", timeout=90_000).split()[1])
        canvas = root.locator("[data-child='keogram_picker'] canvas.aurora-kp-canvas").first
        canvas.scroll_into_view_if_needed()
        box = canvas.bounding_box()
        # where the bright minute is on the canvas: two hovers give the time axis (the readout's minute)
        xa, xb = 0.3 * box["width"], 0.6 * box["width"]
        ta, tb = (dt.datetime.fromisoformat(canvas.evaluate(HOVER_MINUTE, v)) for v in (xa, xb))
        per_minute = (xb - xa) / ((tb - ta).total_seconds() / 60)
        x = box["x"] + xa + ((bright - ta).total_seconds() / 60 + 0.5) * per_minute
        y = box["y"] + box["height"] / 2
        page.mouse.move(x - 2 * per_minute, y)
        page.mouse.down()
        page.mouse.move(x + 2 * per_minute, y, steps=4)
        page.mouse.up()
        page.wait_for_timeout(500)
        page.locator(".jp-Cell").nth(2).locator(".jp-InputPrompt").click()
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")
        text = _last_output_text(page, "PY ", timeout=90_000)
        assert "PY (datetime.datetime(2021, 11, 4" in text, text
        picked = ex_range(text)
        assert picked[0] <= bright <= picked[1] and picked[1] - picked[0] >= dt.timedelta(minutes=2), (bright, text)
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
        steps = list(itertools.pairwise(heads))
        assert heads == sorted(heads) and len(heads) >= 5, heads
        assert any(a < boundary <= b for a, b in steps), (boundary, heads)
        for a, b in steps:  # one instant of the 3 s clock per drawn frame: no gap at the boundary either
            assert dt.timedelta(0) < b - a <= dt.timedelta(seconds=4.5), (a, b)
        why = play.evaluate("(p) => [p.querySelector('.aurora-note').textContent,"
                            " ...[...p.querySelectorAll('.aurora-sb-playgap')].map((g) => g.title)]")
        assert state["gaps"] == "" and state["dropped"] == "0", (state, why, text)
        page.locator(".jp-Cell").nth(2).locator(".jp-InputPrompt").click()
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")
        page.wait_for_timeout(1500)
        root.scroll_into_view_if_needed()
        play.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "e2e-playback-lab-light.png"))
        _theme(page, "JupyterLab Dark")
        play.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "e2e-playback-lab-dark.png"))


MOSAIC_CELLS = [
    "from aurora_widgets import SkymapBrowser\n"
    "def mosaic():\n"
    "    b = SkymapBrowser('REGO_SKYMAP_IDLSAV', site_uid='gill', date='2021-11-04T06:00', neighbour_radius_km=1050)\n"
    "    b.wait(); b.show_neighbours = True; b.wait(); b.play_speed = 60\n"
    "    b.play_range = ['2021-11-04T06:00', '2021-11-04T06:12']\n"
    "    return b\n"
    "warm = mosaic()  # every minute file of every site downloaded once (not the displayed widget's ring)\n"
    "import time\n"
    "while not warm.playback.get('key'): time.sleep(0.1)\n"
    "for i in range(len(warm.playback['segments'])):\n"
    "    warm._playback_segment({'key': warm.playback['key'], 'index': i}, [])\n"
    "b = mosaic()\n"
    "b",
    "print('PY', b.playback['sites'], b.playback_status)",
]


def test_a_three_site_rego_mosaic_plays_through_jupyterlab_s_comm(e2e_browser, jupyter_server):
    """The mosaic through the kernel's real (binary websocket) comm: every instant drawn, in order.

    Its frame rate at 60x is written to ``e2e-playback-mosaic-fps.json`` in the artifacts folder (a
    measurement for the report, not asserted: timings belong to benchmarks/).
    """
    import json

    name = jupyter_server.add_notebook("playback_mosaic.ipynb", MOSAIC_CELLS)
    page = e2e_browser.new_page(viewport={"width": 1280, "height": 1500})
    with screenshot_on_failure(page, "playback-mosaic", then=jupyter_server.shutdown_kernels) as shots:
        _run_first_cell_in_lab(page, jupyter_server, name)
        play = page.locator(".aurora-sb-play")
        play.wait_for(state="visible", timeout=300_000)
        page.wait_for_function("() => !!document.querySelector('.aurora-sb-play')?.dataset.head", timeout=120_000)
        play.scroll_into_view_if_needed()
        page.evaluate(RECORD)
        page.get_by_role("button", name="Play range").click()
        page.wait_for_function("() => document.querySelector('.aurora-sb-play').dataset.state === 'ended'",
                               timeout=300_000)
        state = play.evaluate("(p) => ({ ...p.dataset })")
        heads = [dt.datetime.fromisoformat(h) for h in page.evaluate("() => window.__heads")]
        sites = play.evaluate("(p) => [...p.querySelectorAll('li[data-site]')].map((li) => li.dataset.site)")
        page.locator(".jp-Cell").nth(1).locator(".jp-InputPrompt").click()
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-cell'); }")
        text = _last_output_text(page, "PY ", timeout=90_000)
        assert sorted(sites) == ["gill", "luck", "rank"] and "'failed': []" in text, (sites, text)
        assert heads == sorted(heads) and len(heads) >= 200, len(heads)
        assert all(dt.timedelta(0) < b - a <= dt.timedelta(seconds=4.5) for a, b in itertools.pairwise(heads))
        assert state["dropped"] == "0" and state["gaps"] == "", state
        (shots / "e2e-playback-mosaic-fps.json").write_text(json.dumps({
            "fps": float(state["fps"]), "draws": int(state["draws"]), "late": int(state.get("late", 0)),
            "dropped": int(state["dropped"]), "python": text.strip()}))
        play.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "e2e-playback-mosaic.png"))
