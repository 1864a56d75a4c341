"""The file queue's worker: a QObject living on its own QThread, one core call per job.

Jobs arrive as queued signals, so the worker's event loop runs them one after the other;
cancel flags are threading.Events the GUI thread sets directly.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from tingxie.core.audio import AudioError, probe
from tingxie.core.jobs import JobOutputs, JobRunner
from tingxie.core.models import ModelFolderError
from tingxie.core.pipeline import Cancelled, Engine, TranscribeOptions
from tingxie.core.textproc import RulesError
from tingxie.gui.i18n import error_text


class FileWorker(QObject):
    started = Signal(int, float)  # job id, duration in seconds
    progress = Signal(int, float)  # job id, fraction done
    result = Signal(int, object)  # job id, core.jobs.JobResult
    failed = Signal(int, str, str)  # job id, message for the user, technical details
    cancelled = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._engine: Engine | None = None
        self._runner: JobRunner | None = None
        self._cancel: dict[int, threading.Event] = {}
        self._lock = threading.Lock()

    def cancel_flag(self, job: int) -> threading.Event:
        with self._lock:
            return self._cancel.setdefault(job, threading.Event())

    def cancel(self, job: int) -> None:
        self.cancel_flag(job).set()

    def cancel_all(self) -> None:
        with self._lock:
            for flag in self._cancel.values():
                flag.set()

    @Slot(int, str, object, object)
    def run_job(self, job: int, path: str, options: TranscribeOptions, outputs: JobOutputs) -> None:
        cancel = self.cancel_flag(job)
        try:
            if cancel.is_set():
                raise Cancelled()
            info = probe(Path(path))  # once per job: its duration for the row, its backend for decoding
            self.started.emit(job, info.duration)
            engine = self._engine_for(options)
            result = self._runner_for(outputs).run_file(engine, Path(path), lambda f: self.progress.emit(job, f), cancel, info)
            self.result.emit(job, result)
        except Cancelled:
            self.cancelled.emit(job)
        except (AudioError, ModelFolderError, RulesError, ValueError, OSError) as err:
            message, details = error_text(err)  # in the UI language; translators are read-only here
            self.failed.emit(job, message, details)
        except Exception as err:  # a bug: the user gets a dialog and the log gets the trace
            message = self.tr("{0}: unexpected error ({1}: {2})").format(Path(path).name, type(err).__name__, err)
            self.failed.emit(job, message, traceback.format_exc())
        finally:
            with self._lock:
                self._cancel.pop(job, None)

    def _engine_for(self, options: TranscribeOptions) -> Engine:
        """Loading a model takes a while: kept while the model file and recognizer options stay."""
        self._engine = Engine(options) if self._engine is None else self._engine.reconfigured(options)
        return self._engine

    def _runner_for(self, outputs: JobOutputs) -> JobRunner:
        """One runner (and history connection, on this thread) while the outputs stay the same."""
        if self._runner is None or self._runner.outputs != outputs:
            if self._runner is not None:
                self._runner.close()
            self._runner = JobRunner(outputs)
        return self._runner


class WorkerThread(QThread):
    """Owns a worker object; stop() cancels everything and waits for the thread to end."""

    def __init__(self, worker: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        worker.moveToThread(self)
        self.finished.connect(worker.deleteLater)

    def stop(self) -> None:
        cancel_all = getattr(self.worker, "cancel_all", None)
        if cancel_all:
            cancel_all()
        self.quit()
        self.wait()
