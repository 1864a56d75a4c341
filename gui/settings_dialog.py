"""Settings a user changes: recognition, Chinese text, output. Stored on OK."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from tingxie.core.hotkey import Hotkey, HotkeyError
from tingxie.core.vocabulary import (
    CONVERSIONS,
    HOTKEY_MODES,
    INSERT_MODES,
    LANGUAGES,
    PRECISIONS,
    RETENTIONS,
    SPEAKERS_AUTO,
    SPEAKERS_MAX,
    THREADS_MAX,
    THREADS_MIN,
)
from tingxie.gui.global_dictation import key_label
from tingxie.gui.i18n import QT_TRANSLATE_NOOP
from tingxie.gui.settings import AppSettings
from tingxie.gui.subtitle_settings import SubtitleSettings
from tingxie.gui.widgets import browse_row

# Both names in the English UI; the 繁體中文 UI drops the English half (fill_zh_TW.py).
LANGUAGE_NAMES = {
    "auto": QT_TRANSLATE_NOOP("SettingsDialog", "自動 Auto"), "zh": QT_TRANSLATE_NOOP("SettingsDialog", "中文 Mandarin"),
    "en": QT_TRANSLATE_NOOP("SettingsDialog", "English"), "yue": QT_TRANSLATE_NOOP("SettingsDialog", "粵語 Cantonese"),
    "ja": "日本語", "ko": "한국어",
}
CONVERSION_NAMES = dict(zip(CONVERSIONS, (
    QT_TRANSLATE_NOOP("SettingsDialog", "不轉換 None"), QT_TRANSLATE_NOOP("SettingsDialog", "繁體 s2tw"),
    QT_TRANSLATE_NOOP("SettingsDialog", "繁體＋台灣用語 s2twp"),
)))
PRECISION_NAMES = {"int8": QT_TRANSLATE_NOOP("SettingsDialog", "INT8 (faster)"), "fp32": "FP32"}
assert set(LANGUAGE_NAMES) == set(LANGUAGES) and set(CONVERSION_NAMES) == set(CONVERSIONS)
assert set(PRECISION_NAMES) == set(PRECISIONS)
# "" (off), "auto", then fixed counts; the names are built in speaker_combo() through tr().
SPEAKER_CHOICES = ("", SPEAKERS_AUTO, *(str(n) for n in range(2, SPEAKERS_MAX + 1)))
HOTKEY_MODE_NAMES = {
    "hold": QT_TRANSLATE_NOOP("SettingsDialog", "Hold to talk"),
    "toggle": QT_TRANSLATE_NOOP("SettingsDialog", "Press to start, press again to stop"),
}
INSERT_MODE_NAMES = {
    "paste": QT_TRANSLATE_NOOP("SettingsDialog", "Paste (Ctrl+V), then restore the clipboard"),
    "shift_insert": QT_TRANSLATE_NOOP("SettingsDialog", "Paste with Shift+Insert (terminals)"),
    "type": QT_TRANSLATE_NOOP("SettingsDialog", "Type the characters"),
}
RETENTION_NAMES = {
    "7d": QT_TRANSLATE_NOOP("SettingsDialog", "7 days"),
    "30d": QT_TRANSLATE_NOOP("SettingsDialog", "30 days"),
    "forever": QT_TRANSLATE_NOOP("SettingsDialog", "Forever"),
    "none": QT_TRANSLATE_NOOP("SettingsDialog", "Don't keep"),
}
assert set(HOTKEY_MODE_NAMES) == set(HOTKEY_MODES) and set(INSERT_MODE_NAMES) == set(INSERT_MODES)
assert set(RETENTION_NAMES) == set(RETENTIONS)
HOTKEY_PRESETS = ("<ctrl_r>", "<alt_r>", "<f8>", "<f9>", "<ctrl>+<alt>+<space>", "<ctrl>+<shift>+h")


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = _combo(LANGUAGES, LANGUAGE_NAMES, settings.language)
        self.itn = QCheckBox(self.tr("Punctuation and number formatting (ITN)"))
        self.itn.setChecked(settings.use_itn)
        self.convert = _combo(CONVERSIONS, CONVERSION_NAMES, settings.convert)
        self.fullwidth = QCheckBox(self.tr("Full-width Chinese punctuation"))
        self.fullwidth.setChecked(settings.fullwidth_punctuation)
        self.rules = QLineEdit(settings.rules_file)
        self.threads = QSpinBox()
        self.threads.setRange(THREADS_MIN, THREADS_MAX)
        self.threads.setValue(settings.threads)
        self.precision = _combo(PRECISIONS, PRECISION_NAMES, settings.precision)
        self.speakers = self._speaker_combo(settings.speakers)
        self.output_dir = QLineEdit(settings.output_dir)
        self.push_to_talk = QKeySequenceEdit(QKeySequence(settings.push_to_talk_key))
        self.push_to_talk.setMaximumSequenceLength(1)
        self.beside = QCheckBox(self.tr("Write SRT and TXT beside each source file automatically"))
        self.beside.setChecked(settings.write_beside_source)
        self.global_dictation = QCheckBox(self.tr("Dictate into any application with a global key"))
        self.global_dictation.setChecked(settings.global_dictation)
        self.hotkey = QComboBox()
        self.hotkey.setObjectName("hotkey")
        self.hotkey.setEditable(True)
        for preset in HOTKEY_PRESETS:
            self.hotkey.addItem(key_label(preset), preset)
        found = self.hotkey.findData(settings.hotkey)
        self.hotkey.setCurrentIndex(found) if found >= 0 else self.hotkey.setEditText(settings.hotkey)
        self.hotkey.setToolTip(self.tr("Choose a key, or write a combination as <ctrl>+<alt>+h."))
        self.hotkey_mode = _combo(HOTKEY_MODES, HOTKEY_MODE_NAMES, settings.hotkey_mode)
        self.insert_mode = _combo(INSERT_MODES, INSERT_MODE_NAMES, settings.insert_mode)
        self.drop_period = QCheckBox(self.tr("Drop the final 。 of a short phrase"))
        self.drop_period.setChecked(settings.drop_final_period)
        self.add_space = QCheckBox(self.tr("Add a space after the text"))
        self.add_space.setChecked(settings.add_space)
        self.keep_in_tray = QCheckBox(self.tr("Closing the window keeps Tingxie in the tray"))
        self.keep_in_tray.setChecked(settings.keep_in_tray)
        self.retention = _combo(RETENTIONS, RETENTION_NAMES, settings.dictation_retention)
        self.hotkey_problem = QLabel("")
        self.hotkey_problem.setObjectName("hotkeyProblem")
        self.hotkey_problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.itn)
        form.addRow(self.tr("Chinese conversion"), self.convert)
        form.addRow("", self.fullwidth)
        form.addRow(self.tr("Replacement rules"), browse_row(self.rules, self._pick_rules))
        form.addRow(self.tr("Threads"), self.threads)
        form.addRow(self.tr("Model precision"), self.precision)
        form.addRow(self.tr("Speaker labels"), self.speakers)
        form.addRow(self.tr("Export folder"), browse_row(self.output_dir, self._pick_output))
        form.addRow("", self.beside)
        form.addRow(self.tr("Push-to-talk key"), self.push_to_talk)
        self.subtitles = SubtitleSettings(settings)
        form.addRow(self.subtitles)
        form.addRow("", self.global_dictation)
        form.addRow(self.tr("Dictation key"), self.hotkey)
        form.addRow("", self.hotkey_problem)
        form.addRow(self.tr("Key acts as"), self.hotkey_mode)
        form.addRow(self.tr("Insert text by"), self.insert_mode)
        form.addRow("", self.drop_period)
        form.addRow("", self.add_space)
        form.addRow("", self.keep_in_tray)
        form.addRow(self.tr("Keep dictations"), self.retention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> AppSettings:
        return replace(
            self._settings,
            language=self.language.currentData(),
            use_itn=self.itn.isChecked(),
            convert=self.convert.currentData(),
            fullwidth_punctuation=self.fullwidth.isChecked(),
            rules_file=self.rules.text().strip(),
            threads=self.threads.value(),
            precision=self.precision.currentData(),
            speakers=self.speakers.currentData(),
            output_dir=self.output_dir.text().strip(),
            write_beside_source=self.beside.isChecked(),
            push_to_talk_key=self.push_to_talk.keySequence().toString() or "Space",
            global_dictation=self.global_dictation.isChecked(),
            hotkey=self.hotkey_spec(),
            hotkey_mode=self.hotkey_mode.currentData(),
            insert_mode=self.insert_mode.currentData(),
            drop_final_period=self.drop_period.isChecked(),
            add_space=self.add_space.isChecked(),
            keep_in_tray=self.keep_in_tray.isChecked(),
            dictation_retention=self.retention.currentData(),
            **self.subtitles.values(),
        )

    def _speaker_combo(self, current: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName("speakers")
        for value in SPEAKER_CHOICES:
            if not value:
                name = self.tr("Off")
            elif value == SPEAKERS_AUTO:
                name = self.tr("Automatic (find how many)")
            else:
                name = self.tr("{0} speakers").format(value)
            box.addItem(name, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def hotkey_spec(self) -> str:
        """A preset's pynput spelling, or what the user wrote."""
        text = self.hotkey.currentText().strip()
        index = self.hotkey.findText(text)
        return self.hotkey.itemData(index) if index >= 0 else text

    def accept(self) -> None:
        """A key combination that cannot be parsed keeps the dialog open and says why."""
        try:
            Hotkey.parse(self.hotkey_spec())
        except HotkeyError as err:
            self.hotkey_problem.setText(str(err))
            return
        super().accept()

    def _pick_rules(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Replacement rules"), "", "Text (*.txt)")
        if path:
            self.rules.setText(path)

    def _pick_output(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export folder"))
        if path:
            self.output_dir.setText(path)


def _combo(values: tuple[str, ...], names: dict[str, str], current: str) -> QComboBox:
    box = QComboBox()
    for value in values:
        box.addItem(QCoreApplication.translate("SettingsDialog", names.get(value, value)), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box
