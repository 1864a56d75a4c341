"""Subtitles that follow zh-TW conventions, checked on a 3-minute synthesized monologue that
goes through the real CLI and pipeline; the srt and webvtt-py parsers read what was written."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import jieba
import numpy as np
import pytest
import soundfile as sf
import srt
import webvtt

from tests.espeak_events import speak_many
from tests.helpers import run_cli
from tingxie.core.options import build_subtitle_options
from tingxie.core.subtitles import BROADCAST_SPACE, SubtitleOptions, reading_length
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.vocabulary import PAUSE_PUNCTUATION, SAMPLE_RATE
from tingxie.core.writers import RENDERERS, write_transcript
from tingxie.training_tools.demo.corpus import read_demo_sentences

MS = 0.001  # SRT and VTT times are whole milliseconds


@pytest.fixture(scope="module")
def monologue(tmp_path_factory) -> Path:
    """~3 minutes of speech: the demo sentences four at a time with 0.1 s between them (one
    long VAD segment each), 0.8 s between the groups."""
    folder = tmp_path_factory.mktemp("monologue")
    sentences = read_demo_sentences()
    pause = np.zeros(int(0.8 * SAMPLE_RATE), dtype=np.float32)
    parts, seconds, i = [], 0.0, 0
    while seconds < 180:
        audio, _ = speak_many([sentences[(i + k) % len(sentences)] for k in range(4)], pause=0.1)
        parts += [audio, pause]
        seconds += (len(audio) + len(pause)) / SAMPLE_RATE
        i += 4

    wav = folder / "monologue.wav"
    sf.write(wav, np.concatenate(parts), SAMPLE_RATE)
    return wav


@pytest.fixture(scope="module")
def written(monologue: Path) -> Path:
    out = monologue.parent / "standard"
    result = run_cli("-m", "tingxie.core", "transcribe", str(monologue), "--language", "zh",
                     "--format", "srt,vtt,json,txt", "--output-dir", str(out), "--quiet")
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def check_srt(path: Path, options: SubtitleOptions) -> list[srt.Subtitle]:
    """Every limit of `options` on every cue of a written SRT file."""
    cues = list(srt.parse(path.read_text(encoding="utf-8")))
    assert cues, "no cues"
    for cue in cues:
        lines = cue.content.split("\n")
        duration = (cue.end - cue.start).total_seconds()
        assert 1 <= len(lines) <= options.max_lines, cue
        assert all(0 < len(line) <= options.max_line_chars for line in lines), cue
        assert options.min_duration - MS <= duration <= options.max_duration + MS, (duration, cue)
        assert reading_length(cue.content) / duration <= options.max_cps + 0.01, cue
    for before, after in zip(cues, cues[1:]):
        assert (after.start - before.end).total_seconds() >= options.min_gap - MS, (before, after)
    return cues


def word_cuts(text: str) -> set[int]:
    cuts, position = {0, len(text)}, 0
    for word in jieba.cut(text):
        position += len(word)
        cuts.add(position)
    return cuts


def test_the_monologue_is_three_minutes_of_long_segments(written: Path):
    data = json.loads((written / "monologue.json").read_text(encoding="utf-8"))
    assert data["duration"] >= 180
    long_ones = [s for s in data["segments"] if s["end"] - s["start"] > 7 or len(s["text"]) > 2 * 16]
    assert len(long_ones) >= 10, "the subtitle rules need segments longer than one cue"


def test_every_limit_holds_on_the_written_srt(written: Path):
    cues = check_srt(written / "monologue.srt", SubtitleOptions())
    data = json.loads((written / "monologue.json").read_text(encoding="utf-8"))
    assert len(cues) == len(data["subtitles"]) > len(data["segments"])


def test_cues_cut_segments_between_words_and_keep_every_character(written: Path):
    data = json.loads((written / "monologue.json").read_text(encoding="utf-8"))
    by_segment: dict[int, list[str]] = {}
    for cue in data["subtitles"]:
        by_segment.setdefault(cue["segment"], []).append("".join(cue["lines"]))
    inside_words = 0
    for index, texts in by_segment.items():
        text = data["segments"][index]["text"]
        assert "".join(texts) == "".join(text.split()), (texts, text)
        cuts, position = word_cuts(text), 0
        for piece in texts[:-1]:
            position += len(piece)
            inside_words += position not in cuts
    assert inside_words == 0


def test_cues_end_after_punctuation_where_they_can(tmp_path: Path):
    """The monologue's recognised text has little punctuation (the demo model knows single
    sentences only), so this is checked on a segment of known text at espeak-ng's pace."""
    from tingxie.core.timing import uniform_chars

    text = "可可拿鐵，可可覺得重。大家可不可以來幫一點忙？品質不錯，去年都銷售一空。站哨的時候可以打瞌睡嗎？"
    segment = Segment(2.0, 2.0 + len(text) * 0.27, text, chars=uniform_chars(text, 2.0, 2.0 + len(text) * 0.27))
    srt_path, = write_transcript(Transcript("x.wav", 30.0, [segment]), ["srt"], tmp_path, "x")
    cues = check_srt(srt_path, SubtitleOptions())
    assert len(cues) >= 2
    assert all(cue.content[-1] in PAUSE_PUNCTUATION for cue in cues), [c.content for c in cues]
    assert all(line[-1] in PAUSE_PUNCTUATION for cue in cues for line in cue.content.split("\n")), (
        [c.content for c in cues])
    broadcast = SubtitleOptions(style="broadcast")
    srt_path, = write_transcript(Transcript("x.wav", 30.0, [segment]), ["srt"], tmp_path, "tv", broadcast)
    lines = [line for cue in check_srt(srt_path, broadcast) for line in cue.content.split("\n")]
    assert any(BROADCAST_SPACE in line for line in lines)
    assert not any(c in line for line in lines for c in "，。")
    assert all(line == line.strip() for line in lines)


