"""The Common Voice zh-TW sentences (CC0) the tokenizer and the demo speech come from."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from tingxie.core.paths import ASSETS

CORPUS_FILES = ("sentence-collector.txt", "exam_text.txt", "taipei_city_gov.txt")
DEMO_SENTENCES = ASSETS / "demo" / "sentences.txt"
BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data"


def training_data_dir() -> Path:
    """The data the demo build needs (CC0 sentences, the official SenseVoiceSmall config), carried
    in training_tools/data so that a fresh clone or a wheel builds it; TINGXIE_SHARED_DATA overrides."""
    override = os.environ.get("TINGXIE_SHARED_DATA")
    return Path(override) if override else BUNDLED_DATA


def corpus_paths(data_dir: Path | None = None) -> list[Path]:
    folder = (data_dir or training_data_dir()) / "cv-zh-TW-sentences"
    paths = [folder / name for name in CORPUS_FILES]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(
            f"Common Voice zh-TW sentences not found: {', '.join(map(str, missing))}. "
            "They ship in training_tools/data; reinstall Tingxie, or point TINGXIE_SHARED_DATA at a folder that has them."
        )
    return paths


def clean_sentence(line: str) -> str:
    """NFKC folds stray compatibility forms (Kangxi radicals, full-width Latin) but it would
    also turn Chinese punctuation half-width, so those characters are kept as they are."""
    return "".join(
        ch if ch in "，。？！、；：「」《》（）" else unicodedata.normalize("NFKC", ch)
        for ch in line.strip()
    )


def read_corpus(data_dir: Path | None = None) -> list[str]:
    sentences: list[str] = []
    for path in corpus_paths(data_dir):
        sentences.extend(
            s for s in (clean_sentence(line) for line in path.read_text(encoding="utf-8").splitlines()) if s
        )
    return sentences


def read_demo_sentences() -> list[str]:
    return [s for s in DEMO_SENTENCES.read_text(encoding="utf-8").splitlines() if s.strip()]
