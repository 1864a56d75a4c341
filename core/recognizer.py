"""Speech to text with sherpa-onnx's SenseVoice recognizer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tingxie.core.memory import fix_malloc_threshold
from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue
from tingxie.core.models import ValidModel
from tingxie.core.vocabulary import LANGUAGES, PRECISIONS, SAMPLE_RATE, THREADS_MAX, THREADS_MIN


@dataclass(frozen=True)
class RecognizerOptions:
    language: str = "auto"
    use_itn: bool = True
    threads: int = 2
    precision: str = PRECISIONS[0]  # int8 preferred; the other is used when a folder has only one

    def __post_init__(self) -> None:
        """Refused here, at the edge, so no caller hands sherpa-onnx a value it would misread."""
        if self.language not in LANGUAGES:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("core", "Unknown language {value!r}; choose one of {choices}."),
                value=self.language, choices=", ".join(LANGUAGES),
            )
        if self.precision not in PRECISIONS:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("core", "Unknown precision {value!r}; choose {choices}."),
                value=self.precision, choices=" or ".join(PRECISIONS),
            )
        if not (isinstance(self.threads, int) and THREADS_MIN <= self.threads <= THREADS_MAX):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("core", "Threads must be a whole number from {lowest} to {highest}, not {value!r}."),
                lowest=THREADS_MIN, highest=THREADS_MAX, value=self.threads,
            )


@dataclass(frozen=True)
class RecognitionResult:
    text: str
    lang: str
    emotion: str
    event: str
    timestamps: tuple[float, ...]  # sherpa-onnx's start of each token, seconds into the segment
    tokens: tuple[str, ...] = ()  # the tokens those times belong to (one may be several characters)


class Recognizer:
    """One loaded model, reused for every file and utterance of a job."""

    def __init__(self, model: ValidModel, options: RecognizerOptions = RecognizerOptions()) -> None:
        """``model`` has passed models.validate(): sherpa-onnx never sees an unchecked folder."""
        import sherpa_onnx

        fix_malloc_threshold()  # before the model's memory is allocated
        self.model = model
        self.model_file = model.file_for(options.precision)
        self._recognizer = sherpa_onnx.OfflineRecognizer.from_sense_voice(
            model=str(self.model_file.onnx),
            tokens=str(self.model_file.tokens),
            language=options.language,
            use_itn=options.use_itn,
            num_threads=options.threads,
        )

    def reserve_memory(self, seconds: float) -> None:
        """Run the largest batch a job can form once, on silence, right after loading.
        onnxruntime's memory arena then takes its peak in one block; left to grow as longer
        segments turn up, it grew in doubling steps and left a 60-minute file 40 MB above a
        10-minute one (bench/README.md). Costs one such run at load (~1 s on the full model)."""
        self.recognize_batch([np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)])

    def recognize(self, samples: np.ndarray) -> RecognitionResult:
        """One utterance of 16 kHz mono float samples in [-1, 1]."""
        return self.recognize_batch([samples])[0]

    def recognize_batch(self, segments: list[np.ndarray]) -> list[RecognitionResult]:
        """Several segments in one call: sherpa-onnx pads them into one ONNX run."""
        streams = []
        for samples in segments:
            stream = self._recognizer.create_stream()
            stream.accept_waveform(SAMPLE_RATE, np.ascontiguousarray(samples, dtype=np.float32))
            streams.append(stream)
        self._recognizer.decode_streams(streams)
        return [_result(s.result) for s in streams]


def _result(r) -> RecognitionResult:
    return RecognitionResult(r.text, r.lang, r.emotion, r.event, tuple(r.timestamps), tuple(r.tokens))
