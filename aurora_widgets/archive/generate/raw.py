"""Synthetic raw one-minute ``.pgm.gz`` files for THEMIS, REGO, TREx NIR and TREx Blue (section 5.1).

Each file is a gzip stream of complete PGM frames: ``P5``, the ``#"Key" value`` metadata lines
in the real order (the THEMIS key set, or the REGO/TREx one with ``Camera Serial Number``),
``<width> <height>``, ``65535`` and big-endian uint16 pixels. The picture is built with the same
camera model as the site's skymap: a dark-current pedestal everywhere, a night-sky background
brighter toward the horizon, stars, and a bright east-west auroral arc drifting equatorward over
the file's minutes, all darkened by the detector's vignetting (so its flatfield undoes it), plus
Gaussian read noise. Outside the image circle there is only pedestal and noise, which makes the
5x5 corner that calibration uses for dark subtraction a good dark estimate.

Example:
    >>> spec = RAW_MINUTES[1]
    >>> spec.relpath(0)
    '2021/11/04/resu_rego-655/ut06/20211104_0600_resu_rego-655_6300.pgm.gz'

"""

from __future__ import annotations

import datetime as _dt
import gzip
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..camera import line_of_sight_latlon
from .calibrations import DETECTORS, vignetting, vignetting_model
from .skymaps import SKYMAPS, SkymapSpec, camera_for

__all__ = [
    "INSTRUMENTS",
    "RAW_MINUTES",
    "Instrument",
    "RawSpec",
    "frame_images",
    "minute_bytes",
    "write_raw_minute",
]


@dataclass(frozen=True)
class Instrument:
    """How an instrument's raw files look: frame size, cadence, exposure and signal levels."""

    dataset: str
    tree: str
    skymap_project: str
    shape: tuple[int, int]
    frames_per_minute: int
    exposure_s: float
    pedestal: float
    noise: float
    sky: float
    arc: float
    star: float
    request_offset_s: float


INSTRUMENTS: dict[str, Instrument] = {
    "themis": Instrument(
        "THEMIS_ASI_RAW",
        "THEMIS/asi/stream0",
        "themis",
        (256, 256),
        20,
        1.0,
        3480.0,
        18.0,
        2600.0,
        5200.0,
        9000.0,
        0.063119,
    ),
    "rego": Instrument(
        "REGO_RAW",
        "GO-Canada/REGO/stream0",
        "rego",
        (512, 512),
        20,
        2.0,
        450.0,
        3.0,
        60.0,
        900.0,
        1500.0,
        0.0,
    ),
    "nir": Instrument(
        "TREX_NIR_RAW", "TREx/NIR/stream0", "nir", (256, 256), 10, 5.0, 305.0, 8.0, 110.0, 700.0, 2500.0, 0.0
    ),
    "blue": Instrument(
        "TREX_BLUE_RAW",
        "TREx/blueline/stream0",
        "blue",
        (270, 320),
        20,
        2.0,
        500.0,
        6.0,
        90.0,
        1200.0,
        2000.0,
        0.0,
    ),
}


@dataclass(frozen=True)
class RawSpec:
    """Consecutive one-minute raw files of one imager: ``minutes`` after ``date`` ``hour``:00 UTC."""

    instrument: str
    site: str
    device: str
    mode: str
    date: str
    hour: int
    minutes: tuple[int, ...]
    serial: str | None = None

    @property
    def info(self) -> Instrument:
        """The instrument constants."""
        return INSTRUMENTS[self.instrument]

    def start(self, minute: int) -> _dt.datetime:
        """Start time (naive UTC) of the file for ``minute``."""
        return _dt.datetime.strptime(self.date, "%Y%m%d").replace(hour=self.hour, minute=minute)

    def filename(self, minute: int) -> str:
        """E.g. ``20211104_0600_resu_rego-655_6300.pgm.gz``."""
        return f"{self.start(minute):%Y%m%d_%H%M}_{self.site}_{self.device}_{self.mode}.pgm.gz"

    def relpath(self, minute: int) -> str:
        """Path below the data tree: ``YYYY/MM/DD/<site>_<device>/utHH/<filename>``."""
        t = self.start(minute)
        return f"{t:%Y/%m/%d}/{self.site}_{self.device}/ut{t:%H}/{self.filename(minute)}"


