"""Installed models: where they live, and how they get there (download, import) and go.

Every install is staged in a hidden folder inside the models directory and renamed into
place only after core.models.validate() accepted it, so the picker never sees half a model.
"""

from __future__ import annotations

import os
import re
import shutil
import tarfile
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from tingxie.core.catalog import CatalogEntry, find_entry, load_catalog
from tingxie.core.download import DownloadProgress, download
from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue
from tingxie.core.model_names import LABEL_FILE, ModelLabel, ModelSource, check_name, folder_name, read_label, write_label
from tingxie.core.models import ModelFolderError, ValidModel, validate, validate_path
from tingxie.core.paths import DEMO_MODEL_DIR, MissingAsset

MODELS_DIR_ENV = "TINGXIE_MODELS_DIR"
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@dataclass(frozen=True)
class InstalledModel:
    id: str  # the folder name: what settings, history and the CLI refer to; never changes
    path: Path
    model: ValidModel
    label: ModelLabel  # the name the user sees and chose, and where the model came from

    @property
    def bundled(self) -> bool:
        return self.label.source is ModelSource.BUNDLED

    @property
    def name(self) -> str:
        return self.label.name

    @property
    def size_bytes(self) -> int:
        """What the folder takes on disk (model files, tokens, test audio an archive brought)."""
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    @property
    def precisions(self) -> tuple[str, ...]:
        return tuple(f.precision for f in self.model.files)


def models_dir() -> Path:
    """TINGXIE_MODELS_DIR, else the user data folder (e.g. ~/.local/share/Tingxie/models)."""
    override = os.environ.get(MODELS_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path("Tingxie", appauthor=False) / "models"


def recordings_dir() -> Path:
    """Dictation audio, kept until its transcript is saved (beside the models folder)."""
    return models_dir().parent / "recordings"


def history_path() -> Path:
    return models_dir().parent / "history.sqlite3"


def list_installed(entries: list[CatalogEntry] | None = None) -> list[InstalledModel]:
    """Bundled models first, then every valid folder in the models directory."""
    found = []
    catalog = {e.id: e for e in entries or load_catalog()}
    for entry in catalog.values():
        if entry.bundled_path and entry.bundled_path.is_dir():
            label = ModelLabel(entry.name, ModelSource.BUNDLED, entry.id)
            found.append(InstalledModel(entry.id, entry.bundled_path, validate(entry.bundled_path), label))
    root = models_dir()
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if folder.is_dir() and not folder.name.startswith("."):
            try:
                model = validate(folder)
            except ModelFolderError:
                continue  # a folder the user put there by hand; `models list` shows only usable ones
            found.append(InstalledModel(folder.name, folder, model, read_label(folder, _unlabelled(folder, catalog))))
    return found


def _unlabelled(folder: Path, catalog: dict[str, CatalogEntry]) -> ModelLabel:
    """Folders installed before labels existed: a catalog id is a catalog download, anything
    else an import, named after its folder."""
    entry = catalog.get(folder.name)
    if entry is not None:
        return ModelLabel(entry.name, ModelSource.CATALOG, entry.id)
    return ModelLabel(folder.name, ModelSource.IMPORTED)


def resolve_model(name_or_path: str | Path) -> ValidModel:
    """A model folder (or one .onnx file in it), or the id of an installed or bundled model,
    validated once here; what it returns needs no further check."""
    path = Path(name_or_path)
    if path.is_dir() or (path.suffix == ".onnx" and path.is_file()):
        return validate_path(path)
    if path == DEMO_MODEL_DIR:
        raise MissingAsset(path)
    for model in list_installed():
        if str(name_or_path) in (model.id, model.name):
            return model.model
    raise ModelFolderError(
        QT_TRANSLATE_NOOP(
            "core", "No model '{name}': give a model folder or the id of an installed model (see `tingxie models list`)."
        ),
        name=str(name_or_path),
    )


def check_id(model_id: str) -> str:
    if not _SAFE_ID.match(model_id):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "'{id}' is not a usable model id: use letters, digits, '.', '_' or '-'."), id=model_id
        )
    return model_id


def import_folder(source: Path, name: str | None = None, kind: ModelSource = ModelSource.IMPORTED) -> Path:
    """Copy a model folder the user has into the models directory under a name of their choice
    (any text; the folder name is derived from it and never collides)."""
    source = Path(source)
    validate(source)
    label = ModelLabel(_unused_name(check_name(name or source.name)), kind)
    model_id = folder_name(label.name, _taken_ids())
    with _staging(model_id) as staging:
        for item in source.iterdir():
            if item.is_file() and item.name != LABEL_FILE:
                shutil.copy2(item, staging / item.name)
        write_label(staging, label)
        return _install(staging, model_id)


