"""The transcript workbench in the real main window: correcting, splitting, merging, undo,
Find & Replace, history across a restart, exports, and following the audio."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import srt
import webvtt
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QStyleOptionViewItem

from tingxie.core.paths import SAMPLES_DIR
from tingxie.gui.queue_table import JobState
from tingxie.gui.transcript_view import TEXT_COLUMN

SAMPLE = SAMPLES_DIR / "demo-3.wav"
EXPECTED = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").strip()


@pytest.fixture(autouse=True)
def fresh_user(app_dirs):
    return app_dirs


def open_window(qtbot):
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


@pytest.fixture
def view(qtbot):
    window = open_window(qtbot)
    window.add_paths([SAMPLE])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.DONE, timeout=30_000)
    assert window.transcript_view.texts() == [EXPECTED]
    yield window.transcript_view
    window.close()


def open_editor(view, qtbot, how: str) -> QLineEdit:
    table = view.table
    table.setCurrentCell(0, TEXT_COLUMN)
    table.setFocus()
    if how == "enter":
        qtbot.keyClick(table, Qt.Key.Key_Return)
    else:
        rect = table.visualRect(table.model().index(0, TEXT_COLUMN))
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest's double click
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # lacks the first press
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.findChild(QLineEdit, "segmentEditor")
    assert editor is not None and editor.isVisible()
    return editor


def export(view, fmt: str, folder: Path, monkeypatch) -> str:
    target = folder / f"edited.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert view.export(fmt) == [target]
    return target.read_text(encoding="utf-8")


def test_an_edit_is_undone_survives_a_restart_and_reaches_every_export(view, qtbot, tmp_path, monkeypatch):
    edited = "測試" + EXPECTED[2:]
    before = [(c.start, c.end) for c in view.transcript.segments[0].chars]
    editor = open_editor(view, qtbot, "enter")
    editor.setText(edited)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits an editor's data on a queued call
    qtbot.waitUntil(lambda: view.texts() == [edited], timeout=2000)
    segment = view.transcript.segments[0]
    assert segment.original_text == EXPECTED
    assert [(c.start, c.end) for c in segment.chars[2:]] == before[2:]  # unchanged characters keep their times
    assert segment.chars[0].start >= segment.start and segment.chars[1].end <= segment.chars[2].start

    history_row = view.window().history_panel.table.item(0, 3)
    assert history_row.text() == edited  # the History tab's list follows the edit
    view.undo_action.trigger()
    assert view.texts() == [EXPECTED] and view.transcript.segments[0].original_text == ""
    view.redo_action.trigger()
    assert view.texts() == [edited]

    subs = list(srt.parse(export(view, "srt", tmp_path, monkeypatch)))
    assert "".join(s.content.replace("\n", "") for s in subs) == edited
    export(view, "vtt", tmp_path, monkeypatch)
    assert "".join(c.text.replace("\n", "") for c in webvtt.read(str(tmp_path / "edited.vtt"))) == edited
    data = json.loads(export(view, "json", tmp_path, monkeypatch))
    assert data["segments"][0]["text"] == edited and data["segments"][0]["original_text"] == EXPECTED

    view.window().close()
    again = open_window(qtbot)  # a restart: the history database is all that is left
    again.tabs.setCurrentWidget(again.history_panel)
    again.history_panel.table.selectRow(0)
    shown = again.history_panel.view
    assert shown.texts() == [edited]
    assert again.history_panel.table.item(0, 3).text() == edited
    shown.show_original.setChecked(True)
    assert shown.texts() == [EXPECTED]
    shown.show_original.setChecked(False)
    assert "".join(s.content.replace("\n", "") for s in srt.parse(export(shown, "srt", tmp_path, monkeypatch))) == edited
    again.close()


def test_double_click_split_at_the_cursor_then_merge_and_undo(view, qtbot):
    first_chars = view.transcript.segments[0].chars
    editor = open_editor(view, qtbot, "double-click")
    editor.setCursorPosition(5)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.texts() == [EXPECTED[:5], EXPECTED[5:]]
    head, tail = view.transcript.segments
    assert head.end == tail.start == first_chars[5].start
    assert tail.chars == first_chars[5:]
    assert view.table.item(1, 0).text().startswith("▶ 00:0")
    view.merge_with_next(0)
    assert view.texts() == [EXPECTED]
    view.undo_action.trigger()
    assert view.texts() == [EXPECTED[:5], EXPECTED[5:]]
    view.undo_action.trigger()
    assert view.texts() == [EXPECTED] and view.transcript.segments[0].chars == first_chars


def test_find_and_replace_all_across_the_transcript_is_one_undo_step(view, qtbot):
    view.split_segment(0, 5)
    needle = EXPECTED[1]
    count = EXPECTED.count(needle)
    view.find_field.setText(needle)
    assert view.find_next()
    assert view.edit_cursor == (0, EXPECTED.index(needle))
    view.replace_field.setText("〇")
    qtbot.mouseClick(view.replace_all_button, Qt.MouseButton.LeftButton)
    replaced = EXPECTED.replace(needle, "〇")
    assert view.texts() == [replaced[:5], replaced[5:]]
    assert view.window().statusBar().currentMessage() == f"Replaced {count} times"
    view.undo_action.trigger()
    assert view.texts() == [EXPECTED[:5], EXPECTED[5:]]
    view.find_field.setText("沒有這句話")
    assert not view.find_next()


def char_point(view, row: int, k: int) -> QPoint:
    """Where character k of a row is drawn in the table's viewport: the middle of its glyph."""
    index = view.table.model().index(row, TEXT_COLUMN)
    option = QStyleOptionViewItem()
    view.delegate.initStyleOption(option, index)
    option.rect = view.table.visualRect(index)
    doc = view.delegate.document(index, option)
    layout = doc.firstBlock().layout()
    line = layout.lineForTextPosition(k)
    assert line.isValid()
    x = (line.cursorToX(k)[0] + line.cursorToX(k + 1)[0]) / 2 + layout.position().x()
    y = line.y() + line.height() / 2 + layout.position().y()
    return option.rect.topLeft() + QPoint(round(x), round(y))


