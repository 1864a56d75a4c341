"""A finished transcript to read against the audio, correct, and export.

Each row is a segment: its time, its text (double-click or Enter to correct it; Ctrl+Enter
splits at the cursor), SenseVoice's emotion / event labels. While the audio plays, the character
being spoken is highlighted; clicking a character seeks there; Space plays and pauses. Every
change is an undoable command, saved to the history entry the transcript came from.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tingxie.core import editing
from tingxie.core.history import History
from tingxie.core.subtitles import SubtitleOptions
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.vocabulary import EMOTIONS, EVENTS, FORMATS, PLAYBACK_SPEEDS, tag
from tingxie.core.writers import write_transcript
from tingxie.gui.playback import Player
from tingxie.gui.speaker_column import ask_rename, fill_speaker_column

# SenseVoice's tags shown as small labels; neutral speech, plain speech and unknowns show nothing.
_EMOJI = dict(
    HAPPY="😊", SAD="😢", ANGRY="😠", FEARFUL="😨", DISGUSTED="🤢", SURPRISED="😮",
    BGM="🎵", Laughter="😀", Applause="👏", Cry="😭", Sneeze="🤧", Cough="😷", Breath="💨",
)
EMOTION_LABELS = {tag(e): _EMOJI[e] for e in EMOTIONS if e in _EMOJI}
EVENT_LABELS = {tag(e): _EMOJI[e] for e in EVENTS if e in _EMOJI}
TEXT_COLUMN = 1
KARAOKE = QColor("#ffd54f")  # the character being spoken
MARGIN = 4  # pixels around the text in a cell


def tag_label(emotion: str, event: str) -> str:
    return " ".join(x for x in (EMOTION_LABELS.get(emotion, ""), EVENT_LABELS.get(event, "")) if x)


def clock(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes):02d}:{secs:05.2f}"


class ReplaceSegments(QUndoCommand):
    """segments[row:row+len(old)] become `new` (an edit, a split or a merge); undo puts them back."""

    def __init__(self, view: TranscriptView, row: int, old: list[Segment], new: list[Segment], name: str) -> None:
        super().__init__(name)
        self.view, self.row, self.old, self.new = view, row, old, new

    def redo(self) -> None:
        self.view._replace(self.row, len(self.old), self.new)
        self.view._save()

    def undo(self) -> None:
        self.view._replace(self.row, len(self.new), self.old)
        self.view._save()


class SegmentDelegate(QStyledItemDelegate):
    """Draws a segment's text with the spoken character highlighted, finds the character under
    a click, and edits the text with a line edit whose Ctrl+Enter splits at the cursor."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view.table)
        self.view = view
        self.highlight: tuple[int, int] | None = None  # (row, character)

    def document(self, index: QModelIndex, option: QStyleOptionViewItem) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(MARGIN)
        doc.setPlainText(str(index.data() or ""))
        doc.setTextWidth(max(option.rect.width(), 10))
        if self.highlight and self.highlight[0] == index.row() and not self.view.showing_original:
            cursor = QTextCursor(doc)
            cursor.setPosition(self.highlight[1])
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(KARAOKE)
            cursor.mergeCharFormat(fmt)
        doc.documentLayout().documentSize()  # lays the text out now: char_at reads its lines
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self.document(index, option)
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(self.view.table.columnWidth(TEXT_COLUMN))
        doc = self.document(index, opt)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))

    def char_at(self, index: QModelIndex, point: QPoint) -> int | None:
        """The character under a point of the view's viewport, or None between lines."""
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)
        option.rect = self.view.table.visualRect(index)
        doc = self.document(index, option)
        local = QPointF(point - option.rect.topLeft())
        layout = doc.firstBlock().layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = layout.position().y() + line.y()
            if top <= local.y() < top + line.height():
                x = local.x() - layout.position().x()
                if not line.x() <= x <= line.x() + line.naturalTextWidth():
                    return None
                return line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
        return None

    def createEditor(self, parent, option, index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("segmentEditor")
        editor.cursorPositionChanged.connect(lambda _old, new: self.view._set_cursor(index.row(), new))
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setText(self.view.transcript.segments[index.row()].text)
        row, position = self.view.edit_cursor
        if row == index.row():
            editor.setCursorPosition(position)

    def setModelData(self, editor, model, index) -> None:
        self.view.edit_segment(index.row(), editor.text())

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        ctrl_enter = (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                      and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                      and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        if ctrl_enter and isinstance(editor, QLineEdit):
            row = self.view.table.currentRow()
            text, position = editor.text(), editor.cursorPosition()
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.view.split_segment(row, position, text)
            return True
        return super().eventFilter(editor, event)


class TranscriptView(QWidget):
    exported = Signal(list)  # paths written
    message = Signal(str)  # for the status bar
    saved = Signal(int)  # a history entry whose text (or speaker names) the user changed
    SPEAKER_COLUMN = 3

    def __init__(self) -> None:
        super().__init__()
        self.transcript: Transcript | None = None
        self.history: History | None = None  # where edits are saved, with history_id
        self.history_id: int | None = None
        self.export_dir: Callable[[], Path | None] = lambda: None  # the settings' export folder
        self.subtitle_options: Callable[[], SubtitleOptions] = SubtitleOptions  # the settings' subtitle limits
        self.showing_original = False
        self.edit_cursor: tuple[int, int] = (0, 0)  # (row, character): where a split goes, where Find starts
        self._starts: list[float] = []  # every character's start, in order, for the karaoke lookup
        self._where: list[tuple[int, int]] = []  # (row, character) of each entry of _starts
        self.undo_stack = QUndoStack(self)
        self.player = Player()
        self.player.position_changed.connect(self.follow)
        self.player.playing_changed.connect(self._on_playing_changed)
        self.player.failed.connect(lambda err: self.message.emit(self.tr("Cannot play audio: {0}").format(err)))
        self.title = QLabel(self.tr("No transcript yet: drop audio or video files on the window."))
        self.title.setObjectName("transcriptTitle")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("transcriptTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Text"), "", self.tr("Speaker")])
        self.table.setColumnHidden(self.SPEAKER_COLUMN, True)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.delegate = SegmentDelegate(self)
        self.table.setItemDelegateForColumn(TEXT_COLUMN, self.delegate)
        self.table.cellClicked.connect(self._on_cell_clicked)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.setToolTip(
            self.tr("Double-click or Enter: correct the text. Click a character: play from there. Space: play or pause.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self._build_edit_bar())
        layout.addLayout(self._build_find_bar())
        layout.addWidget(self.table)
        layout.addLayout(self._build_export_bar())
        self._set_enabled(False)

    # ---- layout -------------------------------------------------------------------------
    def _build_edit_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("playButton")
        self.play_button.clicked.connect(self.player.toggle)
        self.speed = QComboBox()
        self.speed.setObjectName("playbackSpeed")
        for speed in PLAYBACK_SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(PLAYBACK_SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda _i: self.player.set_speed(self.speed.currentData()))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.split_action = QAction(self.tr("Split at cursor"), self)
        self.split_action.triggered.connect(lambda: self.split_segment(*self.edit_cursor))
        self.merge_action = QAction(self.tr("Merge with next"), self)
        self.merge_action.triggered.connect(lambda: self.merge_with_next(max(self.table.currentRow(), 0)))
        self.edit_buttons: list[QToolButton] = []
        for action in (self.undo_action, self.redo_action, self.split_action, self.merge_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            self.edit_buttons.append(button)
        self.show_original = QCheckBox(self.tr("Show original"))
        self.show_original.setObjectName("showOriginal")
        self.show_original.setToolTip(self.tr("Show the recognised text of the segments you corrected"))
        self.show_original.toggled.connect(self._on_show_original)
        bar.addWidget(self.play_button)
        bar.addWidget(QLabel(self.tr("Speed")))
        bar.addWidget(self.speed)
        for button in self.edit_buttons:
            bar.addWidget(button)
        bar.addWidget(self.show_original)
        bar.addStretch()
        return bar

    def _build_find_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("findField")
        self.find_field.setPlaceholderText(self.tr("Find…"))
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replaceField")
        self.replace_field.setPlaceholderText(self.tr("Replace with…"))
        self.find_button = QPushButton(self.tr("Find next"))
        self.find_button.clicked.connect(self.find_next)
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.replace_all_button.setObjectName("replaceAll")
        self.replace_all_button.clicked.connect(self.replace_all)
        for widget in (self.find_field, self.find_button, self.replace_field, self.replace_button, self.replace_all_button):
            bar.addWidget(widget)
        return bar

    def _build_export_bar(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(self.tr("Export {0}").format(fmt.upper()))
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        buttons.addStretch()
        return buttons

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.export_buttons.values(), *self.edit_buttons, self.play_button, self.speed,
                       self.show_original, self.find_field, self.replace_field, self.find_button,
                       self.replace_button, self.replace_all_button):
            widget.setEnabled(enabled)

    # ---- showing ------------------------------------------------------------------------
    def show_transcript(self, transcript: Transcript, history_id: int | None = None) -> None:
        """`history_id`: the history entry it was saved as, where edits go (None: not saved)."""
        self.transcript = transcript
        self.history_id = history_id
        self.undo_stack.clear()
        self.edit_cursor = (0, 0)
        self.delegate.highlight = None
        self.title.setText(Path(transcript.source).name)
        self.player.load(Path(transcript.source), transcript.duration)
        self.table.setRowCount(0)
        for row in range(len(transcript.segments)):
            self.table.insertRow(row)
            self._fill(row)
        fill_speaker_column(self.table, self.SPEAKER_COLUMN, transcript)
        self._index_chars()
        self._set_enabled(True)
        self.table.resizeRowsToContents()

    def _fill(self, row: int) -> None:
        segment = self.transcript.segments[row]
        when = QTableWidgetItem(f"▶ {clock(segment.start)} – {clock(segment.end)}")
        when.setToolTip(self.tr("Click to play this part"))
        when.setFlags(when.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, when)
        shown = segment.original_text if self.showing_original and segment.edited else segment.text
        text = QTableWidgetItem(shown)
        if segment.edited:
            text.setToolTip(self.tr("Recognised: {0}").format(segment.original_text))
        if self.showing_original:
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, TEXT_COLUMN, text)
        label = QTableWidgetItem(tag_label(segment.emotion, segment.event))
        label.setToolTip(" ".join(t for t in (segment.lang, segment.emotion, segment.event) if t))
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 2, label)

    def _index_chars(self) -> None:
        self._starts, self._where = [], []
        for row, segment in enumerate(self.transcript.segments if self.transcript else []):
            for i, char in enumerate(editing.char_times(segment)):
                if not char.char.isspace() and char.end > char.start:
                    self._starts.append(char.start)
                    self._where.append((row, i))

    def texts(self) -> list[str]:
        return [self.table.item(r, 1).text() for r in range(self.table.rowCount())]

    def _on_show_original(self, on: bool) -> None:
        self.showing_original = on
        for row in range(self.table.rowCount()):
            self._fill(row)

    # ---- editing ------------------------------------------------------------------------
    def _set_cursor(self, row: int, position: int) -> None:
        self.edit_cursor = (row, position)

    def edit_segment(self, row: int, text: str) -> None:
        segment = self.transcript.segments[row]
        text = text.strip()
        if text == segment.text:
            return
        if not text:
            self.message.emit(self.tr("A segment cannot be empty: merge it with the next one instead."))
            return
        self.undo_stack.push(ReplaceSegments(self, row, [segment], [editing.edit_text(segment, text)], self.tr("Edit text")))

    def split_segment(self, row: int, position: int, text: str | None = None) -> None:
        """Cut the segment before character `position` (of `text`, the editor's text, if given)."""
        segment = self.transcript.segments[row]
        edited = editing.edit_text(segment, text.strip()) if text is not None and text.strip() != segment.text else segment
        if not 0 < position < len(edited.text):
            self.message.emit(self.tr("Put the cursor inside the text to split it there."))
            return
        head, tail = editing.split(edited, position)
        self.undo_stack.push(ReplaceSegments(self, row, [segment], [head, tail], self.tr("Split segment")))

    def merge_with_next(self, row: int) -> None:
        segments = self.transcript.segments
        if row + 1 >= len(segments):
            self.message.emit(self.tr("The last segment has no next one to merge with."))
            return
        merged = editing.merge(segments[row], segments[row + 1])
        self.undo_stack.push(ReplaceSegments(self, row, segments[row : row + 2], [merged], self.tr("Merge segments")))

    def _replace(self, row: int, count: int, new: list[Segment]) -> None:
        """What every command does: segments and rows replaced in place (the transcript object is
        the one the caller holds, so its exports see the edit)."""
        self.transcript.segments[row : row + count] = new
        if count != len(new):  # an edit keeps its row (and the open editor's index) in place
            for _ in range(count):
                self.table.removeRow(row)
            for k in range(len(new)):
                self.table.insertRow(row + k)
        for k in range(len(new)):
            self._fill(row + k)
        assert self.transcript is not None  # commands exist only for a shown transcript
        fill_speaker_column(self.table, self.SPEAKER_COLUMN, self.transcript)
        self._index_chars()
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(row, TEXT_COLUMN)

    def _save(self) -> None:
        if self.history is None or self.history_id is None or self.transcript is None:
            return
        try:
            self.history.update(self.history_id, self.transcript)
            self.saved.emit(self.history_id)
        except (sqlite3.Error, KeyError) as err:
            self.message.emit(self.tr("Could not save the edit to the history: {0}").format(err))

    # ---- find and replace ---------------------------------------------------------------
    def focus_find(self) -> None:
        """Ctrl+F (the main window's Edit → Find) lands here on the Files tab."""
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self) -> bool:
        needle = self.find_field.text()
        if not needle or self.transcript is None:
            return False
        segments = self.transcript.segments
        row, position = self.edit_cursor
        for k in range(len(segments) + 1):
            r = (row + k) % len(segments)
            start = position + 1 if k == 0 and self._match_at(r, position) else (position if k == 0 else 0)
            found = segments[r].text.find(needle, start)
            if found >= 0:
                self.edit_cursor = (r, found)
                self.table.setCurrentCell(r, TEXT_COLUMN)
                self.message.emit(self.tr("Found in segment {0}").format(r + 1))
                return True
        self.message.emit(self.tr("Not found: {0}").format(needle))
        return False

    def _match_at(self, row: int, position: int) -> bool:
        needle = self.find_field.text()
        return bool(needle) and self.transcript.segments[row].text.startswith(needle, position)

    def replace_current(self) -> None:
        row, position = self.edit_cursor
        if self.transcript is None or not self._match_at(row, position):
            self.find_next()
            return
        text = self.transcript.segments[row].text
        needle = self.find_field.text()
        self.edit_segment(row, text[:position] + self.replace_field.text() + text[position + len(needle):])
        self.find_next()

    def replace_all(self) -> int:
        needle, replacement = self.find_field.text(), self.replace_field.text()
        if not needle or self.transcript is None:
            return 0
        rows = [r for r, s in enumerate(self.transcript.segments) if needle in s.text]
        count = sum(self.transcript.segments[r].text.count(needle) for r in rows)
        self.undo_stack.beginMacro(self.tr("Replace all"))
        for r in rows:
            self.edit_segment(r, self.transcript.segments[r].text.replace(needle, replacement))
        self.undo_stack.endMacro()
        self.message.emit(self.tr("Replaced {0} times").format(count))
        return count

    # ---- following the audio ------------------------------------------------------------
    def follow(self, seconds: float) -> None:
        """Highlight the character being spoken at `seconds`."""
        k = bisect.bisect_right(self._starts, seconds) - 1
        highlight = self._where[k] if k >= 0 else None
        if highlight != self.delegate.highlight:
            self.delegate.highlight = highlight
            if highlight is not None:
                self.table.scrollTo(self.table.model().index(highlight[0], TEXT_COLUMN))
            self.table.viewport().update()

    def seek_to_char(self, row: int, position: int) -> None:
        chars = editing.char_times(self.transcript.segments[row])
        if 0 <= position < len(chars):
            self.edit_cursor = (row, position)
            self.player.seek(chars[position].start)
            self.follow(chars[position].start)

    def _on_playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

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
            self._save()

    def play_segment(self, row: int) -> None:
        segment = self.transcript.segments[row]
        self.message.emit(self.tr("Playing {0}–{1}").format(clock(segment.start), clock(segment.end)))
        self.player.play(segment.start, segment.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and watched is self.table and event.type() == QEvent.Type.KeyPress \
                and self.transcript is not None:
            if self.table.state() != QAbstractItemView.State.EditingState:
                if event.key() == Qt.Key.Key_Space:
                    self.player.toggle()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
                    self.table.edit(self.table.model().index(self.table.currentRow(), TEXT_COLUMN))
                    return True
        if (isinstance(event, QMouseEvent) and watched is self.table.viewport()
                and event.type() == QEvent.Type.MouseButtonRelease
                and self.transcript is not None):
            index = self.table.indexAt(event.position().toPoint())
            if index.isValid() and index.column() == TEXT_COLUMN:
                position = self.delegate.char_at(index, event.position().toPoint())
                if position is not None:
                    self.seek_to_char(index.row(), position)
        return super().eventFilter(watched, event)

    # ---- export -------------------------------------------------------------------------
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
        written = write_transcript(self.transcript, [fmt], target.parent, target.stem, self.subtitle_options())
        self.exported.emit(written)
        return written
