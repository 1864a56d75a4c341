"""Any file a user drops becomes the right text: formats, segmentation, errors."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from tests.audio_fixtures import RATE, encode_with_pyav, speech_bounds
from tingxie.core.audio import AudioError, probe, stream_audio
from tingxie.core.models import validate
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLES_DIR
from tingxie.core.pipeline import Cancelled, Engine, TranscribeOptions
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.vad import VadOptions

SAMPLE = SAMPLES_DIR / "demo-2.wav"
EXPECTED = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").strip()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(TranscribeOptions(model=validate(DEMO_MODEL_DIR), recognizer=RecognizerOptions(language="zh")))


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return sf.read(SAMPLE, dtype="float32")[0]


@pytest.mark.parametrize(
    "suffix, make",
    [
        ("wav", lambda a, p: sf.write(p, a, RATE, subtype="PCM_16")),
        ("flac", lambda a, p: sf.write(p, a, RATE, format="FLAC")),
        ("ogg", lambda a, p: sf.write(p, a, RATE, format="OGG", subtype="VORBIS")),
        ("mp3", lambda a, p: encode_with_pyav(a, p, "mp3")),
        ("m4a", lambda a, p: encode_with_pyav(a, p, "aac")),
        ("mp4", lambda a, p: encode_with_pyav(a, p, "aac", video=True)),
    ],
)
def test_each_format_transcribes_to_the_expected_text(engine, speech, tmp_path, suffix, make):
    path = tmp_path / f"speech.{suffix}"
    make(speech, path)
    transcript = engine.transcribe_file(path)
    assert transcript.text == EXPECTED  # through every codec: each character and each comma
    assert transcript.segments[0].lang == "<|zh|>"
    assert abs(transcript.duration - len(speech) / RATE) < 0.1


def test_48khz_stereo_is_resampled(engine, speech, tmp_path):
    import soxr

    stereo = np.stack([soxr.resample(speech, RATE, 48000)] * 2, axis=1)
    path = tmp_path / "stereo48k.wav"
    sf.write(path, stereo, 48000)
    assert engine.transcribe_file(path).text == EXPECTED


def test_three_utterances_give_three_timed_segments(engine, tmp_path):
    clips = [sf.read(SAMPLES_DIR / f"demo-{i}.wav", dtype="float32")[0] for i in (1, 2, 3)]
    starts = [1.0, 5.5, 11.0]
    audio = np.zeros(int(14.0 * RATE), dtype=np.float32)
    truth = []
    for start, clip in zip(starts, clips):
        offset = int(start * RATE)
        audio[offset : offset + len(clip)] = clip
        begin, end = speech_bounds(clip)
        truth.append((start + begin, start + end))
    path = tmp_path / "three.flac"
    sf.write(path, audio, RATE)
    progress = []
    transcript = engine.transcribe_file(path, on_progress=progress.append)
    assert len(transcript.segments) == 3
    pre_roll = VadOptions().pre_roll
    for segment, (onset, offset), wav in zip(transcript.segments, truth, (1, 2, 3)):
        # A segment opens with the VAD's pre-roll before the first syllable and closes just
        # after the last: a lost syllable at either end moves an edge past these bounds.
        assert onset - pre_roll - 0.06 <= segment.start <= onset - pre_roll + 0.06, (segment, onset)
        assert offset - 0.03 <= segment.end <= offset + 0.2, (segment, offset)
        expected = (SAMPLES_DIR / f"demo-{wav}.txt").read_text(encoding="utf-8").strip()
        assert segment.text == expected  # each cut recognised as its own sentence, punctuation and all
    assert progress[-1] == 1.0 and progress == sorted(progress)


def test_long_speech_is_cut_into_segments_of_at_most_20_seconds(engine, tmp_path):
    clips = []
    for i in (1, 2, 3):
        clip = sf.read(SAMPLES_DIR / f"demo-{i}.wav", dtype="float32")[0]
        begin, end = speech_bounds(clip)
        clips.append(clip[int(begin * RATE) : int(end * RATE)])
    audio = np.concatenate(clips * 8)  # ~45 s with no pause long enough for the VAD
    path = tmp_path / "long.wav"
    sf.write(path, audio, RATE)
    transcript = engine.transcribe_file(path)
    assert len(transcript.segments) >= 3
    assert all(s.end - s.start <= 20.3 for s in transcript.segments)


def test_long_files_are_decoded_in_chunks(tmp_path):
    path = tmp_path / "minute.flac"
    sf.write(path, np.zeros(60 * 44100, dtype=np.float32), 44100)
    chunks = list(stream_audio(path))
    assert len(chunks) >= 6
    assert max(len(c) for c in chunks) <= 10.5 * RATE
    assert abs(sum(len(c) for c in chunks) - 60 * RATE) < RATE / 100


def test_a_file_that_is_not_audio_is_named_in_a_clear_error(engine, tmp_path):
    path = tmp_path / "report.mp3"
    path.write_text("這不是聲音檔", encoding="utf-8")
    with pytest.raises(AudioError, match="report.mp3: not an audio or video file"):
        engine.transcribe_file(path)


def test_a_video_without_sound_says_so(tmp_path):
    import av

    path = tmp_path / "silent.mp4"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for _ in range(5):
            for packet in stream.encode(av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    with pytest.raises(AudioError, match="has no audio track"):
        probe(path)


def test_cancel_stops_the_job(engine):
    import threading

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        engine.transcribe_file(SAMPLE, cancel=cancel)


def test_only_vad_files_sherpa_onnx_can_load_are_used(tmp_path):
    from tingxie.core.vad import Segmenter, VadOptions

    other = tmp_path / "silero_vad_half.onnx"
    other.write_bytes(b"x")
    with pytest.raises(ValueError, match="not a Silero VAD file sherpa-onnx can load"):
        Segmenter(VadOptions(model=other))
