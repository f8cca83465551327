r"""Decode a UCalgary PGM stream (one file = one minute of concatenated 16-bit PGM frames).

A frame is ``P5\n``, comment lines ``#"<Key>" <value>\n``, ``<width> <height>\n``, ``65535\n``,
then ``width*height`` big-endian uint16. The header is walked line by line exactly as
pyucalgarysrs's ``readline()`` loop does (so metadata dictionaries come out identical), but the
whole file is decompressed at once, lines are found with ``bytes.find`` and image data is never
scanned: its offset is recorded and the parser jumps over it.

Example:
    >>> frame = (b'P5\n#"Image request start" 2020-01-01 00:00:00.000000 UTC\n'
    ...          b'#"Exposure plus readout" 1 ms\n2 1\n65535\n\x00\x01\x00\x02')
    >>> parsed = parse_stream(frame, KINDS["trex_nir"], "20200101_0000_gill_nir-216_8446.pgm")
    >>> parsed.offsets, parsed.height, parsed.width, parsed.metadata[0]["Site unique ID"]
    ([97], 1, 2, 'gill')

"""

from __future__ import annotations

import bz2
import datetime as _dt
import mmap
import os
import zlib
from dataclasses import dataclass, field

from ..inflate import InflateError, InflateLimitError, inflate_gzip, inflate_head

#: A compressed file may inflate to no more than what its frames can need: this many frames (a
#: one-minute file holds 10 to 30) of the first frame's dimensions, each with this much header,
#: plus a margin. A file claiming more is refused after inflating at most that much.
MAX_FRAMES_PER_FILE = 64
MAX_HEADER_BYTES = 16 * 1024
INFLATE_MARGIN = 1024 * 1024
#: Frame dimensions above this many pixels are not believed when sizing the limit (REGO is 512x512).
MAX_PIXELS = 1024 * 1024
#: Pixels assumed when the first inflated bytes hold no dimensions line.
_DEFAULT_PIXELS = 512 * 512
_HEAD_BYTES = 8 * 1024


@dataclass(frozen=True)
class Kind:
    """How one instrument's files differ (all taken from pyucalgarysrs 1.28's readers)."""

    name: str
    end_keys: tuple[str, ...]  # the key that ends a frame's metadata (startswith)
    skip_bad_split: bool  # THEMIS/REGO skip '#"' lines that do not split into 3 parts
    uids_from_name: bool  # TREx NIR/Blue seed site/imager ids from the file name
    tolerant_bright_light: bool  # REGO: drop undecodable bytes of 'Bright Light Status'
    flip_east_west: bool  # REGO frames are also flipped on axis 1
    default_dims: tuple[int, int] | None  # THEMIS: (256, 256) whatever the dims line says


KINDS = {
    "themis": Kind("themis", ("Exposure plus initial readout", "Exposure duration plus readout"),
                   True, False, False, False, (256, 256)),
    "rego": Kind("rego", ("Exposure plus readout",), True, False, True, True, None),
    "trex_nir": Kind("trex_nir", ("Exposure plus readout",), False, True, False, False, None),
    "trex_blue": Kind("trex_blue", ("Exposure plus readout",), False, True, False, False, None),
}


class StreamError(Exception):
    """A file could not be decoded; the message is what goes into ``problematic_files``."""


def inflate_limit(head: bytes) -> int:
    r"""Return the most bytes a compressed raw file may inflate to, given its first inflated bytes.

    ``MAX_FRAMES_PER_FILE`` frames of the first frame's dimensions (capped at ``MAX_PIXELS``), each
    with ``MAX_HEADER_BYTES`` of header, plus ``INFLATE_MARGIN``.

    Example:
        >>> inflate_limit(b'P5\n#"Image request start" x\n256 256\n65535\n')
        10485760
        >>> inflate_limit(b"garbage") == MAX_FRAMES_PER_FILE * (2 * 512 * 512 + MAX_HEADER_BYTES) + INFLATE_MARGIN
        True

    """
    pixels = _DEFAULT_PIXELS
    mark = head.find(b"\n65535\n")
    if mark > 0:
        line = head[head.rfind(b"\n", 0, mark) + 1 : mark]
        try:
            width, height = (int(v) for v in line.split())
            if width > 0 and height > 0:
                pixels = min(width * height, MAX_PIXELS)
        except ValueError:
            pass
    return MAX_FRAMES_PER_FILE * (2 * pixels + MAX_HEADER_BYTES) + INFLATE_MARGIN


