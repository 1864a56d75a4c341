"""Desktop notices (QSystemTrayIcon messages) for work that finishes while the user is in
another window; what was sent is kept for the status bar and for tests."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from tingxie.gui.icon import app_icon


class Notifier:
    def __init__(self, parent: QWidget) -> None:
        self.tray = QSystemTrayIcon(app_icon(), parent)
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.sent.append((title, text))
        if QSystemTrayIcon.isSystemTrayAvailable():  # none under offscreen Qt or a bare X server
            self.tray.show()
            self.tray.showMessage(title, text, app_icon(), 8000)
