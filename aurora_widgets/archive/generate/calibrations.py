"""Synthetic flatfield and Rayleighs calibration ``.sav`` files (section 4.3 of the notes).

A flatfield file holds ``flat_field_multiplier_<serial>``: a float64 (H, W) multiplier that undoes
the lens vignetting (1 at the optical centre, rising toward the edge of the image circle, constant
beyond it). A Rayleighs file holds ``rper_dnpersecond_<serial>``: Rayleighs per (count per second),
float32 in v01 files and float64 in v02 ones. Both also hold ``author``, ``input_data_dir`` and
``skymap_filename`` strings. :func:`vignetting` is the model the raw-frame generator darkens its
images with, so calibrating a synthetic frame with its detector's flatfield flattens it.

Example:
    >>> spec = CALIBRATIONS[0]
    >>> spec.filename
    'REGO_Rayleighs_15649_20141015-20211018_v01.sav'
    >>> round(float(flatfield_multiplier("15654", (512, 512)).max()), 1) > 1.5
    True

"""

from __future__ import annotations

import datetime as _dt
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .. import fleet
from ..fleet_tables import read_table
from ..idlsave import write_sav

__all__ = [
    "BUILT_CALIBRATIONS",
    "CALIBRATIONS",
    "DETECTORS",
    "CalibrationSpec",
    "Detector",
    "calibration_variables",
    "detector_for",
    "flatfield_multiplier",
    "rayleighs_per_dn_per_s",
    "vignetting",
    "vignetting_model",
    "write_calibration",
]


@dataclass(frozen=True)
class Detector:
    """A camera detector: its serial number, the device it is in, its image shape and optics."""

    serial: str
    device: str
    project: str  # REGO | NIR | BLUE (file-name prefix)
    shape: tuple[int, int]
    falloff: float  # vignetting at the image-circle edge (0..1), smaller = darker edge
    center_shift: tuple[float, float]


#: Detectors with calibrations, by camera serial number.
DETECTORS: dict[str, Detector] = {
    d.serial: d
    for d in (
        Detector("15649", "rego-649", "REGO", (512, 512), 0.42, (1.5, -2.0)),
        Detector("15652", "rego-652", "REGO", (512, 512), 0.45, (-1.0, 1.0)),
        Detector("15653", "rego-653", "REGO", (512, 512), 0.40, (0.5, 2.5)),
        Detector("15654", "rego-654", "REGO", (512, 512), 0.44, (2.0, 1.0)),
        Detector("15655", "rego-655", "REGO", (512, 512), 0.41, (-1.5, -1.0)),
        Detector("15656", "rego-656", "REGO", (512, 512), 0.43, (-0.5, 1.5)),
        Detector("23216", "nir-216", "NIR", (256, 256), 0.55, (0.5, 0.5)),
        Detector("16814", "blue-814", "BLUE", (270, 320), 0.50, (1.0, -1.5)),
    )
}

_TREE = {
    "REGO": "GO-Canada/REGO/calibration",
    "NIR": "TREx/NIR/calibration",
    "BLUE": "TREx/blueline/calibration",
}


@dataclass(frozen=True)
class CalibrationSpec:
    """One calibration file: kind (``Rayleighs``/``flatfield``), detector serial, validity, version."""

    kind: str
    serial: str
    start: str
    stop: str | None
    version: str
    rayleighs: float | None = None

    @property
    def detector(self) -> Detector:
        """The detector this file calibrates."""
        return detector_for(self.serial)

    @property
    def filename(self) -> str:
        """E.g. ``REGO_Rayleighs_15654_20210806-+_v02.sav``."""
        validity = f"{self.start}-{self.stop or '+'}"
        return f"{self.detector.project}_{self.kind}_{self.serial}_{validity}_{self.version}.sav"

    @property
    def relpath(self) -> str:
        """Path below the data tree (calibration folders are flat)."""
        return self.filename

    @property
    def tree(self) -> str:
        """The data tree of this file's dataset."""
        return _TREE[self.detector.project]

    @property
    def dataset(self) -> str:
        """Dataset name, e.g. ``REGO_CALIBRATION_RAYLEIGHS_IDLSAV``."""
        array = {"REGO": "REGO", "NIR": "TREX_NIR", "BLUE": "TREX_BLUE"}[self.detector.project]
        return f"{array}_CALIBRATION_{self.kind.upper()}_IDLSAV"


def _r(serial: str, start: str, stop: str | None, version: str, value: float) -> CalibrationSpec:
    return CalibrationSpec("Rayleighs", serial, start, stop, version, value)


def _f(serial: str, start: str, stop: str | None, version: str) -> CalibrationSpec:
    return CalibrationSpec("flatfield", serial, start, stop, version)


def _spec(row: dict[str, str]) -> CalibrationSpec:
    value = row["rayleighs_perdn_persecond"]
    return CalibrationSpec(row["kind"], row["serial"], row["start"], row["stop"] or None, row["version"],
                           float(value) if value else None)


#: Every generated calibration file: the rows of ``archive/tables/calibrations.csv``, then one set per other camera.
CALIBRATIONS: list[CalibrationSpec] = [_spec(row) for row in read_table("calibrations.csv")]


