"""Keogram summary products: the PNG decoder, read_keogram (PGM/PNG), finding a night's files, raw builds."""

from __future__ import annotations

import datetime as dt
import gzip
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from keogram_factory import PEAK_MINUTE, PEAK_ROW_FROM_TOP, png_bytes, put_in_cache, synthetic_night, write_product

from aurora_widgets.data import Client, InputError, NoMatchError, ReadError, read_raw
from aurora_widgets.data.keogram import keogram
from aurora_widgets.data.keogram_products import (
    array_for,
    find_daily_keograms,
    keogram_from_raw,
    load_daily_keogram,
    load_hourly_keogram,
)
from aurora_widgets.data.readers._png import PNG_SIGNATURE, PngError, decode_png
from aurora_widgets.data.readers.keogram import clear_keogram_cache, parse_product_name, read_keogram

DAY = dt.date(2021, 11, 4)


# ---------------------------------------------------------------------------------------------- PNG
def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def _encode(image: np.ndarray, filters: list[int], depth: int = 8) -> bytes:
    """A plain PNG encoder that applies the given filter to each row (the reference for the decoder)."""
    h, w = image.shape[:2]
    channels = 1 if image.ndim == 2 else image.shape[2]
    colour = {1: 0, 3: 2, 2: 4, 4: 6}[channels]
    rows = image.astype(">u2").tobytes() if depth == 16 else image.astype(np.uint8).tobytes()
    stride = len(rows) // h
    bpp = channels * depth // 8
    out = bytearray()
    prev = bytes(stride)
    for r in range(h):
        line = rows[r * stride:(r + 1) * stride]
        f = filters[r % len(filters)]
        enc = bytearray()
        for i, x in enumerate(line):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            pred = [0, a, b, (a + b) // 2, _paeth(a, b, c)][f]
            enc.append((x - pred) & 0xFF)
        out += bytes([f]) + enc
        prev = line
    ihdr = struct.pack(">IIBBBBB", w, h, depth, colour, 0, 0, 0)
    return PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(bytes(out))) + _chunk(b"IEND", b"")


@pytest.mark.parametrize("filters", [[0], [1], [2], [0, 1, 2], [3], [4], [0, 1, 2, 3, 4]])
@pytest.mark.parametrize("shape", [(7, 5), (6, 9, 3), (4, 3, 4)])
def test_png_decoder_undoes_every_row_filter(filters, shape):
    rng = np.random.default_rng(sum(shape) + len(filters))
    image = rng.integers(0, 256, size=shape, dtype=np.uint8)
    np.testing.assert_array_equal(decode_png(_encode(image, filters)), image)


def test_png_decoder_reads_16_bit():
    image = np.random.default_rng(1).integers(0, 65536, size=(5, 6), dtype=np.uint16)
    out = decode_png(_encode(image, [4, 1, 3], depth=16))
    assert out.dtype == np.uint16
    np.testing.assert_array_equal(out, image)


def test_png_decoder_matches_pillow():
    image = synthetic_night(rows=64, columns=300)
    np.testing.assert_array_equal(decode_png(png_bytes(image)), image)
    rgb = np.stack([image, image[::-1], np.roll(image, 5, axis=1)], axis=-1)
    np.testing.assert_array_equal(decode_png(png_bytes(rgb)), rgb)


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda b: b[1:], "signature"),
        (lambda b: b[:40], "truncated"),
        (lambda b: b[:30] + bytes([b[30] ^ 0xFF]) + b[31:], "CRC"),
    ],
)
def test_png_decoder_refuses_bad_bytes(mutate, words):
    good = _encode(np.zeros((3, 3), dtype=np.uint8), [0])
    with pytest.raises(PngError, match=words):
        decode_png(mutate(good))


def test_png_palette_is_refused():
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 3, 0, 0, 0)
    png = PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0\0\0" * 2)) + _chunk(b"IEND", b"")
    with pytest.raises(PngError, match="colour type 3"):
        decode_png(png)


# ---------------------------------------------------------------------------------------------- files
def test_product_names():
    daily = parse_product_name("20211104__gill_themis19_full-keogram.pgm.gz")
    assert (daily.start, daily.period, daily.site_uid, daily.device_uid, daily.hourly) == (
        dt.datetime(2021, 11, 4), dt.timedelta(days=1), "gill", "themis19", False)
    assert parse_product_name("20211104_25_gill_themis19_full-keogram.pgm") is None
    assert parse_product_name("themis_skymap_gill_20210308-+_v02.sav") is None


