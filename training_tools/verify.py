"""Check exported models the way a user's app will run them, and against their source.

For every model file: sherpa-onnx loads it and decodes the given wavs (text, language,
CER when a NAME.txt reference sits beside NAME.wav), and onnxruntime's logits are compared
with the PyTorch checkpoint's on the same features. One table for all models.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from tingxie.core.model_files import ModelFile, find_model_files
from tingxie.core.onnx_metadata import read_metadata
from tingxie.training_tools.progress import Log, Progress, Step, as_progress, verify_steps

FP32_TOLERANCE = 1e-3


@dataclass
class ModelReport:
    model: ModelFile
    size_mb: float
    load_seconds: float = 0.0
    texts: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    cer: float | None = None
    max_abs_diff: float | None = None
    error: str | None = None

    @property
    def passed(self) -> bool:
        if self.error:
            return False
        if self.model.precision == "fp32" and self.max_abs_diff is not None:
            return self.max_abs_diff < FP32_TOLERANCE
        return True

    @property
    def label(self) -> str:
        """folder/file, as the table and the result events name the model."""
        return f"{self.model.onnx.parent.name}/{self.model.name}"


def decode_with_sherpa(report: ModelReport, wavs: list[Path], language: str, threads: int) -> None:
    """Through core's Recognizer: the same validation and sherpa-onnx call the app makes."""
    from tingxie.core.audio import load_audio
    from tingxie.core.models import validate_path
    from tingxie.core.recognizer import Recognizer, RecognizerOptions

    started = time.monotonic()
    options = RecognizerOptions(language=language, use_itn=True, threads=threads)
    recognizer = Recognizer(validate_path(report.model.onnx), options)
    report.load_seconds = time.monotonic() - started
    for wav in wavs:
        result = recognizer.recognize(load_audio(wav))
        report.texts.append(result.text)
        report.languages.append(result.lang)


def references_for(wavs: list[Path]) -> list[str] | None:
    refs = [w.with_suffix(".txt") for w in wavs]
    if wavs and all(r.is_file() for r in refs):
        return [r.read_text(encoding="utf-8").strip() for r in refs]
    return None


class ParityChecker:
    """Runs the PyTorch model once per wav and compares every ONNX file against it."""

    def __init__(self, checkpoint_dir: Path, wavs: list[Path], language: str) -> None:
        import soundfile as sf
        import torch

        from tingxie.training_tools.checkpoint import load_checkpoint
        from tingxie.training_tools.features import features
        from tingxie.training_tools.onnx_graph import torch_logits
        from tingxie.training_tools.special_tokens import EMBED_LANGUAGE, EMBED_TEXT_NORM

        checkpoint = load_checkpoint(checkpoint_dir)
        checkpoint.frontend.dither = 0.0
        lang = EMBED_LANGUAGE.get(language, 0)
        self.inputs: list[dict[str, np.ndarray]] = []
        self.expected: list[np.ndarray] = []
        for wav in wavs:
            audio, _ = sf.read(wav, dtype="float32", always_2d=True)
            feats = features(checkpoint.frontend, audio.mean(axis=1))[None]
            args = (
                feats,
                torch.tensor([feats.shape[1]], dtype=torch.int32),
                torch.tensor([lang], dtype=torch.int32),
                torch.tensor([EMBED_TEXT_NORM["withitn"]], dtype=torch.int32),
            )
            self.inputs.append(
                dict(zip(("x", "x_length", "language", "text_norm"), (a.numpy() for a in args)))
            )
            self.expected.append(torch_logits(checkpoint.model, *args).numpy())

    def max_abs_diff(self, onnx_path: Path) -> float:
        import onnxruntime as ort

        session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
        return max(
            float(np.abs(session.run(["logits"], inputs)[0] - expected).max())
            for inputs, expected in zip(self.inputs, self.expected)
        )


