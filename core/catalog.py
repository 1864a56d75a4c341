"""assets/catalog.json: the models a user can get, read and checked once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue
from tingxie.core.paths import ASSETS, CATALOG_FILE, MissingAsset, asset
from tingxie.core.vocabulary import MODEL_KINDS


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    description: str
    url: str | None
    size: int | None  # bytes of the archive at url: shown before a download, checked at its start
    sha256: str | None
    files: tuple[str, ...]
    recommended: bool = False
    bundled: str | None = None  # path under assets/ for models shipped with the app
    installed_size: int | None = None  # bytes once unpacked, where the publisher lists them
    # the name and description in other UI languages: {"zh_TW": {"name": ..., "description": ...}}
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    kind: str = MODEL_KINDS[0]  # "asr"; speaker and segmentation models go to core.speaker_store

    @property
    def bundled_path(self) -> Path | None:
        return ASSETS / self.bundled if self.bundled else None

    def name_in(self, language: str) -> str:
        return self.translations.get(language, {}).get("name", self.name)

    def description_in(self, language: str) -> str:
        return self.translations.get(language, {}).get("description", self.description)


def load_catalog(path: Path = CATALOG_FILE, kinds: tuple[str, ...] = MODEL_KINDS[:1]) -> list[CatalogEntry]:
    """The entries of these kinds (by default the recognition models the model manager lists)."""
    try:
        data = json.loads(asset(Path(path)).read_text(encoding="utf-8"))
        entries = [_entry(m) for m in data["models"]]
        unknown = sorted({e.kind for e in entries} - set(MODEL_KINDS))
        if unknown:
            raise ValueError(f"unknown kind {', '.join(unknown)}")
    except MissingAsset:
        raise
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "The model catalog {path} is damaged ({reason}); reinstall Tingxie."), path=path, reason=err
        ) from err
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "The model catalog {path} lists a model id twice."), path=path)
    return [e for e in entries if e.kind in kinds]


def _entry(m: dict[str, Any]) -> CatalogEntry:
    return CatalogEntry(
        id=m["id"], name=m["name"], description=m["description"], url=m.get("url"),
        size=_optional_size(m.get("size")), sha256=m.get("sha256"), files=tuple(m["files"]),
        recommended=bool(m.get("recommended")), bundled=m.get("bundled"),
        installed_size=_optional_size(m.get("installed_size")), kind=m.get("kind", MODEL_KINDS[0]),
        translations={lang: dict(t) for lang, t in m.get("translations", {}).items()},
    )


def _optional_size(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"a size must be a positive number of bytes, not {value!r}")
    return value


def find_entry(model_id: str, entries: list[CatalogEntry] | None = None) -> CatalogEntry | None:
    """The entry of any kind with this id."""
    return next((e for e in entries or load_catalog(kinds=MODEL_KINDS) if e.id == model_id), None)
