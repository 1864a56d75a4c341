"""Edits keep the timing of what the user did not change (core/editing.py)."""

from __future__ import annotations

import pytest

from tingxie.core.editing import edit_text, merge, retime, split
from tingxie.core.timing import uniform_chars
from tingxie.core.transcript import Segment

TEXT = "可可拿鐵，可可覺得重"


def segment() -> Segment:
    return Segment(1.0, 3.5, TEXT, "<|zh|>", chars=uniform_chars(TEXT, 1.0, 3.5))


def test_a_replaced_word_is_interpolated_between_its_kept_neighbours():
    old = segment()
    new = edit_text(old, "可可咖啡拿鐵，可可覺得重")
    assert new.text == "可可咖啡拿鐵，可可覺得重" and new.original_text == TEXT
    kept = [c for i, c in enumerate(new.chars) if i not in (2, 3)]
    assert [c.start for c in kept] == [c.start for c in old.chars]
    assert [c.end for c in kept[2:]] == [c.end for c in old.chars[2:]]
    assert old.chars[1].start < new.chars[2].start < new.chars[3].start < new.chars[3].end <= old.chars[2].start


def test_text_added_at_the_end_is_timed_up_to_the_segment_end():
    chars = retime(segment().chars, TEXT + "嗎？", 1.0, 3.5)
    assert [c.char for c in chars] == list(TEXT + "嗎？")
    assert chars[-3].end <= chars[-2].start <= chars[-1].end <= 3.5


def test_editing_back_to_the_recognised_text_is_no_edit():
    edited = edit_text(segment(), "可可")
    assert edited.edited
    back = edit_text(edited, TEXT)
    assert back.text == TEXT and not back.edited and back.original_text == ""


def test_split_keeps_punctuation_with_its_phrase_and_merge_undoes_it():
    head, tail = split(segment(), 4)
    assert (head.text, tail.text) == ("可可拿鐵，", "可可覺得重")
    assert head.end == tail.start == segment().chars[5].start
    assert merge(head, tail) == segment()
    with pytest.raises(ValueError, match="split at 1 to 9"):
        split(segment(), 0)
