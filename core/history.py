"""Every finished transcript, kept in a local SQLite database: listed, searched, re-exported."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from tingxie.core.aside import move_aside
from tingxie.core.messages import QT_TRANSLATE_NOOP, TranslatableError
from tingxie.core.transcript import Transcript

SCHEMA = """
CREATE TABLE IF NOT EXISTS transcripts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('file', 'dictation')),
    source TEXT NOT NULL,
    model TEXT NOT NULL,
    text TEXT NOT NULL,
    transcript TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS transcripts_created ON transcripts (created);
"""


SEARCH_LIMIT = 500  # rows the History tab shows at once


class HistoryEntryMissing(TranslatableError, KeyError):
    """An entry id that is not (or no longer) in the history."""


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    created: float
    kind: str
    source: str
    model: str
    text: str


class History:
    """One connection per thread that uses it; each write is its own transaction."""

    def __init__(self, path: Path) -> None:
        """A database that cannot be read is moved aside (`moved_aside` says where) and a new
        one started, so a damaged file never keeps the app from opening."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.moved_aside: Path | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            self.moved_aside = move_aside(self.path)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.executescript(SCHEMA)
            db.execute("SELECT id, created, kind, source, model, text, transcript FROM transcripts LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def add(self, transcript: Transcript, kind: str) -> int:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO transcripts (created, kind, source, model, text, transcript) VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), kind, transcript.source, transcript.model, transcript.text,
                 json.dumps(transcript.to_dict(), ensure_ascii=False)),
            )
        assert cursor.lastrowid is not None  # an INSERT always sets it
        return cursor.lastrowid

    def update(self, entry_id: int, transcript: Transcript) -> None:
        """The user's edits of an entry: its text and transcript replaced, its time kept."""
        with self._db:
            cursor = self._db.execute(
                "UPDATE transcripts SET text = ?, transcript = ? WHERE id = ?",
                (transcript.text, json.dumps(transcript.to_dict(), ensure_ascii=False), entry_id),
            )
        if cursor.rowcount == 0:
            raise KeyError(f"No transcript {entry_id} in the history.")

    def search(self, query: str = "", limit: int = SEARCH_LIMIT, entry_id: int | None = None) -> list[HistoryEntry]:
        """Newest first; query matches the text or the source name; `entry_id` narrows it to one."""
        pattern = f"%{query.strip()}%"
        rows = self._db.execute(
            "SELECT id, created, kind, source, model, text FROM transcripts "
            "WHERE (text LIKE ? OR source LIKE ?) AND (? IS NULL OR id = ?) ORDER BY created DESC, id DESC LIMIT ?",
            (pattern, pattern, entry_id, entry_id, limit),
        ).fetchall()
        return [HistoryEntry(*row) for row in rows]

    def get(self, entry_id: int) -> Transcript:
        row = self._db.execute("SELECT transcript FROM transcripts WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise HistoryEntryMissing(QT_TRANSLATE_NOOP("core", "No transcript {entry_id} in the history."), entry_id=entry_id)
        return Transcript.from_dict(json.loads(row[0]))

    def dictations_before(self, cutoff: float) -> list[HistoryEntry]:
        """Dictations older than cutoff (a time.time()), for the retention setting."""
        rows = self._db.execute(
            "SELECT id, created, kind, source, model, text FROM transcripts WHERE kind = 'dictation' AND created < ?",
            (cutoff,),
        ).fetchall()
        return [HistoryEntry(*row) for row in rows]

    def entry(self, entry_id: int) -> HistoryEntry | None:
        found = self.search(entry_id=entry_id, limit=1)
        return found[0] if found else None

    def delete(self, entry_id: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM transcripts WHERE id = ?", (entry_id,))

    def close(self) -> None:
        self._db.close()
