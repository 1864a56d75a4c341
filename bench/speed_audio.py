"""The speed benchmark's audio: long zh-TW speech with natural pauses, as WAV, MP3 and M4A.

Sentences from the demo corpus, spoken by espeak-ng in several voices, trimmed to their speech
and joined with 0.3-1.5 s pauses over a faint noise floor (real rooms are never digital zero).
Built once into the bench cache; a re-run reuses the files.
"""

from __future__ import annotations

import random
from pathlib import Path

import av
import numpy as np
import soundfile as sf
import soxr

from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.demo.corpus import read_demo_sentences
from tingxie.training_tools.demo.speech import SAMPLE_VOICES, UNSEEN_VOICES, synthesize_corpus

GAP_SECONDS = (0.3, 1.5)
NOISE_FLOOR = 10 ** (-60 / 20)  # -60 dBFS
SPEECH_LEVEL = 0.005  # |sample| above this is speech (espeak-ng pads its clips with silence)
ENCODE_RATE = 44100  # what a user's MP3/M4A usually carries: the decode includes a resample
CODECS = {"wav": None, "mp3": "mp3", "m4a": "aac"}


def speech_clips(cache: Path) -> list[np.ndarray]:
    """Every demo sentence in five voices, trimmed to the speech."""
    voices = SAMPLE_VOICES + UNSEEN_VOICES
    utterances = synthesize_corpus(read_demo_sentences(), cache / "clips", voices)
    clips = []
    for u in utterances:
        audio, _ = sf.read(u.wav, dtype="float32")
        loud = np.flatnonzero(np.abs(audio) > SPEECH_LEVEL)
        clips.append(audio[loud[0] : loud[-1] + 1])
    return clips


def long_speech(clips: list[np.ndarray], seconds: float, seed: int = 13) -> np.ndarray:
    """Clips in random order with random pauses until the length is reached."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    parts, total, target = [], 0, int(seconds * SAMPLE_RATE)
    while total < target:
        gap = int(rng.uniform(*GAP_SECONDS) * SAMPLE_RATE)
        parts += [rng.choice(clips), np.zeros(gap, dtype=np.float32)]
        total += len(parts[-2]) + gap
    audio = np.concatenate(parts)[:target]
    return (audio + noise.normal(0, NOISE_FLOOR, len(audio))).astype(np.float32)


def encode(audio: np.ndarray, path: Path, codec: str, chunk_seconds: int = 60) -> Path:
    """Chunked, so an hour of audio never sits in memory at 44.1 kHz all at once."""
    tmp = path.with_name(path.name + ".part")
    with av.open(str(tmp), "w", format="mp3" if codec == "mp3" else "ipod") as container:
        stream = container.add_stream(codec, rate=ENCODE_RATE)
        stream.layout = "mono"
        fmt = stream.codec_context.format.name
        resampler = soxr.ResampleStream(SAMPLE_RATE, ENCODE_RATE, 1, dtype="float32")
        step = chunk_seconds * SAMPLE_RATE
        for start in range(0, len(audio), step):
            last = start + step >= len(audio)
            chunk = resampler.resample_chunk(audio[start : start + step], last=last)
            frame = av.AudioFrame.from_ndarray(_frame_array(chunk, fmt), format=fmt, layout="mono")
            frame.sample_rate = ENCODE_RATE
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    tmp.replace(path)
    return path


def _frame_array(samples: np.ndarray, fmt: str) -> np.ndarray:
    if fmt.startswith("s16"):
        return (np.clip(samples, -1, 1) * 32767).astype(np.int16)[None, :]
    if fmt.startswith("s32"):
        return (np.clip(samples, -1, 1).astype(np.float64) * 2147483647).astype(np.int32)[None, :]
    return samples.astype(np.float32)[None, :]


def bench_files(cache: Path, minutes: tuple[float, ...], formats: tuple[str, ...]) -> dict[tuple[float, str], Path]:
    """{(minutes, format): file}, built once."""
    folder = cache / "audio"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {(m, f): folder / f"speech-{m:g}min.{f}" for m in minutes for f in formats}
    if all(p.is_file() for p in wanted.values()):
        return wanted
    clips = speech_clips(cache)
    for m in minutes:
        audio = long_speech(clips, m * 60)
        for f in formats:
            path = wanted[(m, f)]
            if path.is_file():
                continue
            if CODECS[f] is None:
                sf.write(path.with_name(path.name + ".part.wav"), audio, SAMPLE_RATE, subtype="PCM_16")
                path.with_name(path.name + ".part.wav").replace(path)
            else:
                encode(audio, path, CODECS[f])
    return wanted
