"""A hostile (or broken) server: path-escaping URLs, hostile dataset names, HTML, absurd numbers.

The server is :class:`._hostile.HostileServer`, a scripted loopback server written for these tests.
Downloads go into ``<tmp>/s1/.../s5/dl`` so that even a regression that let ``..`` through would
write inside the test's own temporary folder; the tests then look for any file outside ``dl``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from aurora_widgets.data import APIError, AuroraWidgetsError, DownloadError
from aurora_widgets.data.client import DatasetTable
from aurora_widgets.data.models import FileListing

from ._hostile import API, HostileServer, dataset_dict, listing
from ._support import data_files, make_client, partial_files

pytestmark = pytest.mark.timeout(60)

TREE = "/data/sort_by_project/THEMIS/asi/skymaps"
GOOD = "/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav"


@pytest.fixture
def server():
    with HostileServer() as s:
        yield s


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """Where the download folder lives, five levels deep inside the test's temporary folder."""
    return tmp_path


@pytest.fixture
def dl(sandbox: Path) -> Path:
    path = sandbox / "s1" / "s2" / "s3" / "s4" / "s5" / "dl"
    path.mkdir(parents=True)
    return path


def files_outside(sandbox: Path, dl: Path) -> list[Path]:
    return [p for p in sandbox.rglob("*") if p.is_file() and dl not in p.parents]


def _client(server: HostileServer, dl: Path) -> Any:
    return make_client(server.url, dl, timeout=5, retries=0)


# ------------------------------------------------------------------------------ escaping URLs
def _escaping_urls(base: str) -> dict[str, str]:
    pre = base + TREE
    return {
        "dotdot": pre + "/../../../../aurora_escape.sav",
        "dotdot-inside": pre + "/gill/../../../aurora_escape.sav",
        "encoded-dots": pre + "/%2e%2e/%2e%2e/aurora_escape.sav",
        "encoded-dots-upper-slash": pre + "/%2E%2E%2F%2E%2E%2Faurora_escape.sav",
        "dots-encoded-slash": pre + "/..%2f..%2faurora_escape.sav",
        "encoded-backslash": pre + "/gill/..%5c..%5caurora_escape.sav",
        "backslash": pre + "/gill\\..\\..\\aurora_escape.sav",
        "single-dot": pre + "/./gill/x.sav",
        "empty-segment": pre + "//aurora_escape.sav",
        "nul": pre + "/gill/%00aurora_escape.sav",
        "drive-letter": pre + "/C:/aurora_escape.sav",
        "query": pre + "/gill/x.sav?f=../../aurora_escape.sav",
        "fragment": pre + "/gill/x.sav#../../aurora_escape.sav",
        "same-host-absolute": base + "/etc/aurora_escape.sav",
        "prefix-sibling": pre + "Extra/aurora_escape.sav",
        "other-host": "http://evil.invalid" + TREE + GOOD,
        "other-port": "http://127.0.0.1:9" + TREE + GOOD,
        "file-scheme": "file:///etc/aurora_escape.sav",
        "bare-absolute-path": "/etc/aurora_escape.sav",
        "scheme-relative": "//evil.invalid" + TREE + GOOD,
    }


ESCAPE_IDS = list(_escaping_urls("http://x"))


@pytest.mark.parametrize("case", ESCAPE_IDS)
def test_escaping_url_is_refused_before_anything_is_fetched(case, server, sandbox, dl):
    bad = _escaping_urls(server.url)[case]
    good = server.url + TREE + GOOD
    server.routes[API + "/urls"] = listing(server.url, [good, bad])
    with pytest.raises(DownloadError, match="Refusing to download") as info:
        _client(server, dl).download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2021-12-31",
                                     progress_bar_disable=True)
    assert "Traceback" not in str(info.value)
    assert server.data_requests() == []  # refused up front: not even the good file was fetched
    assert data_files(dl) == []
    assert files_outside(sandbox, dl) == []


@pytest.mark.parametrize("case", ["dotdot-inside", "encoded-dots", "backslash", "other-host"])
def test_escaping_url_is_refused_by_download_using_urls(case, server, sandbox, dl):
    bad = _escaping_urls(server.url)[case]
    hand_made = FileListing(urls=[bad], path_prefix=server.url + TREE, count=1,
                            dataset=_client(server, dl)._dataset_or_stub("THEMIS_ASI_SKYMAP_IDLSAV"))
    with pytest.raises(DownloadError):
        _client(server, dl).download_using_urls(hand_made, progress_bar_disable=True)
    assert server.data_requests() == [] and files_outside(sandbox, dl) == []


def test_best_skymap_whose_best_url_escapes_is_refused(server, sandbox, dl):
    pre = server.url + TREE
    server.routes[API + "/urls"] = listing(server.url, [
        pre + "/gill/gill_20150310/themis_skymap_gill_20150310-+_v02.sav",
        pre + "/gill/../../../../themis_skymap_gill_20210308-+_v02.sav",  # the best, if believed
    ])
    with pytest.raises(DownloadError, match="Refusing"):
        _client(server, dl).download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", "2021-11-04")
    assert server.data_requests() == [] and files_outside(sandbox, dl) == []


@pytest.mark.parametrize("prefix", ["", "   ", "http://127.0.0.1:9/other"])
def test_bad_path_prefix_is_refused(prefix, server, sandbox, dl):
    server.routes[API + "/urls"] = listing(server.url, [server.url + TREE + GOOD], prefix=prefix)
    with pytest.raises(DownloadError):
        _client(server, dl).download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2021-12-31",
                                     progress_bar_disable=True)
    assert server.data_requests() == [] and files_outside(sandbox, dl) == []


