"""The Files tab: the queue of dropped files, the worker that transcribes them one after the
other (core's job runner on a QThread), and the transcript of the selected file."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from tingxie.core.files import expand_paths
from tingxie.core.jobs import JobOutputs, JobResult, JobWarning, OutputProblem
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.transcript import Transcript
from tingxie.gui.error_dialog import show_error, show_report
from tingxie.gui.file_worker import FileWorker, WorkerThread
from tingxie.gui.queue_table import JobState, QueueTable
from tingxie.gui.transcript_view import TranscriptView

JobSettings = Callable[[], tuple[TranscribeOptions, JobOutputs] | None]  # None: no model to use


class FilesTab(QWidget):
    submit = Signal(int, str, object, object)  # job id, path, TranscribeOptions, JobOutputs
    job_finished = Signal(object)  # core.jobs.JobResult, after its files and history entry are written
    message = Signal(str)  # for the status bar
    paths_added = Signal(list)  # what the user gave (files or folders), for Recent files
    run_finished = Signal(int, int)  # files in the run, how many failed: the queue ran dry

    def __init__(self, job_settings: JobSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_settings = job_settings
        self.transcripts: dict[int, Transcript] = {}
        self.history_ids: dict[int, int | None] = {}  # job -> its history entry, where edits are saved
        self._pending: set[int] = set()  # jobs of the current run not yet finished
        self._run: list[int] = []  # every job since the queue was last idle
        self._failures: dict[int, tuple[str, str]] = {}  # job -> (reason, technical details)
        self._job_ids = itertools.count(1)
        self.worker = FileWorker()
        self.worker_thread = WorkerThread(self.worker, self)
        self.submit.connect(self.worker.run_job)
        self.worker.started.connect(self._on_started)
        self.worker.progress.connect(self._on_progress)
        self.worker.result.connect(self._on_result)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker_thread.start()
        self._build_ui()

    def _build_ui(self) -> None:
        buttons = QHBoxLayout()
        for name, label, slot in (
            ("addFiles", self.tr("Add files…"), self.add_files_dialog),
            ("cancelSelected", self.tr("Cancel selected"), self.cancel_selected),
            ("cancelAll", self.tr("Cancel all"), self.cancel_all),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.queue = QueueTable()
        self.queue.itemSelectionChanged.connect(self._show_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.queue, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.transcript_view = TranscriptView()
        self.transcript_view.exported.connect(
            lambda paths: self.message.emit(self.tr("Saved {0}").format(", ".join(map(str, paths))))
        )
        self.transcript_view.message.connect(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("filesSplitter")
        splitter.addWidget(self.queue)
        splitter.addWidget(self.transcript_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter)

    # ---- adding and cancelling ----------------------------------------------------------
    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add audio or video files"))
        self.add_paths([Path(f) for f in files])

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> list[int]:
        settings = self.job_settings()
        if settings is None:
            return []
        files = expand_paths(paths)
        if not files:
            self.message.emit(self.tr("No audio or video files in what was dropped."))
            return []
        options, outputs = settings
        self.paths_added.emit(list(paths))
        jobs = []
        for path in files:
            job = next(self._job_ids)
            self.worker.cancel_flag(job)  # registered now, so "Cancel all" reaches waiting jobs
            self.queue.add_job(job, path)
            self._pending.add(job)
            self._run.append(job)
            self.submit.emit(job, str(path), options, outputs)
            jobs.append(job)
        return jobs

    def cancel_selected(self) -> None:
        for index in self.queue.selectionModel().selectedRows():
            job = self.queue.job_at(index.row())
            if job is not None:
                self.worker.cancel(job)

    def cancel_all(self) -> None:
        self.worker.cancel_all()

    def remove_selected(self) -> None:
        """Delete: a waiting file leaves the queue (its job is cancelled before it starts), a
        finished, failed or cancelled one leaves the list; a running one is cancelled first."""
        jobs = [self.queue.job_at(i.row()) for i in self.queue.selectionModel().selectedRows()]
        for job in (j for j in jobs if j is not None):
            state = self.queue.job_state(job)
            self.worker.cancel(job)
            if state is not JobState.TRANSCRIBING:
                self.queue.remove_job(job)
                self.transcripts.pop(job, None)

    def stop(self) -> None:
        """Cancels running jobs and waits, so nothing is left half-done; results still queued
        for the GUI thread are then no longer announced (the window is closing)."""
        self.worker_thread.stop()
        self.blockSignals(True)

    # ---- worker results -----------------------------------------------------------------
    def _on_started(self, job: int, duration: float) -> None:
        if not self.queue.has_job(job):
            return  # removed while it waited; its cancel flag stops it at once
        self.queue.set_duration(job, duration)
        self.queue.set_state(job, JobState.TRANSCRIBING)

    def _on_progress(self, job: int, fraction: float) -> None:
        if self.queue.has_job(job):
            self.queue.set_progress(job, fraction)

    def _on_result(self, job: int, result: JobResult) -> None:
        if not self.queue.has_job(job):  # finished in the instant it was removed: still saved
            self.job_finished.emit(result)
            self._job_done(job)
            return
        self.transcripts[job] = result.transcript
        self.history_ids[job] = result.history_id
        self.queue.set_state(job, JobState.DONE)
        self.transcript_view.show_transcript(result.transcript, result.history_id)
        for warning in result.warnings:
            show_error(self, self.warning_text(warning))
        self.job_finished.emit(result)
        self._job_done(job)

    def warning_text(self, warning: JobWarning) -> str:
        if warning.problem is OutputProblem.HISTORY:
            return self.tr("Could not save to the history: {0}").format(warning.detail)
        return self.tr("Could not write beside {0}: {1}").format(warning.where, warning.detail)

    def _on_failed(self, job: int, message: str, details: str) -> None:
        if not self.queue.has_job(job):
            self._run.remove(job)
            self._job_done(job)
            return
        self.queue.set_state(job, JobState.FAILED, message)
        self._failures[job] = (message, details)
        self._job_done(job)

    def _on_cancelled(self, job: int) -> None:
        if self.queue.has_job(job):
            self.queue.set_state(job, JobState.CANCELLED)
        else:
            self._run.remove(job)  # removed by the user: not part of the run's report
        self._job_done(job)

    def _job_done(self, job: int) -> None:
        self._pending.discard(job)
        if not self._pending:
            self._report_run()

    def _report_run(self) -> None:
        """When the queue runs dry: one report for every file of the run that failed."""
        failed = [job for job in self._run if job in self._failures]
        total = len(self._run)
        self._run = []
        if total:
            self.run_finished.emit(total, len(failed))
        if not failed:
            self._failures.clear()
            return
        lines = [f"{self.queue.path_of(job)}: {self._failures[job][0]}" for job in failed]
        traces = [f"{self.queue.path_of(job)}:\n{self._failures[job][1]}" for job in failed if self._failures[job][1]]
        paths = [self.queue.path_of(job) for job in failed]
        self._failures.clear()
        summary = self.tr("{0} of {1} files failed.").format(len(failed), total)
        if len(failed) == 1:
            summary += "\n" + lines[0]
        show_report(self, summary, "\n".join(lines + traces), retry=lambda: self.add_paths(paths))

    def _show_selected(self) -> None:
        rows = self.queue.selectionModel().selectedRows()
        if rows:
            job = self.queue.job_at(rows[0].row())
            if job in self.transcripts:
                self.transcript_view.show_transcript(self.transcripts[job], self.history_ids.get(job))
