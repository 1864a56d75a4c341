"""Every choice Tingxie offers, defined once: the CLI's argparse, the settings loader and
dialog, the writers, training_tools and bench/ all import these. Defaults are not here: they
live in the option dataclasses (RecognizerOptions, TextOptions, …) alone."""

from __future__ import annotations

SAMPLE_RATE = 16000  # Hz: SenseVoice's frontend, Silero VAD and the microphone stream all use it

# SenseVoice's language prompt ("auto" lets the model decide).
LANGUAGES = ("auto", "zh", "en", "yue", "ja", "ko")
# Language tags the model itself emits or is trained with (no "auto"; "nospeech" for silence).
MODEL_LANGUAGES = (*LANGUAGES[1:], "nospeech")

# Which ONNX file of a model folder: model.int8.onnx or model.onnx (NAME.int8.onnx / NAME.onnx).
PRECISIONS = ("int8", "fp32")

# OpenCC conversions: none, Simplified -> Traditional (Taiwan), and with Taiwan phrases (软件 -> 軟體).
CONVERSIONS = ("none", "s2tw", "s2twp")

# Transcript files a job can write; each has one renderer in core/writers.py.
FORMATS = ("txt", "srt", "vtt", "json", "tsv")

# onnxruntime intra-op threads a user may ask for.
THREADS_MIN, THREADS_MAX = 1, 64

# SenseVoice's emotion and audio-event tags, as the model emits them inside <|…|>.
EMOTIONS = ("HAPPY", "SAD", "ANGRY", "NEUTRAL", "FEARFUL", "DISGUSTED", "SURPRISED", "EMO_UNKNOWN")
EVENTS = ("Speech", "BGM", "Laughter", "Applause", "Cry", "Sneeze", "Breath", "Cough", "Event_UNK")


def tag(name: str) -> str:
    """SenseVoice's spelling of a special token: <|zh|>, <|HAPPY|>, <|BGM|>."""
    return f"<|{name}|>"

# Punctuation after which a speaker pauses: phrase ends for character timing, preferred subtitle breaks.
PAUSE_PUNCTUATION = "，。？！、；：,.?!;:…"

# Subtitle styles: "standard" keeps punctuation; "broadcast" (Taiwan TV) shows ，and 。 as spaces.
SUBTITLE_STYLES = ("standard", "broadcast")

# Playback speeds the transcript view offers (1.0 is normal speed).
PLAYBACK_SPEEDS = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0)

# Speaker labels: `--speakers auto` or a count up to SPEAKERS_MAX; how segments get them
# ("segments": an embedding per VAD segment; "pyannote": sherpa-onnx's OfflineSpeakerDiarization).
SPEAKERS_AUTO = "auto"
SPEAKERS_MAX = 8
SPEAKER_METHODS = ("segments", "pyannote")

# What a catalog entry installs: a SenseVoice model, a speaker-embedding or a segmentation model.
MODEL_KINDS = ("asr", "speaker", "segmentation")

# Global dictation: how the key acts, how the text reaches the focused application, and how
# long dictations (text and audio) stay in the history ("none": not kept once inserted).
HOTKEY_MODES = ("hold", "toggle")
INSERT_MODES = ("paste", "shift_insert", "type")
RETENTIONS = ("7d", "30d", "forever", "none")
RETENTION_DAYS: dict[str, float | None] = {"7d": 7, "30d": 30, "forever": None, "none": 0}
PREROLL_SECONDS = 0.5  # audio kept from before the key press, so the first syllable is never cut
