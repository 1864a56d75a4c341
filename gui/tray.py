"""The tray icon: what global dictation is doing, and the menu to drive it with the window hidden."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tingxie.core.dictation import DictationState
from tingxie.gui.i18n import QT_TRANSLATE_NOOP
from tingxie.gui.icon import app_icon

STATE_COLOURS = {DictationState.LISTENING: "#d62828", DictationState.RECOGNISING: "#f2a900"}
STATE_TIPS = {
    DictationState.IDLE: QT_TRANSLATE_NOOP("Tray", "Tingxie: ready"),
    DictationState.LISTENING: QT_TRANSLATE_NOOP("Tray", "Tingxie: listening…"),
    DictationState.RECOGNISING: QT_TRANSLATE_NOOP("Tray", "Tingxie: recognising…"),
}
assert set(STATE_TIPS) == set(DictationState)


def state_icon(state: DictationState) -> QIcon:
    """The app icon with a coloured dot: red while listening, amber while recognising."""
    base = app_icon()
    if state not in STATE_COLOURS:
        return base
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATE_COLOURS[state]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(36, 36, 26, 26)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """Owns the QSystemTrayIcon and its menu; the main window connects the signals."""

    toggle_dictation = Signal()
    show_window = Signal()
    open_settings = Signal()
    quit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = DictationState.IDLE
        self.sent: list[tuple[str, str]] = []  # notifications shown, oldest first
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setObjectName("trayIcon")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.dictation_action = QAction(self.tr("Start dictation"), self.menu)
        self.dictation_action.triggered.connect(self.toggle_dictation)
        self.hotkey_action = QAction("", self.menu)  # says which key, or why there is none
        self.hotkey_action.setEnabled(False)
        self.show_action = QAction(self.tr("Show window"), self.menu)
        self.show_action.triggered.connect(self.show_window)
        self.settings_action = QAction(self.tr("Settings…"), self.menu)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(self.quit)
        for action in (
            self.dictation_action, self.hotkey_action, None, self.show_action, self.settings_action, None, self.quit_action,
        ):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.set_state(DictationState.IDLE)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_state(self, state: DictationState) -> None:
        self.state = state
        self.icon.setIcon(state_icon(state))
        self.icon.setToolTip(self.tr(STATE_TIPS[state]))
        listening = state is DictationState.LISTENING
        self.dictation_action.setText(self.tr("Stop dictation") if listening else self.tr("Start dictation"))
        self.dictation_action.setEnabled(state is not DictationState.RECOGNISING)

    def set_hotkey_text(self, text: str) -> None:
        self.hotkey_action.setText(text)

    def notify(self, title: str, message: str) -> None:
        """A desktop notification from the tray (finished work, a problem while hidden); what
        was sent is kept in `sent` (there is no tray under offscreen Qt or a bare X server)."""
        self.sent.append((title, message))
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 5000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()
