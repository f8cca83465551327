"""``print(data)`` and ``pretty_print()`` give the reference notebook's text, line for line."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from aurora_widgets.data import Client

TRANSCRIPT = Path(__file__).parents[2].parent / "shared" / "reference" / "000_4c84c3f76f1d6fbd.txt"


@pytest.fixture(scope="module")
def transcript() -> list[str]:
    if not TRANSCRIPT.exists():
        pytest.skip(f"reference transcript not found at {TRANSCRIPT}")
    return TRANSCRIPT.read_text().splitlines()


@pytest.fixture
def client(api_url, download_dir) -> Client:
    return Client(api_url=api_url, download_dir=download_dir)


def _native(line: str) -> str:
    """Our arrays are native-endian on purpose, so numpy names their dtype as pyaurorax would a native one."""
    return line.replace("dtype=>f4", "dtype=float32").replace("dtype=>f8", "dtype=float64")


def _block(lines: list[str], title: str, start: int = 0) -> list[str]:
    """The lines of the first ``title:`` block at or after ``start`` (until a blank line)."""
    i = lines.index(title, start)
    out = [lines[i]]
    for line in lines[i + 1 :]:
        if not line.strip():
            break
        out.append(line)
    return out


def test_skymap_data_repr_and_pretty_print_match_reference(client, capsys, transcript):
    r = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", datetime.datetime(2021, 11, 4))
    data = client.read("THEMIS_ASI_SKYMAP_IDLSAV", r.filenames)
    print(data)
    print()
    data.pretty_print()
    print()
    data.data[0].pretty_print()
    out = capsys.readouterr().out.splitlines()

    expected_repr = next(line for line in transcript if line.startswith("Data(data=[1 Skymap object]"))
    assert out[0] == expected_repr
    assert _block(out, "Data:") == _block(transcript, "Data:")
    ours = _block(out, "Skymap:")
    theirs = _block(transcript, "Skymap:")
    # every line the transcript shows (its last line is cut short there; its path is a Windows one)
    for want in theirs[1:-1]:
        key = want.split(":")[0]
        got = next(line for line in ours if line.split(":")[0] == key)
        if key.strip() == "filename":
            assert got.endswith("themis_skymap_gill_20210308-+_v02.sav")
            assert got.index(":") == want.index(":")
        else:
            assert got == _native(want)


def test_calibration_pretty_print_matches_reference(client, capsys, transcript):
    when = datetime.datetime(2021, 11, 4)
    r = client.download_best_rayleighs_calibration("REGO_CALIBRATION_RAYLEIGHS_IDLSAV", "654", when)
    f = client.download_best_flatfield_calibration("REGO_CALIBRATION_FLATFIELD_IDLSAV", "654", when)
    client.read(r.dataset, r.filenames).data[0].pretty_print()
    print()
    client.read(f.dataset, f.filenames).data[0].pretty_print()
    out = capsys.readouterr().out.splitlines()

    start = next(i for i, line in enumerate(transcript) if "detector_uid" in line and "15654" in line) - 2
    for ours, theirs in ((_block(out, "Calibration:"), _block(transcript, "Calibration:", start)),
                         (_block(out, "Calibration:", 2), _block(transcript, "Calibration:", start + 3))):
        assert [line.split(":")[0] for line in ours] == [line.split(":")[0] for line in theirs]
        for got, want in zip(ours, theirs, strict=True):
            if want.strip().startswith("filename"):
                assert Path(got.split(": ", 1)[1]).name == re.split(r"[\\/]", want.split(": ", 1)[1])[-1]
            elif "rayleighs_perdn_persecond" in want and "None" not in want:
                # the sample archive's value is near, not equal to, the real camera's
                assert 10.0 < float(got.split(": ", 1)[1]) < 10.5
            else:
                assert got == _native(want)
