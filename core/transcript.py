"""Segment and Transcript: what writers and history read, nothing else."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Segment:
    start: float  # seconds from the start of the source
    end: float
    text: str
    lang: str = ""  # SenseVoice tags as sherpa-onnx returns them, e.g. "<|zh|>"
    emotion: str = ""
    event: str = ""


@dataclass
class Transcript:
    source: str
    duration: float
    segments: list[Segment] = field(default_factory=list)
    model: str = ""
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments if s.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        segments = [Segment(**s) for s in data.get("segments", [])]
        return cls(
            source=data["source"],
            duration=float(data.get("duration", 0.0)),
            segments=segments,
            model=data.get("model", ""),
            options=dict(data.get("options", {})),
        )
