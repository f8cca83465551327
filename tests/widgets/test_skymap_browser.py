"""SkymapBrowser without a browser: choosing, panels, compare, altitude, frames, errors, payloads."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.widgets._serialize import LEVELS, dequantize, quantize
from aurora_widgets.widgets._skymap_panels import (
    difference_panels,
    frames_payload,
    map_grid,
    pack,
    pixel_centres,
    unpack,
    wrap180,
)

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"
GILL_2022 = "themis_skymap_gill_20220301-+_v02.sav"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def step(panel: dict) -> float:
    return (panel["vmax"] - panel["vmin"]) / LEVELS


# --------------------------------------------------------------------------- pure helpers
def test_pixel_centres_average_longitude_across_the_seam():
    lat = np.array([[10.0, 10.0], [12.0, 12.0]])
    lon = np.array([[359.5, 0.5], [359.5, 0.5]])
    clat, clon = pixel_centres(lat, lon)
    assert clat[0, 0] == pytest.approx(11.0)
    assert clon[0, 0] == pytest.approx(0.0, abs=1e-5) or clon[0, 0] == pytest.approx(360.0, abs=1e-5)


def test_pack_roundtrip_and_compresses_smooth_panels():
    values = np.add.outer(np.arange(256.0), np.arange(256.0))
    panel = quantize(values)
    packed = pack(panel)
    assert packed["encoding"] == "deflate"
    assert len(packed["data"]) < packed["nbytes"] == 256 * 256
    assert bytes(unpack(packed)["data"]) == bytes(panel["data"])


def test_difference_panels_wrap_azimuth_and_report_max():
    el = np.full((2, 2), 45.0)
    az_a = np.array([[359.0, 10.0], [20.0, 30.0]])
    az_b = np.array([[1.0, 10.0], [20.0, 30.0]])
    lat = np.zeros((3, 3))
    lon = np.full((3, 3), 250.0)
    panels, stats = difference_panels((el, az_a, lat, lon), (el, az_b, lat, lon))
    assert stats["azimuth"] == pytest.approx(2.0)  # 359 - 1 wraps to -2, not 358
    decoded = dequantize(unpack(panels["azimuth"]))
    assert decoded[0, 0] == pytest.approx(-2.0, abs=step(panels["azimuth"]))
    assert stats["elevation"] == 0.0


def test_difference_panels_refuse_different_sizes():
    a = (np.zeros((2, 2)), None, np.zeros((3, 3)), np.zeros((3, 3)))
    b = (np.zeros((3, 3)), None, np.zeros((4, 4)), np.zeros((4, 4)))
    with pytest.raises(ValueError, match="different sizes"):
        difference_panels(a, b)


def test_map_grid_keeps_the_last_corner_and_wraps_longitude():
    lat = np.arange(300 * 300, dtype=float).reshape(300, 300)
    lon = np.full((300, 300), 265.0)
    grid = map_grid(lat, lon, 110.0)
    gh, gw = grid["shape"]
    assert grid["rows"][-1] == 299 and grid["cols"][-1] == 299
    assert max(gh, gw) <= 129
    sub = np.frombuffer(bytes(grid["lat"]["view"]), np.float32).reshape(gh, gw)
    assert sub[-1, -1] == lat[299, 299]
    assert np.frombuffer(bytes(grid["lon"]["view"]), np.float32)[0] == pytest.approx(-95.0)
    assert grid["image_shape"] == [299, 299]


def test_frames_payload_is_one_byte_per_pixel_frame_major():
    frames = np.zeros((4, 5, 3), np.uint16)
    frames[:, :, 1] = 1000
    payload = frames_payload(frames, ["t0", "t1", "t2"])
    assert payload["shape"] == [3, 4, 5]
    codes = np.frombuffer(bytes(unpack(payload)["data"]), np.uint8).reshape(3, 4, 5)
    assert payload["nbytes"] == 3 * 4 * 5
    assert codes[1].min() > codes[0].max()


def test_wrap180():
    assert wrap180(np.array([180.0, 540.0, -181.0])).tolist() == [-180.0, -180.0, 179.0]


# --------------------------------------------------------------------------- against the archive
@pytest.fixture
def client(api_url, download_dir):
    from aurora_widgets.data import Client

    return Client(api_url=api_url, download_dir=download_dir)


@pytest.fixture
def gill(client):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser(site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    assert browser.status == "ready", browser.message
    return browser


def test_chooses_the_best_gill_skymap(gill):
    assert gill.selected == GILL_2021
    assert gill.skymap.site_uid == "gill"
    assert Path(gill.selected_path).name == GILL_2021
    names = [c["filename"] for c in gill.candidates]
    assert GILL_2021 in names and GILL_2022 in names
    best = [c["filename"] for c in gill.candidates if c["is_best"]]
    assert best == [GILL_2021]
    assert all(isinstance(c["valid_from"], str) for c in gill.candidates)
    assert gill.site_info["site_uid"] == "gill"


def test_panels_are_one_byte_per_pixel_and_decode_to_the_skymap(gill):
    from aurora_widgets.data import skymap_at_altitude

    sm = gill.skymap
    h, w = sm.full_elevation.shape
    lat_c, lon_c = pixel_centres(*skymap_at_altitude(sm, 110.0))
    expected = {
        "elevation": sm.full_elevation,
        "azimuth": sm.full_azimuth,
        "latitude": lat_c,
        "longitude": wrap180(lon_c),  # the one convention: degrees east in [-180, 180)
    }
    for name, values in expected.items():
        raw = unpack(gill.panels[name])
        codes = np.frombuffer(bytes(raw["data"]), np.uint8)
        assert codes.size == h * w == raw["nbytes"], name
        assert raw["shape"] == [h, w]
        decoded = dequantize(raw)
        finite = np.isfinite(values)
        assert np.isfinite(decoded[finite]).all(), name
        if name in ("latitude", "longitude"):  # their range is the shown pixels' (above min_elevation)
            with np.errstate(invalid="ignore"):
                finite &= sm.full_elevation >= gill.min_elevation
        err = np.abs(decoded[finite] - values[finite])
        assert err.max() <= step(raw) / 2 + 1e-4, (name, err.max())


def test_selecting_the_2022_skymap_changes_it(gill):
    first = gill.skymap
    before = bytes(gill.panels["elevation"]["data"])
    gill.select(GILL_2022).wait()
    assert gill.status == "ready", gill.message
    assert gill.selected == GILL_2022
    assert gill.skymap is not first
    assert Path(gill.skymap.filename).name == GILL_2022
    assert gill.site_info["filename"] == GILL_2022
    assert bytes(gill.panels["elevation"]["data"]) != before


def test_select_rejects_unknown_names(gill):
    from aurora_widgets.data import InputError

    with pytest.raises(InputError, match="not a skymap of 'gill'"):
        gill.select("themis_skymap_gill_19990101-+_v01.sav")


def test_altitude_130_lies_between_110_and_150(gill):
    from aurora_widgets.data import skymap_at_altitude

    sm = gill.skymap
    lat110, _ = pixel_centres(*skymap_at_altitude(sm, 110.0))
    lat150, _ = pixel_centres(*skymap_at_altitude(sm, 150.0))
    gill.altitude_km = 130
    panel = unpack(gill.panels["latitude"])
    lat130 = dequantize(panel)
    with np.errstate(invalid="ignore"):  # the shown pixels: lat/lon take their range from them
        shown = sm.full_elevation >= gill.min_elevation
    ok = np.isfinite(lat110) & np.isfinite(lat150) & np.isfinite(lat130) & shown
    lo, hi = np.minimum(lat110, lat150), np.maximum(lat110, lat150)
    tol = step(panel)
    assert ok.sum() > 1000
    assert (lat130[ok] >= lo[ok] - tol).all() and (lat130[ok] <= hi[ok] + tol).all()
    moved = np.abs(lat150 - lat110)[ok] > 3 * tol
    assert moved.any()  # the check above is not vacuous
    assert gill.map_grid["altitude_km"] == 130.0


def test_altitude_out_of_range_is_clamped(gill):
    gill.altitude_km = 400
    assert gill.altitude_km == 250.0


def test_compare_mode_differences_and_stats(gill):
    gill.compare_with(GILL_2022).wait()
    assert gill.status == "ready", gill.message
    a, b = gill.skymap, gill.compare_skymap
    assert Path(b.filename).name == GILL_2022
    delta = np.abs(a.full_elevation - b.full_elevation)
    assert gill.diff_stats["elevation"] == pytest.approx(float(np.nanmax(delta)), rel=1e-5)
    for name in ("elevation", "azimuth", "latitude", "longitude"):
        panel = unpack(gill.diff_panels[name])
        assert panel["vmin"] == -panel["vmax"]  # symmetric, for a diverging colormap
        assert len(panel["data"]) == a.full_elevation.size
    assert gill.compare_grid["shape"] == gill.map_grid["shape"]
    gill.compare_with(None)
    assert gill.diff_panels == {} and gill.compare_grid == {}


def test_hover_command_answers_exact_values(gill, monkeypatch):
    """The hover is anywidget's command mechanism: {kind: anywidget-command, id, name, msg} -> response."""
    sent = []
    monkeypatch.setattr(gill, "send", lambda content, buffers=None: sent.append(content))

    def ask(row, col, ident):
        gill._handle_custom_msg({"kind": "anywidget-command", "id": ident, "name": "_exact_at",
                                 "msg": {"row": row, "col": col}}, [])
        return sent[-1]

    answer = ask(128, 100, "a")
    assert answer["kind"] == "anywidget-command-response" and answer["id"] == "a"
    assert answer["response"]["elevation"] == pytest.approx(float(gill.skymap.full_elevation[128, 100]))
    assert answer["response"]["azimuth"] == pytest.approx(float(gill.skymap.full_azimuth[128, 100]))
    # an out-of-range pixel answers an error, never raised into the comm
    bad = ask(9999, 0, "b")
    assert bad["id"] == "b" and "outside" in bad["response"]["error"]


