"""Preferences remembered between runs (QSettings), turned into core's plain options."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from tingxie.core.pipeline import TranscribeOptions
from tingxie.core.recognizer import LANGUAGES, RecognizerOptions
from tingxie.core.textproc import CONVERSIONS, TextOptions


@dataclass
class AppSettings:
    model: str = "tingxie-demo"
    language: str = "auto"
    use_itn: bool = True
    convert: str = "s2twp"
    fullwidth_punctuation: bool = True
    rules_file: str = ""
    threads: int = 2
    precision: str = "int8"
    output_dir: str = ""
    write_beside_source: bool = False
    auto_formats: list[str] = field(default_factory=lambda: ["srt", "txt"])
    ui_language: str = ""  # "" follows the system locale
    welcome_dismissed: bool = False
    push_to_talk_key: str = "Space"
    training_python: str = ""  # interpreter with torch + FunASR for the Export wizard

    def transcribe_options(self, model_path: Path) -> TranscribeOptions:
        return TranscribeOptions(
            model=model_path,
            recognizer=RecognizerOptions(self.language, self.use_itn, self.threads, self.precision),
            text=TextOptions(
                convert=self.convert,
                fullwidth_punctuation=self.fullwidth_punctuation,
                rules_file=Path(self.rules_file) if self.rules_file else None,
            ),
        )


def qsettings() -> QSettings:
    """INI format under the user's config folder; tests redirect it with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Tingxie", "Tingxie")


def load_settings(store: QSettings | None = None) -> AppSettings:
    """Stored values, with anything missing or invalid falling back to its default."""
    store = store or qsettings()
    settings = AppSettings()
    for f in fields(AppSettings):
        default = getattr(settings, f.name)
        value = store.value(f.name, default)
        setattr(settings, f.name, _coerce(value, default))
    if settings.language not in LANGUAGES:
        settings.language = "auto"
    if settings.convert not in CONVERSIONS:
        settings.convert = "s2twp"
    if settings.precision not in ("int8", "fp32"):
        settings.precision = "int8"
    settings.threads = min(max(1, settings.threads), 64)
    return settings


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
            return int(value)
        if isinstance(default, list):
            if isinstance(value, str):
                return [v for v in value.split(",") if v]
            return [str(v) for v in value] if value else []
        return str(value)
    except (TypeError, ValueError):
        return default
