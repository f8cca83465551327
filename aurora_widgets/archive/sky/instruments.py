"""What each raw dataset's camera records: frame size, cadence, exposure, bit depth and colour channels.

A channel is a weighted sum of emissions, each seen at its own height (557.7 nm near 110 km,
630.0 nm near 230 km, 427.8 nm and the near infrared near 110 km; THEMIS is a white-light camera
dominated by 557.7 nm). The Rayleigh scale of REGO, TREx NIR and TREx Blue comes from the
detector's calibration (see :mod:`.devices`); the others have a nominal one.

Example:
    >>> spec = RAW["REGO_RAW"]
    >>> spec.shape, spec.frames_per_minute, spec.channels[0][0].emission, spec.channels[0][0].height_km
    ((512, 512), 20, '630.0', 230.0)

"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EMISSION_HEIGHT_KM", "RAW", "Channel", "RawInstrument", "Term", "raw_instrument"]

#: Emission height (km) of each filter's emission.
EMISSION_HEIGHT_KM = {"557.7": 110.0, "630.0": 230.0, "427.8": 110.0, "nir": 110.0, "white": 110.0}


@dataclass(frozen=True)
class Term:
    """One emission in a channel, with its weight."""

    emission: str
    weight: float = 1.0

    @property
    def height_km(self) -> float:
        """Emission height of this term's emission."""
        return EMISSION_HEIGHT_KM[self.emission]


Channel = tuple[Term, ...]


@dataclass(frozen=True)
class RawInstrument:
    """How one raw dataset's camera records the sky.

    ``rayleighs_per_dn_per_s`` is the nominal scale (used when the device has no calibration);
    ``star_scale`` converts a magnitude-0 star into Rayleigh-equivalents summed over its pixels.
    """

    dataset: str
    family: str
    shape: tuple[int, int]
    frames_per_minute: int
    exposure_s: float
    request_offset_s: float
    pedestal: float
    read_noise: float
    rayleighs_per_dn_per_s: float
    channels: tuple[Channel, ...]
    bits: int = 16
    star_scale: float = 60000.0
    mirror_ew: bool = False

    @property
    def heights(self) -> tuple[float, ...]:
        """The distinct emission heights the channels need (sorted)."""
        return tuple(sorted({t.height_km for ch in self.channels for t in ch}))


_GREEN: Channel = (Term("557.7"),)
_RGB: tuple[Channel, ...] = (
    (Term("630.0"), Term("557.7", 0.15)),
    (Term("557.7"),),
    (Term("427.8"), Term("557.7", 0.05)),
)

#: The raw datasets the one sky renders, by dataset name.
RAW: dict[str, RawInstrument] = {
    r.dataset: r
    for r in (
        RawInstrument("THEMIS_ASI_RAW", "themis", (256, 256), 20, 1.0, 0.063119, 3480.0, 18.0, 1.0,
                      ((Term("white"),),), star_scale=20000.0),
        RawInstrument("REGO_RAW", "rego", (512, 512), 20, 2.0, 0.0, 450.0, 3.0, 10.2,
                      ((Term("630.0"),),), star_scale=40000.0, mirror_ew=True),
        RawInstrument("TREX_NIR_RAW", "nir", (256, 256), 10, 5.0, 0.0, 305.0, 8.0, 3.04,
                      ((Term("nir"),),), star_scale=80000.0),
        RawInstrument("TREX_BLUE_RAW", "blue", (270, 320), 20, 2.0, 0.0, 500.0, 6.0, 24.6,
                      ((Term("427.8"),),), star_scale=60000.0),
        RawInstrument("TREX_RGB_RAW_NOMINAL", "rgb", (480, 553), 20, 2.0, 0.0, 6.0, 1.2, 100.0, _RGB,
                      bits=8, star_scale=120000.0),
        RawInstrument("SMILE_ASI_RAW", "smile", (512, 512), 20, 2.0, 0.0, 6.0, 1.2, 110.0, _RGB,
                      bits=8, star_scale=120000.0),
    )
}


def raw_instrument(dataset_name: str) -> RawInstrument:
    """Return the :class:`RawInstrument` of a raw dataset name.

    Raises:
        KeyError: the dataset is not one the one sky renders (the message lists those that are).

    Example:
        >>> raw_instrument("TREX_RGB_RAW_NOMINAL").bits
        8

    """
    try:
        return RAW[dataset_name]
    except KeyError:
        raise KeyError(
            f"{dataset_name!r} is not a raw dataset the sample archive renders; these are: {', '.join(RAW)}"
        ) from None
