r"""Complete raw minute files from the one sky: PGM streams (THEMIS, REGO, TREx NIR/Blue) and HDF5 (RGB, SMILE).

:func:`render_raw_file` is what the archive server calls when a client asks for a raw file that
was listed but never generated: the bytes are a pure function of (dataset, site, device, minute).
PGM streams are gzip-compressed at level 1 with no name and no time in the gzip header; the
decompressed stream is the same on every machine, and so are the compressed bytes for the same
zlib implementation.

Example:
    >>> import datetime as dt
    >>> data = render_raw_file("TREX_NIR_RAW", "gill", "nir-216", dt.datetime(2021, 11, 4, 6, 0))
    >>> data[:2]
    b'\x1f\x8b'

"""

from __future__ import annotations

import datetime as _dt
import gzip

from ..generate.raw import RawSpec, pgm_stream
from .devices import imager
from .h5files import file_attributes, h5_minute_bytes
from .render import render_minute

__all__ = ["PGM_DATASETS", "naive_utc", "render_raw_file"]

#: PGM-stream datasets: (generate.raw instrument key, mode unique ID).
PGM_DATASETS = {
    "THEMIS_ASI_RAW": ("themis", "full"),
    "REGO_RAW": ("rego", "6300"),
    "TREX_NIR_RAW": ("nir", "8446"),
    "TREX_BLUE_RAW": ("blue", "full"),
}
_H5_DATASETS = {"TREX_RGB_RAW_NOMINAL": "rgb", "SMILE_ASI_RAW": "smile"}


def naive_utc(t: _dt.datetime) -> _dt.datetime:
    """Return ``t`` as a naive UTC datetime (aware ones are converted).

    Example:
        >>> naive_utc(_dt.datetime(2021, 11, 4, 1, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=-5))))
        datetime.datetime(2021, 11, 4, 6, 0)

    """
    if t.tzinfo is not None:
        t = t.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return t


def render_raw_file(dataset_name: str, site_uid: str, device_uid: str, minute: _dt.datetime) -> bytes:
    r"""Return the complete one-minute raw file, as served, of a device at a site.

    Args:
        dataset_name: ``THEMIS_ASI_RAW``, ``REGO_RAW``, ``TREX_NIR_RAW``, ``TREX_BLUE_RAW``
            (``.pgm.gz``), ``TREX_RGB_RAW_NOMINAL`` (``_full.h5``) or ``SMILE_ASI_RAW`` (``.h5``).
        site_uid: e.g. ``"gill"``.
        device_uid: e.g. ``"rego-654"``; the device must have been at the site that day
            (:mod:`aurora_widgets.archive.fleet`).
        minute: the file's start (seconds are dropped; aware datetimes are converted to UTC).

    Raises:
        KeyError: an unknown dataset, site or device, or a device that was not at the site.

    Example:
        >>> import datetime as dt
        >>> rgb = render_raw_file("TREX_RGB_RAW_NOMINAL", "gill", "rgb-04", dt.datetime(2021, 11, 4, 6, 0))
        >>> rgb[:4]
        b'\x89HDF'

    """
    minute = naive_utc(minute).replace(second=0, microsecond=0)
    im = imager(dataset_name, site_uid, device_uid, minute)
    frames, times = render_minute(im, minute, dataset_name)
    if dataset_name in PGM_DATASETS:
        key, mode = PGM_DATASETS[dataset_name]
        spec = RawSpec(key, im.site_uid, im.device_uid, mode, f"{minute:%Y%m%d}", minute.hour,
                       (minute.minute,), im.serial)
        stream = pgm_stream(spec, frames, times, im.latitude, im.longitude, im.site_name, minute.minute)
        return gzip.compress(stream, compresslevel=1, mtime=0)
    kind = _H5_DATASETS[dataset_name]
    attrs = file_attributes(kind, im.site_uid, im.device_uid, im.latitude, im.longitude,
                            im.instrument.exposure_s)
    return h5_minute_bytes(kind, frames, times, attrs, im.instrument.exposure_s)
