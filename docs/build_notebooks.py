"""Execute the notebooks against the offline archive and save them, outputs included, for the docs.

``make docs`` runs this before ``mkdocs build``: it builds the sample archive (skipped when current),
serves it on loopback, executes ``notebooks/*.ipynb`` with nbclient and writes the executed copies to
``docs/notebooks/`` (not committed), which mkdocs-jupyter renders as they are. Each widget leaves
its saved copy of the view (a table and a picture) in the outputs, so the pages show pictures.

Example:
    python docs/build_notebooks.py --archive .archive   # prints one line per notebook

"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "notebooks"


def main(argv: list[str] | None = None) -> int:
    """Build/serve the archive, execute every notebook, write the executed copies."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive", default=str(ROOT / ".archive"), help="sample archive folder (built if needed)")
    args = ap.parse_args(argv)

    import nbformat
    from nbclient import NotebookClient

    from aurora_widgets.archive.build import build_archive
    from aurora_widgets.archive.server import ArchiveServer

    root = Path(args.archive)
    build_archive(root)
    OUT.mkdir(parents=True, exist_ok=True)
    server = ArchiveServer(root).start()
    try:
        with tempfile.TemporaryDirectory(prefix="aurora-docs-") as work:
            os.environ["AURORA_WIDGETS_API_URL"] = str(server.url)
            os.environ["AURORA_WIDGETS_DATA_DIR"] = str(Path(work) / "cache")
            os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
            for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
                t0 = time.perf_counter()
                nb = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
                # no widget state in the pages: the saved copy of each view is what they show
                NotebookClient(nb, timeout=300, kernel_name="python3", store_widget_state=False,
                               resources={"metadata": {"path": work}}).execute()
                errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                          if o.get("output_type") == "error"]
                if errors:
                    print(f"{path.name}: {errors[0].get('ename')}: {errors[0].get('evalue')}", file=sys.stderr)
                    return 1
                nbformat.write(nb, OUT / path.name)  # type: ignore[no-untyped-call]
                seconds = time.perf_counter() - t0
                print(f"{path.name}: executed in {seconds:.0f} s -> {(OUT / path.name).relative_to(ROOT)}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