@pytest.mark.parametrize("ext", ["pgm", "pgm.gz", "png"])
def test_read_keogram_flips_rows_and_tiles_the_day(tmp_path, ext):
    clear_keogram_cache()
    image = synthetic_night()
    path = write_product(tmp_path / f"20211104__gill_themis19_full-keogram.{ext}", image)
    keo = read_keogram(path)
    assert keo.data.shape == (256, 1440) and keo.site_uid == "gill" and keo.source == path.name
    np.testing.assert_array_equal(keo.data, image[::-1])       # file top row = north = our last row
    assert keo.timestamp[0] == dt.datetime(2021, 11, 4)
    assert keo.timestamp[PEAK_MINUTE] == dt.datetime(2021, 11, 4, 6, 12)
    column = keo.column_at(dt.datetime(2021, 11, 4, 6, 12, 30))
    assert int(np.argmax(column)) == 255 - PEAK_ROW_FROM_TOP


def test_read_keogram_16_bit_rgb_and_hourly(tmp_path):
    image = (np.arange(4 * 60 * 3, dtype=np.uint16).reshape(4, 60, 3) * 50)
    path = write_product(tmp_path / "20211104_06_gill_rgb-04_full-keogram.pgm", image)
    keo = read_keogram(path)
    assert keo.data.dtype == np.uint16 and keo.data.shape == (4, 60, 3)
    np.testing.assert_array_equal(keo.data, image[::-1])
    assert keo.timestamp[0] == dt.datetime(2021, 11, 4, 6) and keo.timestamp[59] == dt.datetime(2021, 11, 4, 6, 59)


def test_read_keogram_explicit_time_axis(tmp_path):
    path = write_product(tmp_path / "night.pgm", np.zeros((3, 10), dtype=np.uint8))
    with pytest.raises(ReadError, match="start="):
        read_keogram(path)
    keo = read_keogram(path, start=dt.datetime(2021, 11, 4, 3), period=dt.timedelta(minutes=10))
    assert keo.timestamp[-1] == dt.datetime(2021, 11, 4, 3, 9)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("20211104__gill_themis19_full-keogram.jpg", b"\xff\xd8", "JPEG decoder"),
        ("20211104__gill_themis19_full-keogram.pgm", b"P5\n10 10\n255\n\0\0", "truncated"),
        ("20211104__gill_themis19_full-keogram.pgm.gz", b"not gzip", "download it again"),
        ("20211104__gill_themis19_full-keogram.png", b"hello", "not a PNG or binary PGM"),
    ],
)
def test_damaged_files_raise_read_error(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=words):
        read_keogram(path)
    with pytest.raises(ReadError, match="no such file"):
        read_keogram(tmp_path / "missing.pgm")


def test_read_keogram_is_cached_by_file_and_refreshed_when_it_changes(tmp_path):
    path = write_product(tmp_path / "20211104__gill_themis19_full-keogram.pgm", np.zeros((2, 4), dtype=np.uint8))
    first = read_keogram(path)
    assert read_keogram(path).data.base is first.data.base or np.shares_memory(read_keogram(path).data, first.data)
    path.write_bytes(gzip.decompress(gzip.compress(b"P5\n4 2\n255\n" + bytes(range(1, 9)))))
    assert read_keogram(path).data.max() == 8
    with pytest.raises(ValueError):
        first.data[0, 0] = 1  # read-only: a caller cannot alter the cached picture


# ---------------------------------------------------------------------------------------------- the client
def test_array_for_names():
    assert array_for("THEMIS_ASI_DAILY_KEOGRAM_PGM").instrument_array == "themis_asi"
    assert array_for("trex_rgb").raw_dataset == "TREX_RGB_RAW_NOMINAL"
    with pytest.raises(Exception, match="No keograms"):
        array_for("SMILE_ASI_RAW")