#: Every generated raw file group (the notebook's REGO resu/gill minutes among them). REGO rank
#: (Rankin Inlet, ~730 km north of gill) shares gill's 06:00 minute and its field of view overlaps
#: gill's, so the SkymapBrowser's neighbouring-sites mosaic has a real overlap to show.
RAW_MINUTES: list[RawSpec] = [
    RawSpec("themis", "gill", "themis19", "full", "20211104", 6, (0, 1)),
    RawSpec("rego", "resu", "rego-655", "6300", "20211104", 6, (0, 1), "15655"),
    RawSpec("rego", "gill", "rego-654", "6300", "20211104", 6, (0,), "15654"),
    RawSpec("nir", "gill", "nir-216", "8446", "20211104", 6, (0, 1, 2), "23216"),
    RawSpec("blue", "gill", "blue-814", "full", "20211104", 6, (0, 1), "16814"),
    RawSpec("rego", "rank", "rego-656", "6300", "20211104", 6, (0,), "15656"),
]


def _skymap_at(spec: RawSpec) -> SkymapSpec:
    """Return the skymap (latest valid-from date, then highest version) valid on the data's date."""
    project = spec.info.skymap_project
    cands = [
        s
        for s in SKYMAPS
        if s.project == project
        and s.site == spec.site
        and s.start <= spec.date
        and (s.stop is None or s.stop >= spec.date)
    ]
    if not cands:
        raise LookupError(f"no {project} skymap of {spec.site} valid on {spec.date}")
    return max(cands, key=lambda s: (s.start, s.version.replace("vXX", "v00")))


def _seed(text: str) -> int:
    return zlib.crc32(text.encode("ascii"))


def _sidereal_rotation_deg(t: _dt.datetime) -> float:
    """Sky rotation since midnight, 15.04 deg per hour (enough for star trails between minutes)."""
    return (t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6) / 3600.0 * 15.041


def _frame_times(spec: RawSpec, minute: int) -> list[_dt.datetime]:
    info = spec.info
    rng = np.random.default_rng(_seed(spec.filename(minute) + "times"))
    step = 60.0 / info.frames_per_minute
    base = spec.start(minute)
    out = []
    for i in range(info.frames_per_minute):
        jitter = 0.0 if info.request_offset_s == 0.0 else float(rng.integers(-30000, 30000)) / 1e6
        out.append(base + _dt.timedelta(seconds=i * step + info.request_offset_s + jitter))
    return out


def frame_images(spec: RawSpec, minute: int) -> tuple[np.ndarray, list[_dt.datetime]]:
    """Return one minute's frames, uint16 (N, H, W) in on-disk orientation, and their start times.

    Example:
        >>> frames, times = frame_images(RAW_MINUTES[3], 0)
        >>> frames.shape, frames.dtype.name, times[1].second
        ((10, 256, 256), 'uint16', 6)

    """
    info = spec.info
    sky_spec = _skymap_at(spec)
    cam = camera_for(sky_spec)
    h, w = info.shape
    el, az = cam.elevation_azimuth()
    el = el.astype(float)
    inside = ~np.isnan(el)
    lat0, lon0 = _site_latlon(sky_spec)
    lat110, lon110 = line_of_sight_latlon(el, az.astype(float), lat0, lon0, 110.0)
    lat110 = np.where(inside, np.nan_to_num(lat110, nan=lat0 - 20.0), lat0 - 20.0)
    lon110 = np.nan_to_num(lon110, nan=lon0 % 360.0)
    if spec.serial is not None and spec.serial in DETECTORS and DETECTORS[spec.serial].shape == (h, w):
        vig = vignetting(spec.serial)
    else:
        vig = vignetting_model((h, w), 0.5, (0.5, -0.5))
    # airglow background brightens toward the horizon (van Rhijn-like), zero outside the circle
    el_pos = np.clip(np.where(inside, el, 0.0), 0.0, 90.0)
    ratio = 6371.2 / (6371.2 + 250.0)
    van_rhijn = 1.0 / np.sqrt(1.0 - (ratio * np.cos(np.radians(el_pos))) ** 2)
    background = info.sky * van_rhijn / van_rhijn.min()

    # stars: fixed catalogue per site (seeded), rotating about the zenith at the sidereal rate
    star_rng = np.random.default_rng(_seed(spec.site + spec.device + "stars"))
    n_stars = 60
    star_el = np.degrees(np.arcsin(star_rng.uniform(np.sin(np.radians(8.0)), 1.0, n_stars)))
    star_az = star_rng.uniform(0.0, 360.0, n_stars)
    star_mag = star_rng.uniform(0.15, 1.0, n_stars) ** 2

    # the arc: from 2 deg poleward of the site drifting equatorward across the file group
    t_first = spec.start(spec.minutes[0])
    span_s = max(60.0 * len(spec.minutes), 60.0)
    times = _frame_times(spec, minute)
    noise_rng = np.random.default_rng(_seed(spec.filename(minute) + "noise"))
    frames = np.empty((len(times), h, w), dtype=np.uint16)
    for i, t in enumerate(times):
        frac = (t - t_first).total_seconds() / span_s
        arc_lat = lat0 + 2.0 - 3.0 * frac
        along = 1.0 + 0.35 * np.sin(np.radians(lon110 * 7.0) + 6.0 * frac)
        arc = info.arc * along * np.exp(-(((lat110 - arc_lat) / 0.18) ** 2))
        signal = background + arc
        # stars, drawn as 2x2 bilinear splats
        stars = np.zeros((h, w))
        rot = _sidereal_rotation_deg(t)
        for k in range(n_stars):
            r, c = cam.pixel_of(float(star_el[k]), float((star_az[k] + rot) % 360.0))
            r0, c0 = int(np.floor(r)), int(np.floor(c))
            fr, fc = r - r0, c - c0
            for dr, dc, wgt in (
                (0, 0, (1 - fr) * (1 - fc)),
                (0, 1, (1 - fr) * fc),
                (1, 0, fr * (1 - fc)),
                (1, 1, fr * fc),
            ):
                if 0 <= r0 + dr < h and 0 <= c0 + dc < w:
                    stars[r0 + dr, c0 + dc] += info.star * star_mag[k] * wgt
        signal = np.where(inside, (signal + stars) * vig, 0.0)
        image = info.pedestal + signal + noise_rng.normal(0.0, info.noise, (h, w))
        frames[i] = np.clip(np.rint(image), 0, 65535).astype(np.uint16)
    return frames, times


