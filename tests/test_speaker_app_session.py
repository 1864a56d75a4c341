"""Speaker labels in the app after other files: the process must live (see speaker_app_session.py)."""

from __future__ import annotations

from tests.helpers import run_cli


def test_speaker_labels_after_other_files_in_one_session_do_not_crash_the_app():
    result = run_cli("-X", "faulthandler", "-m", "tests.speaker_app_session", timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    labels = next(line for line in result.stdout.splitlines() if line.startswith("speakers:")).split()[1:]
    assert set(labels) == {"1", "2"}  # two voices told apart, as in tests/test_speakers.py
