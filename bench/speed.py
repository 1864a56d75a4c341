"""Tingxie's file pipeline against sherpa-onnx's own recipe and FunASR, side by side in one run.

    python bench/speed.py                 # the whole comparison: 1, 10 and 60 min; ~25 min
    python bench/speed.py --quick         # 1 min only, 3 runs each: ~3 min
    python bench/speed.py --minutes 1 10  # choose the lengths; --runs N (at least 3 for the table)

The model is the official SenseVoiceSmall architecture with random weights (its cost does not
depend on the weights), built once by training_tools into the cache folder together with the
audio; every contender runs in its own process (bench/speed_contenders.py), interleaved, and
the table shows min and median of the runs. Ratios > 1 mean Tingxie is faster.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed_audio import bench_files  # noqa: E402

HERE = Path(__file__).resolve().parent
SPEEDUP_VS_RECIPE = 1.3
SPEEDUP_VS_FUNASR = 3.0
RSS_LIMIT_MB = 450
RSS_GROWTH = 0.05
OVERHEAD_LIMIT = 0.05
FIRST_TEXT_LIMIT_S = 2.0


@dataclass(frozen=True)
class Contender:
    kind: str  # tingxie | recipe | funasr | recognition
    precision: str = "int8"
    threads: int = 2
    audio_format: str = "wav"

    @property
    def label(self) -> str:
        name = {"tingxie": "Tingxie pipeline", "recipe": "sherpa-onnx recipe", "funasr": "FunASR PyTorch",
                "recognition": "recognition alone"}[self.kind]
        precision = "FP32" if self.kind == "funasr" else self.precision.upper()
        return f"{name} {precision} {self.threads}t {self.audio_format}"


def contenders_for(minutes: float) -> list[Contender]:
    """Every variant on the 1-minute file; on longer ones only what the targets need, so the
    whole run stays under 30 minutes on 2 cores."""
    pair = [Contender("tingxie"), Contender("recipe")]
    if minutes >= 60:
        return pair
    mp3 = [Contender("tingxie", audio_format="mp3"), Contender("recipe", audio_format="mp3")]
    main = [*pair, Contender("recognition"), Contender("funasr", "fp32"), *mp3]
    if minutes >= 10:
        return main
    return main + [
        Contender("tingxie", audio_format="m4a"), Contender("recipe", audio_format="m4a"),
        Contender("tingxie", "int8", 1), Contender("recipe", "int8", 1),
        Contender("tingxie", "fp32"), Contender("recipe", "fp32"),
    ]


def build_models(cache: Path) -> dict[str, Path]:
    """Tingxie's export (its INT8 by default) and the same FP32 weights quantised the way
    sherpa-onnx's own export script does it (QUInt8 MatMul), for the recipe."""
    ours = cache / "sensevoice-small-random"
    if not (ours / "model.int8.onnx").is_file():
        subprocess.run([sys.executable, "-m", "tingxie.training_tools", "demo-model", "--full-size-random",
                        "--out", str(ours)], check=True)
    theirs = cache / "sensevoice-small-random-sherpa-export"
    if not (theirs / "model.int8.onnx").is_file():
        from tingxie.training_tools.export import ExportOptions, quantize_model

        theirs.mkdir(parents=True, exist_ok=True)
        for name in ("model.onnx", "tokens.txt", "checkpoint"):
            if not (theirs / name).exists():
                (theirs / name).symlink_to(ours / name)
        quantize_model(ours / "model.onnx", theirs / "model.int8.onnx.part", ExportOptions(int8_weight_type="quint8"))
        (theirs / "model.int8.onnx.part").replace(theirs / "model.int8.onnx")
    return {"tingxie": ours, "recognition": ours, "funasr": ours, "recipe": theirs}


