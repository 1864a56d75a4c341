"""The main window: model picker, file queue with drag and drop, transcript view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.catalog import CatalogEntry, load_catalog
from tingxie.core.dictation import (
    DictationError,
    DictationSession,
    apply_retention,
    keep_recording,
    keeps_dictations,
    leftover_recordings,
    set_aside_for_recovery,
)
from tingxie.core.history import History
from tingxie.core.hotkey import InputSupport
from tingxie.core.jobs import JobOutputs, JobResult, JobRunner
from tingxie.core.model_store import InstalledModel, history_path, list_installed, recordings_dir
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.speakers import initialise_clustering
from tingxie.core.textproc import converter
from tingxie.core.transcript import Transcript
from tingxie.gui.about_dialog import AboutDialog
from tingxie.gui.dictation_panel import DictationPanel
from tingxie.gui.drop_highlight import DropHighlight
from tingxie.gui.error_dialog import show_error, show_exception
from tingxie.gui.export_wizard import ExportWizard
from tingxie.gui.files_tab import FilesTab
from tingxie.gui.global_dictation import GlobalDictation, key_label, support_text
from tingxie.gui.history_panel import HistoryPanel
from tingxie.gui.i18n import UI_LANGUAGES, current_language, install_translator
from tingxie.gui.icon import app_icon
from tingxie.gui.layout_memory import restore_layout, save_layout
from tingxie.gui.logs import log_dir, setup_logging
from tingxie.gui.model_manager import ModelManager, display_name
from tingxie.gui.recent_files import RecentFilesMenu, remember
from tingxie.gui.settings import AppSettings, load_settings, qsettings, save_settings, set_aside_damaged_settings
from tingxie.gui.settings_dialog import SettingsDialog
from tingxie.gui.sizes import format_size
from tingxie.gui.tray import Tray
from tingxie.gui.welcome_panel import WelcomePanel
from tingxie.training_tools.external import default_python


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
        self._quitting = False  # Quit (menu or tray) closes for real; the window's close button may only hide
        self._build_ui()
        self._build_menus()
        self._build_tray()
        self.reload_models()
        restore_layout(self, self.tabs, qsettings())
        for notice in self._startup_notices:
            show_error(self, notice)
        self.offer_recovery()
        self._prune_dictations()
        self.start_global_dictation()

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
        self.files.paths_added.connect(lambda paths: remember(qsettings(), paths))
        self.files.run_finished.connect(self.notify_run_finished)
        self.queue, self.transcript_view = self.files.queue, self.files.transcript_view
        self.dictation = DictationPanel(self._transcribe_options, recordings_dir)
        self.dictation.finished.connect(self._on_dictation_finished)
        self.dictation.set_push_to_talk(self.settings.push_to_talk_key)
        self.transcript_view.export_dir = self._export_dir
        self.transcript_view.subtitle_options = lambda: self.settings.subtitle_options()
        self.history_panel = HistoryPanel(self.history, recordings_dir)
        self.history_panel.view.export_dir = self._export_dir
        for view in (self.transcript_view, self.history_panel.view):
            view.exported.connect(self.offer_output_folder)
        self.open_output = QPushButton(self.tr("Open output folder"))
        self.open_output.setObjectName("openOutputFolder")
        self.open_output.hide()
        self.open_output.clicked.connect(self._open_output_folder)
        self.statusBar().addPermanentWidget(self.open_output)
        self.output_folder: Path | None = None
        self.history_panel.view.subtitle_options = self.transcript_view.subtitle_options
        self.transcript_view.history = self.history
        self.transcript_view.saved.connect(self.history_panel.update_text)
        self.history_panel.view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
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
        self.drop_highlight = DropHighlight(central)
        self.statusBar().showMessage(self.tr("Drop audio or video files or folders anywhere on this window."))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("Add files…"), QKeySequence.StandardKey.Open, self.files.add_files_dialog)
        file_menu.addAction(self.tr("Add folder…"), QKeySequence("Ctrl+Shift+O"), self.files.add_folder_dialog)
        self.recent_menu = RecentFilesMenu(qsettings, self.add_paths, self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Export transcript…"), QKeySequence("Ctrl+E"), self.export_current)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.quit_app)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)  # macOS moves it to the app menu; the zh_TW sweep skips it
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.tr("Find…"), QKeySequence.StandardKey.Find, self.open_find)
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

    def _build_tray(self) -> None:
        self.global_dictation = GlobalDictation(self._transcribe_options, recordings_dir)
        self.global_dictation.utterance_done.connect(self._on_global_utterance)
        self.global_dictation.failed.connect(lambda message, details: show_error(self, message, details))
        self.tray = Tray(self)
        self.global_dictation.state_changed.connect(self.tray.set_state)
        self.tray.toggle_dictation.connect(self._tray_toggle)
        self.tray.show_window.connect(self.show_window)
        self.tray.open_settings.connect(self._settings_from_tray)
        self.tray.quit.connect(self.quit_app)
        if Tray.available():
            self.tray.show()

    def start_global_dictation(self) -> None:
        """(Re)start the global key with the current settings; say what it does, or why it cannot."""
        try:
            support = self.global_dictation.enable(
                self.settings.hotkey_options(), self.settings.insert_options(), self.dictation.device.currentData()
            )
        except DictationError as err:  # no microphone, no XTEST: said where dictation is, no dialog at every start
            self.global_dictation.disable()
            support, problem = None, str(err)
        else:
            problem = ""
        text = problem or support_text(support, self.settings.hotkey_options())
        self.dictation.global_notice.setText(text)
        self.tray.set_hotkey_text(text if support is not InputSupport.READY else self.tr("Dictation key: {0}").format(
            key_label(self.settings.hotkey)))
        if support is InputSupport.WAYLAND:
            self.dictation.auto_copy.setChecked(True)  # the fallback: dictate here, paste yourself

    def _tray_toggle(self) -> None:
        if self.global_dictation.enabled:
            self.global_dictation.toggle()
        else:
            self.show_window()
            self.tabs.setCurrentWidget(self.dictation)
            self.dictation.toggle()

    def _settings_from_tray(self) -> None:
        self.show_window()
        self.open_settings()

    def show_window(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

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
        entries = {e.id: e for e in catalog}
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in models:
            self.model_picker.addItem(describe_model(model, entries.get(model.id)), model)
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
        manager.use_requested.connect(self.use_model)
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
        return options, JobOutputs(formats=formats, history=history_path(), subtitles=self.settings.subtitle_options())

    def open_export_wizard(self) -> ExportWizard:
        wizard = ExportWizard(self.settings.training_python or default_python(), self)
        wizard.model_added.connect(lambda _folder: self.reload_models())
        wizard.finished.connect(lambda _result: self._remember_training_python(wizard.python()))
        wizard.open()
        return wizard

    def _remember_training_python(self, python: str) -> None:
        self.settings.training_python = "" if python == default_python() else python
        save_settings(self.settings)

    def use_model(self, model_id: str) -> None:
        index = next((i for i in range(self.model_picker.count()) if self.model_picker.itemData(i).id == model_id), -1)
        if index >= 0:
            self.model_picker.setCurrentIndex(index)

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
            self.drop_highlight.show_over(self.centralWidget() or self)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_highlight.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_highlight.hide()
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

    # ---- shortcuts ------------------------------------------------------------------------
    def current_view(self):
        """The transcript the user is looking at: History's on the History tab, else the Files tab's."""
        return self.history_panel.view if self.tabs.currentWidget() is self.history_panel else self.transcript_view

    def export_current(self) -> list[Path]:
        """Ctrl+E: the shown transcript, in the first format the user writes automatically."""
        formats = self.settings.auto_formats or ["srt"]
        return self.current_view().export(formats[0])

    def open_find(self) -> None:
        """Ctrl+F: History's search on the History tab, the transcript's Find field elsewhere."""
        if self.tabs.currentWidget() is self.history_panel:
            self.history_panel.search.setFocus()
            self.history_panel.search.selectAll()
        else:
            self.tabs.setCurrentWidget(self.files)
            self.transcript_view.focus_find()

    def offer_output_folder(self, paths: list[Path]) -> None:
        if paths:
            self.output_folder = Path(paths[0]).parent
            self.open_output.show()

    def _open_output_folder(self) -> None:
        if self.output_folder is not None:
            self.open_folder(self.output_folder)

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def notify_run_finished(self, total: int, failed: int) -> None:
        """A notice only when the user is elsewhere: in the window, the queue shows it."""
        if self.isActiveWindow():
            return
        text = self.tr("Transcribed: {0}. Failed: {1}.").format(total - failed, failed)
        self.tray.notify(self.tr("Tingxie: the queue is done"), text)

    # ---- finished jobs ----------------------------------------------------------------------
    def _on_job_saved(self, result: JobResult) -> None:
        if result.history_id is not None:
            self.history_panel.add_entry(result.history_id)

    def _on_dictation_finished(self, transcript: Transcript) -> None:
        self.dictation.status.setText(self._save_dictation(transcript))

    def _on_global_utterance(self, session: DictationSession, text: str) -> None:
        if not session.segments:
            session.recording.unlink(missing_ok=True)  # nothing was said
            return
        message = self._save_dictation(session.transcript())
        self.statusBar().showMessage(self.tr("Dictated: {0}").format(text) + " — " + message, 8000)

    def _save_dictation(self, transcript: Transcript) -> str:
        """Into the history with its recording (moved where the history plays it from), unless
        the settings keep no dictations; returns the status text that says what happened."""
        recording = Path(transcript.source)
        if not keeps_dictations(self.settings.dictation_retention):
            recording.unlink(missing_ok=True)
            return self.tr("Not saved: Settings keep no dictations.")
        kept = keep_recording(recording, recordings_dir())
        transcript.source = str(kept)
        result = self.dictation_jobs.finish(transcript, "dictation")
        for warning in result.warnings:
            show_error(self, self.files.warning_text(warning))
        if result.history_id is None:  # back where the next start offers it for transcription
            kept.replace(recording)
            return self.tr("Not saved to the history; the recording stays at {0}.").format(recording)
        self._on_job_saved(result)
        self._prune_dictations()  # a window left open for weeks keeps to the retention setting too
        return self.tr("Saved to History with its recording.")

    def _prune_dictations(self) -> None:
        removed = apply_retention(self.history, self.settings.dictation_retention, recordings_dir())
        if removed:
            self.history_panel.refresh()

    # ---- settings, help, closing ----------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: AppSettings) -> None:
        previous, self.settings = self.settings, settings
        save_settings(settings)
        self.dictation.set_push_to_talk(settings.push_to_talk_key)
        if previous.hotkey_options() != settings.hotkey_options():
            self.start_global_dictation()
        self.global_dictation.insert_options = settings.insert_options()
        if previous.dictation_retention != settings.dictation_retention:
            self._prune_dictations()

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
        self.open_folder(folder)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()

    def closeEvent(self, event) -> None:
        if self.settings.keep_in_tray and Tray.available() and self.tray.icon.isVisible() and not self._quitting:
            save_layout(self, self.tabs, qsettings())
            self.hide()  # global dictation goes on; Quit in the tray menu ends Tingxie
            self.tray.notify(self.windowTitle(), self.tr("Tingxie keeps running in the tray. Quit it from the tray menu."))
            event.ignore()
            return
        save_layout(self, self.tabs, qsettings())
        self.global_dictation.disable()
        self.tray.hide()
        self.dictation.stop()
        self.files.stop()
        self.dictation_jobs.close()
        self.history.close()
        super().closeEvent(event)


def warm_up(conversion: str) -> None:
    """Work that holds the GIL for ~0.1 s (PyAV's import, OpenCC's dictionaries) is done at
    start-up, so it never lands on a running worker and stalls the window mid-job; and
    sherpa-onnx's clustering is set up on this, the main, thread (see initialise_clustering)."""
    import av  # noqa: F401

    if conversion != "none":
        converter(conversion)
    initialise_clustering()


def describe_model(model: InstalledModel, entry: CatalogEntry | None) -> str:
    precision = " + ".join(p.upper() for p in model.precisions)
    size = format_size(model.size_bytes)
    mark = " ★ " + QCoreApplication.translate("MainWindow", "recommended") if entry and entry.recommended else ""
    return f"{display_name(model, entry, current_language())} — {precision}, {size}{mark}"
