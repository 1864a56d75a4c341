"""Preferences remembered between runs (QSettings), turned into core's plain options."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings

from tingxie.core.aside import move_aside
from tingxie.core.hotkey import Hotkey, HotkeyError, HotkeyOptions
from tingxie.core.insertion import InsertOptions
from tingxie.core.models import ValidModel
from tingxie.core.options import build_subtitle_options, build_transcribe_options
from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.speakers import parse_speakers
from tingxie.core.subtitles import SubtitleOptions
from tingxie.core.textproc import TextOptions
from tingxie.core.vocabulary import (
    CONVERSIONS,
    HOTKEY_MODES,
    INSERT_MODES,
    LANGUAGES,
    PRECISIONS,
    RETENTIONS,
    THREADS_MAX,
    THREADS_MIN,
)

R, T, S = RecognizerOptions, TextOptions, SubtitleOptions  # the defaults live there, and only there
H, INS = HotkeyOptions, InsertOptions


@dataclass
class AppSettings:
    model: str = "tingxie-demo"
    language: str = R.language
    use_itn: bool = R.use_itn
    convert: str = T.convert
    fullwidth_punctuation: bool = T.fullwidth_punctuation
    rules_file: str = ""
    threads: int = R.threads
    precision: str = R.precision
    speakers: str = ""  # "": no speaker labels; "auto", or a count "2".."8" (core.speakers.parse_speakers)
    output_dir: str = ""
    write_beside_source: bool = False
    auto_formats: list[str] = field(default_factory=lambda: ["srt", "txt"])
    ui_language: str = ""  # "" follows the system locale
    welcome_dismissed: bool = False
    push_to_talk_key: str = "Space"
    training_python: str = ""  # interpreter with torch + FunASR for the Export wizard
    subtitle_style: str = S.style
    max_line_chars: int = S.max_line_chars
    max_lines: int = S.max_lines
    min_duration: float = S.min_duration
    max_duration: float = S.max_duration
    max_cps: float = S.max_cps
    min_gap: float = S.min_gap
    global_dictation: bool = H.enabled  # the push-to-talk key works in every application
    hotkey: str = H.hotkey
    hotkey_mode: str = H.mode
    insert_mode: str = INS.mode
    drop_final_period: bool = INS.drop_final_period
    add_space: bool = INS.add_space
    keep_in_tray: bool = True  # closing the window leaves Tingxie in the tray (when there is one)
    dictation_retention: str = RETENTIONS[1]  # 30 days

    def hotkey_options(self) -> HotkeyOptions:
        return HotkeyOptions(self.global_dictation, self.hotkey, self.hotkey_mode)

    def insert_options(self) -> InsertOptions:
        return InsertOptions(self.insert_mode, self.drop_final_period, self.add_space)

    def transcribe_options(self, model: ValidModel) -> TranscribeOptions:
        return build_transcribe_options(model, asdict(self))

    def subtitle_options(self) -> SubtitleOptions:
        return build_subtitle_options(asdict(self))


def qsettings() -> QSettings:
    """INI format under the user's config folder; tests redirect it with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Tingxie", "Tingxie")


def set_aside_damaged_settings(store: QSettings | None = None) -> Path | None:
    """A settings file Qt cannot parse (or that is not text at all) is moved aside so the app
    starts with defaults; returns where it went, for the app to say so."""
    store = store or qsettings()
    path = Path(store.fileName())
    if not path.is_file():
        return None
    if store.status() != QSettings.Status.FormatError and _is_text(path.read_bytes()):
        return None
    return move_aside(path)


def _is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\0" not in data


def load_settings(store: QSettings | None = None) -> AppSettings:
    """Stored values, with anything missing or invalid falling back to its default."""
    store = store or qsettings()
    settings = AppSettings()
    for f in fields(AppSettings):
        default = getattr(settings, f.name)
        value = store.value(f.name, default)
        setattr(settings, f.name, _coerce(value, default))
    defaults = AppSettings()
    for name, choices in (
        ("language", LANGUAGES), ("convert", CONVERSIONS), ("precision", PRECISIONS),
        ("hotkey_mode", HOTKEY_MODES), ("insert_mode", INSERT_MODES), ("dictation_retention", RETENTIONS),
    ):
        if getattr(settings, name) not in choices:
            setattr(settings, name, getattr(defaults, name))
    settings.threads = min(max(THREADS_MIN, settings.threads), THREADS_MAX)
    try:
        settings.subtitle_options()
    except ValueError:  # stored limits that contradict each other: all subtitle limits back to defaults
        for name in SUBTITLE_FIELDS:
            setattr(settings, name, getattr(defaults, name))
    try:
        parse_speakers(settings.speakers)
    except ValueError:
        settings.speakers = defaults.speakers
    try:
        Hotkey.parse(settings.hotkey)
    except HotkeyError:
        settings.hotkey = defaults.hotkey
    return settings


SUBTITLE_FIELDS = ("subtitle_style", "max_line_chars", "max_lines", "min_duration", "max_duration", "max_cps", "min_gap")


def save_settings(settings: AppSettings, store: QSettings | None = None) -> None:
    store = store or qsettings()
    for f in fields(AppSettings):
        store.setValue(f.name, getattr(settings, f.name))
    store.sync()


def _coerce(value: object, default: object) -> object:
    """QSettings' INI files give strings back; restore the default's type."""
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if isinstance(default, int):
            return int(str(value))
        if isinstance(default, float):
            return float(str(value))
        if isinstance(default, list):
            if isinstance(value, str):
                return [v for v in value.split(",") if v]
            return [str(v) for v in cast(list, value)] if value else []
        return str(value)
    except (TypeError, ValueError):
        return default
