"""The UI speaks 繁體中文 to zh-TW users, through Qt's translation files."""

from __future__ import annotations

import pytest

from tingxie.core.paths import SAMPLES_DIR
from tingxie.gui.i18n import TRANSLATIONS, preferred_language


@pytest.mark.parametrize(
    "setting, system, expected",
    [("", "zh_TW", "zh_TW"), ("", "zh_HK", "zh_TW"), ("", "en_US", "en"), ("", "zh_CN", "en"),
     ("en", "zh_TW", "en"), ("zh_TW", "de_DE", "zh_TW"), ("klingon", "zh_TW", "zh_TW")],
)
def test_preferred_language(setting, system, expected):
    assert preferred_language(setting, system) == expected


def test_compiled_translations_are_shipped_with_their_source():
    assert (TRANSLATIONS / "tingxie_zh_TW.ts").is_file()
    assert (TRANSLATIONS / "tingxie_zh_TW.qm").stat().st_size > 1000


def test_window_in_traditional_chinese(qtbot, app_dirs):
    from tingxie.gui.main_window import MainWindow
    from tingxie.gui.settings import qsettings

    store = qsettings()
    store.setValue("ui_language", "zh_TW")
    store.sync()
    window = MainWindow()
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["檔案(&F)", "編輯(&E)", "工具(&T)"]
    assert [window.tabs.tabText(i) for i in range(3)] == ["檔案轉寫", "聽寫", "歷史紀錄"]
    window.add_paths([SAMPLES_DIR / "demo-3.wav"])
    qtbot.waitUntil(lambda: window.queue.item(0, 2).text() == "完成", timeout=30_000)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "檢視(&V)")
    english = [a for a in view.actions()[0].menu().actions() if a.text() == "English"][0]
    english.trigger()
    assert "重新啟動" in window.statusBar().currentMessage()
    window.close()
    from tingxie.gui.settings import load_settings

    assert load_settings().ui_language == "en"


def test_every_ui_string_in_the_code_has_a_translation(tmp_path):
    """lupdate over gui/ and core/ now, against the committed .ts: a new string without 繁體中文 fails."""
    import subprocess
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import PySide6

    from tests.helpers import REPO

    fresh = tmp_path / "fresh.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = sorted(str(p) for folder in ("gui", "core", "training_tools") for p in (REPO / folder).glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    committed = {
        m.findtext("source"): (m.find("translation").text or "")
        for m in ET.parse(TRANSLATIONS / "tingxie_zh_TW.ts").iter("message")
    }
    untranslated = sorted(s for s in in_code if not committed.get(s))
    assert not untranslated, f"run assets/i18n/fill_zh_TW.py after adding: {untranslated}"


def _zh_tw_table() -> dict[str, str]:
    import runpy

    return runpy.run_path(str(TRANSLATIONS / "fill_zh_TW.py"))["ZH_TW"]


def test_translations_keep_the_fields_of_their_source():
    """A translation fills the same {fields} as its English (only {reason} may move to Details)."""
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}

    wrong = {
        source: text for source, text in _zh_tw_table().items()
        if not fields(text) <= fields(source) or not fields(source) - fields(text) <= {"reason"}
    }
    assert not wrong, wrong


def test_a_core_error_reads_in_english_in_the_cli_and_in_chinese_in_the_app(qtbot, tmp_path):
    import pickle

    from tingxie.core.audio import AudioError, probe
    from tingxie.gui.i18n import error_text, install_translator

    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt ")  # a WAV cut off inside its header
    with pytest.raises(AudioError) as caught:
        probe(broken)
    err = caught.value
    assert str(err).startswith("broken.wav: not an audio or video file Tingxie can read (")
    assert str(pickle.loads(pickle.dumps(err))) == str(err)  # Ray and process pools keep the fields
    try:
        install_translator("zh_TW")
        text, details = error_text(err)
    finally:
        install_translator("en")
    assert text == "broken.wav：不是聽寫能讀取的音訊或影片檔。"
    assert details and details in str(err)  # FFmpeg's own words, under Details
    assert error_text(err)[0] == str(err)


def test_a_sentence_inside_a_core_error_is_translated_too(qtbot):
    """ModelFolderError's "re-export it with ..." hint is a message of its own, nested as a field."""
    from tingxie.core.models import ModelFolderError, _int_key
    from tingxie.gui.i18n import error_text, install_translator

    with pytest.raises(ModelFolderError) as caught:
        _int_key({}, "vocab_size", "model.onnx")
    assert str(caught.value) == (
        "model.onnx lacks the metadata key 'vocab_size' that sherpa-onnx needs; "
        "re-export it with `python -m tingxie.training_tools export`."
    )
    try:
        install_translator("zh_TW")
        text, details = error_text(caught.value)
        bug, trace = error_text(ZeroDivisionError("a bug"))
    finally:
        install_translator("en")
    hint = "請用 `python -m tingxie.training_tools export` 重新匯出"
    assert text == f"model.onnx 缺少 sherpa-onnx 需要的中繼資料 'vocab_size'；{hint}。"
    assert details == ""
    assert bug == "a bug" and "ZeroDivisionError" in trace  # not ours: as it is, with the technical part
