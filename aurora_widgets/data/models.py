"""Plain data classes with the names pyaurorax and pyucalgarysrs users know.

These are the objects the client returns and the widgets hand back to Python: ``Dataset``,
``Observatory``, ``FileListing``, ``DownloadResult``, ``Skymap``, ``Calibration``, ``Data`` and
the best-file ``Candidate`` list. They hold data only; fetching lives in ``client.py``, reading in
``read/``, choosing in ``select.py``.

Example:
    >>> from aurora_widgets.data.models import Observatory
    >>> Observatory(uid="gill", full_name="Gillam, MB, Canada",
    ...             geodetic_latitude=56.38, geodetic_longitude=-94.64)
    Observatory(uid=gill, full_name='Gillam, MB, Canada', geodetic_latitude=56.38, geodetic_longitude=-94.64, provider='UCalgary')

"""  # noqa: E501

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from .pretty import format_value, print_attributes


class _Printed:
    """``pretty_print()`` of the result classes: every attribute, one per line, in pyaurorax's layout."""

    _width: ClassVar[int] = 16
    _short_dataset: ClassVar[bool] = False

    def pretty_print(self) -> None:
        """Print every attribute, one per line, as pyaurorax does.

        Example:
            >>> FileListing([], "", 0, Dataset(name="X")).pretty_print()   # doctest: +ELLIPSIS
            FileListing:
              count           : 0
            ...

        """
        print_attributes(type(self).__name__, self, width=self._width, short_dataset=self._short_dataset)


@dataclass
class Dataset(_Printed):
    """A dataset of the UCalgary data distribution API (e.g. ``THEMIS_ASI_SKYMAP_IDLSAV``).

    Example:
        >>> d = Dataset.from_api({"name": "REGO_RAW", "short_description": "REGO raw data",
        ...                       "long_description": "", "data_tree_url": "", "level": "L0",
        ...                       "file_listing_supported": True, "doi": None, "doi_details": None,
        ...                       "citation": None, "supported_libraries": [],
        ...                       "file_time_resolution": "1min"})
        >>> d.file_reading_supported, d.provider
        (True, 'UCalgary')

    """

    name: str
    short_description: str = ""
    long_description: str = ""
    data_tree_url: str = ""
    file_listing_supported: bool = True
    file_reading_supported: bool = False
    level: str = ""
    doi: str | None = None
    doi_details: str | None = None
    citation: str | None = None
    file_time_resolution: str = ""
    supported_libraries: list[str] = field(default_factory=list)
    provider: str = "UCalgary"

    @classmethod
    def from_api(cls, payload: dict[str, Any]) -> Dataset:
        """Build a Dataset from one JSON object of the API, ignoring keys we do not know."""
        known = {f.name for f in fields(cls)} - {"file_reading_supported", "provider"}
        kwargs = {k: v for k, v in payload.items() if k in known}
        from .readers import is_read_supported  # the one table of readable datasets

        name = str(payload.get("name", ""))
        return cls(**kwargs, file_reading_supported=is_read_supported(name))

    @property
    def kind(self) -> str:
        """``"skymap"``, ``"calibration"``, ``"raw"`` or ``"other"``, from the dataset name."""
        if "SKYMAP" in self.name:
            return "skymap"
        if "CALIBRATION" in self.name:
            return "calibration"
        if self.name.endswith("_RAW") or "_RAW_" in self.name:
            return "raw"
        return "other"

    def __repr__(self) -> str:
        return (
            f"Dataset(name={self.name}, short_description={self.short_description!r}, "
            f"provider={self.provider!r}, level={self.level!r}, doi_details={self.doi_details!r}, ...)"
        )

    _width = 27


@dataclass
class Observatory(_Printed):
    """An observatory (site) of an instrument array, with its geodetic position in degrees."""

    uid: str
    full_name: str
    geodetic_latitude: float
    geodetic_longitude: float
    provider: str = "UCalgary"

    @classmethod
    def from_api(cls, payload: dict[str, Any]) -> Observatory:
        """Build an Observatory from one JSON object of the API, ignoring unknown keys."""
        return cls(
            uid=str(payload["uid"]),
            full_name=str(payload.get("full_name", "")),
            geodetic_latitude=float(payload["geodetic_latitude"]),
            geodetic_longitude=float(payload["geodetic_longitude"]),
        )

    def __repr__(self) -> str:
        return (
            f"Observatory(uid={self.uid}, full_name={self.full_name!r}, "
            f"geodetic_latitude={self.geodetic_latitude}, geodetic_longitude={self.geodetic_longitude}, "
            f"provider={self.provider!r})"
        )

    _width = 22


@dataclass
class FileListing(_Printed):
    """The answer of ``/urls``: the file URLs of a dataset for a time range."""

    urls: list[str]
    path_prefix: str
    count: int
    dataset: Dataset
    total_bytes: int | None = None

    _width = 16


@dataclass
class DownloadResult(_Printed):
    """Files now on disk after a download, in the order of the listing's URLs."""

    filenames: list[Path]
    count: int
    total_bytes: int | None
    output_root_path: Path
    dataset: Dataset

    _width = 21


