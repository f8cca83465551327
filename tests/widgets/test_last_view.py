"""A saved notebook keeps a copy of each widget's *last* view, not the first one.

Displaying an aurora widget makes two outputs: the live widget (no HTML of its own) and a copy of
its view (table and picture) with a display id, redrawn through ``update_display_data`` once the
view has been quiet for a moment, and at once by ``.wait()``. These tests run real kernels through
nbclient, which applies display updates the way JupyterLab does, and read the outputs that would be
saved.
"""

from __future__ import annotations

import base64
import io
import re
import threading

import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient
from PIL import Image

from aurora_widgets import SkymapBrowser
from aurora_widgets.widgets import _base, _last_view
from aurora_widgets.widgets.skymap_browser import MAP_SNAPSHOT_MAX_BYTES

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
FIRST = "themis_skymap_gill_20210308-+_v02.sav"
SECOND = "themis_skymap_gill_20220301-+_v02.sav"


def _run(cells: list[str], api_url: str, tmp_path) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    setup = (
        "import os\n"
        f"os.environ['AURORA_WIDGETS_API_URL'] = {api_url!r}\n"
        f"os.environ['AURORA_WIDGETS_DATA_DIR'] = {str(tmp_path / 'cache')!r}\n"
    )
    nb.cells.insert(0, nbformat.v4.new_code_cell(setup))
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    return nb


def _copy_of_view(outputs: list) -> str:
    copies = [o for o in outputs if "aurora-last-view" in o.get("data", {}).get("text/html", "")]
    assert len(copies) == 1, [list(o.get("data", {})) for o in outputs]
    return copies[0]["data"]["text/html"]


def _pictures(html: str) -> list[np.ndarray]:
    found = re.findall(r"<img alt='[^']+' src='data:image/png;base64,([^']+)'", html)
    assert found, "no embedded picture"
    return [np.asarray(Image.open(io.BytesIO(base64.b64decode(b64))).convert("RGB")) for b64 in found]


@pytest.mark.slow
def test_saved_skymap_browser_output_shows_the_last_choice(api_url, tmp_path):
    nb = _run(
        [
            "from aurora_widgets import SkymapBrowser\n"
            "b = SkymapBrowser(site_uid='gill', date='2021-11-04')\nb",
            f"b.selected = {SECOND!r}\nb.altitude_km = 150\nb.colormap = 'magma'\nb.wait()\nNone",
        ],
        api_url,
        tmp_path,
    )
    outputs = nb.cells[1].outputs
    live = [o for o in outputs if WIDGET_VIEW in o.get("data", {})]
    assert len(live) == 1 and "text/html" not in live[0]["data"]  # the live view has no stale copy
    html = _copy_of_view(outputs)
    assert SECOND in html and FIRST not in html
    assert "150 km" in html and "magma" in html
    pictures = _pictures(html)
    assert len(pictures) == 4 and all(p.std() > 10 for p in pictures)


@pytest.mark.slow
def test_explorer_copy_follows_its_children(api_url, tmp_path):
    nb = _run(
        [
            "from aurora_widgets import Explorer\nex = Explorer()\nex",
            "ex.choose(dataset='REGO_RAW', site='resu', date='2021-11-04 06:00').wait()\n"
            "ex.tab = 'calibration'\nex.calibration_browser.steps = {'dark': True, 'flatfield': True, "
            "'rayleighs': False}\nex.wait()\nNone",
        ],
        api_url,
        tmp_path,
    )
    html = _copy_of_view(nb.cells[1].outputs)
    assert "resu" in html and "REGO_flatfield_15655" in html
    assert "calibration" in html
    assert "calibrated (dark, flatfield)" in html  # the steps as switched
    assert len(_pictures(html)) == 3


class _Handle:
    """Stands in for IPython's DisplayHandle: records what the copy was updated to."""

    def __init__(self) -> None:
        self.updates: list[str] = []
        self.lock = threading.Lock()
        self.event = threading.Event()

    def update(self, bundle: dict, raw: bool = False) -> None:
        assert raw
        with self.lock:
            self.updates.append(bundle["text/html"])
        self.event.set()


