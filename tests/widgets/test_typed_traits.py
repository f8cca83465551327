"""Typed traits: choices are enums, ranges are bounded, Python's outputs are read-only to the front-end."""

from __future__ import annotations

import pytest
import traitlets

from aurora_widgets.widgets import CalibrationBrowser, SkymapBrowser


@pytest.mark.parametrize(("name", "value", "accepted"), [
    ("map_mode", "sideways", "'single', 'blink', 'side'"),
    ("colormap", "no-such-map", "'viridis'"),
    ("map_colormap", "no-such-map", "'gray'"),
    ("frame_index", -5, "less than 0"),
    ("frames_status", "sideways", "'loading'"),
])
def test_skymap_browser_refuses_bad_values_saying_what_is_accepted(name, value, accepted):
    b = SkymapBrowser()
    before = getattr(b, name)
    with pytest.raises(traitlets.TraitError) as info:
        setattr(b, name, value)
    assert accepted in str(info.value) and name in str(info.value)
    assert getattr(b, name) == before


def test_choices_accept_any_case_and_store_the_canonical_name():
    b = SkymapBrowser()
    b.map_mode, b.colormap = "BLINK", "Magma"
    assert (b.map_mode, b.colormap) == ("blink", "magma")


def test_a_bad_value_from_the_front_end_is_an_inline_message_and_rolled_back():
    b = SkymapBrowser()
    b.set_state({"map_mode": "sideways"})
    assert b.map_mode == "single" and b.status == "error" and "map_mode" in b.message
    b.set_state({"map_mode": "side"})
    assert b.map_mode == "side" and b.status != "error"


@pytest.mark.parametrize("name", ["panels", "candidates", "map_grid", "frames", "site_info", "neighbours",
                                  "neighbour_data", "neighbour_grids", "diff_panels", "diff_stats"])
def test_python_written_payloads_are_read_only(name):
    b = SkymapBrowser()
    with pytest.raises(traitlets.TraitError):
        setattr(b, name, {} if isinstance(getattr(b, name), dict) else [])
    before = getattr(b, name)
    b.set_state({name: {"forged": 1} if isinstance(before, dict) else [{"forged": 1}]})
    assert getattr(b, name) == before  # the front-end cannot write them either


def test_calibration_browser_colormaps_and_frame_index_are_typed():
    cb = CalibrationBrowser(client=None)
    for name, value in (("colormap", "no-such-map"), ("frame_colormap", "nope"), ("frame_index", -1)):
        with pytest.raises(traitlets.TraitError):
            setattr(cb, name, value)


@pytest.mark.parametrize("name", ["flatfield_panel", "flatfield_stats", "flatfield_histogram", "flatfield_info",
                                  "rayleighs_info", "raw_panel", "calibrated_panel", "frame_info",
                                  "flatfield_candidates", "rayleighs_candidates"])
def test_calibration_browser_outputs_are_read_only(name):
    cb = CalibrationBrowser(client=None)
    before = getattr(cb, name)
    forged = {"forged": 1} if isinstance(before, dict) else [{"forged": 1}]
    with pytest.raises(traitlets.TraitError):
        setattr(cb, name, forged)
    cb.set_state({name: forged})
    assert getattr(cb, name) == before
