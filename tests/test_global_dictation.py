"""Global dictation: a real Xvfb X server, Tingxie in its own process with its window
minimised, a target application with the focus, xdotool holding the key (auto-repeat on),
speech into the PulseAudio virtual microphone, the text checked in the target."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.virtual_mic import VirtualMicrophone
from tests.x11_session import TextTarget, TingxieApp, XServer, missing_x_tools
from tingxie.core.dictation import KEPT_FOLDER, apply_retention, forget, keep_recording
from tingxie.core.history import History
from tingxie.core.hotkey import Hotkey, HotkeyMode, InputSupport, PushToTalk, input_support
from tingxie.core.insertion import InsertOptions, prepare_text
from tingxie.core.paths import SAMPLES_DIR
from tingxie.core.transcript import Segment, Transcript

SAMPLE = SAMPLES_DIR / "demo-1.wav"  # for the tests that need speech, not its words
# Demo sentences the demo model got right through the microphone path in both 20-sentence runs
# of bench/dictation_latency.py (paste and type); espeak-ng reads them as the model learnt them.
SENTENCES = {"paste": "跟你說一個事實，兩個八十", "type": "東施效顰，吸濕排汗"}
BEFORE = "what the user had copied 之前"


@pytest.fixture(scope="module")
def x_server():
    missing = missing_x_tools()
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: apt-get install xvfb xdotool xclip (.ci/run does)")
    server = XServer()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def spoken(tmp_path_factory) -> dict[str, Path]:
    """espeak-ng cmn-latn-pinyin, as the demo model was trained on."""
    from tingxie.training_tools.demo.speech import VOICES, synthesize

    folder = tmp_path_factory.mktemp("spoken")
    return {mode: synthesize(text, VOICES[0], folder / f"{mode}.wav") for mode, text in SENTENCES.items()}


def dictate(x: XServer, mic: VirtualMicrophone, key: str, speech: Path, hold_before: float = 0.8) -> None:
    """Hold the key (X auto-repeat starts after 660 ms), speak, let go."""
    x.xdotool("keydown", key)
    try:
        time.sleep(hold_before)
        mic.play(speech).wait(timeout=30)
        time.sleep(0.3)
    finally:
        x.xdotool("keyup", key)


def history_rows(app: TingxieApp) -> list[tuple[str, str, str]]:
    with sqlite3.connect(app.home / "data" / "history.sqlite3") as db:
        return db.execute("SELECT kind, source, text FROM transcripts").fetchall()


def run_dictation(x_server, microphone, tmp_path, settings: dict[str, object], key: str, speech: Path) -> TingxieApp:
    """The target must hold exactly the text Tingxie recognised (and saved to History), and that
    text is the sentence spoken."""
    app = TingxieApp(x_server, tmp_path / "app", settings, microphone.env)
    target = TextTarget(x_server)
    try:
        x_server.set_clipboard(BEFORE)
        dictate(x_server, microphone, key, speech)
        app.wait_for_log("Dictation inserted", 40)  # logged once the clipboard is given back
        [(_, _, recognised)] = history_rows(app)
        inserted = prepare_text(recognised, InsertOptions())
        target.wait_for_text(inserted, timeout=10)
        assert x_server.clipboard() == BEFORE
        time.sleep(0.5)
        assert target.text == inserted  # nothing more arrived (no second session, no old clipboard)
        expected = prepare_text(SENTENCES[str(settings.get("insert_mode", "paste"))], InsertOptions())
        assert inserted == expected
    finally:
        target.stop()
        app.stop()
    return app


def test_paste_puts_the_dictation_where_the_cursor_is_and_gives_the_clipboard_back(x_server, microphone, spoken, tmp_path):
    """Default settings: global dictation on, hold Right Ctrl, paste."""
    app = run_dictation(x_server, microphone, tmp_path, {}, "Control_R", spoken["paste"])
    [(kind, source, _)] = history_rows(app)
    assert kind == "dictation"
    assert Path(source).parent == app.recordings / KEPT_FOLDER and Path(source).stat().st_size > 44
    assert not list(app.recordings.glob("*.wav"))  # nothing left to "recover" at the next start


def test_typing_with_an_auto_repeating_key_gives_one_utterance(x_server, microphone, spoken, tmp_path):
    """F8 repeats while held (Right Ctrl, a modifier, does not): one hold, one session, one text."""
    app = run_dictation(x_server, microphone, tmp_path, {"insert_mode": "type", "hotkey": "<f8>"}, "F8", spoken["type"])
    assert len(history_rows(app)) == 1
    assert len(list((app.recordings / KEPT_FOLDER).glob("*.wav"))) == 1
    assert not list(app.recordings.glob("*.wav"))


def test_typing_cjk_never_loses_a_character(x_server):
    """More distinct characters than the keymap has spare keycodes (chunks), many times over."""
    from tingxie.core.keystrokes import X11Keyboard

    target = TextTarget(x_server)
    keyboard = X11Keyboard(x_server.display)
    try:
        text = "ab 你好世界，臺灣！品質不錯，去年都銷售一空；可可拿鐵，可可覺得重？有人去排隊了嗎。"
        assert len(set(text)) > len(keyboard._spare)
        typed = ""
        for _ in range(8):
            keyboard.type_text(text)
            typed += text
            target.wait_for_text(typed, timeout=10)
    finally:
        keyboard.close()
        target.stop()


def test_release_press_pairs_of_auto_repeat_do_not_end_the_utterance():
    """X11 clients without detectable auto-repeat see release+press pairs; Windows repeats presses."""
    events: list[str] = []
    combo = Hotkey.parse("<ctrl>+<alt>+h")
    ptt = PushToTalk(combo, HotkeyMode.HOLD, lambda: events.append("start"), lambda: events.append("stop"))
    for key in ("ctrl_l", "alt_l", "h"):
        ptt.press(key)
    for _ in range(20):
        ptt.release("h")
        ptt.press("h")
        ptt.press("h")
        time.sleep(0.005)
    assert events == ["start"]
    ptt.release("h")
    time.sleep(0.1)
    assert events == ["start", "stop"]
    toggle = PushToTalk(Hotkey.parse("<f8>"), HotkeyMode.TOGGLE, lambda: events.append("on"), lambda: events.append("off"))
    for _ in range(2):
        toggle.press("f8")
        toggle.release("f8")
        toggle.press("f8")  # auto-repeat
        toggle.release("f8")
        time.sleep(0.1)
    assert events[2:] == ["on", "off"]


def test_wayland_falls_back_to_the_panel_and_the_clipboard(qtbot, app_dirs, monkeypatch):
    from tingxie.gui.main_window import MainWindow

    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.delenv("DISPLAY", raising=False)
    window = MainWindow()
    qtbot.addWidget(window)
    notice = window.dictation.global_notice.text()
    assert "Wayland" in notice and "clipboard" in notice
    assert window.dictation.auto_copy.isChecked()
    assert not window.global_dictation.enabled and window.global_dictation.microphone is None
    assert window.tray.hotkey_action.text() == notice
    window.close()
    assert input_support({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is InputSupport.WAYLAND
    assert input_support({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux") is InputSupport.READY
    assert input_support({}, "linux") is InputSupport.NO_DISPLAY


def dictation_transcript(folder: Path, name: str, text: str) -> Transcript:
    recording = folder / name
    shutil.copy(SAMPLE, recording)
    return Transcript(str(recording), 2.9, [Segment(0.0, 2.9, text)], model="tingxie-demo")


def test_retention_deletes_old_dictations_with_their_audio_and_nothing_else(tmp_path):
    folder = tmp_path / "recordings"
    folder.mkdir()
    history = History(tmp_path / "history.sqlite3")
    transcript = dictation_transcript(folder, "dictation-20260101-000000-000.wav", "可可")
    kept = keep_recording(Path(transcript.source), folder)
    transcript.source = str(kept)
    history.add(transcript, "dictation")
    user_file = tmp_path / "interview.wav"
    shutil.copy(SAMPLE, user_file)
    history.add(Transcript(str(user_file), 2.9, [Segment(0, 2.9, "訪談")]), "file")
    week = time.time() + 8 * 86400
    assert apply_retention(history, "forever", folder, now=week + 1000 * 86400) == 0
    assert apply_retention(history, "30d", folder, now=week) == 0
    assert kept.is_file()
    assert apply_retention(history, "7d", folder, now=week) == 1
    assert not kept.exists() and [e.kind for e in history.search()] == ["file"]
    forget(history, history.search()[0].id, folder)  # deleting a file's entry never deletes the file
    assert user_file.is_file() and not history.search()
    history.close()


def test_history_delete_and_clear_remove_kept_recordings(qtbot, app_dirs):
    from tingxie.core.model_store import recordings_dir
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    recordings_dir().mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(("可可拿鐵", "品質不錯", "有人去排隊")):
        window._on_dictation_finished(dictation_transcript(recordings_dir(), f"dictation-20261201-00000{n}-000.wav", text))
    panel = window.history_panel
    kept = sorted((recordings_dir() / KEPT_FOLDER).glob("*.wav"))
    assert panel.table.rowCount() == 3 and len(kept) == 3
    assert window.dictation.status.text() == "Saved to History with its recording."
    panel.table.selectRow(0)
    assert panel.table.item(0, 3).text() == "有人去排隊"
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [panel.table.item(r, 3).text() for r in range(panel.table.rowCount())] == ["品質不錯", "可可拿鐵"]
    assert not kept[2].exists() and kept[0].exists()
    box = panel.confirm_clear()
    next(b for b in box.buttons() if b.text() == "Delete all").click()
    assert panel.table.rowCount() == 0 and not list((recordings_dir() / KEPT_FOLDER).glob("*.wav"))
    # "Don't keep": the text was inserted; neither it nor its audio stays.
    from dataclasses import replace

    window.apply_settings(replace(window.settings, dictation_retention="none"))
    transcript = dictation_transcript(recordings_dir(), "dictation-20261201-000009-000.wav", "不留")
    window._on_dictation_finished(transcript)
    assert panel.table.rowCount() == 0 and not Path(transcript.source).exists()
    assert window.dictation.status.text() == "Not saved: Settings keep no dictations."
    window.close()


def test_history_plays_a_dictation(microphone, qtbot, app_dirs):
    """Dictated in the panel, then played from History: the kept recording holds the speech of
    the segment clicked. (That a click reaches the speakers is test_dictation's
    test_clicking_a_segment_plays_that_span; PortAudio's output is not reliable twice in one process.)"""
    import numpy as np

    from tingxie.core.audio import read_span
    from tingxie.core.model_store import recordings_dir
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.dictation)
    panel = window.dictation
    panel.start()
    qtbot.wait(500)
    microphone.play(SAMPLE).wait(timeout=30)
    qtbot.waitUntil(lambda: bool(panel.text.toPlainText()), timeout=30_000)
    panel.stop()
    assert panel.status.text() == "Saved to History with its recording."
    window.tabs.setCurrentWidget(window.history_panel)
    history = window.history_panel
    history.table.selectRow(0)
    view = history.view
    assert view.transcript is not None
    source = Path(view.transcript.source)
    assert source.parent == recordings_dir() / KEPT_FOLDER and source.is_file()
    rect = view.table.visualItemRect(view.table.item(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.statusBar().currentMessage().startswith("Playing 00:0")
    segment = view.transcript.segments[0]
    assert float(np.abs(read_span(source, segment.start, segment.end)).max()) > 0.1
    qtbot.wait(500)
    assert not window.statusBar().currentMessage().startswith("Cannot play")
    window.close()


def test_panel_push_to_talk_only_acts_with_the_focus_in_the_panel(microphone, qtbot, app_dirs):
    from PySide6.QtWidgets import QApplication, QPushButton

    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.files)
    window.welcome.findChildren(QPushButton)[0].setFocus()  # the download button the Space clicked
    window.tabs.setCurrentWidget(window.dictation)
    panel = window.dictation
    assert QApplication.focusWidget() is panel  # choosing the tab brings the focus along
    panel.button.setFocus()
    qtbot.keyPress(panel.button, Qt.Key.Key_Space)  # on the focused Start button: push-to-talk, not a click
    assert panel.running
    qtbot.keyRelease(panel.button, Qt.Key.Key_Space)
    assert not panel.running and panel.button.text() == "Start dictation"
    window.tabs.setCurrentWidget(window.files)
    qtbot.keyPress(window.tabs.tabBar(), Qt.Key.Key_Space)
    assert not panel.running
    window.close()


def test_tray_shows_the_state_and_drives_the_window(qtbot, app_dirs):
    from tingxie.core.dictation import DictationState
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    tray = window.tray
    assert tray.icon.toolTip() == "Tingxie: ready" and tray.dictation_action.text() == "Start dictation"
    tray.set_state(DictationState.LISTENING)
    assert tray.icon.toolTip() == "Tingxie: listening…" and tray.dictation_action.text() == "Stop dictation"
    tray.set_state(DictationState.RECOGNISING)
    assert not tray.dictation_action.isEnabled()
    tray.notify("Tingxie", "queue finished")
    tray.show_action.trigger()
    assert window.isVisible()
    tray.settings_action.trigger()
    from tingxie.gui.settings_dialog import SettingsDialog

    assert window.findChild(SettingsDialog, "settingsDialog") is not None
    tray.quit_action.trigger()
    assert not window.isVisible()


def test_closing_the_window_keeps_tingxie_in_the_tray(qtbot, app_dirs, monkeypatch):
    """Offscreen Qt has no tray, so its presence is simulated; the rest is the real window."""
    from tingxie.gui.main_window import MainWindow
    from tingxie.gui.tray import Tray

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    window = MainWindow()
    qtbot.addWidget(window)
    window.tray.show()
    window.show()
    window.close()
    assert not window.isVisible() and window.tray.icon.isVisible()  # hidden, still running
    window.tray.show_action.trigger()
    assert window.isVisible()
    window.tray.quit_action.trigger()
    assert not window.isVisible() and not window.tray.icon.isVisible()


def test_settings_offer_keys_modes_and_refuse_a_bad_combination(qtbot, app_dirs):
    from tingxie.gui.settings import AppSettings
    from tingxie.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.hotkey.currentText() == "Right Ctrl" and dialog.global_dictation.isChecked()
    assert dialog.insert_mode.currentData() == "paste" and dialog.hotkey_mode.currentData() == "hold"
    dialog.hotkey.setEditText("<ctrl>+<banana>")
    dialog.accept()
    assert "Unknown key" in dialog.hotkey_problem.text() and dialog.result() == 0
    dialog.hotkey.setEditText("<ctrl>+<alt>+h")
    dialog.hotkey_mode.setCurrentIndex(dialog.hotkey_mode.findData("toggle"))
    dialog.accept()
    settings = dialog.result_settings()
    assert settings.hotkey == "<ctrl>+<alt>+h" and settings.hotkey_mode == "toggle"


def test_the_open_microphone_keeps_what_was_said_before_the_key_press(microphone, tmp_path):
    """The speech reaches the microphone 0.25 s before the session starts: the pre-roll holds it, on disk."""
    import numpy as np
    import soundfile as sf

    from tingxie.core.dictation import DictationSession, Microphone
    from tingxie.core.models import validate
    from tingxie.core.paths import DEMO_MODEL_DIR
    from tingxie.core.pipeline import TranscribeOptions
    from tingxie.core.vocabulary import PREROLL_SECONDS, SAMPLE_RATE

    mic = Microphone()
    mic.open()
    try:
        time.sleep(1.0)  # the ring buffer is full of silence by now
        player = microphone.play(SAMPLE)
        deadline = time.monotonic() + 10
        while mic.level < 0.01 and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.25)
        session = DictationSession(TranscribeOptions(model=validate(DEMO_MODEL_DIR)), tmp_path / "rec.wav", lambda s: None,
                                   microphone=mic)
        session.start()
        player.wait(timeout=30)
        time.sleep(0.3)
        session.stop()
    finally:
        mic.close()
    recorded, rate = sf.read(tmp_path / "rec.wav", dtype="float32")
    original, _ = sf.read(SAMPLE, dtype="float32")
    assert rate == SAMPLE_RATE
    assert len(recorded) / rate >= len(original) / rate - 0.25 + PREROLL_SECONDS - 0.1
    onset = int(np.argmax(np.abs(original) > 0.05))  # where the speech starts in the sample
    heard = int(np.argmax(np.abs(recorded) > 0.05))
    spoken_before_start = len(original) - onset - (len(recorded) - heard)
    assert spoken_before_start <= 0.02 * SAMPLE_RATE, "speech from before the key press was cut"


def test_text_is_prepared_for_the_focused_application():
    assert prepare_text("可可拿鐵。", InsertOptions()) == "可可拿鐵"
    assert prepare_text("可可拿鐵。", InsertOptions(drop_final_period=False)) == "可可拿鐵。"
    long_sentence = "跟你說一個事實，兩個八十，大家可不可以來幫一點忙。"
    assert prepare_text(long_sentence, InsertOptions()) == long_sentence  # a sentence keeps its stop
    assert prepare_text("品質不錯\n去年都銷售一空", InsertOptions(add_space=True)) == "品質不錯去年都銷售一空 "
    with pytest.raises(ValueError, match="insertion mode"):
        InsertOptions(mode="telepathy")
