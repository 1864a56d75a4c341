"""The UI language: 繁體中文 for zh_TW (and other Traditional-Chinese) systems, else English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core.paths import ASSETS

TRANSLATIONS = ASSETS / "i18n"
UI_LANGUAGES = {"zh_TW": "繁體中文", "en": "English"}
_installed: QTranslator | None = None


def preferred_language(setting: str, system_locale: str) -> str:
    """The saved choice, or the system's: zh_TW / zh_HK / zh_Hant -> zh_TW, anything else -> en."""
    if setting in UI_LANGUAGES:
        return setting
    name = system_locale.replace("-", "_")
    return "zh_TW" if name.startswith(("zh_TW", "zh_HK", "zh_MO", "zh_Hant")) else "en"


def install_translator(setting: str) -> str:
    """Install the app's translator for the chosen language; returns the language used."""
    global _installed
    app = QCoreApplication.instance()
    language = preferred_language(setting, QLocale.system().name())
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language != "en":
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"tingxie_{language}.qm")):
            app.installTranslator(translator)
            _installed = translator
    return language
