"""Edits of a transcript that keep its timing: corrected text, split and merged segments.

Characters the user did not change keep their measured times; new ones are spread evenly
between the unchanged neighbours around them. The recognised text stays beside the edited one
(Segment.original_text), so "show original" always has it.
"""

from __future__ import annotations

import copy
from difflib import SequenceMatcher

from tingxie.core.timing import uniform_chars
from tingxie.core.transcript import CharTime, Segment
from tingxie.core.vocabulary import PAUSE_PUNCTUATION

MIN_CHAR = 0.05  # seconds: an inserted character gets at least this much, taken from its neighbour


def char_times(segment: Segment) -> list[CharTime]:
    """The segment's character times, even ones when it has none that match its text."""
    if segment.chars and "".join(c.char for c in segment.chars) == segment.text:
        return segment.chars
    return uniform_chars(segment.text, segment.start, segment.end)


def retime(old: list[CharTime], new_text: str, start: float, end: float) -> list[CharTime]:
    """Times for `new_text`: unchanged characters keep their starts (and their ends, unless new
    text right after one has no other time to take), replaced or inserted ones are interpolated
    between the kept characters before and after them."""
    old_text = "".join(c.char for c in old)
    out: list[CharTime | None] = [None] * len(new_text)
    for block in SequenceMatcher(None, old_text, new_text, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            kept = old[block.a + k]
            out[block.b + k] = CharTime(new_text[block.b + k], kept.start, kept.end)
    i = 0
    while i < len(out):
        if out[i] is not None:
            i += 1
            continue
        j = i
        while j < len(out) and out[j] is None:
            j += 1
        previous = out[i - 1] if i > 0 else None
        before = previous.end if previous is not None else start
        after = out[j].start if j < len(out) and out[j] is not None else end  # type: ignore[union-attr]
        after = max(after, before)
        first = i
        if previous is not None and after - before < MIN_CHAR * (j - i):
            # no time between the neighbours: the character before shares its time with the new
            # ones (its start, what seeking and highlighting use, stays)
            first, before = i - 1, previous.start
        step = (after - before) / (j - first)
        for k in range(first, j):
            out[k] = CharTime(new_text[k], round(before + (k - first) * step, 3), round(before + (k - first + 1) * step, 3))
        i = j
    return [c for c in out if c is not None]


def edit_text(segment: Segment, new_text: str) -> Segment:
    """A copy of the segment with corrected text; the first recognised text is kept."""
    edited = copy.deepcopy(segment)
    edited.original_text = segment.original_text or segment.text
    edited.chars = retime(char_times(segment), new_text, segment.start, segment.end)
    edited.text = new_text
    if edited.original_text == new_text:
        edited.original_text = ""
    return edited


def split(segment: Segment, position: int) -> tuple[Segment, Segment]:
    """Two segments, cut before character `position` (after any punctuation there); the cut
    falls where that character starts."""
    if not 0 < position < len(segment.text):
        n = len(segment.text)
        raise ValueError(f"A segment of {n} characters can be split at 1 to {n - 1}, not {position}.")
    while position < len(segment.text) - 1 and segment.text[position] in PAUSE_PUNCTUATION:
        position += 1  # punctuation stays with the phrase it ends
    chars = char_times(segment)
    cut = chars[position].start
    head, tail = copy.deepcopy(segment), copy.deepcopy(segment)
    head.text, head.chars, head.end = segment.text[:position].rstrip(), chars[:position], cut
    tail.text, tail.chars, tail.start = segment.text[position:].lstrip(), chars[position:], cut
    head.chars = head.chars[: len(head.text)]
    tail.chars = tail.chars[len(tail.chars) - len(tail.text):]
    original = segment.original_text or segment.text
    head.original_text = tail.original_text = ""
    if segment.original_text:  # an edited segment: both halves remember the recognised text
        head.original_text = tail.original_text = original
    return head, tail


def merge(first: Segment, second: Segment) -> Segment:
    """One segment from two neighbours; tags come from the first."""
    merged = copy.deepcopy(first)
    merged.text = first.text + second.text
    merged.chars = [*char_times(first), *char_times(second)]
    merged.end = second.end
    originals = [s.original_text or s.text for s in (first, second)]
    merged.original_text = "".join(originals) if (first.original_text or second.original_text) else ""
    return merged
