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


def _picture(html: str) -> np.ndarray:
    match = re.search(r"src='data:image/png;base64,([^']+)'", html)
    assert match, "no embedded picture"
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(match.group(1)))).convert("RGB"))


def test_skymap_browser_output_carries_a_picture_of_its_panels(client):
    browser = SkymapBrowser(site_uid="gill", date="2021-11-04", client=client)
    data, _ = browser._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data  # the live widget still comes first
    html = data["text/html"]
    assert "themis_skymap_gill_20210308-+_v02.sav" in html
    assert "latitude at 110 km" not in html  # titles are in the picture, not in the HTML
    picture = _picture(html)
    assert picture.shape[1] > 3 * picture.shape[0]  # four panels side by side
    assert picture.std() > 10  # not a blank image


def test_calibration_browser_output_carries_flatfield_and_frames(client):
    browser = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client)
    data, _ = browser._repr_mimebundle_()
    html = data["text/html"]
    assert "REGO_flatfield_15655_20141002-+_v01.sav" in html and "655" in html
    picture = _picture(html)
    assert picture.shape[1] > 2 * picture.shape[0] and picture.std() > 10


def test_widgets_without_pictures_keep_a_text_summary(client):
    from aurora_widgets import DatePicker

    data, _ = DatePicker(value="2021-11-04")._repr_mimebundle_()
    assert "2021-11-04" in data["text/html"] and "<img" not in data["text/html"]
