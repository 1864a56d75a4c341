"""Dictation through a real PortAudio stream fed by a PulseAudio null sink."""

from __future__ import annotations

import time

import soundfile as sf
from PySide6.QtCore import Qt

from tingxie.core.dictation import DictationSession
from tingxie.core.model_store import recordings_dir
from tingxie.core.models import validate
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLES_DIR
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.gui.queue_table import JobState

SAMPLE = SAMPLES_DIR / "demo-2.wav"
EXPECTED = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").strip()


def test_core_session_hears_the_virtual_microphone_and_records_to_disk(microphone, tmp_path):
    texts = []
    options = TranscribeOptions(model=validate(DEMO_MODEL_DIR), recognizer=RecognizerOptions(language="zh"))
    session = DictationSession(options, tmp_path / "rec.wav", texts.append)
    session.start()
    time.sleep(0.5)
    microphone.play(SAMPLE).wait(timeout=30)
    time.sleep(1.0)
    segments = session.stop()
    assert [s.text for s in segments] == [EXPECTED]
    assert texts == segments
    recorded, rate = sf.read(tmp_path / "rec.wav")
    assert rate == SAMPLE_RATE and len(recorded) / rate > 3.0  # everything heard is on disk


def test_dictation_panel_shows_each_sentence(microphone, qtbot, app_dirs):
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.dictation)
    panel = window.dictation
    assert panel.device.count() > 0
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.running and panel.button.text() == "Stop"
    qtbot.wait(500)
    player = microphone.play(SAMPLE)
    qtbot.waitUntil(lambda: panel.level.value() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: EXPECTED in panel.text.toPlainText(), timeout=30_000)
    player.wait(timeout=30)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert not panel.running
    # Saved to the history, so the recording kept for safety is no longer needed.
    history = window.history_panel
    assert history.table.rowCount() == 1 and history.table.item(0, 1).text() == "Dictation"
    assert EXPECTED in history.table.item(0, 3).text()
    assert not list(recordings_dir().glob("*.wav"))
    window.close()


def test_a_microphone_that_cannot_open_gives_a_clear_message(qtbot, app_dirs):
    from PySide6.QtWidgets import QMessageBox

    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    panel = window.dictation
    panel.device.addItem("unplugged microphone", 9999)
    panel.device.setCurrentIndex(panel.device.count() - 1)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QMessageBox, "errorDialog")
    assert dialog is not None and "Cannot open the microphone" in dialog.text()
    assert not panel.running and panel.button.text() == "Start dictation"
    window.close()


def test_clicking_a_segment_plays_that_span(microphone, qtbot, app_dirs):
    """The span goes out through PortAudio into the null sink; its monitor hears it."""
    import numpy as np
    import sounddevice as sd

    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.add_paths([SAMPLE])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.DONE, timeout=30_000)
    heard = []
    with sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32", callback=lambda d, *a: heard.append(d.copy())):
        rect = window.transcript_view.table.visualItemRect(window.transcript_view.table.item(0, 0))
        qtbot.mouseClick(window.transcript_view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.statusBar().currentMessage().startswith("Playing 00:00.00")
        qtbot.wait(3000)
    level = float(np.abs(np.concatenate(heard)).max())
    assert level > 0.1, level
    window.close()


def test_push_to_talk_with_a_configured_key(microphone, qtbot, app_dirs):
    from dataclasses import replace

    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.apply_settings(replace(window.settings, push_to_talk_key="F8"))
    window.tabs.setCurrentWidget(window.dictation)
    panel = window.dictation
    qtbot.keyPress(panel, Qt.Key.Key_Space)
    assert not panel.running  # Space is no longer the key
    qtbot.keyPress(panel, Qt.Key.Key_F8)
    assert panel.running
    qtbot.wait(300)
    microphone.play(SAMPLE).wait(timeout=30)
    qtbot.wait(800)
    qtbot.keyRelease(panel, Qt.Key.Key_F8)
    assert not panel.running
    qtbot.waitUntil(lambda: EXPECTED in panel.text.toPlainText(), timeout=10_000)
    window.close()
