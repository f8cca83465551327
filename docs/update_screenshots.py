"""Copy the browser tests' screenshots used by the README into docs/screenshots (resized).

Run after `make test`: `python docs/update_screenshots.py` (or `make screenshots`).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

SOURCE = Path(__file__).parents[1] / "tests" / "artifacts" / "screenshots"
TARGET = Path(__file__).parent / "screenshots"
CHOSEN = {
    "dataset_picker-jupyterlab-light.png": 1200,
    "site_picker-jupyterlab-dark.png": 1200,
    "date_picker-vscode-dark.png": 1200,
    "skymap_browser-vscode-dark.png": 1600,
    "calibration_browser-jupyterlab-light.png": 1600,
    "explorer-jupyterlab-light.png": 2000,
    "e2e-skymap_browser-lab-dark.png": 1400,
    "saved_copy-skymap_browser.png": 1200,
}


def main() -> None:
    """Resize each chosen screenshot to at most 760 px wide (cropped to a height) and save it."""
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, max_height in CHOSEN.items():
        image = Image.open(SOURCE / name).convert("RGB")
        image = image.crop((0, 0, image.width, min(image.height, max_height)))
        scale = min(1.0, 760 / image.width)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
        image.save(TARGET / name, optimize=True)
        print(TARGET / name, (TARGET / name).stat().st_size)


if __name__ == "__main__":
    main()
