"""Test helper: the real sample files, and generated REGO/TREx skymaps, calibrations and raw files.

Generated files come from the archive generators (``aurora_widgets.archive``); tests that need
them skip when those modules are missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucalgary"
REAL_SKYMAP = REAL / "skymaps" / "themis_skymap_gako_20110305-+_vXX.sav"
REAL_THEMIS = sorted((REAL / "raw" / "themis").glob("*.pgm*")) if REAL.is_dir() else []
REAL_NIR = sorted((REAL / "raw" / "trex_nir").glob("*.pgm*")) if REAL.is_dir() else []


def need_real(path: Path | None = None) -> None:
    """Skip unless the real sample files (../shared/data/ucalgary) are there."""
    if not REAL.is_dir() or (path is not None and not path.exists()):
        pytest.skip(f"real sample files missing ({path or REAL})")


def write_sav(path: Path, variables: dict[str, Any], **kw: Any) -> Path:
    """Write an IDL save file with the archive's writer (skip if it does not exist yet)."""
    idlsave = pytest.importorskip("aurora_widgets.archive.idlsave")
    idlsave.write_sav(path, variables, **kw)
    return path


def generated_skymap(project: str, site: str, directory: Path) -> Path:
    """Write the archive's skymap for (project, site) into ``directory``; return its path."""
    gen = pytest.importorskip("aurora_widgets.archive.generate.skymaps")
    spec = next(s for s in gen.SKYMAPS if s.project == project and s.site == site)
    return gen.write_skymap(spec, directory)


def generated_calibrations(project: str, directory: Path) -> dict[str, Path]:
    """Write the newest Rayleighs and flatfield files of the first detector of ``project``."""
    gen = pytest.importorskip("aurora_widgets.archive.generate.calibrations")
    specs = [s for s in gen.CALIBRATIONS if s.detector.project == project]
    serial = specs[-1].serial
    out = {}
    for spec in specs:
        if spec.serial == serial:
            out[spec.kind.lower()] = gen.write_calibration(spec, directory)
    return out


def generated_raw(instrument: str, directory: Path) -> list[Path]:
    """Write the archive's raw minute files of ``instrument`` (themis, rego, nir, blue)."""
    gen = pytest.importorskip("aurora_widgets.archive.generate.raw")
    spec = next(s for s in gen.RAW_MINUTES if s.instrument == instrument)
    return [gen.write_raw_minute(spec, m, directory) for m in spec.minutes]