def test_clicking_a_character_seeks_there_and_playing_highlights_the_spoken_one(view, qtbot):
    chars = view.transcript.segments[0].chars
    for k in (2, 6):
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, 0, k))
        assert abs(view.player.position() - chars[k].start) <= 0.05, (k, view.player.position(), chars[k].start)
        assert view.delegate.highlight == (0, k)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, 0, 1))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert view.player.playing and view.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: view.delegate.highlight is not None and view.delegate.highlight[1] >= 3, timeout=5000)
    row, k = view.delegate.highlight
    assert chars[k].start <= view.player.position() + 0.05
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert not view.player.playing and view.play_button.text() == "Play"


def test_playback_speed_runs_the_clock_faster(view, qtbot):
    view.speed.setCurrentIndex(view.speed.findData(2.0))
    assert view.player.speed == 2.0
    view.player.play(0.0)
    qtbot.wait(500)
    position = view.player.position()
    view.player.pause()
    assert 0.8 <= position <= 1.3, position
    with pytest.raises(ValueError):
        view.player.set_speed(3.0)


def test_subtitle_settings_are_saved_and_shape_the_exported_srt(view, tmp_path, monkeypatch):
    from tingxie.core.subtitles import SubtitleOptions
    from tingxie.gui.settings import load_settings, save_settings
    from tingxie.gui.settings_dialog import SettingsDialog

    window = view.window()
    dialog = SettingsDialog(window.settings, window)
    assert dialog.result_settings().subtitle_options() == SubtitleOptions()  # 5/6 s comes back as 5/6 s
    dialog.subtitles.style_box.setCurrentIndex(dialog.subtitles.style_box.findData("broadcast"))
    dialog.subtitles.line_chars.setValue(4)
    dialog.subtitles.min_duration.setValue(1.25)
    save_settings(dialog.result_settings())
    window.settings = load_settings()
    assert window.settings.subtitle_options() == SubtitleOptions(style="broadcast", max_line_chars=4, min_duration=1.25)
    cues = list(srt.parse(export(view, "srt", tmp_path, monkeypatch)))
    assert all(len(line) <= 4 for cue in cues for line in cue.content.split("\n"))
    assert all((cue.end - cue.start).total_seconds() >= 1.25 - 0.001 for cue in cues)
    assert not any("，" in cue.content for cue in cues)
