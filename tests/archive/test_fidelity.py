"""The real client libraries against the loopback archive server: does it pass for the UCalgary API?

pyucalgarysrs is pointed at the server with ``api_base_url``; pyaurorax builds its own
PyUCalgarySRS without one, so its ``srs_obj.api_base_url`` is redirected after construction. Both
list, download (into ``<root>/<DATASET>/<sub path>``) and read every dataset of the built archive.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

pyucalgarysrs = pytest.importorskip("pyucalgarysrs")

pytestmark = pytest.mark.timeout(600)

TIMEOUT = 20
FAR_PAST = dt.datetime(2000, 1, 1)
FAR_FUTURE = dt.datetime(2035, 12, 31, 23, 59, 59)
WHEN = dt.datetime(2021, 11, 4)


@pytest.fixture
def srs(api_url: str, download_dir: Path) -> Any:
    return pyucalgarysrs.PyUCalgarySRS(api_base_url=api_url, download_output_root_path=download_dir,
                                       api_timeout=TIMEOUT)  # fmt: skip


@pytest.fixture
def aurorax(api_url: str, download_dir: Path) -> Any:
    pyaurorax = pytest.importorskip("pyaurorax")
    ax = pyaurorax.PyAuroraX(download_output_root_path=str(download_dir), api_timeout=TIMEOUT)
    ax.srs_obj.api_base_url = api_url  # its UCalgary calls go through this object, not ax.api_base_url
    assert ax.srs_obj.api_base_url == api_url
    return ax


def _catalogue(archive_root: Path) -> dict[str, Any]:
    import json

    return json.loads((archive_root / "catalogue.json").read_text())


def _windows(archive_root: Path, ds: dict[str, Any]) -> list[tuple[dt.datetime, dt.datetime]]:
    """One listing window per day with files for 1-minute datasets, else one wide window."""
    if ds["file_time_resolution"] != "1min":
        return [(FAR_PAST, FAR_FUTURE)]
    tree = archive_root / "files" / ds["tree"]
    files = [p for p in tree.rglob("*") if p.is_file()]
    days = sorted({tuple(int(x) for x in p.relative_to(tree).parts[:3]) for p in files})
    return [(dt.datetime(y, m, d), dt.datetime(y, m, d, 23, 59, 59)) for y, m, d in days]


# ---------------------------------------------------------------------------------------------- pyucalgarysrs
def test_srs_lists_datasets_and_observatories(srs: Any, archive_root: Path, api_url: str) -> None:
    cat = _catalogue(archive_root)
    datasets = srs.data.list_datasets()
    assert sorted(d.name for d in datasets) == sorted(d["name"] for d in cat["datasets"])
    for d in datasets:
        assert d.data_tree_url.startswith(f"{api_url}/data/sort_by_project/")
        assert d.provider == "UCalgary"
    assert [d.name for d in srs.data.list_datasets(name="SKYMAP")] == sorted(
        d["name"] for d in cat["datasets"] if "SKYMAP" in d["name"])  # fmt: skip
    assert srs.data.list_datasets(name="some_bad_name") == []
    assert srs.data.get_dataset("THEMIS_ASI_SKYMAP_IDLSAV").level == "L3"
    for array, expected in cat["observatories"].items():
        got = srs.data.list_observatories(array)
        assert [o.uid for o in got] == [o["uid"] for o in expected]
    assert [o.uid for o in srs.data.list_observatories("themis_asi", uid="GILL")] == ["gill"]


def test_srs_get_urls_and_errors(srs: Any, api_url: str) -> None:
    res = srs.data.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", FAR_PAST, WHEN, site_uid="gill")
    assert res.path_prefix == f"{api_url}/data/sort_by_project/THEMIS/asi/skymaps"
    assert res.count == len(res.urls) > 0 and res.total_bytes and res.total_bytes > 0
    assert res.urls[-1].endswith("/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav")
    with pytest.raises(pyucalgarysrs.SRSAPIError, match="Dataset name does not exist"):
        srs.data.get_urls("SOME_DATASET", FAR_PAST, WHEN)
    with pytest.raises(pyucalgarysrs.SRSAPIError, match="Start time is after the end time"):
        srs.data.get_urls("THEMIS_ASI_RAW", WHEN, WHEN - dt.timedelta(minutes=1))
    with pytest.raises(pyucalgarysrs.SRSAPIError, match="limited to one day"):
        srs.data.get_urls("THEMIS_ASI_RAW", WHEN, WHEN + dt.timedelta(days=1))
    with pytest.raises(pyucalgarysrs.SRSAPIError, match="Dataset not found"):
        srs.data.get_dataset("NO_SUCH_DATASET")


# A window with files for every dataset: (start, end, site_uid, device_uid)
_NIGHT = (dt.datetime(2021, 11, 4, 6, 0), dt.datetime(2021, 11, 4, 6, 0, 59))
_WINDOWS: dict[str, tuple[dt.datetime, dt.datetime, str | None, str | None]] = {
    "SMILE_ASI_RAW": (dt.datetime(2025, 1, 15, 6, 0), dt.datetime(2025, 1, 15, 6, 0, 59), "gill", None),
    "SMILE_ASI_SKYMAP_IDLSAV": (FAR_PAST, FAR_FUTURE, "pina", None),
}


def _window(ds: dict[str, Any]) -> tuple[dt.datetime, dt.datetime, str | None, str | None]:
    name = ds["name"]
    if name in _WINDOWS:
        return _WINDOWS[name]
    if ds["kind"] == "skymap":
        return (FAR_PAST, FAR_FUTURE, "gill" if "SPECT" not in name else "luck", None)
    if ds["kind"] in ("flatfield", "rayleighs"):
        serial = {"REGO": "654", "TREX_NIR": "216", "TREX_BLUE": "814"}[name.split("_CAL")[0]]
        return (FAR_PAST, FAR_FUTURE, None, serial)
    site = "luck" if "SPECT" in name else "gill"
    if name == "TREX_RGB_RAW_BURST":  # burst mode runs on some nights only: the first in November 2021
        from aurora_widgets.archive.listing import list_entries

        day = next(dt.datetime(2021, 11, d, 6) for d in range(1, 31)
                   if list_entries(name, dt.datetime(2021, 11, d, 6), dt.datetime(2021, 11, d, 6, 0, 59), "gill"))
        return (day, day + dt.timedelta(seconds=59), site, None)
    if name.startswith("SMILE"):
        return (dt.datetime(2025, 1, 15), dt.datetime(2025, 1, 15, 23, 59, 59), "gill", None)
    if ds["file_time_resolution"] == "1min":
        return (*_NIGHT, site, None)
    return (dt.datetime(2021, 11, 4, 6), dt.datetime(2021, 11, 4, 6, 59), site, None)


@pytest.mark.parametrize("name", [d["name"] for d in __import__(
    "aurora_widgets.archive.catalogue", fromlist=["datasets"]).datasets()])  # fmt: skip
def test_srs_downloads_and_reads_every_dataset(srs: Any, archive_root: Path, download_dir: Path, name: str) -> None:
    """Every dataset lists files for a night; they download byte for byte; the readable ones read."""
    ds = next(d for d in _catalogue(archive_root)["datasets"] if d["name"] == name)
    start, end, site, device = _window(ds)
    kwargs = {k: v for k, v in (("site_uid", site), ("device_uid", device)) if v}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = srs.data.download(name, start, end, n_parallel=2, progress_bar_disable=True, **kwargs)
    assert res.count == len(res.filenames) > 0, name
    for path in res.filenames:
        sub = Path(path).relative_to(download_dir / name).as_posix()
        served = archive_root / "files" / ds["tree"] / sub
        if not served.is_file():
            served = archive_root / "cache" / ds["tree"] / sub  # made on request
        assert Path(path).read_bytes() == served.read_bytes()
    supported = set(srs.data.list_supported_read_datasets())
    if not ds["file_reading_supported"]:
        return
    assert name in supported, name  # everything we read, pyucalgarysrs reads too
    if name in ("TREX_RGB_RAW_NOMINAL", "SMILE_ASI_RAW"):
        pytest.importorskip("aurora_widgets.archive.sky", reason="HDF5 raw files come from the one-sky renderer")
    groups: dict[Path, list[Path]] = defaultdict(list)  # one device (folder) per read call
    for path in res.filenames:
        groups[Path(path).parent].append(Path(path))
    for paths in groups.values():
        data = srs.data.read(res.dataset, sorted(paths), n_parallel=1)
        assert data.problematic_files == [], (name, data.problematic_files)
        assert len(data.data) if isinstance(data.data, list) else data.data.size


# ---------------------------------------------------------------------------------------------- pyaurorax
def test_pyaurorax_best_skymap_and_calibrations(aurorax: Any, download_dir: Path, archive_root: Path) -> None:
    ucal = aurorax.data.ucalgary
    sky = ucal.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", WHEN)
    sub = "gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav"
    expected = download_dir / "THEMIS_ASI_SKYMAP_IDLSAV" / sub
    assert [Path(p) for p in sky.filenames] == [expected]
    assert expected.read_bytes() == (archive_root / "files/THEMIS/asi/skymaps" / sub).read_bytes()
    skymap = ucal.read(sky.dataset, sky.filenames).data[0]
    assert skymap.site_uid == "gill" and skymap.full_elevation.ndim == 2

    ray = ucal.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", WHEN)
    assert [Path(p) for p in ray.filenames] == [
        download_dir / "REGO_CALIBRATION_RAYLEIGHS_IDLSAV/REGO_Rayleighs_15654_20210806-+_v02.sav"
    ]
    flat = ucal.download_best_flatfield_calibration("REGO_CALIBRATION_FLATFIELD_IDLSAV", "654", WHEN)
    assert [Path(p) for p in flat.filenames] == [
        download_dir / "REGO_CALIBRATION_FLATFIELD_IDLSAV/REGO_flatfield_15654_20210806-+_v02.sav"
    ]
    cal = ucal.read(ray.dataset, ray.filenames).data[0]
    assert cal.rayleighs_perdn_persecond is not None and cal.detector_uid == "15654"
    cal = ucal.read(flat.dataset, flat.filenames).data[0]
    assert cal.flat_field_multiplier is not None and cal.detector_uid == "15654"


def test_pyaurorax_lists_downloads_and_reads_raw(aurorax: Any, download_dir: Path) -> None:
    ucal = aurorax.data.ucalgary
    assert "REGO_RAW" in [d.name for d in ucal.list_datasets(name="REGO")]
    assert [o.uid for o in ucal.list_observatories("rego", uid="resu")] == ["resu"]
    res = ucal.download("REGO_RAW", dt.datetime(2021, 11, 4, 6, 0), dt.datetime(2021, 11, 4, 6, 1),
                        site_uid="resu", progress_bar_disable=True)  # fmt: skip
    assert [Path(p) for p in res.filenames] == [
        download_dir / f"REGO_RAW/2021/11/04/resu_rego-655/ut06/20211104_060{m}_resu_rego-655_6300.pgm.gz"
        for m in (0, 1)
    ]
    data = ucal.read(res.dataset, res.filenames)
    assert data.problematic_files == [] and data.data.shape[-1] == len(data.timestamp) > 0
