"""Segment and Transcript: what writers and history read, nothing else."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class CharTime:
    """One character of a segment's text and when it is spoken (seconds from the source's start)."""

    char: str
    start: float
    end: float


@dataclass
class Segment:
    start: float  # seconds from the start of the source
    end: float
    text: str
    lang: str = ""  # SenseVoice tags as sherpa-onnx returns them, e.g. "<|zh|>"
    emotion: str = ""
    event: str = ""
    # One entry per character of `text` (empty for transcripts made before character timing).
    chars: list[CharTime] = field(default_factory=list)
    original_text: str = ""  # what was recognised, when the user has edited `text`; "" if never edited
    speaker: str = ""  # "1", "2", … from core.speakers; "" when speakers were not labelled

    @property
    def edited(self) -> bool:
        return bool(self.original_text) and self.original_text != self.text

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        """Tolerant of fields it does not know and of those added later (old history entries)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["chars"] = [c if isinstance(c, CharTime) else CharTime(**c) for c in values.get("chars", [])]
        return cls(**values)


@dataclass
class Transcript:
    source: str
    duration: float
    segments: list[Segment] = field(default_factory=list)
    model: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    speaker_names: dict[str, str] = field(default_factory=dict)  # speaker id -> the user's name for it

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments if s.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        segments = [Segment.from_dict(s) for s in data.get("segments", [])]
        return cls(
            source=data["source"],
            duration=float(data.get("duration", 0.0)),
            segments=segments,
            model=data.get("model", ""),
            options=dict(data.get("options", {})),
            speaker_names={str(k): str(v) for k, v in dict(data.get("speaker_names") or {}).items()},
        )
