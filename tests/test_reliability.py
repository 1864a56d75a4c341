"""Nothing crashes, nothing is lost: files as users expect, damaged settings and history, a
dictation killed mid-sentence, and an afternoon of files through the real window."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import webvtt
from PySide6.QtWidgets import QMessageBox

from tests.helpers import run_cli
from tingxie.core.paths import SAMPLE_TEXT, SAMPLE_WAV, SAMPLES_DIR
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.writers import to_vtt, write_atomically
from tingxie.gui.queue_table import JobState

EXPECTED = SAMPLE_TEXT.read_text(encoding="utf-8").strip()


def make_window(qtbot):
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_outputs_get_the_users_umask(tmp_path):
    old = os.umask(0o022)
    try:
        result = run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--format", "srt,json",
                         "--output-dir", str(tmp_path), "--quiet")
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    for name in ("demo-1.srt", "demo-1.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside them


def test_replacing_a_file_keeps_it_whole_and_readable(tmp_path):
    target = write_atomically(tmp_path / "a.txt", "old\n")
    write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) & 0o044 == 0o044  # group and others may read it


def test_vtt_escapes_markup_and_never_lets_a_cue_contain_the_arrow(tmp_path):
    text = "A&B <i>不是標籤</i> --> 下一句"
    transcript = Transcript(source="x.wav", duration=2.0, segments=[Segment(0.0, 1.5, text, "<|zh|>", "", "")])
    vtt = to_vtt(transcript)
    cue_lines = vtt.split("\n\n", 1)[1].splitlines()[1:]
    assert all("-->" not in line and "<" not in line for line in cue_lines)
    path = tmp_path / "x.vtt"
    path.write_text(vtt, encoding="utf-8")
    captions = webvtt.read(str(path))
    assert len(captions) == 1 and "A&amp;B &lt;i&gt;" in captions[0].raw_text


def test_a_damaged_settings_file_is_kept_aside_and_defaults_are_used(qtbot, app_dirs):
    from tingxie.gui.settings import AppSettings, qsettings

    path = Path(qsettings().fileName())
    path.write_bytes(os.urandom(2000) + b"\0[General\nthreads=")
    window = make_window(qtbot)
    dialog = window.findChild(QMessageBox, "errorDialog")
    assert dialog is not None and "settings file could not be read" in dialog.text()
    aside = list(path.parent.glob(path.name + ".corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().endswith(b"threads=")
    assert window.settings == AppSettings()
    window.close()


def test_a_damaged_history_is_kept_aside_and_a_new_one_records(qtbot, app_dirs):
    from tingxie.core.history import History
    from tingxie.core.model_store import history_path

    path = history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"SQLite format 3\0" + os.urandom(5000))
    window = make_window(qtbot)
    dialog = window.findChild(QMessageBox, "errorDialog")
    assert dialog is not None and "history database could not be read" in dialog.text()
    assert len(list(path.parent.glob("history.sqlite3.corrupt-*"))) == 1
    window.add_paths([SAMPLE_WAV])
    qtbot.waitUntil(lambda: window.history_panel.table.rowCount() == 1, timeout=30_000)
    window.close()
    assert [e.text for e in History(path).search()] == [EXPECTED]


def test_a_dictation_killed_mid_sentence_is_offered_for_recovery(qtbot, app_dirs):
    """The recording is written block by block; a process killed mid-dictation leaves a
    readable file, and the next start transcribes it into the history."""
    from tingxie.core.model_store import recordings_dir

    folder = recordings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    leftover = folder / "dictation-20261201-093000.wav"
    writer = (
        "import os, sys, soundfile as sf\n"
        f"audio, rate = sf.read({str(SAMPLE_WAV)!r}, dtype='float32')\n"
        f"f = sf.SoundFile({str(leftover)!r}, 'w', rate, 1, subtype='PCM_16')\n"
        "for i in range(0, len(audio), 1600):\n"
        "    f.write(audio[i:i + 1600]); f.flush()\n"
        "os._exit(9)  # killed: no close(), no header fix-up at the end\n"
    )
    assert subprocess.run([sys.executable, "-c", writer]).returncode == 9
    window = make_window(qtbot)
    box = window.findChild(QMessageBox, "recoverDictation")
    assert box is not None and box.text().startswith("1 dictation recordings")
    transcribe = next(b for b in box.buttons() if b.text() == "Transcribe")
    transcribe.click()
    qtbot.waitUntil(lambda: window.queue.rowCount() == 1 and window.queue.state_at(0) is JobState.DONE, timeout=30_000)
    assert window.transcript_view.texts() == [EXPECTED]
    assert not leftover.exists() and (folder / "recovered" / leftover.name).is_file()
    assert window.history_panel.table.item(0, 3).text() == EXPECTED
    window.close()
    again = make_window(qtbot)  # recovered once: not offered again
    assert again.findChild(QMessageBox, "recoverDictation") is None
    again.close()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads RSS from /proc")
def test_soak_500_files_through_the_window(qtbot, app_dirs, tmp_path, monkeypatch):
    """An afternoon of recordings in one session: no crash (the PySide6 6.12 refcount bug killed
    the app at file ~60), every file done, the history grows row by row, memory stays flat."""
    from tingxie.gui.history_panel import HistoryPanel

    refills = []
    monkeypatch.setattr(HistoryPanel, "refresh", lambda self: refills.append(1))
    folder = tmp_path / "archive"
    folder.mkdir()
    sources = sorted(SAMPLES_DIR.glob("demo-*.wav"))
    for i in range(500):
        shutil.copyfile(sources[i % len(sources)], folder / f"{i:03d}-{sources[i % len(sources)].name}")
    window = make_window(qtbot)
    refills.clear()  # the one fill when the History tab opens
    window.add_paths([folder / f"{i:03d}-{sources[i % len(sources)].name}" for i in range(50)])
    qtbot.waitUntil(lambda: window.history_panel.table.rowCount() == 50, timeout=120_000)
    before_none, before_rss = sys.getrefcount(None), rss_mb()
    window.add_paths([folder / f"{i:03d}-{sources[i % len(sources)].name}" for i in range(50, 500)])
    qtbot.waitUntil(lambda: window.history_panel.table.rowCount() == 500, timeout=900_000)
    states = {window.queue.state_at(r) for r in range(window.queue.rowCount())}
    assert states == {JobState.DONE}
    growth = rss_mb() - before_rss
    print(f"soak: 500 files, RSS {before_rss:.0f} MB after 50 -> +{growth:.1f} MB after 500")
    assert growth < 60, f"RSS grew {growth:.0f} MB over 450 files"
    assert sys.getrefcount(None) >= before_none - 1000  # None keeps its references
    assert refills == []  # the history table was never refilled, only appended to
    window.close()