#: Nominal Rayleighs per (count per second) of each calibration project, for detectors without a
#: hand-written value in :data:`CALIBRATIONS`.
NOMINAL_RAYLEIGHS = {"REGO": 10.2, "NIR": 3.04, "BLUE": 24.6}
_PROJECT_BY_PREFIX = {"15": "REGO", "23": "NIR", "16": "BLUE"}


def detector_for(serial: str, shape: tuple[int, int] | None = None) -> Detector:
    """Return a detector's optics: :data:`DETECTORS` when listed, else a deterministic one from its serial.

    The raw-frame renderer and the calibration writer both call this, so a flatfield file always
    undoes the vignetting the frames were rendered with.

    Example:
        >>> detector_for("15654").falloff
        0.44
        >>> d = detector_for("15650", (512, 512))
        >>> d.project, 0.38 <= d.falloff <= 0.5, d == detector_for("15650", (512, 512))
        ('REGO', True, True)

    """
    if serial in DETECTORS and (shape is None or DETECTORS[serial].shape == tuple(shape)):
        return DETECTORS[serial]
    u = np.random.default_rng(zlib.crc32(f"detector/{serial}".encode("ascii"))).uniform(0.0, 1.0, 3)
    project = _PROJECT_BY_PREFIX.get(serial[:2], "REGO")
    default_shape = {"REGO": (512, 512), "NIR": (256, 256), "BLUE": (270, 320)}[project]
    return Detector(serial, "", project, tuple(shape or default_shape),  # type: ignore[arg-type]
                    round(0.38 + 0.12 * float(u[0]), 3),
                    (round(3.0 * float(u[1]) - 1.5, 2), round(3.0 * float(u[2]) - 1.5, 2)))


def rayleighs_per_dn_per_s(serial: str, day: _dt.date) -> float:
    """Return the Rayleighs-per-(count per second) factor of a detector on ``day``.

    The value of the Rayleighs file in :data:`CALIBRATIONS` valid on ``day`` (latest start, then
    highest version, as a client chooses), else the first listed one, else a deterministic value
    within 4% of the project's nominal factor. The raw-frame renderer divides by it; a Rayleighs
    file written for this serial and day must hold it.

    Example:
        >>> rayleighs_per_dn_per_s("15654", _dt.date(2021, 11, 4))
        10.137431837782506
        >>> 9.7 < rayleighs_per_dn_per_s("15650", _dt.date(2021, 11, 4)) < 10.7
        True

    """
    text = day.strftime("%Y%m%d")
    mine = [c for c in CALIBRATIONS if c.kind == "Rayleighs" and c.serial == serial and c.rayleighs]
    valid = [c for c in mine if c.start <= text and (c.stop is None or text <= c.stop)]
    if valid:
        return float(max(valid, key=lambda c: (c.start, c.version)).rayleighs or 0.0)
    if mine:
        return float(min(mine, key=lambda c: c.start).rayleighs or 0.0)
    u = np.random.default_rng(zlib.crc32(f"rayleighs/{serial}".encode("ascii"))).uniform(-1.0, 1.0)
    return round(NOMINAL_RAYLEIGHS[detector_for(serial).project] * (1.0 + 0.04 * float(u)), 6)


def vignetting(serial: str, shape: tuple[int, int] | None = None) -> np.ndarray:
    """Relative sensitivity (float64, 1 at the optical centre) of a detector's optics: a cos^4-like falloff.

    The falloff reaches ``Detector.falloff`` at the image-circle edge and stays there beyond it.

    Example:
        >>> v = vignetting("23216")
        >>> v.shape, round(float(v.max()), 3), bool(v.min() >= DETECTORS["23216"].falloff - 1e-9)
        ((256, 256), 1.0, True)

    """
    det = detector_for(serial, shape)
    return vignetting_model(shape or det.shape, det.falloff, det.center_shift)


def vignetting_model(
    shape: tuple[int, int], falloff: float, center_shift: tuple[float, float] = (0.0, 0.0)
) -> np.ndarray:
    """cos^4-like relative sensitivity of a fisheye lens: 1 at the centre, ``falloff`` at the circle edge.

    Example:
        >>> v = vignetting_model((64, 64), 0.5)
        >>> round(float(v.max()), 2), round(float(v.min()), 2)
        (1.0, 0.5)

    """
    h, w = shape
    radius = min(h, w) / 2.0
    crow = (h - 1) / 2.0 + center_shift[0]
    ccol = (w - 1) / 2.0 + center_shift[1]
    rows, cols = np.meshgrid(np.arange(h, dtype=float), np.arange(w, dtype=float), indexing="ij")
    rel = np.minimum(np.hypot(rows - crow, cols - ccol) / radius, 1.0)
    # cos^4(k * rel * 90deg), with k such that the edge value equals `falloff`
    k = np.arccos(falloff**0.25) / (np.pi / 2.0)
    out: np.ndarray = np.cos(k * rel * np.pi / 2.0) ** 4
    return out


