"""`tingxie` on the bundled sample, as the README shows it."""

from core.paths import SAMPLES_DIR
from tests.helpers import run_cli


def test_transcribe_prints_the_sample_text():
    wav = SAMPLES_DIR / "demo-3.wav"
    result = run_cli("-m", "core", "transcribe", str(wav), "--language", "zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("有人去排隊了嗎？")


def test_no_arguments_transcribes_the_bundled_sample_headless():
    result = run_cli("-m", "core")
    assert result.returncode == 0, result.stderr
    expected = (SAMPLES_DIR / "demo-1.txt").read_text(encoding="utf-8").strip()
    assert expected.replace("，", "") in result.stdout.replace("，", "")


def test_a_file_that_is_not_audio_gives_one_clear_line(tmp_path):
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio", encoding="utf-8")
    good = SAMPLES_DIR / "demo-2.wav"
    result = run_cli("-m", "core", "transcribe", str(bad), str(good))
    assert result.returncode == 1
    assert "notes.wav: cannot read audio" in result.stderr
    assert "Traceback" not in result.stderr
    assert "demo-2.wav" in result.stdout  # one failing file does not stop the others
