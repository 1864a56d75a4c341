"""Speaker and segmentation models a user downloaded or named: one .onnx file each.

They live beside the recognition models (speaker-models/ next to models/), as ID.onnx, and
like those they are installed only after core.models' gate passed them: sherpa-onnx would
segfault on a file without the metadata it reads.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tingxie.core.catalog import load_catalog
from tingxie.core.download import DownloadProgress, download
from tingxie.core.model_store import _archive_suffix, check_id, extract_archive, models_dir
from tingxie.core.models import ModelFolderError, validate_segmentation_model, validate_speaker_model
from tingxie.core.vocabulary import MODEL_KINDS

SPEAKER_KINDS = MODEL_KINDS[1:]  # "speaker", "segmentation"
GATES: dict[str, Callable[[Path], object]] = {
    "speaker": validate_speaker_model, "segmentation": validate_segmentation_model,
}
assert tuple(GATES) == SPEAKER_KINDS


@dataclass(frozen=True)
class InstalledSpeakerModel:
    id: str
    kind: str
    path: Path
    bundled: bool


def speaker_models_dir() -> Path:
    return models_dir().parent / "speaker-models"


def installed_speaker_models() -> list[InstalledSpeakerModel]:
    """The bundled pair, then each downloaded file that still passes its gate."""
    found = [
        InstalledSpeakerModel(e.id, e.kind, e.bundled_path, True)
        for e in load_catalog(kinds=SPEAKER_KINDS) if e.bundled_path and e.bundled_path.is_file()
    ]
    root = speaker_models_dir()
    for kind in SPEAKER_KINDS:
        for path in sorted((root / kind).glob("*.onnx")) if (root / kind).is_dir() else []:
            try:
                GATES[kind](path)
            except ModelFolderError:
                continue  # damaged by hand; `models list` shows only usable ones
            found.append(InstalledSpeakerModel(path.stem, kind, path, False))
    return found


def resolve_speaker_model(name_or_path: str | Path, kind: str) -> Path:
    """An .onnx file, or the id of a bundled or downloaded model of this kind."""
    path = Path(name_or_path)
    if path.suffix == ".onnx" and path.is_file():
        return path
    for model in installed_speaker_models():
        if model.id == str(name_or_path) and model.kind == kind:
            return model.path
    raise ModelFolderError(
        f"No {kind} model {str(name_or_path)!r}: give an .onnx file or the id of one (see `tingxie models list`)."
    )


def download_speaker_model(
    url: str, model_id: str, kind: str, sha256: str | None = None,
    on_progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None, size: int | None = None,
) -> Path:
    """A bare .onnx file (sherpa-onnx's speaker models) or an archive holding one (its
    segmentation models; the INT8 file is taken when there is one), installed once checked."""
    check_id(model_id)
    if kind not in GATES:
        raise ValueError(f"{kind!r} is not a speaker model kind; choose from {', '.join(SPEAKER_KINDS)}.")
    folder = speaker_models_dir() / kind
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{model_id}.onnx"
    if target.exists():
        raise ValueError(f"A {kind} model named {model_id!r} is already installed.")
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{model_id}-", dir=folder))
    try:
        if url.split("?")[0].endswith(".onnx"):
            model = download(url, staging / "model.onnx", sha256, on_progress, cancel, size=size)
        else:
            archive = download(url, staging / f"download{_archive_suffix(url)}", sha256, on_progress, cancel, size=size)
            extract_archive(archive, staging / "files")
            model = _model_in(staging / "files")
        GATES[kind](model)
        os.replace(model, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _model_in(folder: Path) -> Path:
    models = sorted(folder.rglob("*.onnx"))
    if not models:
        raise ModelFolderError("The archive holds no .onnx model.")
    return next((m for m in models if m.name.endswith(".int8.onnx")), models[0])
