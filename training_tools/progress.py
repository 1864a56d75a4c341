"""What export and verify report while they run: one vocabulary, two renderings.

`--progress text` prints the human lines a terminal user reads; `--progress json` writes one
JSON object per line on stdout, so a caller (the GUI's Export wizard) follows the run from data
instead of matching words in a log. Event names and step ids live here and nowhere else.

    {"event": "step", "step": "load_checkpoint", "index": 1, "total": 4, "message": "..."}
    {"event": "log", "message": "..."}
    {"event": "wrote", "path": "...", "size_mb": 12.3, "message": "..."}
    {"event": "result", "model": "...", "passed": true, "max_abs_diff": 1.3e-05, "cer": 0.0, ...}
    {"event": "error", "message": "..."}
    {"event": "done", "ok": true}
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from tingxie.core.messages import Message

Log = Callable[[str], None]

PROGRESS_FORMATS = ("text", "json")


class Event(str, Enum):
    """The `event` field of a JSON progress line."""

    STEP = "step"
    LOG = "log"
    WROTE = "wrote"
    RESULT = "result"
    ERROR = "error"
    DONE = "done"


class Step(str, Enum):
    """The `step` field: what the tool is starting now."""

    LOAD_CHECKPOINT = "load_checkpoint"
    TRACE_GRAPH = "trace_graph"
    QUANTIZE = "quantize"
    WRITE_FILES = "write_files"
    DECODE = "decode"  # verify: sherpa-onnx decodes the wavs with one model file
    COMPARE = "compare"  # verify: that file's logits against the PyTorch checkpoint's


def export_steps(int8: bool) -> tuple[Step, ...]:
    """The steps of one export, in order; the wizard sizes its progress bar from the same list."""
    quantize = (Step.QUANTIZE,) if int8 else ()
    return (Step.LOAD_CHECKPOINT, Step.TRACE_GRAPH, *quantize, Step.WRITE_FILES)


def verify_steps(models: int) -> tuple[Step, ...]:
    """The steps of verifying `models` ONNX files: decode, then compare, for each."""
    return (Step.DECODE, Step.COMPARE) * models


class Progress:
    """Base reporter: counts steps against the plan; subclasses decide how events look."""

    def __init__(self) -> None:
        self.index = 0
        self.total = 0

    def plan(self, steps: tuple[Step, ...]) -> None:
        """Start a new sequence, so every step event can say how far along it is."""
        self.index, self.total = 0, len(steps)

    def step(self, step: Step, message: str) -> None:
        self.index += 1
        self.total = max(self.total, self.index)
        self._emit(Event.STEP, message, step=step.value, index=self.index, total=self.total)

    def log(self, message: str) -> None:
        self._emit(Event.LOG, message)

    def wrote(self, path: Path, size_mb: float) -> None:
        self._emit(Event.WROTE, f"Wrote {path} ({size_mb:.1f} MB)", path=str(path), size_mb=round(size_mb, 3))

    def result(self, model: str, passed: bool, **fields: Any) -> None:
        """One checked model file; the human table is a separate `log`."""
        self._emit(Event.RESULT, None, model=model, passed=passed, **fields)

    def error(self, message: str, translatable: Message | None = None) -> None:
        """`translatable`: the same sentence as template and fields, for a reader in another language."""
        self._emit(Event.ERROR, message, **({"translatable": translatable.to_json()} if translatable else {}))

    def done(self, ok: bool) -> None:
        self._emit(Event.DONE, None, ok=ok)

    def _emit(self, event: Event, message: str | None, **fields: Any) -> None:
        raise NotImplementedError


class TextProgress(Progress):
    """Today's terminal output: step, log and wrote messages as lines, errors on stderr."""

    def __init__(self, log: Log = print) -> None:
        super().__init__()
        self._log = log

    def error(self, message: str, translatable: Message | None = None) -> None:
        print(f"error: {message}", file=sys.stderr)

    def _emit(self, event: Event, message: str | None, **fields: Any) -> None:
        if message is not None:
            self._log(message)


class JsonProgress(Progress):
    """One JSON object per line, flushed at once, so a reader sees each step as it starts."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def _emit(self, event: Event, message: str | None, **fields: Any) -> None:
        record: dict[str, Any] = {"event": event.value, **{k: _plain(v) for k, v in fields.items()}}
        if message is not None:
            record["message"] = message
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._stream.flush()


def as_progress(progress: Progress | Log) -> Progress:
    """Callers that still pass a log function (the demo-model build) get the text reporter."""
    return progress if isinstance(progress, Progress) else TextProgress(progress)


@contextmanager
def open_progress(kind: str) -> Iterator[Progress]:
    """The reporter for `--progress KIND`; json owns stdout for the duration."""
    if kind == "json":
        with events_stdout() as stream:
            yield JsonProgress(stream)
    else:
        yield TextProgress()


@contextmanager
def events_stdout() -> Iterator[TextIO]:
    """A stream on the real stdout for events, with fd 1 pointed at stderr meanwhile, so
    whatever FunASR, torch or a C++ library prints cannot break a line-by-line JSON reader."""
    sys.stdout.flush()
    saved = os.dup(1)
    stream = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
    os.dup2(2, 1)
    try:
        yield stream
    finally:
        sys.stdout.flush()
        stream.close()
        os.dup2(saved, 1)
        os.close(saved)


def parse_event(line: str) -> dict[str, Any] | None:
    """A progress event from one stdout line, or None when the line is not one."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or record.get("event") not in {e.value for e in Event}:
        return None
    return record


def _plain(value: Any) -> Any:
    """JSON-safe: paths as text, NaN/inf (not valid JSON) as null."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
