"""The subtitle limits of the Settings dialog: one widget per SubtitleOptions field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox

from tingxie.core.vocabulary import SUBTITLE_STYLES
from tingxie.gui.i18n import QT_TRANSLATE_NOOP
from tingxie.gui.settings import AppSettings

STYLE_NAMES = {
    "standard": QT_TRANSLATE_NOOP("SubtitleSettings", "Standard (punctuation kept)"),
    "broadcast": QT_TRANSLATE_NOOP("SubtitleSettings", "Taiwan broadcast (，and 。 as spaces)"),
}
assert set(STYLE_NAMES) == set(SUBTITLE_STYLES)


class SubtitleSettings(QGroupBox):
    def __init__(self, settings: AppSettings) -> None:
        super().__init__(self.tr("Subtitles (SRT, VTT)"))
        self.style_box = QComboBox()
        self.style_box.setObjectName("subtitleStyle")
        for style in SUBTITLE_STYLES:
            self.style_box.addItem(self.tr(STYLE_NAMES[style]), style)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(settings.subtitle_style)))
        self.line_chars = _ints(1, 80, settings.max_line_chars, "maxLineChars")
        self.lines = _ints(1, 5, settings.max_lines, "maxLines")
        self.min_duration = _seconds(0.1, 10.0, settings.min_duration, "minDuration")
        self.max_duration = _seconds(0.5, 30.0, settings.max_duration, "maxDuration")
        self.cps = _seconds(1.0, 40.0, settings.max_cps, "maxCps")
        self.gap = _seconds(0.0, 2.0, settings.min_gap, "minGap")
        self._settings = settings
        self._seconds = dict(min_duration=self.min_duration, max_duration=self.max_duration, max_cps=self.cps, min_gap=self.gap)
        form = QFormLayout(self)
        form.addRow(self.tr("Style"), self.style_box)
        form.addRow(self.tr("Characters per line"), self.line_chars)
        form.addRow(self.tr("Lines per subtitle"), self.lines)
        form.addRow(self.tr("Shortest subtitle (s)"), self.min_duration)
        form.addRow(self.tr("Longest subtitle (s)"), self.max_duration)
        form.addRow(self.tr("Characters per second"), self.cps)
        form.addRow(self.tr("Gap between subtitles (s)"), self.gap)

    def values(self) -> dict:
        """AppSettings fields, by name; a contradiction (shortest > longest) is refused on load.
        A seconds box left as it was gives back the exact value it was shown (5/6 s, not 0.833)."""
        seconds = {name: _unrounded(box, getattr(self._settings, name)) for name, box in self._seconds.items()}
        return dict(
            subtitle_style=self.style_box.currentData(), max_line_chars=self.line_chars.value(), max_lines=self.lines.value(),
            **seconds,
        )


def _ints(low: int, high: int, value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(value)
    return box


def _seconds(low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(3)
    box.setSingleStep(0.1)
    box.setRange(low, high)
    box.setValue(value)
    return box


def _unrounded(box: QDoubleSpinBox, shown: float) -> float:
    return shown if round(shown, box.decimals()) == round(box.value(), box.decimals()) else box.value()
