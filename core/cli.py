"""`tingxie`: transcribe audio files from the terminal (the desktop app comes later)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.paths import DEMO_MODEL_DIR, SAMPLE_WAV
from core.recognizer import LANGUAGES, Recognizer, RecognizerOptions


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tingxie", description="Offline zh-TW speech to text.")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    transcribe = verbs.add_parser("transcribe", help="print the transcript of audio files")
    transcribe.add_argument("files", type=Path, nargs="*", help=f"audio files (default: {SAMPLE_WAV.name})")
    transcribe.add_argument("--model", type=Path, default=DEMO_MODEL_DIR, help="model folder (default: the bundled demo model)")
    transcribe.add_argument("--language", default="auto", choices=LANGUAGES)
    transcribe.add_argument("--no-itn", action="store_true", help="no punctuation / inverse text normalisation")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb is None:  # the desktop app arrives with the GUI issue; headless, show the sample
        args = build_parser().parse_args(["transcribe"])
    return transcribe(args)


def transcribe(args: argparse.Namespace) -> int:
    import soundfile as sf
    import soxr

    options = RecognizerOptions(language=args.language, use_itn=not args.no_itn)
    try:
        recognizer = Recognizer(args.model, options)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    failures = 0
    for path in args.files or [SAMPLE_WAV]:
        try:
            audio, rate = sf.read(path, dtype="float32", always_2d=True)
        except (OSError, RuntimeError) as err:
            print(f"error: {path}: cannot read audio ({err})", file=sys.stderr)
            failures += 1
            continue
        samples = soxr.resample(audio.mean(axis=1), rate, 16000) if rate != 16000 else audio.mean(axis=1)
        result = recognizer.recognize(samples)
        print(f"{path.name}\t{result.text}")
    return 1 if failures else 0
