"""The Common Voice zh-TW sentences (CC0) the tokenizer and the demo speech come from."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_FILES = ("sentence-collector.txt", "exam_text.txt", "taipei_city_gov.txt")
ASSETS = REPO_ROOT / "assets"
DEMO_SENTENCES = ASSETS / "demo" / "sentences.txt"


def shared_data_dir() -> Path:
    """../shared/data beside the repository, or TINGXIE_SHARED_DATA."""
    override = os.environ.get("TINGXIE_SHARED_DATA")
    return Path(override) if override else REPO_ROOT.parent / "shared" / "data"


def corpus_paths(data_dir: Path | None = None) -> list[Path]:
    folder = (data_dir or shared_data_dir()) / "cv-zh-TW-sentences"
    paths = [folder / name for name in CORPUS_FILES]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(
            f"Common Voice zh-TW sentences not found: {', '.join(map(str, missing))}. "
            "Put the shared data folder beside the repository or set TINGXIE_SHARED_DATA."
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
            s for s in (clean_sentence(l) for l in path.read_text(encoding="utf-8").splitlines()) if s
        )
    return sentences


def read_demo_sentences() -> list[str]:
    return [s for s in DEMO_SENTENCES.read_text(encoding="utf-8").splitlines() if s.strip()]
