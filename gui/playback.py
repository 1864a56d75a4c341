"""Play a source file from any point at 0.75x-2x, with a clock the transcript follows.

The clock runs whether or not sound comes out (a machine without an output device still
follows along and says once that it cannot play); sound is decoded and started off the GUI
thread, through PortAudio.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QRunnable, QThreadPool, QTimer, Signal

from tingxie.core.audio import AudioError, read_span
from tingxie.core.vocabulary import PLAYBACK_SPEEDS, SAMPLE_RATE
from tingxie.gui.i18n import error_text

TICK_MS = 30  # how often the position is reported while playing
_SOUND = threading.Lock()  # PortAudio's play/stop from the pool's threads and the GUI thread, one at a time


class PlaybackSignals(QObject):
    failed = Signal(str)


class PlaybackTask(QRunnable):
    def __init__(self, path: Path, start: float, end: float, speed: float = 1.0) -> None:
        super().__init__()
        self.path, self.start, self.end, self.speed = path, start, end, speed
        self.signals = PlaybackSignals()

    def run(self) -> None:
        try:
            import sounddevice as sd

            samples = read_span(self.path, self.start, self.end)
            if self.speed != 1.0 and len(samples):
                import soxr

                samples = soxr.resample(samples, SAMPLE_RATE, SAMPLE_RATE / self.speed)
            with _SOUND:
                sd.stop()
                sd.play(samples, SAMPLE_RATE)  # returns at once; PortAudio plays it
        except (AudioError, OSError) as err:
            self.signals.failed.emit(error_text(err)[0])  # in the UI language
        except Exception as err:  # sounddevice.PortAudioError: no output device and the like
            self.signals.failed.emit(f"{type(err).__name__}: {err}")


def play_span(path: Path, start: float, end: float, on_error, speed: float = 1.0) -> PlaybackTask:
    task = PlaybackTask(path, start, end, speed)
    task.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(task)
    return task


def stop_sound() -> None:
    try:
        import sounddevice as sd

        with _SOUND:
            sd.stop()
    except Exception:  # noqa: BLE001 - nothing playing, or no PortAudio at all: nothing to stop
        pass


class Player(QObject):
    """One source at a time: play, pause, seek, speed; `position_changed` while playing."""

    position_changed = Signal(float)  # seconds in the source
    playing_changed = Signal(bool)
    failed = Signal(str)  # sound could not be played (the clock still runs)

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self.duration = 0.0
        self.speed = 1.0
        self.playing = False
        self._stop_at = 0.0
        self._base = 0.0  # position when the clock last started
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def load(self, path: Path, duration: float) -> None:
        self.pause()
        self.path, self.duration, self._base = Path(path), duration, 0.0

    def position(self) -> float:
        if not self.playing:
            return self._base
        return min(self._base + self._clock.elapsed() / 1000 * self.speed, self._stop_at)

    def play(self, start: float | None = None, end: float | None = None) -> None:
        """From `start` (default: where it is) to `end` (default: the end of the source)."""
        if self.path is None:
            return
        self._base = self.position() if start is None else max(0.0, start)
        self._stop_at = self.duration if end is None else min(end, self.duration)
        self._start_sound()
        self._clock.start()
        self._timer.start()
        if not self.playing:
            self.playing = True
            self.playing_changed.emit(True)
        self.position_changed.emit(self._base)

    def pause(self) -> None:
        if not self.playing:
            return
        self._base = self.position()
        self.playing = False
        self._timer.stop()
        stop_sound()
        self.playing_changed.emit(False)

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play(None if self._base < self.duration else 0.0)

    def seek(self, seconds: float) -> None:
        """Jump there; playing goes on from there, a paused player stays paused."""
        if self.playing:
            self.play(seconds)
        else:
            self._base = min(max(0.0, seconds), self.duration)
            self.position_changed.emit(self._base)

    def set_speed(self, speed: float) -> None:
        if speed not in PLAYBACK_SPEEDS:
            raise ValueError(f"Playback speed {speed} is not one of {PLAYBACK_SPEEDS}.")
        position = self.position()
        self.speed = speed
        if self.playing:
            self.play(position, self._stop_at)

    def _start_sound(self) -> None:
        assert self.path is not None
        play_span(self.path, self._base, self._stop_at, self.failed.emit, self.speed)

    def _tick(self) -> None:
        position = self.position()
        self.position_changed.emit(position)
        if position >= self._stop_at:
            self._base = self._stop_at
            self.playing = False
            self._timer.stop()
            self.playing_changed.emit(False)
