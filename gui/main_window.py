"""The main window: model picker, file queue with drag and drop, transcript view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from tingxie.core.catalog import load_catalog
from tingxie.core.dictation import leftover_recordings, set_aside_for_recovery
from tingxie.core.history import History
from tingxie.core.jobs import JobOutputs, JobResult, JobRunner
from tingxie.core.model_store import InstalledModel, history_path, list_installed, recordings_dir
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.textproc import converter
from tingxie.core.transcript import Transcript
from tingxie.gui.about_dialog import AboutDialog
from tingxie.gui.dictation_panel import DictationPanel
from tingxie.gui.error_dialog import show_error, show_exception
from tingxie.gui.export_wizard import ExportWizard
from tingxie.gui.files_tab import FilesTab
from tingxie.gui.history_panel import HistoryPanel
from tingxie.gui.i18n import UI_LANGUAGES, install_translator
from tingxie.gui.icon import app_icon
from tingxie.gui.logs import log_dir, setup_logging
from tingxie.gui.model_manager import ModelManager
from tingxie.gui.settings import AppSettings, load_settings, qsettings, save_settings, set_aside_damaged_settings
from tingxie.gui.settings_dialog import SettingsDialog
from tingxie.gui.welcome_panel import WelcomePanel
from tingxie.training_tools.external import default_python

WINDOW_GEOMETRY_KEY, LAST_TAB_KEY = "window/geometry", "window/last_tab"  # layout, kept apart from AppSettings


class MainWindow(QMainWindow):
    history_panel: HistoryPanel
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Tingxie 聽寫"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(960, 640)
        setup_logging()
        damaged_settings = set_aside_damaged_settings()
        self.settings = load_settings()
        self.ui_language = install_translator(self.settings.ui_language)
        warm_up(self.settings.convert)
        self.history = History(history_path())
        self._startup_notices = self._damage_notices(damaged_settings, self.history.moved_aside)
        self.dictation_jobs = JobRunner(JobOutputs(history=history_path()))
        self._build_ui()
        self._build_menus()
        self.reload_models()
        self._restore_layout()
        for notice in self._startup_notices:
            show_error(self, notice)
        self.offer_recovery()

    # ---- layout -------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.currentIndexChanged.connect(self._on_model_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Model")))
        top.addWidget(self.model_picker, 1)
        self.files = FilesTab(self._file_job_settings, self)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.files.job_finished.connect(self._on_job_saved)
        self.queue, self.transcript_view = self.files.queue, self.files.transcript_view
        self.dictation = DictationPanel(self._transcribe_options, recordings_dir)
        self.dictation.finished.connect(self._on_dictation_finished)
        self.dictation.set_push_to_talk(self.settings.push_to_talk_key)
        self.transcript_view.export_dir = self._export_dir
        self.history_panel = HistoryPanel(self.history)
        self.history_panel.view.export_dir = self._export_dir
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.files, self.tr("Files"))
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
        file_menu.addAction(self.tr("Add files…"), QKeySequence.StandardKey.Open, self.files.add_files_dialog)
        file_menu.addAction(self.tr("Add folder…"), QKeySequence("Ctrl+Shift+O"), self.files.add_folder_dialog)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)  # macOS moves it to the app menu; the zh_TW sweep skips it
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

    def _damage_notices(self, settings_aside: Path | None, history_aside: Path | None) -> list[str]:
        notices = []
        if settings_aside is not None:
            notices.append(self.tr(
                "Your settings file could not be read, so Tingxie started with its default settings. "
                "The damaged file was kept as {0}."
            ).format(settings_aside))
        if history_aside is not None:
            notices.append(self.tr(
                "The history database could not be read, so a new one was started. The damaged file was kept as {0}."
            ).format(history_aside))
        return notices

    # ---- models -------------------------------------------------------------------------
    def reload_models(self) -> None:
        try:
            catalog = load_catalog()
            models = list_installed(catalog)
        except ValueError as err:
            show_exception(self, err)
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
        if entry is not None and entry.url:
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

    def _transcribe_options(self) -> TranscribeOptions | None:
        model = self.current_model()
        if model is None:
            show_error(self, self.tr("No model is installed. Open the model manager to get one."))
            return None
        return self.settings.transcribe_options(model.model)

    def _file_job_settings(self) -> tuple[TranscribeOptions, JobOutputs] | None:
        options = self._transcribe_options()
        if options is None:
            return None
        formats = tuple(self.settings.auto_formats) if self.settings.write_beside_source else ()
        return options, JobOutputs(formats=formats, history=history_path())

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
            self.files.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> list[int]:
        return self.files.add_paths(paths)

    def offer_recovery(self) -> QMessageBox | None:
        """Dictations left on disk by a crash are offered for transcription, never lost."""
        leftovers = leftover_recordings(recordings_dir())
        if not leftovers:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "{0} dictation recordings from an earlier session were never transcribed (Tingxie was closed "
            "while you spoke). Transcribe them now?"
        ).format(len(leftovers)), parent=self)
        box.setObjectName("recoverDictation")
        transcribe = box.addButton(self.tr("Transcribe"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        transcribe.clicked.connect(lambda: self.add_paths(set_aside_for_recovery(leftovers, recordings_dir())))
        box.open()
        return box

    # ---- finished jobs ----------------------------------------------------------------------
    def _on_job_saved(self, result: JobResult) -> None:
        if result.history_id is not None:
            self.history_panel.add_entry(result.history_id)

    def _on_dictation_finished(self, transcript: Transcript) -> None:
        result = self.dictation_jobs.finish(transcript, "dictation")
        for warning in result.warnings:
            show_error(self, self.files.warning_text(warning))
        if result.history_id is not None:
            Path(transcript.source).unlink(missing_ok=True)  # the words are safe in the history now
        self._on_job_saved(result)

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

    def _restore_layout(self) -> None:
        """Size, position and last tab as the user left them."""
        store = qsettings()
        geometry = store.value(WINDOW_GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.tabs.setCurrentIndex(min(max(0, int(str(store.value(LAST_TAB_KEY, 0)))), self.tabs.count() - 1))

    def _save_layout(self) -> None:
        store = qsettings()
        store.setValue(WINDOW_GEOMETRY_KEY, self.saveGeometry())
        store.setValue(LAST_TAB_KEY, self.tabs.currentIndex())
        store.sync()

    def closeEvent(self, event) -> None:
        self._save_layout()
        self.dictation.stop()
        self.files.stop()
        self.dictation_jobs.close()
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
    mark = " ★ " + QCoreApplication.translate("MainWindow", "recommended") if recommended else ""
    return f"{model.id} — {precision}, {size}{mark}"
