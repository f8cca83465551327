"""Synthetic skymap ``.sav`` files laid out like the real UCalgary skymaps (section 4.1 of the notes).

A skymap is an IDL structure ``skymap`` with per-pixel elevation/azimuth (H, W), pixel-corner
latitude/longitude (3, H+1, W+1) at 90/110/150 km, binning tables and a ``generation_info``
sub-structure. Arrays are in the orientation the real files store (north toward row 0, east toward
column 0; REGO mirrored east/west), so a reader that flips them as pyucalgarysrs does gets north up.

Example:
    >>> spec = SkymapSpec("themis", "gill", "themis19", "20210308", None, "v02")
    >>> spec.relpath
    'gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav'
    >>> PROJECTS["rego"].dataset
    'REGO_SKYMAP_IDLSAV'

"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .. import fleet
from ..camera import FisheyeCamera, line_of_sight_latlon
from ..idlsave import write_sav

__all__ = [
    "PROJECTS",
    "SKYMAPS",
    "ProjectInfo",
    "SkymapSpec",
    "all_specs",
    "camera_for",
    "skymap_variables",
    "spec_for_path",
    "write_skymap",
]

#: Altitudes (km) of the pixel-corner latitude/longitude grids.
MAP_ALTITUDES_KM = (90.0, 110.0, 150.0)
#: Low mantissa bits cleared (with rounding) in angle arrays so the archive compresses well; the
#: error is below 2**-17 relative (< 0.002 deg of longitude, < 0.0007 deg of elevation).
QUANTIZE_BITS = 6
_N_BINS = 1024


def _quantize(values: np.ndarray, bits: int = QUANTIZE_BITS) -> np.ndarray:
    """Round float32 values to ``23 - bits`` mantissa bits (NaN stays NaN), as big-endian ``>f4``."""
    f = np.ascontiguousarray(values, dtype=np.float32)
    u = f.view(np.uint32).astype(np.uint64)
    rounded = ((u + (1 << (bits - 1))) >> bits) << bits
    out = rounded.astype(np.uint32).view(np.float32)
    out = np.where(np.isnan(f), np.float32(np.nan), out)
    return out.astype(">f4")


@dataclass(frozen=True)
class ProjectInfo:
    """Per-instrument constants: dataset name, observatory key, image shape, E/W mirroring."""

    dataset: str
    array: str
    shape: tuple[int, int]
    mirror_ew: bool
    pixel_aspect_ratio: float
    data_root: str


PROJECTS: dict[str, ProjectInfo] = {
    "themis": ProjectInfo("THEMIS_ASI_SKYMAP_IDLSAV", "themis_asi", (256, 256), False, 0.518072, "themis"),
    "rego": ProjectInfo("REGO_SKYMAP_IDLSAV", "rego", (512, 512), True, 1.0, "rego"),
    "nir": ProjectInfo("TREX_NIR_SKYMAP_IDLSAV", "trex_nir", (256, 256), False, 1.0, "trex/nir"),
    "rgb": ProjectInfo("TREX_RGB_SKYMAP_IDLSAV", "trex_rgb", (480, 553), False, 1.0, "trex/rgb"),
    "blue": ProjectInfo("TREX_BLUE_SKYMAP_IDLSAV", "trex_blue", (270, 320), False, 1.0, "trex/blue"),
    "smile": ProjectInfo("SMILE_ASI_SKYMAP_IDLSAV", "smile_asi", (512, 512), False, 1.0, "smile"),
}
#: dataset name -> project
DATASET_PROJECT = {info.dataset: project for project, info in PROJECTS.items()}


@dataclass(frozen=True)
class SkymapSpec:
    """One skymap file: who, valid when, which version, and how the camera sat (rotation/shift).

    ``folder_date`` is the date in the folder name (``<site>_<YYYYMMDD>``), which on the real
    server can differ from the valid-from date in the file name; ``None`` means the same.
    """

    project: str
    site: str
    imager: str
    start: str
    stop: str | None
    version: str
    rotation_deg: float = 0.0
    shift_px: tuple[float, float] = (0.0, 0.0)
    folder_date: str | None = None
    hour: int = 6

    @property
    def filename(self) -> str:
        """E.g. ``themis_skymap_gill_20210308-+_v02.sav``."""
        return fleet.skymap_filename(self.project, self.site, self.start, self.stop, self.version)

    @property
    def relpath(self) -> str:
        """Path below the dataset's data tree: ``<site>/<site>_<folder date>/<filename>``."""
        return fleet.skymap_relpath(self.site, self.folder_date or self.start, self.filename)

    @property
    def info(self) -> ProjectInfo:
        """The instrument constants of this skymap's project."""
        return PROJECTS[self.project]


