"""With the UI in 繁體中文, every window and dialog the app opens shows no English word but
proper names: the sweep walks every child widget of each window, so new widgets are covered
without being listed here."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDropEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from tingxie.core.paths import SAMPLES_DIR

# Names and units that stay as they are in a Traditional-Chinese UI.
PROPER_NAMES = {
    "tingxie", "sensevoice", "sensevoicesmall", "sherpa", "onnx", "funasr", "qt", "pyside", "python", "pytorch", "torch",
    "srt", "vtt", "txt", "json", "tsv", "int", "fp", "mb", "gb", "kb", "url", "cpu", "gpu", "itn", "vad", "silero",
    "opencc", "ffmpeg", "pyav", "cmvn", "github", "pip", "espeak", "ng", "huggingface", "modelscope", "ctrl", "shift",
    "alt", "esc", "del", "ok", "hz", "khz", "wav", "mp", "flac", "ogg", "m4a", "bpe", "sentencepiece", "apache",
    "mit", "bsd", "gpl", "lgpl", "mozilla", "pulseaudio", "alsa", "portaudio", "tar", "bz", "gz", "zip", "pt",
    "yaml", "ray", "eoc", "whisper", "buzz", "handy", "iso", "utf", "ascii", "cc", "pyannote",
    # keys by the names printed on them
    "enter", "space", "insert", "tab", "home", "end", "backspace", "pause", "menu",
    # units; the file dialog's sizes follow the system locale (Qt's QFileSystemModel), and even
    # zh_TW's CLDR data writes "16 byte"
    "byte", "bytes", "kib", "mib", "gib",
}
PROPER_PHRASES = ("Common Voice", "Silero VAD", "3D-Speaker CAM++", "segmentation-3.0")
WORD = re.compile(r"[A-Za-z]+")
PATHLIKE = re.compile(r"(?:https?://\S+|\S*[/\\]\S*|\S+\.[A-Za-z0-9]{1,6}\b)")  # addresses, paths, file names


class Sweep:
    """Every visible string of the windows it is shown, with where it was seen."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def add(self, where: str, text: str | None) -> None:
        if text and text.strip():
            self.seen.append((where, text))

    def english(self, known: list[str]) -> list[tuple[str, str, list[str]]]:
        """What is left of each string once the names this test made or found are taken out."""
        found = []
        known = sorted({k for k in known if k}, key=len, reverse=True)
        for where, text in self.seen:
            rest = plain(text)
            for name in known:
                rest = rest.replace(name, " ")
            rest = PATHLIKE.sub(" ", rest)
            for phrase in PROPER_PHRASES:
                rest = rest.replace(phrase, " ")
            words = [w for w in WORD.findall(rest) if w.lower() not in PROPER_NAMES and len(w) > 1]
            if words:
                found.append((where, text, words))
        return found

    # ---- walking widgets ------------------------------------------------------------------
    def window(self, top: QWidget, label: str) -> None:
        """A top-level window or dialog: its title and every child widget a user can see."""
        self.add(f"{label} title", top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if widget is top or widget.isVisibleTo(top):
                self.widget(widget, f"{label}/{type(widget).__name__}:{widget.objectName()}")

    def widget(self, w: QWidget, where: str) -> None:
        self.add(f"{where} tooltip", w.toolTip())
        for action in w.actions():
            self.action(action, where)
        if isinstance(w, QLabel):
            self.add(where, w.text())
        elif isinstance(w, QAbstractButton):
            self.add(where, w.text())
        elif isinstance(w, QGroupBox):
            self.add(where, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                self.add(f"{where} tab {i}", w.tabText(i))
                self.add(f"{where} tab {i} tooltip", w.tabToolTip(i))
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                self.action(action, where)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                self.add(f"{where} item {i}", w.itemText(i))
            if w.isEditable():
                self.add(f"{where} placeholder", w.lineEdit().placeholderText())
        elif isinstance(w, QLineEdit):
            self.add(f"{where} placeholder", w.placeholderText())
            self.add(where, w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            self.add(f"{where} placeholder", w.placeholderText())
            self.add(where, w.toPlainText())
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            self.add(where, w.text())
        elif isinstance(w, QKeySequenceEdit):
            self.add(where, w.keySequence().toString(QKeySequence.SequenceFormat.NativeText))
        elif isinstance(w, QAbstractSpinBox):
            self.add(where, w.text() if not isinstance(w, QSpinBox) else f"{w.prefix()} {w.suffix()} {w.specialValueText()}")
        elif isinstance(w, QStatusBar):
            self.add(where, w.currentMessage())
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            self.item_view(w, where)
        if isinstance(w, QWizard):
            for button in ("BackButton", "NextButton", "CommitButton", "FinishButton", "CancelButton", "HelpButton"):
                self.add(f"{where} {button}", w.buttonText(getattr(QWizard.WizardButton, button)))
            for page_id in w.pageIds():
                page = w.page(page_id)
                self.add(f"{where} page {page_id} title", page.title())
                self.add(f"{where} page {page_id} subtitle", page.subTitle())
                for child in page.findChildren(QWidget):
                    if child.isVisibleTo(page):
                        self.widget(child, f"{where}/page {page_id}/{type(child).__name__}:{child.objectName()}")

    def action(self, action, where: str) -> None:
        if action.isSeparator() or not action.isVisible():
            return
        self.add(f"{where} action", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            self.add(f"{where} action tooltip", action.toolTip())
        self.add(f"{where} action status tip", action.statusTip())
        if action.menu() is not None:
            self.menu(action.menu(), f"{where}>{action.text()}")

    def menu(self, menu: QMenu, where: str) -> None:
        self.add(f"{where} title", menu.title())
        for action in menu.actions():
            self.action(action, where)

    def item_view(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()), (Qt.Orientation.Vertical, model.rowCount())):
            header = getattr(view, "horizontalHeader" if orientation == Qt.Orientation.Horizontal else "verticalHeader", None)
            if header is not None and header().isVisibleTo(view):
                for section in range(count):
                    self.add(f"{where} header {section}", str(model.headerData(section, orientation) or ""))
        for row in range(min(model.rowCount(view.rootIndex()), 200)):
            for column in range(model.columnCount(view.rootIndex())):
                index = model.index(row, column, view.rootIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        self.add(f"{where} cell {row},{column}", value)
                widget = view.indexWidget(index)  # buttons and bars placed in cells
                if widget is not None:
                    self.widget(widget, f"{where} cell {row},{column} widget")
                    for child in widget.findChildren(QWidget):
                        self.widget(child, f"{where} cell {row},{column} widget")


def plain(text: str) -> str:
    """Rich text as the user reads it; '&' shortcut marks dropped."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def report(found: list[tuple[str, str, list[str]]]) -> str:
    return "English left in the 繁體中文 UI:\n" + "\n".join(f"  {where}: {text!r} -> {words}" for where, text, words in found)


def truncated_wav(path: Path) -> Path:
    """A WAV cut off inside its header, as a copy that did not finish leaves it."""
    path.write_bytes(b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt ")
    return path


def drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def in_modal(qtbot, open_it, inspect) -> None:
    """Run a call that opens a modal dialog and waits (QFileDialog.getOpenFileNames and the
    like): inspect the dialog while it is open, then close it."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen.append(dialog)
        try:
            inspect(dialog)
        finally:
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(50, look)
    open_it()
    assert seen, "no modal dialog opened"


@pytest.fixture
def zh_tw(app_dirs):
    from tingxie.gui.i18n import install_translator
    from tingxie.gui.settings import qsettings

    store = qsettings()
    store.setValue("ui_language", "zh_TW")
    store.sync()
    yield app_dirs
    install_translator("en")  # the next test starts in English, as app_dirs promises


def zh_window(qtbot):
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.ui_language == "zh_TW"
    return window


def known_names(window, tmp_path: Path) -> list[str]:
    """Data shown as it is: model ids, device names, the files and folders of this test, each
    UI language in its own name (the switch back to English says "English"), and the Export
    wizard's default model id."""
    from tingxie.core.dictation import DictationError, input_devices
    from tingxie.gui.export_wizard import ExportWizard
    from tingxie.gui.i18n import UI_LANGUAGES

    names = [window.model_picker.itemData(i).id for i in range(window.model_picker.count())]
    try:
        names += [d.name for d in input_devices()]
    except DictationError:
        pass
    names += [p.name for p in tmp_path.iterdir()] + list(UI_LANGUAGES.values())
    wizard = ExportWizard("python")
    names.append(wizard.findChild(QLineEdit, "modelName").text())
    wizard.deleteLater()
    return names + [str(tmp_path), tmp_path.name, Path.home().name, str(Path.home())]


def trigger_every_menu_action(qtbot, window, sweep: Sweep, folder: Path) -> int:
    """Each menu action in turn (but Quit, known by its QuitRole, and the language switches):
    whatever window or dialog it opens, modal or not, is swept and closed. New menu entries are
    covered by themselves. File dialogs are shown `folder` (names of this test's making), not
    whatever the working directory holds."""
    triggered = 0

    def actions(menu: QMenu):
        for action in menu.actions():
            if action.menu() is not None:
                yield from actions(action.menu())
            elif not action.isSeparator() and not action.isCheckable() and action.menuRole() != QAction.MenuRole.QuitRole:
                yield action

    for action in [a for top in window.menuBar().actions() for a in actions(top.menu())]:
        before = set(QApplication.topLevelWidgets())
        def look(where: str = action.text(), tries: int = 0) -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                if tries < 10:
                    QTimer.singleShot(50, lambda: look(where, tries + 1))
                return
            if isinstance(modal, QFileDialog):
                modal.setDirectory(str(folder))
            qtbot.wait(300)
            sweep.window(modal, f"opened by {where}")
            modal.reject() if isinstance(modal, QDialog) else modal.close()

        QTimer.singleShot(50, look)
        action.trigger()
        qtbot.wait(600)
        for top in set(QApplication.topLevelWidgets()) - before:
            if top.isVisible():
                sweep.window(top, f"opened by {action.text()}")
                top.close()
        assert window.isVisible(), f"{action.text()!r} closed the main window: give a Quit action QAction.MenuRole.QuitRole"
        triggered += 1
    return triggered


def test_every_window_and_dialog_is_in_traditional_chinese(zh_tw, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from tingxie.core.model_store import recordings_dir

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)  # no file manager here
    earlier = set(QApplication.topLevelWidgets())  # left by other tests in this process, in English

    # a leftover dictation, so the recovery question is asked at start-up
    leftover = recordings_dir() / "dictation-20260101-120000.wav"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes((SAMPLES_DIR / "demo-3.wav").read_bytes())
    window = zh_window(qtbot)
    sweep = Sweep()
    from tingxie.gui.qt_gaps import qt_gap_texts

    assert all(re.search("[\u4e00-\u9fff]", text) for text in qt_gap_texts()), qt_gap_texts()  # Qt's gaps, filled

    recovery = window.findChild(QMessageBox, "recoverDictation")
    assert recovery is not None
    sweep.window(recovery, "recovery question")
    recovery.reject()

    # the main window, each tab in turn, every menu
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        sweep.window(window, f"main window, tab {i}")
    for action in window.menuBar().actions():
        sweep.menu(action.menu(), f"menu {action.text()}")
    for top in QApplication.topLevelWidgets():  # whatever else is up at start-up (notices, a tray, ...)
        if top.isVisible() and top is not window and top not in earlier:
            sweep.window(top, f"at start-up: {type(top).__name__}")
    assert trigger_every_menu_action(qtbot, window, sweep, tmp_path) >= 6

    # the dialogs of the Tools and Help menus
    for label, dialog in (("settings", window.open_settings()), ("model manager", window.open_model_manager()),
                          ("about", window.open_about()), ("export wizard", window.open_export_wizard())):
        qtbot.waitUntil(dialog.isVisible)
        sweep.window(dialog, label)
        dialog.reject()

    # a core error reaching the queue and the batch summary: two bad files and a good one
    bad = [truncated_wav(tmp_path / "cut-short.wav"), tmp_path / "empty.mp3"]
    bad[1].write_bytes(b"")
    drop(window, [*bad, SAMPLES_DIR / "demo-1.wav"])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "failureSummary") is not None, timeout=60_000)
    summary = window.findChild(QMessageBox, "failureSummary")
    window.tabs.setCurrentIndex(0)
    sweep.window(window, "main window after the batch")
    sweep.window(summary, "failure summary")
    summary.close()

    # a plain error dialog and a question with Qt's standard buttons, as QMessageBox gives them
    from tingxie.gui.error_dialog import show_exception

    try:
        from tingxie.core.audio import probe

        probe(bad[0])
    except ValueError as err:
        error = show_exception(window, err)
    sweep.window(error, "error dialog")
    error.close()
    question = QMessageBox(QMessageBox.Icon.Question, window.windowTitle(), "？", parent=window)
    question.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Save
    )
    question.open()
    sweep.window(question, "question")
    question.close()

    # Qt's own file dialog, opened the way the app opens it (Add files…), in a folder of ours
    (tmp_path / "a folder").mkdir()
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # set with the language

    def inspect_file_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog) and dialog.findChildren(QAbstractItemView)  # Qt's own, with its widgets
        dialog.setDirectory(str(tmp_path))
        qtbot.wait(500)  # the file system model fills in on its own thread
        sweep.window(dialog, "file dialog")

    in_modal(qtbot, window.files.add_files_dialog, inspect_file_dialog)
    in_modal(qtbot, window.files.add_folder_dialog, inspect_file_dialog)
    in_modal(qtbot, lambda: QFileDialog.getSaveFileName(window, "？", str(tmp_path / "逐字稿.srt")), inspect_file_dialog)

    # the context menus of the text fields (Qt's own Undo / Cut / Copy / Paste / Select All)
    fields = [w for w in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)]
    assert fields
    for field in fields:
        menu = field.createStandardContextMenu()
        sweep.menu(menu, f"context menu of {type(field).__name__}:{field.objectName()}")
        menu.deleteLater()

    window.close()
    found = sweep.english(known_names(window, tmp_path) + [leftover.name])
    print(f"sweep: {len(sweep.seen)} strings seen, {len(found)} with English")
    assert len(sweep.seen) > 300, "the sweep saw too little to mean anything"
    assert not found, report(found)


