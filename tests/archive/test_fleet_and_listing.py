"""The archive as wide as the real one: fleet, sun rule, listings anywhere, files made on request, cache bound."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import requests

from aurora_widgets.archive import catalogue, fleet, listing
from aurora_widgets.archive.generate import calibrations as cal_gen
from aurora_widgets.archive.generate import skymaps as sky_gen
from aurora_widgets.archive.ondemand import FileCache, OnDemand
from aurora_widgets.archive.server import ONE_DAY_DETAIL, ArchiveServer
from aurora_widgets.archive.sun import dark_minutes, solar_elevation

API = "/api/v1/data_distribution"
TIMEOUT = 30
REAL_CATALOGUE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "real_catalogue.md"
REFERENCE = Path("/work/shared/reference/real_catalogue.md")


def _urls(api_url: str, name: str, start: str, end: str, **extra: str) -> requests.Response:
    params = {"name": name, "start": start, "end": end, "include_total_bytes": "True", **extra}
    return requests.get(f"{api_url}{API}/urls", params=params, timeout=TIMEOUT)


def _names(body: dict[str, Any]) -> list[str]:
    return [urllib.parse.unquote(u.rsplit("/", 1)[-1]) for u in body["urls"]]


# ---------------------------------------------------------------------------------------------- catalogue
def _reference_names() -> list[str]:
    for path in (REAL_CATALOGUE, REFERENCE):
        if path.is_file():
            return re.findall(r"^\| ([A-Z0-9_]+) \|", path.read_text(), flags=re.MULTILINE)
    pytest.skip("real_catalogue.md (the shared reference notes) not found")


def test_catalogue_has_the_79_real_datasets_with_their_levels() -> None:
    names = _reference_names()
    assert len(names) == 79
    assert catalogue.dataset_names() == sorted(names)
    text = (REAL_CATALOGUE if REAL_CATALOGUE.is_file() else REFERENCE).read_text()
    for d in catalogue.datasets():
        line = next(ln for ln in text.splitlines() if ln.startswith(f"| {d['name']} |"))
        level, details, short = (x.strip() for x in line.split("|")[2:5])
        assert level.replace("*inferred* ", "") == d["level"], d["name"]
        if "inferred" not in short and short:
            assert d["short_description"] == short, d["name"]
        if details and details != "None":
            assert d["doi_details"] == details, d["name"]
        if details == "None":
            assert d["doi_details"] is None and d["doi"] is None


def test_doi_forms_and_reading_flags() -> None:
    by = {d["name"]: d for d in catalogue.datasets()}
    assert by["REGO_CALIBRATION_FLATFIELD_IDLSAV"]["doi"] == "https://doi.org/10.11575/Z7X6-5C42"
    assert by["REGO_CALIBRATION_FLATFIELD_IDLSAV"]["citation"].endswith("https://doi.org/10.11575/Z7X6-5C42")
    assert by["REGO_CALIBRATION_FLATFIELD_IDLSAV"]["long_description"] == (
        "Redline Geospace Observatory (REGO) All Sky Imager array. More information can be found at "
        "https://data.phys.ucalgary.ca")
    assert by["TREX_RGB5577_GRID_MOSV001"]["doi_details"].count("https://") == 2
    assert by["TREX_RGB_RAW_NOMINAL"]["data_tree_url"].endswith("/TREx/RGB/stream0")
    from aurora_widgets.data.models import READABLE_DATASETS

    readable = {n for n, d in by.items() if d["file_reading_supported"]}
    assert set(READABLE_DATASETS) <= readable
    assert readable - set(READABLE_DATASETS) <= {"TREX_RGB_RAW_NOMINAL", "SMILE_ASI_RAW"}
    assert not any(by[n]["file_reading_supported"] for n in by if "KEOGRAM" in n or "GRID" in n)


def test_server_sends_exactly_the_api_keys(api_url: str) -> None:
    datasets = requests.get(f"{api_url}{API}/datasets", timeout=TIMEOUT).json()
    assert len(datasets) == 79
    assert all(set(d) == set(catalogue.API_DATASET_KEYS) for d in datasets)
    obs = requests.get(f"{api_url}{API}/observatories", params={"instrument_array": "smile_asi"},
                       timeout=TIMEOUT).json()  # fmt: skip
    assert obs and all(set(o) == {"uid", "full_name", "geodetic_latitude", "geodetic_longitude"} for o in obs)


def test_pyaurorax_lists_every_dataset_and_observatory(api_url: str, tmp_path: Path) -> None:
    pyaurorax = pytest.importorskip("pyaurorax")
    ax = pyaurorax.PyAuroraX(download_output_root_path=str(tmp_path))
    ax.srs_obj.api_base_url = api_url
    assert sorted(d.name for d in ax.data.ucalgary.list_datasets()) == catalogue.dataset_names()
    for array in catalogue.INSTRUMENT_ARRAYS:
        got = ax.data.ucalgary.list_observatories(array)
        assert [o.uid for o in got] == [s.uid for s in fleet.sites(array)], array
        assert all(o.provider == "UCalgary" for o in got)


# ---------------------------------------------------------------------------------------------- fleet
def test_seed_choices_come_out_of_the_fleet() -> None:
    when = dt.datetime(2021, 11, 4, 6)
    assert fleet.best_skymap("themis_asi", "gill", when).filename == "themis_skymap_gill_20210308-+_v02.sav"
    assert fleet.device_at("rego", "resu", when).uid == "rego-655"
    assert fleet.device_at("rego", "gill", when).serial == "15654"
    # every skymap written at build time is the fleet's, with the camera it describes
    for spec in sky_gen.SKYMAPS:
        v = next(v for v in fleet.skymap_versions(spec.info.array, spec.site) if v.relpath == spec.relpath)
        assert (v.rotation_deg, v.shift_px) == (spec.rotation_deg, spec.shift_px)


def test_imagers_move_and_one_site_has_two_cameras() -> None:
    assert fleet.device("themis10").sites() == ["fsmi", "snkq"]
    assert fleet.device_at("themis_asi", "fsmi", dt.date(2010, 1, 1)).uid == "themis10"
    assert fleet.device_at("themis_asi", "fsmi", dt.date(2020, 1, 1)).uid == "themis06"
    assert fleet.device("rego-653").sites() == ["talo", "luck"]
    pina = fleet.devices_at("trex_rgb", "pina", dt.date(2023, 2, 1))
    assert [d.uid for d in pina] == ["rgb-02", "rgb-05"]
    # a camera is never at two sites on the same day
    for array in fleet.IMAGER_ARRAYS:
        for d in fleet.devices(array):
            for a, b in zip(d.epochs, d.epochs[1:], strict=False):
                assert a.stop is not None and a.stop < b.start, d.uid


def test_skymap_histories_are_like_the_real_ones() -> None:
    versions = fleet.all_skymap_versions()
    assert {v.version for v in versions} >= {"vXX", "v01", "v02"}
    assert any(v.stop is None for v in versions) and any(v.stop is not None for v in versions)
    assert any(v.folder_date and v.folder_date != v.start for v in versions)
    for array in fleet.IMAGER_ARRAYS:
        for s in fleet.sites(array):
            if not fleet.operating_years(array, s.uid):
                continue
            mine = fleet.skymap_versions(array, s.uid)
            assert mine, (array, s.uid)
            for v in mine:  # the camera was at the site on the version's first day
                dev = fleet.device(v.device_uid)
                epoch = dev.epoch_at(dt.datetime.strptime(v.start, "%Y%m%d").date())
                assert epoch is not None and epoch.site_uid == s.uid, v.filename
            # on every operating day the chosen version describes the true camera exactly
            for first, last, uid in fleet.operating_days(array, s.uid):
                for day in (first, first + (last - first) / 2, last):
                    best = fleet.best_skymap(array, s.uid, day, uid)
                    assert best is not None and best.is_exact, (array, s.uid, day)
                    assert fleet.skymap_camera(best) == fleet.true_camera(uid, day)


def test_wrong_versions_are_off_by_a_known_amount() -> None:
    off = [v for v in fleet.all_skymap_versions() if not v.is_exact]
    assert len(off) >= 10
    for v in off:
        rot, shift = abs(v.error_rotation_deg), float(np.hypot(*v.error_shift_px))
        assert (0.1 <= rot <= 2.0) or (2.0 <= shift <= 3.0), v.filename
    assert any(abs(v.error_rotation_deg) >= 1.0 for v in off) and any(v.error_shift_px != (0.0, 0.0) for v in off)
    # the skymap file really is rotated: its azimuths differ from the exact version's by the error
    v01 = next(v for v in fleet.skymap_versions("themis_asi", "gill") if v.start == "20180417" and v.version == "v01")
    v02 = next(v for v in fleet.skymap_versions("themis_asi", "gill") if v.start == "20180417" and v.version == "v02")
    az = [sky_gen.skymap_variables(sky_gen.spec_from_version(v))["skymap"]["full_azimuth"].astype(float)
          for v in (v01, v02)]  # fmt: skip
    diff = np.nanmedian((az[0] - az[1] + 180.0) % 360.0 - 180.0)
    assert diff == pytest.approx(v01.error_rotation_deg, abs=0.01)


def test_every_camera_with_a_serial_has_flatfield_and_rayleighs() -> None:
    for array in ("rego", "trex_nir", "trex_blue"):
        for d in fleet.devices(array):
            kinds = {c.kind for c in cal_gen.CALIBRATIONS if c.serial == d.serial}
            assert kinds == {"Rayleighs", "flatfield"}, d.uid
            for e in d.epochs:  # a calibration valid once the camera is settled
                for kind in kinds:
                    day = (e.start + dt.timedelta(days=120)).strftime("%Y%m%d")
                    assert any(c.kind == kind and c.serial == d.serial and c.start <= day
                               for c in cal_gen.CALIBRATIONS), (d.uid, kind)  # fmt: skip


# ---------------------------------------------------------------------------------------------- sun
def test_solar_elevation_matches_ephem() -> None:
    ephem = pytest.importorskip("ephem")
    obs = ephem.Observer()
    obs.lat, obs.lon, obs.pressure = "74.7", "-94.83", 0
    times = [dt.datetime(2021, 1, 1) + dt.timedelta(hours=37 * i + 0.3) for i in range(60)]
    ours = solar_elevation(74.7, -94.83, np.array(times, dtype="datetime64[us]"))
    sun = ephem.Sun()
    for t, e in zip(times, ours, strict=True):
        obs.date = t
        sun.compute(obs)
        assert float(np.degrees(sun.alt)) == pytest.approx(float(e), abs=0.05)


def test_summer_night_is_empty_and_winter_night_full(api_url: str) -> None:
    assert not dark_minutes(74.7, -94.83, dt.date(2021, 6, 21)).any()
    dark = dark_minutes(74.7, -94.83, dt.date(2021, 12, 21))  # polar night, but the sun is -8 deg at noon
    assert 1000 < dark.sum() < 1440
    summer = _urls(api_url, "REGO_RAW", "2021-06-21T00:00:00", "2021-06-21T23:59:59", site_uid="resu").json()
    assert summer["count"] == 0 and summer["urls"] == []
    winter = _urls(api_url, "REGO_RAW", "2021-12-21T00:00:00", "2021-12-21T23:59:59", site_uid="resu").json()
    assert winter["count"] == dark.sum() and winter["total_bytes"] > dark.sum() * 1_000_000
    # mid-latitude spring: only the minutes with the sun 12 degrees down
    spring = listing.list_entries("TREX_NIR_RAW", dt.datetime(2022, 3, 7), dt.datetime(2022, 3, 7, 23, 59), "gill")
    minutes = {e.when for e in spring if e.maker == "raw"}
    lat, lon = fleet.site("trex_nir", "gill").latitude, fleet.site("trex_nir", "gill").longitude
    assert 300 < len(minutes) < 900
    assert all(solar_elevation(lat, lon, np.array([t], dtype="datetime64[m]"))[0] <= -12 for t in minutes)


# ---------------------------------------------------------------------------------------------- listings
def test_listings_at_other_sites_and_dates(api_url: str) -> None:
    body = _urls(api_url, "THEMIS_ASI_RAW", "2019-02-03 07:10:00", "2019-02-03 07:14:59", site_uid="kian").json()
    assert _names(body) == [f"20190203_07{m}_kian_themis12_full.pgm.gz" for m in range(10, 15)]
    talo = _urls(api_url, "REGO_RAW", "2016-01-10 06:00:00", "2016-01-10 06:00:59", site_uid="talo").json()
    assert _names(talo) == ["20160110_0600_talo_rego-653_6300.pgm.gz"]
    luck = _urls(api_url, "REGO_RAW", "2021-01-10 06:00:00", "2021-01-10 06:00:59", site_uid="luck").json()
    assert _names(luck) == ["20210110_0600_luck_rego-653_6300.pgm.gz"]  # the same camera, moved
    pina = _urls(api_url, "TREX_RGB_RAW_NOMINAL", "2023-02-01 06:00:00", "2023-02-01 06:00:59",
                 site_uid="pina").json()  # fmt: skip
    assert _names(pina) == ["20230201_0600_pina_rgb-02_full.h5", "20230201_0600_pina_rgb-05_full.h5"]
    smile = _urls(api_url, "SMILE_ASI_RAW", "2025-09-21 02:00:00", "2025-09-21 02:00:59", site_uid="pina").json()
    assert _names(smile) == ["20250921_0200_pina_smile-05_rgb-full.h5"]
    sky = _urls(api_url, "TREX_NIR_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01", site_uid="rabb").json()
    assert sky["count"] >= 2 and all(n.startswith("nir_skymap_rabb_") for n in _names(sky))
    gill = _urls(api_url, "THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2023-01-01", site_uid="gill").json()
    assert _names(gill) == ["themis_skymap_gill_20210308-+_v02.sav", "themis_skymap_gill_20220301-+_v02.sav"]
    cal = _urls(api_url, "REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "2014-01-01", "2026-12-01", device_uid="655").json()
    assert _names(cal) == ["REGO_Rayleighs_15655_20141002-+_v01.sav"]


def test_file_name_variety() -> None:
    early = listing.list_entries("THEMIS_ASI_RAW", dt.datetime(2005, 1, 10, 6), dt.datetime(2005, 1, 10, 6, 0), "atha")
    assert [e.name for e in early] == ["20050110_0600_atha_themis01_full_1000ms.pgm.bz2"]
    nir = listing.list_entries("TREX_NIR_RAW", dt.datetime(2022, 1, 7, 6, 30), dt.datetime(2022, 1, 7, 6, 30), "gill")
    assert [e.name for e in nir] == ["20220107_0630_gill_nir-216_8446.pgm.gz",
                                     "20220107_0630_gill_nir-216_8446_dark.pgm.gz"]
    blue = listing.list_entries("TREX_BLUE_RAW", dt.datetime(2024, 1, 1, 0, 51), dt.datetime(2024, 1, 1, 0, 51), "atha")
    assert "20240101_005115_825600_atha_blue-633_dark_full.pgm" in [e.name for e in blue]
    plain = [e.name for day in range(1, 60) for e in listing.list_entries(
        "THEMIS_ASI_RAW", dt.datetime(2021, 1, 1, 6) + dt.timedelta(days=day),
        dt.datetime(2021, 1, 1, 6) + dt.timedelta(days=day), "gill")]  # fmt: skip
    assert any(n.endswith("_full.pgm") for n in plain) and any(n.endswith("_full.pgm.gz") for n in plain)
    for name in ("THEMIS_ASI_RAW_ROW2", "THEMIS_ASI_GRID_MOSV001", "TREX_SPECT_RAW", "REGO_DAILY_KEOGRAM_JPG"):
        assert listing.list_entries(name, dt.datetime(2021, 11, 4), dt.datetime(2021, 11, 4, 23, 59)), name


def test_one_day_limit_keeps_the_real_message(api_url: str) -> None:
    r = _urls(api_url, "TREX_RGB_RAW_NOMINAL", "2021-11-04T00:00:00", "2021-11-05T00:00:00")
    assert r.status_code == 400 and r.json()["detail"] == ONE_DAY_DETAIL
    ok = _urls(api_url, "THEMIS_ASI_DAILY_KEOGRAM_JPG", "2021-11-01T00:00:00", "2021-11-30T00:00:00", site_uid="gill")
    assert ok.status_code == 200 and ok.json()["count"] == 30


# ---------------------------------------------------------------------------------------------- on request
def test_listed_files_are_made_on_request_deterministically(api_url: str, archive_root: Path, tmp_path: Path) -> None:
    body = _urls(api_url, "TREX_NIR_RAW", "2020-01-15 07:00:00", "2020-01-15 07:00:59", site_uid="luck").json()
    assert body["count"] == 1
    r = requests.get(body["urls"][0], timeout=TIMEOUT)
    assert r.status_code == 200 and r.content[:2] == b"\x1f\x8b"
    assert gzip.decompress(r.content)[:3] == b"P5\n"
    rel = body["urls"][0].split("/data/sort_by_project/", 1)[1]
    assert (archive_root / "cache" / urllib.parse.unquote(rel)).read_bytes() == r.content
    fresh = OnDemand(tmp_path).fetch(urllib.parse.unquote(rel))  # another cache, the same bytes
    assert fresh is not None and fresh.read_bytes() == r.content
    # a skymap version never built, and a day-time minute that is not listed
    sky = _urls(api_url, "REGO_SKYMAP_IDLSAV", "2000-01-01", "2030-01-01", site_uid="talo").json()
    assert requests.head(sky["urls"][0], timeout=TIMEOUT).status_code == 200
    day = body["urls"][0].replace("_0700_", "_1900_").replace("/ut07/", "/ut19/")
    assert requests.get(day, timeout=TIMEOUT).status_code == 404


def test_readers_read_files_made_on_request(api_url: str, tmp_path: Path) -> None:
    pyucalgarysrs = pytest.importorskip("pyucalgarysrs")
    srs = pyucalgarysrs.PyUCalgarySRS(api_base_url=api_url, download_output_root_path=str(tmp_path))
    res = srs.data.download("REGO_RAW", dt.datetime(2019, 2, 3, 8, 0), dt.datetime(2019, 2, 3, 8, 1), site_uid="kakt",
                            progress_bar_disable=True)  # fmt: skip
    data = srs.data.read(res.dataset, res.filenames)
    assert data.problematic_files == [] and data.data.shape[:2] == (512, 512)
    assert data.metadata[0]["Imager unique ID"] == "rego-657"
    from aurora_widgets.data import Client

    client = Client(api_url=api_url, download_dir=tmp_path / "ours")
    best = client.download_best_skymap("REGO_SKYMAP_IDLSAV", "kakt", dt.datetime(2019, 2, 3))
    assert Path(best.filenames[0]).name == fleet.best_skymap("rego", "kakt", dt.date(2019, 2, 3)).filename


def test_cache_is_bounded(tmp_path: Path) -> None:
    cache = FileCache(tmp_path / "c", max_bytes=25_000)
    for i in range(10):
        cache.put(f"x/{i}.bin", bytes([i]) * 6_000)
        assert cache.total_bytes <= 25_000
    assert cache.get("x/0.bin") is None and cache.get("x/9.bin") is not None
    cache.get("x/6.bin")  # used recently: survives the next put
    cache.put("x/10.bin", b"z" * 6_000)
    assert cache.get("x/6.bin") is not None and cache.get("x/7.bin") is None
    on_disk = sum(p.stat().st_size for p in (tmp_path / "c").rglob("*") if p.is_file())
    assert on_disk == cache.total_bytes <= 25_000
    again = FileCache(tmp_path / "c", max_bytes=25_000)  # a restarted server sees the same files
    assert again.total_bytes == cache.total_bytes


def test_server_cache_bound_holds_while_serving(archive_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "a"
    root.mkdir()
    (root / "catalogue.json").write_text(json.dumps(catalogue.catalogue()))
    with ArchiveServer(root, cache_bytes=5_000_000) as server:
        body = _urls(server.url, "TREX_NIR_RAW", "2020-01-15 07:00:00", "2020-01-15 07:09:59",
                     site_uid="luck").json()  # fmt: skip
        assert body["count"] == 10
        for u in body["urls"]:
            assert requests.get(u, timeout=TIMEOUT).status_code == 200
        held = sum(p.stat().st_size for p in (root / "cache").rglob("*") if p.is_file())
        assert 0 < held <= 5_000_000
