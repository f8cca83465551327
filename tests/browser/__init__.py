"""Browser tests: widgets rendered in headless Chromium by the harness (tests/browser/harness.py)."""
