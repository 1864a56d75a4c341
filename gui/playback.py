"""Play a span of a source file, decoded off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tingxie.core.audio import AudioError, read_span
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.gui.i18n import error_text


class PlaybackSignals(QObject):
    failed = Signal(str)


class PlaybackTask(QRunnable):
    def __init__(self, path: Path, start: float, end: float) -> None:
        super().__init__()
        self.path, self.start, self.end = path, start, end
        self.signals = PlaybackSignals()

    def run(self) -> None:
        try:
            import sounddevice as sd

            samples = read_span(self.path, self.start, self.end)
            sd.stop()
            sd.play(samples, SAMPLE_RATE)  # returns at once; PortAudio plays it
        except (AudioError, OSError) as err:
            self.signals.failed.emit(error_text(err)[0])  # in the UI language
        except Exception as err:  # sounddevice.PortAudioError: no output device and the like
            self.signals.failed.emit(f"{type(err).__name__}: {err}")


def play_span(path: Path, start: float, end: float, on_error) -> PlaybackTask:
    task = PlaybackTask(path, start, end)
    task.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(task)
    return task
