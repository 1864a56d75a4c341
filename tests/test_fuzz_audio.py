"""A seeded fuzz of what users feed Tingxie: damaged, odd and hostile inputs through core and
the CLI. Every one ends in a transcript or one `error:` line naming the file and the cause
(exit 1, the others go on), within a time bound: never a traceback, abort, signal or hang.

Re-run with another seed: TINGXIE_FUZZ_SEED=7 pytest tests/test_fuzz_audio.py -s
"""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.audio_fixtures import encode_with_pyav
from tests.helpers import REPO
from tingxie.core.audio import AudioError
from tingxie.core.models import validate
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLES_DIR
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.vocabulary import SAMPLE_RATE

SEED = int(os.environ.get("TINGXIE_FUZZ_SEED", "20261201"))
SECONDS_PER_FILE = 2.0  # the CLI's budget per input on average (a 10-minute file included)


def speech() -> np.ndarray:
    return sf.read(SAMPLES_DIR / "demo-3.wav", dtype="float32")[0]


def valid_files(folder: Path, rng: random.Random) -> list[Path]:
    """Well-formed files in every format, rate, width and channel count users have."""
    audio = speech()
    made = []
    for rate in (8000, SAMPLE_RATE, 44100, 48000, 96000):
        resampled = np.interp(np.linspace(0, len(audio) - 1, int(len(audio) * rate / SAMPLE_RATE)), np.arange(len(audio)), audio)
        path = folder / f"rate-{rate}.wav"
        sf.write(path, resampled.astype(np.float32), rate, subtype="PCM_16")
        made.append(path)
    for subtype in ("PCM_U8", "PCM_24", "PCM_32", "FLOAT", "DOUBLE", "IMA_ADPCM", "GSM610"):
        path = folder / f"sub-{subtype}.wav"
        sf.write(path, audio, SAMPLE_RATE, subtype=subtype)
        made.append(path)
    six = np.repeat(audio[:, None], 6, axis=1)
    sf.write(folder / "six-channels.wav", six, SAMPLE_RATE)
    sf.write(folder / "speech.flac", audio, SAMPLE_RATE)
    sf.write(folder / "speech.ogg", audio, SAMPLE_RATE)
    made += [folder / "six-channels.wav", folder / "speech.flac", folder / "speech.ogg"]
    for name, codec in (("speech.mp3", "mp3"), ("speech.m4a", "aac"), ("speech.opus", "libopus")):
        made.append(encode_with_pyav(audio, folder / name, codec, rate=48000 if codec == "libopus" else 44100))
    made.append(encode_with_pyav(audio, folder / "video.mp4", "aac", video=True))
    sf.write(folder / "one-sample.wav", audio[:1], SAMPLE_RATE)
    sf.write(folder / "ten-minutes-silence.wav", np.zeros(600 * SAMPLE_RATE, np.int16), SAMPLE_RATE, subtype="PCM_16")
    sf.write(folder / "noise.wav", np.random.default_rng(rng.randrange(2**32)).normal(0, 0.3, 5 * SAMPLE_RATE), SAMPLE_RATE)
    made += [folder / "one-sample.wav", folder / "ten-minutes-silence.wav", folder / "noise.wav"]
    for name in ("with space.wav", "中文 檔名.wav", "emoji 🎙️.wav", "new\nline.wav"):
        sf.write(folder / name, audio, SAMPLE_RATE)
        made.append(folder / name)
    return made


def not_finite(folder: Path) -> list[Path]:
    audio = speech()
    made = []
    for name, value, count in (("one-nan", np.nan, 1), ("many-nan", np.nan, 500), ("inf", np.inf, 3), ("neg-inf", -np.inf, 1)):
        bad = audio.copy()
        bad[np.linspace(1000, len(bad) - 1000, count).astype(int)] = value
        path = folder / f"{name}.wav"
        sf.write(path, bad, SAMPLE_RATE, subtype="FLOAT")
        made.append(path)
    return made


def damaged(sources: list[Path], folder: Path, rng: random.Random, count: int) -> list[Path]:
    """Truncated and bit-flipped copies at many cut points, of every valid format."""
    made = []
    for i in range(count):
        source = rng.choice(sources)
        data = bytearray(source.read_bytes())
        if i % 2 == 0:
            cut = rng.choice([1, 4, 12, 44, 45, 100, 512]) if i % 4 == 0 else rng.randrange(1, max(2, len(data)))
            data = data[:cut]
            kind = f"cut{cut}"
        else:
            for _ in range(rng.choice([1, 3, 20, 200])):
                position = rng.randrange(len(data))
                data[position] ^= 1 << rng.randrange(8)
            kind = "flip"
        path = folder / f"{i:03d}-{kind}-{source.stem.replace(chr(10), '_')}{source.suffix}"
        path.write_bytes(bytes(data))
        made.append(path)
    return made


