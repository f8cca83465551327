"""The data tables behind :mod:`aurora_widgets.archive.fleet` (sites, placements, hand-written histories).

Kept apart from the code that interprets them so the tables read as tables: the rows are CSV files
in ``archive/tables/`` (``sites.csv``, ``pinned_histories.csv``, ``placements.csv``; lines starting
with ``#`` are notes), read once here into typed Python values. Coordinates: the THEMIS list is the
real API's (24 sites, ``real_catalogue.md``); the other arrays use the asilib site table
(``sites.csv`` of the shared sample data); ``trex_rgb`` adds Yellowknife and the SMILE and
spectrograph arrays reuse the TREx coordinates of their sites.

A pinned history row is ``(device, start, stop or None, version, rotation_deg, (row, col) shift,
folder date or None, hour, role)``: role ``"c"`` is the exact skymap of an epoch (its camera is
the truth from ``start`` until the device's next ``"c"`` row), ``"s"`` a version that is off
(superseded, or simply wrong), whose error is measured against the ``"c"`` row of the same start.

Example:
    >>> len(SITE_ROWS["themis_asi"]), ARRAY_INFO["trex_rgb"].shape
    (24, (480, 553))

"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ARRAY_INFO",
    "GENERATED_PLACEMENTS",
    "PINNED_HISTORIES",
    "SERIALS",
    "SITE_ROWS",
    "TABLES",
    "ArrayInfo",
    "read_table",
]

#: The folder of the CSV tables.
TABLES = Path(__file__).parent / "tables"


def read_table(name: str) -> list[dict[str, str]]:
    """Return the rows of ``archive/tables/<name>`` as dicts (header keys; ``#`` lines are notes).

    Example:
        >>> read_table("sites.csv")[0]["uid"]
        'atha'

    """
    with (TABLES / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


_Site = tuple[str, str, str, float, float]


def _sites(table: str) -> list[_Site]:
    return [(r["uid"], r["name"], r["full_name"], float(r["latitude"]), float(r["longitude"]))
            for r in read_table("sites.csv") if r["table"] == table]


@dataclass(frozen=True)
class ArrayInfo:
    """Per-array constants: skymap file prefix, image (rows, cols), E/W mirroring, first numbered-version year."""

    project: str
    shape: tuple[int, int]
    mirror_ew: bool
    numbered_from: int


ARRAY_INFO: dict[str, ArrayInfo] = {
    "themis_asi": ArrayInfo("themis", (256, 256), False, 2012),
    "rego": ArrayInfo("rego", (512, 512), True, 2000),
    "trex_nir": ArrayInfo("nir", (256, 256), False, 2000),
    "trex_blue": ArrayInfo("blue", (270, 320), False, 2000),
    "trex_rgb": ArrayInfo("rgb", (480, 553), False, 2000),
    "smile_asi": ArrayInfo("smile", (512, 512), False, 2000),
}

_THEMIS, _REGO, _TREX = _sites("themis"), _sites("rego"), _sites("trex")
_YKNF = _sites("yknf")[0]


def _pick(rows: list[_Site], *uids: str) -> list[_Site]:
    return [r for r in rows if r[0] in uids]


#: array -> [(uid, name, full_name, geodetic latitude, geodetic longitude)]
SITE_ROWS: dict[str, list[tuple[str, str, str, float, float]]] = {
    "themis_asi": _THEMIS,
    "rego": _REGO,
    "trex_nir": list(_TREX),
    "trex_blue": list(_TREX),
    "trex_rgb": [*_TREX, _YKNF],
    "trex_spectrograph": _pick(_TREX, "atha", "gill", "luck", "rabb"),
    "smile_asi": _pick(_TREX, "atha", "gill", "luck", "pina"),
}

#: Detector serial numbers (calibration files are per detector); THEMIS, RGB and SMILE have none here.
SERIALS: dict[str, str] = {
    **{f"rego-{n}": f"15{n}" for n in range(649, 661)},
    **{f"nir-{n}": f"23{n}" for n in range(211, 217)},
    **{f"blue-{n}": f"16{n}" for n in (633, 812, 813, 814, 815, 816)},
}

_P = tuple[str, str, "str | None", str, float, tuple[float, float], "str | None", int, str]


def _pinned() -> dict[tuple[str, str], tuple[_P, ...]]:
    out: dict[tuple[str, str], list[_P]] = {}
    for r in read_table("pinned_histories.csv"):
        row: _P = (r["device"], r["start"], r["stop"] or None, r["version"], float(r["rotation_deg"]),
                   (float(r["shift_row"]), float(r["shift_col"])), r["folder"] or None, int(r["hour"]), r["role"])
        out.setdefault((r["array"], r["site"]), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def _placements() -> dict[str, tuple[tuple[str, str, str, str | None], ...]]:
    out: dict[str, list[tuple[str, str, str, str | None]]] = {}
    for r in read_table("placements.csv"):
        out.setdefault(r["array"], []).append((r["site"], r["device"], r["first_day"], r["last_day"] or None))
    return {k: tuple(v) for k, v in out.items()}


#: (array, site) -> hand-written skymap history (the seed's sites), see the module docstring.
PINNED_HISTORIES: dict[tuple[str, str], tuple[_P, ...]] = _pinned()

#: array -> [(site, device, first day, last day or None)] for every site without a pinned history.
GENERATED_PLACEMENTS: dict[str, tuple[tuple[str, str, str, str | None], ...]] = _placements()
