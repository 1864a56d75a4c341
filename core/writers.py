"""Transcript files: TXT, SRT, VTT, JSON and TSV, each written atomically.

A new format is one renderer here (Transcript -> text) and its name in vocabulary.FORMATS."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from tingxie.core.speaker_labels import speaker_ids, speaker_json, speaker_prefix, vtt_voice
from tingxie.core.transcript import Transcript
from tingxie.core.vocabulary import FORMATS


def timestamp(seconds: float, decimal: str) -> str:
    """HH:MM:SS,mmm (SRT) or HH:MM:SS.mmm (WebVTT), rounded to the millisecond."""
    ms = max(0, round(seconds * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{ms:03d}"


def to_txt(t: Transcript) -> str:
    if not speaker_ids(t):
        return t.text + "\n"
    lines, last = [], None
    for s in (s for s in t.segments if s.text):  # a speaker's name where they start talking
        lines.append((speaker_prefix(t, s) if s.speaker != last else "") + s.text)
        last = s.speaker
    return "\n".join(lines) + "\n"


def to_srt(t: Transcript) -> str:
    cues = [s for s in t.segments if s.text]
    blocks = [
        f"{i}\n{timestamp(s.start, ',')} --> {timestamp(s.end, ',')}\n{speaker_prefix(t, s)}{s.text}\n"
        for i, s in enumerate(cues, 1)
    ]
    return "\n".join(blocks)


def vtt_text(text: str) -> str:
    """WebVTT cue text: &, < and > are markup there, and a cue must never contain "-->"."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(t: Transcript) -> str:
    cues = [
        f"{timestamp(s.start, '.')} --> {timestamp(s.end, '.')}\n{vtt_voice(t, s, vtt_text(s.text))}\n"
        for s in t.segments
        if s.text
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_json(t: Transcript) -> str:
    data = t.to_dict()
    data["segments"] = [speaker_json(t, segment, row) for segment, row in zip(t.segments, data["segments"])]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_tsv(t: Transcript) -> str:
    """start, end (seconds) and text per segment: for spreadsheets and alignment tools."""
    rows = [f"{s.start:.3f}\t{s.end:.3f}\t{speaker_prefix(t, s)}{' '.join(s.text.split())}\n" for s in t.segments if s.text]
    return "start\tend\ttext\n" + "".join(rows)


RENDERERS: dict[str, Callable[[Transcript], str]] = {
    "txt": to_txt, "srt": to_srt, "vtt": to_vtt, "json": to_json, "tsv": to_tsv,
}
assert tuple(RENDERERS) == FORMATS, "every format in vocabulary.FORMATS needs one renderer"


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown or not formats:
        raise ValueError(f"Unknown output format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}.")
    return formats


def write_transcript(t: Transcript, formats: list[str], output_dir: Path, stem: str) -> list[Path]:
    output_dir.mkdir(parents=True, exist_ok=True)
    return [write_atomically(output_dir / f"{stem}.{fmt}", RENDERERS[fmt](t)) for fmt in formats]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()  # what open() would give: 0644 under the usual umask 022


def write_atomically(path: Path, text: str) -> Path:
    """A crash mid-write leaves the old file or none, never half a transcript. mkstemp makes
    the file 0600; it gets the mode the user's umask gives any new file, so a colleague can read
    a subtitle file written to a shared folder."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
