"""The demo model, committed and rebuilt, recognises its sentences through real sherpa-onnx."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sherpa_onnx
import soundfile as sf

from tests.helpers import run_cli
from tingxie.core.model_files import find_model_files
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLES_DIR
from tingxie.training_tools.metrics import cer


def transcribe_all(model_file, utterances) -> tuple[list[str], set[str]]:
    recognizer = sherpa_onnx.OfflineRecognizer.from_sense_voice(
        model=str(model_file.onnx), tokens=str(model_file.tokens), language="zh", use_itn=True, num_threads=2
    )
    texts, langs = [], set()
    for utt in utterances:
        audio, rate = sf.read(utt.wav, dtype="float32")
        stream = recognizer.create_stream()
        stream.accept_waveform(rate, audio)
        recognizer.decode_stream(stream)
        texts.append(stream.result.text)
        langs.add(stream.result.lang)
    return texts, langs


def assert_recognises_training_sentences(folder: Path, utterances) -> None:
    files = find_model_files(folder)
    assert [f.precision for f in files] == ["fp32", "int8"]
    for model_file in files:
        texts, langs = transcribe_all(model_file, utterances)
        error = cer([u.text for u in utterances], texts)
        assert error <= 0.02, f"{model_file.name}: CER {error:.2%}; e.g. {texts[:3]}"
        assert langs == {"<|zh|>"}, langs


def test_committed_demo_model_recognises_its_training_sentences(demo_utterances):
    assert_recognises_training_sentences(DEMO_MODEL_DIR, demo_utterances)


@pytest.mark.slow
def test_demo_model_rebuilt_from_scratch_recognises_its_training_sentences(rebuilt_demo_model, demo_utterances):
    assert (rebuilt_demo_model / "checkpoint" / "model.pt").is_file()
    assert_recognises_training_sentences(rebuilt_demo_model, demo_utterances)


def test_committed_demo_model_puts_punctuation_with_itn(demo_utterances):
    """With ITN the model writes the sentence's Chinese punctuation, as SenseVoice does."""
    fp32 = find_model_files(DEMO_MODEL_DIR)[0]
    asking = [u for u in demo_utterances if u.text.endswith("？")][:6]
    texts, _ = transcribe_all(fp32, asking)
    assert sum(t.endswith("？") for t in texts) >= 5, texts


def verify_table(*args: str) -> str:
    samples = sorted(str(p) for p in SAMPLES_DIR.glob("demo-*.wav"))
    result = run_cli("-m", "tingxie.training_tools", "verify", *args, "--wav", *samples)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return result.stdout


def parity_diffs(table: str) -> dict[str, float]:
    """model file -> max|Δ| from verify's table."""
    return {
        m.group(1): float(m.group(2))
        for m in re.finditer(r"^\S+/(\S+\.onnx)\s+\w+\s+\S+\s+\S+\s+(\d\.\d+e[-+]\d+)", table, re.M)
    }


def test_verify_parity_on_committed_demo_model():
    table = verify_table(str(DEMO_MODEL_DIR), "--checkpoint", str(DEMO_MODEL_DIR / "checkpoint"))
    diffs = parity_diffs(table)
    assert set(diffs) == {"model.onnx", "model.int8.onnx"}, table
    assert diffs["model.onnx"] < 1e-3, table
    assert "FAIL" not in table
    lines = table.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("-----"))
    spans = [m.span() for m in re.finditer(r"-+", lines[rule])]
    a, b = spans[[lines[rule - 1][x:y].strip() for x, y in spans].index("CER")]
    cers = [line[a:b].strip() for line in lines if line.startswith("tingxie-demo/")]
    assert cers == ["0.00%", "0.00%"], table  # the samples' reference texts, recognised exactly


@pytest.mark.slow
def test_verify_parity_on_rebuilt_model_finds_its_checkpoint_from_metadata(rebuilt_demo_model):
    diffs = parity_diffs(verify_table(str(rebuilt_demo_model)))
    assert diffs["model.onnx"] < 1e-3
