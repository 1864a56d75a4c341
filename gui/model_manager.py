"""The model manager: catalog entries with Download (progress, speed, cancel, resume),
Import folder… and Remove."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.catalog import CatalogEntry
from tingxie.core.model_store import import_folder, list_installed, remove
from tingxie.gui.download_task import DownloadTask
from tingxie.gui.error_dialog import show_error
from tingxie.gui.i18n import QT_TRANSLATE_NOOP


class RowAction(Enum):
    """What a row's button does, decided from the model's state; the label is only rendered."""

    NONE = "—"
    DOWNLOAD = QT_TRANSLATE_NOOP("ModelManager", "Download")
    DOWNLOAD_FROM_URL = QT_TRANSLATE_NOOP("ModelManager", "Download from URL…")
    REMOVE = QT_TRANSLATE_NOOP("ModelManager", "Remove")
    CANCEL = QT_TRANSLATE_NOOP("ModelManager", "Cancel")

    def label(self) -> str:
        return self.value if self is RowAction.NONE else QCoreApplication.translate("ModelManager", self.value)


class ModelManager(QDialog):
    models_changed = Signal()

    def __init__(self, entries: list[CatalogEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.setWindowTitle(self.tr("Model manager"))
        self.resize(900, 360)
        self.entries = entries
        self.tasks: dict[str, DownloadTask] = {}
        self.row_actions: dict[str, RowAction] = {}
        self.table = QTableWidget(len(entries), 4)
        self.table.setObjectName("catalogTable")
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("State"), self.tr("Progress"), ""])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(3, 180)
        self.table.verticalHeader().setVisible(False)
        import_button = QPushButton(self.tr("Import folder…"))
        import_button.setObjectName("importFolder")
        import_button.clicked.connect(self.import_dialog)
        bottom = QHBoxLayout()
        bottom.addWidget(import_button)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        for row, entry in enumerate(entries):
            self._fill_row(row, entry)
        self.refresh()

    def _fill_row(self, row: int, entry: CatalogEntry) -> None:
        name = QTableWidgetItem(("★ " if entry.recommended else "") + entry.name)
        name.setToolTip(entry.description)
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(""))
        bar = QProgressBar()
        bar.setRange(0, 100)
        self.table.setCellWidget(row, 2, bar)
        button = QPushButton()
        button.setObjectName(f"action_{entry.id}")
        button.clicked.connect(lambda _=False, e=entry: self._action(e))
        self.table.setCellWidget(row, 3, button)

    def row_of(self, model_id: str) -> int:
        return next(i for i, e in enumerate(self.entries) if e.id == model_id)

    def state_text(self, model_id: str) -> str:
        return self.table.item(self.row_of(model_id), 1).text()

    def progress_bar(self, model_id: str) -> QProgressBar:
        return cast(QProgressBar, self.table.cellWidget(self.row_of(model_id), 2))

    def action_button(self, model_id: str) -> QPushButton:
        return cast(QPushButton, self.table.cellWidget(self.row_of(model_id), 3))

    def refresh(self) -> None:
        installed = {m.id: m for m in list_installed(self.entries)}
        for entry in self.entries:
            row = self.row_of(entry.id)
            if entry.id in self.tasks:
                continue
            model = installed.get(entry.id)
            if model is not None:
                state = self.tr("Bundled") if model.bundled else self.tr("Installed, {0:.0f} MB").format(model.size_bytes / 1e6)
                action = RowAction.NONE if model.bundled else RowAction.REMOVE
            else:
                state = self.tr("Not installed")
                action = RowAction.DOWNLOAD if entry.url else RowAction.DOWNLOAD_FROM_URL
            self.table.item(row, 1).setText(state)
            self.set_action(entry.id, action)

    def set_action(self, model_id: str, action: RowAction) -> None:
        self.row_actions[model_id] = action
        button = self.action_button(model_id)
        button.setText(action.label())
        button.setEnabled(action is not RowAction.NONE)

    def _action(self, entry: CatalogEntry) -> None:
        action = self.row_actions.get(entry.id, RowAction.NONE)
        if action is RowAction.CANCEL:
            self.tasks[entry.id].cancel.set()
        elif action is RowAction.REMOVE:
            self._remove(entry)
        elif action in (RowAction.DOWNLOAD, RowAction.DOWNLOAD_FROM_URL):
            url = entry.url or self._ask_url(entry)
            if url:
                self.start_download(entry, url)

    def _ask_url(self, entry: CatalogEntry) -> str:
        url, ok = QInputDialog.getText(self, entry.name, self.tr("Address of the model archive (.tar.bz2):"))
        return url.strip() if ok else ""

    def start_download(self, entry: CatalogEntry, url: str) -> DownloadTask:
        task = DownloadTask(entry.id, url, entry.sha256, entry.size if url == entry.url else None)
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self.tasks[entry.id] = task
        self.table.item(self.row_of(entry.id), 1).setText(self.tr("Connecting…"))
        self.set_action(entry.id, RowAction.CANCEL)
        QThreadPool.globalInstance().start(task)
        return task

    def _on_progress(self, model_id: str, done: int, total: int, speed: float) -> None:
        bar = self.progress_bar(model_id)
        if total:
            bar.setValue(round(100 * done / total))
        size = f"{done / 1e6:.1f} / {total / 1e6:.1f} MB" if total else f"{done / 1e6:.1f} MB"
        self.table.item(self.row_of(model_id), 1).setText(f"{size}, {speed / 1e6:.1f} MB/s")

    def _on_finished(self, model_id: str, folder: str) -> None:
        self.tasks.pop(model_id, None)
        self.progress_bar(model_id).setValue(100)
        self.refresh()
        self.models_changed.emit()

    def _on_failed(self, model_id: str, message: str) -> None:
        self.tasks.pop(model_id, None)
        self.refresh()
        self.table.item(self.row_of(model_id), 1).setText(self.tr("Failed (try again to resume)"))
        show_error(self, message)

    def _on_cancelled(self, model_id: str) -> None:
        self.tasks.pop(model_id, None)
        self.refresh()
        self.table.item(self.row_of(model_id), 1).setText(self.tr("Cancelled (Download resumes)"))

    def _remove(self, entry: CatalogEntry) -> None:
        try:
            remove(entry.id)
        except ValueError as err:
            show_error(self, str(err))
        self.progress_bar(entry.id).setValue(0)
        self.refresh()
        self.models_changed.emit()

    def import_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a model folder"))
        if folder:
            self.import_from(Path(folder))

    def import_from(self, folder: Path) -> None:
        try:
            import_folder(folder)
        except ValueError as err:  # ModelFolderError included: says which file or key is wrong
            show_error(self, str(err))
            return
        self.refresh()
        self.models_changed.emit()

    def done(self, result: int) -> None:
        for task in self.tasks.values():
            task.cancel.set()
        super().done(result)