def load_bytes(path: str) -> bytes:
    """Return the decompressed content of a ``.pgm``, ``.pgm.gz`` or ``.pgm.bz2`` file.

    Compressed files are inflated with isal when installed (zlib otherwise), bounded by
    :func:`inflate_limit`.

    Example:
        >>> load_bytes("20140310_0600_gill_themis19_full.pgm.gz")[:2]   # doctest: +SKIP
        b'P5'

    """
    if path.endswith("pgm.gz"):
        opener = "gz"
    elif path.endswith("pgm"):
        opener = "raw"
    elif path.endswith("pgm.bz2"):
        opener = "bz2"
    else:
        raise StreamError("Unrecognized file type")
    try:
        with open(path, "rb") as fh:
            if opener == "raw":
                return fh.read()
            size = os.fstat(fh.fileno()).st_size
            if size == 0:
                raise StreamError("no image data")
            # Inflate straight from the page cache (no copy of the compressed bytes); the map is
            # closed before returning, so the file can be replaced at once (Windows included).
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return _gunzip(mapped) if opener == "gz" else _bunzip(mapped)
    except StreamError:
        raise
    except (OSError, EOFError, zlib.error, ValueError) as err:
        if isinstance(err, OSError) and not isinstance(err, EOFError) and "mmap" not in str(err):
            raise StreamError(f"failed to open file: {err}") from None
        raise StreamError(
            f"error reading before image data: {err} (the file is damaged or incomplete: "
            "Client().verify_cache(repair=True) will download it again)"
        ) from None


def _gunzip(data: bytes | mmap.mmap) -> bytes:
    """Decompress every gzip member of ``data``, bounded by :func:`inflate_limit`."""
    if not data:
        raise StreamError("no image data")
    limit = inflate_limit(inflate_head(data, _HEAD_BYTES))
    try:
        return inflate_gzip(data, limit)
    except InflateLimitError as err:
        raise StreamError(f"{err}: more than its frames can need, not an imager file") from None
    except InflateError as err:
        text = str(err)
        if "end-of-stream" in text:
            text += " (the file is incomplete: Client().verify_cache(repair=True) will download it again)"
        raise StreamError(f"error reading before image data: {text}") from None


def _bunzip(data: bytes | mmap.mmap) -> bytes:
    d = bz2.BZ2Decompressor()
    head = d.decompress(data, _HEAD_BYTES)
    limit = inflate_limit(head)
    rest = d.decompress(b"", limit - len(head) + 1) if not d.eof else b""
    out = head + rest
    if len(out) > limit:
        raise StreamError(f"decompressed size exceeds {limit} bytes: more than its frames can need, "
                          "not an imager file")
    if not d.eof:
        raise StreamError("error reading before image data: Compressed file ended before the end-of-stream "
                          "marker was reached")
    if d.unused_data:  # further bz2 streams (rare)
        more = bz2.BZ2Decompressor()
        out += more.decompress(d.unused_data, limit - len(out) + 1)
        if len(out) > limit:
            raise StreamError(f"decompressed size exceeds {limit} bytes: not an imager file")
    return out


def parse_timestamp(text: str) -> _dt.datetime:
    """``"2014-03-10 06:00:00.063119 UTC"`` -> naive UTC datetime (strptime semantics, fast path).

    Example:
        >>> parse_timestamp("2014-03-10 06:00:00.063119 UTC")
        datetime.datetime(2014, 3, 10, 6, 0, 0, 63119)

    """
    if (len(text) == 30 and text[10] == " " and text[19] == "." and text.endswith(" UTC")
            and text[20:26].isdigit()):
        try:
            return _dt.datetime(int(text[0:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]),
                                int(text[14:16]), int(text[17:19]), int(text[20:26]))
        except ValueError:
            pass
    return _dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f UTC")


@dataclass
class Parsed:
    """What one file gave: image offsets into the buffer, frame size, metadata and timestamps."""

    offsets: list[int] = field(default_factory=list)
    height: int = 0
    width: int = 0
    metadata: list[dict[str, str]] = field(default_factory=list)
    timestamps: list[_dt.datetime] = field(default_factory=list)


