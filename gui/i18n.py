"""The UI language: 繁體中文 for zh_TW (and other Traditional-Chinese) systems, else English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tingxie.core.paths import TRANSLATIONS_DIR as TRANSLATIONS
from tingxie.gui.logs import log


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for lupdate where it is defined (enum values, tables); translate it where shown."""
    return text


UI_LANGUAGES = {"zh_TW": "繁體中文", "en": "English"}
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The UI language in use, for text that comes from data rather than from tr() (the catalog)."""
    return _current[0]


def preferred_language(setting: str, system_locale: str) -> str:
    """The saved choice, or the system's: zh_TW / zh_HK / zh_Hant -> zh_TW, anything else -> en."""
    if setting in UI_LANGUAGES:
        return setting
    name = system_locale.replace("-", "_")
    return "zh_TW" if name.startswith(("zh_TW", "zh_HK", "zh_MO", "zh_Hant")) else "en"


def install_translator(setting: str) -> str:
    """Install Tingxie's translator and Qt's own (dialog buttons, file dialogs, text-field menus)
    for the chosen language; returns the language used."""
    app = QCoreApplication.instance()
    language = preferred_language(setting, QLocale.system().name())
    while _installed:
        app.removeTranslator(_installed.pop())
    if language != "en":
        for name, folder in ((f"tingxie_{language}", str(TRANSLATIONS)), (f"qtbase_{language}", qt_translations_dir())):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("No %s.qm in %s: those strings stay in English.", name, folder)
    _current[0] = language
    return language


def qt_translations_dir() -> str:
    """Where Qt keeps qtbase_*.qm: PySide6's Qt/translations, in a wheel and in a bundle alike."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
