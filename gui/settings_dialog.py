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
    QLineEdit,
    QSpinBox,
    QWidget,
)

from tingxie.core.vocabulary import CONVERSIONS, LANGUAGES, PRECISIONS, THREADS_MAX, THREADS_MIN
from tingxie.gui.i18n import QT_TRANSLATE_NOOP
from tingxie.gui.settings import AppSettings
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
        self.output_dir = QLineEdit(settings.output_dir)
        self.push_to_talk = QKeySequenceEdit(QKeySequence(settings.push_to_talk_key))
        self.push_to_talk.setMaximumSequenceLength(1)
        self.beside = QCheckBox(self.tr("Write SRT and TXT beside each source file automatically"))
        self.beside.setChecked(settings.write_beside_source)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.itn)
        form.addRow(self.tr("Chinese conversion"), self.convert)
        form.addRow("", self.fullwidth)
        form.addRow(self.tr("Replacement rules"), browse_row(self.rules, self._pick_rules))
        form.addRow(self.tr("Threads"), self.threads)
        form.addRow(self.tr("Model precision"), self.precision)
        form.addRow(self.tr("Export folder"), browse_row(self.output_dir, self._pick_output))
        form.addRow("", self.beside)
        form.addRow(self.tr("Push-to-talk key"), self.push_to_talk)
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
            output_dir=self.output_dir.text().strip(),
            write_beside_source=self.beside.isChecked(),
            push_to_talk_key=self.push_to_talk.keySequence().toString() or "Space",
        )

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
