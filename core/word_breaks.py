"""Word boundaries for subtitle line breaks: jieba's segmentation, its dictionary in a trie.

jieba keeps its 349,000-word dictionary, and every prefix of every word, in a Python dict:
78 MB resident, more than everything else a file job adds to the loaded model. The same words
and frequencies in a memory-mapped marisa trie take 1.7 MB on disk, and only the pages a text
touches become resident. jieba's own DAG, route and HMM code run unchanged on it, so the words
are exactly jieba's. The trie is built once from jieba's dict.txt into the user cache.
"""

from __future__ import annotations

import functools
import os
import tempfile
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

TOTAL_KEY = "\uffff total"  # the sum of all frequencies, for jieba's route; U+FFFF is a noncharacter


class TrieFrequencies(Mapping[str, int]):
    """What jieba's Tokenizer.FREQ answers: a word's frequency, 0 for a prefix of a word."""

    def __init__(self, trie: Any) -> None:
        self._trie = trie

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._has_prefix(key)

    def __getitem__(self, key: str) -> int:
        found = self._trie.get(key)
        if found:
            return int(found[0][0])
        if self._has_prefix(key):
            return 0
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def _has_prefix(self, key: str) -> bool:
        return next(self._trie.iterkeys(key), None) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())

    def __len__(self) -> int:
        return len(self._trie)


def _jieba_module() -> Any:
    with warnings.catch_warnings():  # jieba 0.42 imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(60)  # jieba prints its dictionary loading to stderr otherwise
    return jieba


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("tingxie")


def _build_trie(dictionary: Path, target: Path) -> None:
    """One pass over dict.txt ("word freq [tag]" a line); written beside, then moved in."""
    import marisa_trie

    entries = []
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, freq = line.split(" ")[:2]
        entries.append((word, (int(freq),)))
    entries.append((TOTAL_KEY, (sum(freq for _, (freq,) in entries),)))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(fd)
    try:
        marisa_trie.RecordTrie("<I", entries).save(tmp)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


@functools.cache
def tokenizer() -> Any:
    """A jieba Tokenizer whose dictionary is the memory-mapped trie."""
    import marisa_trie

    jieba = _jieba_module()
    dictionary = Path(jieba.get_dict_file().name)
    stat = dictionary.stat()
    trie_path = _cache_dir() / f"jieba-{stat.st_size}-{int(stat.st_mtime)}-v2.marisa"
    if not trie_path.is_file():
        _build_trie(dictionary, trie_path)
    trie = marisa_trie.RecordTrie("<I")
    trie.mmap(str(trie_path))
    tok = jieba.Tokenizer()
    tok.FREQ = TrieFrequencies(trie)
    tok.total = trie[TOTAL_KEY][0][0]
    tok.initialized = True
    return tok
