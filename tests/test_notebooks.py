"""Execute every notebook headlessly against the local archive; any error fails the test."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_against_local_archive(path, api_url, tmp_path, monkeypatch):
    monkeypatch.setenv("AURORA_WIDGETS_API_URL", api_url)
    monkeypatch.setenv("AURORA_WIDGETS_DATA_DIR", str(tmp_path / "cache"))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    if path.name == "skymaps_and_calibrations.ipynb":
        # the reference notebook's expected picks and values
        assert "themis_skymap_gill_20210308-+_v02.sav" in text
        assert "rego-655" in text
        assert "REGO_Rayleighs_15654_20210806-+_v02.sav" in text
        assert "REGO_flatfield_15654_20210806-+_v02.sav" in text
        assert "REGO_Rayleighs_15655_20141002-+_v01.sav" in text
        assert "[1 Skymap object]" in text
    if path.name == "explore.ipynb":
        # two cameras, one sky: both REGO sites contribute to the mosaic
        counts = dict(re.findall(r"^(gill|rank): ([\d,]+) pixels$", text, flags=re.MULTILINE))
        assert set(counts) == {"gill", "rank"}, text[-2000:]
        assert all(int(v.replace(",", "")) > 10_000 for v in counts.values())
