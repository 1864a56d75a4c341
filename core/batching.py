"""How VAD segments are grouped into ONNX runs.

sherpa-onnx pads every segment of a batch to the longest one, so padding is compute thrown
away. Segments are therefore gathered into a small pool, sorted by length and cut into batches
capped both by count and by padded audio. The first segment of a file is recognised alone so
its text appears at once. bench/README.md has the measurements behind each number.
"""

from __future__ import annotations

from dataclasses import dataclass

from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue
from tingxie.core.vad import SpeechSegment, VadOptions
from tingxie.core.vocabulary import SAMPLE_RATE


@dataclass(frozen=True)
class BatchOptions:
    pool: int = 16  # segments gathered before sorting; small, so memory and first text stay early
    max_segments: int = 4  # per ONNX run
    # longest segment x count, capped at the VAD's longest segment: a batch never needs more
    # memory than one segment already may (a 40 s cap measured +48 MB peak RSS)
    max_padded_seconds: float = VadOptions.max_segment

    def __post_init__(self) -> None:
        if self.pool < 1 or self.max_segments < 1 or self.max_padded_seconds <= 0:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("core", "Batching needs a pool, a batch size and a padded length above zero, not {value}."),
                value=(self.pool, self.max_segments, self.max_padded_seconds),
            )


def plan_batches(segments: list[SpeechSegment], options: BatchOptions) -> list[list[int]]:
    """Indices into ``segments``, shortest first; every index appears in exactly one batch."""
    order = sorted(range(len(segments)), key=lambda i: len(segments[i].samples))
    limit = options.max_padded_seconds * SAMPLE_RATE
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        longest = len(segments[i].samples)  # ascending order: the newest is the longest
        if current and (len(current) >= options.max_segments or (len(current) + 1) * longest > limit):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches
