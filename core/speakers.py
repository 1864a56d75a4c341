"""Who spoke: speaker labels for a transcript's segments, with sherpa-onnx's own pieces.

Two ways, both measured through the whole pipeline on synthesized two-voice (8 turns) and
three-voice (9 turns) conversations, shipped INT8 models (bench/speakers.py; figures are the
share of speech time on the right speaker):
- "segments" (the default): one CAM++ embedding per VAD segment Tingxie already has, then
  sherpa-onnx's FastClustering. Two voices 99.95 % at thresholds 0.3-0.5; three voices 100 %
  (3 found) at 0.3-0.4, 70 % at 0.5 (two voices merged). FP32 gives the same figures.
- "pyannote": sherpa-onnx's OfflineSpeakerDiarization (pyannote segmentation-3.0 + the same
  embeddings + FastClustering) on the whole file, each segment taking the speaker it overlaps
  most. Two voices 99.95 % at 0.4-0.5 but 77 % at 0.3 (3 found); three voices 100 % at 0.4
  with INT8 models, 79 % with FP32; and the whole job took 3-6 times as long.
  It can see a change of speaker inside a VAD segment, which "segments" cannot, but it was
  less accurate and slower here, so it is the option, not the default.
Every model goes through core.models' gate first: sherpa-onnx segfaults on one it misreads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from tingxie.core.models import validate_segmentation_model, validate_speaker_model
from tingxie.core.speaker_models import SHIPPED_EMBEDDING, SHIPPED_SEGMENTATION
from tingxie.core.transcript import Segment
from tingxie.core.vad import SpeechSegment
from tingxie.core.vocabulary import SAMPLE_RATE, SPEAKER_METHODS, SPEAKERS_AUTO, SPEAKERS_MAX

# Segments shorter than this give embeddings too noisy to cluster; they take the label of the
# nearest labelled segment instead.
MIN_EMBEDDING_SECONDS = 0.5


@dataclass(frozen=True)
class SpeakerOptions:
    count: int | None = None  # None: find how many by `threshold`; N: exactly N speakers
    # FastClustering's cosine distance below which two segments are the same voice (single
    # linkage). 0.3-0.4 separated every synthesized voice pair we tried; 0.5 merged two of three.
    threshold: float = 0.4
    method: str = SPEAKER_METHODS[0]
    embedding_model: Path = SHIPPED_EMBEDDING
    segmentation_model: Path = SHIPPED_SEGMENTATION  # only for the "pyannote" method
    threads: int = 1

    def __post_init__(self) -> None:
        if self.count is not None and not 1 <= self.count <= SPEAKERS_MAX:
            raise ValueError(f"The number of speakers must be 1 to {SPEAKERS_MAX}, or {SPEAKERS_AUTO}; got {self.count}.")
        if not 0.0 < self.threshold < 2.0:
            raise ValueError(f"The speaker threshold is a cosine distance between 0 and 2; got {self.threshold}.")
        if self.method not in SPEAKER_METHODS:
            raise ValueError(f"Unknown speaker method {self.method!r}; choose from {', '.join(SPEAKER_METHODS)}.")
        if self.threads < 1:
            raise ValueError(f"Speaker threads must be at least 1; got {self.threads}.")


def parse_speakers(value: str | int | None, **models: Any) -> SpeakerOptions | None:
    """The CLI's `--speakers auto|N` and the app's setting: "" or None is off. `models`:
    other SpeakerOptions fields (embedding_model, segmentation_model, method) when given."""
    if value is None or value == "":
        return None
    text = str(value).strip().lower()
    if text != SPEAKERS_AUTO and not text.isdigit():
        raise ValueError(f"--speakers takes {SPEAKERS_AUTO} or a number from 1 to {SPEAKERS_MAX}; got {value!r}.")
    return replace(SpeakerOptions(count=None if text == SPEAKERS_AUTO else int(text)), **models)


class SpeakerLabeller:
    """Collects what one file needs (segment embeddings, or the audio for pyannote) while the
    pipeline runs, then labels the transcript's segments "1", "2", … in order of first speech."""

    def __init__(self, options: SpeakerOptions) -> None:
        import sherpa_onnx

        validate_speaker_model(options.embedding_model)  # the gate, before sherpa-onnx reads it
        if options.method == "pyannote":
            validate_segmentation_model(options.segmentation_model)
        self.options = options
        self._sherpa = sherpa_onnx
        self._extractor = sherpa_onnx.SpeakerEmbeddingExtractor(self._embedding_config())
        self._embeddings: list[np.ndarray | None] = []
        self._audio: list[np.ndarray] = []

    def _embedding_config(self):
        return self._sherpa.SpeakerEmbeddingExtractorConfig(
            model=str(self.options.embedding_model), num_threads=self.options.threads,
        )

    def start_file(self) -> None:
        self._embeddings, self._audio = [], []

    def feed_audio(self, chunk: np.ndarray) -> None:
        if self.options.method == "pyannote":
            self._audio.append(np.asarray(chunk, dtype=np.float32))

    def add_segments(self, segments: list[SpeechSegment]) -> None:
        """The VAD segments, in the order their Segments join the transcript."""
        if self.options.method == "segments":
            self._embeddings += [self._embed(s.samples) for s in segments]

    def label(self, segments: list[Segment]) -> None:
        """Set every segment's `speaker`."""
        if not segments:
            return
        if self.options.method == "pyannote":
            labels = self._pyannote_labels(segments)
        else:
            if len(self._embeddings) != len(segments):
                raise RuntimeError(f"{len(segments)} segments but {len(self._embeddings)} embeddings were collected.")
            labels = self._cluster_labels(segments)
        for segment, label in zip(segments, number_by_first_appearance(labels)):
            segment.speaker = label

    def _embed(self, samples: np.ndarray) -> np.ndarray | None:
        if len(samples) < MIN_EMBEDDING_SECONDS * SAMPLE_RATE:
            return None
        stream = self._extractor.create_stream()
        stream.accept_waveform(SAMPLE_RATE, np.ascontiguousarray(samples, dtype=np.float32))
        stream.input_finished()
        return np.asarray(self._extractor.compute(stream), dtype=np.float32)

    def _cluster_labels(self, segments: list[Segment]) -> list[int | None]:
        known = [i for i, e in enumerate(self._embeddings) if e is not None]
        if not known:  # nothing long enough to tell voices apart: one speaker
            return [0] * len(segments)
        features = np.stack([self._embeddings[i] for i in known])  # type: ignore[misc]
        clusters = self._cluster(features)
        labels: list[int | None] = [None] * len(segments)
        for i, c in zip(known, clusters):
            labels[i] = c
        return fill_from_nearest(segments, labels)

    def _cluster(self, features: np.ndarray) -> list[int]:
        if len(features) == 1:
            return [0]
        count = -1 if self.options.count is None else min(self.options.count, len(features))
        config = self._sherpa.FastClusteringConfig(num_clusters=count, threshold=self.options.threshold)
        return list(self._sherpa.FastClustering(config)(np.ascontiguousarray(features)))

    def _pyannote_labels(self, segments: list[Segment]) -> list[int | None]:
        s = self._sherpa
        config = s.OfflineSpeakerDiarizationConfig(
            segmentation=s.OfflineSpeakerSegmentationModelConfig(
                pyannote=s.OfflineSpeakerSegmentationPyannoteModelConfig(model=str(self.options.segmentation_model)),
                num_threads=self.options.threads,
            ),
            embedding=self._embedding_config(),
            clustering=s.FastClusteringConfig(
                num_clusters=-1 if self.options.count is None else self.options.count, threshold=self.options.threshold,
            ),
        )
        audio = np.concatenate(self._audio) if self._audio else np.zeros(0, np.float32)
        turns = [(t.start, t.end, t.speaker) for t in s.OfflineSpeakerDiarization(config).process(audio).sort_by_start_time()]
        labels: list[int | None] = [most_overlapping(seg, turns) for seg in segments]
        return fill_from_nearest(segments, labels)


