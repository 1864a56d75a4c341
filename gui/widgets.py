"""Small widgets several dialogs share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


def browse_row(edit: QLineEdit, pick: Callable[[], None]) -> QWidget:
    """A path field with a "…" button that opens a chooser."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    browse = QPushButton("…")
    browse.clicked.connect(pick)
    layout.addWidget(browse)
    return row
