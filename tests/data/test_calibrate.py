"""calibrate: parity with pyaurorax's tools.calibration.rego()/trex_nir(), step by step."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from sav_factory import generated_calibrations, generated_raw

from aurora_widgets.data import InputError
from aurora_widgets.data.calibration import calibrate, exposure_from_metadata
from aurora_widgets.data.readers import read_calibration, read_raw

pax_mod = pytest.importorskip("pyaurorax")
srs_mod = pytest.importorskip("pyucalgarysrs")
PAX = pax_mod.PyAuroraX()
SRS = srs_mod.PyUCalgarySRS().data.readers


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("cal")
    out = {}
    for project, instrument, dataset in (("REGO", "rego", "REGO"), ("NIR", "nir", "TREX_NIR"),
                                         ("BLUE", "blue", "TREX_BLUE")):
        cals = generated_calibrations(project, root / project)
        frames = read_raw(generated_raw(instrument, root / instrument)[:1])
        ours_ff = read_calibration(cals["flatfield"], f"{dataset}_CALIBRATION_FLATFIELD_IDLSAV")
        ours_r = read_calibration(cals["rayleighs"], f"{dataset}_CALIBRATION_RAYLEIGHS_IDLSAV")
        pax_ff = SRS.read_calibration(str(cals["flatfield"]), quiet=True).data[0]
        pax_r = SRS.read_calibration(str(cals["rayleighs"]), quiet=True).data[0]
        out[project] = (frames, ours_ff, ours_r, pax_ff, pax_r)
    return out


STEPS = list(itertools.product([True, False], repeat=3))


@pytest.mark.parametrize(("project", "method", "exposure"), [("REGO", "rego", 2.0), ("NIR", "trex_nir", 5.0)])
@pytest.mark.parametrize(("dark", "flat", "rayl"), STEPS)
def test_parity_with_pyaurorax(inputs, project, method, exposure, dark, flat, rayl):
    frames, ff, rr, pff, prr = inputs[project]
    images = frames.data
    before = images.copy()
    ours = calibrate(images, flatfield=ff if flat else None, rayleighs=rr if rayl else None,
                     dark="corner" if dark else None)
    theirs = getattr(PAX.tools.calibration, method)(
        np.array(images), cal_flatfield=pff, cal_rayleighs=prr, step_dark_frame_correction=dark,
        step_flatfield_calibration=flat, step_rayleighs_calibration=rayl, exposure_length_sec=exposure)
    np.testing.assert_array_equal(images, before)  # the caller's array is untouched
    assert ours.shape == theirs.shape
    assert ours.dtype == theirs.dtype
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=0)
    if dark or flat or rayl:
        assert not np.array_equal(ours, images)


@pytest.mark.parametrize(("project", "method"), [("REGO", "rego"), ("NIR", "trex_nir")])
def test_single_frame_parity(inputs, project, method):
    frames, ff, rr, pff, prr = inputs[project]
    frame = np.array(frames.data[:, :, 1])
    ours = calibrate(frame, ff, rr)
    theirs = getattr(PAX.tools.calibration, method)(frame.copy(), cal_flatfield=pff, cal_rayleighs=prr)
    assert ours.shape == frame.shape
    np.testing.assert_allclose(ours, theirs, rtol=1e-6)


def test_truncation_matches_documented_example():
    frames = np.full((8, 8, 1), 100, dtype=np.uint16)
    frames[0:5, 0:5] = 10
    out = calibrate(frames, flatfield=np.full((8, 8), 1.55), dark="corner")
    assert out.dtype == np.uint16 and out[7, 7, 0] == 139  # trunc((100 - 10) * 1.55) = trunc(139.5)
    f = calibrate(frames, flatfield=np.full((8, 8), 1.55), dark="corner", match_pyaurorax=False)
    assert f.dtype == np.float32 and f[7, 7, 0] == pytest.approx(139.5)


def test_dark_mean_is_truncated_and_clipped():
    frames = np.full((6, 6), 5, dtype=np.uint16)
    frames[0, 0] = 30  # corner mean = (24*5 + 30) / 25 = 6.0
    frames[0, 1] = 12  # mean 6.28 -> 6
    out = calibrate(frames, dark="corner")
    assert out[5, 5] == 0  # 5 - 6 clipped at 0
    assert out[0, 0] == 24


def test_blue_needs_exposure(inputs):
    frames, ff, rr, _, _ = inputs["BLUE"]
    with pytest.raises(InputError, match="exposure"):
        calibrate(frames.data, ff, rr)
    from_meta = calibrate(frames.data, ff, rr, metadata=frames.metadata)
    explicit = calibrate(frames.data, ff, rr, exposure_s=exposure_from_metadata(frames.metadata))
    np.testing.assert_array_equal(from_meta, explicit)
    assert exposure_from_metadata(frames.metadata) == pytest.approx(2.0)


def test_exposure_defaults_by_instrument(inputs):
    for project, seconds in (("REGO", 2.0), ("NIR", 5.0)):
        frames, ff, rr, _, _ = inputs[project]
        np.testing.assert_array_equal(calibrate(frames.data, ff, rr),
                                      calibrate(frames.data, ff, rr, exposure_s=seconds))
    with pytest.raises(InputError, match="exposure"):
        calibrate(np.zeros((8, 8), np.uint16), rayleighs=10.0)


def test_input_errors(inputs):
    frames, ff, rr, _, _ = inputs["REGO"]
    nir_ff = inputs["NIR"][1]
    with pytest.raises(InputError, match="shape"):
        calibrate(frames.data, flatfield=nir_ff)
    with pytest.raises(InputError, match="rayleighs="):
        calibrate(frames.data, flatfield=rr)
    with pytest.raises(InputError, match="flatfield="):
        calibrate(frames.data, rayleighs=ff)
    with pytest.raises(InputError):
        calibrate(np.zeros(10, np.uint16))
    with pytest.raises(InputError):
        calibrate(frames.data, dark="median")
