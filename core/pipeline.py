"""The one path from a file to a Transcript; the CLI, the app's queue and bench/ call it.

decode in chunks -> VAD segments with pre-roll -> pooled, length-sorted batches of SenseVoice
(core/batching.py) -> text for Taiwan. All on the caller's thread: on 2 cores a separate VAD
thread measured 11 % slower, as recognition already keeps both busy (bench/README.md).
Progress and cancel are a plain callable and a threading.Event, so no Qt is needed here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tingxie.core.audio import AudioInfo, probe, stream_audio
from tingxie.core.batching import BatchOptions, plan_batches
from tingxie.core.models import ValidModel
from tingxie.core.recognizer import Recognizer, RecognizerOptions
from tingxie.core.speakers import SpeakerLabeller, SpeakerOptions
from tingxie.core.textproc import TextOptions, TextProcessor
from tingxie.core.timing import align_chars
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.vad import Segmenter, SpeechSegment, VadOptions
from tingxie.core.vocabulary import SAMPLE_RATE

Progress = Callable[[float], None]  # fraction of the file done, 0.0 .. 1.0
NewSegments = Callable[[list[Segment]], None]  # segments as they are recognised, in time order


class Cancelled(Exception):
    """The user cancelled the job; nothing was written."""


@dataclass(frozen=True)
class TranscribeOptions:
    model: ValidModel  # already through models.validate(): nothing downstream checks it again
    recognizer: RecognizerOptions = field(default_factory=RecognizerOptions)
    text: TextOptions = field(default_factory=TextOptions)
    vad: VadOptions = field(default_factory=VadOptions)
    batching: BatchOptions = field(default_factory=BatchOptions)
    speakers: SpeakerOptions | None = None  # None: no speaker labels

    def describe(self) -> dict:
        """The options as plain values, stored with every transcript."""
        return {
            "recognizer": asdict(self.recognizer),
            "text": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self.text).items()},
            "vad": {k: v for k, v in asdict(self.vad).items() if k != "model"},
            "speakers": None if self.speakers is None else {
                k: str(v) if isinstance(v, Path) else v for k, v in asdict(self.speakers).items()
            },
        }


class Engine:
    """A loaded model and text processor, reused across the files of a job."""

    def __init__(self, options: TranscribeOptions, recognizer: Recognizer | None = None) -> None:
        self.options = options
        if recognizer is None:
            recognizer = Recognizer(options.model, options.recognizer)
            recognizer.reserve_memory(options.batching.max_padded_seconds)
        self.recognizer = recognizer
        self.text = TextProcessor(options.text)
        self.speakers = SpeakerLabeller(options.speakers) if options.speakers is not None else None

    def reconfigured(self, options: TranscribeOptions) -> Engine:
        """An engine for new options that keeps the loaded ONNX model when the model file and the
        recognizer options are unchanged (switching punctuation or rules must not reload it)."""
        if options == self.options:
            return self
        same_model = (options.model.file_for(options.recognizer.precision) == self.recognizer.model_file
                      and options.recognizer == self.options.recognizer)
        return Engine(options, self.recognizer if same_model else None)

    def describe(self) -> dict:
        """The options as stored with a transcript, with the model file actually used."""
        return {**self.options.describe(), "model_file": self.recognizer.model_file.onnx.name}

    def transcribe_file(
        self, path: Path, on_progress: Progress | None = None, cancel: threading.Event | None = None,
        info: AudioInfo | None = None, on_segments: NewSegments | None = None,
    ) -> Transcript:
        """`info`: the file's probe() when the caller already has it (a file is probed once per job).
        `on_segments` sees each batch of text as soon as it is recognised, long before the end."""
        path = Path(path)
        info = info or probe(path)
        duration = info.duration
        segmenter = Segmenter(self.options.vad)
        transcript = Transcript(
            source=str(path), duration=duration, model=self.options.model.folder.name, options=self.describe(),
        )
        waiting: list[SpeechSegment] = []
        done_seconds = 0.0
        if self.speakers:
            self.speakers.start_file()
        for chunk in stream_audio(path, info=info):
            _check(cancel)
            waiting += segmenter.feed(chunk)
            if self.speakers:
                self.speakers.feed_audio(chunk)
            done_seconds += len(chunk) / SAMPLE_RATE
            # The first segment goes alone so text shows at once; later ones are pooled and sorted.
            if len(waiting) >= (self.options.batching.pool if transcript.segments else 1):
                transcript.segments += self._recognize_for_file(waiting, on_segments)
                waiting = []  # the audio is released as soon as its text is out
            if on_progress and duration:
                on_progress(min(0.99, done_seconds / duration))
        _check(cancel)
        transcript.segments += self._recognize_for_file(waiting + segmenter.flush(), on_segments)
        if self.speakers:
            self.speakers.label(transcript.segments)
        transcript.duration = duration or done_seconds
        if on_progress:
            on_progress(1.0)
        return transcript

    def _recognize_for_file(self, segments: list[SpeechSegment], on_segments: NewSegments | None) -> list[Segment]:
        if self.speakers:
            self.speakers.add_segments(segments)
        recognized = self.recognize_segments(segments)
        if on_segments and recognized:
            on_segments(recognized)
        return recognized

    def recognize_segments(self, segments: list[SpeechSegment]) -> list[Segment]:
        """VAD segments -> timed, post-processed Segments in the same order (files and
        dictation alike); the ONNX runs take them sorted by length (core/batching.py)."""
        out: list[Segment | None] = [None] * len(segments)
        for batch in plan_batches(segments, self.options.batching):
            results = self.recognizer.recognize_batch([segments[i].samples for i in batch])
            for i, r in zip(batch, results):
                out[i] = self._segment(segments[i], r.text, r.lang, r.emotion, r.event)
        return [s for s in out if s is not None]

    def _segment(self, speech: SpeechSegment, raw: str, lang: str, emotion: str, event: str) -> Segment:
        text = self.text.process(raw)
        chars = align_chars(text, speech.samples, speech.start)
        return Segment(round(speech.start, 3), round(speech.end, 3), text, lang, emotion, event, chars=chars)


def transcribe_file(
    path: Path, options: TranscribeOptions, on_progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Transcript:
    return Engine(options).transcribe_file(path, on_progress, cancel)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()
