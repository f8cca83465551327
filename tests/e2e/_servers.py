"""Waiting for and stopping the servers the end-to-end tests start (JupyterLab, marimo, Voila)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from typing import IO

import pytest
import requests


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