# ------------------------------------------------------------------------------ hostile dataset names
def _hostile_names(sandbox: Path) -> dict[str, str]:
    return {
        "parent": "../escaped",
        "grandparent": "../../../escaped",
        "dotdot": "..",
        "dot": ".",
        "absolute": str(sandbox / "absolute_escape"),
        "nested": "THEMIS/../../escaped",
        "backslash": "..\\escaped",
        "nul": "THEMIS\x00",
        "drive": "C:escaped",
    }


@pytest.mark.parametrize("case", list(_hostile_names(Path("/x"))))
def test_hostile_dataset_name_cannot_move_the_download_folder(case, server, sandbox, dl):
    name = _hostile_names(sandbox)[case]
    server.routes[API + "/urls"] = listing(server.url, [server.url + TREE + GOOD],
                                           dataset=dataset_dict(server.url, name=name))
    with pytest.raises(DownloadError, match="not a plain folder name"):
        _client(server, dl).download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2021-12-31",
                                     progress_bar_disable=True)
    assert server.data_requests() == []
    assert files_outside(sandbox, dl) == [] and data_files(dl) == []


# ------------------------------------------------------------------------------ absurd numbers
ABSURD = [-1, 0, -(10**18), 10**18, 2**64, 1.5, math.inf, "lots", "12", None, True, [], {"n": 1}]


@pytest.mark.parametrize("value", ABSURD, ids=[repr(v) for v in ABSURD])
def test_absurd_count_and_total_bytes_do_not_break_the_download(value, server, dl, capsys):
    payload = b"\x00\x01" * 50_000
    server.files_answer = (200, "application/octet-stream", payload)
    urls = [server.url + TREE + GOOD, server.url + TREE + GOOD.replace("20210308", "20220301")]
    server.routes[API + "/urls"] = listing(server.url, urls, count=value, total_bytes=value)
    client = _client(server, dl)
    result = client.download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2022-12-31")  # with a progress bar
    assert [p.read_bytes() for p in result.filenames] == [payload, payload]
    assert result.count == 2 and result.total_bytes == 2 * len(payload)
    assert partial_files(dl) == []
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Downloading" in err  # the bar was drawn
    listing_obj = client.get_urls("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2022-12-31")
    assert isinstance(listing_obj.count, int) and listing_obj.count >= 0


# ------------------------------------------------------------------------------ malformed answers
MALFORMED_URLS = {
    "list": [],
    "string": "urls",
    "urls-not-list": {"urls": "http://x", "path_prefix": "p", "dataset": {"name": "X"}},
    "no-dataset": {"urls": [], "path_prefix": "p"},
    "dataset-null": {"urls": [], "path_prefix": "p", "dataset": None},
    "null": None,
}


@pytest.mark.parametrize("case", list(MALFORMED_URLS))
def test_malformed_listing_is_an_api_error(case, server, dl):
    server.routes[API + "/urls"] = MALFORMED_URLS[case]
    with pytest.raises(APIError):
        _client(server, dl).download("THEMIS_ASI_SKYMAP_IDLSAV", "2021-01-01", "2021-12-31",
                                     progress_bar_disable=True)
    assert server.data_requests() == []


MALFORMED_DATASETS = {
    "dict": {"name": "X"},
    "null": None,
    "items-not-dicts": ["REGO_RAW", 5, None],
    "name-types": [{"name": 5}, {"name": None}, {"name": ["x"]}],
    "field-types": [{"name": "REGO_RAW", "level": 3, "doi": 5, "short_description": None,
                     "supported_libraries": None}],
}


@pytest.mark.parametrize("case", list(MALFORMED_DATASETS))
def test_malformed_datasets_answer_gives_our_error_or_clean_data(case, server, dl):
    server.routes[API + "/datasets"] = MALFORMED_DATASETS[case]
    client = _client(server, dl)
    try:
        datasets = client.list_datasets()
    except AuroraWidgetsError as err:
        assert str(err)
        return
    for d in datasets:
        assert isinstance(d.name, str)
    DatasetTable(datasets)._repr_html_()  # and the table still renders
    str(DatasetTable(datasets))


# ------------------------------------------------------------------------------ HTML in the catalogue
EVIL_NAME = '<img src=x onerror="alert(1)">EVIL'
EVIL_DESC = "<script>alert(2)</script><b>bold</b>"


def test_html_in_catalogue_is_escaped_in_the_table(server, dl, monkeypatch, capsys):
    import IPython.display

    import aurora_widgets.data.client as client_module

    server.routes[API + "/datasets"] = [
        dataset_dict(server.url, name=EVIL_NAME, short_description=EVIL_DESC,
                     doi_details="javascript:alert(3)", long_description=EVIL_DESC),
        dataset_dict(server.url, name="REGO_RAW", short_description="fine",
                     doi_details='https://doi.org/x" onmouseover="alert(4)'),
    ]
    client = _client(server, dl)
    client.list_datasets_in_table()  # terminal: plain text, as given
    text = capsys.readouterr().out
    assert EVIL_NAME in text and EVIL_DESC in text
    shown: list[Any] = []
    monkeypatch.setattr(client_module, "_in_notebook", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    client.list_datasets_in_table()
    page = shown[0]._repr_html_()
    for raw in ("<script", "<img", "<b>", 'onmouseover="', "href=\"javascript", "href='javascript"):
        assert raw not in page, raw
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;EVIL" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert page.count("<a ") == 1  # only the https DOI is a link, with its quote escaped