def initialise_clustering() -> None:
    """Make sherpa-onnx's first FastClustering call on this thread. Its Python binding sets
    itself up on the first call, taking the GIL inside a pthread_once; when that first call is
    on a worker thread while the main thread runs a Qt event loop, the process dies in take_gil
    (gdb: SIGSEGV in PyEval_AcquireThread under _sherpa_onnx's once-init) — in the app, speaker
    labels after a few files crashed it. The app calls this on its main thread at start-up."""
    import sherpa_onnx

    sherpa_onnx.FastClustering(sherpa_onnx.FastClusteringConfig(num_clusters=1))(np.eye(2, 4, dtype=np.float32))


def most_overlapping(segment: Segment, turns: list[tuple[float, float, int]]) -> int | None:
    """The speaker whose turns cover most of the segment, or None if none touches it."""
    overlap: dict[int, float] = {}
    for start, end, speaker in turns:
        shared = min(end, segment.end) - max(start, segment.start)
        if shared > 0:
            overlap[speaker] = overlap.get(speaker, 0.0) + shared
    return max(overlap, key=lambda k: overlap[k]) if overlap else None


def fill_from_nearest(segments: list[Segment], labels: list[int | None]) -> list[int | None]:
    """Unlabelled segments (too short to embed) take the label of the nearest one in time."""
    known = [i for i, label in enumerate(labels) if label is not None]
    if not known:
        return [0] * len(labels)

    def gap(i: int, j: int) -> float:
        a, b = segments[i], segments[j]
        return max(0.0, max(a.start, b.start) - min(a.end, b.end))

    return [label if label is not None else labels[min(known, key=lambda j: gap(i, j))] for i, label in enumerate(labels)]


def number_by_first_appearance(labels: list[int | None]) -> list[str]:
    """Cluster ids -> "1", "2", … in the order the speakers first talk."""
    names: dict[int | None, str] = {}
    for label in labels:
        names.setdefault(label, str(len(names) + 1))
    return [names[label] for label in labels]