def test_a_burst_of_changes_redraws_the_copy_once(monkeypatch):
    monkeypatch.setattr(_last_view, "LAST_VIEW_DELAY_S", 0.2)
    browser = SkymapBrowser(client=object())  # nothing loads without a site and date
    handle = browser._last_view_handle = _Handle()
    for altitude in (90.0, 120.0, 150.0, 200.0):
        browser.altitude_km = altitude
    assert handle.event.wait(5), "the copy was never redrawn"
    threading.Event().wait(0.5)  # any further (wrong) redraw would have happened by now
    assert len(handle.updates) == 1
    assert "200 km" in handle.updates[0]


def test_flush_redraws_now_and_only_when_something_changed(monkeypatch):
    monkeypatch.setattr(_last_view, "LAST_VIEW_DELAY_S", 60.0)
    browser = SkymapBrowser(client=object())
    handle = browser._last_view_handle = _Handle()
    browser.flush_last_view()
    assert handle.updates == []  # nothing changed: nothing to redraw
    browser.min_elevation = 25.0
    browser.flush_last_view()
    assert len(handle.updates) == 1 and "elevation ≥ 25°" in handle.updates[0]


def test_an_undisplayed_widget_schedules_nothing():
    browser = SkymapBrowser(client=object())
    browser.altitude_km = 150.0
    assert browser._last_view_timer is None


def test_the_copy_is_hidden_only_by_the_widget_bundle_css():
    css = (_base.STATIC / "index.css").read_text()
    assert re.search(r"\.aurora-last-view\s*\{\s*display:\s*none", css)
    assert ".jp-OutputArea-child:has(.aurora-last-view)" in css


def test_the_map_as_the_browser_drew_it_joins_the_copy(api_url, download_dir):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets._picture import encode_png

    browser = SkymapBrowser(site_uid="gill", date="2021-11-04",
                            client=Client(api_url=api_url, download_dir=download_dir)).wait()
    png = encode_png(np.arange(12, dtype=np.uint8).reshape(3, 4), np.zeros((12, 3), np.uint8))
    message = {"type": "map_snapshot", "selected": FIRST, "caption": "A: <b>gill</b>"}
    browser._handle_message(browser, {**message, "selected": SECOND}, [png])  # drawn for another skymap
    browser._handle_message(browser, message, [b"<svg onload=alert(1)>"])  # not a PNG
    browser._handle_message(browser, message, [png + bytes(MAP_SNAPSHOT_MAX_BYTES)])  # too big
    assert browser._static_pictures() == []
    browser._handle_message(browser, message, [memoryview(png)])
    html = browser._static_html()
    assert "map: A: &lt;b&gt;gill&lt;/b&gt;" in html and "<b>gill" not in html
    assert base64.b64encode(png).decode() in html
    browser.select(SECOND).wait()  # another skymap: that map is no longer the view
    assert browser._static_pictures() == []


def test_explorer_copy_follows_a_childs_map_drawn_in_the_browser(api_url, download_dir, monkeypatch):
    """A map snapshot is no trait change, yet the Explorer's copy is redrawn and shows it."""
    from aurora_widgets import Explorer
    from aurora_widgets.data import Client
    from aurora_widgets.widgets._picture import encode_png

    monkeypatch.setattr(_last_view, "LAST_VIEW_DELAY_S", 60.0)
    ex = Explorer(client=Client(api_url=api_url, download_dir=download_dir))
    ex.choose(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site="gill", date="2021-11-04").wait()
    handle = ex._last_view_handle = _Handle()
    png = encode_png(np.zeros((2, 2), np.uint8), np.zeros((1, 3), np.uint8))
    sb = ex.skymap_browser
    sb._handle_message(sb, {"type": "map_snapshot", "selected": sb.selected, "caption": "A: x"}, [png])
    ex.flush_last_view()
    assert len(handle.updates) == 1 and "map: A: x" in handle.updates[0]
