"""Neighbouring sites on the SkymapBrowser map: discovery, payloads, the nearest-to-zenith rule, the widget."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import numpy as np
import pytest

from aurora_widgets.data.errors import InputError
from aurora_widgets.data.geometry import distance_km
from aurora_widgets.data.neighbours import (
    bin_factor,
    bin_frames,
    first_file_per_site,
    nearest_indices,
    neighbour_sites,
    site_of_raw_file,
)
from aurora_widgets.data.projection import Projection, mosaic
from aurora_widgets.widgets._neighbours import neighbour_payload
from aurora_widgets.widgets._serialize import dequantize
from aurora_widgets.widgets._skymap_panels import unpack

OBS = [
    {"uid": "gill", "full_name": "Gillam", "geodetic_latitude": 56.376, "geodetic_longitude": -94.64},
    {"uid": "rank", "full_name": "Rankin Inlet", "geodetic_latitude": 62.82, "geodetic_longitude": -92.11},
    {"uid": "atha", "full_name": "Athabasca", "geodetic_latitude": 54.71, "geodetic_longitude": -113.28},
    {"uid": "resu", "full_name": "Resolute Bay", "geodetic_latitude": 74.7, "geodetic_longitude": -94.83},
    {"uid": "lyrn", "full_name": "Longyearbyen", "geodetic_latitude": 78.15, "geodetic_longitude": 16.04},
]


# --------------------------------------------------------------------------- discovery
def test_distance_is_symmetric_and_about_111_km_per_degree_of_latitude():
    assert distance_km(50, -100, 51, -100) == pytest.approx(111.2, abs=0.1)
    assert distance_km(56.376, -94.64, 74.7, -94.83) == pytest.approx(distance_km(74.7, -94.83, 56.376, -94.64))
    assert distance_km(60, 179.5, 60, -179.5) == pytest.approx(distance_km(60, 0, 60, 1.0))


def test_neighbour_sites_keep_those_within_the_radius_nearest_first_without_the_site():
    near = neighbour_sites(OBS, "GILL", 1500)
    assert [s.uid for s in near] == ["rank", "atha"]
    assert near[0].distance_km < near[1].distance_km <= 1500
    assert [s.uid for s in neighbour_sites(OBS, "gill", 2100)] == ["rank", "atha", "resu"]
    assert neighbour_sites(OBS, "gill", 0) == []


def test_neighbour_sites_of_an_unlisted_site_need_a_centre():
    with pytest.raises(InputError, match="centre"):
        neighbour_sites(OBS, "nope", 1500)
    assert [s.uid for s in neighbour_sites(OBS, "nope", 800, centre=(56.4, -94.6))] == ["gill", "rank"]
    with pytest.raises(InputError):
        neighbour_sites(OBS, "gill", -1)


def test_one_listing_gives_the_first_file_of_each_site():
    urls = [
        "h/REGO/stream0/2021/11/04/resu_rego-655/ut06/20211104_0600_resu_rego-655_6300.pgm.gz",
        "h/REGO/stream0/2021/11/04/gill_rego-654/ut06/20211104_0600_gill_rego-654_6300.pgm.gz",
        "h/REGO/stream0/2021/11/04/resu_rego-655/ut05/20211104_0559_resu_rego-655_6300.pgm.gz",
        "h/REGO/skymap/resu/rego_skymap_resu_20140929-+_v01.sav",
    ]
    assert site_of_raw_file(urls[0]) == "resu" and site_of_raw_file(urls[3]) is None
    files = first_file_per_site(urls)
    assert sorted(files) == ["gill", "resu"]
    assert files["resu"].endswith("20211104_0559_resu_rego-655_6300.pgm.gz")


def test_frames_are_matched_by_nearest_timestamp():
    main = [dt.datetime(2021, 11, 4, 6, 0, s) for s in (0, 3, 6, 9)]
    other = [dt.datetime(2021, 11, 4, 6, 0, s) for s in (1, 7)]
    assert nearest_indices(main, other).tolist() == [0, 0, 1, 1]
    with pytest.raises(InputError):
        nearest_indices(main, [])


# --------------------------------------------------------------------------- payload
def test_binning_keeps_the_block_means():
    frames = np.arange(6 * 6 * 2, dtype=np.uint16).reshape(6, 6, 2)
    assert bin_factor((512, 512)) == 2 and bin_factor((256, 256)) == 1 and bin_factor((600, 100)) == 3
    binned = bin_frames(frames, 3)
    assert binned.shape == (2, 2, 2)
    assert binned[1, 0, 1] == pytest.approx(frames[3:6, 0:3, 1].mean())
    assert bin_frames(frames, 1) is not None and bin_frames(frames, 1).shape == (6, 6, 2)


def _synthetic_skymap(h: int, w: int) -> SimpleNamespace:
    rows, cols = np.mgrid[0:h, 0:w]
    r = np.hypot(rows - (h - 1) / 2, cols - (w - 1) / 2) / (min(h, w) / 2)
    el = np.where(r <= 1, 90.0 * (1 - r), np.nan)
    az = np.degrees(np.arctan2(cols - (w - 1) / 2, rows - (h - 1) / 2)) % 360
    return SimpleNamespace(full_elevation=el, full_azimuth=az, filename="/x/rego_skymap_resu_20140929-+_v01.sav")


def test_neighbour_payload_is_binned_one_byte_frames_with_elevation_and_azimuth():
    h = w = 512
    sm = _synthetic_skymap(h, w)
    frames = np.random.default_rng(1).integers(100, 4000, size=(h, w, 3)).astype(np.uint16)
    stamps = [dt.datetime(2021, 11, 4, 6, 0, 3 * k) for k in range(3)]
    site = {"site_uid": "resu", "latitude": 74.7, "longitude": -94.83}
    p = neighbour_payload(site, frames, stamps, sm)
    assert p["factor"] == 2 and p["filename"] == "rego_skymap_resu_20140929-+_v01.sav"
    assert p["frames"]["shape"] == [3, 256, 256]
    assert p["frames"]["nbytes"] == 3 * 256 * 256  # one byte per binned pixel
    assert p["frames"]["timestamps"][1] == "2021-11-04T06:00:03"
    el = dequantize(unpack(p["elevation"]))
    assert el.shape == (256, 256)
    centre = sm.full_elevation[129, 129]  # binned pixel (64, 64) is sampled at its block centre
    assert el[64, 64] == pytest.approx(centre, abs=90 / 254)
    assert np.isnan(el[0, 0])
    with pytest.raises(InputError, match="do not fit"):
        neighbour_payload(site, frames[:256], stamps, sm)


# --------------------------------------------------------------------------- nearest-to-zenith
def _projection(site: str, lat0: float, elevations: list[float], values: list[float]) -> Projection:
    """K one-degree quads side by side along longitude -100..-100+K at latitude lat0."""
    k = len(elevations)
    lon = np.array([[-100.0 + i, -99.0 + i, -99.0 + i, -100.0 + i] for i in range(k)]).T
    lat = np.array([[lat0, lat0, lat0 + 1, lat0 + 1]] * k, dtype=float).T
    return Projection(lat=lat, lon=lon, values=np.asarray(values, float), pixel_index=np.arange(k),
                      elevation=np.asarray(elevations, float), mask=None, altitude_km=110.0,
                      min_elevation=10.0, site_uid=site)


def test_in_overlaps_the_pixel_nearest_its_own_zenith_ends_on_top():
    # Two imagers see the same 3 quads; A is high over the first, B over the last.
    a = _projection("gill", 60.0, [80.0, 45.0, 15.0], [1.0, 2.0, 3.0])
    b = _projection("resu", 60.0, [12.0, 50.0, 85.0], [10.0, 20.0, 30.0])
    m = mosaic([a, b])
    assert m.site_uid == ["gill", "resu"]
    assert np.all(np.diff(m.elevation) >= 0)
    painted: dict[tuple, tuple[str, float]] = {}
    for q in range(m.count):  # paint in order, as a canvas does: the last quad drawn wins
        key = (tuple(m.lat[:, q]), tuple(m.lon[:, q]))
        painted[key] = (m.site_uid[m.source[q]], float(m.values[q]))
    winners = [painted[(tuple(a.lat[:, i]), tuple(a.lon[:, i]))] for i in range(3)]
    assert winners == [("gill", 1.0), ("resu", 20.0), ("resu", 30.0)]


# --------------------------------------------------------------------------- the widget
@pytest.fixture
def client(api_url, download_dir):
    from aurora_widgets.data import Client

    return Client(api_url=api_url, download_dir=download_dir)


@pytest.fixture
def rego_gill(client):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    b = SkymapBrowser("REGO_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    assert b.status == "ready", b.message
    if b.frames_status != "ready":
        pytest.skip(f"the sample archive has no REGO gill frames at 06:00: {b.frames_message}")
    return b


MINUTE = dt.datetime(2021, 11, 4, 6, 0)


def _listed_sites(client) -> set[str]:
    """The REGO sites whose 06:00 file the archive lists (every dark site with a camera that night)."""
    listing = client.get_urls("REGO_RAW", MINUTE, MINUTE + dt.timedelta(seconds=59))
    return {site_of_raw_file(u) for u in listing.urls} - {None}


def _count_calls(monkeypatch, client, names):
    calls: list[tuple] = []
    for name in names:
        original = getattr(client, name)

        def wrapped(*args, _name=name, _original=original, **kwargs):
            calls.append((_name, args, kwargs))
            return _original(*args, **kwargs)

        monkeypatch.setattr(client, name, wrapped)
    return calls


def test_off_by_default_and_selection_makes_no_neighbour_request(client, monkeypatch):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    calls = _count_calls(monkeypatch, client, ["list_observatories", "download_best_skymap"])
    b = SkymapBrowser("REGO_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    assert b.show_neighbours is False and b.neighbours_status == "off"
    others = [c for c in calls if c[0] == "list_observatories" or c[1][1] != "gill"]  # gill's own skymap aside
    assert b.neighbours == [] and b.neighbour_data == [] and others == []


def test_rank_and_resu_are_neighbours_of_gill_with_frames_and_the_others_have_no_data(rego_gill, client,
                                                                                    monkeypatch):
    listed = _listed_sites(client)
    calls = _count_calls(monkeypatch, client, ["list_observatories", "get_urls", "download_best_skymap"])
    rego_gill.neighbour_radius_km = 2500  # resu is ~2040 km from gill, rank ~730 km
    rego_gill.show_neighbours = True
    rego_gill.wait()
    assert rego_gill.neighbours_status == "ready", rego_gill.neighbours_message
    rows = {r["site_uid"]: r for r in rego_gill.neighbours}
    assert "gill" not in rows and "resu" in rows and "rank" in rows
    assert rows["resu"]["status"] == "ready"
    assert rows["resu"]["skymap"] == "rego_skymap_resu_20140929-+_v01.sav"
    assert rows["resu"]["frames"] == 20
    assert rows["rank"]["status"] == "ready" and rows["rank"]["frames"] == 20
    assert rows["rank"]["skymap"] == "rego_skymap_rank_20141006-+_v01.sav"
    with_frames = {uid for uid, r in rows.items() if r["status"] == "ready"}
    assert with_frames == listed & set(rows)  # exactly the sites the archive has that minute for
    assert all(r["status"] == "no data" for uid, r in rows.items() if uid not in with_frames)
    nearest_first = sorted(with_frames, key=lambda uid: rows[uid]["distance_km"])
    assert [d["distance_km"] for d in rego_gill.neighbours] == sorted(d["distance_km"] for d in rego_gill.neighbours)
    # one raw listing of the minute for every site (no site filter), one best skymap per site with a file
    raw_listings = [c for c in calls if c[0] == "get_urls" and c[1][0] == "REGO_RAW"]
    assert len(raw_listings) == 1 and raw_listings[0][2].get("site_uid") is None
    assert sorted(c[1][1] for c in calls if c[0] == "download_best_skymap") == sorted(with_frames)
    # payload: one per site with frames (nearest first), binned frames, resu's grid at the altitude around resu
    assert [d["site"]["site_uid"] for d in rego_gill.neighbour_data] == nearest_first
    data = rego_gill.neighbour_data[nearest_first.index("resu")]
    assert data["frames"]["shape"] == [20, 256, 256]
    grid = rego_gill.neighbour_grids["resu"]
    assert grid["image_shape"] == [256, 256] and grid["altitude_km"] == 110.0
    gh, gw = grid["shape"]
    lat = np.frombuffer(bytes(grid["lat"]["view"]), np.float32).reshape(gh, gw)
    assert np.nanmean(lat) == pytest.approx(74.7, abs=3)


def test_default_radius_leaves_resu_out_without_an_error(rego_gill):
    rego_gill.show_neighbours = True
    rego_gill.wait()
    assert rego_gill.neighbours_status == "ready"
    assert "resu" not in [r["site_uid"] for r in rego_gill.neighbours]
    sites = [d["site"]["site_uid"] for d in rego_gill.neighbour_data]
    assert "rank" in sites and "resu" not in sites  # rank 730 km: within 1500; resu ~2040 km: out
    assert rego_gill.status == "ready"


def test_off_clears_on_again_reuses_and_altitude_moves_the_grid(rego_gill, client, monkeypatch):
    rego_gill.neighbour_radius_km = 2500
    rego_gill.show_neighbours = True
    rego_gill.wait()
    first = bytes(rego_gill.neighbour_grids["resu"]["lat"]["view"])
    rego_gill.show_neighbours = False
    assert rego_gill.neighbours == [] and rego_gill.neighbour_data == [] and rego_gill.neighbour_grids == {}
    assert rego_gill.neighbours_status == "off" and rego_gill.neighbour_list == []
    calls = _count_calls(monkeypatch, client, ["list_observatories", "get_urls", "download_best_skymap"])
    rego_gill.show_neighbours = True
    rego_gill.wait()
    sites = [d["site"]["site_uid"] for d in rego_gill.neighbour_data]
    assert calls == [] and {"rank", "resu"} <= set(sites)
    rego_gill.altitude_km = 200
    rego_gill.wait()
    grid = rego_gill.neighbour_grids["resu"]
    assert grid["altitude_km"] == 200.0 and bytes(grid["lat"]["view"]) != first


def test_python_mosaic_puts_the_higher_elevation_pixel_last(rego_gill):
    rego_gill.neighbour_radius_km = 2500
    rego_gill.show_neighbours = True
    rego_gill.wait()
    m = rego_gill.neighbour_mosaic()
    assert m.site_uid[0] == "gill" and {"rank", "resu"} <= set(m.site_uid)
    assert set(np.unique(m.source).tolist()) == set(range(len(m.site_uid)))
    assert np.all(np.diff(m.elevation) >= 0) and np.all(m.elevation > rego_gill.min_elevation)
    resu = next(n for n in rego_gill.neighbour_list if n.site_uid == "resu")
    assert resu.frames.shape[2] == 20 and len(resu.timestamps) == 20


def test_rank_overlaps_gill_at_110_km_and_there_the_pixel_nearer_its_own_zenith_wins(rego_gill):
    """REGO rank (~730 km north of gill) shares gill's 06:00 minute: a real overlap for the mosaic rule."""
    rego_gill.neighbour_radius_km = 800  # rank (~730 km) in; every other REGO site farther out
    rego_gill.show_neighbours = True
    rego_gill.wait()
    assert rego_gill.neighbours_status == "ready", rego_gill.neighbours_message
    rank = next(n for n in rego_gill.neighbour_list if n.site_uid == "rank")
    assert rank.status == "ready", rank.note
    assert rego_gill.altitude_km == 110
    m = rego_gill.neighbour_mosaic()
    assert m.site_uid == ["gill", "rank"] and m.altitude_km == 110
    # Paint the quads in draw order onto a 0.1 x 0.2 degree grid, by quad centre: the last one drawn wins
    # a cell, as on the canvas.
    lat_c = m.lat.mean(axis=0)
    lon_c = np.mod(m.lon, 360.0).mean(axis=0)  # all near 265 E: no wrap inside a quad
    cell = np.floor(lat_c / 0.1).astype(np.int64) * 100_000 + np.floor(lon_c / 0.2).astype(np.int64)
    cells, last = np.unique(cell[::-1], return_index=True)
    winner = m.source[::-1][last]
    covered = [set(np.unique(cell[m.source == i]).tolist()) for i in (0, 1)]
    both = np.isin(cells, sorted(covered[0] & covered[1]))
    # the two fields of view really overlap (~1,300 cells of ~110 km2 expected above 10 deg elevation)
    assert both.sum() > 500, both.sum()
    # in the overlap, the site nearer the cell (so seeing it nearer its own zenith) wins; cells within
    # 40 km of the equidistant line are left out (a cell is ~15 km across)
    lat_cell = (cells // 100_000 + 0.5) * 0.1
    lon_cell = (cells % 100_000 + 0.5) * 0.2
    d_gill = np.array([distance_km(a, b, 56.376, -94.64) for a, b in zip(lat_cell, lon_cell, strict=True)])
    d_rank = np.array([distance_km(a, b, 62.82, -92.11) for a, b in zip(lat_cell, lon_cell, strict=True)])
    clear = both & (np.abs(d_gill - d_rank) > 40.0)
    nearer = np.where(d_gill < d_rank, 0, 1)
    assert np.array_equal(winner[clear], nearer[clear]), (winner[clear] != nearer[clear]).sum()
    # ... so some of the overlap is gill's and some rank's, and outside it each site keeps its own pixels
    assert (winner[clear] == 0).sum() > 100 and (winner[clear] == 1).sum() > 100
    assert set(winner[~both].tolist()) == {0, 1}
