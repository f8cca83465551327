"""Shared helpers of the reliability suite: clients, expected bytes, partial-file checks, counters.

``EXAMPLES`` counts the hypothesis examples each property test really ran and ``BUDGETS`` holds
their configured ``max_examples``; ``conftest.py`` puts both into ``docs/reliability.md``.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any

#: Hypothesis examples run per test function name (filled while the tests run).
EXAMPLES: Counter[str] = Counter()
#: Configured ``max_examples`` per test function name.
BUDGETS: dict[str, int] = {}
_LOCK = threading.Lock()


def count_example(test_name: str) -> None:
    """Record one hypothesis example of ``test_name``."""
    with _LOCK:
        EXAMPLES[test_name] += 1


def budget(test_name: str, max_examples: int) -> int:
    """Record and return the example budget of ``test_name`` (use in ``@settings``)."""
    BUDGETS[test_name] = max_examples
    return max_examples


def make_client(api_url: str, download_dir: Path, *, timeout: float = 2.0, retries: int = 2) -> Any:
    """A Client with a quick backoff and no progress bar clutter."""
    from aurora_widgets.data import Client

    return Client(api_url=api_url, download_dir=download_dir, timeout=timeout, retries=retries,
                  backoff=0.01, progress_bar_backend="standard")


def partial_files(folder: Path) -> list[Path]:
    """Every temporary download file (``*.part-*``) under ``folder``."""
    return [p for p in Path(folder).rglob("*") if ".part-" in p.name]


def trees(archive_root: Path) -> dict[str, str]:
    """Dataset name -> its tree under ``<archive>/files`` (from catalogue.json)."""
    catalogue = json.loads((archive_root / "catalogue.json").read_text())
    return {d["name"]: d["tree"] for d in catalogue["datasets"]}


def assert_download_dir_clean(download_dir: Path, archive_root: Path) -> int:
    """No ``.part-*`` file, and every file under ``download_dir`` equals the server's copy.

    Returns the number of complete files checked (a truncated or foreign file fails the test).
    """
    assert partial_files(download_dir) == [], "temporary .part-* files were left behind"
    tree_of = trees(archive_root)
    checked = 0
    for path in sorted(p for p in download_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(download_dir)
        dataset, sub = rel.parts[0], Path(*rel.parts[1:])
        if dataset == ".aurora-widgets":  # the client's saved listings, not data files
            continue
        source = archive_root / "files" / tree_of[dataset] / sub
        assert source.is_file(), f"{rel} is not a file of the archive"
        assert path.read_bytes() == source.read_bytes(), f"{rel} differs from the server's file"
        checked += 1
    return checked


def data_files(folder: Path) -> list[Path]:
    """Files under a download folder, without the client's saved listings (``.aurora-widgets``)."""
    return [p for p in Path(folder).rglob("*") if p.is_file() and ".aurora-widgets" not in p.parts]
