"""What people use all day: shortcuts, recent files, the drop highlight, a notice when the queue
is done, the layout remembered, "Open output folder" after an export."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSplitter

from tingxie.core.paths import SAMPLES_DIR
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.gui.queue_table import JobState

SAMPLE = SAMPLES_DIR / "demo-1.wav"
EXPECTED = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").strip()


@pytest.fixture(autouse=True)
def fresh_user(app_dirs):
    return app_dirs


@pytest.fixture
def window(open_window, qtbot):
    w = open_window()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def press(qtbot, widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def action(window, menu_title: str, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    return next(a for a in menu.actions() if a.text() == text)


def wait_done(qtbot, window, rows: int) -> None:
    qtbot.waitUntil(
        lambda: window.queue.rowCount() == rows
        and all(window.queue.state_at(r) in (JobState.DONE, JobState.FAILED) for r in range(rows)),
        timeout=60_000,
    )


def test_ctrl_o_opens_files_and_they_are_recent_files_after_a_restart(open_window, qtbot, monkeypatch):
    window = open_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(SAMPLE)], ""))
    action(window, "&File", "Add files…").trigger()
    wait_done(qtbot, window, 1)
    assert action(window, "&File", "Add files…").shortcut().toString() == "Ctrl+O"
    window.close()
    again = open_window()
    recent = again.recent_menu
    recent.rebuild()
    entries = [a for a in recent.actions() if a.toolTip() == str(SAMPLE.resolve())]
    assert [a.text() for a in entries] == ["demo-1.wav"]
    entries[0].trigger()  # opening a recent file queues it again
    wait_done(qtbot, again, 1)
    assert again.transcript_view.texts() == [EXPECTED]
    clear = next(a for a in recent.actions() if a.text() == "Clear recent files")
    clear.trigger()
    assert [a.text() for a in recent.actions()] == ["No recent files"]


def test_ctrl_e_exports_the_shown_transcript_and_offers_its_folder(window, qtbot, tmp_path, monkeypatch):
    window.add_paths([SAMPLE])
    wait_done(qtbot, window, 1)
    target = tmp_path / "exports" / "demo.srt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert EXPECTED in target.read_text(encoding="utf-8")
    assert window.open_output.isVisible() and window.open_output.text() == "Open output folder"
    opened: list[Path] = []
    monkeypatch.setattr(window, "open_folder", opened.append)
    window.open_output.click()
    assert opened == [target.parent]


def test_delete_removes_a_waiting_file_from_the_queue(window, qtbot, tmp_path):
    long_file = tmp_path / "long.wav"
    speech = sf.read(SAMPLE, dtype="float32")[0]
    sf.write(long_file, np.tile(np.concatenate([speech, np.zeros(SAMPLE_RATE // 2, np.float32)]), 60), SAMPLE_RATE)
    window.add_paths([long_file, SAMPLE, SAMPLES_DIR / "demo-2.wav"])
    assert window.queue.state_at(1) is JobState.WAITING
    window.queue.selectRow(1)
    window.queue.setFocus()
    press(qtbot, window.queue, Qt.Key.Key_Delete)
    assert window.queue.rowCount() == 2
    assert [window.queue.item(r, 0).text() for r in range(2)] == ["long.wav", "demo-2.wav"]
    wait_done(qtbot, window, 2)


def test_ctrl_f_finds_in_the_transcript_and_in_the_history(window, qtbot):
    window.add_paths([SAMPLE, SAMPLES_DIR / "demo-2.wav"])
    wait_done(qtbot, window, 2)
    window.transcript_view.table.setFocus()
    press(qtbot, window.transcript_view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.transcript_view.find_field.hasFocus()  # one Ctrl+F, not two fighting ones
    window.tabs.setCurrentWidget(window.history_panel)
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.history_panel.search.hasFocus()
    window.history_panel.search.insert(EXPECTED[:3])  # typed where Ctrl+F put the cursor (QTest types ASCII only)
    assert window.history_panel.table.rowCount() == 1


def test_dragging_files_over_the_window_shows_where_they_land(window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    assert window.drop_highlight.isVisible()
    assert window.drop_highlight.text() == "Drop files or folders to transcribe them"
    window.dragLeaveEvent(QDragLeaveEvent())
    assert not window.drop_highlight.isVisible()


def test_a_finished_queue_sends_a_notice_only_when_the_window_is_not_active(window, qtbot, tmp_path):
    window.add_paths([SAMPLE])
    wait_done(qtbot, window, 1)
    assert window.tray.sent == []  # the user saw it happen
    other = QSplitter()  # any other top-level window the user switched to
    qtbot.addWidget(other)
    other.show()
    with warnings.catch_warnings():  # the offscreen platform moves the focus only this way
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(other)
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=5000)
    bad = tmp_path / "truncated.wav"
    bad.write_bytes(SAMPLE.read_bytes()[:30])
    window.add_paths([SAMPLE, bad])
    qtbot.waitUntil(lambda: window.tray.sent != [], timeout=60_000)
    assert window.tray.sent == [("Tingxie: the queue is done", "Transcribed: 1. Failed: 1.")]
    window.findChild(QMessageBox, "failureSummary").close()


def test_splitters_and_column_widths_survive_a_restart(open_window):
    first = open_window()
    splitter = first.findChild(QSplitter, "filesSplitter")
    first.resize(900, 700)
    splitter.setSizes([120, 400])
    sizes = splitter.sizes()
    first.queue.horizontalHeader().resizeSection(1, 155)
    first.close()
    second = open_window()
    assert second.findChild(QSplitter, "filesSplitter").sizes() == sizes
    assert second.queue.horizontalHeader().sectionSize(1) == 155
