"""Put dictated text into the focused application: paste through the clipboard (and give the
user's clipboard back), or type it. Here, not in core/, because the clipboard is Qt's.

The previous clipboard is restored only once the target has fetched the pasted text (X11
and Wayland clipboards are fetched lazily from the owner, so restoring right after Ctrl+V
pastes the *old* text), or after PASTE_TIMEOUT when an application never asks.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from tingxie.core.insertion import InsertMode
from tingxie.core.keystrokes import Keyboard

PASTE_TIMEOUT = 2.0  # s: an application that has not fetched the text by then never will
AFTER_FETCH = 0.15  # s: an application may ask for several formats in a row
X11_ONLY = {"TARGETS", "MULTIPLE", "TIMESTAMP", "SAVE_TARGETS"}  # the selection protocol's own, not data
log = logging.getLogger(__name__)


class PastedText(QMimeData):
    """The text being pasted; notes when another application fetches it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setText(text)
        self.fetched_at: float | None = None
        self.armed = False  # fetches before the paste keys (a clipboard manager) do not count

    def retrieveData(self, mimetype: str, preferredType: Any) -> Any:  # noqa: N802 - Qt's name
        if self.armed:
            self.fetched_at = time.monotonic()
        return super().retrieveData(mimetype, preferredType)


def snapshot(clipboard: QClipboard) -> QMimeData | None:
    """A copy of every format the clipboard holds now (None: it is empty)."""
    current = clipboard.mimeData()
    if current is None or not current.formats():
        return None
    copy = QMimeData()
    for fmt in current.formats():
        if fmt in X11_ONLY:
            continue
        copy.setData(fmt, current.data(fmt))
    return copy


class TextInserter(QObject):
    """One insertion at a time; `done` carries the text once it is in and the clipboard is back."""

    done = Signal(str)

    def __init__(self, keyboard: Keyboard) -> None:
        super().__init__()
        self.keyboard = keyboard
        self._pasting: tuple[PastedText, QMimeData | None, float, str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._check_fetched)

    @property
    def busy(self) -> bool:
        return self._pasting is not None

    def insert(self, text: str, mode: InsertMode) -> None:
        if mode is InsertMode.TYPE:
            self.keyboard.type_text(text)
            self.done.emit(text)
            return
        clipboard = QGuiApplication.clipboard()
        previous = snapshot(clipboard)
        pasted = PastedText(text)
        clipboard.setMimeData(pasted)
        pasted.armed = True
        self.keyboard.paste(shift_insert=mode is InsertMode.SHIFT_INSERT)
        self._pasting = (pasted, previous, time.monotonic(), text)
        self._timer.start()

    def _check_fetched(self) -> None:
        assert self._pasting is not None
        pasted, previous, sent, text = self._pasting
        now = time.monotonic()
        settled = pasted.fetched_at is not None and now - pasted.fetched_at >= AFTER_FETCH
        if not settled and now - sent < PASTE_TIMEOUT:  # a clipboard manager may keep fetching: a cap
            return
        if pasted.fetched_at is None:  # not consumed: the user's clipboard comes back all the same
            log.warning("No application fetched the pasted dictation within %.1f s", PASTE_TIMEOUT)
        self._timer.stop()
        self._pasting = None
        clipboard = QGuiApplication.clipboard()
        if previous is None:
            clipboard.clear()
        else:
            clipboard.setMimeData(previous)
        self.done.emit(text)
