"""Tingxie as the user runs it, its window minimised: the end-to-end dictation tests and
bench/dictation_latency.py start this in its own process on an Xvfb display (xcb, the X
clipboard), with settings, models and history in the folders their environment names."""

from __future__ import annotations

import sys
from typing import cast

from PySide6.QtWidgets import QApplication

from tingxie.gui.app import configure_application
from tingxie.gui.main_window import MainWindow

if __name__ == "__main__":
    app = cast(QApplication, QApplication(sys.argv))
    configure_application(app)
    window = MainWindow()
    window.showMinimized()
    sys.exit(app.exec())
