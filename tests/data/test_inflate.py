"""Inflate backends (isal and zlib) give identical bytes and frames; limits and damage are handled alike."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from aurora_widgets.data import inflate
from aurora_widgets.data.inflate import InflateError, InflateLimitError, inflate_gzip, isal_available, use_backend
from aurora_widgets.data.readers import read_raw

REPO = Path(__file__).resolve().parents[2]
#: The real sample files: ../shared next to the repository, or AURORA_WIDGETS_SHARED_DATA.
REAL = Path(os.environ.get("AURORA_WIDGETS_SHARED_DATA", REPO.parent / "shared" / "data" / "ucalgary"))

needs_isal = pytest.mark.skipif(not isal_available(), reason="python-isal is not installed here")
BACKENDS = ["zlib", pytest.param("isal", marks=needs_isal)]


def _raw_sets(archive_root: Path) -> list[tuple[str, list[Path]]]:
    files = archive_root / "files"
    sets = [
        ("THEMIS_ASI_RAW", sorted((files / "THEMIS/asi/stream0").rglob("*.pgm.gz"))),
        ("REGO_RAW", sorted((files / "GO-Canada/REGO/stream0").rglob("*.pgm.gz"))),
        ("TREX_NIR_RAW", sorted((files / "TREx/NIR/stream0").rglob("*.pgm.gz"))),
        ("TREX_BLUE_RAW", sorted((files / "TREx/blueline/stream0").rglob("*.pgm.gz"))),
    ]
    for sub, dataset in (("themis", "THEMIS_ASI_RAW"), ("trex_nir", "TREX_NIR_RAW")):
        real = sorted((REAL / "raw" / sub).glob("*.pgm.gz"))
        if real:
            sets.append((f"{dataset} (real)", real))
    return [(name, fs) for name, fs in sets if fs]


@needs_isal
def test_both_backends_read_identical_frames(archive_root):
    sets = _raw_sets(archive_root)
    assert len(sets) >= 4
    for name, files in sets:
        dataset = name.split()[0]
        with use_backend("zlib"):
            slow = read_raw(files, dataset=dataset)
        with use_backend("isal"):
            fast = read_raw(files, dataset=dataset, n_parallel=2)
        assert slow.data.shape[-1] > 0 and not slow.problematic_files, name
        np.testing.assert_array_equal(fast.data, slow.data)
        assert fast.timestamp == slow.timestamp and fast.metadata == slow.metadata


@pytest.mark.parametrize("backend", BACKENDS)
def test_inflate_gzip_members_padding_limits_and_damage(backend):
    one, two = gzip.compress(b"frame one " * 1000), gzip.compress(b"frame two " * 1000)
    with use_backend(backend):
        assert inflate.backend() == backend
        assert inflate_gzip(one + two + bytes(16), limit=20_000) == b"frame one " * 1000 + b"frame two " * 1000
        with pytest.raises(InflateLimitError, match="exceeds 19999 bytes"):
            inflate_gzip(one + two, limit=19_999)
        with pytest.raises(InflateError, match="end-of-stream"):
            inflate_gzip(one[:-5], limit=20_000)
        with pytest.raises(InflateError, match="Not a gzipped"):
            inflate_gzip(zlib.compress(b"zlib, not gzip"), limit=100)
        with pytest.raises(InflateError):
            inflate_gzip(one[:20] + bytes(50) + one[70:], limit=20_000)
        with pytest.raises(InflateError, match="empty"):
            inflate_gzip(b"", limit=10)


@pytest.mark.parametrize("backend", BACKENDS)
def test_truncated_raw_file_is_problematic_with_both_backends(backend, archive_root, tmp_path):
    source = _raw_sets(archive_root)[0][1][0]
    cut = tmp_path / source.name
    cut.write_bytes(source.read_bytes()[:-100])
    with use_backend(backend):
        data = read_raw([cut], dataset="THEMIS_ASI_RAW")
    assert data.data.shape[-1] == 0 and "end-of-stream" in data.problematic_files[0].error_message


def test_environment_variable_chooses_zlib():
    code = "from aurora_widgets.data import inflate; print(inflate.backend())"
    env = {**os.environ, "AURORA_WIDGETS_INFLATE": "zlib", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "zlib"
    env.pop("AURORA_WIDGETS_INFLATE")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ("isal" if isal_available() else "zlib")


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="'isal' or 'zlib'"), use_backend("zstd"):
        pass
