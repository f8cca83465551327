"""Shared session fixtures: the real sample data, the built sample archive and its loopback server.

- ``shared_data``: ``Path`` to ``../shared/data/ucalgary`` next to the repository (skips when missing).
- ``archive_root``: the sample archive, built once per session by
  :func:`aurora_widgets.archive.build.build_archive` into a temporary folder. Set
  ``AURORA_WIDGETS_TEST_ARCHIVE=/some/dir`` to build into (and later reuse) that folder instead; the
  builder skips the work when the folder is already current.
- ``archive_server``: an :class:`~aurora_widgets.archive.server.ArchiveServer` on ``archive_root``,
  started once per session. Do not leave faults on it: use ``faults``.
- ``api_url``: its base URL (``http://127.0.0.1:PORT``), for ``Client(api_url=...)`` and
  ``PyUCalgarySRS(api_base_url=...)``.
- ``faults``: the session server's fault injector for one test; cleared (rules and listing order)
  before and after the test.
- ``download_dir``: a fresh, empty download folder per test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data" / "ucalgary"
ENV_TEST_ARCHIVE = "AURORA_WIDGETS_TEST_ARCHIVE"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The project's real sample files (``../shared/data/ucalgary``); skip when the folder is missing."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the shared sample data folder {SHARED_DATA} (it sits next to the repository)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def archive_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample archive (``catalogue.json`` + ``files/``), built once per session."""
    try:
        from aurora_widgets.archive.build import build_archive
    except ImportError as exc:  # pragma: no cover - the builder is part of the package
        pytest.skip(f"the archive builder is not importable: {exc}")
    env = os.environ.get(ENV_TEST_ARCHIVE, "").strip()
    root = Path(env).expanduser() if env else tmp_path_factory.mktemp("archive")
    build_archive(root)  # skipped by the builder when the folder already holds a current archive
    if not (root / "catalogue.json").is_file():
        pytest.fail(f"build_archive({root}) wrote no catalogue.json")
    return root


@pytest.fixture(scope="session")
def archive_server(archive_root: Path) -> Iterator[Any]:
    """An ArchiveServer on the sample archive for the whole session (stopped at the end)."""
    from aurora_widgets.archive.server import ArchiveServer

    server = ArchiveServer(archive_root).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def api_url(archive_server: Any) -> str:
    """Base URL of the session archive server, e.g. ``http://127.0.0.1:54321``."""
    return str(archive_server.url)


@pytest.fixture
def faults(archive_server: Any) -> Iterator[Any]:
    """The session server's FaultInjector, clean at the start and cleared again after the test."""
    archive_server.faults.clear()
    try:
        yield archive_server.faults
    finally:
        archive_server.faults.clear()


@pytest.fixture
def download_dir(tmp_path: Path) -> Path:
    """A fresh, empty folder for downloads (one per test)."""
    path = tmp_path / "downloads"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def chromium():
    """One headless Debian chromium (and one Playwright) for the whole session.

    The browser harness tests and the JupyterLab end-to-end tests share it: Playwright's sync API
    cannot be started twice in one thread.
    """
    from browser.harness import CHROMIUM, launch_browser
    from browser.socket_feed import LOOPBACK_ARGS

    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch_browser(pw, extra_args=LOOPBACK_ARGS)  # socket_feed.py's pages reach 127.0.0.1
        yield browser
        browser.close()
