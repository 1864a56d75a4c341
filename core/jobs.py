"""The one job runner: transcribe -> write the chosen formats -> history.

The CLI, the app's file queue, dictation and the cluster runner all go through it, so none of
them re-implements a step. A failure to write one output or to reach the history never loses
the transcript: it is reported as a warning beside it.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from tingxie.core.audio import AudioInfo
from tingxie.core.history import History
from tingxie.core.pipeline import Engine, NewSegments, Progress
from tingxie.core.subtitles import SubtitleOptions
from tingxie.core.transcript import Transcript
from tingxie.core.writers import write_transcript


@dataclass(frozen=True)
class JobOutputs:
    """Where a finished transcript goes besides the caller."""

    formats: tuple[str, ...] = ()
    output_dir: Path | None = None  # None: beside the source file
    history: Path | None = None  # the history database, or None to keep no history
    subtitles: SubtitleOptions = field(default_factory=SubtitleOptions)  # how SRT/VTT cues are shaped


class OutputProblem(Enum):
    WRITE = "write"  # a format file could not be written
    HISTORY = "history"  # the history database could not be reached


@dataclass(frozen=True)
class JobWarning:
    """Structured, so the app can say it in the UI language; str() is the CLI's English."""

    problem: OutputProblem
    where: str  # the folder, or the database file
    detail: str

    def __str__(self) -> str:
        if self.problem is OutputProblem.WRITE:
            return f"Could not write the transcript files in {self.where}: {self.detail}"
        return f"Could not save to the history {self.where}: {self.detail}"


@dataclass
class JobResult:
    transcript: Transcript
    written: list[Path] = field(default_factory=list)
    history_id: int | None = None
    warnings: list[JobWarning] = field(default_factory=list)


class JobRunner:
    """Runs jobs with one set of outputs. Its history connection belongs to the thread that
    first records a job (sqlite3 connections stay on their thread)."""

    def __init__(self, outputs: JobOutputs) -> None:
        self.outputs = outputs
        self._history: History | None = None
        self._history_thread: int | None = None

    def run_file(
        self, engine: Engine, path: Path, on_progress: Progress | None = None,
        cancel: threading.Event | None = None, info: AudioInfo | None = None,
        on_segments: NewSegments | None = None,
    ) -> JobResult:
        transcript = engine.transcribe_file(Path(path), on_progress, cancel, info, on_segments)
        return self.finish(transcript, "file")

    def finish(self, transcript: Transcript, kind: str) -> JobResult:
        """Write the formats and record the history for a transcript made elsewhere (dictation)."""
        result = JobResult(transcript)
        if self.outputs.formats:
            source = Path(transcript.source)
            folder = self.outputs.output_dir or source.parent
            try:
                result.written = write_transcript(
                    transcript, list(self.outputs.formats), folder, source.stem, self.outputs.subtitles
                )
            except OSError as err:
                result.warnings.append(JobWarning(OutputProblem.WRITE, str(folder), str(err)))
        if self.outputs.history is not None:
            try:
                result.history_id = self._history_for_this_thread().add(transcript, kind)
            except sqlite3.Error as err:
                result.warnings.append(JobWarning(OutputProblem.HISTORY, str(self.outputs.history), str(err)))
        return result

    def _history_for_this_thread(self) -> History:
        assert self.outputs.history is not None
        if self._history is None or self._history_thread != threading.get_ident():
            self._history = History(self.outputs.history)
            self._history_thread = threading.get_ident()
        return self._history

    def close(self) -> None:
        if self._history is not None:
            self._history.close()
            self._history = None
