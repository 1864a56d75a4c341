"""Screenshots of the real window for the README, under Xvfb with a CJK font.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 python docs/screenshots/take_screenshots.py
    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_screenshots.py speakers   # that shot only

Needs the test-suite packages (PulseAudio for the dictation shot). Uses a throw-away user
folder, so your own settings, models and history are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))  # the checkout, for tests/virtual_mic.py (tingxie itself is installed)


def main(only: str = "") -> None:
    user = Path(tempfile.mkdtemp(prefix="tingxie-shots-"))
    os.environ.update(TINGXIE_MODELS_DIR=str(user / "data" / "models"), TINGXIE_LOG_DIR=str(user / "logs"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user / "config"))
    from tingxie.gui.settings import qsettings

    store = qsettings()
    store.setValue("ui_language", "zh_TW")
    store.setValue("language", "zh")
    store.setValue("global_dictation", False)  # the shots need no key listener
    store.sync()
    app = QApplication(sys.argv)
    from tingxie.core.paths import SAMPLES_DIR
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1000, 660)
    window.show()
    wait = lambda ms: QTestWait(app, ms)  # noqa: E731
    if only == "speakers":
        speaker_labels_shot(window, user, wait)
        window.close()
        return
    from tests.virtual_mic import VirtualMicrophone

    mic = VirtualMicrophone(user / "pulse").start()

    window.grab().save(str(OUT / "welcome.png"))
    window._dismiss_welcome()
    window.add_paths([SAMPLES_DIR])
    wait(5000)
    window.queue.selectRow(1)
    wait(300)
    window.grab().save(str(OUT / "main-window.png"))

    view = window.transcript_view  # the workbench: an edited segment, the spoken character highlighted
    view.split_segment(0, 4)
    view.seek_to_char(1, 2)
    view.find_field.setText(view.transcript.segments[1].text[1:3])
    wait(300)
    window.grab().save(str(OUT / "transcript-editor.png"))
    view.undo_stack.undo()

    window.tabs.setCurrentWidget(window.dictation)
    window.dictation.start()
    wait(500)
    for i in (1, 3):
        mic.play(SAMPLES_DIR / f"demo-{i}.wav").wait()
        wait(1200)
    window.grab().save(str(OUT / "dictation.png"))
    window.dictation.stop()
    wait(500)

    window.tabs.setCurrentWidget(window.history_panel)
    window.history_panel.table.selectRow(0)
    wait(300)
    window.grab().save(str(OUT / "history-transcript.png"))

    from tingxie.core.model_store import import_folder
    from tingxie.core.paths import DEMO_MODEL_DIR

    import_folder(DEMO_MODEL_DIR, "我的 模型 v3")  # a model under a name of the user's own
    window.reload_models()
    manager = window.open_model_manager()
    manager.resize(1560, 420)
    wait(500)
    manager.grab().save(str(OUT / "model-manager.png"))
    manager.close()

    from PySide6.QtWidgets import QMessageBox

    broken = user / "壞掉的錄音"  # a folder of 8 files that are not audio: one report, 8 reasons
    broken.mkdir()
    for i in range(1, 9):
        (broken / f"會議-{i}.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(i))
    window.tabs.setCurrentWidget(window.files)
    window.add_paths([broken])
    wait(4000)
    summary = window.findChild(QMessageBox, "failureSummary")
    if summary is not None:
        window.grab().save(str(OUT / "failure-queue.png"))
        summary.grab().save(str(OUT / "failure-summary.png"))
        summary.close()

    file_dialog_shot(window, SAMPLES_DIR, wait)

    speaker_labels_shot(window, user, wait)
    window.close()
    mic.stop()


def speaker_labels_shot(window, user: Path, wait) -> None:
    """A two-voice espeak-ng conversation with speaker labels on, one speaker renamed."""
    from dataclasses import replace

    from tingxie.core.paths import ASSETS
    from tingxie.core.speaker_labels import rename_speaker
    from tingxie.training_tools.demo.conversation import TWO_VOICES, synthesize_conversation

    sentences = (ASSETS / "demo" / "sentences.txt").read_text(encoding="utf-8").split()
    talk = synthesize_conversation(sentences, TWO_VOICES, 6, user / "對話.wav", user / "clips")
    window.apply_settings(replace(window.settings, speakers="auto"))
    window.tabs.setCurrentIndex(0)
    window.welcome.hide()
    window.add_paths([talk.wav])
    row = window.queue.rowCount() - 1
    window.queue.selectRow(row)
    while window.queue.state_at(row).name != "DONE":
        wait(200)
    view = window.transcript_view
    rename_speaker(view.transcript, "2", "林老師")
    view.show_transcript(view.transcript)
    wait(300)
    window.grab().save(str(OUT / "speaker-labels.png"))


def file_dialog_shot(window, folder: Path, wait) -> None:
    """Qt's own file dialog (Add files…), in 繁體中文 from qtbase_zh_TW.qm and gui/qt_gaps.py."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, shoot)
            return
        dialog.setDirectory(str(folder))
        dialog.resize(760, 460)
        wait(800)
        dialog.grab().save(str(OUT / "file-dialog.png"))
        dialog.reject()

    QTimer.singleShot(100, shoot)
    window.files.add_files_dialog()


def QTestWait(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


if __name__ == "__main__":
    main(*sys.argv[1:2])
