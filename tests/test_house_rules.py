"""The house rules (pyproject's [tool.ruff] and [tool.mypy]), checked before the other tests
(conftest.py runs this file first), so CI fails on them as it fails on a broken feature."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

LAYERS = ("core", "gui", "training_tools")


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_tingxie_package(tmp_path: Path):
    """mypy reads the three layers as tingxie.core / .gui / .training_tools, as they install."""
    package = tmp_path / "tingxie"
    package.mkdir()
    for layer in LAYERS:
        os.symlink(REPO / layer, package / layer)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"), "--cache-dir", str(tmp_path / ".mypy"),
         "-p", "tingxie"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


def test_choices_are_defined_once():
    """The sample rate and the choice lists live in core/vocabulary.py only (data files aside)."""
    literals = ("16000", '("auto", "zh"', '("int8", "fp32")', '"txt", "srt"', '("none", "s2tw"', '"s2twp"')
    found = []
    for path in sorted(REPO.glob("*/**/*.py")):
        if path.parts[len(REPO.parts)] in (".venv", "build", "dist") or path.name in ("vocabulary.py", "test_house_rules.py"):
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(REPO)}: {lit}" for lit in literals if lit in text]
    assert not found, found
