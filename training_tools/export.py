"""Export a FunASR SenseVoice checkpoint to the files sherpa-onnx loads.

Output: model.onnx (FP32), model.int8.onnx (dynamic INT8 on MatMul weights) and tokens.txt,
or NAME.onnx / NAME.int8.onnx / NAME-tokens.txt with ``model_name``. Files are written to a
temporary folder beside the output and moved in only when every step succeeded, so a failed
export never leaves a half-written model where the app would pick it up.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import onnx

from tingxie.core.int8_weights import DEFAULT_INT8_WEIGHTS, METADATA_KEY, Int8Weights, runs_right_here
from tingxie.core.models import safe_comment
from tingxie.training_tools.checkpoint import LoadedCheckpoint, load_checkpoint
from tingxie.training_tools.cmvn import as_metadata, read_cmvn
from tingxie.training_tools.progress import Log, Progress, Step, as_progress, export_steps
from tingxie.training_tools.special_tokens import EMBED_LANGUAGE, EMBED_TEXT_NORM

QUANT_TYPES = tuple(w.value for w in Int8Weights)


class ExportError(RuntimeError):
    """The exported graph failed a check; the message says which."""


@dataclass(frozen=True)
class ExportOptions:
    model_name: str | None = None  # None: model.onnx / model.int8.onnx / tokens.txt
    fp32: bool = True
    int8: bool = True
    # QInt8 with 7-bit weights by default: right on every CPU, and the fastest (core/int8_weights.py)
    int8_weight_type: str = DEFAULT_INT8_WEIGHTS.value
    ir_version: int = 8
    opset: int = 13


@dataclass(frozen=True)
class ExportedFiles:
    folder: Path
    tokens: Path
    fp32: Path | None
    int8: Path | None

    def models(self) -> list[Path]:
        return [p for p in (self.fp32, self.int8) if p is not None]


def output_names(options: ExportOptions) -> tuple[str, str, str]:
    """(fp32, int8, tokens) file names in the seed's NAME-* or the plain sherpa layout."""
    if options.model_name:
        name = options.model_name
        return f"{name}.onnx", f"{name}.int8.onnx", f"{name}-tokens.txt"
    return "model.onnx", "model.int8.onnx", "tokens.txt"


def export_checkpoint(
    checkpoint_dir: Path,
    output_dir: Path,
    options: ExportOptions = ExportOptions(),
    progress: Progress | Log = print,
) -> ExportedFiles:
    """Each step is reported through ``progress`` (a reporter, or a plain log function) so
    the CLI can print it for people or stream it as JSON for the wizard."""
    if not (options.fp32 or options.int8):
        raise ValueError("Nothing to export: choose FP32, INT8 or both.")
    if options.int8_weight_type not in QUANT_TYPES:
        raise ValueError(f"INT8 weight type must be one of {', '.join(QUANT_TYPES)}.")
    if options.int8 and not runs_right_here(Int8Weights(options.int8_weight_type)):
        raise ValueError(
            "Full-range qint8 weights give wrong results on this CPU (x86 without VNNI): "
            f"use {DEFAULT_INT8_WEIGHTS.value}, which is as fast and right everywhere."
        )
    report = as_progress(progress)
    report.plan(export_steps(options.int8))
    report.step(Step.LOAD_CHECKPOINT, f"Loading checkpoint {checkpoint_dir}")
    checkpoint = load_checkpoint(Path(checkpoint_dir))
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    source = Path(os.path.relpath(checkpoint.files.folder.resolve(), output_dir.resolve()))
    fp32_name, int8_name, tokens_name = output_names(options)
    with tempfile.TemporaryDirectory(prefix=".export-", dir=output_dir) as tmp:
        staging = Path(tmp)
        fp32_path = staging / fp32_name
        report.step(Step.TRACE_GRAPH, f"Tracing the graph (opset {options.opset})")
        write_fp32_model(checkpoint, fp32_path, options, source)
        if options.int8:
            report.step(Step.QUANTIZE, f"Quantizing MatMul weights to INT8 ({options.int8_weight_type})")
            quantize_model(fp32_path, staging / int8_name, options)
        report.step(Step.WRITE_FILES, f"Writing {tokens_name} and moving the files into {output_dir}")
        write_tokens(checkpoint, staging / tokens_name)
        if not options.fp32:
            fp32_path.unlink()
        for path in staging.iterdir():
            path.replace(output_dir / path.name)
    files = ExportedFiles(
        folder=output_dir,
        tokens=output_dir / tokens_name,
        fp32=output_dir / fp32_name if options.fp32 else None,
        int8=output_dir / int8_name if options.int8 else None,
    )
    for path in files.models():
        report.wrote(path, path.stat().st_size / 1e6)
    return files


