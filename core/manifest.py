"""The resumable record of a run over many files: one JSON line per change, in the output folder.

A line is appended (and fsync'ed) each time a file starts, is done or fails, after its output
files are in place; so a run killed at any moment loses at most the files in flight, and a torn
last line is ignored. A re-run skips a file only when the record says done for the same source
(size, mtime, else its SHA-256) and the same options, and every output file is still there.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from tingxie.core.writers import write_atomically

MANIFEST_NAME = ".tingxie-manifest.jsonl"
MANIFEST_VERSION = 1


class FileState(str, Enum):
    RUNNING = "running"  # handed to a worker; a re-run redoes it
    DONE = "done"  # every output file written
    FAILED = "failed"  # with its reason; a re-run retries it


@dataclass(frozen=True)
class SourceStamp:
    """What a source file was when it was transcribed."""

    size: int
    mtime_ns: int
    sha256: str | None = None  # computed by the worker that read it

    @classmethod
    def of(cls, path: Path, sha256: str | None = None) -> SourceStamp:
        st = Path(path).stat()
        return cls(st.st_size, st.st_mtime_ns, sha256)


@dataclass(frozen=True)
class Entry:
    source: str  # the path as the user gave it (it is also the transcript's "source")
    state: FileState
    options: str  # options_key() of the run
    stamp: SourceStamp | None = None
    outputs: tuple[str, ...] = ()  # file names inside the output folder
    reason: str = ""
    node: str = ""
    seconds: float = 0.0  # the worker's time on it
    extra: dict[str, Any] = field(default_factory=dict)

    def to_line(self) -> str:
        data = asdict(self)
        data["state"] = self.state.value
        return json.dumps({"v": MANIFEST_VERSION, **data}, ensure_ascii=False, sort_keys=True) + "\n"

    @classmethod
    def from_line(cls, line: str) -> Entry:
        data = json.loads(line)
        data.pop("v", None)
        stamp = data.pop("stamp", None)
        return cls(**{**data, "state": FileState(data["state"]), "outputs": tuple(data.get("outputs", ())),
                      "stamp": SourceStamp(**stamp) if stamp else None})


def sha256_of(path: Path, block: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(block):
            digest.update(chunk)
    return digest.hexdigest()


def options_key(description: dict[str, Any]) -> str:
    """One hash for everything that shapes the output files (options, model bytes, formats)."""
    return hashlib.sha256(json.dumps(description, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]


class Manifest:
    """The latest Entry per source, read from and appended to OUTPUT/.tingxie-manifest.jsonl."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        if self.path.is_file():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = Entry.from_line(line)
                except (ValueError, TypeError, KeyError):
                    continue  # a line torn by a kill, or from another version: that file is redone
                self.entries[entry.source] = entry
        self._file: TextIO | None = None

    def open(self) -> Manifest:
        """Rewrite the file with one line per source (atomically), then append from there."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, "".join(e.to_line() for e in self.entries.values()))
        self._file = open(self.path, "a", encoding="utf-8")  # held for the run
        return self

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def record(self, entry: Entry) -> None:
        assert self._file is not None, "open() the manifest first"
        self.entries[entry.source] = entry
        self._file.write(entry.to_line())
        self._file.flush()
        os.fsync(self._file.fileno())

    def is_done(self, source: str, path: Path, key: str, outputs: list[Path]) -> bool:
        """Done for these options and this content, with every output still in place."""
        entry = self.entries.get(source)
        if entry is None or entry.state is not FileState.DONE or entry.options != key or entry.stamp is None:
            return False
        if not all(p.is_file() for p in outputs):
            return False
        now = SourceStamp.of(path)
        if (now.size, now.mtime_ns) == (entry.stamp.size, entry.stamp.mtime_ns):
            return True
        if now.size != entry.stamp.size or sha256_of(path) != entry.stamp.sha256:
            return False
        self.entries[source] = replace(entry, stamp=replace(now, sha256=entry.stamp.sha256))  # touched, same bytes
        return True

    def counts(self) -> dict[str, int]:
        found = {s.value: 0 for s in FileState}
        for e in self.entries.values():
            found[e.state.value] += 1
        return found
