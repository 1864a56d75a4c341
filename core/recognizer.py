"""Speech to text with sherpa-onnx's SenseVoice recognizer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tingxie.core.models import validate

LANGUAGES = ("auto", "zh", "en", "yue", "ja", "ko")


@dataclass(frozen=True)
class RecognizerOptions:
    language: str = "auto"
    use_itn: bool = True
    threads: int = 2
    precision: str = "int8"  # preferred; the other is used when a folder has only one


@dataclass(frozen=True)
class RecognitionResult:
    text: str
    lang: str
    emotion: str
    event: str
    timestamps: tuple[float, ...]


class Recognizer:
    """One loaded model, reused for every file and utterance of a job."""

    def __init__(self, folder: Path, options: RecognizerOptions = RecognizerOptions()) -> None:
        """``folder`` is a model folder, or one .onnx file in it (for folders with several)."""
        import sherpa_onnx

        if options.language not in LANGUAGES:
            raise ValueError(f"Unknown language {options.language!r}; choose one of {', '.join(LANGUAGES)}.")
        path = Path(folder)
        self.model = validate(path.parent if path.is_file() else path)  # never hand sherpa-onnx a bad folder
        self.model_file = self.model.file_named(path) if path.is_file() else self.model.file_for(options.precision)
        self._recognizer = sherpa_onnx.OfflineRecognizer.from_sense_voice(
            model=str(self.model_file.onnx),
            tokens=str(self.model_file.tokens),
            language=options.language,
            use_itn=options.use_itn,
            num_threads=options.threads,
        )

    def recognize(self, samples: np.ndarray) -> RecognitionResult:
        """One utterance of 16 kHz mono float samples in [-1, 1]."""
        return self.recognize_batch([samples])[0]

    def recognize_batch(self, segments: list[np.ndarray]) -> list[RecognitionResult]:
        """Several segments in one call: sherpa-onnx pads them into one ONNX run."""
        streams = []
        for samples in segments:
            stream = self._recognizer.create_stream()
            stream.accept_waveform(16000, np.ascontiguousarray(samples, dtype=np.float32))
            streams.append(stream)
        self._recognizer.decode_streams(streams)
        return [_result(s.result) for s in streams]


def _result(r) -> RecognitionResult:
    return RecognitionResult(r.text, r.lang, r.emotion, r.event, tuple(r.timestamps))
