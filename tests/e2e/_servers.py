"""Waiting for and stopping the servers the end-to-end tests start (JupyterLab, marimo, Voila), and the
pages they drive: script errors collected, a screenshot on failure, the page closed after."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pytest
import requests

#: Where the end-to-end screenshots go: ``$AURORA_WIDGETS_ARTIFACTS/screenshots`` or tests/artifacts/screenshots.
ARTIFACTS = Path(os.environ.get("AURORA_WIDGETS_ARTIFACTS", Path(__file__).parents[1] / "artifacts")) / "screenshots"

#: JS: how many of the canvases (wider and taller than 8 px) under ``root`` have a painted (non-transparent) pixel.
PAINTED_CANVASES = """(root) => {
  const canvases = [...root.querySelectorAll('canvas')].filter(c => c.width > 8 && c.height > 8);
  return canvases.filter(c => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4 * 97) if (d[i] > 0) return true;
    return false;
  }).length;
}"""


def page_errors(page: Any) -> list[str]:
    """Return a list that collects ``page``'s uncaught script errors as they happen."""
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    return errors


@contextmanager
def screenshot_on_failure(page: Any, name: str, then: Callable[[], object] | None = None) -> Iterator[Path]:
    """Run the block on ``page``: a failure saves ``e2e-FAILED-<name>.png`` and is raised again; ``page`` is
    closed (then ``then()`` runs, e.g. the kernels' shutdown) in any case. Yields the screenshot folder, created."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        yield ARTIFACTS
    except Exception:
        page.screenshot(path=str(ARTIFACTS / f"e2e-FAILED-{name}.png"))
        raise
    finally:
        page.close()
        if then is not None:
            then()


def wait_until_answering(proc: subprocess.Popen[bytes], url: str, log: IO[str], what: str,
                         ok: Callable[[requests.Response], bool] = lambda r: r.ok, timeout_s: float = 90) -> None:
    """Poll ``url`` until ``ok`` holds for its answer; fail the test if ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.close()
            with open(log.name) as f:
                pytest.fail(f"{what} exited early: {f.read()[-2000:]}")
        try:
            if ok(requests.get(url, timeout=2)):
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    proc.kill()
    pytest.fail(f"{what} did not answer within {timeout_s:.0f} s")


def stop(proc: subprocess.Popen[bytes], log: IO[str]) -> None:
    """Terminate ``proc`` (kill it after 20 s) and close its log."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
