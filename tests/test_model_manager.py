"""The model manager shows every model on the machine, under names the user chooses."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from tests.helpers import run_cli
from tingxie.core.catalog import load_catalog
from tingxie.core.model_names import LABEL_FILE, ModelSource, folder_name
from tingxie.core.model_store import import_folder, list_installed, models_dir, rename
from tingxie.core.paths import CATALOG_FILE, DEMO_MODEL_DIR, SAMPLES_DIR
from tingxie.gui.model_manager import Column, RowAction


@pytest.fixture(autouse=True)
def fresh_user(app_dirs):
    return app_dirs


@pytest.fixture
def window(open_window):
    return open_window()


def picker_texts(window) -> list[str]:
    return [window.model_picker.itemText(i) for i in range(window.model_picker.count())]


def test_names_with_spaces_and_chinese_get_safe_distinct_folders():
    first = import_folder(DEMO_MODEL_DIR, "my model v3")
    chinese = import_folder(DEMO_MODEL_DIR, "客服錄音 微調")
    other_chinese = import_folder(DEMO_MODEL_DIR, "課堂錄音")
    same_slug = import_folder(DEMO_MODEL_DIR, "my/model v3")  # another name, the same ASCII letters
    assert first.name == "my-model-v3"
    assert same_slug.name == "my-model-v3-2"
    assert chinese.name.startswith("model-") and other_chinese.name.startswith("model-")
    assert chinese.name != other_chinese.name
    assert all(p.parent == models_dir() for p in (first, chinese, other_chinese, same_slug))
    names = {m.id: m.name for m in list_installed()}
    assert names[chinese.name] == "客服錄音 微調" and names[same_slug.name] == "my/model v3"


def test_folder_names_never_collide_even_on_case_insensitive_disks():
    assert folder_name("Model A", {"model-a"}) == "Model-A-2"
    assert folder_name("Model A", {"Model-A", "model-a-2"}) == "Model-A-3"


def test_a_name_in_use_or_empty_is_refused_with_a_reason():
    import_folder(DEMO_MODEL_DIR, "會議模型")
    with pytest.raises(ValueError, match="already installed"):
        import_folder(DEMO_MODEL_DIR, "會議模型")
    with pytest.raises(ValueError, match="needs a name"):
        import_folder(DEMO_MODEL_DIR, "   ")


def test_rename_keeps_the_folder_and_the_id():
    folder = import_folder(DEMO_MODEL_DIR, "first name")
    rename(folder.name, "第二個名字")
    (model,) = [m for m in list_installed() if m.id == folder.name]
    assert model.name == "第二個名字" and model.path == folder
    assert json.loads((folder / LABEL_FILE).read_text(encoding="utf-8"))["name"] == "第二個名字"


def test_a_damaged_label_file_does_not_hide_the_model():
    folder = import_folder(DEMO_MODEL_DIR, "labelled")
    (folder / LABEL_FILE).write_text("{not json", encoding="utf-8")
    (model,) = [m for m in list_installed() if m.id == folder.name]
    assert model.name == folder.name and model.label.source is ModelSource.IMPORTED


def test_the_catalog_gives_download_sizes_for_every_sherpa_onnx_release():
    hosted = [e for e in load_catalog() if e.url]
    assert hosted and all(e.size and e.size > 100_000_000 for e in hosted), [(e.id, e.size) for e in hosted]
    raw = json.loads(CATALOG_FILE.read_text(encoding="utf-8"))
    shown = [m for m in raw["models"] if m.get("kind", "asr") == "asr"]  # what the model manager lists
    assert all("zh_TW" in m["translations"] for m in shown)


def test_manager_lists_catalog_imported_exported_and_bundled_models_in_one_list(open_window):
    import_folder(DEMO_MODEL_DIR, "my model v3")
    import_folder(DEMO_MODEL_DIR, "exported one", ModelSource.EXPORTED)
    window = open_window()
    manager = window.open_model_manager()
    keys = manager.keys()
    catalog_ids = [e.id for e in load_catalog()]
    assert keys[: len(catalog_ids)] == catalog_ids
    assert "my-model-v3" in keys and "exported-one" in keys
    assert manager.cell_text("my-model-v3", Column.NAME) == "my model v3"
    assert manager.cell_text("my-model-v3", Column.SOURCE) == "Imported folder"
    assert manager.cell_text("exported-one", Column.SOURCE) == "Exported by the Export wizard"
    assert manager.cell_text("tingxie-demo", Column.SOURCE) == "Bundled with Tingxie"
    assert manager.cell_text("my-model-v3", Column.FILES) == "FP32 + INT8"
    assert manager.cell_text("sense-voice-int8-2024-07-17", Column.SIZE) == "163 MB download, 241 MB on disk"
    assert manager.cell_text("sense-voice-2024-07-17", Column.SIZE) == "1.05 GB download, 1.18 GB on disk"
    assert manager.cell_text("my-model-v3", Column.SIZE).endswith("MB on disk")
    assert manager.row_actions["tingxie-demo"] == (RowAction.USE, RowAction.SHOW_FOLDER)  # bundled: kept
    assert manager.row_actions["sense-voice-int8-2024-07-17"] == (RowAction.DOWNLOAD,)
    assert manager.row_actions["zhtw-v1"] == (RowAction.DOWNLOAD_FROM_URL,)
    assert any(t.startswith("my model v3 — FP32 + INT8") for t in picker_texts(window)), picker_texts(window)


def test_use_rename_show_folder_and_remove_act_on_their_row(open_window, qtbot, monkeypatch):
    folder = import_folder(DEMO_MODEL_DIR, "my model v3")
    window = open_window()
    manager = window.open_model_manager()
    opened = []
    manager.open_folder = opened.append
    qtbot.mouseClick(manager.button(folder.name, RowAction.SHOW_FOLDER), Qt.MouseButton.LeftButton)
    assert opened == [folder]

    qtbot.mouseClick(manager.button(folder.name, RowAction.USE), Qt.MouseButton.LeftButton)
    assert window.current_model().id == folder.name

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客服錄音 v4", True))
    qtbot.mouseClick(manager.button(folder.name, RowAction.RENAME), Qt.MouseButton.LeftButton)
    assert manager.cell_text(folder.name, Column.NAME) == "客服錄音 v4"
    assert window.current_model().id == folder.name  # still the model in use, under its new name
    assert window.model_picker.currentText().startswith("客服錄音 v4 — ")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(manager.button(folder.name, RowAction.REMOVE), Qt.MouseButton.LeftButton)
    assert folder.is_dir()  # the user said no
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(manager.button(folder.name, RowAction.REMOVE), Qt.MouseButton.LeftButton)
    assert not folder.exists() and folder.name not in manager.keys()
    assert not any(t.startswith("客服錄音") for t in picker_texts(window))


def test_import_asks_for_a_name_and_accepts_any_text(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(DEMO_MODEL_DIR))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("我的 模型 v3", True))
    manager = window.open_model_manager()
    qtbot.mouseClick(manager.findChild(QPushButton, "importFolder"), Qt.MouseButton.LeftButton)
    names = [manager.cell_text(k, Column.NAME) for k in manager.keys()]
    assert "我的 模型 v3" in names
    assert any(t.startswith("我的 模型 v3 — ") for t in picker_texts(window))


def test_a_renamed_model_keeps_its_name_after_a_restart(open_window):
    folder = import_folder(DEMO_MODEL_DIR, "before")
    first = open_window()
    first.open_model_manager().rename_to(folder.name, "之後")
    first.use_model(folder.name)
    first.close()
    second = open_window()
    assert second.current_model().id == folder.name
    assert second.model_picker.currentText().startswith("之後 — ")


def test_cli_imports_lists_and_renames_under_free_text_names(tmp_path):
    env = {"TINGXIE_MODELS_DIR": str(tmp_path / "models")}
    imported = run_cli("-m", "tingxie.core", "models", "import", str(DEMO_MODEL_DIR), "--name", "my model v3", env_extra=env)
    assert imported.returncode == 0, imported.stderr
    renamed = run_cli("-m", "tingxie.core", "models", "rename", "my-model-v3", "會議 模型", env_extra=env)
    assert renamed.returncode == 0, renamed.stderr
    listing = run_cli("-m", "tingxie.core", "models", "list", env_extra=env).stdout
    row = next(line for line in listing.splitlines() if "my-model-v3" in line)
    assert "imported" in row and row.endswith("會議 模型")
    assert "163 MB" in listing  # the catalog's download size, before anything is downloaded
    used = run_cli("-m", "tingxie.core", "transcribe", "--model", "會議 模型", str(SAMPLES_DIR / "demo-1.wav"),
                   env_extra=env)
    assert used.returncode == 0, used.stderr
