"""The model manager: every model on the machine and every one in the catalog, in one list,
each with its source, files, size and the actions its state allows (download with progress,
cancel and resume; use, rename, show folder, remove; import a folder under any name)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, IntEnum
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.catalog import CatalogEntry
from tingxie.core.model_names import ModelSource
from tingxie.core.model_store import InstalledModel, download_label, import_folder, list_installed, remove, rename
from tingxie.gui.download_task import DownloadTask
from tingxie.gui.error_dialog import show_error, show_exception
from tingxie.gui.i18n import QT_TRANSLATE_NOOP, current_language
from tingxie.gui.sizes import format_size


class RowState(Enum):
    NOT_INSTALLED = "not installed"
    DOWNLOADING = "downloading"
    INSTALLED = "installed"
    BUNDLED = "bundled"


class RowAction(Enum):
    """What a row's buttons do, decided from the row's state; the labels are only rendered."""

    DOWNLOAD = QT_TRANSLATE_NOOP("ModelManager", "Download")
    DOWNLOAD_FROM_URL = QT_TRANSLATE_NOOP("ModelManager", "Download from URL…")
    CANCEL = QT_TRANSLATE_NOOP("ModelManager", "Cancel")
    USE = QT_TRANSLATE_NOOP("ModelManager", "Use")
    RENAME = QT_TRANSLATE_NOOP("ModelManager", "Rename…")
    SHOW_FOLDER = QT_TRANSLATE_NOOP("ModelManager", "Show folder")
    REMOVE = QT_TRANSLATE_NOOP("ModelManager", "Remove")

    def label(self) -> str:
        return QCoreApplication.translate("ModelManager", self.value)


SOURCE_LABELS = {
    ModelSource.BUNDLED: QT_TRANSLATE_NOOP("ModelManager", "Bundled with Tingxie"),
    ModelSource.CATALOG: QT_TRANSLATE_NOOP("ModelManager", "Downloaded from the catalog"),
    ModelSource.URL: QT_TRANSLATE_NOOP("ModelManager", "Downloaded from an address"),
    ModelSource.IMPORTED: QT_TRANSLATE_NOOP("ModelManager", "Imported folder"),
    ModelSource.EXPORTED: QT_TRANSLATE_NOOP("ModelManager", "Exported by the Export wizard"),
}
CATALOG_ONLY = QT_TRANSLATE_NOOP("ModelManager", "Catalog")


def actions_for(state: RowState, entry: CatalogEntry | None) -> tuple[RowAction, ...]:
    if state is RowState.DOWNLOADING:
        return (RowAction.CANCEL,)
    if state is RowState.NOT_INSTALLED:
        return (RowAction.DOWNLOAD,) if entry is not None and entry.url else (RowAction.DOWNLOAD_FROM_URL,)
    if state is RowState.BUNDLED:
        return (RowAction.USE, RowAction.SHOW_FOLDER)
    return (RowAction.USE, RowAction.RENAME, RowAction.SHOW_FOLDER, RowAction.REMOVE)


@dataclass(frozen=True)
class Row:
    """One line of the list: a catalog entry, an installed model, or both (a catalog download)."""

    key: str  # the model id (folder name) or the catalog id it would get
    entry: CatalogEntry | None
    installed: InstalledModel | None

    def state(self, downloading: bool) -> RowState:
        if downloading:
            return RowState.DOWNLOADING
        if self.installed is None:
            return RowState.NOT_INSTALLED
        return RowState.BUNDLED if self.installed.bundled else RowState.INSTALLED

    def name(self, language: str) -> str:
        if self.installed is not None:
            return display_name(self.installed, self.entry, language)
        return self.entry.name_in(language) if self.entry else self.key


def display_name(model: InstalledModel, entry: CatalogEntry | None, language: str) -> str:
    """The user's own name; a catalog model they never renamed shows the catalog's name in the
    UI language."""
    if entry is not None and model.name == entry.name:
        return entry.name_in(language)
    return model.name


def manager_rows(entries: list[CatalogEntry], installed: list[InstalledModel]) -> list[Row]:
    """Catalog entries first (installed or not), then the models that are not in the catalog."""
    by_id = {m.id: m for m in installed}
    rows = [Row(e.id, e, by_id.pop(e.id, None)) for e in entries]
    return rows + [Row(m.id, None, m) for m in installed if m.id in by_id]


class Column(IntEnum):
    NAME = 0
    SOURCE = 1
    FILES = 2
    SIZE = 3
    STATE = 4
    PROGRESS = 5
    ACTIONS = 6


class ModelManager(QDialog):
    models_changed = Signal()
    use_requested = Signal(str)  # model id

    def __init__(self, entries: list[CatalogEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.setWindowTitle(self.tr("Model manager"))
        self.resize(1100, 400)
        self.entries = entries
        self.rows: list[Row] = []
        self.tasks: dict[str, DownloadTask] = {}
        self.row_actions: dict[str, tuple[RowAction, ...]] = {}
        self.open_folder: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("catalogTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Source"), self.tr("Precisions"), self.tr("Size"), self.tr("State"),
             self.tr("Progress"), ""]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ACTIONS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        self.table.setColumnWidth(Column.SOURCE, 170)
        self.table.setColumnWidth(Column.STATE, 170)
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
        self.refresh()

    # ---- what tests and the main window read ------------------------------------------------
    def row_of(self, model_id: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.key == model_id)

    def keys(self) -> list[str]:
        return [r.key for r in self.rows]

    def cell_text(self, model_id: str, column: int) -> str:
        return self.table.item(self.row_of(model_id), column).text()

    def state_text(self, model_id: str) -> str:
        return self.cell_text(model_id, Column.STATE)

    def progress_bar(self, model_id: str) -> QProgressBar:
        return cast(QProgressBar, self.table.cellWidget(self.row_of(model_id), Column.PROGRESS))

    def button(self, model_id: str, action: RowAction) -> QPushButton:
        found = self.findChild(QPushButton, f"{action.name.lower()}_{model_id}")
        if found is None or action not in self.row_actions.get(model_id, ()):
            raise LookupError(f"{model_id} offers no {action.name} now: {self.row_actions.get(model_id)}")
        return found

    # ---- building the list -------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild every row from the disk and the catalog; a row being downloaded keeps its
        progress bar and state text."""
        kept = {key: self.progress_bar(key).value() for key in self.tasks if key in self.keys()}
        states = {key: self.state_text(key) for key in kept}
        self.rows = manager_rows(self.entries, list_installed(self.entries))
        self.table.setRowCount(len(self.rows))
        language = current_language()
        for index, row in enumerate(self.rows):
            self._fill(index, row, language)
            if row.key in kept:
                self.progress_bar(row.key).setValue(kept[row.key])
                self.table.item(index, Column.STATE).setText(states[row.key])

    def _fill(self, index: int, row: Row, language: str) -> None:
        state = row.state(row.key in self.tasks)
        name = QTableWidgetItem(("★ " if row.entry and row.entry.recommended else "") + row.name(language))
        name.setToolTip(row.entry.description_in(language) if row.entry else str(row.installed.path if row.installed else ""))
        cells = {
            Column.NAME: name,
            Column.SOURCE: QTableWidgetItem(self._source_text(row)),
            Column.FILES: QTableWidgetItem(self._files_text(row)),
            Column.SIZE: QTableWidgetItem(self._size_text(row)),
            Column.STATE: QTableWidgetItem(self._state_text(state)),
        }
        for column, item in cells.items():
            self.table.setItem(index, column, item)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(100 if row.installed is not None else 0)
        self.table.setCellWidget(index, Column.PROGRESS, bar)
        self.table.setCellWidget(index, Column.ACTIONS, self._buttons(row, actions_for(state, row.entry)))

    def _buttons(self, row: Row, actions: tuple[RowAction, ...]) -> QWidget:
        self.row_actions[row.key] = actions
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        for action in actions:
            button = QPushButton(action.label(), box)
            button.setObjectName(f"{action.name.lower()}_{row.key}")
            button.clicked.connect(lambda _=False, a=action, key=row.key: self.perform(key, a))
            layout.addWidget(button)
        return box

    def _source_text(self, row: Row) -> str:
        source = SOURCE_LABELS[row.installed.label.source] if row.installed else CATALOG_ONLY
        return QCoreApplication.translate("ModelManager", source)

    def _files_text(self, row: Row) -> str:
        if row.installed is not None:
            return " + ".join(p.upper() for p in row.installed.precisions)
        if row.entry is None:
            return ""
        precisions = ["FP32"] * any(f.endswith(".onnx") and ".int8." not in f for f in row.entry.files)
        return " + ".join(precisions + ["INT8"] * any(".int8." in f for f in row.entry.files))

    def _size_text(self, row: Row) -> str:
        if row.installed is not None:
            return self.tr("{0} on disk").format(format_size(row.installed.size_bytes))
        entry = row.entry
        if entry is None or entry.size is None:
            return self.tr("size unknown")
        download = self.tr("{0} download").format(format_size(entry.size))
        if entry.installed_size is None:
            return download
        return self.tr("{0}, {1} on disk").format(download, format_size(entry.installed_size))

    def _state_text(self, state: RowState) -> str:
        return {
            RowState.NOT_INSTALLED: self.tr("Not installed"),
            RowState.DOWNLOADING: self.tr("Connecting…"),
            RowState.INSTALLED: self.tr("Installed"),
            RowState.BUNDLED: self.tr("Bundled"),
        }[state]

    # ---- actions -----------------------------------------------------------------------------
    def perform(self, model_id: str, action: RowAction) -> None:
        row = self.rows[self.row_of(model_id)]
        if action is RowAction.CANCEL:
            self.tasks[model_id].cancel.set()
        elif action in (RowAction.DOWNLOAD, RowAction.DOWNLOAD_FROM_URL) and row.entry is not None:
            url = row.entry.url or self._ask_url(row.entry)
            if url:
                self.start_download(row.entry, url)
        elif action is RowAction.USE:
            self.use_requested.emit(model_id)
        elif action is RowAction.RENAME and row.installed is not None:
            self.rename_dialog(row.installed)
        elif action is RowAction.SHOW_FOLDER and row.installed is not None:
            self.open_folder(row.installed.path)
        elif action is RowAction.REMOVE and row.installed is not None:
            self._remove(row.installed)

    def _ask_url(self, entry: CatalogEntry) -> str:
        url, ok = QInputDialog.getText(
            self, entry.name_in(current_language()), self.tr("Address of the model archive (.tar.bz2):")
        )
        return url.strip() if ok else ""

    def start_download(self, entry: CatalogEntry, url: str) -> DownloadTask:
        label = download_label(entry, entry.id, url)
        task = DownloadTask(entry.id, url, entry.sha256, entry.size if url == entry.url else None, label)
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self.tasks[entry.id] = task
        self._fill(self.row_of(entry.id), self.rows[self.row_of(entry.id)], current_language())
        QThreadPool.globalInstance().start(task)
        return task

    def _on_progress(self, model_id: str, done: int, total: int, speed: float) -> None:
        if total:
            self.progress_bar(model_id).setValue(round(100 * done / total))
        size = f"{format_size(done)} / {format_size(total)}" if total else format_size(done)
        self.table.item(self.row_of(model_id), Column.STATE).setText(
            self.tr("{0}, {1}/s").format(size, format_size(round(speed)))
        )

    def _on_finished(self, model_id: str, folder: str) -> None:
        self.tasks.pop(model_id, None)
        self.refresh()
        self.models_changed.emit()

    def _on_failed(self, model_id: str, message: str) -> None:
        self.tasks.pop(model_id, None)
        self.refresh()
        self.table.item(self.row_of(model_id), Column.STATE).setText(self.tr("Failed (try again to resume)"))
        show_error(self, message)

    def _on_cancelled(self, model_id: str) -> None:
        self.tasks.pop(model_id, None)
        self.refresh()
        self.table.item(self.row_of(model_id), Column.STATE).setText(self.tr("Cancelled (Download resumes)"))

    def _remove(self, model: InstalledModel) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove model"),
            self.tr("Remove “{0}” and delete its folder ({1})?").format(model.name, format_size(model.size_bytes)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove(model.id)
        except (ValueError, OSError) as err:
            show_exception(self, err)
        self.refresh()
        self.models_changed.emit()

    def rename_dialog(self, model: InstalledModel) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename model"), self.tr("New name:"), text=model.name)
        if ok:
            self.rename_to(model.id, name)

    def rename_to(self, model_id: str, name: str) -> None:
        try:
            rename(model_id, name)
        except ValueError as err:  # an empty name, a name in use, a folder that went away
            show_exception(self, err)
            return
        self.refresh()
        self.models_changed.emit()

    def import_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a model folder"))
        if not folder:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Import a model folder"), self.tr("Name of the model:"), text=Path(folder).name
        )
        if ok:
            self.import_from(Path(folder), name)

    def import_from(self, folder: Path, name: str | None = None) -> None:
        try:
            import_folder(folder, name)
        except ValueError as err:  # ModelFolderError included: says which file or key is wrong
            show_exception(self, err)
            return
        self.refresh()
        self.models_changed.emit()

    def done(self, result: int) -> None:
        for task in self.tasks.values():
            task.cancel.set()
        super().done(result)
