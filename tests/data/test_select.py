"""select.py on fake URL lists: parsing, the best-file rule, errors."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from aurora_widgets.data.errors import InputError, NoMatchError
from aurora_widgets.data.select import (
    as_datetime,
    candidates_from_urls,
    choose_best,
    parse_file_name,
    version_rank,
)

THEMIS = "https://data.phys.ucalgary.ca/sort_by_project/THEMIS/asi/skymaps"
REGO_CAL = "https://data.phys.ucalgary.ca/sort_by_project/GO-Canada/REGO/calibration"

GILL = [
    f"{THEMIS}/gill/gill_20061002/themis_skymap_gill_20061002-20100101_vXX.sav",
    f"{THEMIS}/gill/gill_20100101/themis_skymap_gill_20100101-+_vXX.sav",
    f"{THEMIS}/gill/gill_20150318/themis_skymap_gill_20150318-+_v01.sav",
    f"{THEMIS}/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav",
    f"{THEMIS}/gill/gill_20220301/themis_skymap_gill_20220301-+_v02.sav",
]
REGO = [
    f"{REGO_CAL}/REGO_Rayleighs_15654_20141002-+_v01.sav",
    f"{REGO_CAL}/REGO_Rayleighs_15654_20210806-+_v02.sav",
    f"{REGO_CAL}/REGO_Rayleighs_15655_20141002-+_v01.sav",
    f"{REGO_CAL}/REGO_Rayleighs_15652_20141102-+_v01.sav",
]


def test_parse_open_and_closed_names():
    info = parse_file_name(GILL[0])
    assert info.owner == "gill" and info.kind == "skymap" and info.project == "themis"
    assert info.valid_from == dt.datetime(2006, 10, 2)
    assert info.valid_to == dt.datetime(2010, 1, 1)
    assert info.version == "vXX"
    info = parse_file_name("REGO_flatfield_15654_20210806-+_v02.sav")
    assert (info.owner, info.valid_to, info.version) == ("15654", None, "v02")


def test_parse_accepts_percent_encoded_plus_and_windows_paths():
    assert parse_file_name("C:\\x\\themis_skymap_gill_20210308-%2B_v02.sav").valid_to is None
    assert parse_file_name("/a/b/NIR_Rayleighs_23216_20210819-+_v02.sav").owner == "23216"


@pytest.mark.parametrize(
    "name",
    [
        "20211104_0600_resu_rego-655_6300.pgm.gz",
        "themis_skymap_gill_2021030-+_v02.sav",
        "themis_skymap_gill_20211399-+_v02.sav",
        "themis_skymap_gill_20210308_v02.sav",
        "themis_skymap_gill_20210308-+_version2.sav",
        "README.txt",
        "",
    ],
)
def test_parse_rejects_other_names(name):
    with pytest.raises(InputError):
        parse_file_name(name)


def test_version_rank():
    assert version_rank("vXX") < version_rank("v01") < version_rank("v02") < version_rank("v10")


def test_reference_themis_gill_pick_in_any_order():
    want = "themis_skymap_gill_20210308-+_v02.sav"
    rng = random.Random(4)
    for _ in range(20):
        urls = GILL[:]
        rng.shuffle(urls)
        best = choose_best(candidates_from_urls(urls, "gill"), dt.datetime(2021, 11, 4))
        assert best.filename == want
        assert best.url.endswith("/gill/gill_20210308/" + want)


def test_reference_rego_654_pick():
    urls = REGO[::-1]
    best = choose_best(candidates_from_urls(urls, "654", substring=True), dt.datetime(2021, 11, 4))
    assert best.filename == "REGO_Rayleighs_15654_20210806-+_v02.sav"
    best = choose_best(candidates_from_urls(REGO, "652", substring=True), dt.datetime(2021, 11, 4, 3, 30))
    assert best.filename == "REGO_Rayleighs_15652_20141102-+_v01.sav"


def test_owner_filter_exact_by_default():
    urls = [*GILL, f"{THEMIS}/gillx/gillx_20210308/themis_skymap_gillx_20210308-+_v09.sav"]
    assert {c.owner for c in candidates_from_urls(urls, "GILL")} == {"gill"}
    assert {c.owner for c in candidates_from_urls(urls, "gill", substring=True)} == {"gill", "gillx"}
    assert len(candidates_from_urls([*urls, "README"], None)) == len(urls)


def test_closed_interval_includes_the_whole_stop_day():
    cands = candidates_from_urls([GILL[0]])
    assert choose_best(cands, dt.datetime(2010, 1, 1, 23, 59, 59)).filename == cands[0].filename
    with pytest.raises(NoMatchError):
        choose_best(cands, dt.datetime(2010, 1, 2))
    with pytest.raises(NoMatchError):
        choose_best(cands, dt.datetime(2006, 10, 1, 23, 59))
    assert choose_best(cands, dt.datetime(2006, 10, 2)).filename == cands[0].filename


def test_expired_closed_interval_is_not_chosen_over_open_one():
    urls = [
        f"{THEMIS}/atha/atha_20081029/themis_skymap_atha_20070301-20090522_vXX.sav",
        f"{THEMIS}/atha/atha_20050101/themis_skymap_atha_20050101-+_v01.sav",
    ]
    # pyaurorax (last start <= t in server order) would pick the 2007 one; it expired in 2009.
    best = choose_best(candidates_from_urls(urls), dt.datetime(2010, 6, 1))
    assert best.filename == "themis_skymap_atha_20050101-+_v01.sav"
    best = choose_best(candidates_from_urls(urls), dt.datetime(2008, 6, 1))
    assert best.filename == "themis_skymap_atha_20070301-20090522_vXX.sav"


@pytest.mark.parametrize("order", [0, 1, 2, 3, 4, 5])
def test_equal_starts_highest_version_wins_vxx_lowest(order):
    names = [
        "themis_skymap_gill_20210308-+_vXX.sav",
        "themis_skymap_gill_20210308-+_v01.sav",
        "themis_skymap_gill_20210308-+_v02.sav",
    ]
    perm = list(itertools.permutations(names))[order]
    assert choose_best(candidates_from_urls(perm), dt.date(2021, 11, 4)).version == "v02"
    assert choose_best(candidates_from_urls([perm_n for perm_n in perm if "v02" not in perm_n]),
                       dt.date(2021, 11, 4)).version == "v01"


def test_later_start_beats_higher_version():
    names = ["x_skymap_s_20200101-+_v05.sav", "x_skymap_s_20210101-+_vXX.sav"]
    assert choose_best(candidates_from_urls(names), dt.datetime(2021, 6, 1)).version == "vXX"


def test_none_valid_names_nearest():
    cands = candidates_from_urls(GILL, "gill")
    with pytest.raises(NoMatchError) as info:
        choose_best(cands, dt.datetime(2005, 1, 1), dataset_name="THEMIS_ASI_SKYMAP_IDLSAV", owner="gill")
    msg = str(info.value)
    assert msg.startswith("No THEMIS_ASI_SKYMAP_IDLSAV skymap of site 'gill' is valid at 2005-01-01 00:00")
    assert "nearest: themis_skymap_gill_20061002-20100101_vXX.sav (starts 2006-10-02" in msg
    assert info.value.candidates[0].filename == "themis_skymap_gill_20061002-20100101_vXX.sav"
    assert len(info.value.candidates) == 3


def test_no_candidates_at_all():
    with pytest.raises(NoMatchError, match="no such files at all") as info:
        choose_best([], dt.datetime(2021, 1, 1), dataset_name="REGO_CALIBRATION_FLATFIELD_IDLSAV",
                    owner="something-bad")
    assert "flatfield calibration of device 'something-bad'" in str(info.value)
    assert info.value.candidates == []


def test_timezone_aware_and_date_and_string_inputs():
    cands = candidates_from_urls(GILL)
    # 2022-02-28 20:00 in UTC-6 is 2022-03-01 02:00 UTC: the 20220301 skymap applies.
    aware = dt.datetime(2022, 2, 28, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    assert choose_best(cands, aware).filename == "themis_skymap_gill_20220301-+_v02.sav"
    naive = dt.datetime(2022, 2, 28, 20, 0)
    assert choose_best(cands, naive).filename == "themis_skymap_gill_20210308-+_v02.sav"
    assert choose_best(cands, dt.date(2022, 3, 1)).filename == "themis_skymap_gill_20220301-+_v02.sav"
    assert choose_best(cands, "2022-03-01T00:00:00Z").filename == "themis_skymap_gill_20220301-+_v02.sav"


@pytest.mark.parametrize("bad", [None, 20211104, "yesterday", 3.5])
def test_bad_timestamps(bad):
    with pytest.raises(InputError):
        as_datetime(bad)


def test_as_datetime_forms():
    assert as_datetime("20211104") == dt.datetime(2021, 11, 4)
    assert as_datetime("2021-11-04 06:00:00") == dt.datetime(2021, 11, 4, 6)
    assert as_datetime(dt.datetime(2021, 11, 4, tzinfo=dt.timezone.utc)).tzinfo is None