def write_fp32_model(checkpoint: LoadedCheckpoint, path: Path, options: ExportOptions, source: Path) -> None:
    from tingxie.training_tools.onnx_graph import set_metadata, trace_to_onnx

    trace_to_onnx(checkpoint.model, path, options.opset)
    model = onnx.load(str(path))
    set_metadata(model, sherpa_metadata(checkpoint, options, source))
    model.ir_version = options.ir_version
    check_graph(model, path.name)
    onnx.save(model, str(path))


def sherpa_metadata(checkpoint: LoadedCheckpoint, options: ExportOptions, source: Path) -> dict[str, object]:
    """The keys sherpa-onnx reads (offline-sense-voice-model.cc) plus where the model came from;
    ``source`` is the checkpoint relative to the model's folder, so verify finds it after a move."""
    cmvn = read_cmvn(checkpoint.files.cmvn)
    frontend = checkpoint.frontend
    return {
        "model_type": "sense_voice_ctc",
        "vocab_size": checkpoint.vocab_size,
        "lfr_window_size": frontend.lfr_m,
        "lfr_window_shift": frontend.lfr_n,
        "normalize_samples": 0,  # sherpa-onnx scales samples to the int16 range, as FunASR does
        "neg_mean": as_metadata(cmvn.neg_mean),
        "inv_stddev": as_metadata(cmvn.inv_stddev),
        "with_itn": EMBED_TEXT_NORM["withitn"],
        "without_itn": EMBED_TEXT_NORM["woitn"],
        **{f"lang_{lang}": index for lang, index in EMBED_LANGUAGE.items()},
        # sherpa-onnx's convention: version 1 had QInt8 weights, version 2 QUInt8.
        "version": "2" if options.int8_weight_type == Int8Weights.QUINT8.value else "1",
        "maintainer": "tingxie",
        # sherpa-onnx picks the model type from this text ("Nano" -> FunASR-Nano): safe_comment
        # keeps a folder such as SenseVoiceNano-ft from turning the model into one it cannot load.
        "comment": safe_comment(f"Exported by Tingxie training_tools from the FunASR checkpoint {checkpoint.files.folder.name}"),
        "source_checkpoint": source.as_posix(),
    }


def check_graph(model: onnx.ModelProto, label: str) -> None:
    """Full check, strict type inference included: it catches the sequence_mask
    float-vs-int64 comparison an earlier export needed patching for."""
    try:
        onnx.checker.check_model(model, full_check=True)
    except (onnx.checker.ValidationError, onnx.shape_inference.InferenceError) as err:
        raise ExportError(f"{label} is not a valid ONNX graph: {err}") from err


def quantize_model(fp32_path: Path, int8_path: Path, options: ExportOptions) -> None:
    """MatMul weights only: quantising Conv too, or 4-bit weights, measured slower (bench/README.md)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    weights = Int8Weights(options.int8_weight_type)
    quantize_dynamic(
        model_input=str(fp32_path),
        model_output=str(int8_path),
        op_types_to_quantize=["MatMul"],
        weight_type=getattr(QuantType, weights.onnx_weight_type),
        reduce_range=weights.reduce_range,
    )
    model = onnx.load(str(int8_path))
    model.ir_version = options.ir_version
    _set_metadata_value(model, METADATA_KEY, weights.value)
    check_graph(model, int8_path.name)
    onnx.save(model, str(int8_path))


def _set_metadata_value(model: onnx.ModelProto, key: str, value: str) -> None:
    for entry in model.metadata_props:
        if entry.key == key:
            entry.value = value
            return
    model.metadata_props.add(key=key, value=value)


def write_tokens(checkpoint: LoadedCheckpoint, path: Path) -> None:
    """sherpa-onnx's symbol table: "piece id" per line, in id order."""
    lines = (f"{piece} {i}\n" for i, piece in enumerate(checkpoint.token_list()))
    path.write_text("".join(lines), encoding="utf-8")
