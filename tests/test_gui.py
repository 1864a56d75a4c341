"""The real main window, driven with pytest-qt on the offscreen platform."""

from __future__ import annotations

from pathlib import Path

import pytest
import srt
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from tingxie.core.paths import SAMPLES_DIR
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.gui.model_manager import Column, RowAction
from tingxie.gui.queue_table import JobState

SAMPLE = SAMPLES_DIR / "demo-3.wav"
EXPECTED = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").strip()


@pytest.fixture(autouse=True)
def fresh_user(app_dirs):
    """Settings, log, models and history of a new user, never the real one's."""
    return app_dirs


@pytest.fixture
def window(qtbot):
    from tingxie.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def drop_files(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_model_picker_lists_the_bundled_demo_model(window):
    assert window.model_picker.count() >= 1
    assert window.model_picker.itemText(0).startswith("Tingxie demo model (bundled) — FP32 + INT8")


def test_dropped_wav_is_queued_transcribed_shown_and_exported(window, qtbot, tmp_path, monkeypatch):
    drop_files(window, [SAMPLE])
    assert window.queue.rowCount() == 1
    assert window.queue.item(0, 0).text() == "demo-3.wav"
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.DONE, timeout=30_000)
    assert window.queue.progress_bar(1).value() == 100
    assert window.transcript_view.texts() == [EXPECTED]
    target = tmp_path / "exported.srt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SRT (*.srt)"))
    qtbot.mouseClick(window.transcript_view.export_buttons["srt"], Qt.MouseButton.LeftButton)
    subs = list(srt.parse(target.read_text(encoding="utf-8")))
    assert [s.content for s in subs] == [EXPECTED]
    assert "Saved" in window.statusBar().currentMessage()


def test_dropped_folder_queues_every_audio_file(window, qtbot):
    drop_files(window, [SAMPLES_DIR])
    assert [window.queue.item(r, 0).text() for r in range(window.queue.rowCount())] == [
        "demo-1.wav", "demo-2.wav", "demo-3.wav",
    ]
    qtbot.waitUntil(lambda: all(window.queue.state_at(r) is JobState.DONE for r in range(3)), timeout=60_000)
    rect = window.queue.visualItemRect(window.queue.item(1, 0))
    qtbot.mouseClick(window.queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.transcript_view.title.text() == "demo-2.wav"
    assert window.transcript_view.texts() == [(SAMPLES_DIR / "demo-2.txt").read_text(encoding="utf-8").strip()]


def test_a_bad_file_shows_the_error_dialog_and_the_window_stays_usable(window, qtbot, tmp_path):
    bad = tmp_path / "broken.mp3"
    bad.write_bytes(b"\x00" * 1000)
    drop_files(window, [bad])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.FAILED, timeout=30_000)
    dialog = window.findChild(QMessageBox, "failureSummary")
    assert dialog is not None and dialog.isVisible()
    assert dialog.text().startswith("1 of 1 files failed.") and "broken.mp3" in dialog.text()
    assert "broken.mp3" in window.queue.item(0, 4).text()  # the row says why, too
    drop_files(window, [SAMPLE])  # still usable while the dialog is open
    qtbot.waitUntil(lambda: window.queue.state_at(1) is JobState.DONE, timeout=30_000)
    assert window.transcript_view.texts() == [EXPECTED]


def test_an_unexpected_worker_exception_shows_details_and_logs(window, qtbot, tmp_path, monkeypatch):
    import tingxie.gui.file_worker

    def explode(*args, **kwargs):
        raise ZeroDivisionError("simulated bug in a worker")

    monkeypatch.setattr(tingxie.gui.file_worker, "probe", explode)
    drop_files(window, [SAMPLE])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.FAILED, timeout=30_000)
    dialog = window.findChild(QMessageBox, "failureSummary")
    assert "unexpected error (ZeroDivisionError" in dialog.text()
    assert "Traceback" in dialog.detailedText()
    copy = dialog.findChild(QPushButton, "copyDetails")
    copy.click()
    assert "simulated bug" in QApplication.clipboard().text()
    log = (tmp_path / "logs" / "tingxie.log").read_text(encoding="utf-8")
    assert "simulated bug in a worker" in log


