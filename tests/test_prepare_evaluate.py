"""prepare on a mini Common Voice folder made here; evaluate on what it wrote."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import soundfile as sf

from tests.audio_fixtures import encode_with_pyav
from tests.helpers import run_cli
from tingxie.core.paths import DEMO_MODEL_DIR
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.metrics import error_counts

SAMPLE_FOR_CHECK = DEMO_MODEL_DIR.parent.parent / "samples" / "demo-1.wav"
HEADER = ["client_id", "path", "sentence_id", "sentence", "sentence_domain", "up_votes", "down_votes",
          "age", "gender", "accents", "variant", "locale", "segment"]


@pytest.fixture(scope="module")
def common_voice(tmp_path_factory, demo_utterances) -> Path:
    """train/dev/test TSVs and mp3 clips of synthesized zh-TW speech, with three bad rows."""
    root = tmp_path_factory.mktemp("cv")
    clips = root / "clips"
    clips.mkdir()
    splits = {"train": demo_utterances[0:6], "dev": demo_utterances[6:8], "test": demo_utterances[100:104]}
    for split, utts in splits.items():
        rows = []
        for utt in utts:
            name = f"common_voice_zh-TW_{utt.key}.mp3"
            encode_with_pyav(sf.read(utt.wav, dtype="float32")[0], clips / name, "mp3")
            rows.append([f"c{utt.key}", name, "", utt.text, "", "2", "0", "", "", "", "", "zh-TW", ""])
        if split == "train":
            (clips / "broken.mp3").write_bytes(b"ID3" + bytes(500))
            rows.append(["x", "broken.mp3", "", "壞掉的檔案", "", "2", "0", "", "", "", "", "zh-TW", ""])
            rows.append(["y", "common_voice_zh-TW_empty.mp3", "", "", "", "2", "0", "", "", "", "", "zh-TW", ""])
            rows.append(["z", "not_there.mp3", "", "不存在", "", "2", "0", "", "", "", "", "zh-TW", ""])
        with open(root / f"{split}.tsv", "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, delimiter="\t")
            writer.writerow(HEADER)
            writer.writerows(rows)
    return root


@pytest.fixture(scope="module")
def prepared(common_voice, tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("prepared")
    result = run_cli(
        "-m", "tingxie.training_tools", "prepare", "--cv-dir", str(common_voice), "--out-dir", str(out), "--jobs", "2"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return out, result.stdout


def test_prepare_writes_sensevoice_jsonl(prepared, demo_utterances):
    out, report = prepared
    train = [json.loads(line) for line in (out / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(train) == 6
    first = train[0]
    assert first["target"] == demo_utterances[0].text
    assert first["target_len"] == len(first["target"])
    assert Path(first["source"]).is_absolute() and sf.info(first["source"]).samplerate == SAMPLE_RATE
    assert abs(first["source_len"] - sf.info(demo_utterances[0].wav).duration * 100) < 10
    assert (first["text_language"], first["emo_target"], first["event_target"]) == ("<|zh|>", "<|NEUTRAL|>", "<|Speech|>")
    itn = {r["target"]: r["with_or_wo_itn"] for r in train}
    assert itn[demo_utterances[0].text] == "<|withitn|>"  # "可可拿鐵，可可覺得重" has a comma
    for text, flag in itn.items():  # ITN on exactly when the target carries punctuation
        assert flag == ("<|withitn|>" if re.search(r"[，。？！、；：]", text) else "<|woitn|>"), text
    assert len((out / "val.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    assert re.search(r"^train\s+6\s", report, re.M) and re.search(r"^test\s+4\s", report, re.M)


def test_prepare_lists_every_rejected_row_with_its_reason(prepared):
    out, report = prepared
    with open(out / "rejects.tsv", encoding="utf-8") as f:
        rejects = {row["path"]: row["reason"] for row in csv.DictReader(f, delimiter="\t")}
    assert rejects["common_voice_zh-TW_empty.mp3"] == "empty sentence"
    assert rejects["not_there.mp3"] == "missing clip"
    assert rejects["broken.mp3"].startswith("unreadable audio")
    assert "rejected rows: 3" in report


def test_prepare_again_reuses_converted_clips(common_voice, prepared):
    out, _ = prepared
    wav = next((out / "wav" / "train").glob("*.wav"))
    before = wav.stat().st_mtime_ns
    result = run_cli("-m", "tingxie.training_tools", "prepare", "--cv-dir", str(common_voice), "--out-dir", str(out))
    assert result.returncode == 0
    assert wav.stat().st_mtime_ns == before


def test_cer_is_zero_on_identical_texts_and_right_on_a_known_case():
    assert error_counts(["今天天氣很好。"], ["今天天氣很好"]).cer == 0.0  # punctuation not counted
    assert error_counts(["软件"], ["軟件"]).cer == 0.0  # script differences not counted
    # One deletion (天) and one insertion (啊) in the first pair, one substitution (氣→器) in the second.
    counts = error_counts(["今天天氣很好", "今天天氣很好"], ["今天氣很好啊", "今天天器很好"])
    assert (counts.substitutions, counts.deletions, counts.insertions, counts.reference_chars) == (1, 1, 1, 12)
    assert counts.cer == pytest.approx(3 / 12)


def test_evaluate_compares_models_in_one_table(prepared):
    out, _ = prepared
    result = run_cli(
        "-m", "tingxie.training_tools", "evaluate", "--data", str(out / "test.jsonl"),
        "--model", str(DEMO_MODEL_DIR / "model.onnx"), "--model", str(DEMO_MODEL_DIR / "model.int8.onnx"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("tingxie-demo/")]
    assert [line.split()[0] for line in lines] == ["tingxie-demo/model.onnx", "tingxie-demo/model.int8.onnx"]
    for line in lines:
        cer = float(line.split()[2].rstrip("%"))
        assert cer <= 10.0, line  # its own sentences, through an mp3 round trip


@pytest.fixture(scope="module")
def finetuned(prepared, tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("finetune")
    args = [
        "-m", "tingxie.training_tools", "finetune", "--preset", "v1", "--checkpoint", str(DEMO_MODEL_DIR / "checkpoint"),
        "--data", str(prepared[0]), "--output-dir", str(out), "--epochs", "2", "--lr", "0.002",
        "--set", "scheduler_conf.warmup_steps=2", "--quiet",
    ]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr[-3000:]
    return out, args


def test_finetune_runs_funasr_trainer_on_cpu_and_writes_an_export_ready_checkpoint(finetuned):
    import torch

    out, _ = finetuned
    log = (out / "train.log").read_text(encoding="utf-8")
    assert "total step: " in log and "epoch: 1/2" in log
    ready = out / "export-ready"
    assert sorted(p.name for p in ready.iterdir()) == [
        "SOURCE.txt", "am.mvn", "config.yaml", "configuration.json", "model.pt", "zh-tw-demo.bpe.model",
    ]
    for name in ("config.yaml", "configuration.json"):
        assert str(DEMO_MODEL_DIR) not in (ready / name).read_text(encoding="utf-8")  # self-contained
    start = torch.load(DEMO_MODEL_DIR / "checkpoint" / "model.pt", map_location="cpu")
    tuned = torch.load(ready / "model.pt", map_location="cpu")
    assert start.keys() == tuned.keys()
    assert any(not torch.equal(start[k], tuned[k]) for k in start)  # really the trained weights


def test_finetuned_checkpoint_exports_to_a_model_sherpa_onnx_runs(finetuned, tmp_path):
    import numpy as np
    import onnxruntime as ort

    out, _ = finetuned
    exported = tmp_path / "exported"
    result = run_cli(
        "-m", "tingxie.training_tools", "export", "--checkpoint", str(out / "export-ready"), "--output-dir", str(exported)
    )
    assert result.returncode == 0, result.stderr[-3000:]
    from tingxie.core.models import validate_path
    from tingxie.core.recognizer import Recognizer, RecognizerOptions

    recognizer = Recognizer(validate_path(exported), RecognizerOptions(language="zh"))
    audio = sf.read(SAMPLE_FOR_CHECK, dtype="float32")[0]
    assert recognizer.recognize(audio).lang == "<|zh|>"
    inputs = {
        "x": np.random.default_rng(0).normal(size=(1, 40, 560)).astype(np.float32),
        "x_length": np.array([40], np.int32), "language": np.array([3], np.int32), "text_norm": np.array([14], np.int32),
    }
    tuned = ort.InferenceSession(str(exported / "model.onnx")).run(["logits"], inputs)[0]
    original = ort.InferenceSession(str(DEMO_MODEL_DIR / "model.onnx")).run(["logits"], inputs)[0]
    assert np.abs(tuned - original).max() > 1e-3  # the export is the finetuned model, not the start


def test_finetune_again_resumes_from_the_last_checkpoint(finetuned):
    out, args = finetuned
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr[-3000:]
    log = (out / "train.log").read_text(encoding="utf-8")
    assert "Checkpoint loaded successfully" in log


def test_progress_is_read_from_every_training_line_of_the_real_log(finetuned):
    from tingxie.training_tools.finetune import STEP

    out, _ = finetuned
    lines = [line for line in (out / "train.log").read_text(encoding="utf-8").splitlines() if "- train, rank:" in line]
    assert lines and all(STEP.search(line) for line in lines)
    last = STEP.search(lines[-1])
    assert int(last.group(4)) == int(last.group(3)) * 2  # total step after 2 epochs = steps per epoch x 2


def test_prepare_mixes_in_replay_data_at_the_given_ratio(common_voice, prepared, tmp_path):
    out, _ = prepared
    replay = tmp_path / "original-domain.jsonl"
    rows = [json.loads(line) for line in (out / "test.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = (json.dumps({**r, "key": f"replay-{i}"}, ensure_ascii=False) + "\n" for i, r in enumerate(rows))
    replay.write_text("".join(lines), encoding="utf-8")
    mixed = tmp_path / "mixed"
    result = run_cli("-m", "tingxie.training_tools", "prepare", "--cv-dir", str(common_voice), "--out-dir", str(mixed),
                     "--replay", str(replay), "--replay-ratio", "0.5")
    assert result.returncode == 0, result.stderr[-2000:]
    train = [json.loads(line) for line in (mixed / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(train) == 6 + 3 and sum(r["key"].startswith("replay-") for r in train) == 3
    assert "replay rows mixed into train: 3" in result.stdout


def test_freeze_encoder_trains_only_the_head_and_prompts(prepared, tmp_path):
    import torch

    result = run_cli(
        "-m", "tingxie.training_tools", "finetune", "--checkpoint", str(DEMO_MODEL_DIR / "checkpoint"),
        "--data", str(prepared[0]), "--output-dir", str(tmp_path), "--epochs", "1", "--lr", "0.002",
        "--set", "scheduler_conf.warmup_steps=2", "--freeze-encoder", "--quiet",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    start = torch.load(DEMO_MODEL_DIR / "checkpoint" / "model.pt", map_location="cpu")
    tuned = torch.load(tmp_path / "export-ready" / "model.pt", map_location="cpu")
    changed = {k for k in start if not torch.equal(start[k], tuned[k])}
    assert changed and not any(k.startswith("encoder.") for k in changed)
    assert "ctc.ctc_lo.weight" in changed
