"""`tingxie` on the bundled sample, as the README shows it."""

import tempfile
from pathlib import Path

from tests.helpers import run_cli
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_TEXT, SAMPLE_WAV, SAMPLES_DIR
from tingxie.core.vocabulary import FORMATS


def test_transcribe_prints_the_sample_text():
    wav = SAMPLES_DIR / "demo-3.wav"
    result = run_cli("-m", "tingxie.core", "transcribe", str(wav), "--language", "zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("有人去排隊了嗎？")


def test_no_arguments_transcribes_the_bundled_sample_headless():
    result = run_cli("-m", "tingxie.core")
    assert result.returncode == 0, result.stderr
    expected = (SAMPLES_DIR / "demo-1.txt").read_text(encoding="utf-8").strip()
    assert expected.replace("，", "") in result.stdout.replace("，", "")


def test_a_file_that_is_not_audio_gives_one_clear_line(tmp_path):
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio", encoding="utf-8")
    good = SAMPLES_DIR / "demo-2.wav"
    result = run_cli("-m", "tingxie.core", "transcribe", str(bad), str(good))
    assert result.returncode == 1
    assert "error: notes.wav: not an audio or video file Tingxie can read" in result.stderr
    assert "Traceback" not in result.stderr
    assert "demo-2.wav" in result.stdout  # one failing file does not stop the others


def test_transcribe_a_folder_writes_the_formats_asked(tmp_path):
    out = tmp_path / "out"
    result = run_cli(
        "-m", "tingxie.core", "transcribe", str(SAMPLES_DIR), "--language", "zh",
        "--format", ",".join(FORMATS), "--output-dir", str(out), "--quiet",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # --quiet: no progress bars or messages
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"demo-{i}.{ext}" for i in (1, 2, 3) for ext in FORMATS
    )
    assert (out / "demo-3.txt").read_text(encoding="utf-8") == "有人去排隊了嗎？\n"
    tsv = (out / "demo-3.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[0] == "start\tend\ttext" and tsv[1].split("\t")[2] == "有人去排隊了嗎？"
    start, end = map(float, tsv[1].split("\t")[:2])
    assert 0 <= start < end <= 3.0
    assert "demo-2.wav\t品質不錯，去年都銷售一空" in result.stdout


def test_unknown_model_name_is_one_line(tmp_path):
    result = run_cli("-m", "tingxie.core", "transcribe", "--model", "no-such-model")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: No model 'no-such-model'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_model_file_can_be_named_and_bad_threads_are_refused():
    model_file = DEMO_MODEL_DIR / "model.onnx"
    out = Path(tempfile.mkdtemp())
    result = run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--model", str(model_file), "--format", "json",
                     "--output-dir", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == SAMPLE_TEXT.read_text(encoding="utf-8").strip()
    import json

    assert json.loads((out / "demo-1.json").read_text(encoding="utf-8"))["options"]["model_file"] == "model.onnx"
    for threads in ("0", "-1", "65"):
        bad = run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--threads", threads)
        assert bad.returncode == 2 and bad.stderr.startswith("error: Threads must be a whole number from 1 to 64")
