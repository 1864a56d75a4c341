"""Global dictation latency: key release -> text in the focused application, for 20 utterances,
beside each utterance's length and the time recognition alone takes.

    python bench/dictation_latency.py [--mode paste|type] [--count 20]

Runs the real thing on a private Xvfb display and PulseAudio virtual microphone (needs Xvfb,
xdotool, xclip, pulseaudio, espeak-ng): Tingxie minimised with the demo model, a Tk text field
with the focus, Right Ctrl held by xdotool while espeak-ng's reading of a demo sentence plays.
Target (issue: dictation into any application): release -> text <= 0.3 s plus recognition.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.virtual_mic import VirtualMicrophone  # noqa: E402 - the repository root first
from tests.x11_session import TextTarget, TingxieApp, XServer  # noqa: E402
from tingxie.core.insertion import InsertOptions, prepare_text  # noqa: E402
from tingxie.core.vocabulary import INSERT_MODES  # noqa: E402

KEY = "Control_R"  # the default hotkey, <ctrl_r>


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def recognition_seconds(wavs: list[Path]) -> list[float]:
    """The demo model on each utterance alone, as the app loads it (VAD + SenseVoice)."""
    from tingxie.core.models import validate
    from tingxie.core.paths import DEMO_MODEL_DIR
    from tingxie.core.pipeline import Engine
    from tingxie.gui.settings import AppSettings

    engine = Engine(AppSettings().transcribe_options(validate(DEMO_MODEL_DIR)))
    engine.transcribe_file(wavs[0])  # warm-up, as the app preloads its engine
    times = []
    for wav in wavs:
        start = time.perf_counter()
        engine.transcribe_file(wav)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=INSERT_MODES, default="paste")
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--pause", type=float, default=0.0,
                        help="seconds between the end of the speech and the key release (0: let go on the last syllable)")
    args = parser.parse_args()

    import soundfile as sf

    from tingxie.training_tools.demo.corpus import read_demo_sentences
    from tingxie.training_tools.demo.speech import VOICES, synthesize
    from tingxie.training_tools.metrics import cer

    work = Path(tempfile.mkdtemp(prefix="tingxie-dictation-bench-"))
    sentences = read_demo_sentences()[: args.count]
    wavs = [synthesize(text, VOICES[0], work / "speech" / f"{i:03d}.wav") for i, text in enumerate(sentences)]
    recognition = recognition_seconds(wavs)
    x = XServer()
    mic = VirtualMicrophone(work / "pulse").start()
    rows = []
    try:
        app = TingxieApp(x, work / "app", {"insert_mode": args.mode}, mic.env)
        target = TextTarget(x)
        try:
            for n, (text, wav) in enumerate(zip(sentences, wavs), start=1):
                before = target.text
                x.xdotool("keydown", KEY)
                time.sleep(0.4)
                mic.play(wav).wait(timeout=30)
                time.sleep(args.pause)
                x.xdotool("keyup", KEY)
                released = time.monotonic()
                app.wait_for_log("Dictation inserted", 30, count=n)
                time.sleep(0.2)
                got = target.text[len(before):] if target.text.startswith(before) else target.text
                rows.append((sf.info(str(wav)).duration, recognition[n - 1], target.changed_at - released, text, got))
        finally:
            target.stop()
            app.stop()
    finally:
        mic.stop()
        x.stop()

    print(f"mode: {args.mode}; release {args.pause} s after the speech; {len(rows)} utterances; demo model; Tk target on Xvfb")
    print(f"{'#':>2} {'audio s':>7} {'recog s':>7} {'release->text s':>15} {'CER':>5}  text")
    for i, (length, recog, latency, text, got) in enumerate(rows, start=1):
        error = cer([prepare_text(text, InsertOptions())], [got])
        print(f"{i:2d} {length:7.2f} {recog:7.3f} {latency:15.3f} {error:5.2f}  {got}")
    latencies = [r[2] for r in rows]
    overhead = [r[2] - r[1] for r in rows]
    exact = sum(got == prepare_text(text, InsertOptions()) for _, _, _, text, got in rows)
    print(f"release -> text: median {statistics.median(latencies):.3f} s, p95 {percentile(latencies, 0.95):.3f} s")
    alone = [r[1] for r in rows]
    print(f"recognition alone: median {statistics.median(alone):.3f} s, p95 {percentile(alone, 0.95):.3f} s")
    print(f"beyond recognition: median {statistics.median(overhead):.3f} s, p95 {percentile(overhead, 0.95):.3f} s", end="")
    print(" (target <= 0.3 s)")
    corpus = cer([prepare_text(r[3], InsertOptions()) for r in rows], [r[4] for r in rows])
    print(f"exact sentences: {exact}/{len(rows)}; corpus CER {corpus:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
