"""What every install shares: the launcher's screen check, the Python + PySide6 check, the
version and licences in Help → About, asset messages, and training tools in another Python."""

from __future__ import annotations

import subprocess
import sys

import pytest
import tomllib

from tests.helpers import REPO
from tingxie.core.paths import ASSETS, MissingAsset, asset


def test_none_and_true_keep_their_references_over_1000_void_calls_and_emits():
    """Fails on PySide6 6.12.0 with Python < 3.12 (-1000 each), the pair that crashes the app."""
    from tingxie.gui.qt_check import binding_problem, refcount_drift

    assert refcount_drift() == {"None": 0, "True": 0}
    assert binding_problem() == ""


@pytest.mark.parametrize(
    "env, expected",
    [({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":99"}, False), ({"QT_QPA_PLATFORM": "minimal"}, False),
     ({"DISPLAY": ":99"}, True), ({"WAYLAND_DISPLAY": "wayland-0"}, True), ({"QT_QPA_PLATFORM": "xcb"}, True), ({}, False)],
)
def test_a_test_platform_is_no_screen(monkeypatch, env, expected):
    from tingxie.gui.launcher import has_display

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert has_display() is expected


def test_a_missing_asset_names_the_file_and_the_install():
    with pytest.raises(MissingAsset) as caught:
        asset(ASSETS / "vad" / "gone.onnx")
    message = str(caught.value)
    assert message.startswith("vad/gone.onnx is missing from the source checkout at ")
    assert "damaged" not in message


def test_about_shows_the_pyproject_version_sherpa_onnx_the_model_and_the_licences(qtbot, app_dirs):
    import sherpa_onnx
    from PySide6.QtWidgets import QLabel

    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    dialog = window.open_about()
    text = dialog.findChild(QLabel, "aboutText").text()
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"<td>{version}</td>" in text
    assert f"<td>{sherpa_onnx.__version__}</td>" in text
    assert f"<td>{window.current_model().id}</td>" in text
    for licence in ("Silero VAD: MIT", "Common Voice zh-TW sentences: CC0 1.0", "Qt 6 / PySide6: LGPL-3.0"):
        assert licence in text
    assert not window.windowIcon().isNull()
    dialog.close()
    window.close()


def test_training_tools_run_in_a_python_without_tingxie(tmp_path):
    """The Export wizard's child: a bare interpreter gets the app's own tingxie package."""
    from tingxie.training_tools.external import missing_modules_check, training_command

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True)
    bare = str(tmp_path / "bare" / "bin" / "python")
    assert subprocess.run([bare, "-c", "import tingxie"], capture_output=True).returncode != 0
    result = subprocess.run(training_command(bare, ["--help"]), capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: tingxie-train") and "export" in result.stdout
    check = subprocess.run(missing_modules_check(bare), capture_output=True, text=True)
    assert check.returncode == 1 and "torch" in check.stdout.split()
    assert subprocess.run(missing_modules_check(sys.executable), capture_output=True).returncode == 0
