"""Check exported models the way a user's app will run them, and against their source.

For every model file: sherpa-onnx loads it and decodes the given wavs (text, language,
CER when a NAME.txt reference sits beside NAME.wav), and onnxruntime's logits are compared
with the PyTorch checkpoint's on the same features. One table for all models.

An FP32 file must reproduce PyTorch (max|Δ| < FP32_TOLERANCE). An INT8 file cannot: its
MatMul weights are rounded to 256 levels, so every logit moves a little. What must not move is
what the user gets, so INT8 is judged on that, against PyTorch and against the FP32 file beside
it (see INT8_TOLERANCES); a quantisation that wrecks the model fails verify.
"""

from __future__ import annotations

import math
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

INT8_MIN_TOP1_AGREEMENT = 0.95
INT8_MAX_RELATIVE_ERROR = 0.05
INT8_MAX_CER_VS_FP32 = 0.05
INT8_CER_MARGIN = 0.02
INT8_MAX_LOST_FRACTION = 0.1
INT8_TOLERANCES = {
    "min_top1_agreement": INT8_MIN_TOP1_AGREEMENT,
    "max_relative_error": INT8_MAX_RELATIVE_ERROR,
    "max_cer_vs_fp32": INT8_MAX_CER_VS_FP32,
    "cer_margin": INT8_CER_MARGIN,
    "max_lost_fraction": INT8_MAX_LOST_FRACTION,
}
"""What an INT8 file must keep, and why these numbers.

- min_top1_agreement: the share of frames (every wav, the 4 prompt frames included) whose
  highest-scoring token is PyTorch's. sherpa-onnx decodes greedily, so this is what decides
  the text; SenseVoice's quantised MatMuls keep it at 1.0 on the committed demo model, while
  zeroing one of its 17 quantised weights drops it to 0.65. 0.95 leaves room for frames where
  two tokens nearly tie, and none for a damaged graph.
- max_relative_error: ||Δ|| / ||PyTorch logits|| (root of the summed squares, per wav, the
  worst wav counts). It does not depend on the logits' scale, as max|Δ| does (max|Δ| is
  shown, not judged: 0.22 on the demo model, whose logits span 43). Demo: 0.006; one zeroed
  weight: 0.48. 0.05 is ten times the demo's value and a tenth of the damage.
- max_cer_vs_fp32: CER of the INT8 texts measured against the FP32 file's texts on the same
  audio, so it needs no references; 0.05 allows one character in twenty.
- cer_margin: with references, INT8's CER may exceed FP32's by at most 2 points.
- max_lost_fraction: of the wavs FP32 gets exactly right, INT8 may get at most 10 % wrong
  (rounded down: with fewer than ten such wavs, none).
The text checks need the FP32 file beside the INT8 one; the logit checks need the checkpoint.
"""


@dataclass(frozen=True)
class LogitComparison:
    """One ONNX file's logits against PyTorch's, over every verify wav."""

    max_abs_diff: float
    relative_error: float  # worst wav's ||Δ|| / ||PyTorch||
    top1_agreement: float  # frames whose arg-max token is PyTorch's


@dataclass
class ModelReport:
    model: ModelFile
    size_mb: float
    load_seconds: float = 0.0
    texts: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    cer: float | None = None
    max_abs_diff: float | None = None
    relative_error: float | None = None
    top1_agreement: float | None = None
    error: str | None = None
    # INT8 against the FP32 file beside it (None when there is none, or it failed to decode)
    fp32_cer: float | None = None
    cer_vs_fp32: float | None = None
    fp32_right: int | None = None  # wavs FP32 gets exactly right ...
    lost: int | None = None  # ... that this file gets wrong

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def failures(self) -> list[str]:
        """Every tolerance this file misses, in words; empty when it passes."""
        if self.error:
            return [self.error]
        if self.model.precision == "fp32":
            if self.max_abs_diff is not None and not self.max_abs_diff < FP32_TOLERANCE:  # NaN fails too
                return [f"max|Δ| {self.max_abs_diff:.2e} ≥ {FP32_TOLERANCE}"]
            return []
        return self._int8_failures()

    def _int8_failures(self) -> list[str]:
        found = []
        if self.top1_agreement is not None and self.top1_agreement < INT8_MIN_TOP1_AGREEMENT:
            found.append(f"top-1 agreement {self.top1_agreement:.1%} < {INT8_MIN_TOP1_AGREEMENT:.0%}")
        if self.relative_error is not None and not self.relative_error <= INT8_MAX_RELATIVE_ERROR:
            found.append(f"relative error {self.relative_error:.3f} > {INT8_MAX_RELATIVE_ERROR}")
        if self.cer_vs_fp32 is not None and self.cer_vs_fp32 > INT8_MAX_CER_VS_FP32:
            found.append(f"CER vs FP32 {self.cer_vs_fp32:.2%} > {INT8_MAX_CER_VS_FP32:.0%}")
        if self.cer is not None and self.fp32_cer is not None and self.cer > self.fp32_cer + INT8_CER_MARGIN:
            found.append(f"CER {self.cer:.2%} > FP32's {self.fp32_cer:.2%} + {INT8_CER_MARGIN:.0%}")
        if self.lost is not None and self.fp32_right is not None:
            allowed = math.floor(INT8_MAX_LOST_FRACTION * self.fp32_right)
            if self.lost > allowed:
                found.append(f"wrong on {self.lost} of the {self.fp32_right} wavs FP32 gets right (allowed {allowed})")
        return found

    @property
    def tolerances(self) -> dict[str, float]:
        return {"max_abs_diff": FP32_TOLERANCE} if self.model.precision == "fp32" else dict(INT8_TOLERANCES)

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

    def compare(self, onnx_path: Path) -> LogitComparison:
        import onnxruntime as ort

        session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
        max_abs, relative, agree, frames = 0.0, 0.0, 0, 0
        for inputs, expected in zip(self.inputs, self.expected):
            got = session.run(["logits"], inputs)[0]
            diff = got - expected
            max_abs = max(max_abs, float(np.abs(diff).max()))
            relative = max(relative, float(np.linalg.norm(diff) / max(float(np.linalg.norm(expected)), 1e-12)))
            same = got.argmax(axis=-1) == expected.argmax(axis=-1)
            agree, frames = agree + int(same.sum()), frames + same.size
        return LogitComparison(max_abs, relative, agree / max(frames, 1))

    def max_abs_diff(self, onnx_path: Path) -> float:
        return self.compare(onnx_path).max_abs_diff


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
    fp32_by_stem: dict[tuple[Path, str], ModelReport] = {}  # FP32 is found (and checked) before its INT8
    for model_file in model_files:
        report = ModelReport(model_file, model_file.onnx.stat().st_size / 1e6)
        reports.append(report)
        report_to.step(Step.DECODE, f"Decoding the samples with {report.label} in sherpa-onnx")
        _recorded(report, partial(decode_and_score, report, wavs, references, language, threads))
        report_to.step(Step.COMPARE, f"Comparing {report.label} with its PyTorch checkpoint")
        _recorded(report, partial(compare_with_pytorch, report, checkpoint, wavs, language, parity_by_checkpoint, report_to))
        stem = (model_file.onnx.parent, _stem(model_file))
        if model_file.precision == "fp32":
            fp32_by_stem[stem] = report
        elif stem in fp32_by_stem:
            _recorded(report, partial(compare_with_fp32, report, fp32_by_stem[stem], references))
        _report_result(report_to, report)
    report_to.log(format_table(reports))
    return reports