def test_a_broken_file_fails_in_chinese_in_the_queue_and_the_summary(zh_tw, qtbot, tmp_path):
    """core's AudioError, raised on the worker thread, reaches the row and the summary in 中文;
    FFmpeg's own words (no translation has them) wait under Details, after the file they concern."""
    from tingxie.gui.queue_table import JobState

    window = zh_window(qtbot)
    broken = truncated_wav(tmp_path / "broken.wav")
    drop(window, [broken])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.FAILED, timeout=30_000)
    reason = window.queue.item(0, 4).text()
    assert reason == "broken.wav：不是聽寫能讀取的音訊或影片檔。"
    summary = window.findChild(QMessageBox, "failureSummary")
    assert summary.text() == f"1 個檔案中有 1 個失敗。\n{broken}: {reason}"
    assert {b.text() for b in summary.buttons()} >= {"複製詳細資訊", "重試失敗的檔案"}
    details = summary.detailedText().splitlines()
    assert details[0] == f"{broken}: {reason}"
    assert details[1] == f"{broken}:" and len(details) == 3 and details[2]  # the path, then FFmpeg's words
    window.close()


def test_the_export_childs_error_reaches_the_wizard_in_chinese(qtbot, tmp_path):
    """The training tools run in another process; their error event carries the template and
    fields, so the Export wizard says in 中文 what the CLI says in English."""
    import subprocess
    import sys

    from tingxie.gui.export_wizard import error_event_text
    from tingxie.gui.i18n import install_translator
    from tingxie.training_tools.progress import Event, parse_event

    checkpoint = tmp_path / "checkpoint"
    checkpoint.mkdir()
    (checkpoint / "model.pt").write_bytes(b"")
    child = subprocess.run(
        [sys.executable, "-m", "tingxie.training_tools", "export", "--checkpoint", str(checkpoint),
         "--output-dir", str(tmp_path / "out"), "--progress", "json"],
        capture_output=True, text=True, timeout=120,
    )
    events = [e for e in map(parse_event, child.stdout.splitlines()) if e]
    error = next(e for e in events if e["event"] == Event.ERROR.value)
    assert error["message"].startswith(f"{checkpoint} is not a complete SenseVoice checkpoint: missing config.yaml")
    try:
        install_translator("zh_TW")
        text = error_event_text(error)
    finally:
        install_translator("en")
    missing = "config.yaml, am.mvn, *.bpe.model (SentencePiece)"
    assert text.startswith(f"{checkpoint} 不是完整的 SenseVoice 檢查點：缺少 {missing}。"), text
    assert error_event_text(error) == error["message"]
