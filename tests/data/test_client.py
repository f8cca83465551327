"""Client against the loopback archive server (tests/conftest.py fixtures)."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import time
import warnings

import pytest

from aurora_widgets.data import APIError, Client, DownloadError, InputError, MaintenanceError, NoMatchError
from aurora_widgets.data.api import ApiSession, format_param
from aurora_widgets.data.client import DatasetNotFoundError, DatasetTable, raw_dataset_for
from aurora_widgets.data.models import Dataset

# The reference notebook's table (list_datasets_in_table(name="SKYMAP")), header and first row.
TABLE_HEADER = (
    "Name                       Provider   Level   DOI Details                                        "
    "       Short Description                                          "
)
TABLE_ROW1 = (
    "REGO_SKYMAP_IDLSAV         UCalgary   L3      https://commons.datacite.org/doi.org/10.11575/z7x6-5"
    "c42   REGO All Sky Imagers skymap data (IDL save format)         "
)
SKYMAPS = [  # the reference notebook's five, and the SMILE and spectrograph skymaps the real service adds
    "REGO_SKYMAP_IDLSAV",
    "SMILE_ASI_SKYMAP_IDLSAV",
    "THEMIS_ASI_SKYMAP_IDLSAV",
    "TREX_BLUE_SKYMAP_IDLSAV",
    "TREX_NIR_SKYMAP_IDLSAV",
    "TREX_RGB_SKYMAP_IDLSAV",
    "TREX_SPECT_SKYMAP_IDLSAV",
]


def _paths(server) -> list[str]:
    out = []
    for r in list(server.requests):
        if isinstance(r, str):
            out.append(r)
        elif isinstance(r, dict):
            out.append(str(r.get("path", "")))
        else:
            out.append(str(getattr(r, "path", r)))
    return out


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir, retries=2, backoff=0.01,
                  progress_bar_backend="standard")


# ------------------------------------------------------------------ settings
def test_api_url_and_dir_from_env_and_args(monkeypatch, tmp_path):
    monkeypatch.setenv("AURORA_WIDGETS_API_URL", "http://example.invalid:1234/")
    monkeypatch.setenv("AURORA_WIDGETS_DATA_DIR", str(tmp_path / "env"))
    c = Client()
    assert c.api_url == "http://example.invalid:1234"
    assert c.download_dir == tmp_path / "env"
    c = Client(api_url="https://api.example.org//", download_dir=tmp_path / "arg")
    assert c.api_url == "https://api.example.org"
    assert c.download_dir == tmp_path / "arg"
    monkeypatch.delenv("AURORA_WIDGETS_API_URL")
    monkeypatch.delenv("AURORA_WIDGETS_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    c = Client()
    assert c.api_url == "https://api.phys.ucalgary.ca"
    assert c.download_dir == tmp_path / "pyaurorax_data"


@pytest.mark.parametrize("kwargs", [{"api_url": "ftp://x"}, {"api_url": "api.phys.ucalgary.ca"},
                                    {"timeout": 0}, {"retries": -1}, {"progress_bar_backend": "rich"}])
def test_bad_settings(kwargs):
    with pytest.raises(InputError):
        Client(**kwargs)


def test_headers_and_params():
    api = ApiSession("http://127.0.0.1:1")
    assert api.headers["user-agent"].startswith("python-aurora-widgets/")
    assert format_param(dt.datetime(2021, 11, 4, 6, 0, 0, 500)) == "2021-11-04T06:00:00"
    aware = dt.datetime(2021, 11, 4, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7)))
    assert format_param(aware) == "2021-11-04T07:00:00"
    assert format_param(True) == "true" and format_param(None) is None


# ------------------------------------------------------------------ datasets
def test_list_datasets_filters_and_sorts(client):
    names = [d.name for d in client.list_datasets(name="SKYMAP")]
    assert names == sorted(names)
    assert set(SKYMAPS) <= set(names)
    assert all("SKYMAP" in n for n in names)
    assert client.list_datasets(name="some_bad_name") == []
    d = client.get_dataset("themis_asi_skymap_idlsav")
    assert d.name == "THEMIS_ASI_SKYMAP_IDLSAV" and d.provider == "UCalgary" and d.file_reading_supported


def test_get_dataset_not_found_lists_close_names(client):
    with pytest.raises(DatasetNotFoundError) as info:
        client.get_dataset("THEMIS_ASI_SKYMAP")
    assert isinstance(info.value, APIError) and isinstance(info.value, InputError)
    assert "Dataset not found" in str(info.value)
    assert "THEMIS_ASI_SKYMAP_IDLSAV" in str(info.value)


def test_list_datasets_in_table_text_matches_reference(client, capsys):
    client.list_datasets_in_table(name="SKYMAP")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == TABLE_HEADER
    assert lines[1] == TABLE_ROW1
    assert [line.split(" ")[0] for line in lines[1:]] == SKYMAPS
    assert len({len(line) for line in lines}) == 1  # every line padded to the same width


def test_table_in_notebook_shows_escaped_html(client, monkeypatch):
    import IPython.display

    import aurora_widgets.data.client as client_module

    shown = []
    monkeypatch.setattr(client_module, "_in_notebook", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    client.list_datasets_in_table(name="THEMIS_ASI_SKYMAP")
    assert len(shown) == 1 and isinstance(shown[0], DatasetTable)
    assert "<td style='text-align:left'>THEMIS_ASI_SKYMAP_IDLSAV</td>" in shown[0]._repr_html_()

    evil = Dataset(name="X<b>", short_description="<script>alert(1)</script>",
                   doi_details='https://x/"onmouseover="alert(1)')
    page = DatasetTable([evil])._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert '"onmouseover="' not in page and "X&lt;b&gt;" in page


# ------------------------------------------------------------------ observatories and listings
def test_list_observatories(client):
    obs = client.list_observatories("themis_asi", uid="gill")
    assert [o.uid for o in obs] == ["gill"]
    assert obs[0].provider == "UCalgary" and -180 <= obs[0].geodetic_longitude <= 180


def test_get_urls_filters_and_types(client):
    r = client.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", dt.datetime(2021, 1, 1), "2023-01-01", site_uid="gill")
    names = [u.rsplit("/", 1)[-1] for u in r.urls]
    assert names == ["themis_skymap_gill_20210308-+_v02.sav", "themis_skymap_gill_20220301-+_v02.sav"]
    assert r.count == 2 and r.dataset.name == "THEMIS_ASI_SKYMAP_IDLSAV"
    assert all(u.startswith(r.path_prefix + "/") for u in r.urls)
    assert "%2B" not in r.urls[0]
    r = client.get_urls("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", dt.date(2014, 1, 1), dt.date(2022, 1, 1),
                        device_uid="655")
    assert [u.rsplit("/", 1)[-1] for u in r.urls] == ["REGO_Rayleighs_15655_20141002-+_v01.sav"]


def test_get_urls_input_errors_send_nothing(client, archive_server):
    before = len(_paths(archive_server))
    with pytest.raises(InputError, match="after the end"):
        client.get_urls("REGO_RAW", dt.datetime(2021, 1, 2), dt.datetime(2021, 1, 1))
    with pytest.raises(InputError):
        client.get_urls("REGO_RAW", 20210101, dt.datetime(2021, 1, 1))
    with pytest.raises(InputError):
        client.get_urls(None, dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 1))
    with pytest.raises(InputError):
        client.get_urls("REGO_RAW", dt.datetime(2021, 1, 1), dt.datetime(2021, 1, 1), site_uid=5)
    assert len(_paths(archive_server)) == before


def test_get_urls_warns_about_ignored_filters(client):
    with pytest.warns(UserWarning, match="not used when filtering"):
        client.get_urls("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "2014-01-01", "2015-01-01", site_uid="resu")


def test_unknown_dataset_is_404_not_retried(client, archive_server):
    before = len(_paths(archive_server))
    with pytest.raises(APIError) as info:
        client.get_urls("NO_SUCH_DATASET", "2021-01-01", "2021-01-01")
    assert info.value.status in (400, 404)
    assert not isinstance(info.value, MaintenanceError)
    assert len(_paths(archive_server)) - before == 1


# ------------------------------------------------------------------ downloads
def test_download_layout_order_and_cache(client, download_dir):
    r = client.download("THEMIS_ASI_SKYMAP_IDLSAV", dt.datetime(2021, 1, 1), dt.datetime(2023, 1, 1),
                        site_uid="gill", progress_bar_disable=True)
    root = download_dir / "THEMIS_ASI_SKYMAP_IDLSAV"
    assert r.filenames == [
        root / "gill" / "gill_20210308" / "themis_skymap_gill_20210308-+_v02.sav",
        root / "gill" / "gill_20220301" / "themis_skymap_gill_20220301-+_v02.sav",
    ]
    assert all(p.is_file() and p.stat().st_size > 0 for p in r.filenames)
    assert r.count == 2 and r.output_root_path == root and r.total_bytes == sum(
        p.stat().st_size for p in r.filenames)
    assert not [p for p in download_dir.rglob("*") if ".part-" in p.name]
    again = client.download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2023-01-01", site_uid="gill",
                            progress_bar_disable=True)
    assert again.filenames == r.filenames and again.total_bytes == 0


def test_download_nothing_warns(client):
    with pytest.warns(UserWarning, match="No data found"):
        r = client.download("THEMIS_ASI_SKYMAP_IDLSAV", "2020-01-01", "2020-01-01T23:59", site_uid="gill",
                            progress_bar_disable=True)
    assert r.filenames == [] and r.count == 0


def test_download_using_urls_subset(client, download_dir):
    listing = client.get_urls("REGO_CALIBRATION_FLATFIELD_IDLSAV", "2014-01-01", "2022-01-01",
                              device_uid="655")
    r = client.download_using_urls(listing, progress_bar_disable=True)
    assert r.filenames == [download_dir / "REGO_CALIBRATION_FLATFIELD_IDLSAV" /
                           "REGO_flatfield_15655_20141002-+_v01.sav"]
    with pytest.raises(InputError):
        client.download_using_urls(listing.urls)


# ------------------------------------------------------------------ best files
def test_list_skymaps_and_calibrations_mark_best(client):
    c = client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2021, 11, 4))
    assert c.best is not None and c.best.filename == "themis_skymap_gill_20210308-+_v02.sav"
    assert [x.filename for x in c if x.is_best] == [c.best.filename]
    assert all(x.owner == "gill" for x in c) and len(c) >= 2
    assert [x.valid_from for x in c] == sorted(x.valid_from for x in c)
    cal = client.list_calibrations("REGO_CALIBRATION_FLATFIELD_IDLSAV", "654", "2021-11-04")
    assert cal.best.filename == "REGO_flatfield_15654_20210806-+_v02.sav"
    assert {x.owner for x in cal} == {"15654"}
    assert all("flatfield" in x.filename for x in cal)
    none = client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2001, 1, 1))
    assert none.best is None and not any(x.is_best for x in none)


def test_download_best_reference_picks(client, download_dir):
    when = dt.datetime(2021, 11, 4)
    r = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    assert r.filenames == [download_dir / "THEMIS_ASI_SKYMAP_IDLSAV" / "gill" / "gill_20210308" /
                           "themis_skymap_gill_20210308-+_v02.sav"]
    assert r.filenames[0].is_file() and r.dataset.name == "THEMIS_ASI_SKYMAP_IDLSAV"
    r = client.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)
    assert r.filenames == [download_dir / "REGO_CALIBRATION_RAYLEIGHS_IDLSAV" /
                           "REGO_Rayleighs_15654_20210806-+_v02.sav"]
    r = client.download_best_flatfield_calibration("REGO_CALIBRATION_FLATFIELD_IDLSAV", "654", when)
    assert r.filenames[0].name == "REGO_flatfield_15654_20210806-+_v02.sav"
    with pytest.raises(InputError):
        client.download_best_flatfield_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)


def test_download_best_no_match(client):
    with pytest.raises(NoMatchError, match="site 'asdf'"):
        client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "asdf", dt.datetime(2021, 11, 4))
    with pytest.raises(NoMatchError, match="nearest") as info:
        client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2001, 1, 1))
    assert info.value.candidates


def test_fewer_requests_than_pyaurorax(client, archive_server, api_url, tmp_path):
    pyaurorax = pytest.importorskip("pyaurorax")
    when = dt.datetime(2021, 11, 4)

    def count(fn):
        before = len(_paths(archive_server))
        fn()
        return len(_paths(archive_server)) - before

    def ours():
        c = client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
        assert c.best is not None
        client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
        client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)

    def theirs():
        ax = pyaurorax.PyAuroraX(download_output_root_path=str(tmp_path / "pax"))
        ax.srs_obj.api_base_url = api_url
        # pyaurorax has no candidate list: it lists URLs itself, then downloads the best twice.
        ax.data.ucalgary.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", dt.datetime(2000, 1, 1), dt.datetime.now(),
                                  site_uid="gill")
        r1 = ax.data.ucalgary.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
        r2 = ax.data.ucalgary.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
        assert r1.filenames[0].name == r2.filenames[0].name == "themis_skymap_gill_20210308-+_v02.sav"

    n_ours, n_theirs = count(ours), count(theirs)
    assert n_ours == 2  # one listing + one file
    assert n_theirs == 4  # three listings + one file
    assert n_ours < n_theirs


def test_a_later_session_needs_no_request_for_a_cached_best_file(client, archive_server, api_url, download_dir):
    when = dt.datetime(2021, 11, 4)
    first = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    before = len(_paths(archive_server))
    later = Client(api_url=api_url, download_dir=download_dir)  # a new kernel, same cache folder
    again = later.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    assert again.filenames == first.filenames
    assert len(_paths(archive_server)) == before  # the saved listing and the file on disk suffice
    later.clear_cache(disk=True)
    later.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    assert len(_paths(archive_server)) == before + 1  # listed again, file still cached


def test_saved_listing_expires_and_is_not_shared_between_servers(client, archive_server, api_url, download_dir):
    when = dt.datetime(2021, 11, 4)
    client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    before = len(_paths(archive_server))
    stale = Client(api_url=api_url, download_dir=download_dir)
    stale.listing_disk_cache_seconds = 0
    stale.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    assert len(_paths(archive_server)) == before + 1
    other = Client(api_url=api_url.replace("127.0.0.1", "localhost"), download_dir=download_dir)
    other.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    assert len(_paths(archive_server)) == before + 2  # another API: its own listing


# ------------------------------------------------------------------ failures
def test_maintenance_503_after_retries(client, archive_server, faults):
    faults.add("/api/v1/data_distribution/observatories", "503", times=10)
    before = len(_paths(archive_server))
    with pytest.raises(MaintenanceError, match="maintenance") as info:
        client.list_observatories("rego")
    assert info.value.status == 503
    assert len(_paths(archive_server)) - before == client.retries + 1


def test_500_then_success(client, archive_server, faults):
    faults.add("/api/v1/data_distribution/observatories", "500", times=1)
    before = len(_paths(archive_server))
    assert [o.uid for o in client.list_observatories("themis_asi", uid="gill")] == ["gill"]
    assert len(_paths(archive_server)) - before == 2


def test_unreachable_api_says_what_to_try(download_dir):
    c = Client(api_url=_dead_url(), download_dir=download_dir, retries=1, backoff=0.01)
    with pytest.raises(APIError) as info:
        c.list_datasets()
    assert info.value.status is None
    assert "AURORA_WIDGETS_API_URL" in str(info.value) and "network" in str(info.value)


def test_offline_once_cached(client, download_dir):
    when = dt.datetime(2021, 11, 4)
    online = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    cal = client.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)
    offline = Client(api_url=_dead_url(), download_dir=download_dir, retries=0, backoff=0.0)
    with pytest.warns(UserWarning, match="best cached file"):
        r = offline.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    assert r.filenames == online.filenames and r.total_bytes == 0
    with pytest.warns(UserWarning, match="best cached file"):
        r = offline.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)
    assert r.filenames == cal.filenames
    # a time no cached file covers: the API error comes through
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(APIError):
            offline.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2015, 1, 1))
        with pytest.raises(APIError):
            offline.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "atha", when)


# ------------------------------------------------------------------ offline candidate lists
SKY, FLAT = "THEMIS_ASI_SKYMAP_IDLSAV", "REGO_CALIBRATION_FLATFIELD_IDLSAV"
DAY = 86400


@pytest.fixture
def own_server(archive_root):
    """A second server on the session archive that a test may stop: then its URL refuses connections."""
    from aurora_widgets.archive.server import ArchiveServer

    server = ArchiveServer(archive_root).start()
    yield server
    server.stop()


def _age_saved_listings(download_dir, seconds: float) -> int:
    saved = list((download_dir / ".aurora-widgets" / "listings").glob("*.json"))
    then = time.time() - seconds
    for path in saved:
        os.utime(path, (then, then))
    return len(saved)


def _names(cands) -> list[str]:
    return [c.filename for c in cands]


def test_lists_offline_from_the_saved_listing_whatever_its_age(own_server, download_dir):
    when = dt.datetime(2021, 11, 4)
    online = Client(api_url=own_server.url, download_dir=download_dir, retries=0)
    sky, flat = online.list_skymaps(SKY, "gill", when), online.list_calibrations(FLAT, "654", when)
    assert len(sky) >= 3 and len(flat) >= 1
    url = own_server.url
    own_server.stop()  # connection refused from now on, at the same URL
    assert _age_saved_listings(download_dir, 3 * DAY + 60) == 2  # older than the one-day reuse
    later = Client(api_url=url, download_dir=download_dir, retries=0, backoff=0.0)
    with pytest.warns(UserWarning, match=r"Could not get a fresh file listing .*could not be reached.*"
                                         r"file listing saved 3 days ago") as record:
        offline_sky = later.list_skymaps(SKY, "gill", "2021-11-04")
    assert record[0].filename == __file__  # the warning points at the caller's line
    # every file the server listed, downloaded or not (nothing is), and the same best
    assert _names(offline_sky) == _names(sky) and not (download_dir / SKY).exists()
    assert offline_sky.best.filename == sky.best.filename == "themis_skymap_gill_20210308-+_v02.sav"
    assert offline_sky.best.url == sky.best.url  # a server URL: the file can be fetched when back online
    with pytest.warns(UserWarning, match="file listing saved 3 days ago"):
        offline_flat = later.list_calibrations(FLAT, "654", when)
    assert _names(offline_flat) == _names(flat) and offline_flat.best.filename == flat.best.filename


def test_lists_offline_from_the_cached_files_without_a_saved_listing(client, download_dir):
    when = dt.datetime(2021, 11, 4)
    sky = client.download_best_skymap(SKY, "gill", when).filenames[0]
    flat = client.download_best_flatfield_calibration(FLAT, "654", when).filenames[0]
    client.download_best_skymap(SKY, "fsmi", when)  # another site's file must not be listed for gill
    offline = Client(api_url=_dead_url(), download_dir=download_dir, retries=0, backoff=0.0)  # no saved listing
    with pytest.warns(UserWarning, match=r"listing the 1 THEMIS_ASI_SKYMAP_IDLSAV file\(s\) of gill in the files in"):
        c = offline.list_skymaps(SKY, "gill", when)
    assert _names(c) == [sky.name] and c.best.url == str(sky) and c.best.is_best
    with pytest.warns(UserWarning, match="files in"):
        c = offline.list_calibrations(FLAT, "654", when)
    assert _names(c) == [flat.name] and c.best.filename == flat.name
    with pytest.warns(UserWarning, match="files in"):  # a time the cached file does not cover: listed, none best
        assert offline.list_skymaps(SKY, "gill", "2015-01-01").best is None


def test_lists_offline_with_nothing_to_fall_back_on_raise_the_api_error(client, download_dir, faults):
    client.download_best_skymap(SKY, "fsmi", dt.datetime(2021, 11, 4))  # cached files, but not of gill
    offline = Client(api_url=_dead_url(), download_dir=download_dir, retries=0, backoff=0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no fallback warning either
        with pytest.raises(APIError) as info:
            offline.list_skymaps(SKY, "gill", "2021-11-04")
        message = str(info.value)
        assert info.value.status is None and "could not be reached" in message
        assert "nothing to fall back on offline: no saved THEMIS_ASI_SKYMAP_IDLSAV listing for site_uid 'gill'" \
            in message and "Try again when the API answers" in message
        with pytest.raises(APIError, match="no saved REGO_CALIBRATION_FLATFIELD_IDLSAV listing for device_uid '654'"):
            offline.list_calibrations(FLAT, "654")
        # the API in maintenance: the same error type as the best-file path, MaintenanceError
        faults.add("/api/v1/data_distribution/urls", "503", times=None)
        fresh = Client(api_url=client.api_url, download_dir=download_dir, retries=0, backoff=0.0)
        with pytest.raises(MaintenanceError, match=r"maintenance.*nothing to fall back on") as info:
            fresh.list_skymaps(SKY, "gill")
        assert info.value.status == 503
        with pytest.raises(MaintenanceError, match="nothing to fall back on"):
            fresh.download_best_skymap(SKY, "gill", dt.datetime(2021, 11, 4))


def test_a_fresh_listing_beats_the_saved_one_and_the_cached_files(client, archive_server, download_dir):
    when = dt.datetime(2021, 11, 4)
    client.download_best_skymap(SKY, "gill", when)  # one cached file, and a saved listing
    full = _names(client.list_skymaps(SKY, "gill"))
    [saved] = (download_dir / ".aurora-widgets" / "listings").glob(f"{SKY}-*.json")
    payload = json.loads(saved.read_text())
    payload["urls"] = payload["urls"][:1]  # what the server had long ago: one file
    saved.write_text(json.dumps(payload))
    _age_saved_listings(download_dir, 2 * DAY)
    later = Client(api_url=client.api_url, download_dir=download_dir)
    before = len(_paths(archive_server))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the API answers: no fallback warning
        c = later.list_skymaps(SKY, "gill", when)
    assert len(_paths(archive_server)) == before + 1  # listed again
    assert _names(c) == full and len(full) > 1 and c.best.filename == "themis_skymap_gill_20210308-+_v02.sav"
    assert len(json.loads(saved.read_text())["urls"]) == len(full)  # and saved again


def test_best_file_in_maintenance_comes_from_the_saved_listing(client, download_dir, faults):
    when = dt.datetime(2021, 11, 4)
    client.list_calibrations("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)  # saved; nothing downloaded
    _age_saved_listings(download_dir, 2 * DAY)
    faults.add("/api/v1/data_distribution/urls", "503", times=None)  # the API is down, the file host is not
    later = Client(api_url=client.api_url, download_dir=download_dir, retries=0, backoff=0.0)
    with pytest.warns(UserWarning, match="downloaded REGO_Rayleighs_15654_20210806-.*file listing saved 2 days"):
        r = later.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)
    assert r.filenames[0].name == "REGO_Rayleighs_15654_20210806-+_v02.sav" and r.filenames[0].is_file()
    with pytest.warns(UserWarning, match="using the best cached file REGO_Rayleighs_15654_20210806"):
        again = later.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)
    assert again.filenames == r.filenames and again.total_bytes == 0


# ------------------------------------------------------------------ device UID, reading
def test_raw_dataset_for():
    assert raw_dataset_for("REGO_CALIBRATION_RAYLEIGHS_IDLSAV") == "REGO_RAW"
    assert raw_dataset_for("TREX_NIR_CALIBRATION_FLATFIELD_IDLSAV") == "TREX_NIR_RAW"
    assert raw_dataset_for("TREX_BLUE_CALIBRATION_RAYLEIGHS_IDLSAV") == "TREX_BLUE_RAW"
    assert raw_dataset_for("rego") == "REGO_RAW"
    with pytest.raises(InputError):
        raw_dataset_for("SMILE_ASI_RAW")


def test_find_device_uid_reads_one_file(client, archive_server):
    pytest.importorskip("aurora_widgets.data.readers")
    before = len(_paths(archive_server))
    uid, source = client.find_device_uid("REGO_CALIBRATION_FLATFIELD_IDLSAV", "resu",
                                         dt.datetime(2021, 11, 4, 6, 0))
    assert uid == "655"
    assert "20211104_0600_resu_rego-655" in source
    new = _paths(archive_server)[before:]
    assert sum("/api/" in p for p in new) == 1
    assert sum("/api/" not in p for p in new) == 1


def _server_file(archive_root, tree: str, sub: str):
    return archive_root / "files" / tree / sub


GILL_2022 = "gill/gill_20220301/themis_skymap_gill_20220301-+_v02.sav"


def _download_gill_2022(client):
    """Download the THEMIS gill skymap of 2022-03-01 (the one the fault tests below break)."""
    return client.download("THEMIS_ASI_SKYMAP_IDLSAV", "2022-03-01", "2022-03-01", site_uid="gill",
                           progress_bar_disable=True)


@pytest.mark.parametrize("kind", ["truncate", "reset", "500", "503", "bad_length"])
def test_download_recovers_from_one_fault(client, faults, archive_root, download_dir, kind):
    faults.add("themis_skymap_gill_20220301", kind, times=1)
    r = _download_gill_2022(client)
    expected = _server_file(archive_root, "THEMIS/asi/skymaps", GILL_2022).read_bytes()
    assert r.filenames[0].read_bytes() == expected
    assert not [p for p in download_dir.rglob("*") if ".part-" in p.name]


def test_download_html_answer_is_refused(client, faults, download_dir):
    faults.add("themis_skymap_gill_20220301", "html", times=1)
    with pytest.raises(DownloadError, match="HTML"):
        _download_gill_2022(client)
    assert not list(download_dir.rglob("*.sav*"))


def test_download_gives_up_after_persistent_truncation(client, faults, download_dir):
    faults.add("themis_skymap_gill_20220301", "truncate", times=10)
    with pytest.raises(DownloadError, match="attempt"):
        _download_gill_2022(client)
    assert not list(download_dir.rglob("*.sav*"))


def test_read_delegates_to_readers(client):
    r = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2021, 11, 4))
    data = client.read("themis_asi_skymap_idlsav", r.filenames)
    assert data.dataset is not None and data.dataset.name == "THEMIS_ASI_SKYMAP_IDLSAV"
    assert len(data.data) == 1 and data.data[0].site_uid == "gill"
    assert data.problematic_files == []
    with pytest.raises(InputError):
        client.read(None, r.filenames)


def test_slow_answer_times_out_then_retry_succeeds(api_url, download_dir, faults):
    c = Client(api_url=api_url, download_dir=download_dir, timeout=0.5, retries=1, backoff=0.01)
    rule = faults.add("/api/v1/data_distribution/observatories", "slow", times=1, delay=2.0)
    assert [o.uid for o in c.list_observatories("themis_asi", uid="gill")] == ["gill"]
    # the server logs the slow request only when it finally answers, so count on the client side
    assert rule.fired == 1 and c.request_count == 2


@pytest.mark.parametrize("order", ["reverse", "shuffle"])
def test_best_picks_do_not_depend_on_listing_order(client, faults, order):
    faults.order = order
    when = dt.datetime(2021, 11, 4)
    assert client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when).best.filename == \
        "themis_skymap_gill_20210308-+_v02.sav"
    assert client.list_calibrations("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when).best.filename == \
        "REGO_Rayleighs_15654_20210806-+_v02.sav"
    # equal starts: v02 beats v01 (gill 2015-03-10 has both)
    assert client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2016-01-01").best.filename == \
        "themis_skymap_gill_20150310-+_v02.sav"


def test_cached_path_finds_only_whole_files_of_that_name(client, download_dir):
    when = dt.datetime(2021, 11, 4)
    path = client.download_best_flatfield_calibration(FLAT, "654", when).filenames[0]
    assert client.cached_path(FLAT, path.name) == path
    assert client.cached_path(FLAT, "REGO_flatfield_15654_20990101-+_v01.sav") is None
    (path.parent / "partial.sav.part-1234").write_bytes(b"x")
    assert client.cached_path(FLAT, "partial.sav.part-1234") is None  # an unfinished download
    assert client.cached_path(FLAT, f"../{FLAT}/{path.name}") is None  # a name, never a path
    assert client.cached_path(SKY, path.name) is None  # another dataset's folder


def test_cached_path_follows_a_file_that_moved_or_went(client):
    """The remembered place of a file is checked on every call: a moved file is found again, a gone one is not."""
    when = dt.datetime(2021, 11, 4)
    path = client.download_best_flatfield_calibration(FLAT, "654", when).filenames[0]
    assert client.cached_path(FLAT, path.name) == path  # found by walking the folder, then remembered
    moved = client.download_dir / FLAT / "elsewhere" / path.name
    moved.parent.mkdir()
    path.rename(moved)
    assert client.cached_path(FLAT, path.name) == moved
    moved.unlink()
    assert client.cached_path(FLAT, path.name) is None
