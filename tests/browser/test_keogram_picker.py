"""KeogramPicker in headless Chromium: the keogram drawn, a click on the bright band, drag, keys, array view."""

from __future__ import annotations

import datetime as dt

import pytest
from keogram_factory import PEAK_MINUTE, PEAK_ROW_FROM_TOP, put_in_cache, synthetic_night

pytestmark = pytest.mark.browser

DAY = dt.date(2021, 11, 4)
PGM = "THEMIS_ASI_DAILY_KEOGRAM_PGM"
# js/keogram_picker.js MARGIN
LEFT, RIGHT, TOP, BOTTOM = 70, 24, 10, 40
WINDOW_START, MINUTES, ROWS = 60, 720, 256      # the synthetic night: 01-13 UT, 256 rows

PIXEL = """
(canvas, [x, y]) => {
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const d = canvas.getContext('2d').getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
  return [d[0], d[1], d[2], d[3]];
}
"""


@pytest.fixture
def picker(api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.keogram_picker import KeogramPicker

    for site in ("gill", "rank", "fsmi"):
        put_in_cache(download_dir, PGM, DAY, site, "themis19", synthetic_night(seed=len(site) + (site == "rank")))
    widget = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04",
                           client=Client(api_url=api_url, download_dir=download_dir)).wait()
    assert widget.status == "ready", widget.message
    return widget


def _painted(rendered):
    rendered.sync()
    rendered.page.wait_for_function("() => Number(document.querySelector('.aurora-kp')?.dataset.paintCount || 0) > 0")
    return rendered.page.locator("canvas.aurora-kp-canvas").first


def _xy(box, minute_of_day, row_from_top):
    """Page coordinates of a minute's column and a file row (top = north) in the plot."""
    w, h = box["width"] - LEFT - RIGHT, box["height"] - TOP - BOTTOM
    x = box["x"] + LEFT + (minute_of_day - WINDOW_START + 0.5) / MINUTES * w
    y = box["y"] + TOP + (row_from_top + 0.5) / ROWS * h
    return x, y


@pytest.mark.parametrize("theme", ["jupyterlab-light", "jupyterlab-dark", "vscode-dark"])
def test_click_on_the_bright_band_picks_its_minute(render, picker, theme):
    rendered = render(picker, theme=theme)
    page = rendered.page
    canvas = _painted(rendered)
    box = canvas.bounding_box()
    x, y = _xy(box, PEAK_MINUTE, PEAK_ROW_FROM_TOP)
    # the band is drawn bright where the keogram is bright, and dark 40 rows south of it
    bright = canvas.evaluate(PIXEL, [x - box["x"], y - box["y"]])
    dark = canvas.evaluate(PIXEL, [x - box["x"], y - box["y"] + 40 / ROWS * (box["height"] - TOP - BOTTOM)])
    assert bright[3] == 255 and min(bright[:3]) > 200, bright
    assert max(dark[:3]) < 80, dark
    page.mouse.move(x, y)
    readout = page.locator(".aurora-kp-readout")
    assert "06:12 UT" in readout.text_content() and "≈" in readout.text_content()
    page.mouse.click(x, y)
    rendered.sync()
    assert picker.time == dt.datetime(2021, 11, 4, 6, 12)
    assert page.locator(".aurora-kp-chosen").get_attribute("data-time") == "2021-11-04T06:12"
    page.mouse.move(box["x"] + 2, box["y"] + 2)             # away: no hover line over the cursor
    page.wait_for_timeout(50)
    near = [canvas.evaluate(PIXEL, [x - box["x"] + dx, box["height"] - BOTTOM - 5])
            for dx in (-1.5, -1, -0.5, 0, 0.5, 1, 1.5)]
    accent = page.evaluate("""() => { const s = document.createElement('span');
        s.style.color = 'var(--aurora-accent)'; document.querySelector('.aurora-kp').append(s);
        const c = getComputedStyle(s).color; s.remove(); return c.match(/\\d+/g).slice(0, 3).map(Number); }""")
    assert any(all(abs(a - b) <= 3 for a, b in zip(c[:3], accent, strict=True)) for c in near), (near, accent)
    rendered.screenshot(f"keogram_picker-{theme}")
    assert not rendered.page_errors()


def test_arrow_keys_and_drag(render, picker):
    rendered = render(picker, theme="jupyterlab-light")
    page = rendered.page
    canvas = _painted(rendered)
    box = canvas.bounding_box()
    page.mouse.click(*_xy(box, PEAK_MINUTE, 100))
    rendered.sync()
    assert picker.time == dt.datetime(2021, 11, 4, 6, 12)

    def time_after(*keys: str) -> dt.datetime | None:
        for key in keys:
            page.keyboard.press(key)
        rendered.sync()
        return picker.time

    assert time_after("ArrowRight") == dt.datetime(2021, 11, 4, 6, 13)
    assert time_after("Shift+ArrowRight") == dt.datetime(2021, 11, 4, 6, 23)
    assert time_after("Shift+ArrowLeft", "ArrowLeft") == dt.datetime(2021, 11, 4, 6, 12)
    assert time_after("Home") == dt.datetime(2021, 11, 4, 1, 0)
    # drag from 06:00 to 06:30 picks a range
    x0, y0 = _xy(box, 6 * 60, 100)
    x1, _ = _xy(box, 6 * 60 + 30, 100)
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, y0)
    page.mouse.move(x1, y0)
    page.mouse.up()
    rendered.sync()
    assert picker.time_range == (dt.datetime(2021, 11, 4, 6, 0), dt.datetime(2021, 11, 4, 6, 30))
    assert picker.time == dt.datetime(2021, 11, 4, 6, 0)
    assert "(31 minutes)" in page.locator(".aurora-kp-chosen").text_content()
    assert "keo.column_at(time)" in page.locator(".aurora-kp-pre").text_content()


