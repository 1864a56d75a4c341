"""Speech segments from a stream of 16 kHz audio, cut by sherpa-onnx's Silero VAD.

Each segment is padded with pre-roll taken from a short history of the audio, because the
VAD fires a little after speech begins and the first syllable would otherwise be clipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue
from tingxie.core.paths import VAD_MODEL, asset
from tingxie.core.vocabulary import SAMPLE_RATE

# Only these Silero exports load in sherpa-onnx; any other file aborts the process.
SUPPORTED_VAD_FILES = ("silero_vad.onnx", "silero_vad_16k_op15.onnx")
DEFAULT_VAD_MODEL = VAD_MODEL


@dataclass(frozen=True)
class VadOptions:
    threshold: float = 0.5
    min_silence: float = 0.3  # seconds of silence that end a segment
    min_speech: float = 0.25
    max_segment: float = 20.0  # SenseVoice works best on short segments
    pre_roll: float = 0.25
    model: Path = DEFAULT_VAD_MODEL


@dataclass
class SpeechSegment:
    start: float  # seconds from the start of the audio, pre-roll included
    samples: np.ndarray

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / SAMPLE_RATE


def check_vad_model(path: Path) -> Path:
    path = Path(path)
    if path.name not in SUPPORTED_VAD_FILES:
        supported = ", ".join(SUPPORTED_VAD_FILES)
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "{name} is not a Silero VAD file sherpa-onnx can load; use one of {supported}."),
            name=path.name, supported=supported,
        )
    if path == DEFAULT_VAD_MODEL:
        return asset(path)
    if not path.is_file():
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "The voice-activity model {path} is missing."), path=path)
    return path


class Segmenter:
    """Feed audio in any chunk size; get finished segments back as they close."""

    def __init__(self, options: VadOptions = VadOptions()) -> None:
        import sherpa_onnx

        config = sherpa_onnx.VadModelConfig()
        config.silero_vad.model = str(check_vad_model(options.model))
        config.silero_vad.threshold = options.threshold
        config.silero_vad.min_silence_duration = options.min_silence
        config.silero_vad.min_speech_duration = options.min_speech
        config.silero_vad.max_speech_duration = options.max_segment
        config.sample_rate = SAMPLE_RATE
        self._window = config.silero_vad.window_size
        self._vad = sherpa_onnx.VoiceActivityDetector(config, buffer_size_in_seconds=options.max_segment + 10)
        self._pre_roll = int(options.pre_roll * SAMPLE_RATE)
        self._max_samples = int(options.max_segment * SAMPLE_RATE)
        self._keep = int((options.max_segment + options.pre_roll + 5) * SAMPLE_RATE)
        self._history = np.zeros(0, dtype=np.float32)
        self._history_start = 0  # absolute sample index of _history[0]
        self._pending = np.zeros(0, dtype=np.float32)  # less than one VAD window

    def feed(self, samples: np.ndarray) -> list[SpeechSegment]:
        samples = np.asarray(samples, dtype=np.float32)
        self._remember(samples)
        data = np.concatenate([self._pending, samples])
        whole = len(data) - len(data) % self._window
        for i in range(0, whole, self._window):
            self._vad.accept_waveform(data[i : i + self._window])
        self._pending = data[whole:]
        return self._collect()

    def flush(self) -> list[SpeechSegment]:
        if len(self._pending):
            self._vad.accept_waveform(self._pending)
            self._pending = np.zeros(0, dtype=np.float32)
        self._vad.flush()
        return self._collect()

    def _remember(self, samples: np.ndarray) -> None:
        self._history = np.concatenate([self._history, samples])
        excess = len(self._history) - self._keep
        if excess > 0:
            self._history = self._history[excess:]
            self._history_start += excess

    def _collect(self) -> list[SpeechSegment]:
        segments = []
        while not self._vad.empty():
            front = self._vad.front
            segment = self._with_pre_roll(front.start, np.asarray(front.samples, dtype=np.float32))
            segments += split_long(segment, self._max_samples)
            self._vad.pop()
        return segments

    def _with_pre_roll(self, start: int, samples: np.ndarray) -> SpeechSegment:
        begin = max(start - self._pre_roll, self._history_start)
        offset = begin - self._history_start
        pre = self._history[offset : offset + (start - begin)]
        return SpeechSegment(begin / SAMPLE_RATE, np.concatenate([pre, samples]))


def split_long(segment: SpeechSegment, max_samples: int) -> list[SpeechSegment]:
    """Cut a segment over the cap at its quietest 50 ms in the last third before the cap:
    Silero's own max_speech_duration lets segments run on well past it."""
    window = SAMPLE_RATE // 20
    pieces = []
    start, samples = segment.start, segment.samples
    while len(samples) > max_samples:
        low = max_samples * 2 // 3
        frames = samples[low : low + (max_samples - low) // window * window].reshape(-1, window)
        cut = low + int((frames**2).mean(axis=1).argmin()) * window + window // 2
        pieces.append(SpeechSegment(start, samples[:cut]))
        start, samples = start + cut / SAMPLE_RATE, samples[cut:]
    pieces.append(SpeechSegment(start, samples))
    return pieces
