"""The file queue: name, duration, state and a progress bar per file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableWidget, QTableWidgetItem

class QueueTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setObjectName("queueTable")
        self.setHorizontalHeaderLabels([self.tr("File"), self.tr("Duration"), self.tr("State"), self.tr("Progress")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self._rows: dict[int, int] = {}  # job id -> row

    def add_job(self, job: int, path: Path) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self._rows[job] = row
        name = QTableWidgetItem(path.name)
        name.setToolTip(str(path))
        name.setData(256, job)  # Qt.UserRole
        self.setItem(row, 0, name)
        self.setItem(row, 1, QTableWidgetItem("…"))
        self.setItem(row, 2, QTableWidgetItem(self.tr("Waiting")))
        bar = QProgressBar()
        bar.setRange(0, 100)
        self.setCellWidget(row, 3, bar)

    def job_at(self, row: int) -> int | None:
        item = self.item(row, 0)
        return None if item is None else item.data(256)

    def set_duration(self, job: int, seconds: float) -> None:
        minutes, secs = divmod(round(seconds), 60)
        self.item(self._rows[job], 1).setText(f"{minutes}:{secs:02d}")

    def set_state(self, job: int, state: str, tooltip: str = "") -> None:
        item = self.item(self._rows[job], 2)
        item.setText(state)
        item.setToolTip(tooltip)

    def set_progress(self, job: int, fraction: float) -> None:
        self.progress_bar(job).setValue(round(fraction * 100))

    def progress_bar(self, job: int) -> QProgressBar:
        return self.cellWidget(self._rows[job], 3)

    def state(self, job: int) -> str:
        return self.item(self._rows[job], 2).text()
