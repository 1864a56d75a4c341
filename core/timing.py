"""When each character of a segment is spoken.

Why not sherpa-onnx's token times: measured on the demo model with espeak-ng speech whose
syllable onsets espeak-ng reports (tests/test_char_timing.py), sherpa-onnx's `timestamps` are
off by a median of ~0.19 s after removing their constant lag, and by more than 1 s at the
worst; the model's own greedy CTC spikes (the same ONNX run through onnxruntime) were no
better (~0.27 s median over 40 sentences in a probe): a small
SenseVoice encoder emits its CTC spikes bunched at the start of an utterance and in clumps,
not at the syllables. Timing comes from the audio itself instead: the segment is cut into
runs of speech at its pauses (short-time energy), the recognised text into phrases at its
punctuation, and when the two counts agree each phrase's characters share its run evenly (a
Mandarin character is one syllable, and syllables are close to isochronous); otherwise the
characters share the speaking time of all runs, the pauses left out. This works on the final text, so OpenCC
conversion, punctuation and replacement rules need no mapping, and it is never earlier than
the audio allows (no "first token at 0.0"). On the demo model: median 0.054 s, worst 0.37 s.
"""

from __future__ import annotations

import numpy as np

from tingxie.core.transcript import CharTime
from tingxie.core.vocabulary import PAUSE_PUNCTUATION, SAMPLE_RATE

HOP = SAMPLE_RATE // 100  # 10 ms energy frames
SPEECH_DB = 35.0  # a frame within this many dB of the loudest one is speech
MIN_PAUSE = 0.12  # seconds of quiet that separate two runs of speech


def is_spoken(char: str) -> bool:
    """Characters that take a syllable's time; punctuation and spaces take none."""
    return not char.isspace() and char not in PAUSE_PUNCTUATION


def speech_runs(samples: np.ndarray) -> list[tuple[float, float]]:
    """(start, end) seconds of each run of speech inside a clip, split at pauses of MIN_PAUSE."""
    frames = len(samples) // HOP
    if frames == 0:
        return []
    energy = np.mean(np.square(samples[: frames * HOP].reshape(frames, HOP), dtype=np.float64), axis=1)
    level = 10 * np.log10(energy + 1e-12)
    loud = np.flatnonzero(level > level.max() - SPEECH_DB)
    gaps = np.flatnonzero(np.diff(loud) * HOP / SAMPLE_RATE > MIN_PAUSE)
    starts = np.concatenate([[loud[0]], loud[gaps + 1]])
    ends = np.concatenate([loud[gaps], [loud[-1]]]) + 1
    return [(s * HOP / SAMPLE_RATE, e * HOP / SAMPLE_RATE) for s, e in zip(starts, ends)]


def phrases(text: str) -> list[list[int]]:
    """Indices of the spoken characters of each phrase (text between pause punctuation)."""
    out: list[list[int]] = [[]]
    for i, char in enumerate(text):
        if char in PAUSE_PUNCTUATION:
            out.append([])
        elif is_spoken(char):
            out[-1].append(i)
    return [p for p in out if p]


def spread(text: str, slots: dict[int, tuple[float, float]], start: float, end: float) -> list[CharTime]:
    """CharTimes for every character: spoken ones get their slot, the others sit at the end of
    the character before them (or the start of the segment)."""
    out, last = [], start
    for i, char in enumerate(text):
        if i in slots:
            s, e = slots[i]
            out.append(CharTime(char, round(float(s), 3), round(float(e), 3)))
            last = e
        else:
            out.append(CharTime(char, round(float(last), 3), round(float(last), 3)))
    return out


def even_slots(indices: list[int], start: float, end: float) -> dict[int, tuple[float, float]]:
    step = (end - start) / max(len(indices), 1)
    return {k: (start + j * step, start + (j + 1) * step) for j, k in enumerate(indices)}


def uniform_chars(text: str, start: float, end: float) -> list[CharTime]:
    """Characters spread evenly over a span: for text without audio (old transcripts, edits)."""
    spoken = [i for i, c in enumerate(text) if is_spoken(c)]
    return spread(text, even_slots(spoken, start, end), start, end)


def align_chars(text: str, samples: np.ndarray, offset: float) -> list[CharTime]:
    """Character times for a segment's final text, from its audio; `offset` is the segment's
    start in the source, so the times are the source's."""
    runs = [(offset + s, offset + e) for s, e in speech_runs(samples)]
    groups = phrases(text)
    if not runs or not groups:
        end = offset + len(samples) / SAMPLE_RATE
        return uniform_chars(text, offset, end)
    slots: dict[int, tuple[float, float]] = {}
    if len(runs) == len(groups):
        for group, (s, e) in zip(groups, runs):
            slots.update(even_slots(group, s, e))
    else:  # the pauses and the punctuation disagree: share the speech time, skipping the pauses
        slots = speech_time_slots([i for g in groups for i in g], runs)
    return spread(text, slots, runs[0][0], runs[-1][1])


def speech_time_slots(indices: list[int], runs: list[tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """Characters spread evenly over the runs' speaking time, the pauses between runs left out."""
    total = sum(e - s for s, e in runs)
    step = total / len(indices)

    def at(speaking: float) -> float:
        for s, e in runs:
            if speaking <= e - s + 1e-9:
                return s + speaking
            speaking -= e - s
        return runs[-1][1]

    slots = {}
    for j, k in enumerate(indices):
        start = at(j * step + 1e-6)  # a character starting exactly at a run's end belongs to the next run
        slots[k] = (start, max(start, at((j + 1) * step)))
    return slots
