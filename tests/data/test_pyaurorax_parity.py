"""pyaurorax code runs on ``Client``: same methods, parameters, defaults and result fields, same results.

pyaurorax (a test-only dependency) is introspected for the signatures, then pointed at the loopback
archive (tests/conftest.py) next to our client, and small workflows written the pyaurorax way are
run on both: list, get_urls, download, download_using_urls, read with each option, the best-file
calls and the read-support checks.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import inspect
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from aurora_widgets.data import Client
from aurora_widgets.data.errors import ReadError

pyaurorax = pytest.importorskip("pyaurorax")

WHEN = dt.datetime(2021, 11, 4, 6, 0)
RAW = [("THEMIS_ASI_RAW", "gill"), ("REGO_RAW", "resu"), ("TREX_NIR_RAW", "gill"), ("TREX_BLUE_RAW", "gill")]


def _managers() -> list[tuple[str, Any]]:
    ax = pyaurorax.PyAuroraX()
    return [("aurorax.data", ax.data), ("aurorax.data.ucalgary", ax.data.ucalgary),
            ("aurorax.data.ucalgary.readers", ax.data.ucalgary.readers)]


def _methods() -> list[tuple[str, str, inspect.Signature]]:
    out = []
    for label, manager in _managers():
        for name, method in inspect.getmembers(manager, inspect.ismethod):
            if not name.startswith("_"):
                out.append((label, name, inspect.signature(method)))
    return out


METHODS = _methods()


def test_the_manager_list_is_what_pyaurorax_1_27_has():
    names = {name for _label, name, _sig in METHODS}
    # if pyaurorax grows a method, this test names it (and the signature test then checks ours)
    assert {"list_datasets", "get_dataset", "list_observatories", "list_datasets_in_table",
            "list_observatories_in_table", "get_urls", "download", "download_using_urls", "read",
            "download_best_skymap", "download_best_flatfield_calibration",
            "download_best_rayleighs_calibration", "is_read_supported", "list_supported_read_datasets",
            "read_themis", "read_rego", "read_trex_nir", "read_trex_blue", "read_skymap", "read_calibration",
            "read_grid", "read_smile", "read_trex_rgb", "read_trex_spectrograph"} <= names


@pytest.mark.parametrize(("label", "name", "theirs"), METHODS, ids=[f"{lb}.{n}" for lb, n, _s in METHODS])
def test_every_pyaurorax_method_exists_with_the_same_parameters_and_defaults(label, name, theirs):
    owner = Client(api_url="http://127.0.0.1:9")
    ours_method = getattr(owner.readers if label.endswith(".readers") else owner, name, None)
    assert ours_method is not None, f"Client has no {name} (pyaurorax's {label}.{name})"
    ours = inspect.signature(ours_method)
    plain = [p for p in ours.parameters.values() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
    their_names = list(theirs.parameters)
    # the same names in the same order, so positional calls mean the same thing; ours may add after
    assert [p.name for p in plain[: len(their_names)]] == their_names
    for their in theirs.parameters.values():
        mine = ours.parameters[their.name]
        assert (mine.default is inspect.Parameter.empty) == (their.default is inspect.Parameter.empty), their.name
        if their.default is not inspect.Parameter.empty:
            assert mine.default == their.default, f"{name}({their.name}=...) default differs"
    # and a call spelled with every one of their keywords binds (no TypeError)
    ours.bind(**{p: None for p in their_names})


# ------------------------------------------------------------------ workflows on both clients
@pytest.fixture
def both(api_url: str, tmp_path: Path) -> tuple[Client, Any]:
    ours = Client(api_url=api_url, download_dir=tmp_path / "ours", retries=1, backoff=0.01,
                  progress_bar_backend="standard")
    ax = pyaurorax.PyAuroraX(download_output_root_path=str(tmp_path / "pax"))
    ax.srs_obj.api_base_url = api_url
    return ours, ax


def _field_names(obj: Any) -> set[str]:
    return {f.name for f in dataclasses.fields(obj)} if dataclasses.is_dataclass(obj) else set(vars(obj))


def _same_fields(ours: Any, theirs: Any) -> None:
    missing = {k for k in vars(theirs) if not k.startswith("_")} - _field_names(ours)
    assert not missing, f"{type(ours).__name__} lacks pyaurorax's fields {sorted(missing)}"


def test_listing_calls_give_the_same_answers_and_fields(both):
    ours, ax = both
    mine, theirs = ours.list_datasets(name="SKYMAP"), ax.data.list_datasets(name="SKYMAP")
    assert [d.name for d in mine] == [d.name for d in theirs]
    _same_fields(mine[0], theirs[0])
    for a, b in zip(mine, theirs, strict=True):
        assert (a.level, a.doi_details, a.short_description, a.data_tree_url) == (
            b.level, b.doi_details, b.short_description, b.data_tree_url)
    assert ours.get_dataset("REGO_RAW", timeout=5).name == ax.data.ucalgary.get_dataset("REGO_RAW", timeout=5).name
    obs, their_obs = ours.list_observatories("themis_asi", timeout=5), ax.data.list_observatories("themis_asi")
    assert [(o.uid, o.geodetic_latitude) for o in obs] == [(o.uid, o.geodetic_latitude) for o in their_obs]
    _same_fields(obs[0], their_obs[0])
    start, end = dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)
    a = ours.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", start, end, site_uid="gill", timeout=5)
    b = ax.data.ucalgary.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", start, end, site_uid="gill", timeout=5)
    assert (a.urls, a.path_prefix, a.count, a.total_bytes) == (b.urls, b.path_prefix, b.count, b.total_bytes)
    _same_fields(a, b)


def test_tables_print_for_datasets_and_observatories(both, capsys):
    ours, _ax = both
    ours.list_datasets_in_table(name="SKYMAP", max_width=120, timeout=5)
    ours.list_observatories_in_table("rego", uid="resu", max_width=120, timeout=5)
    text = capsys.readouterr().out.splitlines()
    assert text[0].startswith("Name ") and any(line.startswith("REGO_SKYMAP_IDLSAV") for line in text)
    header = next(line for line in text if line.startswith("UID"))
    assert header.split() == ["UID", "Full", "Name", "Geodetic", "Latitude", "Geodetic", "Longitude", "Provider"]
    assert any(line.startswith("resu") for line in text)


def _rel(result: Any) -> list[str]:
    return [Path(f).relative_to(result.output_root_path).as_posix() for f in result.filenames]


def test_download_and_download_using_urls_fetch_the_same_files(both):
    ours, ax = both
    args = ("THEMIS_ASI_RAW", WHEN, WHEN.replace(minute=1))
    a = ours.download(*args, site_uid="gill", n_parallel=2, progress_bar_disable=True, progress_bar_ncols=60,
                      progress_bar_ascii="#", progress_bar_desc="raw", timeout=5)
    b = ax.data.ucalgary.download(*args, site_uid="gill", n_parallel=2, progress_bar_disable=True, timeout=5)
    assert _rel(a) == _rel(b) and a.count == b.count == 2
    assert [Path(f).read_bytes() for f in a.filenames] == [Path(f).read_bytes() for f in b.filenames]
    _same_fields(a, b)
    listing = ours.get_urls("TREX_NIR_RAW", WHEN, WHEN.replace(minute=2), site_uid="gill")
    their_listing = ax.data.ucalgary.get_urls("TREX_NIR_RAW", WHEN, WHEN.replace(minute=2), site_uid="gill")
    a = ours.download_using_urls(listing, n_parallel=1, overwrite=True, progress_bar_disable=True)
    b = ax.data.ucalgary.download_using_urls(their_listing, n_parallel=1, overwrite=True, progress_bar_disable=True)
    assert _rel(a) == _rel(b) and a.count == b.count == 3
    # their listing object is accepted by ours too (code mixing both keeps working)
    c = ours.download_using_urls(their_listing, progress_bar_disable=True)
    assert _rel(c) == _rel(a) and c.total_bytes == 0


@pytest.mark.parametrize(("method", "dataset", "owner"), [
    ("download_best_skymap", "THEMIS_ASI_SKYMAP_IDLSAV", "gill"),
    ("download_best_skymap", "REGO_SKYMAP_IDLSAV", "resu"),
    ("download_best_flatfield_calibration", "REGO_CALIBRATION_FLATFIELD_IDLSAV", "655"),
    ("download_best_rayleighs_calibration", "TREX_NIR_CALIBRATION_RAYLEIGHS_IDLSAV", "216"),
])
def test_best_file_calls_choose_the_same_file(both, method, dataset, owner):
    ours, ax = both
    a = getattr(ours, method)(dataset, owner, WHEN, overwrite=False, timeout=5)
    b = getattr(ax.data.ucalgary, method)(dataset, owner, WHEN, overwrite=False, timeout=5)
    assert [f.name for f in a.filenames] == [Path(f).name for f in b.filenames]
    assert a.filenames[0].read_bytes() == Path(b.filenames[0]).read_bytes()
    # read the way pyaurorax does: their Dataset object, file list; compare what both read
    mine = ours.read(ax.data.ucalgary.get_dataset(dataset), a.filenames, n_parallel=2, quiet=True)
    theirs = ax.data.ucalgary.read(b.dataset, b.filenames, quiet=True)
    _same_fields(mine, theirs)
    x, y = mine.data[0], theirs.data[0]
    _same_fields(x, y)
    for key in ("site_uid", "detector_uid", "version", "rayleighs_perdn_persecond"):
        if hasattr(y, key):
            assert getattr(x, key) == getattr(y, key), key
    for key in ("full_elevation", "full_map_latitude", "flat_field_multiplier"):
        if getattr(y, key, None) is not None:
            np.testing.assert_array_equal(getattr(x, key), getattr(y, key))


def _same_data(mine: Any, theirs: Any) -> None:
    np.testing.assert_array_equal(np.asarray(mine.data), np.asarray(theirs.data))
    assert list(mine.timestamp) == list(theirs.timestamp)
    assert [dict(m) for m in mine.metadata] == [dict(m) for m in theirs.metadata]
    assert len(mine.problematic_files) == len(theirs.problematic_files)


READ_OPTIONS = [
    {},
    {"n_parallel": 2},
    {"first_record": True},
    {"no_metadata": True},
    {"start_time": WHEN.replace(second=20), "end_time": WHEN.replace(minute=1, second=10)},
    {"quiet": True},
]


@pytest.mark.parametrize(("dataset", "site"), RAW, ids=[d for d, _s in RAW])
@pytest.mark.parametrize("options", READ_OPTIONS, ids=lambda o: ",".join(o) or "defaults")
def test_raw_reads_with_each_option_match_pyaurorax(both, dataset, site, options):
    ours, ax = both
    files = ours.download(dataset, WHEN, WHEN.replace(minute=2), site_uid=site, progress_bar_disable=True)
    their_ds = ax.data.ucalgary.get_dataset(dataset)
    mine = ours.read(dataset, files.filenames, **options)
    theirs = ax.data.ucalgary.read(their_ds, [str(f) for f in files.filenames], **options)
    _same_data(mine, theirs)
    assert mine.dataset is not None and mine.dataset.name == dataset
    if options.get("no_metadata"):
        assert mine.metadata == [] and mine.timestamp == []
    if options.get("first_record"):
        assert np.asarray(mine.data).shape[-1] == len(files.filenames)


def test_read_support_checks_agree_with_pyaurorax(both):
    ours, ax = both
    supported = ours.list_supported_read_datasets()
    theirs = set(ax.data.ucalgary.list_supported_read_datasets())
    assert supported == sorted(supported) and set(supported) <= theirs
    for name in supported:
        assert ours.is_read_supported(name) and ax.data.ucalgary.is_read_supported(name)
    for name in ("THEMIS_ASI_DAILY_KEOGRAM_JPG", "REGO_HOURLY_MONTAGE_PNG"):
        assert not ours.is_read_supported(name) and not ax.data.ucalgary.is_read_supported(name)


def test_unsupported_dataset_is_refused_up_front_naming_what_can_be_read(both, tmp_path, archive_server):
    ours, _ax = both
    before = len(archive_server.requests)
    with pytest.raises(ReadError, match="cannot be read") as info:
        ours.read("THEMIS_ASI_DAILY_KEOGRAM_JPG", [tmp_path / "nothing.jpg"])
    assert "THEMIS_ASI_RAW" in str(info.value) and "REGO_SKYMAP_IDLSAV" in str(info.value)
    assert len(archive_server.requests) == before  # refused before any request or file access


def test_n_parallel_reads_files_in_threads(both, monkeypatch):
    """n_parallel > 1 really runs reads at once: count the threads that read skymap files."""
    import threading

    from aurora_widgets.data import readers

    ours, _ax = both
    files = ours.download("THEMIS_ASI_SKYMAP_IDLSAV", dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1),
                          progress_bar_disable=True).filenames
    assert len(files) >= 3
    seen: set[int] = set()
    barrier = threading.Barrier(2, timeout=10)
    real = readers.read_skymap

    def spy(path: Any) -> Any:
        seen.add(threading.get_ident())
        if len(seen) <= 2:
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait()  # two reads in flight at the same moment, or this times out
        return real(path)

    monkeypatch.setattr(readers, "read_skymap", spy)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = ours.read("THEMIS_ASI_SKYMAP_IDLSAV", files, n_parallel=2)
    assert len(data.data) == len(files) and len(seen) == 2 and not barrier.broken


def test_the_readers_namespace_reads_like_pyaurorax(both):
    ours, ax = both
    files = ours.download("THEMIS_ASI_RAW", WHEN, WHEN.replace(minute=1), site_uid="gill",
                          progress_bar_disable=True).filenames
    mine = ours.readers.read_themis(files, first_record=True)
    theirs = ax.data.ucalgary.readers.read_themis([str(f) for f in files], first_record=True)
    _same_data(mine, theirs)
    sky = ours.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", WHEN).filenames
    assert ours.readers.read_skymap(sky).data[0].site_uid == ax.data.ucalgary.readers.read_skymap(
        [str(f) for f in sky]).data[0].site_uid == "gill"
    for name in ("read_grid", "read_trex_spectrograph"):
        with pytest.raises(ReadError, match="Readable datasets"):
            getattr(ours.readers, name)(files)
