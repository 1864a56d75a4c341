"""Tools → Export wizard: a finetuned FunASR checkpoint becomes a model in the picker.

The export runs `tingxie-train export` and then `verify` in a child process (QProcess), with
the interpreter that has torch and FunASR: the app's own, or one the user points at
(remembered in settings), which is handed this app's own tingxie package
(training_tools/external.py). The app itself never imports torch.

Both children run with `--progress json`: the page follows their step, result and done events
(training_tools/progress.py), so the progress bar and the verdict come from data, not from
words in a log.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tingxie.core.messages import Message
from tingxie.core.paths import SAMPLES_DIR
from tingxie.gui.i18n import error_text, translated
from tingxie.gui.widgets import browse_row
from tingxie.training_tools.checkpoint import CheckpointError, find_checkpoint_files
from tingxie.training_tools.external import default_python, missing_modules_check, training_command
from tingxie.training_tools.progress import Event, Step, export_steps, parse_event, verify_steps


def python_has_training_tools(python: str) -> str:
    """'' when the interpreter can run the export, else why not (in the UI language)."""
    try:
        result = subprocess.run(missing_modules_check(python), capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as err:
        return QCoreApplication.translate("ExportWizard", "{0} cannot be run ({1}).").format(python, err)
    if result.returncode != 0:
        missing = ", ".join(result.stdout.split()) or "torch, funasr"
        return QCoreApplication.translate("ExportWizard", "{0} lacks {1}.").format(python, missing)
    return ""


def error_event_text(event: dict[str, Any]) -> str:
    """A child's error in the UI language when it came with its template (core's errors), else as sent."""
    translatable = event.get("translatable")
    if isinstance(translatable, dict) and "template" in translatable:
        return translated(Message.from_json(translatable))
    return str(event.get("message", ""))


def checkpoint_problem(folder: str) -> str:
    if not folder:
        return QCoreApplication.translate("ExportWizard", "Choose the folder of a FunASR SenseVoiceSmall checkpoint.")
    try:
        files = find_checkpoint_files(Path(folder))
    except CheckpointError as err:
        return error_text(err)[0]
    if files.missing:
        return QCoreApplication.translate("ExportWizard", "Missing: {0}").format(", ".join(files.missing))
    return ""


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


@dataclass
class ChildRun:
    """What one child command has reported so far; its verdict comes from these events."""

    args: list[str]
    total: int  # planned steps, replaced by the child's own count once it reports one
    done: bool | None = None  # the done event's ok; None until it arrives
    errors: list[str] = field(default_factory=list)
    failed_models: list[str] = field(default_factory=list)


class LineBuffer:
    """Bytes from a pipe into whole lines: a JSON event split across two reads stays whole."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> list[str]:
        *lines, self._pending = (self._pending + data).split(b"\n")
        return [line.decode("utf-8", errors="replace").rstrip("\r") for line in lines]

    def flush(self) -> list[str]:
        rest, self._pending = self._pending, b""
        return [rest.decode("utf-8", errors="replace")] if rest else []


