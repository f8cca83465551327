"""The data tables behind :mod:`aurora_widgets.archive.fleet` (sites, placements, hand-written histories).

Kept apart from the code that interprets them so the tables read as tables. Coordinates: the
THEMIS list is the real API's (24 sites, ``real_catalogue.md``); the other arrays use the asilib
site table (``sites.csv`` of the shared sample data); ``trex_rgb`` adds Yellowknife and the
SMILE and spectrograph arrays reuse the TREx coordinates of their sites.

A pinned history row is ``(device, start, stop or None, version, rotation_deg, (row, col) shift,
folder date or None, hour, role)``: role ``"c"`` is the exact skymap of an epoch (its camera is
the truth from ``start`` until the device's next ``"c"`` row), ``"s"`` a version that is off
(superseded, or simply wrong), whose error is measured against the ``"c"`` row of the same start.

Example:
    >>> len(SITE_ROWS["themis_asi"]), ARRAY_INFO["trex_rgb"].shape
    (24, (480, 553))

"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ARRAY_INFO", "GENERATED_PLACEMENTS", "PINNED_HISTORIES", "SERIALS", "SITE_ROWS", "ArrayInfo"]


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

_THEMIS = [
    ("atha", "Athabasca", "Athabasca, AB, Canada", 54.6, -113.64),
    ("chbg", "Chibougamau", "Chibougamau, QC, Canada", 49.81, -74.42),
    ("ekat", "Ekati", "Ekati, NWT, Canada", 64.73, -110.67),
    ("fsim", "Fort Simpson", "Fort Simpson, NWT, Canada", 61.76, -121.27),
    ("fsmi", "Fort Smith", "Fort Smith, NWT, Canada", 60.03, -111.93),
    ("fykn", "Fort Yukon", "Fort Yukon, AK, USA", 66.56, -145.21),
    ("gako", "Gakona", "Gakona, AK, USA", 62.41, -145.16),
    ("gbay", "Goose Bay", "Goose Bay, NL, Canada", 53.32, -60.46),
    ("gill", "Gillam", "Gillam, MB, Canada", 56.38, -94.64),
    ("inuv", "Inuvik", "Inuvik, NWT, Canada", 68.41, -133.77),
    ("kapu", "Kapuskasing", "Kapuskasing, ON, Canada", 49.39, -82.32),
    ("kian", "Kiana", "Kiana, AK, USA", 66.97, -160.44),
    ("kuuj", "Kuujjuaq", "Kuujjuaq, QC, Canada", 58.11, -68.41),
    ("mcgr", "McGrath", "McGrath, AK, USA", 62.95, -155.6),
    ("nrsq", "Narsarsuaq", "Narsarsuaq, Greenland", 61.16, -45.44),
    ("pgeo", "Prince George", "Prince George, BC, Canada", 53.76, -122.85),
    ("pina", "Pinawa", "Pinawa, MB, Canada", 50.26, -95.87),
    ("rank", "Rankin Inlet", "Rankin Inlet, NU, Canada", 62.82, -92.11),
    ("snap", "Snap Lake", "Snap Lake, NWT, Canada", 63.56, -110.87),
    ("snkq", "Sanikiluaq", "Sanikiluaq, NU, Canada", 56.54, -79.23),
    ("talo", "Taloyoak", "Taloyoak, NU, Canada", 69.54, -93.56),
    ("tpas", "The Pas", "The Pas, MB, Canada", 53.99, -100.94),
    ("whit", "Whitehorse", "Whitehorse, YK, Canada", 60.62, -135.01),
    ("yknf", "Yellowknife", "Yellowknife, NWT, Canada", 62.52, -114.31),
]

# sites.csv (asilib): REGO
_REGO = [
    ("atha", "Athabasca", "Athabasca, AB, Canada", 54.71, -113.28),
    ("fsim", "Fort Simpson", "Fort Simpson, NWT, Canada", 61.756, -121.23),
    ("fsmi", "Fort Smith", "Fort Smith, NWT, Canada", 60.017, -111.95),
    ("gill", "Gillam", "Gillam, MB, Canada", 56.376, -94.64),
    ("kakt", "Kaktovik", "Kaktovik, AK, USA", 70.13, -143.62),
    ("luck", "Lucky Lake", "Lucky Lake, SK, Canada", 51.15, -107.1),
    ("lyrn", "Longyearbyen", "Longyearbyen, Svalbard, Norway", 78.15, 16.04),
    ("rank", "Rankin Inlet", "Rankin Inlet, NU, Canada", 62.82, -92.11),
    ("resu", "Resolute Bay", "Resolute Bay, NU, Canada", 74.7, -94.83),
    ("sach", "Sachs Harbour", "Sachs Harbour, NWT, Canada", 71.99, -125.26),
    ("talo", "Taloyoak", "Taloyoak, NU, Canada", 69.53, -93.53),
]

# sites.csv (asilib): TREx NIR / Blue / RGB
_TREX = [
    ("atha", "Athabasca", "Athabasca, AB, Canada", 54.6, -113.64),
    ("fsmi", "Fort Smith", "Fort Smith, NWT, Canada", 60.03, -111.93),
    ("gill", "Gillam", "Gillam, MB, Canada", 56.38, -94.64),
    ("luck", "Lucky Lake", "Lucky Lake, SK, Canada", 51.15, -107.26),
    ("pina", "Pinawa", "Pinawa, MB, Canada", 50.26, -95.87),
    ("rabb", "Rabbit Lake", "Rabbit Lake, SK, Canada", 58.23, -103.68),
]
_YKNF = ("yknf", "Yellowknife", "Yellowknife, NWT, Canada", 62.52, -114.31)


def _pick(rows: list[tuple[str, str, str, float, float]], *uids: str) -> list[tuple[str, str, str, float, float]]:
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

#: (array, site) -> hand-written skymap history (the seed's sites), see the module docstring.
PINNED_HISTORIES: dict[tuple[str, str], tuple[_P, ...]] = {
    ("themis_asi", "atha"): (
        ("themis01", "20040825", "20070228", "vXX", -6.5, (0.5, 1.0), None, 5, "c"),
        ("themis02", "20070301", "20090522", "vXX", -4.0, (1.0, -1.5), "20081029", 8, "c"),
        ("themis02", "20090523", None, "v01", -2.3, (1.0, -1.0), None, 6, "s"),
        ("themis02", "20090523", None, "v02", -3.8, (1.0, -1.0), None, 6, "c"),
        ("themis02", "20160412", "20230114", "v01", -3.5, (0.5, -1.0), "20160601", 6, "c"),
        ("themis02", "20230115", None, "v01", -1.5, (0.5, -1.0), None, 7, "s"),
        ("themis02", "20230115", None, "v02", -3.2, (0.5, -1.0), None, 7, "c"),
    ),
    ("themis_asi", "fsmi"): (
        ("themis10", "20060915", "20110630", "vXX", 1.2, (-0.5, 0.5), "20070212", 6, "c"),
        ("themis10", "20110701", "20140831", "vXX", 2.0, (-0.5, 1.0), None, 6, "c"),
        ("themis06", "20140908", None, "v01", 6.5, (-1.0, 0.5), None, 6, "c"),
    ),
    ("themis_asi", "gako"): (
        ("themis20", "20050915", "20110304", "vXX", -1.0, (0.0, 0.5), None, 6, "c"),
        ("themis20", "20110305", None, "vXX", 0.0, (0.0, 0.0), None, 6, "c"),  # the real sample file
    ),
    ("themis_asi", "gill"): (
        ("themis19", "20060920", "20080815", "vXX", 1.0, (0.0, -0.5), None, 5, "c"),
        ("themis19", "20080816", "20100303", "vXX", 1.6, (0.0, 0.0), "20090120", 5, "c"),
        ("themis19", "20100304", "20150309", "vXX", 2.0, (0.0, 0.0), None, 5, "c"),
        ("themis19", "20150310", None, "v01", 2.6, (0.5, 0.5), None, 6, "s"),
        ("themis19", "20150310", None, "v02", 2.4, (0.5, 0.5), None, 6, "c"),
        ("themis19", "20180417", "20210307", "v01", 4.2, (1.0, 0.5), "20180502", 6, "s"),
        ("themis19", "20180417", "20210307", "v02", 2.8, (1.0, 0.5), "20180502", 6, "c"),
        ("themis19", "20210308", None, "v02", 3.1, (1.0, 0.5), None, 6, "c"),
        ("themis19", "20220301", None, "v02", 9.5, (4.0, -3.0), None, 6, "c"),
    ),
    ("rego", "atha"): (
        ("rego-649", "20140718", None, "v01", 1.5, (1.0, 2.0), None, 6, "c"),
        ("rego-649", "20211019", None, "v01", 3.3, (1.0, 2.0), None, 6, "s"),
        ("rego-649", "20211019", None, "v02", 1.9, (1.5, 2.0), None, 6, "c"),
    ),
    ("rego", "gill"): (
        ("rego-654", "20141015", "20201018", "v01", -1.2, (-1.5, 1.0), None, 6, "c"),
        ("rego-654", "20201019", None, "v01", -2.0, (-2.0, 1.0), None, 6, "c"),
    ),
    ("rego", "rank"): (("rego-656", "20141006", None, "v01", -1.0, (1.0, 1.5), None, 6, "c"),),
    ("rego", "resu"): (("rego-655", "20140929", None, "v01", 4.0, (0.0, -2.0), None, 6, "c"),),
    ("trex_nir", "atha"): (
        ("nir-211", "20191101", "20220919", "v01", 0.2, (0.0, 0.5), None, 6, "c"),
        ("nir-211", "20220920", None, "v01", 1.0, (0.0, 1.0), None, 6, "c"),
    ),
    ("trex_nir", "gill"): (
        ("nir-216", "20190901", "20211019", "v01", -1.5, (0.5, 0.0), None, 6, "c"),
        ("nir-216", "20211020", None, "v01", -1.0, (1.0, 0.5), None, 6, "c"),
    ),
    ("trex_rgb", "gill"): (
        ("rgb-04", "20190410", "20210805", "v01", 1.8, (1.0, -2.0), "20190601", 6, "c"),
        ("rgb-04", "20210806", None, "v01", 2.5, (1.5, -2.0), None, 6, "c"),
    ),
    ("trex_blue", "gill"): (("blue-814", "20211020", None, "v01", -0.5, (1.0, 1.0), None, 6, "c"),),
    ("trex_blue", "luck"): (("blue-812", "20220801", None, "v01", 3.0, (-1.0, 0.0), None, 6, "c"),),
}

#: array -> [(site, device, first day, last day or None)] for every site without a pinned history.
GENERATED_PLACEMENTS: dict[str, tuple[tuple[str, str, str, str | None], ...]] = {
    "themis_asi": (
        ("chbg", "themis03", "20060915", None),
        ("ekat", "themis04", "20060901", None),
        ("fsim", "themis05", "20061001", None),
        ("fykn", "themis07", "20050920", None),
        ("gbay", "themis08", "20060820", None),
        ("inuv", "themis09", "20060825", None),
        ("kapu", "themis11", "20061005", None),
        ("kian", "themis12", "20061010", None),
        ("kuuj", "themis13", "20060910", None),
        ("mcgr", "themis14", "20060925", None),
        ("nrsq", "themis15", "20070901", None),
        ("pgeo", "themis16", "20061015", None),
        ("pina", "themis17", "20051101", None),
        ("rank", "themis18", "20060905", None),
        ("snap", "themis21", "20070915", "20190930"),
        ("snkq", "themis22", "20070910", "20140820"),
        ("snkq", "themis10", "20141001", None),  # moved from fsmi
        ("talo", "themis23", "20070920", None),
        ("tpas", "themis24", "20060930", None),
        ("whit", "themis25", "20061020", None),
        ("yknf", "themis26", "20061101", None),
    ),
    "rego": (
        ("fsim", "rego-650", "20141010", None),
        ("fsmi", "rego-652", "20141102", None),
        ("kakt", "rego-657", "20180901", None),
        ("luck", "rego-653", "20200901", None),  # moved from talo after repair
        ("lyrn", "rego-659", "20171101", None),
        ("sach", "rego-651", "20141020", None),
        ("talo", "rego-653", "20141002", "20191212"),
        ("talo", "rego-660", "20191213", None),
    ),
    "trex_nir": (
        ("fsmi", "nir-213", "20200201", None),
        ("luck", "nir-214", "20191015", None),
        ("pina", "nir-215", "20191001", None),
        ("rabb", "nir-212", "20191020", None),
    ),
    "trex_blue": (
        ("atha", "blue-633", "20211101", None),
        ("fsmi", "blue-813", "20220301", None),
        ("pina", "blue-815", "20211115", None),
        ("rabb", "blue-816", "20220101", None),
    ),
    "trex_rgb": (
        ("atha", "rgb-01", "20190401", None),
        ("fsmi", "rgb-03", "20190501", None),
        ("luck", "rgb-06", "20191001", None),
        ("pina", "rgb-02", "20190415", None),
        ("pina", "rgb-05", "20221001", None),  # a second camera at pina
        ("rabb", "rgb-07", "20190601", None),
        ("yknf", "rgb-08", "20230901", None),
    ),
    "smile_asi": (
        ("atha", "smile-01", "20241001", None),
        ("gill", "smile-31", "20241015", None),
        ("luck", "smile-02", "20250301", None),
        ("pina", "smile-05", "20240920", None),
    ),
}
