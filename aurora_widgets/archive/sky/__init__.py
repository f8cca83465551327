r"""One sky over the whole array: a geographic auroral model that every camera of the archive renders.

* :mod:`.geomag` - centred-dipole magnetic coordinates, the sun, magnetic local time;
* :mod:`.model` - the aurora: an oval of arcs, a nightly activity level, substorms;
* :mod:`.instruments` - what each raw dataset records (frames, cadence, filters and heights);
* :mod:`.devices` - the device's true camera, vignetting and Rayleigh scale (fleet + calibrations);
* :mod:`.render` - per-pixel geometry (cached) and one minute of frames;
* :mod:`.files`, :mod:`.h5files` - complete raw files (PGM streams, HDF5);
* :mod:`.summary`, :mod:`.images` - keograms and montages (PGM, PNG, JPEG).

The archive server calls :func:`render_raw_file` and :func:`render_summary_file`.

Example:
    >>> import datetime as dt
    >>> render_raw_file("REGO_RAW", "gill", "rego-654", dt.datetime(2021, 11, 4, 6, 0))[:2]
    b'\x1f\x8b'

"""

from .files import render_raw_file
from .summary import render_summary_file

__all__ = ["render_raw_file", "render_summary_file"]
