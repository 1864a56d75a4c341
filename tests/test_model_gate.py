"""Issue 11, "bad models never reach sherpa-onnx unchecked": every model below is refused by
core.models' gate with a ModelFolderError naming the file. For the ones sherpa-onnx 2.0 ends
the process on (exit 255, a segfault, an uncaught IndexError), a child process shows that it
really does, and `tingxie transcribe` shows one `error:` line and exit code 2 instead.

The bad models are the committed demo model with its metadata or graph rewritten by `onnx`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import onnx
import pytest
from onnx import TensorProto, helper

from tests.helpers import REPO, run_cli
from tingxie.core import onnx_metadata
from tingxie.core.models import (
    ModelFolderError,
    comment_trigger,
    safe_comment,
    validate,
    validate_path,
    validate_segmentation_model,
    validate_speaker_model,
)
from tingxie.core.onnx_metadata import read_summary
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_WAV, VAD_MODEL
from tingxie.core.vocabulary import SAMPLE_RATE

MODEL = "model.int8.onnx"  # the smaller file: every case works the same on model.onnx
Edit = Callable[[onnx.ModelProto], None]


def demo_folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    shutil.copy(DEMO_MODEL_DIR / MODEL, folder / MODEL)
    shutil.copy(DEMO_MODEL_DIR / "tokens.txt", folder / "tokens.txt")
    return folder


def set_meta(**changes: str | None) -> Edit:
    """Metadata edits: a value replaces (or adds) the key, None removes it."""

    def edit(model: onnx.ModelProto) -> None:
        kept = {p.key: p.value for p in model.metadata_props}
        for key, value in changes.items():
            if value is None:
                kept.pop(key, None)
            else:
                kept[key] = value
        del model.metadata_props[:]
        for key, value in kept.items():
            entry = model.metadata_props.add()
            entry.key, entry.value = key, value

    return edit


def wider_output(model: onnx.ModelProto) -> None:
    """logits gets 10 more columns (copies of the first 10, a little higher, so the arg-max picks
    ids 4000..4009 that tokens.txt lacks); vocab_size metadata and tokens.txt still agree on 4000."""
    g = model.graph
    for node in g.node:
        node.output[:] = ["logits_inner" if o == "logits" else o for o in node.output]
    g.initializer.extend([
        helper.make_tensor("w_start", TensorProto.INT64, [1], [0]),
        helper.make_tensor("w_end", TensorProto.INT64, [1], [10]),
        helper.make_tensor("w_axis", TensorProto.INT64, [1], [2]),
        helper.make_tensor("w_eps", TensorProto.FLOAT, [], [0.5]),
    ])
    g.node.extend([
        helper.make_node("Slice", ["logits_inner", "w_start", "w_end", "w_axis"], ["w_first"]),
        helper.make_node("Add", ["w_first", "w_eps"], ["w_extra"]),
        helper.make_node("Concat", ["logits_inner", "w_extra"], ["logits"], axis=2),
    ])
    g.output[0].type.tensor_type.shape.dim[2].dim_value = 4010


def dynamic_output_width(model: onnx.ModelProto) -> None:
    dim = model.graph.output[0].type.tensor_type.shape.dim[2]
    dim.Clear()
    dim.dim_param = "V"


def bad_model(root: Path, name: str, edit: Edit) -> Path:
    folder = demo_folder(root, name)
    model = onnx.load(str(folder / MODEL))
    edit(model)
    onnx.save(model, str(folder / MODEL))
    return folder


def tiny_graph(metadata: dict[str, object] | None = None) -> onnx.ModelProto:
    """A random small ONNX model: y = mean over time of x[1, T, 80]."""
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, "T", 80])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 80])
    graph = helper.make_graph([helper.make_node("ReduceMean", ["x"], ["y"], axes=[1], keepdims=0)], "tiny", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, str(value)
    return model


# ---- sherpa-onnx, as the app would call it, in a child process -------------------------------

SENSE_VOICE_CHILD = """
import sys, soundfile as sf, sherpa_onnx
folder, wav = sys.argv[1], sys.argv[2]
r = sherpa_onnx.OfflineRecognizer.from_sense_voice(
    model=folder + "/model.int8.onnx", tokens=folder + "/tokens.txt", language="zh", use_itn=True, num_threads=1)
