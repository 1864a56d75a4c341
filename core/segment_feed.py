"""Decoding and VAD on their own thread, so recognition never waits for its next segment.

The reading side is a plain iterator of SpeechSegments in time order, with a float (seconds
decoded so far) after each decoded chunk for progress and cancel checks. The thread stays at most
`ahead` segments in front (memory stays flat on an hour of audio), stops when the reader
stops or is cancelled, and hands any error it met to the reader, who raises it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from tingxie.core.audio import AudioInfo, stream_audio
from tingxie.core.vad import Segmenter, SpeechSegment, VadOptions
from tingxie.core.vocabulary import SAMPLE_RATE

_DONE = object()


class SegmentFeed:
    def __init__(
        self, path: Path, info: AudioInfo, vad: VadOptions, on_audio: Callable[[np.ndarray], None] | None = None,
        ahead: int = 64,
    ) -> None:
        """`on_audio` sees every decoded chunk on the feed's thread (the speaker labeller keeps it)."""
        self._path, self._info, self._vad, self._on_audio = Path(path), info, vad, on_audio
        self._queue: queue.Queue = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self.decoded_seconds = 0.0
        self._thread = threading.Thread(target=self._run, name="tingxie-vad", daemon=True)

    def __enter__(self) -> SegmentFeed:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        while self._thread.is_alive():  # unblock a put() waiting for room
            try:
                self._queue.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()

    def __iter__(self) -> Iterator[SpeechSegment | float]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        try:
            segmenter = Segmenter(self._vad)  # made here: its ONNX session belongs to this thread
            for chunk in stream_audio(self._path, info=self._info):
                if self._stop.is_set():
                    return
                if self._on_audio:
                    self._on_audio(chunk)
                self.decoded_seconds += len(chunk) / SAMPLE_RATE
                for segment in segmenter.feed(chunk):
                    self._put(segment)
                self._put(self.decoded_seconds)
            for segment in segmenter.flush():
                self._put(segment)
            self._put(_DONE)
        except BaseException as err:  # handed over: the reader raises it in its own thread
            self._put(err)

    def _put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