def spec_from_version(version: fleet.SkymapVersion) -> SkymapSpec:
    """Return the file spec of one of the fleet's skymap versions (the camera it describes, its folder, hour).

    Example:
        >>> v = fleet.best_skymap("themis_asi", "gill", _dt.date(2021, 11, 4))
        >>> spec_from_version(v).relpath
        'gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav'

    """
    return SkymapSpec(
        version.project, version.site_uid, version.device_uid, version.start, version.stop, version.version,
        version.rotation_deg, version.shift_px, version.folder_date, version.hour,
    )  # fmt: skip


def all_specs(project: str | None = None) -> list[SkymapSpec]:
    """Every skymap file the archive lists, optionally of one project (a real sample file's too, as a stand-in).

    Example:
        >>> len(all_specs("themis")) > len([s for s in SKYMAPS if s.project == "themis"])
        True

    """
    out: list[SkymapSpec] = []
    for name, info in PROJECTS.items():
        if project is None or name == project:
            out.extend(spec_from_version(v) for v in fleet.all_skymap_versions(info.array))
    return out


@functools.lru_cache(maxsize=8)
def _spec_index(project: str) -> dict[str, SkymapSpec]:
    return {s.relpath: s for s in all_specs(project)}


def spec_for_path(dataset: str, relpath: str) -> SkymapSpec | None:
    """Return the generated skymap at ``relpath`` (below the dataset's tree), or None.

    Example:
        >>> rel = "gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav"
        >>> spec_for_path("THEMIS_ASI_SKYMAP_IDLSAV", rel).version
        'v02'

    """
    project = DATASET_PROJECT.get(dataset)
    return None if project is None else _spec_index(project).get(relpath)


# The skymaps written at build time (the seed's), in this order; every other listed skymap is
# written on first request by the server (see :func:`spec_for_path`).
_BUILT = (
    ("themis", "atha/atha_20081029/themis_skymap_atha_20070301-20090522_vXX.sav"),
    ("themis", "atha/atha_20230115/themis_skymap_atha_20230115-+_v02.sav"),
    ("themis", "fsmi/fsmi_20140908/themis_skymap_fsmi_20140908-+_v01.sav"),
    ("themis", "gill/gill_20100304/themis_skymap_gill_20100304-20150309_vXX.sav"),
    ("themis", "gill/gill_20150310/themis_skymap_gill_20150310-+_v01.sav"),
    ("themis", "gill/gill_20150310/themis_skymap_gill_20150310-+_v02.sav"),
    ("themis", "gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav"),
    ("themis", "gill/gill_20220301/themis_skymap_gill_20220301-+_v02.sav"),
    ("rego", "atha/atha_20140718/rego_skymap_atha_20140718-+_v01.sav"),
    ("rego", "gill/gill_20201019/rego_skymap_gill_20201019-+_v01.sav"),
    ("rego", "rank/rank_20141006/rego_skymap_rank_20141006-+_v01.sav"),
    ("rego", "resu/resu_20140929/rego_skymap_resu_20140929-+_v01.sav"),
    ("nir", "atha/atha_20220920/nir_skymap_atha_20220920-+_v01.sav"),
    ("nir", "gill/gill_20190901/nir_skymap_gill_20190901-20211019_v01.sav"),
    ("nir", "gill/gill_20211020/nir_skymap_gill_20211020-+_v01.sav"),
    ("rgb", "gill/gill_20210806/rgb_skymap_gill_20210806-+_v01.sav"),
    ("blue", "gill/gill_20211020/blue_skymap_gill_20211020-+_v01.sav"),
    ("blue", "luck/luck_20220801/blue_skymap_luck_20220801-+_v01.sav"),
)