def test_cached_daily_keogram_needs_no_request(download_dir):
    put_in_cache(download_dir, "THEMIS_ASI_DAILY_KEOGRAM_PGM", DAY, "gill", "themis19", synthetic_night())
    client = Client(api_url="http://127.0.0.1:9", download_dir=download_dir, retries=0)
    keo = load_daily_keogram(client, "THEMIS_ASI_RAW", "gill", "2021-11-04")
    assert keo is not None and keo.site_uid == "gill"
    assert client.request_count == 0


def test_array_night_falls_back_on_cached_files_when_offline(download_dir):
    for site in ("gill", "rank", "fsmi"):
        put_in_cache(download_dir, "THEMIS_ASI_DAILY_KEOGRAM_PGM", DAY, site, "themis19", synthetic_night())
    put_in_cache(download_dir, "THEMIS_ASI_DAILY_KEOGRAM_PGM", dt.date(2021, 11, 5), "atha", "themis02",
                 synthetic_night())
    client = Client(api_url="http://127.0.0.1:9", download_dir=download_dir, retries=0)
    found = find_daily_keograms(client, "themis_asi", DAY)
    assert sorted(found) == ["fsmi", "gill", "rank"]


def test_listed_daily_keograms_are_downloaded(download_dir, tmp_path):
    """A stand-in client answering get_urls: the right day and site are downloaded, hourly ones skipped."""
    from aurora_widgets.data.models import Dataset, DownloadResult, FileListing

    source = tmp_path / "server"
    names = ["20211104__gill_themis19_full-keogram.pgm.gz", "20211104_06_gill_themis19_full-keogram.pgm.gz",
             "20211104__rank_themis20_full-keogram.pgm.gz"]
    for n in names:
        write_product(source / n, synthetic_night())
    dataset = Dataset.from_api({"name": "THEMIS_ASI_DAILY_KEOGRAM_PGM", "short_description": "", "long_description": "",
                                "data_tree_url": "", "file_listing_supported": True, "level": "L2",
                                "doi": None, "doi_details": None, "citation": None,
                                "supported_libraries": [], "file_time_resolution": "1day"})

    class Stub:
        def __init__(self, root: Path) -> None:
            self.download_dir = root
            self.asked: list = []

        def get_urls(self, name, start, end, site_uid=None):
            self.asked.append((name, start, end, site_uid))
            urls = [f"http://x/{n}" for n in names if site_uid is None or f"_{site_uid}_" in n]
            return FileListing(urls, "http://x", len(urls), dataset)

        def download_using_urls(self, listing, progress_bar_disable=False):
            out = []
            for url in listing.urls:
                dst = self.download_dir / "THEMIS_ASI_DAILY_KEOGRAM_PGM" / url.rsplit("/", 1)[-1]
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_bytes((source / url.rsplit("/", 1)[-1]).read_bytes())
                out.append(dst)
            return DownloadResult(out, len(out), 0, self.download_dir, dataset)

    stub = Stub(Path(download_dir))
    found = find_daily_keograms(stub, "THEMIS_ASI_RAW", DAY, "gill")
    assert list(found) == ["gill"] and found["gill"].name == names[0]
    assert stub.asked == [("THEMIS_ASI_DAILY_KEOGRAM_PGM", dt.datetime(2021, 11, 4),
                           dt.datetime(2021, 11, 4, 23, 59, 59), "gill")]
    # now cached: no second listing
    assert find_daily_keograms(stub, "THEMIS_ASI_RAW", DAY, "gill") == found and len(stub.asked) == 1
    assert sorted(find_daily_keograms(stub, "THEMIS_ASI_RAW", DAY)) == ["gill", "rank"]


def test_keogram_from_raw_matches_pyaurorax_on_the_archive(api_url, download_dir):
    pyaurorax = pytest.importorskip("pyaurorax")
    client = Client(api_url=api_url, download_dir=download_dir)
    seen = []
    keo = keogram_from_raw(client, "THEMIS_ASI_RAW", "gill", "2021-11-04", start="2021-11-04T06:00",
                           end="2021-11-04T06:01", progress=lambda d, t: seen.append((d, t)))
    files = sorted(str(p) for p in (download_dir / "THEMIS_ASI_RAW").rglob("*.pgm*"))
    assert files and seen[-1] == (len(files), len(files))
    raw = read_raw(files)
    theirs = pyaurorax.PyAuroraX().tools.keogram.create(raw.data, raw.timestamp)
    np.testing.assert_array_equal(keo.data, theirs.data)
    assert keo.timestamp == list(theirs.timestamp)
    assert keo.site_uid == "gill" and "raw frames" in keo.source
    np.testing.assert_array_equal(keogram(raw.data, raw.timestamp).data, keo.data)