@pytest.mark.parametrize("theme", ["jupyterlab-light", "jupyterlab-dark"])
def test_latitude_axis_labels(render, picker, theme):
    picker.latitude_axis = True
    picker.wait()
    assert picker._panel["lat"], picker.message
    rendered = render(picker, theme=theme)
    _painted(rendered)
    assert "latitudes from themis_skymap_gill_" in rendered.page.locator(".aurora-kp-source").text_content()
    box = rendered.page.locator("canvas.aurora-kp-canvas").first.bounding_box()
    rendered.page.mouse.move(*_xy(box, PEAK_MINUTE, 128))
    assert "°N" in rendered.page.locator(".aurora-kp-readout").text_content()
    assert "elevation" in rendered.page.locator(".aurora-kp-readout").text_content()
    rendered.screenshot(f"keogram_picker-latitude-{theme}")


@pytest.mark.parametrize("theme", ["jupyterlab-light", "jupyterlab-dark"])
def test_array_view_click_picks_the_site(render, picker, theme):
    rendered = render(picker, theme=theme)
    page = rendered.page
    _painted(rendered)
    page.get_by_role("button", name="All sites of the array").click()
    rendered.sync()
    picker.wait()
    rendered.sync()
    rows = picker._rows
    assert rows and any(not r["has_data"] for r in rows)
    # the list is rebuilt with the canvas in the next animation frame
    page.wait_for_function(f"() => document.querySelectorAll('.aurora-kp-arraylist li').length === {len(rows)}")
    items = page.locator(".aurora-kp-arraylist li")
    listed = " ".join(items.all_text_contents())
    assert "no daily keogram for this night" in listed or "daily keogram file unreadable" in listed
    k = next(i for i, r in enumerate(rows) if r["site_uid"] == "rank")
    box = page.locator("canvas.aurora-kp-arraycanvas").bounding_box()
    page.mouse.click(box["x"] + 150 + 0.5 * (box["width"] - 150 - RIGHT), box["y"] + TOP + k * 37 + 17)
    rendered.sync()
    picker.wait()
    assert picker.site_uid == "rank"
    assert picker.source.startswith("20211104__rank_")
    # the middle of the array view's common UT window (the archive's dark hours of that night)
    row_panel = rows[k]["panel"]
    middle = dt.datetime.fromisoformat(row_panel["start"]) + dt.timedelta(minutes=row_panel["minutes"] / 2)
    assert picker.time is not None and abs(picker.time - middle) <= dt.timedelta(minutes=3)
    rendered.sync()
    rendered.screenshot(f"keogram_picker-array-{theme}")


def test_server_text_is_never_html(render, api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.data.models import Observatory
    from aurora_widgets.widgets.keogram_picker import KeogramPicker

    hostile = '<img src=x onerror="window.__pwned=1">Gillam'

    class HostileNames(Client):
        def list_observatories(self, instrument_array, uid=None):
            return [Observatory("gill", hostile, 56.38, -94.64), Observatory("rank", "<b>Rankin</b>", 62.8, -92.1)]

    put_in_cache(download_dir, PGM, DAY, "gill", "themis19", synthetic_night())
    picker = KeogramPicker("THEMIS_ASI_RAW", "gill", "2021-11-04", array_view=True,
                           client=HostileNames(api_url=api_url, download_dir=download_dir)).wait()
    rendered = render(picker, theme="jupyterlab-light")
    rendered.sync()
    page = rendered.page
    page.wait_for_function("() => document.querySelectorAll('.aurora-kp-arraylist li').length === 2")
    assert page.locator(".aurora-kp img, .aurora-kp b").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert hostile in page.locator(".aurora-kp-arraylist").text_content()
    box = page.locator("canvas.aurora-kp-arraycanvas").bounding_box()
    page.mouse.move(box["x"] + 300, box["y"] + TOP + 37 + 17)       # gill's row (second, south of rank)
    assert hostile in page.locator(".aurora-kp-readout").text_content()


@pytest.mark.parametrize("theme", ["jupyterlab-light", "jupyterlab-dark", "vscode-light", "vscode-dark",
                                   "vscode-dark-override"])
def test_text_is_readable_in_every_theme(render, picker, theme):
    from .harness import contrast_ratio

    picker.time = dt.datetime(2021, 11, 4, 6, 12)
    rendered = render(picker, theme=theme)
    _painted(rendered)
    root = rendered.root
    for selector in (".aurora-kp-title", ".aurora-kp-chosen", ".aurora-kp-views .aurora-button"):
        assert contrast_ratio(rendered.page, root.locator(selector).first) >= 4.5, selector
    for selector in (".aurora-kp-source", ".aurora-kp-caption", ".aurora-field-label"):
        assert contrast_ratio(rendered.page, root.locator(selector).first) >= 3.0, selector
    # the canvas draws its axis labels in this text colour, so it must differ from the background
    fg, bg = root.locator(".aurora-kp").evaluate(
        "el => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]")
    assert fg != bg
    assert not rendered.page_errors()
