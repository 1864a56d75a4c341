"""Tools → Export wizard: a finetuned FunASR checkpoint becomes a model in the picker.

The export runs `tingxie-train export` and then `verify` in a child process (QProcess), with
the interpreter that has torch and FunASR: the app's own, or one the user points at
(remembered in settings), which is handed this app's own tingxie package
(training_tools/external.py). The app itself never imports torch.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from tingxie.core.paths import SAMPLES_DIR
from tingxie.gui.widgets import browse_row
from tingxie.training_tools.checkpoint import CheckpointError, find_checkpoint_files
from tingxie.training_tools.external import default_python, missing_modules_check, training_command

STEPS = ("Loading checkpoint", "Tracing the graph", "Quantizing", "Wrote", "Running the PyTorch checkpoint", "max|Δ|")


def python_has_training_tools(python: str) -> str:
    """'' when the interpreter can run the export, else why not."""
    try:
        result = subprocess.run(missing_modules_check(python), capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"{python} cannot be run ({err})."
    if result.returncode != 0:
        return f"{python} lacks {', '.join(result.stdout.split()) or 'the training packages'}."
    return ""


def checkpoint_problem(folder: str) -> str:
    if not folder:
        return "Choose the folder of a FunASR SenseVoiceSmall checkpoint."
    try:
        files = find_checkpoint_files(Path(folder))
    except CheckpointError as err:
        return str(err)
    return "Missing: " + ", ".join(files.missing) if files.missing else ""


class CheckpointPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Checkpoint"))
        self.setSubTitle(self.tr("The FunASR checkpoint folder: model.pt, config.yaml, am.mvn and the *.bpe.model."))
        self.folder = QLineEdit()
        self.folder.setObjectName("checkpointFolder")
        self.folder.textChanged.connect(self._check)
        self.status = QLabel()
        self.status.setObjectName("checkpointStatus")
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder"), browse_row(self.folder, self._pick))
        form.addRow(self.status)
        self._check()

    def _pick(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Checkpoint folder"))
        if folder:
            self.folder.setText(folder)

    def _check(self) -> None:
        problem = checkpoint_problem(self.folder.text().strip())
        self.status.setText(problem or self.tr("All files found."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not checkpoint_problem(self.folder.text().strip())


class OutputPage(QWizardPage):
    def __init__(self, python: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Output"))
        self.output = QLineEdit()
        self.output.setObjectName("outputFolder")
        self.name = QLineEdit("zhtw-finetuned")
        self.name.setObjectName("modelName")
        self.fp32 = QCheckBox("FP32")
        self.fp32.setChecked(True)
        self.int8 = QCheckBox(self.tr("INT8 (smaller, faster)"))
        self.int8.setChecked(True)
        self.python = QLineEdit(python)
        self.python.setObjectName("trainingPython")
        for widget in (self.output, self.name, self.python):
            widget.textChanged.connect(self.completeChanged)
        for box in (self.fp32, self.int8):
            box.toggled.connect(self.completeChanged)
        form = QFormLayout(self)
        form.addRow(self.tr("Output folder"), browse_row(self.output, self._pick))
        form.addRow(self.tr("Model name"), self.name)
        form.addRow("", self.fp32)
        form.addRow("", self.int8)
        form.addRow(self.tr("Python with torch and FunASR"), browse_row(self.python, self._pick_python))

    def _pick(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if folder:
            self.output.setText(folder)

    def _pick_python(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Python interpreter"))
        if path:
            self.python.setText(path)

    def isComplete(self) -> bool:
        name_ok = bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", self.name.text().strip()))
        return bool(self.output.text().strip()) and name_ok and (self.fp32.isChecked() or self.int8.isChecked())


class RunPage(QWizardPage):
    """Export, then verify, each a child process; the log streams into the page."""

    finished = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Export and verify"))
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, len(STEPS))
        self.log = QPlainTextEdit()
        self.log.setObjectName("exportLog")
        self.log.setReadOnly(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelExport")
        self.cancel.clicked.connect(self.stop)
        self.add = QPushButton(self.tr("Add to my models"))
        self.add.setObjectName("addToModels")
        self.add.setEnabled(False)
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch()
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.log)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.process: QProcess | None = None
        self._queue: list[list[str]] = []
        self._ok = False

    def start(self, python: str, commands: list[list[str]]) -> None:
        self.progress.setValue(0)
        self.log.clear()
        self.add.setEnabled(False)
        self._ok = False
        problem = python_has_training_tools(python)
        if problem:
            hint = self.tr(
                "This needs a Python with torch and FunASR. Install them into it with: "
                "pip install \"tingxie[train]\" (torch==2.13.0, funasr, onnxruntime, sentencepiece), "
                "or choose a Python interpreter that has them."
            )
            self._finish(False, f"{problem} {hint}")
            return
        self._python, self._queue = python, list(commands)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._finish(True, self.tr("Exported and verified."))
            return
        args = self._queue.pop(0)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._on_finished)
        self.log.appendPlainText("$ tingxie-train " + " ".join(args))
        program, *arguments = training_command(self._python, args)
        self.process.start(program, arguments)

    def _read(self) -> None:
        text = bytes(self.process.readAllStandardOutput()).decode("utf-8", errors="replace")
        for line in text.splitlines():
            if "WARNING" in line or not line.strip():
                continue
            self.log.appendPlainText(line)
            done = max((i + 1 for i, step in enumerate(STEPS) if step in line), default=0)
            self.progress.setValue(max(self.progress.value(), done))

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            self._finish(False, self.tr("Stopped (exit code {0}); the log above says why.").format(code))
            return
        self._next()

    def stop(self) -> None:
        self._queue = []
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(5000)

    def _finish(self, ok: bool, message: str) -> None:
        self._ok = ok
        if ok:
            self.progress.setValue(len(STEPS))
        self.result.setText(message)
        self.add.setEnabled(ok)
        self.cancel.setEnabled(False)
        self.completeChanged.emit()
        self.finished.emit(ok)

    def isComplete(self) -> bool:
        return self._ok


class ExportWizard(QWizard):
    model_added = Signal(str)  # installed folder

    def __init__(self, python: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Export wizard"))
        self.checkpoint_page = CheckpointPage()
        self.output_page = OutputPage(python)
        self.run_page = RunPage()
        for page in (self.checkpoint_page, self.output_page, self.run_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._on_page)
        self.run_page.add.clicked.connect(self.add_to_models)

    def python(self) -> str:
        return self.output_page.python.text().strip() or default_python()

    def commands(self) -> list[list[str]]:
        out = self.output_page
        export = ["export", "--checkpoint", self.checkpoint_page.folder.text().strip(),
                  "--output-dir", out.output.text().strip(), "--model-name", out.name.text().strip()]
        if not out.fp32.isChecked():
            export.append("--no-fp32")
        if not out.int8.isChecked():
            export.append("--no-int8")
        samples = [str(p) for p in sorted(SAMPLES_DIR.glob("*.wav"))]
        verify = ["verify", out.output.text().strip(), "--checkpoint",
                  self.checkpoint_page.folder.text().strip(), "--wav", *samples]
        return [export, verify]

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self.run_page:
            self.run_page.start(self.python(), self.commands())

    def add_to_models(self) -> None:
        from tingxie.core.model_store import import_folder
        from tingxie.gui.error_dialog import show_error

        try:
            folder = import_folder(Path(self.output_page.output.text().strip()), self.output_page.name.text().strip())
        except ValueError as err:
            show_error(self, str(err))
            return
        self.run_page.result.setText(self.tr("Added to your models: {0}").format(folder.name))
        self.run_page.add.setEnabled(False)
        self.model_added.emit(str(folder))

    def done(self, result: int) -> None:
        self.run_page.stop()
        super().done(result)
