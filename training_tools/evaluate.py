"""`evaluate`: CER and speed of exported models on a SenseVoice JSONL test set.

Decoding goes through core's Recognizer, i.e. through sherpa-onnx exactly as the app runs
the model. Several models print as one table, on the same data, with the same normalisation
(see training_tools.metrics).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.metrics import ErrorCounts, error_counts

Log = Callable[[str], None]


@dataclass(frozen=True)
class Evaluation:
    model: str
    precision: str
    counts: ErrorCounts
    rtf: float
    samples: int


def read_test_set(path: Path, limit: int | None = None) -> list[dict]:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        raise ValueError(f"{path} has no rows.")
    missing = [k for k in ("source", "target") if k not in rows[0]]
    if missing:
        raise ValueError(f"{path} rows lack {', '.join(missing)}; give a SenseVoice JSONL (from `prepare`).")
    return rows[:limit] if limit else rows


def evaluate_model(model: Path, rows: list[dict], language: str = "zh", threads: int = 2) -> Evaluation:
    from tingxie.core.audio import load_audio
    from tingxie.core.models import validate_path
    from tingxie.core.recognizer import Recognizer, RecognizerOptions

    recognizer = Recognizer(validate_path(Path(model)), RecognizerOptions(language=language, threads=threads))
    hypotheses, audio_seconds, decode_seconds = [], 0.0, 0.0
    for row in rows:
        audio = load_audio(Path(row["source"]))
        started = time.perf_counter()
        hypotheses.append(recognizer.recognize(audio).text)
        decode_seconds += time.perf_counter() - started
        audio_seconds += len(audio) / SAMPLE_RATE
    counts = error_counts([r["target"] for r in rows], hypotheses)
    name = f"{recognizer.model.folder.name}/{recognizer.model_file.name}"
    return Evaluation(name, recognizer.model_file.precision, counts, decode_seconds / max(audio_seconds, 1e-9), len(rows))


def format_table(results: list[Evaluation]) -> str:
    header = f"{'model':40} {'prec':5} {'CER':>7} {'S':>6} {'D':>6} {'I':>6} {'chars':>7} {'RTF':>7}"
    lines = [header, "-" * len(header)]
    for r in results:
        c = r.counts
        lines.append(
            f"{r.model:40} {r.precision:5} {c.cer:7.2%} {c.substitutions:6d} {c.deletions:6d} "
            f"{c.insertions:6d} {c.reference_chars:7d} {r.rtf:7.3f}"
        )
    lines.append("CER normalisation: tags dropped, OpenCC s2tw, NFKC, punctuation and spaces removed.")
    return "\n".join(lines)


def evaluate(
    models: list[Path], data: Path, language: str = "zh", limit: int | None = None, log: Log = print
) -> list[Evaluation]:
    rows = read_test_set(data, limit)
    results = [evaluate_model(m, rows, language) for m in models]
    log(format_table(results))
    return results
