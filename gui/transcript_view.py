"""A finished transcript: segment times, text, and SenseVoice's emotion / event labels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tingxie.core.transcript import Transcript
from tingxie.core.vocabulary import EMOTIONS, EVENTS, FORMATS, tag
from tingxie.core.writers import write_transcript
from tingxie.gui.playback import play_span
from tingxie.gui.speaker_column import ask_rename, fill_speaker_column

# SenseVoice's tags shown as small labels; neutral speech, plain speech and unknowns show nothing.
_EMOJI = dict(
    HAPPY="😊", SAD="😢", ANGRY="😠", FEARFUL="😨", DISGUSTED="🤢", SURPRISED="😮",
    BGM="🎵", Laughter="😀", Applause="👏", Cry="😭", Sneeze="🤧", Cough="😷", Breath="💨",
)
EMOTION_LABELS = {tag(e): _EMOJI[e] for e in EMOTIONS if e in _EMOJI}
EVENT_LABELS = {tag(e): _EMOJI[e] for e in EVENTS if e in _EMOJI}


def tag_label(emotion: str, event: str) -> str:
    return " ".join(x for x in (EMOTION_LABELS.get(emotion, ""), EVENT_LABELS.get(event, "")) if x)


def clock(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes):02d}:{secs:05.2f}"


class TranscriptView(QWidget):
    exported = Signal(list)  # paths written
    message = Signal(str)  # for the status bar
    transcript_changed = Signal(object)  # the Transcript, after a speaker was renamed
    SPEAKER_COLUMN = 3

    def __init__(self) -> None:
        super().__init__()
        self.transcript: Transcript | None = None
        self.export_dir: Callable[[], Path | None] = lambda: None  # the settings' export folder
        self.title = QLabel(self.tr("No transcript yet: drop audio or video files on the window."))
        self.title.setObjectName("transcriptTitle")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("transcriptTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Text"), "", self.tr("Speaker")])
        self.table.setColumnHidden(self.SPEAKER_COLUMN, True)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.cellClicked.connect(self._on_cell_clicked)
        buttons = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(self.tr("Export {0}").format(fmt.upper()))
            button.setObjectName(f"export_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_transcript(self, transcript: Transcript) -> None:
        self.transcript = transcript
        self.title.setText(Path(transcript.source).name)
        self.table.setRowCount(0)
        for segment in transcript.segments:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = QTableWidgetItem(f"▶ {clock(segment.start)} – {clock(segment.end)}")
            when.setToolTip(self.tr("Click to play this part"))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(segment.text))
            label = QTableWidgetItem(tag_label(segment.emotion, segment.event))
            label.setToolTip(" ".join(t for t in (segment.lang, segment.emotion, segment.event) if t))
            self.table.setItem(row, 2, label)
        fill_speaker_column(self.table, self.SPEAKER_COLUMN, transcript)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _on_cell_clicked(self, row: int, column: int) -> None:
        if column == 0:
            self.play_segment(row)

    def _on_cell_double_clicked(self, row: int, column: int) -> None:
        if column == self.SPEAKER_COLUMN:
            self.rename_speaker(row)

    def rename_speaker(self, row: int) -> None:
        """Rename the speaker of this row in every row and every export, once."""
        if self.transcript is not None and ask_rename(self, self.transcript, self.transcript.segments[row].speaker):
            fill_speaker_column(self.table, self.SPEAKER_COLUMN, self.transcript)
            self.transcript_changed.emit(self.transcript)

    def play_segment(self, row: int) -> None:
        segment = self.transcript.segments[row]
        self.message.emit(self.tr("Playing {0}–{1}").format(clock(segment.start), clock(segment.end)))
        play_span(
            Path(self.transcript.source), segment.start, segment.end,
            lambda err: self.message.emit(self.tr("Cannot play audio: {0}").format(err)),
        )

    def texts(self) -> list[str]:
        return [self.table.item(r, 1).text() for r in range(self.table.rowCount())]

    def export(self, fmt: str) -> list[Path]:
        if self.transcript is None:
            return []
        source = Path(self.transcript.source)
        folder = self.export_dir() or source.parent
        suggested = str(folder / f"{source.stem}.{fmt}")
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export {0}").format(fmt.upper()), suggested, f"{fmt.upper()} (*.{fmt})"
        )
        if not filename:
            return []
        target = Path(filename)
        written = write_transcript(self.transcript, [fmt], target.parent, target.stem)
        self.exported.emit(written)
        return written
