"""Text for Taiwan and transcript files that real subtitle parsers read back."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import srt
import webvtt

from tingxie.core.textproc import RulesError, TextOptions, TextProcessor, load_rules
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.writers import parse_formats, timestamp, write_transcript


def test_s2twp_gives_taiwan_wording():
    assert TextProcessor().process("软件和鼠标的信息") == "軟體和滑鼠的資訊"


def test_s2tw_keeps_mainland_phrases_in_traditional_characters():
    assert TextProcessor(TextOptions(convert="s2tw")).process("软件") == "軟件"


def test_no_conversion_leaves_text_alone():
    assert TextProcessor(TextOptions(convert="none")).process("软件") == "软件"


def test_tags_removed_and_punctuation_full_width():
    text = TextProcessor().process("<|zh|><|NEUTRAL|>今天天氣很好,我們去公園?價格3.5元. OK, fine.")
    assert text == "今天天氣很好，我們去公園？價格3.5元。OK, fine."


def test_replacement_rules_plain_and_regex(tmp_path):
    rules = tmp_path / "rules.txt"
    rules.write_text("# 人名\n挺寫 => 聽寫\nre: 第(\\d+)張 => 第\\1頁\n", encoding="utf-8")
    processor = TextProcessor(TextOptions(rules_file=rules))
    assert processor.process("挺寫第3張") == "聽寫第3頁"


def test_a_bad_rule_names_its_line(tmp_path):
    rules = tmp_path / "rules.txt"
    rules.write_text("好 => 很好\nre: ([ => x\n", encoding="utf-8")
    with pytest.raises(RulesError, match="rules.txt line 2: bad regular expression"):
        load_rules(rules)


def sample_transcript() -> Transcript:
    return Transcript(
        source="meeting.m4a",
        duration=3725.5,
        segments=[
            Segment(0.0, 2.5, "大家好。", "<|zh|>", "<|HAPPY|>", "<|Speech|>"),
            Segment(61.001, 65.4, "今天開會。", "<|zh|>", "<|NEUTRAL|>", "<|Speech|>"),
            Segment(3661.234, 3662.999, "散會！", "<|zh|>", "<|NEUTRAL|>", "<|Applause|>"),
        ],
        model="tingxie-demo",
        options={"language": "zh"},
    )


def test_timestamps_follow_each_standard():
    assert timestamp(3661.234, ",") == "01:01:01,234"
    assert timestamp(3662.999, ".") == "01:01:02.999"
    assert timestamp(59.9996, ",") == "00:01:00,000"


def test_srt_and_vtt_parse_back_with_real_parsers(tmp_path):
    paths = write_transcript(sample_transcript(), ["srt", "vtt"], tmp_path, "meeting")
    subs = list(srt.parse(paths[0].read_text(encoding="utf-8")))
    assert [s.content for s in subs] == ["大家好。", "今天開會。", "散會！"]
    assert subs[2].start == timedelta(seconds=3661, milliseconds=234)
    assert subs[2].end == timedelta(seconds=3662, milliseconds=999)
    cues = webvtt.read(str(paths[1]))
    assert [c.text for c in cues] == ["大家好。", "今天開會。", "散會！"]
    assert (cues[1].start, cues[1].end) == ("00:01:01.001", "00:01:05.400")


def test_json_and_txt(tmp_path):
    json_path, txt_path = write_transcript(sample_transcript(), ["json", "txt"], tmp_path, "meeting")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["model"] == "tingxie-demo"
    assert data["segments"][2] == {
        "start": 3661.234, "end": 3662.999, "text": "散會！",
        "lang": "<|zh|>", "emotion": "<|NEUTRAL|>", "event": "<|Applause|>",
        "chars": [], "original_text": "",  # no character times in this hand-made transcript, no edits
    }
    assert [c["lines"] for c in data["subtitles"]] == [["大家好。"], ["今天開會。"], ["散會！"]]
    assert Transcript.from_dict(data) == sample_transcript()
    assert txt_path.read_text(encoding="utf-8") == "大家好。\n今天開會。\n散會！\n"
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="Unknown output format docx"):
        parse_formats("srt,docx")