def test_settings_survive_a_restart(qtbot):
    from tingxie.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    dialog = first.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.convert.setCurrentIndex(dialog.convert.findData("s2tw"))
    dialog.itn.setChecked(False)
    dialog.threads.setValue(3)
    dialog.accept()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    remembered = second.settings
    assert (remembered.language, remembered.convert, remembered.use_itn, remembered.threads) == ("zh", "s2tw", False, 3)
    reopened = second.open_settings()
    assert reopened.language.currentData() == "zh"
    second.close()


def test_write_beside_source_option(window, qtbot, tmp_path):
    import shutil

    source = tmp_path / "talk.wav"
    shutil.copy(SAMPLE, source)
    window.apply_settings(window.settings.__class__(**{**window.settings.__dict__, "write_beside_source": True}))
    drop_files(window, [source])
    qtbot.waitUntil(lambda: (tmp_path / "talk.srt").exists() and (tmp_path / "talk.txt").exists(), timeout=30_000)
    assert (tmp_path / "talk.txt").read_text(encoding="utf-8").strip() == EXPECTED


def test_model_manager_downloads_with_progress_and_the_model_appears_in_the_picker(window, qtbot, tmp_path, monkeypatch):
    import hashlib
    import tarfile

    from tests.loopback_server import LoopbackServer
    from tingxie.core.catalog import CatalogEntry
    from tingxie.core.paths import DEMO_MODEL_DIR

    archive = tmp_path / "zhtw.tar.bz2"
    with tarfile.open(archive, "w:bz2") as tar:
        for name in ("model.int8.onnx", "tokens.txt"):
            tar.add(DEMO_MODEL_DIR / name, arcname=f"zhtw/{name}")
    data = archive.read_bytes()
    with LoopbackServer() as server:
        entry = CatalogEntry(
            id="zhtw-test", name="zh-TW test model", description="served on 127.0.0.1",
            url=server.serve("zhtw.tar.bz2", data), size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), files=("model.int8.onnx", "tokens.txt"),
        )
        manager = window.open_model_manager([entry])
        assert manager.state_text("zhtw-test") == "Not installed"
        assert manager.row_actions["zhtw-test"] == (RowAction.DOWNLOAD,)
        qtbot.mouseClick(manager.button("zhtw-test", RowAction.DOWNLOAD), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: manager.state_text("zhtw-test") == "Installed", timeout=30_000)
    assert manager.progress_bar("zhtw-test").value() == 100
    assert manager.row_actions["zhtw-test"] == (RowAction.USE, RowAction.RENAME, RowAction.SHOW_FOLDER, RowAction.REMOVE)
    assert manager.button("zhtw-test", RowAction.REMOVE).text() == "Remove"  # and the user reads what it does
    assert manager.cell_text("zhtw-test", Column.SOURCE) == "Downloaded from the catalog"
    picker = [window.model_picker.itemText(i) for i in range(window.model_picker.count())]
    assert any(t.startswith("zh-TW test model — INT8") for t in picker), picker
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(manager.button("zhtw-test", RowAction.REMOVE), Qt.MouseButton.LeftButton)
    assert manager.state_text("zhtw-test") == "Not installed"
    assert not any(window.model_picker.itemText(i).startswith("zh-TW test") for i in range(window.model_picker.count()))


def test_model_manager_import_of_a_broken_folder_says_why(window, qtbot, tmp_path):
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "model.onnx").write_bytes(b"nope")
    (broken / "tokens.txt").write_text("<unk> 0\n", encoding="utf-8")
    manager = window.open_model_manager([])
    manager.import_from(broken)
    dialog = manager.findChild(QMessageBox, "errorDialog")
    assert "model.onnx cannot be read as an ONNX model" in dialog.text()


def test_finished_files_are_kept_in_a_searchable_history(window, qtbot, tmp_path, monkeypatch):
    drop_files(window, [SAMPLES_DIR / "demo-1.wav", SAMPLE])
    qtbot.waitUntil(lambda: all(window.queue.state_at(r) is JobState.DONE for r in range(2)), timeout=30_000)
    panel = window.history_panel
    assert panel.table.rowCount() == 2
    panel.search.setText("排隊")
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "demo-3.wav"
    panel.table.selectRow(0)
    assert panel.view.texts() == [EXPECTED]
    target = tmp_path / "again.vtt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.view.export_buttons["vtt"], Qt.MouseButton.LeftButton)
    assert EXPECTED in target.read_text(encoding="utf-8")


