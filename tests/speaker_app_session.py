"""A user's session in the real window (offscreen): files first, then speaker labels turned on
for a conversation. Run in its own process by tests/test_speaker_app_session.py, because the
failure it guards against (sherpa-onnx's clustering set up on the worker thread) kills the
process instead of raising."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    user = Path(tempfile.mkdtemp(prefix="tingxie-session-"))
    os.environ.update(TINGXIE_MODELS_DIR=str(user / "models"), TINGXIE_LOG_DIR=str(user / "logs"))
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user / "config"))
    app = QApplication(sys.argv)
    from tingxie.core.paths import ASSETS, SAMPLES_DIR
    from tingxie.gui.main_window import MainWindow
    from tingxie.gui.queue_table import JobState
    from tingxie.training_tools.demo.conversation import TWO_VOICES, synthesize_conversation

    def wait_done(window: MainWindow, rows: int) -> None:
        while not (window.queue.rowCount() == rows and all(
            window.queue.state_at(r) in (JobState.DONE, JobState.FAILED) for r in range(rows)
        )):
            loop = QEventLoop()
            QTimer.singleShot(100, loop.quit)
            loop.exec()

    window = MainWindow()
    window.show()
    window.add_paths(sorted(SAMPLES_DIR.glob("*.wav")))
    wait_done(window, 3)
    sentences = (ASSETS / "demo" / "sentences.txt").read_text(encoding="utf-8").split()
    talk = synthesize_conversation(sentences, TWO_VOICES, 6, user / "talk.wav", user / "clips")
    window.apply_settings(replace(window.settings, speakers="auto"))
    window.add_paths([talk.wav])
    wait_done(window, 4)
    print("speakers:", " ".join(s.speaker for s in window.transcript_view.transcript.segments))
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
