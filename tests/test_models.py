"""core.models.validate: bad model folders are named before sherpa-onnx ever sees them."""

from __future__ import annotations

import shutil
from pathlib import Path

import onnx
import pytest

from tests.helpers import run_cli
from tingxie.core.models import ModelFolderError, validate
from tingxie.core.onnx_metadata import read_metadata
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_WAV


@pytest.fixture
def model_copy(tmp_path) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("model.onnx", "model.int8.onnx", "tokens.txt"):
        shutil.copy(DEMO_MODEL_DIR / name, folder / name)
    return folder


def test_demo_model_is_valid():
    model = validate(DEMO_MODEL_DIR)
    assert model.vocab_size == 4000
    assert [f.precision for f in model.files] == ["fp32", "int8"]
    assert model.file_for("int8").onnx.name == "model.int8.onnx"


def test_metadata_reader_agrees_with_onnx():
    for name in ("model.onnx", "model.int8.onnx"):
        path = DEMO_MODEL_DIR / name
        assert read_metadata(path) == {p.key: p.value for p in onnx.load(str(path)).metadata_props}


def test_missing_tokens(model_copy):
    (model_copy / "tokens.txt").unlink()
    with pytest.raises(ModelFolderError, match="tokens.txt is missing"):
        validate(model_copy)


def test_tokens_of_another_model(model_copy):
    lines = (model_copy / "tokens.txt").read_text(encoding="utf-8").splitlines()
    (model_copy / "tokens.txt").write_text("\n".join(lines[:-5]) + "\n", encoding="utf-8")
    with pytest.raises(ModelFolderError, match="has 3995 tokens but model.onnx expects 4000"):
        validate(model_copy)


def test_missing_metadata_key(model_copy):
    path = model_copy / "model.onnx"
    model = onnx.load(str(path))
    kept = [(p.key, p.value) for p in model.metadata_props if p.key != "lang_zh"]
    del model.metadata_props[:]
    for key, value in kept:
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.save(model, str(path))
    with pytest.raises(ModelFolderError, match="model.onnx lacks the metadata key 'lang_zh'"):
        validate(model_copy)


def test_not_an_onnx_file(model_copy):
    (model_copy / "model.onnx").write_bytes(b"\x00\xffnot a model at all" * 10)
    with pytest.raises(ModelFolderError, match="cannot be read as an ONNX model"):
        validate(model_copy)


def test_empty_folder(tmp_path):
    with pytest.raises(ModelFolderError, match="has no SenseVoice model"):
        validate(tmp_path)


def test_cli_with_a_corrupt_model_says_why_and_does_not_crash(model_copy):
    (model_copy / "model.int8.onnx").write_bytes(b"garbage")
    result = run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--model", str(model_copy))
    assert result.returncode == 2
    assert "model.int8.onnx cannot be read as an ONNX model" in result.stderr
    assert "Traceback" not in result.stderr
