"""`tingxie --smoke`: does this install work? For installers' and CI's smoke tests.

It starts the real GUI (main window shown, translations installed), checks the Python + PySide6
pair, loads the demo model and the VAD and transcribes the bundled sample, then exits: 0 when
every check passed, 1 otherwise, with one line per check on stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import cast

Check = tuple[str, Callable[[], str]]  # name, a function returning '' on success or the problem


def run_smoke() -> int:
    from PySide6.QtWidgets import QApplication

    from tingxie.gui.app import configure_application

    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0], "--smoke"]))
    configure_application(app)
    failed = 0
    for name, check in _checks():
        try:
            problem = check()
        except Exception as err:  # noqa: BLE001 - a smoke test reports every failure, never a traceback
            problem = f"{type(err).__name__}: {err}"
        failed += bool(problem)
        print(f"{'FAIL' if problem else 'ok'}\t{name}" + (f"\t{problem}" if problem else ""), flush=True)
    print(f"smoke: {'failed' if failed else 'passed'}", flush=True)
    return 1 if failed else 0


def _checks() -> list[Check]:
    return [
        ("Python and PySide6", _binding),
        ("main window and translations", _window),
        ("demo model, VAD and the bundled sample", _transcribe_sample),
        ("PortAudio (microphone and playback)", _portaudio),
    ]


def _binding() -> str:
    from tingxie.gui.qt_check import binding_problem

    return binding_problem()


def _window() -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from tingxie.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    QApplication.processEvents()
    if window.model_picker.count() == 0:
        return "the model picker is empty: the bundled demo model was not found"
    print(f"  interface language: {window.ui_language}; title: {window.windowTitle()}")
    if window.ui_language != "en":
        translated = QCoreApplication.translate("MainWindow", "&File")
        qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")
        print(f"  translated: &File -> {translated}; Qt's Cancel -> {qt_own}")
        if translated == "&File":
            return f"the {window.ui_language} translation of Tingxie is not loaded"
        if qt_own == "Cancel":
            return f"Qt's own {window.ui_language} translation (qtbase) is not loaded"
    window.close()
    return ""


def _transcribe_sample() -> str:
    from tingxie.core.model_store import resolve_model
    from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_TEXT, SAMPLE_WAV, asset
    from tingxie.core.pipeline import Engine, TranscribeOptions

    expected = asset(SAMPLE_TEXT).read_text(encoding="utf-8").strip()
    engine = Engine(TranscribeOptions(model=resolve_model(asset(DEMO_MODEL_DIR))))
    text = engine.transcribe_file(asset(SAMPLE_WAV)).text
    print(f"  {SAMPLE_WAV.name}: {text}")
    return "" if text == expected else f"expected {expected!r}, got {text!r}"


def _portaudio() -> str:
    """The library loads; a machine without a sound card simply lists no devices."""
    import sounddevice

    print(f"  {sounddevice.get_portaudio_version()[1]}; {len(sounddevice.query_devices())} devices")
    return ""
