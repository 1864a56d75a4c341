"""`prepare`: a Common Voice folder -> SenseVoice JSONL for train / val / test.

Every clip is decoded once to a 16 kHz wav (in parallel; clips already converted are kept),
and every row that cannot be used is written to rejects.tsv with the reason, never dropped
silently.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from tingxie.core.vocabulary import SAMPLE_RATE

SPLITS = {"train": "train.tsv", "val": "dev.tsv", "test": "test.tsv"}
PUNCTUATION = re.compile(r"[，。？！、；：「」『』（）《》〈〉…—,.?!;:]")
Log = Callable[[str], None]


@dataclass
class SplitReport:
    rows: int = 0
    hours: float = 0.0


@dataclass
class PrepareReport:
    splits: dict[str, SplitReport] = field(default_factory=dict)
    rejects: int = 0
    replay_rows: int = 0

    def table(self) -> str:
        lines = [f"{'split':6} {'samples':>8} {'hours':>7}"]
        lines += [f"{name:6} {r.rows:8d} {r.hours:7.2f}" for name, r in self.splits.items()]
        lines.append(f"rejected rows: {self.rejects} (see rejects.tsv)")
        if self.replay_rows:
            lines.append(f"replay rows mixed into train: {self.replay_rows}")
        return "\n".join(lines)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and not {"path", "sentence"} <= set(rows[0]):
        raise ValueError(f"{path} has no 'path' and 'sentence' columns; is it a Common Voice TSV?")
    return rows


def convert_clip(args: tuple[str, str]) -> tuple[str, float | None, str]:
    """mp3 -> 16 kHz mono wav; returns (source, seconds or None, reason). Runs in a worker process."""
    import soundfile as sf

    from tingxie.core.audio import AudioError, load_audio

    mp3, wav = map(Path, args)
    try:
        if wav.is_file():
            return args[0], sf.info(str(wav)).duration, ""
        audio = load_audio(mp3)
        if len(audio) == 0:
            return args[0], None, "no audio in the clip"
        wav.parent.mkdir(parents=True, exist_ok=True)
        partial = wav.with_suffix(".part.wav")
        sf.write(partial, audio, SAMPLE_RATE, subtype="PCM_16")
        partial.replace(wav)
        return args[0], len(audio) / SAMPLE_RATE, ""
    except (AudioError, OSError, RuntimeError) as err:
        return args[0], None, f"unreadable audio: {err}"


def sample_row(key: str, wav: Path, seconds: float, target: str) -> dict[str, object]:
    return {
        "key": key,
        "source": str(wav.resolve()),
        "source_len": round(seconds * 100),  # 10 ms fbank frames
        "target": target,
        "target_len": len(target),
        "text_language": "<|zh|>",
        "emo_target": "<|NEUTRAL|>",
        "event_target": "<|Speech|>",
        "with_or_wo_itn": "<|withitn|>" if PUNCTUATION.search(target) else "<|woitn|>",
    }


def prepare(
    cv_dir: Path, out_dir: Path, jobs: int = 4, replay: Path | None = None, replay_ratio: float = 0.2,
    log: Log = print,
) -> PrepareReport:
    from tingxie.core.textproc import converter

    cv_dir, out_dir = Path(cv_dir), Path(out_dir)
    to_traditional = converter("s2tw")
    report = PrepareReport()
    rejects: list[tuple[str, str, str]] = []
    for split, tsv_name in SPLITS.items():
        tsv = cv_dir / tsv_name
        if not tsv.is_file():
            raise FileNotFoundError(f"{tsv} not found: a Common Voice folder has train.tsv, dev.tsv, test.tsv and clips/.")
        todo: list[tuple[str, str]] = []
        texts: dict[str, tuple[str, Path, str]] = {}
        for row in read_tsv(tsv):
            clip = cv_dir / "clips" / row["path"]
            text = to_traditional.convert((row.get("sentence") or "").strip())
            if not text:
                rejects.append((split, row["path"], "empty sentence"))
            elif not clip.is_file():
                rejects.append((split, row["path"], "missing clip"))
            else:
                wav = out_dir / "wav" / split / (Path(row["path"]).stem + ".wav")
                todo.append((str(clip), str(wav)))
                texts[str(clip)] = (row["path"], wav, text)
        log(f"{split}: converting {len(todo)} clips with {jobs} processes")
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(convert_clip, todo, chunksize=16))
        rows = []
        for source, seconds, reason in results:
            name, wav, text = texts[source]
            if seconds is None:
                rejects.append((split, name, reason))
                continue
            rows.append(sample_row(Path(name).stem, wav, seconds, text))
        if split == "train" and replay is not None:
            extra = replay_rows(replay, round(len(rows) * replay_ratio))
            report.replay_rows = len(extra)
            rows += extra
        write_jsonl(out_dir / f"{split}.jsonl", rows)
        report.splits[split] = SplitReport(len(rows), sum(cast(int, r["source_len"]) for r in rows) / 100 / 3600)
    write_rejects(out_dir / "rejects.tsv", rejects)
    report.rejects = len(rejects)
    log(report.table())
    return report


def replay_rows(source: Path, count: int) -> list[dict[str, object]]:
    """Original-domain samples (a JSONL file, or every *.jsonl in a folder), drawn with a fixed seed."""
    files = sorted(Path(source).glob("*.jsonl")) if Path(source).is_dir() else [Path(source)]
    pool = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not pool:
        raise ValueError(f"{source} holds no JSONL rows to replay.")
    return random.Random(0).sample(pool, min(count, len(pool)))


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def write_rejects(path: Path, rejects: list[tuple[str, str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(["split", "path", "reason"])
        writer.writerows(rejects)
