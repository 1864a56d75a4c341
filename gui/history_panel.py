"""The History tab: every finished transcript, searchable, re-exportable, deletable; a
dictation's segments play from the recording Tingxie kept for it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.dictation import forget
from tingxie.core.history import SEARCH_LIMIT, History, HistoryEntry
from tingxie.gui.transcript_view import TranscriptView


class HistoryPanel(QWidget):
    def __init__(self, history: History, recordings_dir: Callable[[], Path]) -> None:
        super().__init__()
        self.setObjectName("historyPanel")
        self.history, self._recordings_dir = history, recordings_dir
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search transcripts…"))
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Source"), self.tr("Text")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.view = TranscriptView()
        self.view.history = history  # edits are saved to the entry shown
        self.view.saved.connect(self.update_text)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("historyDelete")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton(self.tr("Clear history…"))
        self.clear_button.setObjectName("historyClear")
        self.clear_button.clicked.connect(self.confirm_clear)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.delete_button)
        top.addWidget(self.clear_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        """The whole table again: on a new search only, never per finished job (see add_entry)."""
        self.table.setRowCount(0)
        for entry in self.history.search(self.search.text()):
            self._put(self.table.rowCount(), entry)

    def add_entry(self, entry_id: int) -> None:
        """A job just saved: one row on top (when it matches the search), not a refill.
        Refilling 500 rows after every job was thousands of Qt calls per file."""
        for entry in self.history.search(self.search.text(), limit=1, entry_id=entry_id):
            self._put(0, entry)
            if self.table.rowCount() > SEARCH_LIMIT:
                self.table.removeRow(self.table.rowCount() - 1)

    def update_text(self, entry_id: int) -> None:
        """An entry the user corrected: its row shows the new text (the rows stay as they are)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == entry_id:
                text = self.history.get(entry_id).text.replace("\n", " ")
                self.table.setItem(row, 3, QTableWidgetItem(text))

    def _put(self, row: int, entry: HistoryEntry) -> None:
        self.table.insertRow(row)
        when = QTableWidgetItem(time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.created)))
        when.setData(Qt.ItemDataRole.UserRole, entry.id)
        self.table.setItem(row, 0, when)
        kind = self.tr("Dictation") if entry.kind == "dictation" else self.tr("File")
        self.table.setItem(row, 1, QTableWidgetItem(kind))
        self.table.setItem(row, 2, QTableWidgetItem(Path(entry.source).name))
        self.table.setItem(row, 3, QTableWidgetItem(entry.text.replace("\n", " ")))

    def selected_ids(self) -> list[int]:
        items = [self.table.item(r.row(), 0) for r in self.table.selectionModel().selectedRows()]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def delete_selected(self) -> None:
        """The selected entries go, with the recordings Tingxie kept for dictations (never a user's file)."""
        for entry_id in self.selected_ids():
            forget(self.history, entry_id, self._recordings_dir())
        self.refresh()

    def confirm_clear(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Clear history"), self.tr(
            "Delete every transcript in the history, and the recordings kept for dictations? Transcript files "
            "you exported and your own audio files are not touched."
        ), parent=self)
        box.setObjectName("confirmClearHistory")
        clear = box.addButton(self.tr("Delete all"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        clear.clicked.connect(self.clear_all)
        box.open()
        return box

    def clear_all(self) -> None:
        for entry in self.history.search(limit=-1):
            forget(self.history, entry.id, self._recordings_dir())
        self.refresh()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.delete_button.setEnabled(bool(rows))
        if rows:
            entry_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.view.show_transcript(self.history.get(entry_id), entry_id)
