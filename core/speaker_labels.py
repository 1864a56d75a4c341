"""How a segment's speaker reads in every output: the user's name for it, or "Speaker N".

Segments keep only the speaker id ("1", "2", …); Transcript.speaker_names maps an id to the
name a user gave it, once for the whole transcript, so renaming never touches a segment and
every writer (and the transcript view) reads the same name from here.
"""

from __future__ import annotations

from tingxie.core.transcript import Segment, Transcript

DEFAULT_SPEAKER_NAME = "Speaker {0}"  # the files' default; the app shows a translated one


def speaker_ids(t: Transcript) -> list[str]:
    """The transcript's speakers in the order they first talk."""
    return list(dict.fromkeys(s.speaker for s in t.segments if s.speaker))


def speaker_name(t: Transcript, speaker: str, default: str = DEFAULT_SPEAKER_NAME) -> str:
    """The user's name for `speaker`, else `default` with its number; "" for no speaker."""
    if not speaker:
        return ""
    return t.speaker_names.get(speaker) or default.format(speaker)


def rename_speaker(t: Transcript, speaker: str, name: str) -> None:
    """Name one speaker across the whole transcript; an empty name goes back to the default."""
    if speaker not in speaker_ids(t):
        raise KeyError(f"No speaker {speaker!r} in this transcript.")
    name = " ".join(name.split()).replace("-->", "->")  # one line, never an SRT/VTT timing arrow
    if name:
        t.speaker_names[speaker] = name
    else:
        t.speaker_names.pop(speaker, None)


def speaker_prefix(t: Transcript, segment: Segment) -> str:
    """What SRT, TXT and TSV put before a segment's text: "Name: ", or "" without speakers."""
    name = speaker_name(t, segment.speaker)
    return f"{name}: " if name else ""


def vtt_voice(t: Transcript, segment: Segment, cue_text: str) -> str:
    """WebVTT's voice span, <v Name>text: players show the name, and it stays out of the text.
    The name is annotation text there: &, < and > are escaped, as in the cue text itself."""
    name = speaker_name(t, segment.speaker)
    if not name:
        return cue_text
    escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<v {escaped}>{cue_text}"


def speaker_json(t: Transcript, segment: Segment, row: dict) -> dict:
    """A segment's JSON row with `speaker_name` beside `speaker` (the name every other format
    shows), or without `speaker` at all when speakers were not labelled (as before them)."""
    name = speaker_name(t, segment.speaker)
    if not name:
        return {k: v for k, v in row.items() if k != "speaker"}
    return {**row, "speaker_name": name}