def uids_from_name(basename: str) -> tuple[str, str]:
    """Site and imager uid from a TREx file name, as pyucalgarysrs seeds them ('' if unknown)."""
    parts = basename.split("_")
    if len(parts) == 5:
        return parts[2], parts[3]
    if len(parts) > 5:  # dark frames and unstacked frames carry one more field in front
        return parts[3], parts[4]
    return "", ""


def parse_stream(
    buf: bytes,
    kind: Kind,
    filename: str,
    *,
    first_frame_only: bool = False,
    start_time: _dt.datetime | None = None,
    end_time: _dt.datetime | None = None,
) -> Parsed:
    """Walk the headers of ``buf``; raise StreamError on anything pyucalgarysrs would flag."""
    out = Parsed()
    site_uid, device_uid = uids_from_name(os.path.basename(filename)) if kind.uids_from_name else ("", "")
    end_keys = kind.end_keys
    meta: dict[str, str] = {}
    n = len(buf)
    pos = 0
    prev_line = b""
    line = b""
    skip_next_image = False
    find = buf.find
    while pos < n:
        if first_frame_only and out.offsets:
            break
        nl = find(b"\n", pos)
        end = n if nl < 0 else nl + 1
        prev_line, line = line, buf[pos:end]
        pos = end
        if line.startswith(b'#"'):
            try:
                text = line.decode("ascii")
            except UnicodeDecodeError as err:
                if kind.tolerant_bright_light and b"Bright Light Status" in line:
                    text = line.decode("ascii", errors="replace").replace("\ufffd", "")
                else:
                    raise StreamError(f"error decoding metadata line: {err}") from None
            parts = text.split('"')
            if len(parts) != 3 and (kind.skip_bad_split or len(parts) < 3):
                continue
            key = parts[1]
            meta[key] = parts[2].strip()
            # pyucalgarysrs injects the last seen site/imager ids into frames that lack them.
            if "Site unique ID" not in meta:
                meta["Site unique ID"] = site_uid
            else:
                site_uid = meta["Site unique ID"]
            if "Imager unique ID" not in meta:
                meta["Imager unique ID"] = device_uid
            else:
                device_uid = meta["Imager unique ID"]
            if key.startswith(end_keys):
                request = meta.get("Image request start")
                if request is None:
                    raise StreamError("error reading before image data: a frame header has no "
                                      "'Image request start'")
                try:
                    stamp = parse_timestamp(request)
                except ValueError as err:
                    raise StreamError(f"error reading before image data: bad 'Image request start' "
                                      f"({err})") from None
                second = stamp.replace(microsecond=0)
                if (start_time is None or second >= start_time) and (end_time is None or second <= end_time):
                    out.metadata.append(meta)
                    out.timestamps.append(stamp)
                else:
                    skip_next_image = True
                meta = {}
        elif line == b"65535\n":
            height, width = _dims(prev_line, kind)
            nbytes = height * width * 2
            if skip_next_image:
                skip_next_image = False
                pos += nbytes
                continue
            if nbytes <= 0 or pos + nbytes > n:
                raise StreamError(
                    f"image data read failure: frame {len(out.offsets) + 1} claims {width}x{height} "
                    f"pixels but only {max(n - pos, 0)} bytes remain (the file is truncated or damaged)"
                )
            if out.offsets and (height, width) != (out.height, out.width):
                raise StreamError(
                    f"image data read failure: frame size {width}x{height} differs from the first "
                    f"frame's {out.width}x{out.height}"
                )
            out.height, out.width = height, width
            out.offsets.append(pos)
            pos += nbytes
    if len(out.metadata) != len(out.offsets):
        raise StreamError(
            f"image data read failure: {len(out.metadata)} frame headers but {len(out.offsets)} images "
            "(a frame header is incomplete)"
        )
    return out


def _dims(line: bytes, kind: Kind) -> tuple[int, int]:
    if kind.default_dims is not None:
        return kind.default_dims
    try:
        width_text, height_text = line.decode("ascii").split()
        width, height = int(width_text), int(height_text)
    except (UnicodeDecodeError, ValueError):
        raise StreamError(f"image data read failure: bad dimensions line {line[:40]!r}") from None
    if width <= 0 or height <= 0:
        raise StreamError(f"image data read failure: bad dimensions {width}x{height}")
    return height, width
