"""Global dictation: the push-to-talk key anywhere -> the open microphone's audio on disk ->
recognition -> the text inserted where the user's cursor is.

pynput's thread and the recognition threads only emit signals; sessions start and stop, and
text is inserted, on the GUI thread.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tingxie.core.dictation import DictationError, DictationSession, DictationState, Microphone, recording_name
from tingxie.core.hotkey import GlobalHotkey, Hotkey, HotkeyMode, HotkeyOptions, InputSupport, PushToTalk, input_support
from tingxie.core.insertion import InsertMode, InsertOptions, prepare_text
from tingxie.core.keystrokes import system_keyboard
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.gui.i18n import QT_TRANSLATE_NOOP
from tingxie.gui.text_insertion import TextInserter

TAIL = 0.15  # s of audio kept after the key is released: people let go on the last syllable
log = logging.getLogger(__name__)


class GlobalDictation(QObject):
    state_changed = Signal(object)  # DictationState
    utterance_done = Signal(object, str)  # DictationSession (recording on disk), the text inserted
    failed = Signal(str, str)  # message, details
    _key_down = Signal()  # from pynput's thread
    _key_up = Signal()
    _recognised = Signal(object)  # DictationSession, from its finishing thread

    def __init__(self, options: Callable[[], TranscribeOptions | None], recordings_dir: Callable[[], Path]) -> None:
        super().__init__()
        self._options, self._recordings_dir = options, recordings_dir
        self.state = DictationState.IDLE
        self.support: InputSupport | None = None  # None: not enabled in the settings
        self.insert_options = InsertOptions()
        self.microphone: Microphone | None = None
        self.session: DictationSession | None = None
        self.push_to_talk: PushToTalk | None = None
        self._listener = GlobalHotkey()
        self._listening = False
        self._inserter: TextInserter | None = None
        self._queue: collections.deque[tuple[DictationSession, str]] = collections.deque()
        self._finishing = 0  # sessions recognising their last words
        self._engine: Engine | None = None
        self._engine_options: TranscribeOptions | None = None
        self._key_down.connect(self.start)
        self._key_up.connect(self.stop)
        self._recognised.connect(self._on_recognised)

    @property
    def enabled(self) -> bool:
        return self._listening

    def enable(self, hotkey: HotkeyOptions, insert: InsertOptions, device: int | None = None) -> InputSupport | None:
        """Open the microphone and listen for the key. Returns what this desktop allows (None
        when the settings turn it off); a microphone or keyboard problem is raised as DictationError."""
        self.disable()
        self.insert_options = insert
        self.support = input_support() if hotkey.enabled else None
        if self.support is not InputSupport.READY:
            return self.support
        try:
            keyboard = system_keyboard()
        except Exception as err:  # Xlib's connection errors have no common base
            raise DictationError(f"Cannot send keys to other applications: {err}") from err
        self._inserter = TextInserter(keyboard)
        self._inserter.done.connect(self._on_inserted)
        self.microphone = Microphone(device)
        self.microphone.open()
        self.push_to_talk = PushToTalk(
            Hotkey.parse(hotkey.hotkey), HotkeyMode(hotkey.mode), self._key_down.emit, self._key_up.emit
        )
        self._listener.attach(self.push_to_talk)
        self._listening = True
        self._preload_engine()
        log.info("Global dictation ready: key %s (%s), insertion by %s", hotkey.hotkey, hotkey.mode, insert.mode)
        return self.support

    def disable(self) -> None:
        if self._listening:
            self._listener.detach()
            self._listening = False
        if self.session is not None:
            self.stop()
        if self.microphone is not None:
            self.microphone.close()
            self.microphone = None
        if self._inserter is not None:
            self._inserter.keyboard.close()
            self._inserter = None

    def toggle(self) -> None:
        """The tray's Start/Stop: the key's toggle state follows."""
        self.stop() if self.session is not None else self.start()
        if self.push_to_talk is not None:
            self.push_to_talk.active = self.session is not None

    def start(self) -> None:
        if self.session is not None or self.microphone is None:
            return
        options = self._options()
        if options is None:
            return
        engine = self._engine if self._engine_options == options and not self._finishing else None
        session = DictationSession(
            options, self._recordings_dir() / recording_name(), lambda segment: None,
            on_error=self.failed.emit, microphone=self.microphone, engine=engine,
        )
        session.start()
        self.session = session
        self._set_state()

    def stop(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        self._finishing += 1
        self._set_state()
        threading.Thread(target=self._finish, args=(session,), name="dictation-finish", daemon=True).start()

    def _finish(self, session: DictationSession) -> None:
        time.sleep(TAIL)
        session.stop()
        self._recognised.emit(session)

    def _on_recognised(self, session: DictationSession) -> None:
        self._finishing -= 1
        text = prepare_text("\n".join(s.text for s in session.segments), self.insert_options)
        if not text or self._inserter is None:
            self.utterance_done.emit(session, "")
            self._set_state()
            return
        self._queue.append((session, text))
        if not self._inserter.busy and len(self._queue) == 1:
            self._inserter.insert(text, InsertMode(self.insert_options.mode))

    def _on_inserted(self, text: str) -> None:
        session, _ = self._queue.popleft()
        log.info("Dictation inserted: %d characters from %s", len(text), session.recording.name)
        self.utterance_done.emit(session, text)
        if self._queue and self._inserter is not None:
            self._inserter.insert(self._queue[0][1], InsertMode(self.insert_options.mode))
        self._set_state()

    def _set_state(self) -> None:
        if self.session is not None:
            state = DictationState.LISTENING
        elif self._finishing or self._queue:
            state = DictationState.RECOGNISING
        else:
            state = DictationState.IDLE
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)

    def _preload_engine(self) -> None:
        """The model loaded once, off the GUI thread, so the first utterance waits for nothing."""
        options = self._options()
        if options is None or self._engine_options == options:
            return

        def load() -> None:
            try:
                engine = Engine(options)
            except Exception as err:  # the session loads it again and reports the problem
                log.warning("Could not preload the model for dictation: %s", err)
                return
            self._engine, self._engine_options = engine, options
            log.info("Dictation model loaded: %s", options.model.folder.name)

        threading.Thread(target=load, name="dictation-model", daemon=True).start()


def key_label(spec: str) -> str:
    """A key combination as the user reads it, "右 Ctrl" in the 繁體中文 UI."""
    return Hotkey.parse(spec).label(
        QCoreApplication.translate("Keys", "Left"), QCoreApplication.translate("Keys", "Right")
    )


def support_text(support: InputSupport | None, hotkey: HotkeyOptions) -> str:
    """What the user is told about global dictation, in the UI language."""
    key = key_label(hotkey.hotkey)
    if support is None:
        return QCoreApplication.translate("GlobalDictation", "Dictation into other applications is off (Settings).")
    if support is InputSupport.READY:
        if hotkey.mode == HotkeyMode.TOGGLE.value:
            return QCoreApplication.translate(
                "GlobalDictation", "Press {0} in any application to start dictating, and again to stop."
            ).format(key)
        return QCoreApplication.translate(
            "GlobalDictation", "Hold {0} in any application and speak; the text appears where the cursor is."
        ).format(key)
    return QCoreApplication.translate("GlobalDictation", SUPPORT_PROBLEMS[support])


SUPPORT_PROBLEMS = {
    InputSupport.WAYLAND: QT_TRANSLATE_NOOP(
        "GlobalDictation",
        "This is a Wayland session, where applications may not watch global keys or type into other "
        "windows. Dictate in this tab instead: each sentence is copied to the clipboard for you to paste.",
    ),
    InputSupport.NO_DISPLAY: QT_TRANSLATE_NOOP(
        "GlobalDictation", "No X display was found, so the global dictation key is not available. Dictate in this tab."
    ),
    InputSupport.MACOS_PERMISSION: QT_TRANSLATE_NOOP(
        "GlobalDictation",
        "macOS has not allowed Tingxie to watch the dictation key and type. Open System Settings > Privacy & "
        "Security, turn Tingxie on under Accessibility and Input Monitoring, then restart Tingxie.",
    ),
    InputSupport.NO_LIBRARY: QT_TRANSLATE_NOOP(
        "GlobalDictation", "The pynput package is missing, so the global dictation key is not available: pip install pynput."
    ),
}
