"""Start the desktop app."""

from __future__ import annotations

import sys
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tingxie.core.about import app_version
from tingxie.gui.icon import app_icon


def configure_application(app: QApplication) -> None:
    app.setApplicationName("Tingxie")
    app.setOrganizationName("Tingxie")
    app.setApplicationVersion(app_version())
    app.setDesktopFileName("tingxie")  # matches packaging/linux/tingxie.desktop for the taskbar icon
    app.setWindowIcon(app_icon())


def run(argv: list[str] | None = None) -> int:
    from tingxie.gui.main_window import MainWindow
    from tingxie.gui.qt_check import binding_problem

    app = cast(QApplication, QApplication.instance() or QApplication(argv if argv is not None else sys.argv))
    configure_application(app)
    window = MainWindow()
    window.show()
    if binding_problem():
        import platform

        import PySide6

        message = QCoreApplication.translate(
            "MainWindow",
            "PySide6 {0} on Python {1} makes Tingxie crash after some dozens of files. Install a PySide6 "
            "below 6.12 (pip install \"PySide6-Essentials<6.12\") or use Python 3.12 or newer.",
        )
        QMessageBox.warning(window, window.windowTitle(), message.format(PySide6.__version__, platform.python_version()))
    return app.exec()