def flatfield_multiplier(serial: str, shape: tuple[int, int] | None = None) -> np.ndarray:
    """Return the flatfield multiplier (``1 / vignetting``, float64 big-endian, >= 1) of a detector.

    Example:
        >>> m = flatfield_multiplier("16814")
        >>> m.shape, m.dtype.str, bool(m.min() >= 1.0)
        ((270, 320), '>f8', True)

    """
    # computed in single precision (as from float32 sphere images) and stored as double
    return (1.0 / vignetting(serial, shape)).astype(np.float32).astype(">f8")


def calibration_variables(spec: CalibrationSpec) -> dict[str, Any]:
    """Return the IDL variables of one calibration file (value/array first, then strings).

    Example:
        >>> v = calibration_variables(CALIBRATIONS[9])
        >>> list(v)
        ['rper_dnpersecond_15654', 'author', 'input_data_dir', 'skymap_filename']

    """
    det = spec.detector
    year = spec.start[:4]
    variables: dict[str, Any] = {}
    if spec.kind == "Rayleighs":
        value = float(spec.rayleighs or 0.0)
        variables[f"rper_dnpersecond_{spec.serial}"] = (
            np.float32(value) if spec.version == "v01" else np.float64(value)
        )
        input_dir = f"/data/calibration/{det.project.lower()}/{year}/{spec.serial}/integrating_sphere/"
    else:
        variables[f"flat_field_multiplier_{spec.serial}"] = flatfield_multiplier(spec.serial)
        input_dir = f"/data/calibration/{det.project.lower()}/{year}/{spec.serial}/flatfield_sphere/"
    variables["author"] = "aurora-widgets sample generator"
    variables["input_data_dir"] = input_dir
    variables["skymap_filename"] = f"{det.project.lower()}_skymap_lab_{spec.start}-+_v01.sav"
    return variables


def write_calibration(spec: CalibrationSpec, tree_dir: Path, compress: bool | None = None) -> Path:
    """Write one calibration file below ``tree_dir``; return its path.

    Rayleighs files are written uncompressed; flatfield files compressed (IDL ``/COMPRESS``) unless
    ``compress`` says otherwise, which keeps a 512x512 double array near 1 MB instead of 2.

    Example:
        >>> import tempfile
        >>> write_calibration(CALIBRATIONS[11], Path(tempfile.mkdtemp())).name
        'REGO_Rayleighs_15655_20141002-+_v01.sav'

    """
    path = Path(tree_dir) / spec.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    made = _dt.datetime.strptime(spec.start, "%Y%m%d") - _dt.timedelta(days=3)
    if compress is None:
        compress = spec.kind == "flatfield"
    write_sav(
        path,
        calibration_variables(spec),
        date=made.strftime("%a %b %d 15:42:10 %Y"),
        user="aurora",
        host="aurora-widgets",
        compress=compress,
        compresslevel=2,
    )
    return path


def _generated_calibrations() -> list[CalibrationSpec]:
    """Rayleighs and flatfield files for every fleet camera with a serial that has none listed above.

    Each gets a v01 pair valid from three weeks before its first deployment (open, or closed when
    it was recalibrated); about one in three was recalibrated some years later (a v02 pair). The
    Rayleighs values stay within the real range of their project.
    """
    have = {c.serial for c in CALIBRATIONS}
    out: list[CalibrationSpec] = []
    if "15649" in have and not any(c.serial == "15649" and c.kind == "flatfield" and c.version == "v01"
                                   for c in CALIBRATIONS):  # fmt: skip
        out.append(_f("15649", "20141015", "20211018", "v01"))
    out += [_r("15653", "20200815", None, "v02", 10.21), _f("15653", "20200815", None, "v02")]
    have.add("15653")
    ranges = {"REGO": (10.12, 10.44), "NIR": (2.95, 3.15), "BLUE": (23.8, 25.2)}
    for array in ("rego", "trex_nir", "trex_blue"):
        for dev in fleet.devices(array):
            serial = dev.serial
            if serial is None or serial in have:
                continue
            lo, hi = ranges[detector_for(serial, dev.shape).project]
            u = zlib.crc32(f"calibration/{serial}".encode("ascii"))
            first = (dev.first_day - _dt.timedelta(days=21)).strftime("%Y%m%d")
            value = round(lo + (hi - lo) * (u % 1000) / 999.0, 6)
            if u % 3 == 0:
                again = dev.first_day + _dt.timedelta(days=900 + u % 700)
                stop = (again - _dt.timedelta(days=1)).strftime("%Y%m%d")
                start2 = again.strftime("%Y%m%d")
                out += [_r(serial, first, stop, "v01", value), _f(serial, first, stop, "v01")]
                out += [_r(serial, start2, None, "v02", round(value * 0.993, 6)), _f(serial, start2, None, "v02")]
            else:
                out += [_r(serial, first, None, "v01", value), _f(serial, first, None, "v01")]
    return out


#: The calibration files written at build time (the seed's); the others are made on request.
BUILT_CALIBRATIONS: list[CalibrationSpec] = list(CALIBRATIONS)
CALIBRATIONS.extend(_generated_calibrations())
