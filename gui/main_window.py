"""The main window: model picker, file queue with drag and drop, transcript view."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QTabWidget,
    QVBoxLayout, QWidget,
)

from tingxie.core.catalog import load_catalog
from tingxie.core.files import expand_paths
from tingxie.core.history import History
from tingxie.core.model_store import InstalledModel, history_path, list_installed, recordings_dir
from tingxie.core.textproc import converter
from tingxie.core.transcript import Transcript
from tingxie.core.writers import write_transcript
from tingxie.gui.about_dialog import AboutDialog
from tingxie.gui.dictation_panel import DictationPanel
from tingxie.gui.error_dialog import show_error
from tingxie.gui.export_wizard import ExportWizard
from tingxie.gui.file_worker import FileWorker, WorkerThread
from tingxie.gui.history_panel import HistoryPanel
from tingxie.gui.i18n import UI_LANGUAGES, install_translator
from tingxie.gui.icon import app_icon
from tingxie.gui.logs import log_dir, setup_logging
from tingxie.gui.model_manager import ModelManager
from tingxie.gui.queue_table import QueueTable
from tingxie.gui.settings import AppSettings, load_settings, save_settings
from tingxie.gui.settings_dialog import SettingsDialog
from tingxie.gui.transcript_view import TranscriptView
from tingxie.gui.welcome_panel import WelcomePanel
from tingxie.training_tools.external import default_python


class MainWindow(QMainWindow):
    submit = Signal(int, str, object)  # job id, path, TranscribeOptions -> FileWorker.run_job

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Tingxie 聽寫"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(960, 640)
        setup_logging()
        self.settings = load_settings()
        self.ui_language = install_translator(self.settings.ui_language)
        warm_up(self.settings.convert)
        self.history = History(history_path())
        self.transcripts: dict[int, Transcript] = {}
        self._job_ids = itertools.count(1)
        self.worker = FileWorker()
        self.thread = WorkerThread(self.worker, self)
        self.submit.connect(self.worker.run_job)
        self.worker.started.connect(self._on_started)
        self.worker.progress.connect(lambda job, f: self.queue.set_progress(job, f))
        self.worker.result.connect(self._on_result)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(lambda job: self.queue.set_state(job, self.tr("Cancelled")))
        self.thread.start()
        self._build_ui()
        self._build_menus()
        self.reload_models()

    # ---- layout -------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.currentIndexChanged.connect(self._on_model_chosen)
        add = QPushButton(self.tr("Add files…"))
        add.setObjectName("addFiles")
        add.clicked.connect(self.add_files_dialog)
        cancel = QPushButton(self.tr("Cancel selected"))
        cancel.setObjectName("cancelSelected")
        cancel.clicked.connect(self.cancel_selected)
        cancel_all = QPushButton(self.tr("Cancel all"))
        cancel_all.setObjectName("cancelAll")
        cancel_all.clicked.connect(self.cancel_all)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Model")))
        top.addWidget(self.model_picker, 1)
        top.addWidget(add)
        top.addWidget(cancel)
        top.addWidget(cancel_all)
        self.queue = QueueTable()
        self.queue.itemSelectionChanged.connect(self._show_selected)
        self.transcript_view = TranscriptView()
        self.transcript_view.exported.connect(
            lambda paths: self.statusBar().showMessage(self.tr("Saved {0}").format(", ".join(map(str, paths))), 8000)
        )
        self.transcript_view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.transcript_view)
        self.dictation = DictationPanel(self._dictation_options, recordings_dir)
        self.dictation.finished.connect(self._on_dictation_finished)
        self.dictation.set_push_to_talk(self.settings.push_to_talk_key)
        self.transcript_view.export_dir = self._export_dir
        self.history_panel = HistoryPanel(self.history)
        self.history_panel.view.export_dir = self._export_dir
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(splitter, self.tr("Files"))
        self.tabs.addTab(self.dictation, self.tr("Dictation"))
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.welcome = WelcomePanel()
        self.welcome.download_recommended.connect(self._welcome_download)
        self.welcome.import_folder.connect(lambda: self.open_model_manager().import_dialog())
        self.welcome.use_demo.connect(self._dismiss_welcome)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.welcome)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Drop audio or video files or folders anywhere on this window."))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("Add files…"), self.add_files_dialog)
        file_menu.addAction(self.tr("Add folder…"), self.add_folder_dialog)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Quit"), self.close)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(self.tr("Model manager…"), self.open_model_manager)
        tools.addAction(self.tr("Export wizard…"), self.open_export_wizard)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        tools.addAction(self.settings_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        languages = view.addMenu(self.tr("Interface language"))
        for code, name in UI_LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.ui_language)
            action.triggered.connect(lambda _=False, c=code: self.choose_ui_language(c))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Open log folder"), self.open_log_folder)
        help_menu.addAction(self.tr("About Tingxie"), self.open_about)

    # ---- models -------------------------------------------------------------------------
    def reload_models(self) -> None:
        try:
            catalog = load_catalog()
            models = list_installed(catalog)
        except ValueError as err:
            show_error(self, str(err))
            return
        recommended = {e.id for e in catalog if e.recommended}
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in models:
            self.model_picker.addItem(describe_model(model, model.id in recommended), model)
        index = next((i for i, m in enumerate(models) if m.id == self.settings.model), 0)
        self.model_picker.setCurrentIndex(index)
        self.model_picker.blockSignals(False)
        only_demo = all(m.bundled for m in models)
        self.welcome.setVisible(only_demo and not self.settings.welcome_dismissed)

    def _welcome_download(self) -> None:
        manager = self.open_model_manager()
        entry = next((e for e in manager.entries if e.recommended and e.url), None)
        if entry is not None:
            manager.start_download(entry, entry.url)

    def _dismiss_welcome(self) -> None:
        self.settings.welcome_dismissed = True
        save_settings(self.settings)
        self.welcome.hide()

    def open_model_manager(self, entries: list | None = None) -> ModelManager:
        manager = ModelManager(entries if entries is not None else load_catalog(), self)
        manager.models_changed.connect(self.reload_models)
        manager.open()
        return manager

    def _dictation_options(self):
        model = self.current_model()
        if model is None:
            show_error(self, self.tr("No model is installed. Open the model manager to get one."))
            return None
        return self.settings.transcribe_options(model.path)

    def open_export_wizard(self) -> ExportWizard:
        wizard = ExportWizard(self.settings.training_python or default_python(), self)
        wizard.model_added.connect(lambda _folder: self.reload_models())
        wizard.finished.connect(lambda _result: self._remember_training_python(wizard.python()))
        wizard.open()
        return wizard

    def _remember_training_python(self, python: str) -> None:
        self.settings.training_python = "" if python == default_python() else python
        save_settings(self.settings)

    def current_model(self) -> InstalledModel | None:
        return self.model_picker.currentData()

    def _on_model_chosen(self, index: int) -> None:
        model = self.model_picker.itemData(index)
        if model is not None:
            self.settings.model = model.id
            save_settings(self.settings)

    # ---- files --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add audio or video files"))
        self.add_paths([Path(f) for f in files])

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> list[int]:
        model = self.current_model()
        if model is None:
            show_error(self, self.tr("No model is installed. Open the model manager to get one."))
            return []
        files = expand_paths(paths)
        if not files:
            self.statusBar().showMessage(self.tr("No audio or video files in what was dropped."), 8000)
            return []
        options = self.settings.transcribe_options(model.path)
        jobs = []
        for path in files:
            job = next(self._job_ids)
            self.worker.cancel_flag(job)  # registered now, so "Cancel all" reaches waiting jobs
            self.queue.add_job(job, path)
            self.submit.emit(job, str(path), options)
            jobs.append(job)
        return jobs

    def cancel_selected(self) -> None:
        for index in self.queue.selectionModel().selectedRows():
            job = self.queue.job_at(index.row())
            if job is not None:
                self.worker.cancel(job)

    def cancel_all(self) -> None:
        self.worker.cancel_all()

    # ---- worker results -----------------------------------------------------------------
    def _on_started(self, job: int, duration: float) -> None:
        self.queue.set_duration(job, duration)
        self.queue.set_state(job, self.tr("Transcribing"))

    def _on_result(self, job: int, transcript: Transcript) -> None:
        self.transcripts[job] = transcript
        self.queue.set_progress(job, 1.0)
        self.queue.set_state(job, self.tr("Done"))
        self.transcript_view.show_transcript(transcript)
        self._save_to_history(transcript, "file")
        if self.settings.write_beside_source:
            self._write_beside(job, transcript)

    def _on_dictation_finished(self, transcript: Transcript) -> None:
        if self._save_to_history(transcript, "dictation"):
            Path(transcript.source).unlink(missing_ok=True)  # the words are safe in the history now

    def _save_to_history(self, transcript: Transcript, kind: str) -> bool:
        try:
            self.history.add(transcript, kind)
        except sqlite3.Error as err:
            show_error(self, self.tr("Could not save to the history: {0}").format(err))
            return False
        self.history_panel.refresh()
        return True

    def _write_beside(self, job: int, transcript: Transcript) -> None:
        source = Path(transcript.source)
        try:
            write_transcript(transcript, self.settings.auto_formats, source.parent, source.stem)
        except OSError as err:
            self._on_failed(job, self.tr("Could not write beside {0}: {1}").format(source.name, err), "")

    def _on_failed(self, job: int, message: str, details: str) -> None:
        self.queue.set_state(job, self.tr("Failed"), message)
        show_error(self, message, details)

    def _show_selected(self) -> None:
        rows = self.queue.selectionModel().selectedRows()
        if rows:
            job = self.queue.job_at(rows[0].row())
            if job in self.transcripts:
                self.transcript_view.show_transcript(self.transcripts[job])

    # ---- settings, help, closing ----------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        save_settings(settings)
        self.dictation.set_push_to_talk(settings.push_to_talk_key)

    def _export_dir(self) -> Path | None:
        return Path(self.settings.output_dir) if self.settings.output_dir else None

    def choose_ui_language(self, code: str) -> None:
        self.settings.ui_language = code
        save_settings(self.settings)
        self.statusBar().showMessage(self.tr("Restart Tingxie to see the new language."), 10000)

    def open_about(self) -> AboutDialog:
        model = self.current_model()
        dialog = AboutDialog(model.id if model else None, self)
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event) -> None:
        self.dictation.stop()
        self.thread.stop()  # cancels running jobs and waits, so nothing is left half-done
        self.history.close()
        super().closeEvent(event)


def warm_up(conversion: str) -> None:
    """Work that holds the GIL for ~0.1 s (PyAV's import, OpenCC's dictionaries) is done at
    start-up, so it never lands on a running worker and stalls the window mid-job."""
    import av  # noqa: F401

    if conversion != "none":
        converter(conversion)


def describe_model(model: InstalledModel, recommended: bool) -> str:
    precision = " + ".join(p.upper() for p in model.precisions)
    size = f"{model.size_bytes / 1e6:.0f} MB"
    mark = " ★ recommended" if recommended else ""
    return f"{model.id} — {precision}, {size}{mark}"