def run_one(contender: Contender, audio: Path, model: Path) -> dict:
    command = [sys.executable, str(HERE / "speed_contenders.py"), contender.kind, str(audio), str(model),
               "--threads", str(contender.threads), "--precision", contender.precision]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        raise RuntimeError(f"{contender.label} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fmt(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def times(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


class Results:
    def __init__(self) -> None:
        self.runs: dict[tuple[float, Contender], list[dict]] = {}

    def add(self, minutes: float, contender: Contender, figures: dict) -> None:
        self.runs.setdefault((minutes, contender), []).append(figures)

    def get(self, minutes: float, contender: Contender, key: str, how=min) -> float | None:
        values = [r[key] for r in self.runs.get((minutes, contender), []) if r.get(key) is not None]
        return how(values) if values else None

    def rtf(self, minutes: float, contender: Contender, how=min) -> float | None:
        run = self.get(minutes, contender, "run_s", how)
        return None if run is None else run / (minutes * 60)

    def speedup(self, minutes: float, ours: Contender, peer: Contender) -> float | None:
        a, b = self.get(minutes, ours, "run_s"), self.get(minutes, peer, "run_s")
        return None if a is None or b is None else b / a


def print_table(results: Results, minutes: float, contenders: list[Contender]) -> None:
    recipe, funasr = Contender("recipe"), Contender("funasr", "fp32")
    print(f"\n## {minutes:g} min of speech ({minutes * 60:.0f} s)\n")
    print("| contender | RTF min | RTF median | vs recipe | vs FunASR | load s | first text s | peak RSS MB | audio fed s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for c in contenders:
        peer = Contender("recipe", c.precision, c.threads, c.audio_format) if c.kind != "funasr" else recipe
        print(f"| {c.label} | {fmt(results.rtf(minutes, c), '.4f')} | {fmt(results.rtf(minutes, c, statistics.median), '.4f')} "
              f"| {times(results.speedup(minutes, c, peer))} | {times(results.speedup(minutes, c, funasr))} "
              f"| {fmt(results.get(minutes, c, 'load_s'), '.2f')} | {fmt(results.get(minutes, c, 'first_s'), '.2f')} "
              f"| {fmt(results.get(minutes, c, 'rss_mb', max), '.0f')} | {fmt(results.get(minutes, c, 'fed_s'), '.0f')} |")
    overhead = results.speedup(minutes, Contender("recognition"), Contender("tingxie"))
    if overhead is not None:
        print(f"\npipeline overhead over recognition alone (INT8 2t): {overhead - 1:+.1%}")


def check(label: str, ok: bool | None, detail: str) -> bool:
    mark = "—" if ok is None else ("✅" if ok else "❌")
    print(f"{mark} {label}: {detail}")
    return bool(ok)


def print_targets(results: Results, lengths: list[float]) -> None:
    ours, recipe, funasr, floor = Contender("tingxie"), Contender("recipe"), Contender("funasr", "fp32"), Contender("recognition")
    print("\n## Targets\n")
    ten = 10 if 10 in lengths else lengths[-1]
    s = results.speedup(ten, ours, recipe)
    check(f"≥ {SPEEDUP_VS_RECIPE}× sherpa-onnx's recipe on the {ten:g}-min file",
          None if s is None else s >= SPEEDUP_VS_RECIPE, f"{fmt(s, '.2f')}×")
    s = results.speedup(ten, ours, funasr)
    check(f"≥ {SPEEDUP_VS_FUNASR}× FunASR PyTorch on the {ten:g}-min file",
          None if s is None else s >= SPEEDUP_VS_FUNASR, f"{fmt(s, '.2f')}×")
    slowest = [results.speedup(m, c, Contender("recipe", c.precision, c.threads, c.audio_format))
               for m in lengths for c in contenders_for(m) if c.kind == "tingxie" and c.precision == "int8" and c.threads == 2]
    slowest = [x for x in slowest if x is not None]
    check("INT8 2t never slower than the recipe (every length and format)",
          min(slowest) >= 1.0, f"slowest {min(slowest):.2f}×")
    rss = {m: results.get(m, ours, "rss_mb", max) for m in lengths}
    check(f"peak RSS ≤ {RSS_LIMIT_MB} MB with INT8", max(rss.values()) <= RSS_LIMIT_MB,
          ", ".join(f"{m:g} min {v:.0f} MB" for m, v in rss.items()))
    if len(lengths) > 1:
        growth = rss[lengths[-1]] / rss[lengths[0]] - 1
        check(f"RSS flat from {lengths[0]:g} to {lengths[-1]:g} min (≤ {RSS_GROWTH:.0%} growth)",
              growth <= RSS_GROWTH, f"{growth:+.1%}")
    worst = max(results.speedup(m, floor, ours) - 1 for m in lengths if floor in contenders_for(m))
    check(f"pipeline overhead over recognition alone ≤ {OVERHEAD_LIMIT:.0%}", worst <= OVERHEAD_LIMIT, f"worst {worst:+.1%}")
    longest = lengths[-1]
    first = results.get(longest, ours, "first_s", max)
    check(f"first text on the {longest:g}-min file ≤ {FIRST_TEXT_LIMIT_S:g} s after load",
          first <= FIRST_TEXT_LIMIT_S, f"{first:.2f} s (worst run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 min only")
    parser.add_argument("--minutes", type=float, nargs="+", default=[1, 10, 60])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=user_cache_path("tingxie") / "bench")
    args = parser.parse_args()
    lengths = [1.0] if args.quick else sorted(args.minutes)
    started = time.perf_counter()
    models = build_models(args.cache)
    files = {}
    for minutes in lengths:
        formats = tuple(dict.fromkeys(c.audio_format for c in contenders_for(minutes)))
        files.update(bench_files(args.cache, (minutes,), formats))
    print(f"# bench/speed.py — {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, {_cpu_name()}")
    results = Results()
    for run in range(args.runs):
        for minutes in lengths:
            for contender in contenders_for(minutes):
                audio = files[(minutes, contender.audio_format)]
                figures = run_one(contender, audio, models[contender.kind])
                results.add(minutes, contender, figures)
                print(f"run {run + 1}/{args.runs} {minutes:g} min {contender.label}: "
                      f"{figures['run_s']:.2f} s, {figures['rss_mb']:.0f} MB", file=sys.stderr, flush=True)
    for minutes in lengths:
        print_table(results, minutes, contenders_for(minutes))
    print_targets(results, lengths)
    print(f"\n(whole bench: {(time.perf_counter() - started) / 60:.1f} min)")


def _cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").is_file() else []:
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown CPU"


if __name__ == "__main__":
    main()