def test_keogram_from_raw_without_files_says_so(api_url, download_dir):
    client = Client(api_url=api_url, download_dir=download_dir)
    with pytest.raises(NoMatchError, match="nothing to build"):
        keogram_from_raw(client, "THEMIS_ASI_RAW", "gill", "2021-06-21", start="2021-06-21T17:00",
                         end="2021-06-21T19:00")                     # midday at Gillam: the camera is off


def test_keogram_from_raw_within_hours(api_url, download_dir):
    client = Client(api_url=api_url, download_dir=download_dir)
    keo = keogram_from_raw(client, "THEMIS_ASI_RAW", "gill", "2021-11-04", start="2021-11-04T06:01",
                           end="2021-11-04T06:01:59")
    assert keo.timestamp and all(t >= dt.datetime(2021, 11, 4, 6, 1) for t in keo.timestamp)
    assert "from 1 THEMIS_ASI_RAW files" in keo.source
    with pytest.raises(InputError, match="after the end"):
        keogram_from_raw(client, "THEMIS_ASI_RAW", "gill", "2021-11-04", start="2021-11-04T07:00",
                         end="2021-11-04T06:00")


def test_hourly_keogram_from_the_cache(download_dir):
    image = synthetic_night(rows=256, columns=600)
    folder = download_dir / "THEMIS_ASI_HOURLY_KEOGRAM_PGM" / "2021/11/04/gill_themis19/ut06"
    write_product(folder / "20211104_06_gill_themis19_full-keogram.pgm", image)
    client = Client(api_url="http://127.0.0.1:9", download_dir=download_dir, retries=0)
    keo = load_hourly_keogram(client, "THEMIS_ASI_RAW", "gill", "2021-11-04T06:12:30")
    assert keo is not None and keo.data.shape == (256, 600) and client.request_count == 0
    assert keo.timestamp[0] == dt.datetime(2021, 11, 4, 6)
    assert keo.timestamp[1] - keo.timestamp[0] == dt.timedelta(seconds=6)
    assert load_hourly_keogram(client, "THEMIS_ASI_RAW", "gill", "2021-11-04T07:00") is None   # offline, nothing cached


def test_served_products_agree_with_the_raw_frames(api_url, download_dir):
    """On an archive that serves keogram products (the one-sky archive): daily, hourly and raw agree."""
    from aurora_widgets.data import APIError
    from aurora_widgets.data.keogram import minute_means

    client = Client(api_url=api_url, download_dir=download_dir)
    try:
        served = client.get_urls("THEMIS_ASI_DAILY_KEOGRAM_PGM", "2021-11-04", "2021-11-04T23:59:59", site_uid="gill")
    except APIError:
        served = None
    if served is None or not served.urls:
        pytest.skip("this sample archive serves no THEMIS_ASI_DAILY_KEOGRAM_PGM files (before the one-sky archive)")
    when = dt.datetime(2021, 11, 4, 6, 12)
    try:
        daily = load_daily_keogram(client, "THEMIS_ASI_RAW", "gill", "2021-11-04")
    except ReadError as err:
        pytest.skip(f"the archive's keogram files are placeholders: {err}")
    hourly = load_hourly_keogram(client, "THEMIS_ASI_RAW", "gill", when)
    raw = keogram_from_raw(client, "THEMIS_ASI_RAW", "gill", "2021-11-04", start=when, end=when.replace(second=59))
    column = daily.column_at(when).astype(float)
    from_raw = minute_means(raw, when, 1)[:, 0]
    lit = np.isfinite(from_raw) & (column > 0)
    assert np.corrcoef(from_raw[lit], column[lit])[0, 1] > 0.8          # same meridian, same orientation
    assert abs(int(np.argmax(from_raw[20:-20])) - int(np.argmax(column[20:-20]))) <= 3
    if hourly is not None:
        assert np.corrcoef(minute_means(hourly, when, 1)[:, 0], column)[0, 1] > 0.95   # same time axis
