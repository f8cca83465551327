"""The frame view's payload: frame bytes, star markers, fit summary and contour buffers."""

from __future__ import annotations

import json

import numpy as np
import pytest
from starsky import NIGHT, camera, render_frame, skymap_from_camera

from aurora_widgets.data.contours import Contour
from aurora_widgets.data.errors import InputError
from aurora_widgets.data.frameview import contour_buffers, frame_bytes, frame_view_payload


@pytest.fixture(scope="module")
def payload():
    cam = camera(256, rotation_deg=3.0)
    return cam, frame_view_payload(render_frame(cam), skymap_from_camera(cam), NIGHT, altitude_km=110.0)


def _json_part(p: dict) -> dict:
    out = {k: v for k, v in p.items() if k not in ("frame", "contours")}
    out["frame"] = {k: v for k, v in p["frame"].items() if k != "data"}
    out["contours"] = {"lines": p["contours"]["lines"]}
    return out


def test_payload_parts_and_json(payload) -> None:
    _, p = payload
    assert p["shape"] == [256, 256]
    text = json.dumps(_json_part(p))  # everything but the two buffers is plain JSON, no NaN
    assert "NaN" not in text
    assert p["fit"]["ok"] and p["fit"]["median_px"] < 0.2 and "median" in p["fit"]["summary"]
    assert p["when"].startswith("2021-03-08T06:00:00")


def test_frame_bytes_stretch_and_circle(payload) -> None:
    cam, p = payload
    codes = np.frombuffer(p["frame"]["data"], dtype=np.uint8).reshape(256, 256)
    el, _ = cam.elevation_azimuth()
    with np.errstate(invalid="ignore"):
        up = el >= 0.0
    assert (codes[~up] == 0).all()  # outside the image circle or below the horizon: no data
    inside = codes[up]
    assert inside.min() >= 1 and inside.max() == 255
    assert p["frame"]["vmin"] < p["frame"]["vmax"]
    out = frame_bytes(np.array([[0.0, 10.0], [20.0, 5.0]]), vmin=0.0, vmax=10.0)
    assert list(out["data"].tobytes()) == [1, 255, 255, 128]  # clipped above vmax
    with pytest.raises(InputError, match="one"):
        frame_bytes(np.zeros((2, 2, 2)))


def test_star_markers_sit_where_the_camera_sees_the_stars(payload) -> None:
    cam, p = payload
    stars = p["stars"]
    assert len(stars) >= 40
    names = {s["name"] for s in stars}
    assert "Polaris" in names
    for s in stars:
        r, c = cam.pixel_of(s["elevation_deg"], s["azimuth_deg"])
        assert abs(s["predicted_row"] - r) < 0.02 and abs(s["predicted_col"] - c) < 0.02
        if s["status"] == "found":
            assert s["residual_px"] < 2.0 and s["found_row"] is not None


def test_contour_buffers(payload) -> None:
    _, p = payload
    pts = np.frombuffer(p["contours"]["points"], dtype=np.float32).reshape(-1, 2)
    lines = p["contours"]["lines"]
    kinds = {line["kind"] for line in lines}
    assert kinds == {"elevation", "azimuth", "latitude", "longitude"}
    assert sum(line["count"] for line in lines) == len(pts)
    assert np.isfinite(pts).all()
    starts = [line["start"] for line in lines]
    assert starts == sorted(starts) and starts[0] == 0
    n = next(line for line in lines if line["label"] == "N")
    seg = pts[n["start"] : n["start"] + n["count"]]
    assert seg.shape[0] == n["count"] > 10
    empty = contour_buffers([Contour("elevation", 1.0, "1°", np.full(3, np.nan), np.zeros(3))])
    assert empty["lines"] == [] and len(empty["points"]) == 0


def test_daylight_payload_has_no_residual() -> None:
    import datetime as dt

    cam = camera(128)
    p = frame_view_payload(render_frame(cam), skymap_from_camera(cam), dt.datetime(2021, 3, 8, 18, 0))
    assert not p["fit"]["ok"] and p["fit"]["median_px"] is None and "daylight" in p["fit"]["reason"]
    assert p["stars"]  # the markers still show where the stars are
