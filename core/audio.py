"""Any file a user drops -> 16 kHz mono float32, in chunks.

soundfile reads wav/flac/ogg/mp3 directly; everything else (m4a, aac, opus, webm, video)
goes through PyAV, whose wheel bundles FFmpeg. Long files are never held whole: both paths
yield chunks, resampled by soxr's streaming resampler or by FFmpeg's own.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tingxie.core.messages import QT_TRANSLATE_NOOP, TranslatableError
from tingxie.core.vocabulary import SAMPLE_RATE

CHUNK_SECONDS = 10.0
# Sample rates a real recording can have; a header outside them is damage, and resampling from it
# (1 Hz -> 16 kHz turns 160 KB into 22 hours) would only burn CPU for an empty transcript.
MIN_SAMPLE_RATE, MAX_SAMPLE_RATE = 4_000, 768_000


class AudioError(TranslatableError, ValueError):
    """A file that cannot be turned into audio; the message names it and says why."""


@dataclass(frozen=True)
class AudioInfo:
    duration: float  # seconds; 0.0 when the container does not say
    backend: str  # "soundfile" or "pyav"


def probe(path: Path) -> AudioInfo:
    path = _existing(path)
    try:
        import soundfile as sf

        info = sf.info(str(path))
        if info.samplerate > 0 and info.frames > 0:
            _check_rate(path, info.samplerate)
            return AudioInfo(info.frames / info.samplerate, "soundfile")
    except (RuntimeError, TypeError, ValueError):  # libsndfile cannot read it: try FFmpeg
        pass
    with _open_av(path) as container:
        stream = _audio_stream(container, path)
        if stream.rate:
            _check_rate(path, stream.rate)
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        else:
            duration = (container.duration or 0) / 1_000_000
        return AudioInfo(duration, "pyav")


def stream_audio(path: Path, chunk_seconds: float = CHUNK_SECONDS, info: AudioInfo | None = None) -> Iterator[np.ndarray]:
    """16 kHz mono float32 chunks of about chunk_seconds each; `info` is the file's probe() when
    the caller already has it (a file is probed once per job)."""
    path = Path(path)
    info = info or probe(path)
    chunks = _soundfile_chunks(path, chunk_seconds) if info.backend == "soundfile" else _pyav_chunks(path, chunk_seconds)
    try:
        for chunk in chunks:
            if not np.isfinite(chunk).all():  # one NaN would blank every segment it lands in
                raise AudioError(
                    QT_TRANSLATE_NOOP("core", "{name}: the audio holds invalid samples (NaN or infinity); the file is damaged."),
                    name=path.name,
                )
            yield chunk
    except AudioError:
        raise
    except (RuntimeError, ValueError, OSError, EOFError, MemoryError) as err:  # libsndfile, FFmpeg, soxr
        raise AudioError(
            QT_TRANSLATE_NOOP("core", "{name}: decoding failed part way ({reason})."), name=path.name, reason=err
        ) from err


def load_audio(path: Path) -> np.ndarray:
    """The whole file at once; for short clips (long files should use stream_audio)."""
    chunks = list(stream_audio(path))
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def _existing(path: Path) -> Path:
    """The path as a regular, non-empty file, or an AudioError that says what it is instead."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise AudioError(QT_TRANSLATE_NOOP("core", "{path}: a link to a file that does not exist."), path=path) from None
        where = path.parent
        if where.is_dir():
            raise AudioError(QT_TRANSLATE_NOOP("core", "{path}: no such file."), path=path) from None
        raise AudioError(
            QT_TRANSLATE_NOOP("core", "{path}: no such file (no folder {folder})."), path=path, folder=where
        ) from None
    except OSError as err:  # ELOOP, EACCES, ENAMETOOLONG …
        if path.is_symlink():
            raise AudioError(
                QT_TRANSLATE_NOOP("core", "{path}: a symbolic link that points back to itself ({reason})."),
                path=path, reason=err.strerror,
            ) from None
        raise AudioError(
            QT_TRANSLATE_NOOP("core", "{path}: cannot be opened ({reason})."), path=path, reason=err.strerror
        ) from None
    if stat.S_ISDIR(mode):
        raise AudioError(QT_TRANSLATE_NOOP("core", "{path}: a folder, not a file."), path=path)
    if not stat.S_ISREG(mode):
        if stat.S_ISFIFO(mode):
            raise AudioError(QT_TRANSLATE_NOOP("core", "{path}: a named pipe, not an audio file."), path=path)
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            raise AudioError(QT_TRANSLATE_NOOP("core", "{path}: a device, not an audio file."), path=path)
        raise AudioError(QT_TRANSLATE_NOOP("core", "{path}: a special file, not an audio file."), path=path)
    if path.stat().st_size == 0:
        raise AudioError(QT_TRANSLATE_NOOP("core", "{name}: the file is empty."), name=path.name)
    return path


