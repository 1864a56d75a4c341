"""training_tools.export: what a user's real checkpoint goes through, checked file by file."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import onnx
import pytest
import sentencepiece as spm
import sherpa_onnx
import soundfile as sf
from onnx import TensorProto, helper

from tests.helpers import run_cli
from tingxie.core.models import comment_trigger, validate
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_WAV
from tingxie.training_tools.checkpoint import CheckpointFiles, LoadedCheckpoint
from tingxie.training_tools.cmvn import read_cmvn
from tingxie.training_tools.export import (
    ExportError,
    ExportOptions,
    check_graph,
    export_checkpoint,
    quantize_model,
    sherpa_metadata,
)
from tingxie.training_tools.special_tokens import UPSTREAM_TOKEN_IDS, UPSTREAM_VOCAB_SIZE

CHECKPOINT = DEMO_MODEL_DIR / "checkpoint"


def decode(model: Path, tokens: Path, wav: Path = SAMPLE_WAV) -> sherpa_onnx.OfflineRecognitionResult:
    recognizer = sherpa_onnx.OfflineRecognizer.from_sense_voice(
        model=str(model), tokens=str(tokens), language="zh", use_itn=True, num_threads=1
    )
    audio, rate = sf.read(wav, dtype="float32")
    stream = recognizer.create_stream()
    stream.accept_waveform(rate, audio)
    recognizer.decode_stream(stream)
    return stream.result


@pytest.fixture(scope="module")
def named_export_run(tmp_path_factory) -> tuple[Path, str]:
    """The export folder and what the default (--progress text) run printed."""
    out = tmp_path_factory.mktemp("named")
    result = run_cli(
        "-m", "tingxie.training_tools", "export", "--checkpoint", str(CHECKPOINT),
        "--output-dir", str(out), "--model-name", "zhtw-v1",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out, result.stdout


@pytest.fixture(scope="module")
def named_export(named_export_run) -> Path:
    return named_export_run[0]


def test_text_progress_prints_lines_for_people(named_export_run):
    out, stdout = named_export_run
    lines = stdout.splitlines()
    assert lines[0] == f"Loading checkpoint {CHECKPOINT}"
    assert "Tracing the graph (opset 13)" in lines
    assert "Quantizing MatMul weights to INT8 (qint8-7bit)" in lines
    assert [line.split(" (")[0] for line in lines if line.startswith("Wrote ")] == [
        f"Wrote {out / 'zhtw-v1.onnx'}", f"Wrote {out / 'zhtw-v1.int8.onnx'}",
    ]
    assert not any(line.startswith("{") for line in lines)  # no JSON unless asked for


def test_named_export_writes_the_seed_layout_and_decodes(named_export):
    assert sorted(p.name for p in named_export.iterdir()) == [
        "zhtw-v1-tokens.txt", "zhtw-v1.int8.onnx", "zhtw-v1.onnx",
    ]
    expected = SAMPLE_WAV.with_suffix(".txt").read_text(encoding="utf-8").strip()
    for name in ("zhtw-v1.onnx", "zhtw-v1.int8.onnx"):
        result = decode(named_export / name, named_export / "zhtw-v1-tokens.txt")
        assert result.text == expected
        assert result.lang == "<|zh|>"


def test_graph_has_sherpa_signature_ir8_opset13_and_no_external_data(named_export):
    model = onnx.load(str(named_export / "zhtw-v1.onnx"))
    assert model.ir_version == 8
    assert {o.domain: o.version for o in model.opset_import}[""] == 13
    inputs = {i.name: i.type.tensor_type.elem_type for i in model.graph.input}
    assert inputs == {
        "x": TensorProto.FLOAT, "x_length": TensorProto.INT32,
        "language": TensorProto.INT32, "text_norm": TensorProto.INT32,
    }
    assert [o.name for o in model.graph.output] == ["logits"]
    assert all(t.data_location != TensorProto.EXTERNAL for t in model.graph.initializer)
    int8 = onnx.load(str(named_export / "zhtw-v1.int8.onnx"))
    assert int8.ir_version == 8
    assert any(n.op_type == "MatMulInteger" or n.op_type == "DynamicQuantizeLinear" for n in int8.graph.node)


def test_metadata_is_what_sherpa_onnx_reads(named_export):
    meta = {p.key: p.value for p in onnx.load(str(named_export / "zhtw-v1.onnx")).metadata_props}
    tokens = (named_export / "zhtw-v1-tokens.txt").read_text(encoding="utf-8").splitlines()
    assert meta["vocab_size"] == str(len(tokens))
    assert {k: meta[k] for k in (
        "lfr_window_size", "lfr_window_shift", "normalize_samples", "with_itn", "without_itn",
        "lang_auto", "lang_zh", "lang_en", "lang_yue", "lang_ja", "lang_ko", "lang_nospeech", "model_type",
    )} == {
        "lfr_window_size": "7", "lfr_window_shift": "6", "normalize_samples": "0",
        "with_itn": "14", "without_itn": "15", "lang_auto": "0", "lang_zh": "3", "lang_en": "4",
        "lang_yue": "7", "lang_ja": "11", "lang_ko": "12", "lang_nospeech": "13",
        "model_type": "sense_voice_ctc",
    }
    cmvn = read_cmvn(CHECKPOINT / "am.mvn")
    assert np.allclose([float(v) for v in meta["neg_mean"].split(",")], cmvn.neg_mean)
    assert np.allclose([float(v) for v in meta["inv_stddev"].split(",")], cmvn.inv_stddev)
    assert len(cmvn.neg_mean) == 560
    assert "checkpoint" in meta["comment"]


def test_a_checkpoint_named_nano_never_puts_nano_into_the_comment(tmp_path):
    """sherpa-onnx takes a comment containing "Nano" for FunASR-Nano and ends the process; a
    checkpoint folder such as SenseVoiceNano-ft must not write one, and the gate takes the result."""
    folder = tmp_path / "SenseVoiceNano-ft"
    files = CheckpointFiles(folder, folder / "model.pt", folder / "config.yaml", CHECKPOINT / "am.mvn", None)
    checkpoint = LoadedCheckpoint(
        files, model=SimpleNamespace(vocab_size=4000), tokenizer=None, frontend=SimpleNamespace(lfr_m=7, lfr_n=6)
    )
    meta = sherpa_metadata(checkpoint, ExportOptions(), Path("../SenseVoiceNano-ft"))
    assert comment_trigger(str(meta["comment"])) is None
    assert "SenseVoiceN-ano-ft" in str(meta["comment"])
    out = tmp_path / "model"
    out.mkdir()
    shutil.copy(DEMO_MODEL_DIR / "tokens.txt", out / "tokens.txt")
    model = onnx.load(str(DEMO_MODEL_DIR / "model.int8.onnx"))
    del model.metadata_props[:]
    for key, value in meta.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, str(value)
    onnx.save(model, str(out / "model.int8.onnx"))
    assert validate(out).vocab_size == 4000


def test_tokens_follow_the_sentencepiece_ids(named_export):
    sp = spm.SentencePieceProcessor(model_file=str(next(CHECKPOINT.glob("*.bpe.model"))))
    lines = (named_export / "zhtw-v1-tokens.txt").read_text(encoding="utf-8").splitlines()
    assert lines == [f"{sp.id_to_piece(i)} {i}" for i in range(sp.get_piece_size())]


def test_quint8_option_and_plain_sherpa_names(tmp_path):
    result = run_cli(
        "-m", "tingxie.training_tools", "export", "--checkpoint", str(CHECKPOINT), "--output-dir", str(tmp_path),
        "--no-fp32", "--int8-type", "quint8",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.int8.onnx", "tokens.txt"]
    model = onnx.load(str(tmp_path / "model.int8.onnx"))
    meta = {p.key: p.value for p in model.metadata_props}
    assert meta["version"] == "2"  # sherpa-onnx's marker for QUInt8 weights
    assert meta["tingxie_int8_weights"] == "quint8"
    assert weight_range(model) == (0, 255)
    assert decode(tmp_path / "model.int8.onnx", tmp_path / "tokens.txt").lang == "<|zh|>"


def weight_range(model: onnx.ModelProto) -> tuple[int, int]:
    """The smallest and largest quantised MatMul weight in the file."""
    from onnx import numpy_helper

    values = [numpy_helper.to_array(t) for t in model.graph.initializer if t.name.endswith("_quantized")]
    return int(min(v.min() for v in values)), int(max(v.max() for v in values))


def test_default_int8_has_7_bit_qint8_weights(named_export):
    """7-bit weights cannot saturate onnxruntime's 16-bit pair sums on CPUs without VNNI."""
    model = onnx.load(str(named_export / "zhtw-v1.int8.onnx"))
    meta = {p.key: p.value for p in model.metadata_props}
    assert meta["tingxie_int8_weights"] == "qint8-7bit" and meta["version"] == "1"
    low, high = weight_range(model)
    assert -64 <= low < 0 < high <= 64  # onnxruntime's reduce_range span; full range reaches ±127