def rename(model_id: str, new_name: str) -> ModelLabel:
    """Give an installed model another display name; its folder (its id) stays as it is."""
    folder = models_dir() / check_id(model_id)
    if not folder.is_dir():
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "No installed model '{id}' (bundled models cannot be renamed)."), id=model_id
        )
    current = next((m for m in list_installed() if m.id == model_id), None)
    if current is None:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{folder} is not a usable model folder, so it cannot be renamed."), folder=folder
        )
    name = check_name(new_name)
    if name.casefold() != current.name.casefold():
        _unused_name(name)
    label = replace(current.label, name=name)
    write_label(folder, label)
    return label


def _unused_name(name: str) -> str:
    """Two models with one name could not be told apart in the picker."""
    if any(m.name.casefold() == name.casefold() for m in list_installed()):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "A model named '{name}' is already installed: choose another name."), name=name
        )
    return name


def _taken_ids() -> set[str]:
    root = models_dir()
    return {p.name for p in root.iterdir()} if root.is_dir() else set()


def download_model(
    url: str,
    model_id: str,
    sha256: str | None = None,
    on_progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None,
    size: int | None = None,
    label: ModelLabel | None = None,
) -> Path:
    """Download a .tar.bz2 (or .tar.gz) archive and install the model inside it; only a complete,
    checked archive is ever extracted, and only a validated folder is ever installed."""
    check_id(model_id)
    downloads = models_dir() / ".downloads"
    archive = download(url, downloads / f"{model_id}{_archive_suffix(url)}", sha256, on_progress, cancel, size=size)
    label = label or download_label(find_entry(model_id), model_id, url)
    try:
        with _staging(model_id) as staging:
            extract_archive(archive, staging)
            root = _model_root(staging)
            write_label(root, label)
            return _install(root, model_id)
    finally:
        archive.unlink(missing_ok=True)


def download_label(entry: CatalogEntry | None, model_id: str, url: str) -> ModelLabel:
    """A catalog model keeps the catalog's name; its own address makes it a catalog download."""
    if entry is None:
        return ModelLabel(model_id, ModelSource.URL)
    return ModelLabel(entry.name, ModelSource.CATALOG if url == entry.url else ModelSource.URL, entry.id)


def remove(model_id: str) -> None:
    target = models_dir() / check_id(model_id)
    if not target.is_dir():
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "No installed model '{id}' (bundled models cannot be removed)."), id=model_id
        )
    shutil.rmtree(target)


def extract_archive(archive: Path, target: Path) -> None:
    """Refuse any member that would land outside target (absolute paths, .., links)."""
    try:
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                resolved = (target / member.name).resolve()
                if not resolved.is_relative_to(target.resolve()) or member.issym() or member.islnk():
                    raise ModelFolderError(
                        QT_TRANSLATE_NOOP("core", "{archive} is unsafe: '{member}' would be written outside the model folder."),
                        archive=archive.name, member=member.name,
                    )
            tar.extractall(target, filter="data")
    except tarfile.TarError as err:
        raise ModelFolderError(
            QT_TRANSLATE_NOOP("core", "{archive} is not a readable .tar archive ({reason})."), archive=archive.name, reason=err
        ) from err


def _archive_suffix(url: str) -> str:
    for suffix in (".tar.bz2", ".tar.gz", ".tgz", ".tar"):
        if url.split("?")[0].endswith(suffix):
            return suffix
    raise InvalidValue(
        QT_TRANSLATE_NOOP("core", "{url} is not a model archive: Tingxie downloads .tar.bz2 or .tar.gz files."), url=url
    )


def _model_root(extracted: Path) -> Path:
    """Archives hold the model either at the top or in one folder (sherpa-onnx's releases)."""
    if any(extracted.glob("*.onnx")):
        return extracted
    children = [p for p in extracted.iterdir() if p.is_dir()]
    if len(children) == 1 and any(children[0].glob("*.onnx")):
        return children[0]
    raise ModelFolderError(QT_TRANSLATE_NOOP("core", "The archive holds no .onnx model at its top or in a single folder."))


@contextmanager
def _staging(model_id: str) -> Iterator[Path]:
    """A hidden temporary folder inside the models directory (same disk: rename is atomic)."""
    root = models_dir()
    root.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f".staging-{model_id}-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _install(folder: Path, model_id: str) -> Path:
    validate(folder)
    target = models_dir() / model_id
    if target.exists():
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "A model with the id '{id}' is already installed; remove it first or choose another name."),
            id=model_id,
        )
    folder.rename(target)
    return target