def test_frames_of_the_minute_go_out_as_one_byte_per_pixel(gill):
    gill.wait()
    assert gill.frames_status in ("ready", "none"), gill.frames_message
    if gill.frames_status == "none":
        assert "field of view" in gill.frames_message
        assert gill.projection is None
        return
    n, h, w = gill.frames["shape"]
    assert (h, w) == gill.skymap.full_elevation.shape
    assert gill.frames["nbytes"] == n * h * w
    assert len(gill.frames["timestamps"]) == n
    assert gill.frame_data.shape == (h, w, n)
    gill.frame_index = min(1, n - 1)
    assert gill.projection is not None
    assert gill.projection is gill.projection  # cached until something changes


def test_bad_site_shows_a_helpful_error(client):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser(site_uid="zzzz", date="2021-11-04", client=client).wait()
    assert browser.status == "error"
    assert "zzzz" in browser.message and "site" in browser.message
    assert "Traceback" not in browser.message
    assert browser.skymap is None


def test_unreachable_api_is_an_inline_error(tmp_path):
    from aurora_widgets.data import Client
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    client = Client(api_url="http://127.0.0.1:9", download_dir=tmp_path)
    browser = SkymapBrowser(site_uid="gill", date="2021-11-04", client=client).wait()
    assert browser.status == "error" and browser.message