#: The skymaps written at build time (the seed's sites), taken from the fleet. Successive skymaps
#: of a site differ a little (rotation/centre); gill THEMIS 20210308 -> 20220301 differs
#: noticeably (camera re-levelled).
SKYMAPS: list[SkymapSpec] = [_spec_index(project)[rel] for project, rel in _BUILT]


def _site(spec: SkymapSpec) -> tuple[float, float]:
    s = fleet.site(spec.info.array, spec.site)
    return s.latitude, s.longitude


def camera_for(spec: SkymapSpec) -> FisheyeCamera:
    """Return the camera model a skymap describes (image shape, centre shift, rotation, mirroring).

    Example:
        >>> camera_for(SKYMAPS[0]).height
        256

    """
    return fleet.camera_model(spec.info.shape, spec.rotation_deg, spec.shift_px, spec.info.mirror_ew)


def _bins(
    el: np.ndarray, az: np.ndarray, rows: np.ndarray, cols: np.ndarray, lat0: float, lon0: float
) -> dict[str, np.ndarray]:
    """Group the sky into 32 elevation rings x 32 azimuth sectors (bin 1024 = outside the FOV)."""
    n_ring = n_sect = 32
    valid = ~np.isnan(el)
    ring = np.clip(((90.0 - np.where(valid, el, 0.0)) / 91.0 * n_ring).astype(int), 0, n_ring - 1)
    sect = np.clip((np.where(valid, az, 0.0) / 360.0 * n_sect).astype(int), 0, n_sect - 1)
    full_bin = np.where(valid, ring * n_sect + sect, _N_BINS).astype(np.uint16)
    idx = full_bin[valid].astype(int)
    counts = np.maximum(np.bincount(idx, minlength=_N_BINS), 1)
    bin_row = np.bincount(idx, rows[valid], minlength=_N_BINS) / counts
    bin_col = np.bincount(idx, cols[valid], minlength=_N_BINS) / counts
    b = np.arange(_N_BINS)
    el_lo = 90.0 - (b // n_sect + 1) * 91.0 / n_ring
    el_hi = 90.0 - (b // n_sect) * 91.0 / n_ring
    az_lo = (b % n_sect) * 360.0 / n_sect
    az_hi = az_lo + 360.0 / n_sect
    corners_el = np.stack([el_lo, el_lo, el_hi, el_hi])
    corners_az = np.stack([az_lo, az_hi, az_hi, az_lo])
    blat, blon = line_of_sight_latlon(corners_el, corners_az, lat0, lon0, 110.0)
    return {
        "full_bin": full_bin.astype(">u2"),
        "bin_row": np.round(bin_row).astype(">u2"),
        "bin_column": np.round(bin_col).astype(">u2"),
        "bin_elevation": ((el_lo + el_hi) / 2.0).astype(">f4"),
        "bin_azimuth": ((az_lo + az_hi) / 2.0).astype(">f4"),
        "bin_map_latitude": blat.astype(">f4"),
        "bin_map_longitude": blon.astype(">f4"),
    }


def _generation_info(spec: SkymapSpec, cam: FisheyeCamera) -> dict[str, Any]:
    start = _dt.datetime.strptime(spec.start, "%Y%m%d").replace(hour=spec.hour)
    seed = sum(map(ord, spec.filename))
    generated = start + _dt.timedelta(
        days=20 + seed % 200, hours=seed % 9, minutes=seed % 60, seconds=seed % 59
    )
    stop = "+" if spec.stop is None else f"{spec.stop}23"
    used = start.strftime("%Y%m%d_UT%H")
    hh = start.strftime("%Y%m%d_%H")
    year, month, day = start.strftime("%Y"), start.strftime("%m"), start.strftime("%d")
    data_loc = (
        f"\\\\AURORA\\data\\{spec.info.data_root.replace('/', chr(92))}\\imager\\stream2\\{year}\\{month}\\"
        f"{day}\\{spec.site}_{spec.imager}\\ut{start:%H}\\{hh}_{spec.site}_{spec.imager}_full-average.pgm.gz"
    )
    crow, ccol = cam.center
    projection = np.zeros((2, 9), dtype=">f8")
    projection[0, 1] = cam.radius * 1.29
    projection[0, 3] = -3.98
    projection[0, 5] = -0.002
    projection[1, 0] = 1.0
    return {
        "date_generated": generated.strftime("%a %b %d %H:%M:%S %Y"),
        "author": "aurora-widgets sample generator",
        "valid_interval_start": start.strftime("%Y%m%d%H"),
        "valid_interval_stop": stop,
        "date_time_used": used,
        "data_loc": data_loc,
        "code_used": "write_skymap_file.pro",
        "optical_projection": projection,
        "optical_orientation": np.array([spec.rotation_deg, 0.0, 0.0], dtype=">f8"),
        "ccd_center": np.array([ccol, crow], dtype=">f8"),
        "img_flip": np.array([1, 1 if spec.info.mirror_ew else 0], dtype=np.uint8),
        "pixel_aspect_ratio": np.float64(spec.info.pixel_aspect_ratio),
        "bytscl_values": np.array([-1, -1], dtype=">i2"),
    }


def skymap_variables(spec: SkymapSpec) -> dict[str, Any]:
    """Return the IDL variables of one skymap file: ``{"skymap": {...}}`` with the real fields.

    Example:
        >>> v = skymap_variables(SKYMAPS[3])["skymap"]
        >>> v["full_map_latitude"].shape, v["full_elevation"].dtype.str
        ((3, 257, 257), '>f4')

    """
    cam = camera_for(spec)
    h, w = spec.info.shape
    lat0, lon0 = _site(spec)
    el, az = cam.elevation_azimuth()
    el_c, az_c = cam.corner_elevation_azimuth()
    lats, lons = [], []
    for alt in MAP_ALTITUDES_KM:
        lat, lon = line_of_sight_latlon(el_c, az_c, lat0, lon0, alt)
        lats.append(lat)
        lons.append(lon)
    rows, cols = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
    start = _dt.datetime.strptime(spec.start, "%Y%m%d").replace(hour=spec.hour, tzinfo=_dt.timezone.utc)
    skymap: dict[str, Any] = {
        "generation_info": _generation_info(spec, cam),
        "site_uid": spec.site,
        "imager_uid": spec.imager,
        "project_uid": spec.project,
        "imager_unix_time": np.int32(start.timestamp()),
        "site_map_latitude": np.float32(lat0),
        "site_map_longitude": np.float32(lon0 % 360.0),
        "site_map_altitude": np.float32(0.0),
        "full_row": rows.astype(">u2"),
        "full_column": cols.astype(">u2"),
        "full_ignore": np.zeros((h, w), dtype=np.uint8),
        "full_subtract": np.zeros((h, w), dtype=">u2"),
        "full_multiply": np.ones((h, w), dtype=">f4"),
        "full_elevation": _quantize(el),
        "full_azimuth": _quantize(az),
        "full_map_altitude": np.array([a * 1000.0 for a in MAP_ALTITUDES_KM], dtype=">f4"),
        "full_map_latitude": _quantize(np.stack(lats)),
        "full_map_longitude": _quantize(np.stack(lons)),
    }
    bins = _bins(el.astype(float), az.astype(float), rows.astype(float), cols.astype(float), lat0, lon0)
    skymap["full_bin"] = bins.pop("full_bin")
    skymap.update({k: bins[k] for k in ("bin_row", "bin_column", "bin_elevation", "bin_azimuth")})
    skymap["bin_map_altitude"] = np.float32(110000.0)
    skymap["bin_map_latitude"] = bins["bin_map_latitude"]
    skymap["bin_map_longitude"] = bins["bin_map_longitude"]
    return {"skymap": skymap}


def write_skymap(spec: SkymapSpec, tree_dir: Path, compress: bool = True) -> Path:
    """Write one skymap below ``tree_dir`` (the dataset's data-tree folder); return its path.

    Files are zlib-compressed IDL SAVE files by default (readable by ``scipy.io.readsav``), which
    keeps the 512x512 REGO maps at a few MB instead of 14.

    Example:
        >>> import tempfile
        >>> p = write_skymap(SKYMAPS[6], Path(tempfile.mkdtemp()))
        >>> p.name
        'themis_skymap_gill_20210308-+_v02.sav'

    """
    path = Path(tree_dir) / spec.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    date = _generation_info(spec, camera_for(spec))["date_generated"]
    write_sav(
        path, skymap_variables(spec), date=date, user="aurora", host="aurora-widgets", compress=compress,
        compresslevel=2,
    )
    return path
