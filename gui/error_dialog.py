"""An error the user can read, with the technical details one click away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tingxie.gui.i18n import error_text
from tingxie.gui.logs import log


def show_report(parent: QWidget, message: str, details: str, retry: Callable[[], object] | None = None) -> QMessageBox:
    """One report for a batch: what failed in a sentence, every file's reason under Details,
    Copy details, and Retry failed. It replaces the parent's previous report: nothing stacks."""
    old = parent.findChild(QMessageBox, "failureSummary")
    if old is not None:
        old.setObjectName("")
        old.close()
        old.deleteLater()
    box = show_error(parent, message, details)
    box.setObjectName("failureSummary")
    if retry is not None:
        again = QPushButton(QCoreApplication.translate("ErrorDialog", "Retry failed"), box)
        again.setObjectName("retryFailed")
        box.addButton(again, QMessageBox.ButtonRole.AcceptRole)
        again.clicked.connect(retry)
    return box


def show_exception(parent: QWidget | None, err: BaseException) -> QMessageBox:
    """An exception as the user should read it: core's errors in the UI language (gui/i18n.py's
    error_text), their technical reason under Details."""
    return show_error(parent, *error_text(err))


def show_error(parent: QWidget | None, message: str, details: str = "") -> QMessageBox:
    """Non-blocking: the window stays usable while the dialog is open."""
    log.error("%s\n%s", message, details)
    title = QCoreApplication.translate("ErrorDialog", "Tingxie")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setObjectName("errorDialog")
    if details:
        box.setDetailedText(details)
        copy = QPushButton(QCoreApplication.translate("ErrorDialog", "Copy details"), box)  # parented: Qt, not Python, owns it
        copy.setObjectName("copyDetails")
        box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{message}\n\n{details}"))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box
