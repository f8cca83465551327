"""Client's read-only settings (api_url, timeout, retries, request_count): one typed descriptor, as properties were.

Values and types, what ``help(Client)`` and the docs show, read-only behaviour, and what mypy infers.
"""

from __future__ import annotations

import pydoc
import subprocess
import sys
from pathlib import Path

import pytest

from aurora_widgets.data.client import Client

ROOT = Path(__file__).resolve().parents[2]
DOCS = {
    "api_url": "The API base URL (no trailing ``/``).",
    "timeout": "Seconds to wait for each HTTP answer.",
    "retries": "Extra attempts after retryable failures.",
    "request_count": "API requests sent so far by this client (file downloads not included).",
}


def test_values_and_types_come_from_the_session(tmp_path):
    c = Client(api_url="http://127.0.0.1:9/", download_dir=tmp_path, timeout=2, retries=4)
    assert (c.api_url, c.timeout, c.retries, c.request_count) == ("http://127.0.0.1:9", 2.0, 4, 0)
    assert [type(v) for v in (c.api_url, c.timeout, c.retries, c.request_count)] == [str, float, int, int]
    c._api.request_count = 7  # the session counts; the client shows the session's number, not a copy
    assert c.request_count == 7
    assert repr(c).endswith("timeout=2.0, retries=4)")


def test_request_count_follows_real_requests(api_url, download_dir):
    c = Client(api_url=api_url, download_dir=download_dir, retries=0)
    c.list_datasets()
    assert c.request_count == 1


@pytest.mark.parametrize("name", sorted(DOCS))
def test_settings_are_read_only(name, tmp_path):
    c = Client(api_url="http://127.0.0.1:9", download_dir=tmp_path)
    before = getattr(c, name)
    with pytest.raises(AttributeError, match=f"'{name}' of 'Client' object has no setter"):
        setattr(c, name, before)
    with pytest.raises(AttributeError, match=f"'{name}' of 'Client' object has no deleter"):
        delattr(c, name)
    assert getattr(c, name) == before and name not in vars(c)


def test_help_shows_each_setting_with_its_doc():
    text = pydoc.render_doc(Client, renderer=pydoc.plaintext)
    section = text[text.index("Data descriptors defined here:"):]
    for name, doc in DOCS.items():
        assert f"|  {name}\n |      {doc}\n" in section
        assert pydoc.getdoc(vars(Client)[name]) == doc


def test_the_docs_show_each_setting_as_a_typed_property():
    import griffe  # griffelib, in the test extra

    extensions = griffe.load_extensions(str(ROOT / "docs" / "griffe_descriptors.py"))
    client = griffe.load("aurora_widgets.data.client", search_paths=[str(ROOT)], extensions=extensions)["Client"]
    types = {"api_url": "str", "timeout": "float", "retries": "int", "request_count": "int"}
    for name, doc in DOCS.items():
        member = client.members[name]
        assert (str(member.annotation), member.docstring.value, member.labels) == (types[name], doc, {"property"})


@pytest.mark.slow
def test_mypy_infers_each_settings_type_and_refuses_assignment(tmp_path):
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    snippet = tmp_path / "uses_client.py"
    snippet.write_text(
        "from aurora_widgets.data.client import Client\n"
        "c = Client()\n"
        "reveal_type(c.api_url)\nreveal_type(c.timeout)\nreveal_type(c.retries)\nreveal_type(c.request_count)\n"
        "c.timeout = 3.0\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", str(tmp_path / "cache"),
         "--no-color-output", "--no-error-summary", str(snippet)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    revealed = [line.split("Revealed type is ")[1] for line in run.stdout.splitlines() if "Revealed type" in line]
    assert revealed == ['"str"', '"float"', '"int"', '"int"'], run.stdout
    assert "uses_client.py:7: error:" in run.stdout  # assigning a setting is a type error, as for a property
