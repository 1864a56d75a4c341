"""Where Tingxie finds what it ships with: one answer for a wheel, an editable install and a
frozen bundle.

The `tingxie` package is the folders core/, gui/, training_tools/ and assets/ side by side:
site-packages/tingxie/ in a wheel, the repository root in an editable install, the bundle's
tingxie/ folder in a PyInstaller build (PyInstaller gives frozen modules a `__file__` there).
So the assets always sit beside core/, and nothing else needs to know how Tingxie was installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
ASSETS = PACKAGE_ROOT / "assets"
DEMO_MODEL_DIR = ASSETS / "models" / "tingxie-demo"
SAMPLES_DIR = ASSETS / "samples"
SAMPLE_WAV = SAMPLES_DIR / "demo-1.wav"
SAMPLE_TEXT = SAMPLE_WAV.with_suffix(".txt")
CATALOG_FILE = ASSETS / "catalog.json"
VAD_MODEL = ASSETS / "vad" / "silero_vad_16k_op15.onnx"
TRANSLATIONS_DIR = ASSETS / "i18n"
ICON_DIR = ASSETS / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


class MissingAsset(ValueError):
    """A file Tingxie ships with is not where this install keeps it (a ValueError, like every
    other set-up problem the CLI and the app report before they start work)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            name = path.relative_to(ASSETS).as_posix()
        except ValueError:
            name = str(path)
        super().__init__(
            f"{name} is missing from {install_description()} (looked for {path}). "
            "Reinstall Tingxie; from a source checkout, run `git status` to see what was removed."
        )


def install_description() -> str:
    """How this copy of Tingxie was installed, in words, for messages about missing files."""
    if getattr(sys, "frozen", False):
        return f"the Tingxie application bundle at {PACKAGE_ROOT.parent}"
    if (PACKAGE_ROOT / "pyproject.toml").is_file():
        return f"the source checkout at {PACKAGE_ROOT}"
    return f"the installed tingxie package at {PACKAGE_ROOT}"


def asset(path: Path) -> Path:
    """`path` if the shipped file exists, else a MissingAsset that says which install lacks it."""
    if not path.exists():
        raise MissingAsset(path)
    return path
