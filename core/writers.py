"""Transcript files: TXT, SRT, VTT, JSON and TSV, each written atomically.

A new format is one renderer here ((Transcript, SubtitleOptions) -> text) and its name in
vocabulary.FORMATS. TXT and TSV keep the segments (paragraphs); SRT and VTT are cues shaped by
core.subtitles; JSON keeps both."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue, message
from tingxie.core.speaker_labels import speaker_ids, speaker_json, speaker_prefix, vtt_voice
from tingxie.core.subtitles import DEFAULT_SUBTITLES, Cue, SubtitleOptions, build_cues
from tingxie.core.transcript import Transcript
from tingxie.core.vocabulary import FORMATS


def timestamp(seconds: float, decimal: str) -> str:
    """HH:MM:SS,mmm (SRT) or HH:MM:SS.mmm (WebVTT), rounded to the millisecond."""
    ms = max(0, round(seconds * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{ms:03d}"


def to_txt(t: Transcript, style: SubtitleOptions = DEFAULT_SUBTITLES) -> str:
    if not speaker_ids(t):
        return t.text + "\n"
    lines, last = [], None
    for s in (s for s in t.segments if s.text):  # a speaker's name where they start talking
        lines.append((speaker_prefix(t, s) if s.speaker != last else "") + s.text)
        last = s.speaker
    return "\n".join(lines) + "\n"


def cue_text(cue: Cue) -> str:
    """The lines of one cue (SRT and VTT put the speaker before them, see core.speaker_labels)."""
    return cue.text


def to_srt(t: Transcript, style: SubtitleOptions = DEFAULT_SUBTITLES) -> str:
    blocks = [
        f"{i}\n{timestamp(c.start, ',')} --> {timestamp(c.end, ',')}\n{speaker_prefix(t, c.segment)}{cue_text(c)}\n"
        for i, c in enumerate(build_cues(t, style), 1)
    ]
    return "\n".join(blocks)


def vtt_text(text: str) -> str:
    """WebVTT cue text: &, < and > are markup there, and a cue must never contain "-->"
    (escaping > already makes that impossible)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(t: Transcript, style: SubtitleOptions = DEFAULT_SUBTITLES) -> str:
    cues = [
        f"{timestamp(c.start, '.')} --> {timestamp(c.end, '.')}\n{vtt_voice(t, c.segment, vtt_text(cue_text(c)))}\n"
        for c in build_cues(t, style)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def to_json(t: Transcript, style: SubtitleOptions = DEFAULT_SUBTITLES) -> str:
    """The transcript (segments, character times, edits, speakers) and the subtitle cues made from it."""
    cues = [
        {"start": round(c.start, 3), "end": round(c.end, 3), "lines": c.lines, "segment": _index(t, c)}
        for c in build_cues(t, style)
    ]
    data = t.to_dict()
    data["segments"] = [speaker_json(t, segment, row) for segment, row in zip(t.segments, data["segments"])]
    return json.dumps({**data, "subtitles": cues}, ensure_ascii=False, indent=2) + "\n"


def _index(t: Transcript, cue: Cue) -> int:
    return next(i for i, s in enumerate(t.segments) if s is cue.segment)


def to_tsv(t: Transcript, style: SubtitleOptions = DEFAULT_SUBTITLES) -> str:
    """start, end (seconds) and text per segment: for spreadsheets and alignment tools."""
    rows = [f"{s.start:.3f}\t{s.end:.3f}\t{speaker_prefix(t, s)}{' '.join(s.text.split())}\n" for s in t.segments if s.text]
    return "start\tend\ttext\n" + "".join(rows)


RENDERERS: dict[str, Callable[[Transcript, SubtitleOptions], str]] = {
    "txt": to_txt, "srt": to_srt, "vtt": to_vtt, "json": to_json, "tsv": to_tsv,
}
assert tuple(RENDERERS) == FORMATS, "every format in vocabulary.FORMATS needs one renderer"


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown or not formats:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("core", "Unknown output format {value}; choose from {choices}."),
            value=", ".join(unknown) or message(QT_TRANSLATE_NOOP("core", "(none)")), choices=", ".join(FORMATS),
        )
    return formats


def write_transcript(
    t: Transcript, formats: list[str], output_dir: Path, stem: str, style: SubtitleOptions = DEFAULT_SUBTITLES
) -> list[Path]:
    output_dir.mkdir(parents=True, exist_ok=True)
    return [write_atomically(output_dir / f"{stem}.{fmt}", RENDERERS[fmt](t, style)) for fmt in formats]


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
