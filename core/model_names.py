"""What a user calls an installed model, and where it came from, apart from its folder.

A model's folder name is its id (settings, the CLI and history refer to it), so it never
changes; the name the user sees is free text kept in a small JSON file inside the folder, so a
rename is one write and "my model v3" or 「客服錄音微調」 are fine names.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue

LABEL_FILE = "tingxie-model.json"
MAX_NAME_LENGTH = 100
MAX_FOLDER_LENGTH = 60
_NOT_SLUG = re.compile(r"[^A-Za-z0-9]+")
log = logging.getLogger("tingxie")


class ModelSource(StrEnum):
    """How a model reached this machine: shown in the model manager, decides nothing else."""

    BUNDLED = "bundled"  # shipped inside Tingxie (the demo model)
    CATALOG = "catalog"  # downloaded from the catalog's own address
    URL = "url"  # downloaded from an address the user gave
    IMPORTED = "imported"  # a folder the user imported
    EXPORTED = "exported"  # written by the Export wizard


@dataclass(frozen=True)
class ModelLabel:
    name: str
    source: ModelSource
    catalog_id: str | None = None


def check_name(name: str) -> str:
    """A display name: any text a user can type, but not empty, not control characters."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "A model needs a name: type one."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "A model name can be at most {count} characters long."), count=MAX_NAME_LENGTH
        )
    if any(unicodedata.category(c) == "Cc" for c in cleaned):
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "A model name cannot contain control characters."))
    return cleaned


def folder_name(name: str, taken: set[str]) -> str:
    """A folder name for a display name that is safe on every file system and never collides:
    ASCII letters and digits joined by '-', a short hash when the name had other characters
    (so 「會議」 and 「課堂」 do not both become 'model'), then -2, -3 … until it is free."""
    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_only).strip("-")[: MAX_FOLDER_LENGTH - 8].strip("-")
    if not name.isascii() or not slug:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
        slug = f"{slug or 'model'}-{digest}"
    candidate, n = slug, 2
    lowered = {t.lower() for t in taken}  # case-insensitive file systems (Windows, macOS)
    while candidate.lower() in lowered:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def read_label(folder: Path, fallback: ModelLabel) -> ModelLabel:
    """The label written at install, or the fallback for folders from before labels existed
    (or put there by hand). A damaged label file is not a reason to hide a working model."""
    path = folder / LABEL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ModelLabel(check_name(str(data["name"])), ModelSource(data["source"]), data.get("catalog_id"))
    except FileNotFoundError:
        return fallback
    except (OSError, ValueError, KeyError, TypeError) as err:
        log.warning("%s is damaged (%s): showing the model as %r until it is renamed.", path, err, fallback.name)
        return fallback


def write_label(folder: Path, label: ModelLabel) -> Path:
    path = folder / LABEL_FILE
    data = {"name": label.name, "source": label.source.value, "catalog_id": label.catalog_id}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path
