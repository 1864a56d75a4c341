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

from tingxie.core.messages import QT_TRANSLATE_NOOP, Message, TranslatableError, message

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


class MissingAsset(TranslatableError, ValueError):
    """A file Tingxie ships with is not where this install keeps it (a ValueError, like every
    other set-up problem the CLI and the app report before they start work)."""

    def __init__(self, path: Path, /, **params: object) -> None:
        if params:  # rebuilt from a pickle: the template and its fields
            super().__init__(str(path), **params)
            self.path = Path(str(params["path"]))
            return
        self.path = path
        try:
            name = path.relative_to(ASSETS).as_posix()
        except ValueError:
            name = str(path)
        super().__init__(
            QT_TRANSLATE_NOOP("core", "{name} is missing from {install} (looked for {path}). "
                              "Reinstall Tingxie; from a source checkout, run `git status` to see what was removed."),
            name=name, install=install_description(), path=path,
        )


def install_description() -> Message:
    """How this copy of Tingxie was installed, in words, for messages about missing files."""
    if getattr(sys, "frozen", False):
        return message(QT_TRANSLATE_NOOP("core", "the Tingxie application bundle at {path}"), path=PACKAGE_ROOT.parent)
    if (PACKAGE_ROOT / "pyproject.toml").is_file():
        return message(QT_TRANSLATE_NOOP("core", "the source checkout at {path}"), path=PACKAGE_ROOT)
    return message(QT_TRANSLATE_NOOP("core", "the installed tingxie package at {path}"), path=PACKAGE_ROOT)


def asset(path: Path) -> Path:
    """`path` if the shipped file exists, else a MissingAsset that says which install lacks it."""
    if not path.exists():
        raise MissingAsset(path)
    return path