def test_changing_the_date_reloads_and_picks_the_newer_skymap(gill):
    gill.date = "2022-06-01"
    gill.wait()
    assert gill.status == "ready", gill.message
    assert gill.selected == GILL_2022
    assert [c["filename"] for c in gill.candidates if c["is_best"]] == [GILL_2022]


def test_retry_message_reloads(client):
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    browser = SkymapBrowser(site_uid="zzzz", date="2021-11-04", client=client).wait()
    assert browser.status == "error"
    browser.site_uid = "gill"
    browser.wait()
    assert browser.selected == GILL_2021
    browser._handle_message(browser, {"type": "retry"}, [])
    browser.wait()
    assert browser.status == "ready" and browser.selected == GILL_2021


def test_payload_sizes_are_measured(gill):
    """Record wire sizes for the report; assert only one byte per pixel before compression."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sm = gill.skymap
    h, w = sm.full_elevation.shape
    sizes = {name: len(p["data"]) for name, p in gill.panels.items()}
    for name, p in gill.panels.items():
        assert p["nbytes"] == h * w, name
        assert len(zlib.decompress(bytes(p["data"]))) == h * w if p["encoding"] == "deflate" else True
    fig, axes = plt.subplots(1, 4, figsize=(4 * w / 100, h / 100))
    for ax, name in zip(axes, ("elevation", "azimuth", "latitude", "longitude"), strict=True):
        ax.imshow(dequantize(unpack(gill.panels[name])), origin="lower")
        ax.axis("off")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    grid = gill.map_grid
    report = {
        "panels_wire_bytes": sizes,
        "panels_wire_total": sum(sizes.values()),
        "panels_raw_total": 4 * h * w,
        "matplotlib_png_4_panels_100dpi": len(buf.getvalue()),
        "map_grid_bytes": len(grid["lat"]["view"]) + len(grid["lon"]["view"]),
        "frames_wire_bytes": len(gill.frames["data"]) if gill.frames else 0,
        "frames_raw_bytes": gill.frames.get("nbytes", 0) if gill.frames else 0,
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "skymap_browser_payload.json").write_text(json.dumps(report, indent=2))
    print(report)


# --------------------------------------------------------------------------- selection: batching, caches
def test_pack_digest_follows_the_bytes():
    a = pack(quantize(np.add.outer(np.arange(64.0), np.arange(64.0))))
    b = pack(quantize(np.add.outer(np.arange(64.0), np.arange(64.0))))
    c = pack(quantize(np.add.outer(np.arange(64.0), 2 * np.arange(64.0))))
    assert a["digest"] == b["digest"]
    assert a["digest"] != c["digest"]


def test_pixel_centres_match_the_plain_formula():
    rng = np.random.default_rng(3)
    lat = rng.uniform(40, 70, (9, 11))
    lon = (rng.uniform(-3, 3, (9, 11)) + np.linspace(350, 370, 11)) % 360.0
    lat[2, 3] = np.nan
    clat, clon = pixel_centres(lat, lon)
    want_lat = (lat[:-1, :-1] + lat[1:, :-1] + lat[:-1, 1:] + lat[1:, 1:]) / 4.0
    ref = lon[:-1, :-1]
    parts = [wrap180(p - ref) for p in (lon[1:, :-1], lon[:-1, 1:], lon[1:, 1:])]
    want_lon = (ref + (parts[0] + parts[1] + parts[2]) / 4.0) % 360.0
    np.testing.assert_array_equal(clat, want_lat.astype(np.float32))
    np.testing.assert_array_equal(clon, want_lon.astype(np.float32))
    assert np.isnan(clat[1:3, 2:4]).all() and np.isfinite(clat).sum() == clat.size - 4


def test_map_grid_fit_points_lie_in_the_elevation_band(gill):
    from aurora_widgets.data import skymap_at_altitude

    sm = gill.skymap
    lat, lon = skymap_at_altitude(sm, 110.0)
    grid = map_grid(lat, lon, 110.0, elevation=sm.full_elevation, centres=pixel_centres(lat, lon))
    clat, clon = pixel_centres(lat, lon)
    band = (sm.full_elevation >= 8.0) & (sm.full_elevation < 11.0) & np.isfinite(clat)
    assert 3 <= len(grid["fit"]) <= 90
    pairs = zip(wrap180(clon[band]), clat[band], strict=True)
    ok = {(round(float(a), 4), round(float(b), 4)) for a, b in pairs}
    assert all((round(x, 4), round(y, 4)) in ok for x, y in grid["fit"])


@pytest.fixture
def sent(gill):
    """Update messages the widget sends from now on: a list of (trait names, buffer bytes)."""
    out: list[tuple[set[str], int]] = []
    original = gill._send

    def _send(msg, buffers=None):
        if msg.get("method") == "update":
            out.append((set(msg["state"]), sum(memoryview(b).nbytes for b in buffers or [])))
        original(msg, buffers=buffers)

    gill._send = _send
    return out


def test_a_date_change_sends_the_panels_in_one_message_before_the_map_grid(gill, sent):
    gill.date = "2022-06-01"
    gill.wait()
    assert gill.selected == GILL_2022
    # first the old selection's pictures go, in the message that says "loading" (never two selections
    # on screen), then the new panels, then the map grid
    cleared = next(i for i, (keys, _) in enumerate(sent) if "payload_key" in keys)
    assert {"panels", "map_grid", "candidates", "frames", "status"} <= sent[cleared][0]
    panels_at = [i for i, (keys, _) in enumerate(sent) if "panels" in keys and i != cleared]
    grid_at = [i for i, (keys, _) in enumerate(sent) if "map_grid" in keys and i != cleared]
    assert len(panels_at) == 1 and len(grid_at) == 1
    keys = sent[panels_at[0]][0]
    assert {"panels", "site_info", "candidates", "selected", "status"} <= keys
    assert "map_grid" not in keys and "frames" not in keys  # the map's part comes after
    assert grid_at[0] == panels_at[0] + 1
    # up to the map grid (the frames come later from their own thread), no trait went out twice
    # (status and message do: "loading", then "ready")
    names = [k for keys, _ in sent[cleared + 1 : grid_at[0] + 1] for k in keys if k not in ("status", "message")]
    assert len(names) == len(set(names)), names
    assert len(sent[: grid_at[0] + 1]) <= 4  # date, loading status (old pictures cleared), panels, map grid


def test_a_date_change_reuses_the_clients_listing_and_another_site_lists(gill, monkeypatch):
    calls: list[str] = []
    original = gill.client.get_urls

    def counting(dataset, *args, **kwargs):
        calls.append(dataset)
        return original(dataset, *args, **kwargs)

    monkeypatch.setattr(gill.client, "get_urls", counting)
    gill.date = "2022-06-01"
    gill.wait()
    gill.date = "2021-11-04"
    gill.wait()
    assert gill.selected == GILL_2021
    assert "THEMIS_ASI_SKYMAP_IDLSAV" not in calls  # both dates chosen from the client's listing
    gill.site_uid = "zzzz"  # another site always lists
    gill.wait()
    assert calls.count("THEMIS_ASI_SKYMAP_IDLSAV") == 1


def test_payloads_are_cached_per_skymap_and_altitude(gill, sent):
    panels_110, grid_110 = gill.panels, gill.map_grid
    gill.altitude_km = 150
    assert gill.panels is not panels_110 and gill.map_grid["altitude_km"] == 150.0
    # elevation and azimuth do not depend on the altitude: the same panel objects go out again
    assert gill.panels["elevation"] is panels_110["elevation"]
    assert gill.panels["azimuth"] is panels_110["azimuth"]
    assert gill.panels["latitude"]["digest"] != panels_110["latitude"]["digest"]
    gill.altitude_km = 110
    assert gill.panels is panels_110 and gill.map_grid is grid_110
    # the same skymap chosen again: nothing about its panels or grid is sent
    sent.clear()
    gill.select(GILL_2021).wait()
    assert not [keys for keys, _ in sent if keys & {"panels", "map_grid", "site_info"}]
    assert gill.status == "ready"


# --------------------------------------------------------------------------- neighbour radius
def test_neighbour_radius_is_kept_within_its_bounds_and_nan_is_refused(gill):
    from aurora_widgets.data.errors import InputError
    from aurora_widgets.widgets.skymap_browser import MAX_NEIGHBOUR_RADIUS_KM

    gill.neighbour_radius_km = 2500
    assert gill.neighbour_radius_km == 2500.0
    gill.neighbour_radius_km = 1e6
    assert gill.neighbour_radius_km == MAX_NEIGHBOUR_RADIUS_KM
    gill.neighbour_radius_km = -5
    assert gill.neighbour_radius_km == 0.0
    with pytest.raises(InputError, match="neighbour_radius_km"):
        gill.neighbour_radius_km = float("nan")
    assert gill.neighbour_radius_km == 0.0


def test_changing_the_radius_while_neighbours_are_shown_loads_them_again(client):
    """resu is ~2040 km from gill: out at the default 1500 km, in at 2500 km, out again at 1500 km."""
    from aurora_widgets.widgets.skymap_browser import SkymapBrowser

    b = SkymapBrowser("REGO_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04T06:00", client=client).wait()
    if b.frames_status != "ready":
        pytest.skip(f"the sample archive has no REGO gill frames at 06:00: {b.frames_message}")

    def shown() -> set[str]:
        b.wait()
        assert b.neighbours_status == "ready", b.neighbours_message
        return {d["site"]["site_uid"] for d in b.neighbour_data}

    b.show_neighbours = True
    assert "resu" not in shown()
    b.neighbour_radius_km = 2500
    assert "resu" in shown() and "2500 km" in b.neighbours_message
    b.neighbour_radius_km = 1500
    assert "resu" not in shown() and "1500 km" in b.neighbours_message