def _site_latlon(sky_spec: SkymapSpec) -> tuple[float, float]:
    from ..catalogue import SITE_TABLE

    for uid, _name, lat, lon in SITE_TABLE[sky_spec.info.array]:
        if uid == sky_spec.site:
            return lat, lon
    raise KeyError(sky_spec.site)


def _ts(t: _dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S.%f UTC")


def _themis_header(
    spec: RawSpec, t: _dt.datetime, seq: int, lat: float, lon: float, name: str
) -> list[tuple[str, str]]:
    readout = t + _dt.timedelta(seconds=0.985074)
    return [
        ("Revised", "2006-05-22"),
        ("Project unique ID", "themis-gbo"),
        ("Site unique ID", spec.site),
        ("Imager unique ID", spec.device),
        ("Imager model", "starlight Xpress MX716 with THEMIS all-sky optics"),
        ("Imager comment", "sample archive (synthetic)"),
        ("Ccd type", "Sony ICX249AL"),
        ("Ccd xsize", "752 pixels"),
        ("Ccd ysize", "290 pixels"),
        ("Ccd background", "3300"),
        ("Pixel depth", "16 bits"),
        ("Pixel aspect ratio", "0.5181"),
        ("Optical type", "THEMIS all-sky"),
        ("Optical projection", "a1=1.5,a3=0.0,b2=0.0,b4=0.0"),
        ("Optical center", "x0=382,y0=150"),
        ("Computer name", f"{spec.site} i686"),
        ("Operating system", "Linux 2.4.37.11 #1 Tue Oct 30 01:49:12 UTC 2012"),
        ("Project unique ID", "THEMIS"),
        ("Site unique ID", spec.site),
        ("Site name", name),
        ("Geodetic latitude", f"{lat:.4f}"),
        ("Geodetic Longitude", f"{lon:.4f}"),
        ("Geodetic altitude", "0.0"),
        ("Mode unique ID", spec.mode),
        ("Mode sequence number", str(seq)),
        ("CCD device", "/dev/ccdA"),
        ("Exposure options", "WIDTH=512 HEIGHT=256 XBIN=2 YBIN=1 XOFFSET=126 YOFFSET=22 MSEC=999"),
        ("Image request start", _ts(t)),
        ("Image readout start", _ts(readout)),
        ("Exposure plus initial readout", "   985.07 ms"),
    ]


_TREX_CAMERA = {
    "rego": ("rego", "Andor iKon-M 934 DD", "Andor E2V CCD47-10", "1024", "2", "-60"),
    "nir": ("trex", "Andor DZ936N-#FI-9972", "Andor E2V CCD42-40", "2048", "8", "-65"),
    "blue": ("trex", "Andor iKon-L 936 BV", "Andor E2V CCD42-40", "2048", "6", "-60"),
}


def _trex_header(
    spec: RawSpec, t: _dt.datetime, seq: int, lat: float, lon: float, temp: str
) -> list[tuple[str, str]]:
    info = spec.info
    project, model, ccd, ccd_size, binning, set_temp = _TREX_CAMERA[spec.instrument]
    h, w = info.shape
    msec = info.exposure_s * 1000.0
    return [
        ("Project unique ID", project),
        ("Site unique ID", spec.site),
        ("Imager unique ID", spec.device),
        ("Mode unique ID", spec.mode),
        ("Geographic latitude", f"{lat:.6f}"),
        ("Geographic longitude", f"{lon:.6f}"),
        ("Camera Model", model),
        ("Camera Serial Number", spec.serial or ""),
        ("Lens Serial Number", f"51800{(spec.serial or '0')[-4:]}"),
        ("Filter Serial Number", ""),
        ("CCD type", ccd),
        ("CCD xsize", f"{ccd_size} pixels"),
        ("CCD ysize", f"{ccd_size} pixels"),
        ("Pixel depth", "16 bits"),
        ("CCD xbinned", binning),
        ("CCD ybinned", binning),
        ("VSSpeed index", "0"),
        ("VS Amplitude index", "0"),
        ("VS Amplitude", "0"),
        ("High Capacity Toggle", "0"),
        ("Requested Pre Amp gain", "4.0"),
        ("Current HS Speed", "3.0 MHz"),
        ("Requested Exposure", f"{info.exposure_s:g}"),
        ("Conf file set CCD temperature", f"{set_temp} (+- 5C)"),
        ("Computer name", f"{spec.site}-{spec.instrument}"),
        ("Operating System", "Linux 3.10.0-957.21.3.el7.x86_64 #1 SMP Tue Jun 18 16:35:19 UTC 2019"),
        ("NTP target", "127.127.20.0"),
        ("NTP delay", "0.000"),
        ("NTP offset", f"{(seq % 7) * 0.731:.3f}"),
        ("NTP jitter", f"{(seq % 5) * 1.103:.3f}"),
        ("Mode sequence number", f"{seq} "),
        ("VSSpeed", "38.549999 "),
        ("Current CCD temperature", f"{temp} "),
        ("Last Known Shutter State", "AUTO "),
        ("Digitemp Camera", "20.56 C "),
        ("Bright Light Status", "DARK (550) "),
        ("Exposure Options", f"WIDTH={w} HEIGHT={h} XBIN={binning} YBIN={binning} MSEC={msec:.2f} "),
        ("Image request start", _ts(t) + " "),
        ("Image readout start", _ts(t + _dt.timedelta(seconds=info.exposure_s + 0.000464)) + " "),
        ("Exposure plus readout", f"{msec + 1.0:.4f} ms "),
    ]


def minute_bytes(spec: RawSpec, minute: int) -> bytes:
    r"""Return the uncompressed PGM stream (all frames) of one minute file.

    Example:
        >>> data = minute_bytes(RAW_MINUTES[4], 0)
        >>> data[:3], b"\n320 270\n65535\n" in data
        (b'P5\n', True)

    """
    info = spec.info
    frames, times = frame_images(spec, minute)
    sky_spec = _skymap_at(spec)
    lat, lon = _site_latlon(sky_spec)
    from ..catalogue import SITE_TABLE

    name = next(n for uid, n, _a, _b in SITE_TABLE[sky_spec.info.array] if uid == spec.site)
    h, w = info.shape
    out = io.BytesIO()
    seq0 = 1000 + _seed(spec.site + spec.device) % 2000000 + (spec.start(minute).hour * 60 + minute) * 20
    for i, (frame, t) in enumerate(zip(frames, times, strict=True)):
        if spec.instrument == "themis":
            header = _themis_header(spec, t, seq0 + i, lat - 0.0221, lon - 0.0157, name)
        else:
            header = _trex_header(spec, t, seq0 + i, lat, lon, f"{-64 + (i % 3) - 1}C")
        out.write(b"P5\n")
        for key, value in header:
            out.write(f'#"{key}" {value}\n'.encode("ascii"))
        out.write(f"{w} {h}\n65535\n".encode("ascii"))
        out.write(frame.astype(">u2").tobytes())
    return out.getvalue()


def write_raw_minute(spec: RawSpec, minute: int, tree_dir: Path, compresslevel: int = 3) -> Path:
    """Write one minute file (gzip, deterministic header: no timestamp) below ``tree_dir``; return its path.

    Example:
        >>> import tempfile
        >>> write_raw_minute(RAW_MINUTES[3], 0, Path(tempfile.mkdtemp())).name
        '20211104_0600_gill_nir-216_8446.pgm.gz'

    """
    path = Path(tree_dir) / spec.relpath(minute)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = minute_bytes(spec, minute)
    tmp = path.with_name(path.name + ".part")
    with (
        open(tmp, "wb") as raw,
        gzip.GzipFile(
            filename=path.name[:-3], mode="wb", fileobj=raw, mtime=0, compresslevel=compresslevel
        ) as gz,
    ):
        gz.write(data)
    tmp.replace(path)
    return path
