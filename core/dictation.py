"""Microphone dictation: sounddevice input -> recording on disk -> VAD -> recognition.

Audio is written to a WAV file block by block as it arrives, so a crash loses nothing that
was said. Recognition runs on a thread of its own; results and the input level come back
through plain callables, which the GUI turns into Qt signals.
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tingxie.core.messages import QT_TRANSLATE_NOOP, Message, TranslatableError, message
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.vad import Segmenter
from tingxie.core.vocabulary import SAMPLE_RATE

BLOCK = SAMPLE_RATE // 10  # 100 ms


class DictationError(TranslatableError, RuntimeError):
    """The microphone could not be used; the message says what to check."""


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    is_default: bool


def _sounddevice():
    try:
        import sounddevice
    except OSError as err:  # the PortAudio library itself is missing
        raise DictationError(
            QT_TRANSLATE_NOOP("core", "No audio system found ({reason}). On Debian/Ubuntu: apt-get install libportaudio2."),
            reason=err,
        ) from err
    return sounddevice


def refresh_devices() -> None:
    """PortAudio lists devices once, when it starts; restart it so a microphone plugged in
    (or an audio server started) since then is seen. Only while no stream is open."""
    sd = _sounddevice()
    sd._terminate()  # sounddevice's documented way to rescan devices
    sd._initialize()


def input_devices() -> list[InputDevice]:
    sd = _sounddevice()
    try:
        refresh_devices()
        devices = sd.query_devices()
        default = sd.default.device[0]
    except sd.PortAudioError as err:
        raise DictationError(QT_TRANSLATE_NOOP("core", "Cannot list microphones ({reason})."), reason=err) from err
    return [
        InputDevice(i, d["name"], i == default)
        for i, d in enumerate(devices)
        if d["max_input_channels"] > 0
    ]


RECORDING_PATTERN = "dictation-*.wav"


def recording_name() -> str:
    return time.strftime("dictation-%Y%m%d-%H%M%S.wav")


def leftover_recordings(folder: Path) -> list[Path]:
    """Dictations whose transcript never reached the history (the app was killed, or the
    history could not be written): the audio is on disk, written block by block as it came."""
    return sorted(p for p in Path(folder).glob(RECORDING_PATTERN) if p.is_file() and p.stat().st_size > 44)


def set_aside_for_recovery(recordings: list[Path], folder: Path) -> list[Path]:
    """Move leftovers into folder/recovered/, where they are transcribed like any file and kept."""
    target = Path(folder) / "recovered"
    target.mkdir(parents=True, exist_ok=True)
    return [p.replace(target / p.name) for p in recordings]


class DictationSession:
    """One start..stop of the microphone."""

    def __init__(
        self,
        options: TranscribeOptions,
        recording: Path,
        on_text: Callable[[Segment], None],
        on_level: Callable[[float], None] = lambda level: None,
        on_error: Callable[[Message, str], None] = lambda message, details: None,
        device: int | None = None,
    ) -> None:
        self.options, self.recording, self.device = options, Path(recording), device
        self.on_text, self.on_level, self.on_error = on_text, on_level, on_error
        self._blocks: queue.Queue[np.ndarray | None] = queue.Queue()
        self._stream: Any = None  # a sounddevice.InputStream while the microphone is open
        self._thread: threading.Thread | None = None
        self.segments: list[Segment] = []
        self._engine: Engine | None = None

    def start(self) -> None:
        """Open the microphone now (errors are raised here) and recognise in the background.

        The model loads on the dictation thread while the first blocks queue up, so a large
        model neither freezes the caller nor loses the first words."""
        sd = _sounddevice()
        if self.device is None:
            refresh_devices()  # "the default microphone" means today's, not the one at start-up
        try:
            self._stream = sd.InputStream(
                samplerate=SAMPLE_RATE, channels=1, dtype="float32", blocksize=BLOCK,
                device=self.device, callback=self._on_audio,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as err:
            self._stream = None
            raise DictationError(
                QT_TRANSLATE_NOOP("core", "Cannot open the microphone ({reason}). Check that one is connected, chosen in the "
                                  "device list and not used by another program."),
                reason=err,
            ) from err
        self._thread = threading.Thread(target=self._run, name="dictation", daemon=True)
        self._thread.start()

    def stop(self) -> list[Segment]:
        """Close the microphone, recognise what is left, return every segment."""
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
        self._blocks.put(None)
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        return self.segments

    def transcript(self) -> Transcript:
        """What this session heard, as the job runner takes it: the recording and its segments."""
        import soundfile as sf

        describe = self._engine.describe() if self._engine else self.options.describe()
        return Transcript(
            source=str(self.recording), duration=sf.info(str(self.recording)).duration,
            segments=list(self.segments), model=self.options.model.folder.name, options=describe,
        )

    def _on_audio(self, indata: np.ndarray, frames: int, time_info, status) -> None:
        self._blocks.put(indata[:, 0].copy())  # PortAudio's thread: hand over, nothing more

    def _run(self) -> None:
        import soundfile as sf

        try:
            engine = self._engine = Engine(self.options)
            self.recording.parent.mkdir(parents=True, exist_ok=True)
            segmenter = Segmenter(self.options.vad)
            with sf.SoundFile(self.recording, "w", SAMPLE_RATE, 1, subtype="PCM_16") as wav:
                while (block := self._blocks.get()) is not None:
                    wav.write(block)
                    wav.flush()
                    self.on_level(float(np.sqrt(np.mean(block**2))) if len(block) else 0.0)
                    self._emit(engine, segmenter.feed(block))
                self._emit(engine, segmenter.flush())
        except Exception as err:  # reported to the user; the recording so far stays on disk
            self.on_error(message(QT_TRANSLATE_NOOP("core", "Dictation stopped: {reason}"), reason=err), traceback.format_exc())

    def _emit(self, engine: Engine, speech) -> None:
        for segment in engine.recognize_segments(speech):
            if segment.text:
                self.segments.append(segment)
                self.on_text(segment)