@dataclass
class SkymapGenerationInfo(_Printed):
    """How a skymap was made, and the interval it is valid for (from its file name)."""

    author: str
    ccd_center: np.ndarray | None
    code_used: str
    data_loc: str
    date_generated: _dt.datetime | None
    date_time_used: _dt.datetime | None
    img_flip: np.ndarray | None
    optical_orientation: np.ndarray | None
    optical_projection: np.ndarray | None
    pixel_aspect_ratio: float | None
    valid_interval_start: _dt.datetime
    valid_interval_stop: _dt.datetime | None = None
    bytscl_values: np.ndarray | None = None

    def __repr__(self) -> str:
        return "SkymapGenerationInfo(...)"

    _width = 25


@dataclass
class Skymap(_Printed):
    """A skymap: per-pixel elevation/azimuth and pixel-corner latitude/longitude at 3 altitudes.

    Arrays are native-endian and oriented as pyucalgarysrs orients them (north up with
    ``imshow(origin="lower")``). ``full_map_altitude`` is in metres, longitudes are 0..360.
    """

    filename: str
    project_uid: str
    site_uid: str
    imager_uid: str
    site_map_latitude: float
    site_map_longitude: float
    site_map_altitude: float
    full_elevation: np.ndarray
    full_azimuth: np.ndarray | None
    full_map_altitude: np.ndarray
    full_map_latitude: np.ndarray
    full_map_longitude: np.ndarray
    generation_info: SkymapGenerationInfo
    version: str

    def get_precalculated_altitudes(self) -> list[float]:
        """Return the altitudes (km) at which the file stores latitude/longitude grids, e.g. [90, 110, 150]."""
        return [float(a) / 1000.0 for a in self.full_map_altitude]

    def __repr__(self) -> str:
        return (
            f"Skymap(project_uid={self.project_uid}, site_uid={self.site_uid}, imager_uid={self.imager_uid}, "
            f"site_map_latitude={self.site_map_latitude:f}, site_map_longitude={self.site_map_longitude:f}, ...)"
        )

    _width = 23


@dataclass
class CalibrationGenerationInfo(_Printed):
    """How a calibration was made, and the interval it is valid for (from its file name)."""

    valid_interval_start: _dt.datetime
    valid_interval_stop: _dt.datetime | None = None
    author: str | None = None
    input_data_dir: str | None = None
    skymap_filename: str | None = None

    def __repr__(self) -> str:
        return "CalibrationGenerationInfo(...)"

    _width = 25


@dataclass
class Calibration(_Printed):
    """A flatfield or Rayleighs calibration of one detector (camera serial number ``detector_uid``)."""

    filename: str
    detector_uid: str
    version: str
    generation_info: CalibrationGenerationInfo
    rayleighs_perdn_persecond: float | None = None
    flat_field_multiplier: np.ndarray | None = None
    dataset: Dataset | None = None

    @property
    def kind(self) -> str:
        """``"flatfield"`` or ``"rayleighs"``."""
        return "flatfield" if self.flat_field_multiplier is not None else "rayleighs"

    _width = 30
    _short_dataset = True


@dataclass
class ProblematicFile:
    """A file that could not be read, and why; reading carries on with the others."""

    filename: str
    error_message: str
    error_type: str = "error"


@dataclass
class Data:
    """What ``Client.read`` returns: data, per-frame timestamps and metadata, and problems.

    For skymaps and calibrations ``data`` is a list of Skymap/Calibration objects and
    ``timestamp``/``metadata`` are empty; for raw frames ``data`` is an (H, W, N) uint16 array.
    """

    data: Any
    timestamp: list[_dt.datetime] = field(default_factory=list)
    metadata: list[dict[str, str]] = field(default_factory=list)
    problematic_files: list[ProblematicFile] = field(default_factory=list)
    calibrated_data: Any = None
    dataset: Dataset | None = None

    _ORDER = ("data", "timestamp", "metadata", "problematic_files", "calibrated_data", "dataset")

    def __repr__(self) -> str:
        parts = [f"{name}={self._format(name)}" for name in self._ORDER]
        return "Data(" + ", ".join(parts) + ")"

    def _format(self, name: str) -> str:
        value = getattr(self, name)
        if name == "dataset" and value is not None:
            return repr(value)[:75] + "...)"  # pyaurorax's shortened Dataset repr
        return format_value(value, name)

    def pretty_print(self) -> None:
        """Print a summary of every attribute, as pyaurorax does."""
        print("Data:")
        for name in self._ORDER:
            print(f"  {name:<22}: {self._format(name)}")


@dataclass
class Candidate:
    """One skymap or calibration file that could be chosen, with its validity interval.

    ``valid_to`` is None for an open interval (``-+`` in the file name); otherwise the file is
    valid through the end of that day. ``owner`` is the site UID (skymaps) or the detector UID
    (calibrations).
    """

    url: str
    filename: str
    owner: str
    valid_from: _dt.datetime
    valid_to: _dt.datetime | None
    version: str
    is_best: bool = False

    def is_valid_at(self, timestamp: _dt.datetime) -> bool:
        """Tell whether ``timestamp`` falls inside the validity interval (end day inclusive)."""
        if timestamp < self.valid_from:
            return False
        return self.valid_to is None or timestamp < self.valid_to + _dt.timedelta(days=1)


@dataclass
class Candidates:
    """Every candidate file for one site or device, and the best one for ``timestamp``."""

    dataset_name: str
    owner: str
    candidates: list[Candidate]
    timestamp: _dt.datetime | None = None
    best: Candidate | None = None

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self.candidates)

    def __len__(self) -> int:
        return len(self.candidates)
