"""The camera the sky is rendered through: site, true camera model, vignetting and Rayleigh scale.

The fleet (:mod:`aurora_widgets.archive.fleet`) says which device sat where and how it was
pointed; the calibration generator (:mod:`aurora_widgets.archive.generate.calibrations`) says how
its optics vignette and how many Rayleighs one count per second is. Both are read through this
one module so the renderer never disagrees with the skymap and calibration files.

Example:
    >>> import datetime as dt
    >>> im = imager("REGO_RAW", "resu", "rego-655", dt.datetime(2021, 11, 4, 6, 0))
    >>> im.camera.mirror_ew, im.serial, round(im.rayleighs_per_dn_per_s, 1)
    (True, '15655', 10.4)

"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass

import numpy as np

from .. import fleet
from ..camera import FisheyeCamera
from ..generate.calibrations import rayleighs_per_dn_per_s, vignetting, vignetting_model
from .instruments import RawInstrument, raw_instrument

__all__ = ["ARRAY_OF_PREFIX", "Imager", "array_of_dataset", "imager"]

#: Instrument array of each dataset-name prefix.
ARRAY_OF_PREFIX = {
    "THEMIS_ASI": "themis_asi",
    "REGO": "rego",
    "TREX_NIR": "trex_nir",
    "TREX_BLUE": "trex_blue",
    "TREX_RGB": "trex_rgb",
    "SMILE_ASI": "smile_asi",
}
_RAW_OF_ARRAY = {
    "themis_asi": "THEMIS_ASI_RAW",
    "rego": "REGO_RAW",
    "trex_nir": "TREX_NIR_RAW",
    "trex_blue": "TREX_BLUE_RAW",
    "trex_rgb": "TREX_RGB_RAW_NOMINAL",
    "smile_asi": "SMILE_ASI_RAW",
}
#: Vignetting of cameras without a flatfield file (THEMIS, RGB, SMILE).
_DEFAULT_FALLOFF = (0.5, (0.5, -0.5))


def array_of_dataset(dataset_name: str) -> str:
    """Return the instrument array (``themis_asi``, ``rego``...) of a dataset name.

    Example:
        >>> array_of_dataset("TREX_RGB_DAILY_KEOGRAM")
        'trex_rgb'

    """
    for prefix in sorted(ARRAY_OF_PREFIX, key=len, reverse=True):
        if dataset_name.startswith(prefix + "_"):
            return ARRAY_OF_PREFIX[prefix]
    raise KeyError(f"dataset {dataset_name!r} belongs to no imager array ({', '.join(ARRAY_OF_PREFIX)})")


@dataclass(frozen=True, eq=False)
class Imager:
    """One device at one site on one day, as the renderer needs it."""

    instrument: RawInstrument
    array: str
    site_uid: str
    site_name: str
    device_uid: str
    serial: str | None
    latitude: float
    longitude: float
    camera: FisheyeCamera
    rayleighs_per_dn_per_s: float
    vignetting: np.ndarray


def imager(dataset_name: str, site_uid: str, device_uid: str, when: _dt.datetime) -> Imager:
    """Return the :class:`Imager` that records ``dataset_name`` at a site with a device on ``when``.

    ``dataset_name`` may be any dataset of the array (raw, keogram, montage): the raw dataset's
    camera is used.

    Raises:
        KeyError: unknown site or device, or the device was not at that site on that day.

    Example:
        >>> import datetime as dt
        >>> imager("THEMIS_ASI_RAW", "gill", "themis19", dt.datetime(2021, 11, 4)).camera.rotation_deg
        3.1

    """
    array = array_of_dataset(dataset_name)
    return _imager(array, site_uid.lower(), device_uid.lower(), when.date())


@functools.lru_cache(maxsize=64)
def _imager(array: str, site_uid: str, device_uid: str, day: _dt.date) -> Imager:
    inst = raw_instrument(_RAW_OF_ARRAY[array])
    dev = fleet.device(device_uid)
    epoch = dev.epoch_at(day)
    if dev.array != array or epoch is None or epoch.site_uid != site_uid:
        raise KeyError(f"device {device_uid} of {dev.array} was not at {site_uid} ({array}) on {day}")
    site = fleet.site(array, site_uid)
    camera = fleet.true_camera(dev, day)
    if dev.serial is not None:
        vig = vignetting(dev.serial, dev.shape)
        scale = rayleighs_per_dn_per_s(dev.serial, day)
    else:
        vig = vignetting_model(dev.shape, _DEFAULT_FALLOFF[0], _DEFAULT_FALLOFF[1])
        scale = inst.rayleighs_per_dn_per_s
    vig = vig.astype(np.float32)
    vig.flags.writeable = False
    return Imager(inst, array, site_uid, site.name, device_uid, dev.serial, float(site.latitude),
                  float(site.longitude), camera, float(scale), vig)