def verify_folders(
    folders: list[Path],
    wavs: list[Path],
    checkpoint: Path | None = None,
    language: str = "zh",
    threads: int = 2,
    progress: Progress | Log = print,
) -> list[ModelReport]:
    """Every model file in every folder; one result per file is reported as it finishes,
    and one bad file is recorded in its report rather than hiding the rest."""
    report_to = as_progress(progress)
    model_files = [f for folder in folders for f in _model_files(folder)]
    report_to.plan(verify_steps(len(model_files)))
    references = references_for(wavs)
    parity_by_checkpoint: dict[Path, ParityChecker] = {}
    reports: list[ModelReport] = []
    for model_file in model_files:
        report = ModelReport(model_file, model_file.onnx.stat().st_size / 1e6)
        reports.append(report)
        report_to.step(Step.DECODE, f"Decoding the samples with {report.label} in sherpa-onnx")
        _recorded(report, partial(decode_and_score, report, wavs, references, language, threads))
        report_to.step(Step.COMPARE, f"Comparing {report.label} with its PyTorch checkpoint")
        _recorded(report, partial(compare_with_pytorch, report, checkpoint, wavs, language, parity_by_checkpoint, report_to))
        _report_result(report_to, report)
    report_to.log(format_table(reports))
    return reports


def _recorded(report: ModelReport, check: Callable[[], None]) -> None:
    """Runs one check; its failure goes in the report (the first one wins), so the other
    check and the other files still run and every planned step is reported."""
    try:
        check()
    except Exception as err:  # noqa: BLE001 - any failure is this file's result, shown in the table
        report.error = report.error or f"{type(err).__name__}: {err}"


def decode_and_score(
    report: ModelReport, wavs: list[Path], references: list[str] | None, language: str, threads: int
) -> None:
    """Texts and languages from sherpa-onnx, and the CER when every wav has a reference."""
    from tingxie.training_tools.metrics import cer

    decode_with_sherpa(report, wavs, language, threads)
    if references is not None:
        report.cer = cer(references, report.texts)


def _model_files(folder: Path) -> list[ModelFile]:
    """Found before any decoding, so the step count is known and an empty folder fails fast."""
    files = find_model_files(folder)
    if not files:
        raise FileNotFoundError(f"{folder} holds no .onnx model.")
    return files


def compare_with_pytorch(
    report: ModelReport,
    checkpoint: Path | None,
    wavs: list[Path],
    language: str,
    checkers: dict[Path, ParityChecker],
    progress: Progress,
) -> None:
    """max|Δ| of the logits; the PyTorch model runs once per checkpoint, however many files share it."""
    source = checkpoint or _source_checkpoint(report.model.onnx)
    if source is None:
        return
    if source not in checkers:
        progress.log(f"Running the PyTorch checkpoint {source}")
        checkers[source] = ParityChecker(source, wavs, language)
    report.max_abs_diff = checkers[source].max_abs_diff(report.model.onnx)


def _report_result(progress: Progress, report: ModelReport) -> None:
    progress.result(
        report.label,
        report.passed,
        path=str(report.model.onnx),
        precision=report.model.precision,
        max_abs_diff=report.max_abs_diff,
        cer=report.cer,
        error=report.error,
        texts=report.texts,
        languages=report.languages,
    )


def _source_checkpoint(onnx_path: Path) -> Path | None:
    source = read_metadata(onnx_path).get("source_checkpoint")
    if not source:
        return None
    folder = (onnx_path.parent / source).resolve()
    return folder if folder.is_dir() else None


def format_table(reports: list[ModelReport]) -> str:
    header = ("model", "precision", "MB", "load s", "max|Δ| vs PyTorch", "CER", "lang", "first text", "result")
    rows = [header]
    for r in reports:
        rows.append(
            (
                r.label,
                r.model.precision,
                f"{r.size_mb:.1f}",
                f"{r.load_seconds:.2f}",
                "-" if r.max_abs_diff is None else f"{r.max_abs_diff:.2e}",
                "-" if r.cer is None else f"{r.cer:.2%}",
                r.languages[0] if r.languages else "-",
                (r.texts[0][:24] if r.texts else "-"),
                "ok" if r.passed else f"FAIL {r.error or f'Δ ≥ {FP32_TOLERANCE}'}",
            )
        )
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
