"""One contender of bench/speed.py, run in its own process; prints one JSON line of figures.

    python bench/speed_contenders.py tingxie|recipe|funasr|recognition AUDIO MODEL_DIR [options]

Every contender reports: load_s (model ready), run_s (file in -> text out, after the load),
first_s (time from the start of run_s to the first text), audio_s, fed_s (audio handed to the
recognizer), segments, and rss_mb (the process's peak resident memory).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from tingxie.core.vocabulary import SAMPLE_RATE


class Clock:
    """Times a run and the moment its first text arrived."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.first: float | None = None

    def text_arrived(self, *_: object) -> None:
        if self.first is None:
            self.first = time.perf_counter() - self.started

    def elapsed(self) -> float:
        return time.perf_counter() - self.started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def tingxie_options(args: argparse.Namespace):
    from tingxie.core.batching import BatchOptions
    from tingxie.core.models import validate_path
    from tingxie.core.options import build_transcribe_options
    from tingxie.core.vad import VadOptions

    options = build_transcribe_options(
        validate_path(Path(args.model)), {"threads": args.threads, "precision": args.precision, "language": "auto"}
    )
    batching = BatchOptions(**{k: v for k, v in (("pool", args.pool), ("max_segments", args.batch),
                                                 ("max_padded_seconds", args.max_padded)) if v is not None})
    vad = VadOptions() if args.pre_roll is None else replace(VadOptions(), pre_roll=args.pre_roll)
    return replace(options, batching=batching, vad=vad)


def run_tingxie(args: argparse.Namespace) -> dict:
    """The app's own path: JobRunner -> Engine.transcribe_file -> every format written."""
    from tingxie.core.jobs import JobOutputs, JobRunner
    from tingxie.core.pipeline import Engine
    from tingxie.core.vocabulary import FORMATS

    options = tingxie_options(args)
    started = time.perf_counter()
    engine = Engine(options)
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as out:
        runner = JobRunner(JobOutputs(formats=FORMATS, output_dir=Path(out)))
        clock = Clock()
        result = runner.run_file(engine, Path(args.audio), on_segments=clock.text_arrived)
        run = clock.elapsed()
    segments = result.transcript.segments
    fed = sum(s.end - s.start for s in segments)
    return {"load_s": load, "run_s": run, "first_s": clock.first, "audio_s": result.transcript.duration,
            "fed_s": fed, "segments": len(segments), "text_chars": len(result.transcript.text)}


def run_recognition(args: argparse.Namespace) -> dict:
    """The floor: only the recognizer, on the pipeline's own segments in the pipeline's own
    batches. Decoding and VAD happen before the clock starts."""
    from tingxie.core.audio import stream_audio
    from tingxie.core.pipeline import Engine
    from tingxie.core.vad import Segmenter

    options = tingxie_options(args)
    started = time.perf_counter()
    engine = Engine(options)
    load = time.perf_counter() - started
    segmenter = Segmenter(options.vad)
    segments = [s for chunk in stream_audio(Path(args.audio)) for s in segmenter.feed(chunk)] + segmenter.flush()
    pool = options.batching.pool
    groups = [segments[:1]] + [segments[i : i + pool] for i in range(1, len(segments), pool)]
    clock = Clock()
    from tingxie.core.batching import plan_batches

    for group in groups:
        for batch in plan_batches(group, options.batching):
            engine.recognizer.recognize_batch([group[i].samples for i in batch])
            clock.text_arrived()
    run = clock.elapsed()
    fed = sum(len(s.samples) for s in segments) / SAMPLE_RATE
    return {"load_s": load, "run_s": run, "first_s": clock.first, "audio_s": None,
            "fed_s": fed, "segments": len(segments)}


def pcm_reads(path: Path, seconds: int = 100):
    """What the recipe's ffmpeg pipe gives: 16 kHz mono int16, 100 s a read (PyAV is FFmpeg)."""
    import av

    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        pending: list[np.ndarray] = []
        size = 0
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                pending.append(out.to_ndarray().reshape(-1))
                size += pending[-1].size
                if size >= seconds * SAMPLE_RATE:
                    yield np.concatenate(pending)
                    pending, size = [], 0
        for out in resampler.resample(None):
            pending.append(out.to_ndarray().reshape(-1))
        if pending:
            yield np.concatenate(pending)


