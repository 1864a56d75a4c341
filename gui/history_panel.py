"""The History tab: every finished transcript, searchable, re-exportable."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.history import SEARCH_LIMIT, History, HistoryEntry
from tingxie.gui.transcript_view import TranscriptView


class HistoryPanel(QWidget):
    def __init__(self, history: History) -> None:
        super().__init__()
        self.setObjectName("historyPanel")
        self.history = history
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
        self.shown_entry: int | None = None
        self.view.transcript_changed.connect(self._save_shown)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
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

    def _put(self, row: int, entry: HistoryEntry) -> None:
        self.table.insertRow(row)
        when = QTableWidgetItem(time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.created)))
        when.setData(Qt.ItemDataRole.UserRole, entry.id)
        self.table.setItem(row, 0, when)
        kind = self.tr("Dictation") if entry.kind == "dictation" else self.tr("File")
        self.table.setItem(row, 1, QTableWidgetItem(kind))
        self.table.setItem(row, 2, QTableWidgetItem(Path(entry.source).name))
        self.table.setItem(row, 3, QTableWidgetItem(entry.text.replace("\n", " ")))

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            entry_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.shown_entry = entry_id
            self.view.show_transcript(self.history.get(entry_id))

    def _save_shown(self, transcript) -> None:
        """A rename in the view is kept: the history holds the transcript as the user left it."""
        if self.shown_entry is not None:
            self.history.replace(self.shown_entry, transcript)
