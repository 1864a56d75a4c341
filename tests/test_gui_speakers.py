"""Speaker labels in the app: the Settings option, the transcript view's speaker column, a
rename once for the whole transcript that reaches the export and the history after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tingxie.core.history import History
from tingxie.core.model_store import history_path
from tingxie.gui.queue_table import JobState


@pytest.fixture(autouse=True)
def fresh_user(app_dirs):
    return app_dirs


def speaker_cells(view) -> list[str]:
    column = view.SPEAKER_COLUMN
    return [view.table.item(r, column).text() for r in range(view.table.rowCount())]


def test_speakers_setting_labels_renames_and_keeps(qtbot, two_voices, tmp_path, monkeypatch):
    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_settings()
    dialog.speakers.setCurrentIndex(dialog.speakers.findData("auto"))
    assert dialog.speakers.currentText() == "Automatic (find how many)"
    dialog.accept()
    assert window.settings.speakers == "auto"

    window.add_paths([two_voices.wav])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.DONE, timeout=120_000)
    view = window.transcript_view
    assert not view.table.isColumnHidden(view.SPEAKER_COLUMN)
    cells = speaker_cells(view)
    assert set(cells) == {"Speaker 1", "Speaker 2"} and cells[0] == "Speaker 1"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("王小明", True))
    table = view.table
    table.scrollToItem(table.item(1, view.SPEAKER_COLUMN))
    cell = table.visualItemRect(table.item(1, view.SPEAKER_COLUMN)).center()
    second = view.transcript.segments[1].speaker
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # Qt needs the press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    renamed = speaker_cells(view)
    assert renamed == ["王小明" if s.speaker == second else f"Speaker {s.speaker}" for s in view.transcript.segments]
    assert renamed.count("王小明") >= 3  # every turn of that speaker, from one rename

    target = tmp_path / "talk.srt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_buttons["srt"], Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").count("王小明: ") == renamed.count("王小明")
    window.close()

    entry = History(history_path())
    saved = entry.get(entry.search()[0].id)
    entry.close()
    assert saved.speaker_names == {second: "王小明"}

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings.speakers == "auto"
    panel = again.history_panel
    panel.table.selectRow(0)
    assert speaker_cells(panel.view) == renamed
    again.close()


def test_a_transcript_without_speakers_hides_the_column(qtbot):
    from tingxie.core.transcript import Segment, Transcript
    from tingxie.gui.transcript_view import TranscriptView

    view = TranscriptView()
    qtbot.addWidget(view)
    view.show_transcript(Transcript("a.wav", 1.0, [Segment(0.0, 1.0, "你好")]))
    assert view.table.isColumnHidden(view.SPEAKER_COLUMN)


def test_a_stored_speakers_value_that_makes_no_sense_falls_back_to_off():
    from tingxie.gui.settings import load_settings, qsettings

    store = qsettings()
    for stored, loaded in (("nine", ""), ("9", ""), ("3", "3"), ("auto", "auto")):
        store.setValue("speakers", stored)
        assert load_settings(store).speakers == loaded
