"""A visible frame over the window while files are dragged over it: the user sees where a drop
lands before letting go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class DropHighlight(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropHighlight")
        self.setText(self.tr("Drop files or folders to transcribe them"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QLabel#dropHighlight { border: 4px dashed palette(highlight); border-radius: 12px;"
            " background: rgba(40, 120, 220, 40); font-size: 20px; }"
        )
        self.hide()

    def show_over(self, target: QWidget) -> None:
        self.setGeometry(target.rect().adjusted(8, 8, -8, -8))
        self.raise_()
        self.show()
