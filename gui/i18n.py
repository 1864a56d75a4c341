"""The UI language: 繁體中文 for zh_TW (and other Traditional-Chinese) systems, else English."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from tingxie.core.messages import CORE_CONTEXT, QT_TRANSLATE_NOOP, Message, TranslatableError
from tingxie.core.paths import TRANSLATIONS_DIR as TRANSLATIONS
from tingxie.gui.logs import log

__all__ = ["QT_TRANSLATE_NOOP", "error_text", "install_translator", "translated"]  # the marker is core's, one for both


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
    # Qt's own dialogs, not the platform's: only they speak the language chosen here (a native
    # file dialog follows the system's), and numbers and dates follow it too.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QLocale.setDefault(QLocale(language) if language != "en" else QLocale.system())
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


def translated(message: Message) -> str:
    """A core message in the UI language: each template (and nested message) through Qt's
    translation, then filled with its parameters; a template without a translation stays English."""
    return message.render(lambda template: QCoreApplication.translate(CORE_CONTEXT, template))


def error_text(err: BaseException) -> tuple[str, str]:
    """What a dialog shows for an exception: (the sentence for the user, technical details).
    core's errors are translated; their `reason` (a library's or the OS's own words, which no
    translation covers) goes to the details. Anything else is shown as it is, with its trace."""
    if isinstance(err, TranslatableError):
        reason = err.message.params.get("reason")
        return translated(err.message), "" if reason is None else str(reason)
    text = str(err) or type(err).__name__
    return text, "".join(traceback.format_exception(err))
