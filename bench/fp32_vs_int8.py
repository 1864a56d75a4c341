"""FP32 vs INT8 of one exported model, side by side in one run: size, load time, speed.

    python bench/fp32_vs_int8.py [MODEL_DIR]            # default: the bundled demo model
    python -m tingxie.training_tools demo-model --full-size-random --out /tmp/sv-random
    python bench/fp32_vs_int8.py /tmp/sv-random         # the official SenseVoiceSmall size

Prints each figure for both files and the INT8/FP32 ratio. Speed is the real-time factor
over the bundled samples repeated to about 30 s of audio, best of 3 runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from tingxie.core.model_files import find_model_files
from tingxie.core.models import validate_path
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLES_DIR
from tingxie.core.recognizer import Recognizer, RecognizerOptions
from tingxie.core.vocabulary import SAMPLE_RATE


def test_audio(seconds: float = 30.0) -> np.ndarray:
    clips = [sf.read(p, dtype="float32")[0] for p in sorted(SAMPLES_DIR.glob("demo-*.wav"))]
    audio = np.concatenate(clips)
    return np.tile(audio, int(np.ceil(seconds * SAMPLE_RATE / len(audio))))[: int(seconds * SAMPLE_RATE)]


def measure(model_file, audio: np.ndarray) -> dict[str, float]:
    started = time.perf_counter()
    recognizer = Recognizer(validate_path(model_file.onnx), RecognizerOptions(language="zh", threads=2))
    load = time.perf_counter() - started
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        recognizer.recognize(audio)
        runs.append(time.perf_counter() - started)
    return {
        "size MB": model_file.onnx.stat().st_size / 1e6,
        "load s": load,
        "RTF": min(runs) / (len(audio) / SAMPLE_RATE),
    }


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEMO_MODEL_DIR
    files = {f.precision: f for f in find_model_files(folder)}
    audio = test_audio()
    results = {p: measure(files[p], audio) for p in ("fp32", "int8")}
    print(f"{folder} ({len(audio) / SAMPLE_RATE:.0f} s of audio, 2 threads)")
    print(f"{'':10}{'FP32':>12}{'INT8':>12}{'INT8/FP32':>12}")
    for key in results["fp32"]:
        a, b = results["fp32"][key], results["int8"][key]
        print(f"{key:10}{a:12.4f}{b:12.4f}{b / a:12.2f}")


if __name__ == "__main__":
    main()