def hostile(folder: Path) -> list[Path]:
    """Headers that lie, wrong extensions, things that are not files."""
    audio = (speech() * 32767).astype("<i2").tobytes()
    made = {}

    def wav_header(rate: int, data_size: int, channels: int = 1) -> bytes:
        fmt = struct.pack("<IHHIIHH", 16, 1, channels, rate % 2**32, rate * 2 * channels % 2**32, 2 * channels, 16)
        riff = struct.pack("<I", min(36 + data_size, 2**32 - 1))
        return b"RIFF" + riff + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", data_size)

    made["empty.wav"] = b""
    made["header-only.wav"] = wav_header(SAMPLE_RATE, 0)
    made["huge-length.wav"] = wav_header(SAMPLE_RATE, 0xFFFFFFF0) + audio
    made["rate-1hz.wav"] = wav_header(1, len(audio)) + audio
    made["rate-7hz.wav"] = wav_header(7, len(audio)) + audio
    made["rate-4ghz.wav"] = wav_header(4_000_000_000, len(audio)) + audio
    made["zero-channels.wav"] = wav_header(SAMPLE_RATE, len(audio), channels=0) + audio
    made["text.mp3"] = "這不是聲音檔\n".encode() * 100
    made["random.m4a"] = random.Random(SEED).randbytes(20000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello" * 1000)
    made["zip.flac"] = buffer.getvalue()
    made["wav-named.mp3"] = (SAMPLES_DIR / "demo-1.wav").read_bytes()
    paths = []
    for name, data in made.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    loop = folder / "loop.wav"
    os.symlink(loop, loop)
    dangling = folder / "dangling.wav"
    os.symlink(folder / "nowhere.wav", dangling)
    fifo = folder / "pipe.wav"
    os.mkfifo(fifo)
    return [*paths, loop, dangling, fifo, Path("/dev/null"), folder / "missing.wav", folder / "no-such-folder" / "x.wav"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    rng = random.Random(SEED)
    folder = tmp_path_factory.mktemp("fuzz")
    valid = valid_files(folder, rng)
    files = valid + not_finite(folder) + damaged([p for p in valid if "\n" not in p.name], folder, rng, 260) + hostile(folder)
    assert len(files) >= 300
    return files


def test_core_gives_a_transcript_or_an_audio_error_for_each(corpus: list[Path]):
    engine = Engine(TranscribeOptions(model=validate(DEMO_MODEL_DIR), recognizer=RecognizerOptions(language="zh")))
    outcomes: Counter[str] = Counter()
    for path in corpus:
        started = time.monotonic()
        try:
            engine.transcribe_file(path)
            outcomes["transcript"] += 1
        except AudioError as err:
            assert path.name.replace("\n", "") in str(err).replace("\n", "") or str(path) in str(err), (path, err)
            outcomes["error"] += 1
        assert time.monotonic() - started < 60, f"{path.name} took {time.monotonic() - started:.0f} s"
    print(f"core: {len(corpus)} inputs -> {dict(outcomes)}")
    assert outcomes["transcript"] >= 30 and outcomes["error"] >= 30


def test_not_finite_audio_is_an_error_not_an_empty_transcript(corpus: list[Path]):
    engine = Engine(TranscribeOptions(model=validate(DEMO_MODEL_DIR)))
    for path in [p for p in corpus if "nan" in p.name or "inf" in p.name]:
        with pytest.raises(AudioError, match="NaN or infinity"):
            engine.transcribe_file(path)


def test_cli_reports_each_bad_file_once_and_goes_on(corpus: list[Path], tmp_path: Path):
    files = [p for p in corpus if "\n" not in p.name]
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "tingxie.core", "transcribe", "--quiet", "--language", "zh", *map(str, files)],
        cwd=REPO, capture_output=True, text=True, timeout=len(files) * SECONDS_PER_FILE,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 1, result.stderr[-3000:]  # some failed, none stopped the rest
    assert "Traceback" not in result.stderr
    errors = result.stderr.splitlines()
    assert all(line.startswith("error: ") for line in errors), [e for e in errors if not e.startswith("error: ")][:5]
    transcribed = [line.split("\t", 1)[0] for line in result.stdout.splitlines()]
    assert len(transcribed) + len(errors) == len(files)  # one outcome per file, nothing skipped
    for path in files:
        named = [e for e in errors if e[len("error: "):].startswith((f"{path.name}:", f"{path}:"))]
        assert (path.name in transcribed) != bool(named), path  # exactly one of the two
    for line in errors:  # the cause, not just "failed"
        assert len(line.split(": ", 2)[-1]) > 12, line
    print(f"cli: {len(files)} files, {len(transcribed)} transcripts, {len(errors)} errors, {seconds:.0f} s")


def test_odd_names_and_a_folder_of_2000_empty_files(corpus: list[Path], tmp_path: Path):
    newline = next(p for p in corpus if "\n" in p.name)
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    for i in range(2000):
        (empty / f"{i:04d}.wav").touch()
    result = subprocess.run(
        [sys.executable, "-m", "tingxie.core", "transcribe", "--quiet", str(newline), str(empty)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("the file is empty") == 2000
    assert "有人去排隊了嗎" in result.stdout
