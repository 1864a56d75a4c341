"""Segment and Transcript: what writers and history read, nothing else."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Segment:
    start: float  # seconds from the start of the source
    end: float
    text: str
    lang: str = ""  # SenseVoice tags as sherpa-onnx returns them, e.g. "<|zh|>"
    emotion: str = ""
    event: str = ""
    speaker: str = ""  # "1", "2", … from core.speakers; "" when speakers were not labelled


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
        known = {f.name for f in fields(Segment)}  # older or newer entries: unknown keys are ignored
        segments = [Segment(**{k: v for k, v in s.items() if k in known}) for s in data.get("segments", [])]
        return cls(
            source=data["source"],
            duration=float(data.get("duration", 0.0)),
            segments=segments,
            model=data.get("model", ""),
            options=dict(data.get("options", {})),
            speaker_names={str(k): str(v) for k, v in dict(data.get("speaker_names") or {}).items()},
        )