def _stem(model: ModelFile) -> str:
    return model.onnx.name.removesuffix(".onnx").removesuffix(".int8")


def compare_with_fp32(report: ModelReport, fp32: ModelReport, references: list[str] | None) -> None:
    """The INT8 texts against the FP32 file's on the same audio (skipped if FP32 could not decode)."""
    from tingxie.training_tools.metrics import cer

    if fp32.error or len(fp32.texts) != len(report.texts) or not report.texts:
        return
    report.cer_vs_fp32 = cer(fp32.texts, report.texts)
    if references is not None:
        report.fp32_cer = fp32.cer
        right = [i for i, ref in enumerate(references) if cer([ref], [fp32.texts[i]]) == 0]
        report.fp32_right = len(right)
        report.lost = sum(cer([references[i]], [report.texts[i]]) > 0 for i in right)


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
    """The logits against PyTorch's; the PyTorch model runs once per checkpoint, however many files share it."""
    source = checkpoint or _source_checkpoint(report.model.onnx)
    if source is None:
        return
    if source not in checkers:
        progress.log(f"Running the PyTorch checkpoint {source}")
        checkers[source] = ParityChecker(source, wavs, language)
    comparison = checkers[source].compare(report.model.onnx)
    report.max_abs_diff = comparison.max_abs_diff
    report.relative_error = comparison.relative_error
    report.top1_agreement = comparison.top1_agreement


# What a verify result event carries besides the label and the verdict (ModelReport's fields).
RESULT_FIELDS = (
    "max_abs_diff", "relative_error", "top1_agreement", "cer", "cer_vs_fp32", "fp32_cer", "lost",
    "tolerances", "failures", "error", "texts", "languages",
)


def _report_result(progress: Progress, report: ModelReport) -> None:
    progress.result(
        report.label, report.passed, path=str(report.model.onnx), precision=report.model.precision,
        **{name: getattr(report, name) for name in RESULT_FIELDS},
    )


def _source_checkpoint(onnx_path: Path) -> Path | None:
    source = read_metadata(onnx_path).get("source_checkpoint")
    if not source:
        return None
    folder = (onnx_path.parent / source).resolve()
    return folder if folder.is_dir() else None


def format_table(reports: list[ModelReport]) -> str:
    header = (
        "model", "precision", "MB", "load s", "max|Δ| vs PyTorch", "rel err", "top-1", "CER", "CER vs FP32",
        "lang", "first text", "result",
    )
    rows = [header]
    for r in reports:
        rows.append(
            (
                r.label,
                r.model.precision,
                f"{r.size_mb:.1f}",
                f"{r.load_seconds:.2f}",
                _cell(r.max_abs_diff, "{:.2e}"),
                _cell(r.relative_error, "{:.4f}"),
                _cell(r.top1_agreement, "{:.1%}"),
                _cell(r.cer, "{:.2%}"),
                _cell(r.cer_vs_fp32, "{:.2%}"),
                r.languages[0] if r.languages else "-",
                (r.texts[0][:24] if r.texts else "-"),
                "ok" if r.passed else f"FAIL {'; '.join(r.failures)}",
            )
        )
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(
        f"tolerances: FP32 max|Δ| < {FP32_TOLERANCE}; INT8 top-1 ≥ {INT8_MIN_TOP1_AGREEMENT:.0%}, "
        f"rel err ≤ {INT8_MAX_RELATIVE_ERROR}, CER vs FP32 ≤ {INT8_MAX_CER_VS_FP32:.0%}, "
        f"CER ≤ FP32's + {INT8_CER_MARGIN:.0%}, at most {INT8_MAX_LOST_FRACTION:.0%} of FP32's right wavs lost"
    )
    return "\n".join(lines)


def _cell(value: float | None, spec: str) -> str:
    return "-" if value is None else spec.format(value)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
