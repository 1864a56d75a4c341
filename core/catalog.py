"""assets/catalog.json: the models a user can get, read and checked once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tingxie.core.paths import ASSETS, CATALOG_FILE, MissingAsset, asset
from tingxie.core.vocabulary import MODEL_KINDS


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    description: str
    url: str | None
    size: int | None
    sha256: str | None
    files: tuple[str, ...]
    recommended: bool = False
    bundled: str | None = None  # path under assets/ for models shipped with the app
    kind: str = MODEL_KINDS[0]  # "asr"; speaker and segmentation models go to core.speaker_store

    @property
    def bundled_path(self) -> Path | None:
        return ASSETS / self.bundled if self.bundled else None


def load_catalog(path: Path = CATALOG_FILE, kinds: tuple[str, ...] = MODEL_KINDS[:1]) -> list[CatalogEntry]:
    """The entries of these kinds (by default the recognition models the model manager lists)."""
    try:
        data = json.loads(asset(Path(path)).read_text(encoding="utf-8"))
        entries = [
            CatalogEntry(
                id=m["id"], name=m["name"], description=m["description"], url=m.get("url"),
                size=m.get("size"), sha256=m.get("sha256"), files=tuple(m["files"]),
                recommended=bool(m.get("recommended")), bundled=m.get("bundled"),
                kind=m.get("kind", MODEL_KINDS[0]),
            )
            for m in data["models"]
        ]
        unknown = sorted({e.kind for e in entries} - set(MODEL_KINDS))
        if unknown:
            raise ValueError(f"unknown kind {', '.join(unknown)}")
    except MissingAsset:
        raise
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ValueError(f"The model catalog {path} is damaged ({err}); reinstall Tingxie.") from err
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError(f"The model catalog {path} lists a model id twice.")
    return [e for e in entries if e.kind in kinds]


def find_entry(model_id: str, entries: list[CatalogEntry] | None = None) -> CatalogEntry | None:
    """The entry of any kind with this id."""
    return next((e for e in entries or load_catalog(kinds=MODEL_KINDS) if e.id == model_id), None)
