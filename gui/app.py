"""Start the desktop app."""

from __future__ import annotations

import sys


def run(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Tingxie")
    app.setOrganizationName("Tingxie")
    window = MainWindow()
    window.show()
    return app.exec()
