"""Tools → Export wizard, driven like a user: checkpoint -> export + verify -> in the picker."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_WAV
from tingxie.training_tools.progress import Event, export_steps, verify_steps

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
    bar_values: list[int] = []
    run.progress.valueChanged.connect(bar_values.append)  # after start() reset the bar to 0
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=240_000)
    assert run.result.text() == "Exported and verified.", run.log.toPlainText()[-2000:]
    assert run.outcome is True
    steps = of_kind(run.events, Event.STEP)
    assert run.steps == [*export_steps(int8=True), *verify_steps(models=2)]
    # The bar moved once per step event and only then: nothing set it to full at the end.
    assert bar_values == list(range(1, len(steps) + 1))
    assert run.progress.value() == run.progress.maximum() == len(steps)
    assert [Path(e["path"]).name for e in of_kind(run.events, Event.WROTE)] == ["my-zhtw.onnx", "my-zhtw.int8.onnx"]
    assert {e["model"]: e["passed"] for e in of_kind(run.events, Event.RESULT)} == {
        "out/my-zhtw.onnx": True, "out/my-zhtw.int8.onnx": True,
    }
    assert [e["ok"] for e in of_kind(run.events, Event.DONE)] == [True, True]
    assert all(e["message"] in run.log.toPlainText() for e in steps)  # the human text is shown
    qtbot.mouseClick(run.add, Qt.MouseButton.LeftButton)
    picker = [window.model_picker.itemText(i) for i in range(window.model_picker.count())]
    assert any(t.startswith("my-zhtw — FP32 + INT8") for t in picker), picker  # the name given in the wizard
    wizard.done(0)
    window.close()


def of_kind(events: list[dict], kind: Event) -> list[dict]:
    return [e for e in events if e["event"] == kind.value]


def make_run_page(qtbot):
    from tingxie.gui.export_wizard import RunPage

    page = RunPage()
    qtbot.addWidget(page)
    return page


def test_a_failed_verify_result_names_the_model(qtbot, tmp_path):
    """A model sherpa-onnx refuses (tokens.txt cut short) ends the run with its name."""
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(DEMO_MODEL_DIR / "model.int8.onnx", bad / "model.int8.onnx")
    tokens = (DEMO_MODEL_DIR / "tokens.txt").read_text(encoding="utf-8").splitlines()
    (bad / "tokens.txt").write_text("\n".join(tokens[:10]) + "\n", encoding="utf-8")
    page = make_run_page(qtbot)
    verify = ["verify", str(bad), "--checkpoint", str(CHECKPOINT), "--wav", str(SAMPLE_WAV), "--progress", "json"]
    page.start(sys.executable, [verify], [len(verify_steps(models=1))])
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=120_000)
    assert page.outcome is False
    assert [e["passed"] for e in of_kind(page.events, Event.RESULT)] == [False]
    assert page.result.text().startswith("Verification failed for bad/model.int8.onnx"), page.result.text()
    assert not page.add.isEnabled()


def test_a_clean_exit_without_a_done_event_is_not_success(qtbot):
    """`tingxie-train --help` exits 0 but reports nothing: success comes from events, not exit codes."""
    page = make_run_page(qtbot)
    page.start(sys.executable, [["--help"]])
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=60_000)
    assert page.outcome is False
    assert "without reporting that it succeeded" in page.result.text()
    assert "usage: tingxie-train" in page.log.toPlainText()  # non-JSON lines are shown as they are
    assert page.progress.value() == 0 and page.events == []


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
