"""The file queue: name, duration, state and a progress bar per file."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableWidget, QTableWidgetItem

from tingxie.gui.i18n import QT_TRANSLATE_NOOP

JOB_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


class JobState(Enum):
    """A queued file's state: data the code and tests compare, rendered only for the user."""

    WAITING = QT_TRANSLATE_NOOP("QueueTable", "Waiting")
    TRANSCRIBING = QT_TRANSLATE_NOOP("QueueTable", "Transcribing")
    DONE = QT_TRANSLATE_NOOP("QueueTable", "Done")
    FAILED = QT_TRANSLATE_NOOP("QueueTable", "Failed")
    CANCELLED = QT_TRANSLATE_NOOP("QueueTable", "Cancelled")

    def status_text(self) -> str:
        return QCoreApplication.translate("QueueTable", self.value)

class QueueTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setObjectName("queueTable")
        headers = [self.tr("File"), self.tr("Duration"), self.tr("State"), self.tr("Progress"), self.tr("Reason")]
        self.setHorizontalHeaderLabels(headers)
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
        name.setData(JOB_ROLE, job)
        self.setItem(row, 0, name)
        self.setItem(row, 1, QTableWidgetItem("…"))
        self.setItem(row, 2, QTableWidgetItem())
        self.setItem(row, 4, QTableWidgetItem())
        self.set_state(job, JobState.WAITING)
        bar = QProgressBar()
        bar.setRange(0, 100)
        self.setCellWidget(row, 3, bar)

    def has_job(self, job: int) -> bool:
        return job in self._rows

    def remove_job(self, job: int) -> None:
        """The row goes; the rows below move up, so the job -> row map is rebuilt."""
        self.removeRow(self._rows.pop(job))
        self._rows = {j: r for r in range(self.rowCount()) if (j := self.job_at(r)) is not None}

    def job_at(self, row: int) -> int | None:
        item = self.item(row, 0)
        return None if item is None else item.data(JOB_ROLE)

    def set_duration(self, job: int, seconds: float) -> None:
        minutes, secs = divmod(round(seconds), 60)
        self.item(self._rows[job], 1).setText(f"{minutes}:{secs:02d}")

    def set_state(self, job: int, state: JobState, reason: str = "") -> None:
        item = self.item(self._rows[job], 2)
        item.setData(STATE_ROLE, state)
        item.setText(state.status_text())
        item.setToolTip(reason)
        self.item(self._rows[job], 4).setText(reason)

    def path_of(self, job: int) -> Path:
        return Path(self.item(self._rows[job], 0).toolTip())

    def set_progress(self, job: int, fraction: float) -> None:
        self.progress_bar(job).setValue(round(fraction * 100))

    def progress_bar(self, job: int) -> QProgressBar:
        return cast(QProgressBar, self.cellWidget(self._rows[job], 3))

    def job_state(self, job: int) -> JobState:
        return self.state_at(self._rows[job])

    def state_at(self, row: int) -> JobState:
        return self.item(row, 2).data(STATE_ROLE)
