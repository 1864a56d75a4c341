"""Dictation: Start/Stop or hold Space to talk, device choice, level meter, live text.

The push-to-talk key acts only while the focus is in this panel, and is taken from the
panel's own buttons and lists: Space on a focused button used to click it (clicking Start
again on every auto-repeat), or reach a button on another tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.dictation import DictationError, DictationSession, input_devices, recording_name
from tingxie.core.messages import Message
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.transcript import Segment
from tingxie.gui.error_dialog import show_error, show_exception
from tingxie.gui.i18n import error_text, translated


class DictationBridge(QObject):
    """Core callbacks arrive on the dictation thread; signals carry them to the GUI thread."""

    text = Signal(object)  # Segment
    level = Signal(float)
    failed = Signal(object, str)  # core.messages.Message, technical details


class DictationPanel(QWidget):
    level: QProgressBar
    finished = Signal(object)  # Transcript of one start..stop, its source the recording on disk

    def __init__(self, options: Callable[[], TranscribeOptions | None], recordings_dir: Callable[[], Path]) -> None:
        super().__init__()
        self.setObjectName("dictationPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._options, self._recordings_dir = options, recordings_dir
        self.push_to_talk = Qt.Key.Key_Space
        self.session: DictationSession | None = None
        self.bridge = DictationBridge()
        self.bridge.text.connect(self._append)
        self.bridge.level.connect(lambda v: self.level.setValue(min(100, round(v * 400))))
        self.bridge.failed.connect(self._on_failed)
        self.device = QComboBox()
        self.device.setObjectName("inputDevice")
        self.button = QPushButton(self.tr("Start dictation"))
        self.button.setObjectName("dictationButton")
        self.button.clicked.connect(self.toggle)
        self.level = QProgressBar()
        self.level.setObjectName("levelMeter")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.text = QPlainTextEdit()
        self.text.setObjectName("dictationText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Press Start, or hold the push-to-talk key (Space unless changed in Settings) here, and speak. Each sentence appears when you pause."))  # noqa: E501 - one literal for lupdate
        copy = QPushButton(self.tr("Copy all"))
        copy.setObjectName("copyAll")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.auto_copy = QCheckBox(self.tr("Copy each sentence to the clipboard"))
        self.status = QLabel("")
        self.status.setObjectName("dictationStatus")
        self.global_notice = QLabel("")  # what the global dictation key does here, or why it cannot
        self.global_notice.setObjectName("globalDictationNotice")
        self.global_notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Microphone")))
        top.addWidget(self.device, 1)
        top.addWidget(self.button)
        bottom = QHBoxLayout()
        bottom.addWidget(copy)
        bottom.addWidget(self.auto_copy)
        bottom.addStretch()
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.global_notice)
        layout.addLayout(top)
        layout.addWidget(self.level)
        layout.addWidget(self.text)
        layout.addLayout(bottom)
        for child in (self.device, self.button, self.text, copy, self.auto_copy):
            child.installEventFilter(self)
        self.reload_devices()

    def reload_devices(self) -> None:
        self.device.clear()
        try:
            devices = input_devices()
        except DictationError as err:
            self.status.setText(error_text(err)[0])
            return
        for d in devices:
            self.device.addItem(d.name + (" ★" if d.is_default else ""), d.index)
        default = next((i for i, d in enumerate(devices) if d.is_default), 0)
        self.device.setCurrentIndex(default)
        if not devices:
            self.status.setText(self.tr("No microphone found."))

    @property
    def running(self) -> bool:
        return self.session is not None

    def toggle(self) -> None:
        self.stop() if self.running else self.start()

    def start(self) -> None:
        options = self._options()
        if options is None or self.running:
            return
        recording = self._recordings_dir() / recording_name()
        self.session = DictationSession(
            options, recording, self.bridge.text.emit, self.bridge.level.emit, self.bridge.failed.emit,
            device=self.device.currentData(),
        )
        try:
            self.session.start()
        except (DictationError, ValueError) as err:
            self.session = None
            show_exception(self, err)
            return
        self.button.setText(self.tr("Stop"))
        self.status.setText(self.tr("Listening… recording to {0}").format(recording.name))

    def stop(self) -> None:
        if self.session is None:
            return
        session, self.session = self.session, None
        segments = session.stop()  # recognises what is left; the queued text signals follow
        self.button.setText(self.tr("Start dictation"))
        self.level.setValue(0)
        if segments:
            self.status.setText(self.tr("Stopped. Saving…"))
            self.finished.emit(session.transcript())  # the main window says where it went
        else:
            session.recording.unlink(missing_ok=True)
            self.status.setText(self.tr("Stopped. No speech was heard, so nothing was saved."))

    def _append(self, segment: Segment) -> None:
        self.text.appendPlainText(segment.text)
        if self.auto_copy.isChecked():
            QGuiApplication.clipboard().setText(segment.text)

    def _on_failed(self, message: Message, details: str) -> None:
        self.stop()
        show_error(self, translated(message), details)

    def set_push_to_talk(self, key_name: str) -> None:
        """A key name as QKeySequence writes it ("Space", "F8"); unknown names keep Space."""
        sequence = QKeySequence(key_name)
        self.push_to_talk = sequence[0].key() if sequence.count() else Qt.Key.Key_Space  # type: ignore[index]  # QKeySequence has __getitem__; the stubs lack it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The key on a child widget (a focused button, the device list) is push-to-talk too."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            key_event = event  # a QKeyEvent for these three types
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() == self.push_to_talk and key_event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.type() == QEvent.Type.KeyPress:
                    self.keyPressEvent(key_event)
                elif event.type() == QEvent.Type.KeyRelease:
                    self.keyReleaseEvent(key_event)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == self.push_to_talk:
            if not event.isAutoRepeat():
                self.start()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == self.push_to_talk:
            if not event.isAutoRepeat():
                self.stop()
        else:
            super().keyReleaseEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown (its tab chosen): the focus comes here, so the key never reaches another tab's button."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
