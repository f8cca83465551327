"""Keograms and montages from the one sky: formats, what they show, and agreement with the raw frames."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pytest
from scipy import ndimage, stats

from aurora_widgets.archive.sky import render_raw_file, render_summary_file
from aurora_widgets.archive.sky.devices import imager
from aurora_widgets.archive.sky.images import jpeg_bytes, pgm_bytes, png_bytes
from aurora_widgets.archive.sky.summary import parse_summary_dataset, summary_image
from aurora_widgets.data.readers import read

Image = pytest.importorskip("PIL.Image")

NIGHT = dt.datetime(2021, 11, 4)


@pytest.mark.parametrize(("name", "site", "device", "start", "mode", "size"), [
    ("THEMIS_ASI_DAILY_KEOGRAM_JPG", "gill", "themis19", NIGHT, "L", (1440, 256)),
    ("THEMIS_ASI_HOURLY_KEOGRAM_PGM", "gill", "themis19", NIGHT.replace(hour=6), "L", (600, 256)),
    ("REGO_HOURLY_MONTAGE_PNG", "gill", "rego-654", NIGHT.replace(hour=6), "L", (640, 384)),
    ("TREX_BLUE_DAILY_MONTAGE_PNG", "gill", "blue-814", NIGHT, "L", (12 * 80, 12 * 67)),
    ("TREX_RGB_DAILY_KEOGRAM", "gill", "rgb-04", NIGHT, "RGB", (1440, 480)),
    ("SMILE_ASI_HOURLY_MONTAGE", "pina", "smile-05", dt.datetime(2025, 1, 10, 6), "RGB", (640, 384)),
])
def test_formats_decode_as_the_name_says(name, site, device, start, mode, size):
    data = render_summary_file(name, site, device, start)
    img = Image.open(io.BytesIO(data))
    assert img.format == {"JPG": "JPEG", "PNG": "PNG", "PGM": "PPM"}[parse_summary_dataset(name)[2]]
    assert img.mode == mode and img.size == size
    assert render_summary_file(name, site, device, start) == data  # deterministic


def test_keogram_is_the_meridian_of_the_raw_frames():
    """A keogram column equals (in shape) the sky along the north-south line of that minute's frame."""
    start = NIGHT.replace(hour=5)
    keo = summary_image("THEMIS_ASI_HOURLY_KEOGRAM_PGM", "gill", "themis19", start).astype(float)
    im = imager("THEMIS_ASI_RAW", "gill", "themis19", start)
    minute = start + dt.timedelta(minutes=13)
    frame = np.asarray(read("THEMIS_ASI_RAW", [_tmp(render_raw_file("THEMIS_ASI_RAW", "gill", "themis19", minute),
                                                    minute)]).data[..., 0], dtype=float)[::-1]  # on-disk
    frame = ndimage.median_filter(frame, 3)  # stars off
    n = im.camera.height
    rho = (np.arange(n) - (n - 1) / 2.0) / im.camera.radius
    el = 90.0 - np.abs(rho) * 90.0
    az = np.where(rho < 0, 0.0, 180.0)
    keep = el > 25.0
    rows, cols = im.camera.pixels_of(el[keep], az[keep])
    line = frame[np.rint(rows).astype(int), np.rint(cols).astype(int)] / im.vignetting[
        np.rint(rows).astype(int), np.rint(cols).astype(int)]
    column = keo[keep, 13 * 10]  # 6-s columns: minute 13 starts at column 130
    assert column.std() > 5  # there is structure to compare
    # the keogram's brightness scale is monotonic in Rayleighs: compare ranks
    rho_same = stats.spearmanr(line, column)[0]
    rho_other = stats.spearmanr(line, keo[keep, 45 * 10])[0]  # another minute
    assert rho_same > 0.9 and rho_same > rho_other + 0.1, (rho_same, rho_other)


def _tmp(data: bytes, minute: dt.datetime) -> str:
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / f"{minute:%Y%m%d_%H%M}_gill_themis19_full.pgm.gz"
    path.write_bytes(data)
    return str(path)


def test_daylight_is_black_and_night_is_not():
    keo = summary_image("REGO_DAILY_KEOGRAM_PGM", "gill", "rego-654", NIGHT)
    assert keo[:, 18 * 60].max() == 0  # 18:00 UTC is noon at Gillam
    assert keo[:, 6 * 60].max() > 0


def test_unknown_products_are_refused():
    with pytest.raises(KeyError):
        parse_summary_dataset("THEMIS_ASI_RAW")
    with pytest.raises(KeyError):
        render_summary_file("REGO_DAILY_KEOGRAM_GIF", "gill", "rego-654", NIGHT)


def test_encoders_round_trip():
    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:37, 0:61]
    smooth = (128 + 90 * np.sin(x / 6.0) * np.cos(y / 5.0)).astype(np.uint8)
    rgb = np.stack([smooth, 255 - smooth, (x * 4).astype(np.uint8)], axis=-1)
    for img in (smooth, rgb):
        assert np.array_equal(np.asarray(Image.open(io.BytesIO(png_bytes(img)))), img)
        back = np.asarray(Image.open(io.BytesIO(jpeg_bytes(img, 90)))).astype(float)
        assert back.shape == img.shape and np.abs(back - img).mean() < 2.0
    wide = rng.integers(0, 65535, (5, 7)).astype(np.uint16)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(pgm_bytes(wide)))), wide)
