"""The one builder of TranscribeOptions, from the CLI's flags or the app's saved settings.

Both hand over plain values under the same names; anything not given keeps the default of its
option dataclass (RecognizerOptions, TextOptions), which are the only place defaults live.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from tingxie.core.models import ValidModel
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.speakers import parse_speakers
from tingxie.core.subtitles import SubtitleOptions
from tingxie.core.textproc import TextOptions

RECOGNIZER_KEYS = tuple(f.name for f in fields(RecognizerOptions))  # language, use_itn, threads, precision
TEXT_KEYS = ("convert", "fullwidth_punctuation", "rules_file")
# The CLI's --subtitle-style and the app's setting share the name "subtitle_style"; the limits keep theirs.
SUBTITLE_KEYS = {("subtitle_style" if f.name == "style" else f.name): f.name for f in fields(SubtitleOptions)}


def speaker_choices(values: dict[str, Any]) -> dict[str, Any]:
    """--speaker-model / --segmentation-model (a file or an installed id), --speaker-method and
    --speaker-threshold; what is not given keeps SpeakerOptions' default."""
    from tingxie.core.speaker_store import resolve_speaker_model

    chosen: dict[str, Any] = {}
    if values.get("speaker_model"):
        chosen["embedding_model"] = resolve_speaker_model(values["speaker_model"], "speaker")
    if values.get("segmentation_model"):
        chosen["segmentation_model"] = resolve_speaker_model(values["segmentation_model"], "segmentation")
    if values.get("speaker_method"):
        chosen["method"] = values["speaker_method"]
    if values.get("speaker_threshold") is not None:
        chosen["threshold"] = float(values["speaker_threshold"])
    return chosen


def build_transcribe_options(model: ValidModel, values: dict[str, Any]) -> TranscribeOptions:
    """Options for one job; an unknown language, precision, conversion or thread count is a
    ValueError that says what is allowed."""
    recognizer = RecognizerOptions(**{k: values[k] for k in RECOGNIZER_KEYS if values.get(k) is not None})
    text = {k: values[k] for k in TEXT_KEYS if values.get(k) is not None}
    if "rules_file" in text:
        text["rules_file"] = Path(text["rules_file"]) if text["rules_file"] else None
    speakers = parse_speakers(values.get("speakers"), **speaker_choices(values))  # "auto", a count, or off
    return TranscribeOptions(model=model, recognizer=recognizer, text=TextOptions(**text), speakers=speakers)


def build_subtitle_options(values: dict[str, Any]) -> SubtitleOptions:
    """How SRT/VTT cues are shaped, from the same plain values; a bad limit is a ValueError
    that says what is allowed."""
    return SubtitleOptions(**{name: values[key] for key, name in SUBTITLE_KEYS.items() if values.get(key) is not None})