def test_vtt_and_srt_carry_the_same_cues_and_txt_keeps_paragraphs(written: Path):
    subs = list(srt.parse((written / "monologue.srt").read_text(encoding="utf-8")))
    vtt = webvtt.read(str(written / "monologue.vtt"))
    assert [c.text for c in vtt] == [s.content for s in subs]
    assert [c.start_in_seconds for c in vtt] == [int(s.start.total_seconds()) for s in subs]
    data = json.loads((written / "monologue.json").read_text(encoding="utf-8"))
    txt = (written / "monologue.txt").read_text(encoding="utf-8")
    assert txt.splitlines() == [s["text"] for s in data["segments"] if s["text"]]


def test_cli_subtitle_style_and_limits_match_the_app(written: Path, monologue: Path):
    """--subtitle-style broadcast --max-line-chars 12 --max-cps 8 through the CLI gives the same
    SRT as the app's settings with those values give for the same transcript."""
    from tingxie.gui.settings import AppSettings

    out = monologue.parent / "broadcast"
    result = run_cli("-m", "tingxie.core", "transcribe", str(monologue), "--language", "zh", "--format", "srt,json",
                     "--output-dir", str(out), "--quiet", "--subtitle-style", "broadcast",
                     "--max-line-chars", "12", "--max-cps", "8")
    assert result.returncode == 0, result.stderr[-3000:]
    app = AppSettings(subtitle_style="broadcast", max_line_chars=12, max_cps=8.0).subtitle_options()
    assert app == build_subtitle_options({"subtitle_style": "broadcast", "max_line_chars": 12, "max_cps": 8.0})
    cues = check_srt(out / "monologue.srt", app)
    assert not any(c in cue.content for cue in cues for c in "，。")
    transcript = Transcript.from_dict(json.loads((out / "monologue.json").read_text(encoding="utf-8")))
    assert RENDERERS["srt"](transcript, app) == (out / "monologue.srt").read_text(encoding="utf-8")


def test_cli_refuses_impossible_limits():
    result = run_cli("-m", "tingxie.core", "transcribe", "--min-duration", "8", "--max-duration", "7")
    assert result.returncode == 2
    assert "min duration (8.0 s) is longer than the max duration (7.0 s)" in result.stderr


@pytest.mark.parametrize("bad", [dict(max_lines=0), dict(max_line_chars=1.5), dict(max_cps=0), dict(style="tv"),
                                 dict(min_gap=-1)])
def test_subtitle_options_refuse_bad_values(bad):
    with pytest.raises(ValueError):
        SubtitleOptions(**bad)


def test_vtt_escapes_markup_and_never_contains_an_arrow(tmp_path: Path):
    text = "A&B <i>不是</i> 標記 --> 也不是箭頭"
    transcript = Transcript("talk.wav", 5.0, [Segment(0.5, 4.5, text)])
    vtt_path, srt_path = write_transcript(transcript, ["vtt", "srt"], tmp_path, "talk")
    body = vtt_path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    timing = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$")
    assert all("-->" not in line for line in body.splitlines() if not timing.match(line))
    assert "&amp;B" in body and "&lt;i&gt;" in body and "<i>" not in body
    captions = webvtt.read(str(vtt_path))
    assert "".join(c.raw_text.replace("\n", "") for c in captions).replace(" ", "") == (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(" ", ""))
    assert "".join(s.content.replace("\n", "") for s in srt.parse(srt_path.read_text(encoding="utf-8"))).replace(" ", "") \
        == text.replace(" ", "")


def test_a_short_segment_is_held_for_the_minimum_and_the_next_waits(tmp_path: Path):
    segments = [Segment(1.0, 1.3, "好。"), Segment(1.5, 3.0, "我們開始吧。")]
    options = replace(SubtitleOptions(), min_gap=0.1)
    srt_path, = write_transcript(Transcript("x.wav", 4.0, segments), ["srt"], tmp_path, "x", options)
    cues = check_srt(srt_path, options)
    assert cues[0].start.total_seconds() == 1.0
    assert cues[1].start.total_seconds() >= 1.0 + options.min_duration + options.min_gap - MS


def test_word_breaks_are_jiebas_own_from_a_trie():
    """core/word_breaks.py keeps jieba's dictionary in a memory-mapped trie (1.7 MB instead of
    78 MB resident); the words must be exactly what jieba itself cuts."""
    from tingxie.core.word_breaks import tokenizer
    from tingxie.training_tools.demo.corpus import read_corpus

    sentences = read_corpus()[:2000]
    assert [list(tokenizer().cut(s, HMM=True)) for s in sentences] == [list(jieba.cut(s, HMM=True)) for s in sentences]
