"""Tools → Export wizard, driven like a user: checkpoint -> export + verify -> in the picker."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from tingxie.core.paths import DEMO_MODEL_DIR

CHECKPOINT = DEMO_MODEL_DIR / "checkpoint"


def make_window(qtbot):
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_wizard_exports_verifies_and_adds_the_model_to_the_picker(qtbot, app_dirs, tmp_path):
    window = make_window(qtbot)
    wizard = window.open_export_wizard()
    page = wizard.checkpoint_page
    assert not page.isComplete()
    page.folder.setText(str(CHECKPOINT))
    assert page.status.text() == "All files found."
    wizard.next()
    wizard.output_page.output.setText(str(tmp_path / "out"))
    wizard.output_page.name.setText("my-zhtw")
    wizard.next()  # starts export, then verify
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.add.isEnabled() or "Stopped" in run.result.text(), timeout=240_000)
    assert run.result.text() == "Exported and verified.", run.log.toPlainText()[-2000:]
    assert run.progress.value() == run.progress.maximum()
    assert "Wrote" in run.log.toPlainText() and "ok" in run.log.toPlainText()
    qtbot.mouseClick(run.add, Qt.MouseButton.LeftButton)
    picker = [window.model_picker.itemText(i) for i in range(window.model_picker.count())]
    assert any(t.startswith("my-zhtw — FP32 + INT8") for t in picker), picker
    wizard.done(0)
    window.close()


def test_wizard_names_the_missing_checkpoint_files(qtbot, app_dirs, tmp_path):
    window = make_window(qtbot)
    wizard = window.open_export_wizard()
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(CHECKPOINT / "config.yaml", partial / "config.yaml")
    wizard.checkpoint_page.folder.setText(str(partial))
    assert wizard.checkpoint_page.status.text().startswith("Missing: model.pt, am.mvn")
    assert not wizard.checkpoint_page.isComplete()
    wizard.done(0)
    window.close()


def test_wizard_says_what_to_install_when_the_python_lacks_torch(qtbot, app_dirs, tmp_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True)
    system_python = str(tmp_path / "bare" / "bin" / "python")  # a Python without torch or FunASR
    window = make_window(qtbot)
    wizard = window.open_export_wizard()
    wizard.checkpoint_page.folder.setText(str(CHECKPOINT))
    wizard.next()
    wizard.output_page.output.setText(str(tmp_path / "out"))
    wizard.output_page.python.setText(system_python)
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: bool(run.result.text()), timeout=60_000)
    assert "lacks torch" in run.result.text()
    assert 'pip install "tingxie[train]"' in run.result.text()
    assert not run.add.isEnabled()
    wizard.done(0)
    window.close()
    from tingxie.gui.settings import load_settings

    assert load_settings().training_python == system_python  # remembered for next time