audio, rate = sf.read(wav, dtype="float32")
s = r.create_stream(); s.accept_waveform(rate, audio); r.decode_streams([s])
print("decoded:", s.result.text)
"""


def child(code: str, *args: str) -> subprocess.CompletedProcess:
    """sherpa-onnx in a fresh interpreter; its dying words may hold bytes that are not UTF-8."""
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, errors="replace", timeout=120
    )


def sherpa_child(folder: Path) -> subprocess.CompletedProcess:
    return child(SENSE_VOICE_CHILD, str(folder), str(SAMPLE_WAV))


def transcribe_cli(model: Path):
    return run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--model", str(model), timeout=120)


def test_the_child_process_decodes_the_good_demo_model(tmp_path):
    """The control: the same child on the unmodified files succeeds, so a failure below is the model's."""
    result = sherpa_child(demo_folder(tmp_path, "good"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "decoded: 可可拿鐵" in result.stdout


# name -> (edit, what the gate says, what sherpa-onnx 2.0 prints as it dies)
CRASHES: dict[str, tuple[Edit, str, str]] = {
    "nano_comment": (set_meta(comment="Exported from SenseVoiceNano-ft"), "contains 'Nano'", "base64"),
    "lfr_window_shift_0": (set_meta(lfr_window_shift="0"), "lfr_window_shift is 0", "window_shift must be positive"),
    "lfr_window_shift_negative": (set_meta(lfr_window_shift="-6"), "lfr_window_shift is -6", "Invalid value -6"),
    "lang_auto_negative": (set_meta(lang_auto="-1"), "lang_auto is -1", "Invalid value -1 for 'lang_auto'"),
    "missing_lang_zh": (set_meta(lang_zh=None), "lacks the metadata key 'lang_zh'", "'lang_zh' does not exist"),
    "output_wider_than_tokens": (wider_output, "graph scores 4010 tokens per frame but tokens.txt has 4000", "_Map_base::at"),
}


@pytest.mark.parametrize("case", CRASHES)
def test_sherpa_onnx_dies_on_it_and_the_gate_refuses_it_first(tmp_path, case):
    edit, refusal, death = CRASHES[case]
    folder = bad_model(tmp_path, case, edit)
    with pytest.raises(ModelFolderError, match=refusal):
        validate(folder)

    died = sherpa_child(folder)
    assert died.returncode != 0, f"sherpa-onnx survived {case}: {died.stdout}"
    assert death in died.stderr, died.stderr[-2000:]

    cli = transcribe_cli(folder)
    assert cli.returncode == 2, cli.stderr[-2000:]
    errors = [line for line in cli.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and refusal in errors[0], cli.stderr
    assert "Traceback" not in cli.stderr


def test_another_model_type_is_named_as_such_not_as_a_missing_key(tmp_path):
    """Silero VAD: sherpa-onnx exits ('vocab_size' does not exist); the gate says what it is."""
    folder = demo_folder(tmp_path, "vad")
    shutil.copy(VAD_MODEL, folder / MODEL)
    with pytest.raises(ModelFolderError, match=r"model.int8.onnx is not a SenseVoice model: its graph takes input\["):
        validate(folder)
    died = sherpa_child(folder)
    assert died.returncode != 0 and "'vocab_size' does not exist" in died.stderr, died.stderr[-2000:]
    cli = transcribe_cli(folder / MODEL)
    assert cli.returncode == 2 and cli.stderr.count("error:") == 1, cli.stderr
    assert "is not a SenseVoice model" in cli.stderr


def test_a_random_small_graph_even_with_sense_voice_metadata_is_refused(tmp_path):
    folder = demo_folder(tmp_path, "tiny")
    demo_meta = {p.key: p.value for p in onnx.load(str(DEMO_MODEL_DIR / MODEL)).metadata_props}
    for metadata in ({}, demo_meta):
        onnx.save(tiny_graph(metadata), str(folder / MODEL))
        with pytest.raises(ModelFolderError, match=r"is not a SenseVoice model: its graph takes x\[1, T, 80\]"):
            validate(folder)


def test_missing_tokens(tmp_path):
    folder = demo_folder(tmp_path, "m")
    (folder / "tokens.txt").unlink()
    with pytest.raises(ModelFolderError, match="tokens.txt is missing"):
        validate(folder)


def test_empty_onnx_says_empty_not_missing_metadata(tmp_path):
    folder = demo_folder(tmp_path, "m")
    (folder / MODEL).write_bytes(b"")
    with pytest.raises(ModelFolderError, match=r"model.int8.onnx is empty \(0 bytes\)"):
        validate(folder)


@pytest.mark.parametrize("keep", [0.5, 0.999])
def test_truncated_onnx_says_truncated(tmp_path, keep):
    folder = demo_folder(tmp_path, "m")
    data = (DEMO_MODEL_DIR / MODEL).read_bytes()
    (folder / MODEL).write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ModelFolderError, match="it is truncated .*download or copy it again"):
        validate(folder)


def test_a_file_of_another_kind_is_not_onnx(tmp_path):
    folder = demo_folder(tmp_path, "m")
    shutil.copy(SAMPLE_WAV, folder / MODEL)
    with pytest.raises(ModelFolderError, match="cannot be read as an ONNX model"):
        validate(folder)


DEMO_NEG_MEAN = ",".join(["-8.0"] * 560)

# name -> (edit, the gate's message)
REFUSED: dict[str, tuple[Edit, str]] = {
    "vocab_size_not_tokens": (set_meta(vocab_size="4001"), "tokens.txt has 4000 tokens but model.int8.onnx expects 4001"),
    "vocab_size_0": (set_meta(vocab_size="0"), "vocab_size is 0, which sherpa-onnx cannot run with"),
    "vocab_size_not_a_number": (set_meta(vocab_size="4000abc"), "vocab_size is '4000abc', not a whole number"),
    "vocab_size_past_int32": (set_meta(vocab_size=str(2**31)), "vocab_size is 2147483648"),
    "vocab_size_empty": (set_meta(vocab_size=""), "lacks the metadata key 'vocab_size'"),
    "lfr_window_size_0": (set_meta(lfr_window_size="0"), "lfr_window_size is 0"),
    "lfr_window_size_not_the_graph": (
        set_meta(lfr_window_size="6", neg_mean=",".join(["-8.0"] * 480), inv_stddev=",".join(["0.1"] * 480)),
        "its graph takes 560 features per frame but its metadata .lfr_window_size 6. makes sherpa-onnx feed 480",
    ),
    "normalize_samples_2": (set_meta(normalize_samples="2"), "normalize_samples is 2"),
    "with_itn_negative": (set_meta(with_itn="-1"), "with_itn is -1"),
    "without_itn_past_embedding": (set_meta(without_itn="16"), "without_itn is 16, but the graph's prompt embedding"),
    "lang_zh_past_embedding": (set_meta(lang_zh="100"), "lang_zh is 100, but the graph's prompt embedding"),
    "blank_id_past_vocab": (set_meta(blank_id="4000"), "blank_id is 4000"),
    "neg_mean_nan": (set_meta(neg_mean=",".join(["nan"] * 560)), "neg_mean is not a comma-separated list of finite numbers"),
    "inv_stddev_inf": (set_meta(inv_stddev=",".join(["1e999"] * 560)), "inv_stddev holds a value too large"),
    "neg_mean_too_short": (set_meta(neg_mean=DEMO_NEG_MEAN.rsplit(",", 1)[0]), "neg_mean has 559 values"),
    "missing_neg_mean": (set_meta(neg_mean=None), "lacks the metadata key 'neg_mean'"),
    "missing_with_itn": (set_meta(with_itn=None), "lacks the metadata key 'with_itn'"),
    "missing_vocab_size": (set_meta(vocab_size=None), "lacks the metadata key 'vocab_size'"),
    "nano_anywhere_in_comment": (set_meta(comment="from SenseVoiceNano"), "contains 'Nano'"),
    "dynamic_output_width": (dynamic_output_width, "does not fix how many tokens it scores"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_out_of_range_or_inconsistent_metadata_is_refused(tmp_path, case):
    edit, message = REFUSED[case]
    folder = bad_model(tmp_path, case, edit)
    with pytest.raises(ModelFolderError, match=message) as err:
        validate_path(folder / MODEL)
    assert "model.int8.onnx" in str(err.value) or "tokens.txt" in str(err.value)


@pytest.mark.parametrize(
    "lines, message",
    [
        (["a b 0"], r"line 1 is not \"piece id\""),
        (["<blank> 0", "<unk> 0"], "id 0 is repeated"),
        (["<blank> 0", "<unk> 7"], "id 7 is beyond the 2 lines"),
        (["<blank> 0", ""], r"line 2 is not \"piece id\""),
    ],
)
def test_tokens_sherpa_onnx_cannot_read_are_refused(tmp_path, lines, message):
    folder = demo_folder(tmp_path, "m")
    (folder / "tokens.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ModelFolderError, match=message):
        validate(folder)


def test_the_graph_reader_agrees_with_onnx_and_skips_the_weights(monkeypatch):
    """It seeks past initializers' data, so a 937 MB SenseVoiceSmall costs what its graph costs:
    here 0.3 MB of the demo's 6 MB (and, measured once, 0.08 s for a 946 MB file)."""
    path = DEMO_MODEL_DIR / "model.onnx"
    read = 0

    class CountingFile(io.FileIO):
        def readinto(self, buffer) -> int | None:  # noqa: ANN001 - whatever io.FileIO takes
            nonlocal read
            n = super().readinto(buffer)
            read += n or 0
            return n

    monkeypatch.setattr(onnx_metadata, "open", lambda p, mode="rb": io.BufferedReader(CountingFile(p)), raising=False)
    summary = read_summary(path)
    assert read < 0.1 * path.stat().st_size
    model = onnx.load(str(path))
    assert [t.name for t in summary.inputs] == [i.name for i in model.graph.input]
    assert summary.outputs[0].shape == ("N", "T", 4000)
    assert summary.gathered_rows("language") == 16 == summary.gathered_rows("text_norm")


def test_safe_comment_keeps_the_export_loadable():
    assert comment_trigger("SenseVoiceNano-ft") == "Nano"
    for name in ("SenseVoiceNano-ft", "nano", "NANO-v2"):
        assert comment_trigger(safe_comment(name)) is None
        assert "nano" not in safe_comment(name).lower()
    assert safe_comment("SenseVoiceSmall-zhtw") == "SenseVoiceSmall-zhtw"


# ---- the speaker-embedding and segmentation gates, for diarization later ---------------------

WESPEAKER = {
    "framework": "wespeaker", "output_dim": 80, "sample_rate": SAMPLE_RATE, "normalize_samples": 0, "language": "English",
}
PYANNOTE = {
    "sample_rate": SAMPLE_RATE, "window_size": 10 * SAMPLE_RATE, "receptive_field_size": 991, "receptive_field_shift": 270,
    "num_speakers": 3, "powerset_max_classes": 2, "num_classes": 7,
}


def test_a_speaker_model_without_framework_segfaults_sherpa_onnx_and_is_refused(tmp_path):
    path = tmp_path / "speaker.onnx"
    onnx.save(tiny_graph(), str(path))
    with pytest.raises(ModelFolderError, match="has no 'framework' metadata"):
        validate_speaker_model(path)
    code = (
        "import sys, sherpa_onnx; "
        "e = sherpa_onnx.SpeakerEmbeddingExtractor(sherpa_onnx.SpeakerEmbeddingExtractorConfig(model=sys.argv[1])); "
        "print(e.dim)"  # the extractor it made has no model behind it: the first use segfaults
    )
    died = child(code, str(path))
    assert died.returncode != 0 and "Unknown model type" in died.stderr, (died.returncode, died.stderr[-2000:])


@pytest.mark.parametrize(
    "changes, message",
    [
        ({}, None),
        ({"framework": "3d-speaker", "feature_normalize_type": "global-mean", "normalize_samples": 1}, None),
        ({"framework": "pyannote"}, "its framework is 'pyannote'"),
        ({"output_dim": 0}, "output_dim is 0"),
        ({"sample_rate": None}, "lacks the metadata key 'sample_rate'"),
        ({"language": None}, "lacks the metadata key 'language'"),
        ({"feature_normalize_type": "per_feature"}, "feature_normalize_type is 'per_feature'"),
        ({"framework": "nemo", "feat_dim": 80, "window_size_ms": 25, "window_stride_ms": 10}, None),
        ({"framework": "nemo", "feat_dim": 80, "window_size_ms": 25, "window_stride_ms": 0}, "window_stride_ms is 0"),
        ({"framework": "nemo", "feat_dim": 80, "window_size_ms": 25, "window_stride_ms": 10, "window_type": "x"},
         "window_type is 'x'"),
    ],
)
def test_speaker_model_metadata(tmp_path, changes, message):
    meta = {k: v for k, v in {**WESPEAKER, **changes}.items() if v is not None}
    path = tmp_path / "speaker.onnx"
    onnx.save(tiny_graph(meta), str(path))
    if message is None:
        assert validate_speaker_model(path).output_dim == 80
    else:
        with pytest.raises(ModelFolderError, match=message):
            validate_speaker_model(path)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({}, None),
        ({"num_speakers": 2, "powerset_max_classes": 1, "num_classes": 3}, None),
        ({"num_classes": 5}, "num_classes is 5, but 3 speakers with powerset_max_classes 2 make 7"),
        ({"powerset_max_classes": 3}, "powerset_max_classes is 3"),
        ({"window_size": 0}, "window_size is 0"),
        ({"num_speakers": None}, "lacks the metadata key 'num_speakers'"),
    ],
)
def test_segmentation_model_metadata(tmp_path, changes, message):
    meta = {k: v for k, v in {**PYANNOTE, **changes}.items() if v is not None}
    path = tmp_path / "segmentation.onnx"
    onnx.save(tiny_graph(meta), str(path))
    if message is None:
        assert validate_segmentation_model(path).sample_rate == SAMPLE_RATE
    else:
        with pytest.raises(ModelFolderError, match=message):
            validate_segmentation_model(path)


def test_speaker_and_segmentation_gates_refuse_broken_files(tmp_path):
    empty = tmp_path / "empty.onnx"
    empty.write_bytes(b"")
    for gate in (validate_speaker_model, validate_segmentation_model):
        with pytest.raises(ModelFolderError, match="is empty"):
            gate(empty)
        with pytest.raises(ModelFolderError, match="does not exist"):
            gate(tmp_path / "absent.onnx")



def test_speaker_labels_refuse_a_speaker_model_without_metadata_in_the_cli_and_the_engine(tmp_path):
    """The model that segfaults sherpa-onnx above, handed to `--speakers` (the app's Engine takes
    the same SpeakerOptions): one error line and exit 2, never a crash."""
    from tingxie.core.pipeline import Engine, TranscribeOptions
    from tingxie.core.speakers import SpeakerOptions

    path = tmp_path / "speaker.onnx"
    onnx.save(tiny_graph(), str(path))
    result = run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--speakers", "auto",
                     "--speaker-model", str(path), timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().splitlines() == [
        line for line in result.stderr.strip().splitlines() if line.startswith("error: speaker.onnx")
    ] and "has no 'framework' metadata" in result.stderr
    segmentation = tmp_path / "segmentation.onnx"
    onnx.save(tiny_graph({k: v for k, v in PYANNOTE.items() if k != "num_classes"}), str(segmentation))
    options = SpeakerOptions(method="pyannote", segmentation_model=segmentation)
    with pytest.raises(ModelFolderError, match="lacks the metadata key 'num_classes'"):
        Engine(TranscribeOptions(model=validate(DEMO_MODEL_DIR), speakers=options))
