"""Synthesized conversations with known turns, for measuring speaker labels (tests, bench/).

espeak-ng voice variants stand in for people. Measured with the CAM++ model (cosine
similarity of one voice's embeddings with another's, same sentences): the default voice and
+m3 are too alike to count as two, so the voices below were picked as the most distinct ones,
0.45–0.6 between voices against 0.9 within one.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.demo.speech import Voice, synthesize

HIGH_WOMAN = Voice("high-woman", "f2", 150, 70)
LOW_MAN = Voice("low-man", "m1", 160, 20)
MAN = Voice("man", "m7", 175, 40)
KLATT = Voice("klatt", "klatt", 160, 50)  # espeak-ng's Klatt synthesizer: another "throat"
TWO_VOICES = (HIGH_WOMAN, LOW_MAN)
THREE_VOICES = (HIGH_WOMAN, MAN, KLATT)
GAP_SECONDS = 0.6  # between turns: longer than the VAD's 0.3 s, so each turn is its own segment
LEVEL = 0.005  # |sample| above this is speech (espeak-ng pads its clips with silence)


@dataclass(frozen=True)
class Turn:
    start: float
    end: float
    speaker: int  # index into the voices


@dataclass(frozen=True)
class Conversation:
    wav: Path
    turns: tuple[Turn, ...]

    @property
    def speech_seconds(self) -> float:
        return sum(t.end - t.start for t in self.turns)


def synthesize_conversation(
    sentences: list[str], voices: tuple[Voice, ...], turns: int, wav: Path, work: Path
) -> Conversation:
    """`turns` turns, the voices taking turns in order, two sentences each, GAP_SECONDS apart."""
    import soundfile as sf

    pieces, timeline, t = [], [], 0.0
    for i in range(turns):
        speaker = i % len(voices)
        text = sentences[(2 * i) % len(sentences)] + sentences[(2 * i + 1) % len(sentences)]
        clip, _ = sf.read(synthesize(text, voices[speaker], work / f"turn-{i:02d}.wav"), dtype="float32")
        loud = np.flatnonzero(np.abs(clip) > LEVEL)
        clip = clip[loud[0] : loud[-1] + 1]
        timeline.append(Turn(round(t, 3), round(t + len(clip) / SAMPLE_RATE, 3), speaker))
        pieces += [clip, np.zeros(int(GAP_SECONDS * SAMPLE_RATE), np.float32)]
        t += len(clip) / SAMPLE_RATE + GAP_SECONDS
    wav.parent.mkdir(parents=True, exist_ok=True)
    sf.write(wav, np.concatenate(pieces), SAMPLE_RATE, subtype="PCM_16")
    return Conversation(wav, tuple(timeline))


def right_speaker_fraction(
    turns: tuple[Turn, ...], labelled: list[tuple[float, float, str]], step: float = 0.01
) -> float:
    """Share of the speech time whose label is the right speaker, under the best one-to-one
    matching of labels to voices (labels are names, voices indices); a later span wins where
    spans overlap, as a reader of the transcript would see it."""
    frames = int(max(t.end for t in turns) / step) + 1
    truth = np.full(frames, -1)
    for turn in turns:
        truth[int(turn.start / step) : int(turn.end / step)] = turn.speaker
    names = sorted({label for _, _, label in labelled if label})
    guess = np.full(frames, -1)
    for start, end, label in labelled:
        if label:
            guess[int(start / step) : int(end / step)] = names.index(label)
    voices = sorted({t.speaker for t in turns})
    best = 0
    for match in itertools.permutations([*voices, *([None] * len(names))], len(names)):
        right = sum(int(np.sum((guess == g) & (truth == v))) for g, v in enumerate(match) if v is not None)
        best = max(best, right)
    return best / int(np.sum(truth >= 0))
