"""What a packager checks: one version, a licence and a notice for everything bundled, honest metadata.

The bundled npm packages come from the build itself: js/build.mjs writes esbuild's metafile inputs
(plus the land atlas it simplifies) to js/bundled-packages.json, and
tests/widgets/test_bundle.py fails when that listing is stale. So a new front-end dependency with
no section in THIRD_PARTY_NOTICES.md fails here.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

import aurora_widgets

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NOTICES = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
BUNDLED = json.loads((ROOT / "js" / "bundled-packages.json").read_text(encoding="utf-8"))


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_version_is_written_once_and_everything_agrees():
    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "aurora_widgets/__init__.py"
    version = aurora_widgets.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version
    assert json.loads((ROOT / "package.json").read_text())["version"] == version
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert lock["version"] == version and lock["packages"][""]["version"] == version
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert releases and releases[0] == version, f"CHANGELOG.md's newest release {releases[:1]} is not {version}"


def test_licence_is_mit_and_both_files_ship():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert set(project["license-files"]) == {"LICENSE", "THIRD_PARTY_NOTICES.md"}
    licence = (ROOT / "LICENSE").read_text()
    assert licence.startswith("MIT License") and "Permission is hereby granted, free of charge" in licence
    sdist = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert {"LICENSE", "THIRD_PARTY_NOTICES.md", "CHANGELOG.md"} <= set(sdist)


def test_every_bundled_package_has_a_notice():
    assert {"d3-geo", "topojson-client", "world-atlas"} <= set(BUNDLED), BUNDLED
    sections = dict(re.findall(r"^## (\S+) (\S+)$", NOTICES, re.M))
    missing = {name: meta["version"] for name, meta in BUNDLED.items() if sections.get(name) != meta["version"]}
    assert not missing, f"bundled npm packages with no (or an outdated) section in THIRD_PARTY_NOTICES.md: {missing}"
    assert "Natural Earth" in NOTICES


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_each_notice_carries_the_package_licence_text(name):
    licence = ROOT / "node_modules" / name / "LICENSE"
    if not licence.exists():
        pytest.skip(f"node_modules/{name} not installed (npm ci): cannot compare its licence text")
    section = NOTICES.split(f"## {name} ", 1)[1].split("\n## ", 1)[0]
    assert _words(licence.read_text(encoding="utf-8")) in _words(section)


def test_metadata_claims_urls_and_supported_pythons():
    project = PYPROJECT["project"]
    assert {"Homepage", "Documentation", "Issues"} <= set(project["urls"])
    classifiers = set(project["classifiers"])
    assert "Framework :: Jupyter :: JupyterLab" in classifiers
    assert any(c.startswith("Development Status ::") for c in classifiers)
    versions = [c for c in classifiers if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    claimed = sorted(c.rsplit(" ", 1)[1] for c in versions)
    assert claimed == ["3.10", "3.11", "3.12", "3.13"]
    assert project["requires-python"] == f">={claimed[0]}"
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py" + claimed[0].replace(".", "")


def test_readme_links_work_outside_the_repository():
    """PyPI shows the README without the repo beside it: every link and image must be absolute."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", readme) + re.findall(r"""<img[^>]+src=["']([^"']+)""", readme)
    assert targets
    relative = [t for t in targets if not re.match(r"(https?://|#|mailto:)", t)]
    assert not relative, f"relative links break on PyPI: {relative}"
    homepage = PYPROJECT["project"]["urls"]["Homepage"]
    repo = homepage.removeprefix("https://github.com/")
    screenshots = [t for t in targets if "/docs/screenshots/" in t]
    assert screenshots
    for url in screenshots:
        assert url.startswith(f"https://raw.githubusercontent.com/{repo}/main/docs/screenshots/"), url
        assert (ROOT / url.split("/main/", 1)[1]).is_file(), f"{url} names no file in the repository"