def test_full_range_qint8_is_refused_on_a_cpu_without_vnni(tmp_path, monkeypatch):
    from tingxie.core import int8_weights
    from tingxie.core.models import ModelFolderError

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "tokens.txt").write_bytes((CHECKPOINT.parent / "tokens.txt").read_bytes())
    quantize_model(CHECKPOINT.parent / "model.onnx", folder / "model.int8.onnx", ExportOptions(int8_weight_type="qint8"))
    monkeypatch.setattr(int8_weights, "is_x86", lambda: True)
    monkeypatch.setattr(int8_weights, "cpu_has_vnni", lambda: False)
    with pytest.raises(ModelFolderError, match="without VNNI"):
        validate(folder)
    (folder / "model.onnx").symlink_to(CHECKPOINT.parent / "model.onnx")
    assert [f.precision for f in validate(folder).files] == ["fp32"]  # the FP32 file is still offered
    with pytest.raises(ValueError, match="without VNNI"):
        export_checkpoint(CHECKPOINT, tmp_path / "out", ExportOptions(int8_weight_type="qint8"))
    monkeypatch.setattr(int8_weights, "cpu_has_vnni", lambda: True)
    assert [f.precision for f in validate(folder).files] == ["fp32", "int8"]


def test_graph_check_refuses_the_sequence_mask_type_conflict():
    """The comparison an earlier export had to patch (float mask vs int64 lengths) is refused."""
    mask = helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["N", "T"])
    lengths = helper.make_tensor_value_info("lengths", TensorProto.INT64, ["N", 1])
    out = helper.make_tensor_value_info("valid", TensorProto.BOOL, ["N", "T"])
    graph = helper.make_graph([helper.make_node("Less", ["mask", "lengths"], ["valid"])], "g", [mask, lengths], [out])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    with pytest.raises(ExportError, match="inconsistent type"):
        check_graph(model, "sequence_mask.onnx")


