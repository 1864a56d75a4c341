"""Character error rate with a stated normalisation, for zh-TW transcripts.

Normalisation (both sides): SenseVoice tags dropped, OpenCC s2tw so that Simplified and
Traditional forms of a character are not counted as errors, NFKC so full- and half-width
forms are the same, then punctuation and spaces removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_PUNCT_OR_SPACE = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65!-/:-@\[-`{-~]")


def normalize_for_cer(text: str) -> str:
    from tingxie.core.textproc import converter

    text = re.sub(r"<\|[^|]*\|>", "", text)
    text = converter("s2tw").convert(text)
    return _PUNCT_OR_SPACE.sub("", unicodedata.normalize("NFKC", text))


@dataclass(frozen=True)
class ErrorCounts:
    substitutions: int
    deletions: int
    insertions: int
    reference_chars: int

    @property
    def cer(self) -> float:
        return (self.substitutions + self.deletions + self.insertions) / max(1, self.reference_chars)


def error_counts(references: list[str], hypotheses: list[str], normalize: bool = True) -> ErrorCounts:
    """Edit operations summed over all pairs (rapidfuzz's Levenshtein alignment)."""
    from rapidfuzz.distance import Levenshtein

    if len(references) != len(hypotheses):
        raise ValueError(f"{len(references)} references but {len(hypotheses)} hypotheses")
    prepare = normalize_for_cer if normalize else str
    s = d = i = n = 0
    for ref, hyp in zip(references, hypotheses):
        ref, hyp = prepare(ref), prepare(hyp)
        n += len(ref)
        for op in Levenshtein.editops(ref, hyp):
            if op.tag == "replace":
                s += 1
            elif op.tag == "delete":
                d += 1
            else:
                i += 1
    return ErrorCounts(s, d, i, n)


def cer(references: list[str], hypotheses: list[str], normalize: bool = True) -> float:
    """Total character edits over total reference characters (0.0 for a perfect match);
    ``normalize=False`` counts punctuation too."""
    return error_counts(references, hypotheses, normalize).cer
