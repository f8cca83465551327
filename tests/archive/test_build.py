"""The sample archive builder: catalogue, file layout, readability by scipy and pyucalgarysrs."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import warnings
from pathlib import Path

import numpy as np
import pytest
import scipy.io

from aurora_widgets.archive import build as build_mod
from aurora_widgets.archive.__main__ import main
from aurora_widgets.archive.build import build_archive, planned_files
from aurora_widgets.archive.catalogue import catalogue
from aurora_widgets.archive.generate import calibrations as cal_gen
from aurora_widgets.archive.generate import raw as raw_gen
from aurora_widgets.archive.generate import skymaps as sky_gen

pyucalgarysrs = pytest.importorskip("pyucalgarysrs")

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucalgary"
HAS_SHARED = SHARED.is_dir()
needs_shared = pytest.mark.skipif(not HAS_SHARED, reason=f"shared sample data not found at {SHARED}")

REQUIRED = [
    "THEMIS/asi/skymaps/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav",
    "THEMIS/asi/skymaps/gill/gill_20220301/themis_skymap_gill_20220301-+_v02.sav",
    "THEMIS/asi/skymaps/atha/atha_20081029/themis_skymap_atha_20070301-20090522_vXX.sav",
    "GO-Canada/REGO/skymap/gill/gill_20201019/rego_skymap_gill_20201019-+_v01.sav",
    "GO-Canada/REGO/calibration/REGO_Rayleighs_15654_20210806-+_v02.sav",
    "GO-Canada/REGO/calibration/REGO_flatfield_15654_20210806-+_v02.sav",
    "GO-Canada/REGO/calibration/REGO_Rayleighs_15655_20141002-+_v01.sav",
    "GO-Canada/REGO/calibration/REGO_flatfield_15655_20141002-+_v01.sav",
    "GO-Canada/REGO/calibration/REGO_Rayleighs_15654_20141015-20210805_v01.sav",
    "TREx/NIR/calibration/NIR_Rayleighs_23216_20210819-+_v02.sav",
    "TREx/NIR/calibration/NIR_flatfield_23216_20210819-+_v02.sav",
    "GO-Canada/REGO/stream0/2021/11/04/resu_rego-655/ut06/20211104_0600_resu_rego-655_6300.pgm.gz",
    "GO-Canada/REGO/stream0/2021/11/04/resu_rego-655/ut06/20211104_0601_resu_rego-655_6300.pgm.gz",
    "GO-Canada/REGO/stream0/2021/11/04/gill_rego-654/ut06/20211104_0600_gill_rego-654_6300.pgm.gz",
    # rank: the neighbour whose field of view overlaps gill's at 06:00 (SkymapBrowser mosaic)
    "GO-Canada/REGO/stream0/2021/11/04/rank_rego-656/ut06/20211104_0600_rank_rego-656_6300.pgm.gz",
    "GO-Canada/REGO/skymap/rank/rank_20141006/rego_skymap_rank_20141006-+_v01.sav",
    "GO-Canada/REGO/calibration/REGO_flatfield_15656_20140920-+_v01.sav",
    "GO-Canada/REGO/calibration/REGO_Rayleighs_15656_20140920-+_v01.sav",
    "THEMIS/asi/stream0/2021/11/04/gill_themis19/ut06/20211104_0600_gill_themis19_full.pgm.gz",
    "TREx/NIR/stream0/2021/11/04/gill_nir-216/ut06/20211104_0600_gill_nir-216_8446.pgm.gz",
    "TREx/blueline/stream0/2021/11/04/gill_blue-814/ut06/20211104_0600_gill_blue-814_full.pgm.gz",
]
REAL = [
    "THEMIS/asi/skymaps/gako/gako_20110305/themis_skymap_gako_20110305-+_vXX.sav",
    "THEMIS/asi/stream0/2014/03/10/gill_themis19/ut06/20140310_0600_gill_themis19_full.pgm.gz",
    "THEMIS/asi/stream0/2014/03/10/gill_themis19/ut06/20140310_0605_gill_themis19_full.pgm",
    "TREx/NIR/stream0/2022/03/07/gill_nir-216/ut06/20220307_0602_gill_nir-216_8446.pgm.gz",
]
API_KEYS = {
    "name",
    "short_description",
    "long_description",
    "data_tree_url",
    "file_listing_supported",
    "level",
    "supported_libraries",
    "file_time_resolution",
    "doi",
    "doi_details",
    "citation",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    report = build_archive(root)
    return root, report


@pytest.fixture(scope="module")
def readers():
    return pyucalgarysrs.PyUCalgarySRS().data.readers


def files(root):
    return root / "files"


# ------------------------------------------------------------------------------------------ layout


def test_report_and_layout(archive):
    root, report = archive
    assert not report.skipped
    assert (root / "catalogue.json").is_file() and (root / ".build-stamp").is_file()
    assert report.files == planned_files(report.shared_data)
    for rel in report.files:
        assert (files(root) / rel).is_file(), rel
    assert not list(root.glob(".files-*")) and not list(files(root).rglob("*.part"))


def test_required_files_exist(archive):
    root, _ = archive
    missing = [rel for rel in REQUIRED if not (files(root) / rel).is_file()]
    assert missing == []


@needs_shared
def test_real_files_taken_in_unchanged(archive):
    root, report = archive
    for rel in REAL:
        assert (files(root) / rel).is_file(), rel
        assert rel in report.real_files
    src = SHARED / "skymaps" / "themis_skymap_gako_20110305-+_vXX.sav"
    assert (files(root) / REAL[0]).read_bytes() == src.read_bytes()


def test_archive_size_under_100_mb(archive):
    root, report = archive
    total = sum(p.stat().st_size for p in files(root).rglob("*") if p.is_file())
    assert total == report.total_bytes
    assert total < 100_000_000


def test_second_build_is_skipped_and_cli_says_so(archive, capsys):
    root, report = archive
    again = build_archive(root)
    assert again.skipped and again.files == report.files
    assert main(["build", str(root)]) == 0
    assert "archive current" in capsys.readouterr().out


def test_stale_stamp_is_detected(archive, monkeypatch):
    root, _ = archive
    assert build_mod.archive_is_current(root)
    monkeypatch.setattr(build_mod, "BUILDER_VERSION", "test-bumped")
    assert not build_mod.archive_is_current(root)


def test_missing_shared_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        build_archive(tmp_path / "a", shared_data=tmp_path / "nope")


# --------------------------------------------------------------------------------------- catalogue


def test_catalogue_json(archive):
    root, _ = archive
    cat = json.loads((root / "catalogue.json").read_text())
    assert cat == json.loads(json.dumps(catalogue()))
    assert cat["format"] == 2
    names = {d["name"] for d in cat["datasets"]}
    assert len(names) == 79 and {
        "THEMIS_ASI_RAW", "REGO_RAW", "TREX_NIR_RAW", "TREX_BLUE_RAW", "TREX_RGB_RAW_NOMINAL", "SMILE_ASI_RAW",
        "REGO_SKYMAP_IDLSAV", "THEMIS_ASI_SKYMAP_IDLSAV", "TREX_NIR_SKYMAP_IDLSAV", "TREX_RGB_SKYMAP_IDLSAV",
        "TREX_BLUE_SKYMAP_IDLSAV", "SMILE_ASI_SKYMAP_IDLSAV", "TREX_SPECT_SKYMAP_IDLSAV",
        "REGO_CALIBRATION_FLATFIELD_IDLSAV", "REGO_CALIBRATION_RAYLEIGHS_IDLSAV",
        "TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV", "TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV",
        "TREX_BLUE_CALIBRATION_FLATFIELD_IDLSAV", "TREX_BLUE_CALIBRATION_RAYLEIGHS_IDLSAV",
    } <= names  # fmt: skip
    for d in cat["datasets"]:
        assert set(d) == API_KEYS | {"tree", "kind", "file_reading_supported", "provider"}, d["name"]
        assert d["supported_libraries"] == ["idl-aurorax", "pyaurorax", "pyucalgarysrs"]
        assert d["data_tree_url"].endswith("/" + d["tree"])
        raw = d["name"].endswith(("_RAW", "_RAW_NOMINAL"))
        if raw or "SKYMAP" in d["name"] or "CALIBRATION" in d["name"]:
            assert d["file_time_resolution"] == ("1min" if raw else "not_applicable")
            assert d["level"] == ("L0" if raw else "L3")
    by = {d["name"]: d for d in cat["datasets"]}
    # exactly as the reference notebook's tables print them
    expected = {
        "REGO_SKYMAP_IDLSAV": ("z7x6-5c42", "REGO All Sky Imagers skymap data (IDL save format)"),
        "TREX_BLUE_SKYMAP_IDLSAV": (
            "80pf-0p02",
            "TREx Blueline All Sky Imagers skymap data (IDL save format)",
        ),
        "TREX_NIR_SKYMAP_IDLSAV": ("98w7-jp47", "TREx NIR All Sky Imagers skymap data (IDL save format)"),
        "TREX_RGB_SKYMAP_IDLSAV": ("4p8e-1k65", "TREx RGB All Sky Imagers skymap data (IDL save format)"),
        "REGO_CALIBRATION_FLATFIELD_IDLSAV": (
            "z7x6-5c42",
            "REGO All Sky Imagers Flatfield calibration data (IDL save format)",
        ),
        "REGO_CALIBRATION_RAYLEIGHS_IDLSAV": (
            "z7x6-5c42",
            "REGO All Sky Imagers Rayleighs calibration data (IDL save format)",
        ),
        "TREX_BLUE_CALIBRATION_FLATFIELD_IDLSAV": (
            "80pf-0p02",
            "TREx Blueline All Sky Imagers Flatfield calibration data (IDL save format)",
        ),
        "TREX_BLUE_CALIBRATION_RAYLEIGHS_IDLSAV": (
            "80pf-0p02",
            "TREx Blueline All Sky Imagers Rayleighs calibration data (IDL save format)",
        ),
    }
    for name, (doi, short) in expected.items():
        assert by[name]["doi_details"] == f"https://commons.datacite.org/doi.org/10.11575/{doi}", name
        assert by[name]["doi"] == f"https://doi.org/10.11575/{doi.upper()}"
        assert by[name]["short_description"] == short
    assert (
        by["THEMIS_ASI_SKYMAP_IDLSAV"]["doi"] is None
        and by["THEMIS_ASI_SKYMAP_IDLSAV"]["doi_details"] is None
    )
    assert (
        by["THEMIS_ASI_SKYMAP_IDLSAV"]["short_description"]
        == "THEMIS All Sky Imagers skymap data (IDL save format)"
    )


def test_observatories():
    obs = catalogue()["observatories"]
    assert set(obs) == {"themis_asi", "rego", "trex_nir", "trex_blue", "trex_rgb", "trex_spectrograph", "smile_asi"}
    for array, sites in obs.items():
        assert sites, array
        for o in sites:
            assert set(o) == {"uid", "full_name", "geodetic_latitude", "geodetic_longitude", "provider"}
            assert o["provider"] == "UCalgary"
            assert o["uid"] == o["uid"].lower() and len(o["uid"]) == 4, array
            assert -180 <= o["geodetic_longitude"] <= 180
    rego = {o["uid"]: o for o in obs["rego"]}
    assert rego["gill"]["full_name"] == "Gillam, MB, Canada"
    assert rego["resu"]["full_name"] == "Resolute Bay, NU, Canada"
    themis = {o["uid"]: o for o in obs["themis_asi"]}
    assert len(themis) == 24 and "pina" in themis
    assert themis["gako"]["full_name"] == "Gakona, AK, USA"
    assert themis["atha"]["full_name"] == "Athabasca, AB, Canada"
    assert (themis["atha"]["geodetic_latitude"], themis["atha"]["geodetic_longitude"]) == (54.6, -113.64)
    assert {"atha", "gill", "pina"} <= {o["uid"] for o in obs["smile_asi"]}
    assert {"rabb", "luck"} <= {o["uid"] for o in obs["trex_spectrograph"]}
    assert "yknf" in {o["uid"] for o in obs["trex_rgb"]}
    # every generated skymap's site is an observatory of its array
    for spec in sky_gen.all_specs():
        assert spec.site in {o["uid"] for o in obs[spec.info.array]}, spec.filename


@needs_shared
def test_observatories_match_sites_csv():
    obs = catalogue()["observatories"]
    key = {
        "REGO": "rego",
        "THEMIS": "themis_asi",
        "TREx_NIR": "trex_nir",
        "TREx_Blue": "trex_blue",
        "TREx_RGB": "trex_rgb",
    }
    with open(SHARED / "sites.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    rows = [r for r in rows if r["array"] != "THEMIS"]  # THEMIS: the real API's list of 24
    for row in rows:
        sites = {o["uid"]: o for o in obs[key[row["array"]]]}
        o = sites[row["location_code"].lower()]
        assert o["full_name"].startswith(row["name"] + ", ")
        assert o["geodetic_latitude"] == float(row["latitude"])
        assert o["geodetic_longitude"] == float(row["longitude"])
    assert sum(len(obs[k]) for k in ("rego", "trex_nir", "trex_blue")) + len(obs["trex_rgb"]) - 1 == len(rows)


# ----------------------------------------------------------------------------------------- skymaps


def _flip(arr, rego, lat_lon=False):
    out = np.flip(arr, axis=1 if lat_lon else 0)
    if rego:
        out = np.flip(out, axis=2 if lat_lon else 1)
    return out


@pytest.mark.parametrize("spec", sky_gen.SKYMAPS, ids=lambda s: s.filename)
def test_skymap_reads_with_scipy_and_pyucalgarysrs(archive, readers, spec):
    root, _ = archive
    path = files(root) / _tree(spec.info.dataset) / spec.relpath
    model = sky_gen.skymap_variables(spec)["skymap"]
    h, w = spec.info.shape

    raw = scipy.io.readsav(str(path))["skymap"][0]
    assert raw.full_elevation.shape == (h, w) and raw.full_elevation.dtype.str == ">f4"
    assert raw.full_map_latitude.shape == (3, h + 1, w + 1)
    np.testing.assert_array_equal(raw.full_elevation, model["full_elevation"])
    np.testing.assert_array_equal(raw.full_map_longitude, model["full_map_longitude"])
    assert raw.generation_info[0].valid_interval_start == f"{spec.start}{spec.hour:02d}".encode()

    sk = readers.read_skymap(str(path)).data[0]
    rego = spec.project == "rego"
    assert sk.site_uid == spec.site and sk.imager_uid == spec.imager and sk.project_uid == spec.project
    assert sk.version == spec.version
    np.testing.assert_array_equal(sk.full_elevation, _flip(model["full_elevation"], rego))
    np.testing.assert_array_equal(sk.full_azimuth, _flip(model["full_azimuth"], rego))
    np.testing.assert_array_equal(sk.full_map_latitude, _flip(model["full_map_latitude"], rego, lat_lon=True))
    np.testing.assert_array_equal(
        sk.full_map_longitude, _flip(model["full_map_longitude"], rego, lat_lon=True)
    )
    assert list(sk.full_map_altitude) == [90000.0, 110000.0, 150000.0]
    gi = sk.generation_info
    assert gi.valid_interval_start == dt.datetime.strptime(spec.start, "%Y%m%d")
    assert gi.valid_interval_stop == (
        None if spec.stop is None else dt.datetime.strptime(spec.stop, "%Y%m%d")
    )
    assert gi.date_time_used == dt.datetime.strptime(spec.start, "%Y%m%d").replace(hour=spec.hour)
    assert gi.date_generated > gi.date_time_used
    assert gi.optical_projection.shape == (2, 9) and gi.ccd_center.shape == (2,)

    # physical sanity, after the reader's flips: north (high latitude) at the top (last row)
    el = sk.full_elevation.astype(float)
    assert -1.01 <= np.nanmin(el) < 0 and 88 < np.nanmax(el) <= 90
    assert np.isnan(el[0, 0]) and np.isnan(el[-1, -1])
    lat110 = sk.full_map_latitude[1].astype(float)
    mid = w // 2
    col = lat110[:, mid][~np.isnan(lat110[:, mid])]
    assert col[-1] > sk.site_map_latitude > col[0]
    lon = sk.full_map_longitude.astype(float)
    assert np.nanmin(lon) >= 0 and np.nanmax(lon) < 360
    # east (larger east longitude) on the left once flipped as the reader does
    row = lon[1, (h + 1) // 2]
    row = row[~np.isnan(row)]
    assert row[0] > row[-1]


def _tree(dataset_name):
    return next(d["tree"] for d in catalogue()["datasets"] if d["name"] == dataset_name)


def test_successive_gill_skymaps_differ_a_little_and_one_pair_noticeably():
    gill = [s for s in sky_gen.SKYMAPS if s.project == "themis" and s.site == "gill"]
    assert [s.start for s in gill] == sorted(s.start for s in gill)
    az = [sky_gen.skymap_variables(s)["skymap"]["full_azimuth"].astype(float) for s in gill]
    diffs = []
    for a, b in itertools.pairwise(az):
        d = np.abs((a - b + 180) % 360 - 180)
        diffs.append(np.nanmedian(d))
    assert all(d > 0 for d in diffs[1:] if d == d)  # v01 -> v02 may be nearly equal, others differ
    assert max(diffs) > 3.0 and min(diffs) < 1.0
    assert np.argmax(diffs) == len(diffs) - 1  # 20210308 -> 20220301 is the noticeable change


def test_superseded_and_closed_skymaps_present():
    names = {s.filename for s in sky_gen.SKYMAPS}
    assert {"themis_skymap_gill_20150310-+_v01.sav", "themis_skymap_gill_20150310-+_v02.sav"} <= names
    assert any(s.stop is not None for s in sky_gen.SKYMAPS if s.project == "themis" and s.site == "gill")
    projects = {s.project for s in sky_gen.SKYMAPS}
    assert projects == {"themis", "rego", "nir", "rgb", "blue"}
    assert {s.site for s in sky_gen.SKYMAPS if s.project == "rego"} == {"gill", "resu", "atha", "rank"}


# ------------------------------------------------------------------------------------ calibrations


@pytest.mark.parametrize("spec", cal_gen.CALIBRATIONS, ids=lambda s: s.filename)
def test_calibration_reads_with_scipy_and_pyucalgarysrs(archive, readers, spec, tmp_path):
    root, _ = archive
    if spec in cal_gen.BUILT_CALIBRATIONS:
        path = files(root) / spec.tree / spec.relpath
    else:  # made on request by the server; the same writer
        path = cal_gen.write_calibration(spec, tmp_path)
    d = scipy.io.readsav(str(path))
    assert {"author", "input_data_dir", "skymap_filename"} <= set(d)
    c = readers.read_calibration(str(path)).data[0]
    assert c.detector_uid == spec.serial and c.version == spec.version
    assert c.generation_info.valid_interval_start == dt.datetime.strptime(spec.start, "%Y%m%d")
    assert c.generation_info.author == "aurora-widgets sample generator"
    if spec.kind == "Rayleighs":
        value = d[f"rper_dnpersecond_{spec.serial}"]
        assert value.dtype == (np.float32 if spec.version == "v01" else np.float64)
        assert c.rayleighs_perdn_persecond == pytest.approx(spec.rayleighs, rel=1e-6)
        assert c.flat_field_multiplier is None
    else:
        ff = d[f"flat_field_multiplier_{spec.serial}"]
        assert ff.dtype.str == ">f8" and ff.shape == spec.detector.shape
        assert ff.min() >= 1.0 and ff.max() > 1.5
        model = cal_gen.flatfield_multiplier(spec.serial)
        np.testing.assert_array_equal(ff, model)
        rego = "REGO" in spec.filename
        expected = np.flip(np.flip(model, 0), 1) if rego else np.flip(model, 0)
        np.testing.assert_array_equal(c.flat_field_multiplier, expected)


def test_rego_rayleighs_values_are_realistic():
    values = [
        s.rayleighs for s in cal_gen.CALIBRATIONS if s.kind == "Rayleighs" and s.detector.project == "REGO"
    ]
    assert len(values) > 12 and all(10.1 <= v <= 10.45 for v in values)
    v02 = next(s for s in cal_gen.CALIBRATIONS if s.filename == "REGO_Rayleighs_15654_20210806-+_v02.sav")
    assert v02.rayleighs == 10.137431837782506


def test_flatfield_rises_toward_the_edge():
    ff = cal_gen.flatfield_multiplier("15654").astype(float)
    centre = ff[250:262, 250:262].mean()
    edge = ff[256, 5:15].mean()
    assert centre < 1.01 and edge > 2.0


# ----------------------------------------------------------------------------------------- raw data

_READ = {"themis": "read_themis", "rego": "read_rego", "nir": "read_trex_nir", "blue": "read_trex_blue"}


@pytest.mark.parametrize("spec", raw_gen.RAW_MINUTES, ids=lambda s: f"{s.site}_{s.device}")
def test_raw_reads_with_pyucalgarysrs(archive, readers, spec):
    root, _ = archive
    paths = [str(files(root) / spec.info.tree / spec.relpath(m)) for m in spec.minutes]
    data = getattr(readers, _READ[spec.instrument])(paths)
    n = spec.info.frames_per_minute * len(spec.minutes)
    h, w = spec.info.shape
    assert data.problematic_files == []
    assert data.data.shape == (h, w, n) and data.data.dtype == np.uint16
    assert len(data.timestamp) == n
    first = spec.start(spec.minutes[0])
    assert first <= data.timestamp[0] < first + dt.timedelta(seconds=1)
    step = 60 / spec.info.frames_per_minute
    gaps = np.diff([t.timestamp() for t in data.timestamp])
    assert np.all(np.abs(gaps - step) < 0.1)
    md = data.metadata[0]
    assert md["Imager unique ID"] == spec.device and md["Site unique ID"] == spec.site
    if spec.instrument == "themis":
        assert list(md)[-1] == "Exposure plus initial readout"
    else:
        assert md["Camera Serial Number"] == spec.serial and list(md)[-1] == "Exposure plus readout"
    # images as the reader returns them equal our frames after its flips
    frames, _times = raw_gen.frame_images(spec, spec.minutes[0])
    expected = np.flip(np.moveaxis(frames, 0, -1), 0)
    if spec.instrument == "rego":
        expected = np.flip(expected, 1)
    np.testing.assert_array_equal(data.data[..., : frames.shape[0]], expected)


def test_raw_dims_line_for_blue(archive):
    import gzip

    root, _ = archive
    spec = next(s for s in raw_gen.RAW_MINUTES if s.instrument == "blue")
    with gzip.open(files(root) / spec.info.tree / spec.relpath(0)) as f:
        head = f.read(4000)
    assert b"\n320 270\n65535\n" in head
    assert head.startswith(b'P5\n#"Project unique ID" trex\n')


def test_dark_corner_and_flatfield_make_sense(archive, readers):
    root, _ = archive
    spec = next(s for s in raw_gen.RAW_MINUTES if s.device == "rego-654")
    img = readers.read_rego(str(files(root) / spec.info.tree / spec.relpath(0))).data[..., 0].astype(float)
    pedestal = spec.info.pedestal
    assert abs(img[0:5, 0:5].mean() - pedestal) < 3 * spec.info.noise
    ff = readers.read_calibration(
        str(files(root) / "GO-Canada/REGO/calibration/REGO_flatfield_15654_20210806-+_v02.sav")
    ).data[0]
    cal = np.clip(img - img[0:5, 0:5].mean(), 0, None) * ff.flat_field_multiplier
    el = (
        readers.read_skymap(
            str(files(root) / "GO-Canada/REGO/skymap/gill/gill_20201019/rego_skymap_gill_20201019-+_v01.sav")
        )
        .data[0]
        .full_elevation.astype(float)
    )
    # the sky the frame was rendered from (one sky: airglow, aurora, van Rhijn), in read orientation
    from aurora_widgets.archive.sky.devices import imager
    from aurora_widgets.archive.sky.render import channel_rayleighs

    t = spec.start(0)
    sky, _patches, geoms = channel_rayleighs(imager("REGO_RAW", spec.site, spec.device, t), t)
    truth = np.zeros(img.size)
    truth[geoms[0].index] = sky[0]
    truth = truth.reshape(img.shape)[::-1, ::-1]
    # sky at 25-35 deg elevation vs near the zenith
    low = (el > 25) & (el < 35)
    high = el > 80
    raw_ratio = np.median(img[low] - pedestal) / np.median(img[high] - pedestal)
    cal_ratio = np.median(cal[low]) / np.median(cal[high])
    # the flatfield restores the sky's true low-to-high contrast (more atmosphere toward the horizon) ...
    assert abs(cal_ratio / (np.median(truth[low]) / np.median(truth[high])) - 1.0) < 0.05
    # ... which vignetting hides in the raw counts
    assert cal_ratio > 1.25 * raw_ratio


@needs_shared
def test_real_raw_files_read(archive, readers):
    root, _ = archive
    d = readers.read_themis(
        sorted(str(p) for p in (files(root) / "THEMIS/asi/stream0/2014/03/10").rglob("*.pgm*"))
    )
    assert d.data.shape[:2] == (256, 256) and d.metadata[0]["Imager unique ID"] == "themis19"
    assert d.timestamp[0] == dt.datetime(2014, 3, 10, 6, 0, 0, 63119)


# ------------------------------------------------------------------------------------- determinism


def test_regenerating_gives_identical_bytes(archive, tmp_path):
    root, _ = archive
    samples = [
        (
            sky_gen.write_skymap(sky_gen.SKYMAPS[6], tmp_path / "s"),
            files(root) / "THEMIS/asi/skymaps" / sky_gen.SKYMAPS[6].relpath,
        ),
        (
            cal_gen.write_calibration(cal_gen.CALIBRATIONS[10], tmp_path / "c"),
            files(root) / cal_gen.CALIBRATIONS[10].tree / cal_gen.CALIBRATIONS[10].relpath,
        ),
        (
            cal_gen.write_calibration(cal_gen.CALIBRATIONS[9], tmp_path / "c"),
            files(root) / cal_gen.CALIBRATIONS[9].tree / cal_gen.CALIBRATIONS[9].relpath,
        ),
        (
            raw_gen.write_raw_minute(raw_gen.RAW_MINUTES[3], 1, tmp_path / "r"),
            files(root) / raw_gen.RAW_MINUTES[3].info.tree / raw_gen.RAW_MINUTES[3].relpath(1),
        ),
    ]
    for fresh, built in samples:
        assert fresh.read_bytes() == built.read_bytes(), built.name


def test_catalogue_is_stable():
    assert json.dumps(catalogue()) == json.dumps(catalogue())


def test_no_warnings_reading_generated_skymap(archive):
    root, _ = archive
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scipy.io.readsav(str(files(root) / REQUIRED[0]))