def test_incomplete_checkpoint_is_named_not_a_traceback(tmp_path):
    (tmp_path / "config.yaml").write_text("model: SenseVoiceSmall\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("-m", "tingxie.training_tools", "export", "--checkpoint", str(tmp_path), "--output-dir", str(out))
    assert result.returncode == 2
    assert "missing model.pt, am.mvn" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_upstream_vocabulary_layout_exports_and_decodes(tmp_path):
    """A random-weight checkpoint on FunASR's own 25,055-token layout: the export is not
    tuned to the demo tokenizer."""
    from tingxie.training_tools.demo.build import build_random_upstream
    from tingxie.training_tools.demo.train import TrainConfig

    files = build_random_upstream(tmp_path, shape=TrainConfig(output_size=64, linear_units=128, num_blocks=2), log=lambda _: None)
    lines = files.tokens.read_text(encoding="utf-8").splitlines()
    assert len(lines) == UPSTREAM_VOCAB_SIZE
    assert all(lines[i] == f"{piece} {i}" for piece, i in UPSTREAM_TOKEN_IDS.items())
    meta = {p.key: p.value for p in onnx.load(str(files.fp32)).metadata_props}
    assert meta["vocab_size"] == str(UPSTREAM_VOCAB_SIZE)
    for model in files.models():
        result = decode(model, files.tokens)  # random weights: any text, but no error
        assert isinstance(result.text, str)
        assert len(result.timestamps) == len(result.tokens)


def test_weights_that_do_not_fit_the_tokenizer_are_refused(tmp_path):
    """FunASR would keep random weights for the mismatched layer and only log it."""
    from tingxie.training_tools.demo.tokenizer import upstream_layout_tokenizer

    ckpt = tmp_path / "ckpt"
    shutil.copytree(CHECKPOINT, ckpt)
    bpe = next(ckpt.glob("*.bpe.model"))
    upstream_layout_tokenizer(bpe, bpe)  # same file name, 25,055 pieces instead of 4,000
    result = run_cli("-m", "tingxie.training_tools", "export", "--checkpoint", str(ckpt), "--output-dir", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "does not match its config.yaml and tokenizer" in result.stderr
    assert "ctc.ctc_lo.weight" in result.stderr
    assert not list((tmp_path / "out").glob("*.onnx"))
