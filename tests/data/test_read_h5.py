"""read_h5 (TREx RGB nominal, SMILE raw): parity with pyucalgarysrs 1.28 on files the archive writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.archive.sky import render_raw_file
from aurora_widgets.archive.sky.devices import imager
from aurora_widgets.archive.sky.render import render_minute
from aurora_widgets.data import Data, InputError
from aurora_widgets.data.readers import READERS as READABLE_DATASETS
from aurora_widgets.data.readers import read, read_h5, read_skymap

pytest.importorskip("h5py")
srs_mod = pytest.importorskip("pyucalgarysrs")
READERS = srs_mod.PyUCalgarySRS().data.readers

RGB = ("TREX_RGB_RAW_NOMINAL", "gill", "rgb-04", dt.datetime(2021, 11, 4, 6, 0), "full.h5")
SMILE = ("SMILE_ASI_RAW", "pina", "smile-05", dt.datetime(2025, 1, 10, 5, 30), "rgb-full.h5")


def _write(root: Path, case: tuple, minutes: int = 2) -> list[Path]:
    dataset, site, device, start, suffix = case
    out = []
    for k in range(minutes):
        t = start + dt.timedelta(minutes=k)
        path = root / f"{t:%Y%m%d_%H%M}_{site}_{device}_{suffix}"
        path.write_bytes(render_raw_file(dataset, site, device, t))
        out.append(path)
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("h5")
    return {"rgb": _write(root, RGB), "smile": _write(root, SMILE)}


def _theirs(kind: str, paths: list[Path], **kw):
    fn = READERS.read_trex_rgb if kind == "rgb" else READERS.read_smile
    return fn([str(p) for p in paths], quiet=True, **kw)


def assert_same(ours: Data, theirs) -> None:
    assert ours.data.dtype == np.uint8 and ours.data.shape == theirs.data.shape
    np.testing.assert_array_equal(ours.data, theirs.data)
    assert ours.timestamp == theirs.timestamp
    assert ours.metadata == theirs.metadata
    assert [list(m) for m in ours.metadata] == [list(m) for m in theirs.metadata]
    assert sorted(p.filename for p in ours.problematic_files) == sorted(
        str(p.filename) for p in theirs.problematic_files)


@pytest.mark.parametrize("kind", ["rgb", "smile"])
def test_whole_files_match_pyucalgarysrs(files, kind):
    dataset = RGB[0] if kind == "rgb" else SMILE[0]
    ours = read(dataset, [str(p) for p in files[kind]])
    theirs = _theirs(kind, files[kind])
    assert_same(ours, theirs)
    h, w = (480, 553) if kind == "rgb" else (512, 512)
    assert ours.data.shape == (h, w, 3, 40)
    assert ours.timestamp[0] == (RGB if kind == "rgb" else SMILE)[3]
    assert ours.metadata[0]["site_unique_id"] == (RGB if kind == "rgb" else SMILE)[1]


@pytest.mark.parametrize("kind", ["rgb", "smile"])
def test_first_record_and_time_window_match_pyucalgarysrs(files, kind):
    dataset = RGB[0] if kind == "rgb" else SMILE[0]
    start = (RGB if kind == "rgb" else SMILE)[3]
    assert_same(read_h5(files[kind], dataset, first_frame_only=True), _theirs(kind, files[kind], first_record=True))
    lo, hi = start + dt.timedelta(seconds=50), start + dt.timedelta(seconds=70)
    ours = read_h5(files[kind], dataset, start_time=lo, end_time=hi)
    assert_same(ours, _theirs(kind, files[kind], start_time=lo, end_time=hi))
    assert ours.data.shape[-1] == 7 and all(lo <= t.replace(microsecond=0) <= hi for t in ours.timestamp)


def test_frames_are_the_rendered_sky_flipped_north_up(files):
    dataset, site, device, start, _ = RGB
    frames, _times = render_minute(imager(dataset, site, device, start), start, dataset)
    ours = read_h5(files["rgb"][:1], dataset)
    np.testing.assert_array_equal(ours.data, np.moveaxis(frames, 0, -1)[::-1])
    # colour: an auroral sky is greener than it is blue
    sky = ours.data[200:280, 240:320, :, 0].reshape(-1, 3).astype(float).mean(axis=0)
    assert sky[1] > sky[2]


def test_bad_files_become_problematic(tmp_path, files):
    broken = tmp_path / "20211104_0602_gill_rgb-04_full.h5"
    broken.write_bytes(b"not an HDF5 file at all")
    badname = tmp_path / "gill_rgb-04_full.h5"
    badname.write_bytes(files["rgb"][0].read_bytes())
    ours = read_h5([*files["rgb"][:1], broken, badname], RGB[0])
    theirs = _theirs("rgb", [*files["rgb"][:1], broken, badname])
    assert_same(ours, theirs)
    msgs = {Path(p.filename).name: p.error_message for p in ours.problematic_files}
    assert msgs[badname.name] == "failed to extract timestamp from filename"
    assert msgs[broken.name].startswith("error reading image file")


def test_nothing_read_gives_an_empty_4d_array(files):
    d = read_h5(files["smile"], SMILE[0], start_time=dt.datetime(2030, 1, 1))
    assert d.data.shape == (0, 0, 0, 0) and d.timestamp == [] and d.metadata == []


def test_registered_and_refusing_other_datasets(files):
    assert {"TREX_RGB_RAW_NOMINAL", "SMILE_ASI_RAW"} <= set(READABLE_DATASETS)
    with pytest.raises(InputError, match="read_h5 reads"):
        read_h5(files["rgb"], "REGO_RAW")
    with pytest.raises(InputError, match="n_parallel"):
        read_h5(files["rgb"], RGB[0], n_parallel=0)


def test_parallel_read_is_the_same(files):
    one = read_h5(files["smile"], SMILE[0])
    two = read_h5(files["smile"], SMILE[0], n_parallel=2)
    np.testing.assert_array_equal(one.data, two.data)
    assert one.timestamp == two.timestamp


# ------------------------------------------------------------------- skymaps of the new arrays
def test_smile_skymap_reads_through_read_like_the_others(tmp_path):
    from aurora_widgets.archive import fleet
    from aurora_widgets.archive.generate.skymaps import spec_from_version, write_skymap

    version = fleet.best_skymap("smile_asi", "pina", SMILE[3])
    path = write_skymap(spec_from_version(version), tmp_path)
    ours = read("SMILE_ASI_SKYMAP_IDLSAV", [str(path)]).data[0]
    theirs = READERS.read_skymap([str(path)], quiet=True).data[0]
    assert ours.full_elevation.shape == (512, 512) and ours.full_map_latitude.shape == (3, 513, 513)
    np.testing.assert_array_equal(ours.full_elevation, theirs.full_elevation)
    np.testing.assert_array_equal(ours.full_map_longitude, theirs.full_map_longitude)
    assert ours.site_uid == theirs.site_uid == "pina"


def _spect_skymap(path: Path) -> Path:
    from aurora_widgets.archive.idlsave import write_sav

    n = 256
    el = np.linspace(-5.0, 175.0, n).astype(">f4")  # along the slit, north horizon to south horizon
    lat = np.stack([np.linspace(46.0, 56.0, n + 1) + 0.1 * k for k in range(3)]).astype(">f4")
    lon = np.full((3, n + 1), -107.26, dtype=">f4")
    info = {
        "date_generated": "Mon Apr 24 10:00:00 2023", "author": "test", "valid_interval_start": "2023042400",
        "valid_interval_stop": "+", "date_time_used": "20230424_UT06", "data_loc": "spect-average.pgm",
        "code_used": "x.pro",
        "optical_projection": np.full((2, 9), np.nan), "optical_orientation": np.full(3, np.nan),
        "ccd_center": np.full(2, np.nan), "img_flip": np.zeros(2, np.uint8), "pixel_aspect_ratio": np.nan,
        "bytscl_values": np.array([-1, -1], dtype=">i2"),
    }
    write_sav(path, {"skymap": {
        "generation_info": info, "site_uid": "luck", "imager_uid": "spect-02", "project_uid": "spect",
        "imager_unix_time": np.int32(0), "site_map_latitude": np.float32(51.15),
        "site_map_longitude": np.float32(-107.26), "site_map_altitude": np.float32(0.0),
        "full_elevation": el, "full_map_altitude": np.array([90e3, 110e3, 150e3], dtype=">f4"),
        "full_map_latitude": lat, "full_map_longitude": lon,
    }})
    return path


@pytest.mark.parametrize("source", ["hand-made", "archive"])
def test_spectrograph_skymap_reads_or_is_refused_clearly(tmp_path, source):
    from aurora_widgets.data import ReadError

    path = tmp_path / "spect_skymap_luck_20230424-+_v01.sav"
    if source == "archive":
        from aurora_widgets.archive.generate.spect_skymaps import spect_skymap_bytes

        path.write_bytes(spect_skymap_bytes(path.name))
    else:
        _spect_skymap(path)
    sm = read_skymap(path)
    theirs = READERS.read_skymap([str(path)], quiet=True).data[0]
    assert sm.full_azimuth is None and theirs.full_azimuth is None
    np.testing.assert_array_equal(sm.full_elevation, theirs.full_elevation)
    np.testing.assert_array_equal(sm.full_map_latitude, theirs.full_map_latitude)
    assert sm.full_elevation.ndim == 1 and sm.full_map_latitude.shape == (3, sm.full_elevation.size + 1)
    assert -180.0 <= sm.site_map_longitude < 0.0
    with pytest.raises(ReadError, match="not supported for previews") as err:
        read("TREX_SPECT_SKYMAP_IDLSAV", [str(path)])
    assert "damaged" not in str(err.value)
