"""Speaker labels on synthesized conversations: both methods, several thresholds, INT8 and FP32.

    python bench/speakers.py [--fp32-dir DIR]   # DIR from `tingxie-train speaker-models --out DIR`

Builds a two-voice (8 turns) and a three-voice (9 turns) espeak-ng conversation, runs each
through the real pipeline (demo model, VAD, speaker labels) and prints, per setting, the share
of speech time on the right speaker, how many speakers were found, and the seconds it took.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from tingxie.core.models import validate
from tingxie.core.paths import ASSETS, DEMO_MODEL_DIR
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.core.speaker_models import EMBEDDING_FILE, SEGMENTATION_FILE, SHIPPED_EMBEDDING, SHIPPED_SEGMENTATION
from tingxie.core.speakers import SpeakerOptions
from tingxie.core.vocabulary import SPEAKER_METHODS
from tingxie.training_tools.demo.conversation import THREE_VOICES, TWO_VOICES, right_speaker_fraction, synthesize_conversation

THRESHOLDS = (0.3, 0.4, 0.5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fp32-dir", type=Path, help="folder with the FP32 exports, to compare with the shipped INT8")
    args = parser.parse_args()
    sentences = (ASSETS / "demo" / "sentences.txt").read_text(encoding="utf-8").split()
    pairs = {"int8": (SHIPPED_EMBEDDING, SHIPPED_SEGMENTATION)}
    if args.fp32_dir:
        pairs["fp32"] = (args.fp32_dir / EMBEDDING_FILE, args.fp32_dir / SEGMENTATION_FILE)
    base = TranscribeOptions(model=validate(DEMO_MODEL_DIR))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        talks = {
            "two voices, 8 turns": synthesize_conversation(sentences, TWO_VOICES, 8, work / "two.wav", work / "two"),
            "three voices, 9 turns": synthesize_conversation(sentences, THREE_VOICES, 9, work / "three.wav", work / "three"),
        }
        print(f"{'file':24} {'models':6} {'method':9} {'threshold':>9} {'right':>7} {'found':>5} {'seconds':>7}")
        for name, talk in talks.items():
            for precision, (embedding, segmentation) in pairs.items():
                for method in SPEAKER_METHODS:
                    for threshold in THRESHOLDS:
                        speakers = SpeakerOptions(threshold=threshold, method=method, embedding_model=embedding,
                                                  segmentation_model=segmentation)
                        engine = Engine(replace(base, speakers=speakers))
                        started = time.perf_counter()
                        transcript = engine.transcribe_file(talk.wav)
                        seconds = time.perf_counter() - started
                        labelled = [(s.start, s.end, s.speaker) for s in transcript.segments]
                        right = right_speaker_fraction(talk.turns, labelled)
                        found = len({s.speaker for s in transcript.segments})
                        print(f"{name:24} {precision:6} {method:9} {threshold:9.2f} {right:7.2%} {found:5d} {seconds:7.1f}")


if __name__ == "__main__":
    main()