def _check_rate(path: Path, rate: int) -> None:
    if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise AudioError(
            QT_TRANSLATE_NOOP("core", "{name}: its header declares a sample rate of {rate} Hz, which no recording has "
                              "({low}–{high} Hz); the file is damaged."),
            name=path.name, rate=rate, low=MIN_SAMPLE_RATE, high=MAX_SAMPLE_RATE,
        )


def _soundfile_chunks(path: Path, chunk_seconds: float) -> Iterator[np.ndarray]:
    import soundfile as sf
    import soxr

    with sf.SoundFile(str(path)) as f:
        resampler = None if f.samplerate == SAMPLE_RATE else soxr.ResampleStream(
            f.samplerate, SAMPLE_RATE, 1, dtype="float32", quality="HQ"
        )
        block = max(1, int(chunk_seconds * f.samplerate))
        while True:
            data = f.read(block, dtype="float32", always_2d=True)
            last = len(data) < block
            mono = data.mean(axis=1).astype(np.float32)
            out = mono if resampler is None else resampler.resample_chunk(mono, last=last)
            if len(out):
                yield out
            if last:
                return


def _open_av(path: Path):
    import av

    try:
        return av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError, OSError, ValueError) as err:
        raise AudioError(
            QT_TRANSLATE_NOOP("core", "{name}: not an audio or video file Tingxie can read ({reason})."),
            name=path.name, reason=err,
        ) from err


def _audio_stream(container, path: Path):
    if not container.streams.audio:
        raise AudioError(QT_TRANSLATE_NOOP("core", "{name}: the file has no audio track."), name=path.name)
    return container.streams.audio[0]


def _pyav_chunks(path: Path, chunk_seconds: float) -> Iterator[np.ndarray]:
    import av

    target = int(chunk_seconds * SAMPLE_RATE)
    with _open_av(path) as container:
        stream = _audio_stream(container, path)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        pending: list[np.ndarray] = []
        size = 0
        try:
            frames = container.decode(stream)
            for frame in frames:
                for out in resampler.resample(frame):
                    pending.append(out.to_ndarray().reshape(-1))
                    size += out.samples
                if size >= target:
                    yield np.concatenate(pending)
                    pending, size = [], 0
            for out in resampler.resample(None):  # flush FFmpeg's resampler
                pending.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as err:
            raise AudioError(
                QT_TRANSLATE_NOOP("core", "{name}: decoding failed ({reason})."), name=path.name, reason=err
            ) from err
        if pending:
            yield np.concatenate(pending).astype(np.float32, copy=False)


def read_span(path: Path, start: float, end: float) -> np.ndarray:
    """16 kHz samples from start to end seconds, decoding no further than end."""
    first, last = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
    pieces, position = [], 0
    for chunk in stream_audio(path, chunk_seconds=2.0):
        lo, hi = max(first - position, 0), min(last - position, len(chunk))
        if hi > lo:
            pieces.append(chunk[lo:hi])
        position += len(chunk)
        if position >= last:
            break
    return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
