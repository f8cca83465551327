"""Where the live widget cannot run (GitHub, nbviewer, nbconvert), the output shows a picture."""

from __future__ import annotations

import base64
import io
import re

import numpy as np
import pytest
from PIL import Image

from aurora_widgets import CalibrationBrowser, SkymapBrowser
from aurora_widgets.data import Client


@pytest.fixture
def client(api_url, download_dir) -> Client:
    return Client(api_url=api_url, download_dir=download_dir)


def _pictures(html: str) -> list[np.ndarray]:
    """Every panel picture (RGBA) in the HTML, colour bars left out."""
    found = re.findall(r"<img alt='([^']+)' src='data:image/png;base64,([^']+)'", html)
    assert found, "no embedded picture"
    return [np.asarray(Image.open(io.BytesIO(base64.b64decode(b64))).convert("RGBA")) for _, b64 in found]


def test_skymap_browser_output_carries_a_picture_of_its_panels(client):
    browser = SkymapBrowser(site_uid="gill", date="2021-11-04", client=client)
    data, _ = browser._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data  # the live widget still comes first
    html = data["text/html"]
    assert "themis_skymap_gill_20210308-+_v02.sav" in html
    assert "latitude at 110 km" in html and "0 … 360 °" in html  # titles and ranges as text
    pictures = _pictures(html)
    assert len(pictures) == 4  # elevation, azimuth, latitude, longitude
    for picture in pictures:
        assert picture[..., :3].std() > 10  # not blank
        assert (picture[..., 3] == 0).any() and (picture[..., 3] == 255).any()  # the lens edge is transparent


def test_calibration_browser_output_carries_flatfield_and_frames(client):
    browser = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client)
    data, _ = browser._repr_mimebundle_()
    html = data["text/html"]
    assert "REGO_flatfield_15655_20141002-+_v01.sav" in html and "655" in html
    pictures = _pictures(html)
    assert len(pictures) == 3 and all(p[..., :3].std() > 10 for p in pictures)


def test_widgets_without_pictures_keep_a_text_summary(client):
    from aurora_widgets import DatePicker

    data, _ = DatePicker(value="2021-11-04")._repr_mimebundle_()
    assert "2021-11-04" in data["text/html"] and "<img" not in data["text/html"]


def test_picture_pixels_are_the_live_views_codes_coloured(client):
    """The saved picture is the browser's panel: same codes, same colormap, same elevation mask."""
    from aurora_widgets.widgets._picture import colormap_lut
    from aurora_widgets.widgets._serialize import dequantize
    from aurora_widgets.widgets._skymap_panels import unpack

    browser = SkymapBrowser(site_uid="gill", date="2021-11-04", client=client).wait()
    browser.colormap, browser.min_elevation = "magma", 30.0
    elevation = browser._static_panels()[0]
    picture = _pictures(browser._static_html())[0]
    panel = unpack(elevation[1])
    values = dequantize(panel)[::-1]  # the picture has row 0 at the bottom
    codes = np.frombuffer(bytes(panel["data"]), np.uint8).reshape(panel["shape"])[::-1]
    shown = picture[..., 3] == 255
    with np.errstate(invalid="ignore"):
        assert np.array_equal(shown, values >= 30.0)  # the minimum-elevation mask
    top = np.unravel_index(np.nanargmax(np.where(shown, values, np.nan)), values.shape)
    lut = colormap_lut("magma")
    assert picture[top][:3].tolist() == lut[round((codes[top] - 1) / 254 * 255)].tolist()
    assert picture[top][:3].tolist() != colormap_lut("viridis")[255].tolist()


def test_runtime_needs_none_of_the_test_only_or_heavy_packages(api_url, tmp_path):
    """The declared runtime dependencies are all the package imports, pictures included."""
    import subprocess
    import sys
    from pathlib import Path

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the test extra installs tomli
        import tomli as tomllib

    declared = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]["dependencies"]
    assert not [d for d in declared if d.split(">")[0].split("<")[0] in {"matplotlib", "pyaurorax", "pyucalgarysrs"}]
    script = (
        "import sys\n"
        "from aurora_widgets import SkymapBrowser, CalibrationBrowser\n"
        "from aurora_widgets.data import Client\n"
        f"c = Client(api_url={api_url!r}, download_dir={str(tmp_path)!r})\n"
        "b = SkymapBrowser(site_uid='gill', date='2021-11-04', client=c).wait()\n"
        "cb = CalibrationBrowser(dataset='REGO', site_uid='resu', date='2021-11-04 06:00', client=c).wait()\n"
        "assert b._static_html().count('<img') == 8 and cb._static_html().count('<img') == 6\n"
        "heavy = sorted(m for m in ('matplotlib', 'pyaurorax', 'pyucalgarysrs', 'cv2', 'cartopy', 'h5py')"
        " if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "HEAVY []" in out.stdout, out.stdout