class RunPage(QWizardPage):
    """Export, then verify, each a child process; its events drive the bar, its text the log."""

    finished = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Export and verify"))
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
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
        self.events: list[dict[str, Any]] = []  # every progress event of this run, in order
        self.steps: list[Step] = []  # the steps the children reported, in order
        self.outcome: bool | None = None  # None while running
        self._runs: list[ChildRun] = []
        self._current, self._cancelled = -1, False
        self._stdout, self._stderr = LineBuffer(), LineBuffer()
        self._ok = False

    def step_label(self, step: Step) -> str:
        """What the bar says during each step, in the user's language."""
        labels = {
            Step.LOAD_CHECKPOINT: self.tr("Loading the checkpoint"),
            Step.TRACE_GRAPH: self.tr("Tracing the ONNX graph"),
            Step.QUANTIZE: self.tr("Quantizing to INT8"),
            Step.WRITE_FILES: self.tr("Writing the model files"),
            Step.DECODE: self.tr("Decoding the samples with sherpa-onnx"),
            Step.COMPARE: self.tr("Comparing with the PyTorch checkpoint"),
        }
        return labels[step]

    def start(self, python: str, commands: list[list[str]], planned: list[int] | None = None) -> None:
        """``planned``: the expected step count of each command, so the bar is sized before
        the first child reports; each child's own total replaces its guess."""
        planned = planned or [1] * len(commands)
        self._runs = [ChildRun(list(args), total) for args, total in zip(commands, planned)]
        self._current, self._cancelled = -1, False
        self.events, self.steps, self.outcome, self._ok = [], [], None, False
        self.progress.setRange(0, sum(planned))
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.log.clear()
        self.result.clear()
        self.add.setEnabled(False)
        self.cancel.setEnabled(True)
        problem = python_has_training_tools(python)
        if problem:
            hint = self.tr(
                "This needs a Python with torch and FunASR. Install them into it with: "
                "pip install \"tingxie[train]\" (torch==2.13.0, funasr, onnxruntime, sentencepiece), "
                "or choose a Python interpreter that has them."
            )
            self._finish(False, f"{problem} {hint}")
            return
        self._python = python
        self._next()

    def _next(self) -> None:
        if self._cancelled:
            self._finish(False, self.tr("Cancelled."))
            return
        self._current += 1
        if self._current >= len(self._runs):
            self._finish(True, self.tr("Exported and verified."))
            return
        args = self._runs[self._current].args
        self._stdout, self._stderr = LineBuffer(), LineBuffer()
        self.process = QProcess(self)
        self.process.readyReadStandardOutput.connect(self._read_stdout)
        self.process.readyReadStandardError.connect(self._read_stderr)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_process_error)
        self.log.appendPlainText("$ tingxie-train " + " ".join(args))
        program, *arguments = training_command(self._python, args)
        self.process.start(program, arguments)

    def _read_stdout(self) -> None:
        for line in self._stdout.feed(bytes(self.process.readAllStandardOutput().data())):
            self._on_stdout_line(line)

    def _read_stderr(self) -> None:
        for line in self._stderr.feed(bytes(self.process.readAllStandardError().data())):
            self._show(line)

    def _on_stdout_line(self, line: str) -> None:
        event = parse_event(line)
        if event is None:
            self._show(line)  # not an event: shown as it is
        else:
            self._on_event(event)

    def _show(self, line: str) -> None:
        if line.strip() and "WARNING" not in line:
            self.log.appendPlainText(line)

    def _on_event(self, event: dict[str, Any]) -> None:
        """Events update the run's state; their human message, if any, goes to the log."""
        self.events.append(event)
        run = self._runs[self._current]
        kind = Event(event["event"])
        if kind is Event.STEP:
            self._on_step(event, run)
        elif kind is Event.RESULT and not event.get("passed"):
            run.failed_models.append(str(event.get("model")))
        elif kind is Event.ERROR:
            run.errors.append(error_event_text(event))
        elif kind is Event.DONE:
            run.done = bool(event.get("ok"))
        if event.get("message"):
            self.log.appendPlainText(str(event["message"]))

    def _on_step(self, event: dict[str, Any], run: ChildRun) -> None:
        """Bar value: steps reported by earlier children plus this child's index."""
        run.total = int(event["total"])
        before = sum(r.total for r in self._runs[: self._current])
        self.progress.setMaximum(sum(r.total for r in self._runs))
        self.progress.setValue(before + int(event["index"]))
        try:
            step = Step(event["step"])
        except ValueError:  # a newer child's step this app has no label for
            return
        self.steps.append(step)
        self.progress.setFormat(self.tr("{0} (%v of %m)").format(self.step_label(step)))

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_stdout()
        self._read_stderr()
        for line in self._stdout.flush():
            self._on_stdout_line(line)
        for line in self._stderr.flush():
            self._show(line)
        problem = self._failure(self._runs[self._current], code, status)
        if problem:
            self._finish(False, problem)
            return
        self._next()

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        """A child that never started sends no finished signal; without this the page would wait forever."""
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(False, self.tr("Could not start {0}: {1}").format(self._python, self.process.errorString()))

    def _failure(self, run: ChildRun, code: int, status: QProcess.ExitStatus) -> str:
        """'' when the child's events say it succeeded (and it exited cleanly), else why not."""
        if run.failed_models:
            return self.tr("Verification failed for {0}; the log above says why.").format(", ".join(run.failed_models))
        if run.errors:
            return self.tr("Failed: {0}").format(run.errors[-1])
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            return self.tr("Stopped (exit code {0}); the log above says why.").format(code)
        if run.done is not True:
            return self.tr("{0} ended without reporting that it succeeded; the log above says what it did.").format(
                "tingxie-train " + (run.args[0] if run.args else "")
            )
        return ""

    def stop(self) -> None:
        self._cancelled = True  # no further command starts
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(5000)

    def _finish(self, ok: bool, message: str) -> None:
        self._ok = ok
        self.outcome = ok
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
        return [[*export, "--progress", "json"], [*verify, "--progress", "json"]]

    def planned_steps(self) -> list[int]:
        """Steps each command will report, from the same plan the CLI follows, so the bar
        is sized for export and verify together from the start."""
        out = self.output_page
        models = int(out.fp32.isChecked()) + int(out.int8.isChecked())
        return [len(export_steps(out.int8.isChecked())), len(verify_steps(models))]

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self.run_page:
            self.run_page.start(self.python(), self.commands(), self.planned_steps())

    def add_to_models(self) -> None:
        from tingxie.core.model_names import ModelSource
        from tingxie.core.model_store import import_folder
        from tingxie.gui.error_dialog import show_exception

        output, name = Path(self.output_page.output.text().strip()), self.output_page.name.text().strip()
        try:
            folder = import_folder(output, name, ModelSource.EXPORTED)
        except ValueError as err:
            show_exception(self, err)
            return
        self.run_page.result.setText(self.tr("Added to your models: {0}").format(name or output.name))
        self.run_page.add.setEnabled(False)
        self.model_added.emit(str(folder))

    def done(self, result: int) -> None:
        self.run_page.stop()
        super().done(result)
