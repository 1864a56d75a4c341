"""Audio files made by the tests themselves: trimmed speech, silence, and codecs via PyAV."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import soxr

from tingxie.core.vocabulary import SAMPLE_RATE

RATE = SAMPLE_RATE


def speech_bounds(audio: np.ndarray, level: float = 0.005) -> tuple[float, float]:
    """Where speech starts and ends inside a clip (espeak-ng adds its own silence), seconds."""
    loud = np.flatnonzero(np.abs(audio) > level)
    return loud[0] / RATE, (loud[-1] + 1) / RATE


def encode_with_pyav(audio: np.ndarray, path: Path, codec: str, rate: int = 44100, video: bool = False) -> Path:
    """Encode 16 kHz mono audio into any container PyAV's FFmpeg can write."""
    samples = soxr.resample(audio, RATE, rate).astype(np.float32)
    with av.open(str(path), "w") as container:
        if video:
            picture = container.add_stream("mpeg4", rate=10)
            picture.width, picture.height, picture.pix_fmt = 64, 48, "yuv420p"
        sound = container.add_stream(codec, rate=rate)
        sound.layout = "mono"
        frame_format = sound.codec_context.format.name
        frame = av.AudioFrame.from_ndarray(
            _as_frame_array(samples, frame_format), format=frame_format, layout="mono"
        )
        frame.sample_rate = rate
        for packet in sound.encode(frame):
            container.mux(packet)
        for packet in sound.encode(None):
            container.mux(packet)
        if video:
            for _ in range(int(len(audio) / RATE * 10) + 1):
                still = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
                for packet in picture.encode(still):
                    container.mux(packet)
            for packet in picture.encode(None):
                container.mux(packet)
    return path


def _as_frame_array(samples: np.ndarray, frame_format: str) -> np.ndarray:
    if frame_format.startswith("s16"):
        samples = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    elif frame_format.startswith("s32"):
        samples = (np.clip(samples, -1, 1) * 2147483647.0).astype(np.float64).round().clip(-2**31, 2**31 - 1).astype(np.int32)
    return samples[None, :]
