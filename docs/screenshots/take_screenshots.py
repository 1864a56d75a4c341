"""Screenshots of the real window for the README, under Xvfb with a CJK font.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 python docs/screenshots/take_screenshots.py

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


def main() -> None:
    user = Path(tempfile.mkdtemp(prefix="tingxie-shots-"))
    os.environ.update(TINGXIE_MODELS_DIR=str(user / "data" / "models"), TINGXIE_LOG_DIR=str(user / "logs"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user / "config"))
    from tingxie.gui.settings import qsettings

    store = qsettings()
    store.setValue("ui_language", "zh_TW")
    store.setValue("language", "zh")
    store.sync()
    from tests.virtual_mic import VirtualMicrophone

    mic = VirtualMicrophone(user / "pulse").start()
    app = QApplication(sys.argv)
    from tingxie.core.paths import SAMPLES_DIR
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1000, 660)
    window.show()
    wait = lambda ms: QTestWait(app, ms)  # noqa: E731

    window.grab().save(str(OUT / "welcome.png"))
    window._dismiss_welcome()
    window.add_paths([SAMPLES_DIR])
    wait(5000)
    window.queue.selectRow(1)
    wait(300)
    window.grab().save(str(OUT / "main-window.png"))

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

    manager = window.open_model_manager()
    wait(500)
    manager.grab().save(str(OUT / "model-manager.png"))
    manager.close()

    file_dialog_shot(window, SAMPLES_DIR, wait)
    window.close()
    mic.stop()


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
    main()