def recipe_segments(audio: Path):
    """(start sample, samples) of each segment the recipe's VAD closes, as it closes them:
    Silero with min_silence_duration 0.25 fed window by window, one second of silence at the end."""
    import sherpa_onnx

    from tingxie.core.paths import VAD_MODEL, asset

    config = sherpa_onnx.VadModelConfig()
    config.silero_vad.model = str(asset(VAD_MODEL))
    config.silero_vad.min_silence_duration = 0.25
    config.sample_rate = SAMPLE_RATE
    window = config.silero_vad.window_size
    vad = sherpa_onnx.VoiceActivityDetector(config, buffer_size_in_seconds=100)
    buffer = np.zeros(0, dtype=np.float32)
    for pcm in [*pcm_reads(audio), np.zeros(SAMPLE_RATE, dtype=np.int16)]:
        buffer = np.concatenate([buffer, pcm.astype(np.float32) / 32768])
        while len(buffer) > window:
            vad.accept_waveform(buffer[:window])
            buffer = buffer[window:]
        while not vad.empty():
            yield vad.front.start, np.asarray(vad.front.samples, dtype=np.float32)
            vad.pop()


def model_file(folder: Path, precision: str) -> Path:
    from tingxie.core.model_files import find_model_files

    return next(f for f in find_model_files(folder) if f.precision == precision).onnx


def run_recipe(args: argparse.Namespace) -> dict:
    """sherpa-onnx's python-api-examples/generate-subtitles.py, as published: Silero VAD with
    min_silence 0.25 s on 100 s reads, each segment decoded alone, an SRT written."""
    import sherpa_onnx

    folder = Path(args.model)
    started = time.perf_counter()
    recognizer = sherpa_onnx.OfflineRecognizer.from_sense_voice(
        model=str(model_file(folder, args.precision)), tokens=str(folder / "tokens.txt"),
        num_threads=args.threads, use_itn=True,
    )
    load = time.perf_counter() - started
    clock = Clock()
    found: list[tuple[float, float, str]] = []
    for start, samples in recipe_segments(Path(args.audio)):
        stream = recognizer.create_stream()
        stream.accept_waveform(SAMPLE_RATE, samples)
        recognizer.decode_stream(stream)
        clock.text_arrived()
        found.append((start / SAMPLE_RATE, len(samples) / SAMPLE_RATE, stream.result.text))
    with tempfile.TemporaryDirectory() as out:
        write_srt(found, Path(out) / "out.srt")
    return {"load_s": load, "run_s": clock.elapsed(), "first_s": clock.first, "audio_s": None,
            "fed_s": sum(d for _, d, _ in found), "segments": len(found)}


def write_srt(found: list[tuple[float, float, str]], path: Path) -> None:
    def stamp(t: float) -> str:
        ms = round(t * 1000)
        return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"

    with path.open("w", encoding="utf-8") as f:
        for i, (start, duration, text) in enumerate(found, 1):
            f.write(f"{i}\n{stamp(start)} --> {stamp(start + duration)}\n{text}\n\n")


def run_funasr(args: argparse.Namespace) -> dict:
    """FunASR's AutoModel, PyTorch FP32, as a finetuner would run it. FSMN-VAD's weights cannot
    be had offline, so it gets the recipe's Silero segments (VAD time included in run_s)."""
    import torch
    from funasr import AutoModel

    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    model = AutoModel(model=str(Path(args.model) / "checkpoint"), device="cpu", disable_update=True,
                      ncpu=args.threads, disable_pbar=True, disable_log=True)
    load = time.perf_counter() - started
    clock = Clock()
    fed, count = 0.0, 0
    with torch.inference_mode():
        for _, samples in recipe_segments(Path(args.audio)):
            model.generate(input=samples, cache={}, language="auto", use_itn=True, disable_pbar=True)
            clock.text_arrived()
            fed += len(samples) / SAMPLE_RATE
            count += 1
    return {"load_s": load, "run_s": clock.elapsed(), "first_s": clock.first, "audio_s": None,
            "fed_s": fed, "segments": count}


RUNNERS = {"tingxie": run_tingxie, "recipe": run_recipe, "funasr": run_funasr, "recognition": run_recognition}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("contender", choices=RUNNERS)
    parser.add_argument("audio")
    parser.add_argument("model")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--precision", default="int8")
    parser.add_argument("--pool", type=int)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--max-padded", type=float)
    parser.add_argument("--pre-roll", type=float)
    args = parser.parse_args()
    figures = RUNNERS[args.contender](args)
    figures["rss_mb"] = peak_rss_mb()
    print(json.dumps(figures), flush=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
