"""The client's raw-dataset map, the raw reader's PGM flavours and the default exposures come from the registry."""

from __future__ import annotations

import dataclasses

import pytest

from aurora_widgets.data import calibration, instruments
from aurora_widgets.data.client import raw_dataset_for
from aurora_widgets.data.errors import InputError
from aurora_widgets.data.readers import _pgm, raw


def test_values_are_the_ones_pyaurorax_and_pyucalgarysrs_use():
    assert raw.RAW_KIND_BY_DATASET == {"THEMIS_ASI_RAW": "themis", "REGO_RAW": "rego",
                                       "TREX_NIR_RAW": "trex_nir", "TREX_BLUE_RAW": "trex_blue"}
    assert calibration.DEFAULT_EXPOSURE_S == {"REGO": 2.0, "TREX_NIR": 5.0}
    assert set(raw.RAW_KIND_BY_DATASET.values()) <= set(_pgm.KINDS)


@pytest.mark.parametrize(("name", "expected"), [
    ("themis_asi", "THEMIS_ASI_RAW"), ("themis", "THEMIS_ASI_RAW"), ("THEMIS", "THEMIS_ASI_RAW"),
    ("THEMIS_ASI_SKYMAP_IDLSAV", "THEMIS_ASI_RAW"), ("rego", "REGO_RAW"), (" REGO_RAW ", "REGO_RAW"),
    ("TREX_NIR", "TREX_NIR_RAW"), ("trex_blue", "TREX_BLUE_RAW"),
    ("TREX_BLUE_CALIBRATION_FLATFIELD_IDLSAV", "TREX_BLUE_RAW"),
])
def test_raw_dataset_for_reads_the_registry(name, expected):
    assert raw_dataset_for(name) == expected


@pytest.mark.parametrize("name", ["trex_rgb", "TREX_RGB_SKYMAP_IDLSAV", "SMILE_ASI_RAW", "", "gill"])
def test_raw_dataset_for_refuses_arrays_without_raw_frames_we_read(name):
    with pytest.raises(InputError, match="raw dataset"):
        raw_dataset_for(name)


def test_a_registry_change_reaches_all_three(monkeypatch):
    """One place to change: a new exposure or raw dataset in INSTRUMENTS shows up in every table."""
    changed = dict(instruments.INSTRUMENTS)
    changed["trex_blue"] = dataclasses.replace(changed["trex_blue"], exposure_s=2.5, raw_dataset="TREX_BLUE_RAW_V2")
    monkeypatch.setattr(instruments, "INSTRUMENTS", changed)
    assert instruments.default_exposures()["TREX_BLUE"] == 2.5
    assert instruments.raw_kinds()["TREX_BLUE_RAW_V2"] == "trex_blue"
    assert raw_dataset_for("trex_blue") == "TREX_BLUE_RAW_V2"
