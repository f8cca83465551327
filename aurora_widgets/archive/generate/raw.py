"""Raw one-minute PGM frame streams for THEMIS, REGO, TREx NIR and TREx Blue (section 5.1 of the notes).

Each file is a gzip stream of complete PGM frames: ``P5``, the ``#"Key" value`` metadata lines
in the real order (the THEMIS key set, or the REGO/TREx one with ``Camera Serial Number``),
``<width> <height>``, ``65535`` and big-endian uint16 pixels. The pictures come from the one sky
(:mod:`aurora_widgets.archive.sky`) seen through the device's true camera, so every site shows the
same aurora; :func:`pgm_stream` writes frames from anywhere into the real layout, and the sample
minutes below (:data:`RAW_MINUTES`, the reference notebook's) are written through the same path
as the archive server's on-demand files, byte for byte.

Example:
    >>> spec = RAW_MINUTES[1]
    >>> spec.relpath(0)
    '2021/11/04/resu_rego-655/ut06/20211104_0600_resu_rego-655_6300.pgm.gz'

"""

from __future__ import annotations

import datetime as _dt
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "INSTRUMENTS",
    "RAW_MINUTES",
    "Instrument",
    "RawSpec",
    "frame_images",
    "minute_bytes",
    "pgm_stream",
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


def _seed(text: str) -> int:
    return zlib.crc32(text.encode("ascii"))


def frame_images(spec: RawSpec, minute: int) -> tuple[np.ndarray, list[_dt.datetime]]:
    """Return one minute's frames, uint16 (N, H, W) in on-disk orientation, and their start times.

    Example:
        >>> frames, times = frame_images(RAW_MINUTES[3], 0)
        >>> frames.shape, frames.dtype.name, times[1].second
        ((10, 256, 256), 'uint16', 6)

    """
    from ..sky.devices import imager
    from ..sky.render import render_minute

    t = spec.start(minute)
    frames, times = render_minute(imager(spec.info.dataset, spec.site, spec.device, t), t, spec.info.dataset)
    return frames.astype(np.uint16), times


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


def pgm_stream(
    spec: RawSpec,
    frames: np.ndarray,
    times: list[_dt.datetime],
    latitude: float,
    longitude: float,
    site_name: str,
    minute: int = 0,
) -> bytes:
    r"""Return the uncompressed PGM stream of ``frames`` ((N, H, W), on-disk orientation) with real headers.

    Example:
        >>> frames = np.zeros((2, 270, 320), dtype=">u2")
        >>> t = [_dt.datetime(2021, 11, 4, 6, 0, s) for s in (0, 3)]
        >>> data = pgm_stream(RAW_MINUTES[4], frames, t, 56.38, -94.64, "Gillam")
        >>> data[:3], data.count(b"\n320 270\n65535\n")
        (b'P5\n', 2)

    """
    h, w = frames.shape[1:3]
    pixels = frames if frames.dtype.str == ">u2" else frames.astype(">u2")
    out = io.BytesIO()
    start = times[0] if times else spec.start(minute)
    seq0 = 1000 + _seed(spec.site + spec.device) % 2000000 + (start.hour * 60 + start.minute) * 20
    for i, (frame, t) in enumerate(zip(pixels, times, strict=True)):
        if spec.instrument == "themis":
            header = _themis_header(spec, t, seq0 + i, latitude - 0.0221, longitude - 0.0157, site_name)
        else:
            header = _trex_header(spec, t, seq0 + i, latitude, longitude, f"{-64 + (i % 3) - 1}C")
        out.write(b"P5\n")
        out.write("".join(f'#"{key}" {value}\n' for key, value in header).encode("ascii"))
        out.write(f"{w} {h}\n65535\n".encode("ascii"))
        out.write(frame.tobytes())
    return out.getvalue()


def minute_bytes(spec: RawSpec, minute: int) -> bytes:
    r"""Return the uncompressed PGM stream (all frames) of one sample minute file.

    Example:
        >>> data = minute_bytes(RAW_MINUTES[4], 0)
        >>> data[:3], b"\n320 270\n65535\n" in data
        (b'P5\n', True)

    """
    from ..sky.devices import imager
    from ..sky.render import render_minute

    t = spec.start(minute)
    im = imager(spec.info.dataset, spec.site, spec.device, t)
    frames, times = render_minute(im, t, spec.info.dataset)
    return pgm_stream(spec, frames, times, im.latitude, im.longitude, im.site_name, minute)


def write_raw_minute(spec: RawSpec, minute: int, tree_dir: Path) -> Path:
    """Write one sample minute file below ``tree_dir`` (the bytes the archive server serves for it).

    Example:
        >>> import tempfile
        >>> write_raw_minute(RAW_MINUTES[3], 0, Path(tempfile.mkdtemp())).name
        '20211104_0600_gill_nir-216_8446.pgm.gz'

    """
    from ..sky import render_raw_file

    path = Path(tree_dir) / spec.relpath(minute)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = render_raw_file(spec.info.dataset, spec.site, spec.device, spec.start(minute))
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path
