"""Character error rate with a stated normalisation, for zh-TW transcripts."""

from __future__ import annotations

import re
import unicodedata

_PUNCT_OR_SPACE = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65!-/:-@\[-`{-~]")


def normalize_for_cer(text: str) -> str:
    """Width unified (NFKC), punctuation and spaces removed, SenseVoice tags dropped."""
    text = re.sub(r"<\|[^|]*\|>", "", text)
    return _PUNCT_OR_SPACE.sub("", unicodedata.normalize("NFKC", text))


def cer(references: list[str], hypotheses: list[str], normalize: bool = True) -> float:
    """Total character edits over total reference characters (0.0 for a perfect match);
    ``normalize=False`` counts punctuation too."""
    from rapidfuzz.distance import Levenshtein

    if len(references) != len(hypotheses):
        raise ValueError(f"{len(references)} references but {len(hypotheses)} hypotheses")
    prepare = normalize_for_cer if normalize else str
    refs = [prepare(r) for r in references]
    hyps = [prepare(h) for h in hypotheses]
    edits = sum(Levenshtein.distance(r, h) for r, h in zip(refs, hyps))
    return edits / max(1, sum(len(r) for r in refs))