def test_first_run_welcome_offers_a_real_model_and_remembers_the_demo_choice(qtbot, window):
    assert window.welcome.isVisible()
    qtbot.mouseClick(window.welcome.findChild(QPushButton, "welcomeDemo"), Qt.MouseButton.LeftButton)
    assert not window.welcome.isVisible()
    window.close()
    from tingxie.gui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert not again.welcome.isVisible()
    again.close()


def test_closing_while_a_long_file_runs_stops_the_worker_cleanly(qtbot, tmp_path):
    import time

    import numpy as np
    import soundfile as sf

    from tingxie.gui.main_window import MainWindow

    clip = sf.read(SAMPLE, dtype="float32")[0]
    long_file = tmp_path / "long.wav"
    sf.write(long_file, np.tile(np.concatenate([clip, np.zeros(SAMPLE_RATE // 2, np.float32)]), 200), SAMPLE_RATE)  # ~7 min
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_paths([long_file])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.TRANSCRIBING, timeout=30_000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5.0
    assert window.files.worker_thread.isFinished()
    assert window.files.transcripts == {}


def test_cancel_selected_stops_that_file_only(window, qtbot, tmp_path):
    import numpy as np
    import soundfile as sf

    clip = sf.read(SAMPLE, dtype="float32")[0]
    long_file = tmp_path / "long.wav"
    sf.write(long_file, np.tile(np.concatenate([clip, np.zeros(SAMPLE_RATE // 2, np.float32)]), 200), SAMPLE_RATE)
    window.add_paths([long_file, SAMPLE])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.TRANSCRIBING, timeout=30_000)
    window.queue.selectRow(0)
    qtbot.mouseClick(window.findChild(QPushButton, "cancelSelected"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.CANCELLED, timeout=30_000)
    qtbot.waitUntil(lambda: window.queue.state_at(1) is JobState.DONE, timeout=30_000)


def test_export_suggests_the_export_folder_from_settings(window, qtbot, tmp_path, monkeypatch):
    from dataclasses import replace

    window.apply_settings(replace(window.settings, output_dir=str(tmp_path / "subtitles")))
    window.add_paths([SAMPLE])
    qtbot.waitUntil(lambda: window.queue.state_at(0) is JobState.DONE, timeout=30_000)
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda parent, title, suggested, *a: (asked.append(suggested), ("", ""))[1]
    )
    window.transcript_view.export("srt")
    assert asked == [str(tmp_path / "subtitles" / "demo-3.srt")]


def test_a_folder_of_bad_files_gives_one_report_and_a_reason_per_row(window, qtbot, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    for i in range(8):
        (folder / f"broken-{i}.wav").write_bytes(b"RIFF" + bytes(100 + i))
    (folder / "good.wav").write_bytes(SAMPLE.read_bytes())
    drop_files(window, [folder])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "failureSummary") is not None, timeout=60_000)
    assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1  # nothing stacks
    summary = window.findChild(QMessageBox, "failureSummary")
    assert summary.text() == "8 of 9 files failed."
    assert all(f"broken-{i}.wav" in summary.detailedText() for i in range(8))
    rows = range(window.queue.rowCount())
    assert [window.queue.state_at(r) for r in rows].count(JobState.FAILED) == 8
    assert all(window.queue.item(r, 4).text() for r in rows if window.queue.state_at(r) is JobState.FAILED)
    retry = summary.findChild(QPushButton, "retryFailed")
    retry.click()
    qtbot.waitUntil(lambda: window.queue.rowCount() == 17 and window.findChild(QMessageBox, "failureSummary") is not None
                    and window.findChild(QMessageBox, "failureSummary") is not summary, timeout=60_000)
    assert window.findChild(QMessageBox, "failureSummary").text() == "8 of 8 files failed."


def test_window_size_and_last_tab_survive_a_restart(qtbot, app_dirs):
    from tingxie.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(777, 555)
    first.tabs.setCurrentWidget(first.history_panel)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.tabs.currentWidget() is second.history_panel
    assert (second.width(), second.height()) == (777, 555)
    open_files = next(a for a in second.menuBar().actions()[0].menu().actions() if a.text() == "Add files…")
    assert open_files.shortcut().toString() == "Ctrl+O"
    second.close()
