"""The global push-to-talk key: which keys, hold or toggle, auto-repeat that never splits an
utterance, and whether this desktop lets an application see keys at all.

pynput delivers the key events (X11 RECORD, Windows hooks, macOS event taps). The key is
observed, not grabbed: a grab would take Right Ctrl away from every other application.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from tingxie.core.vocabulary import HOTKEY_MODES

# Key names as pynput spells them in "<ctrl_r>" (pynput.keyboard.Key members); single
# characters ("h", "1") stand for themselves.
KEY_NAMES = frozenset({
    "alt", "alt_l", "alt_r", "alt_gr", "backspace", "caps_lock", "cmd", "cmd_l", "cmd_r", "ctrl",
    "ctrl_l", "ctrl_r", "delete", "down", "end", "enter", "esc", "home", "left", "page_down",
    "page_up", "right", "shift", "shift_l", "shift_r", "space", "tab", "up", "insert", "menu",
    "num_lock", "pause", "print_screen", "scroll_lock", "media_play_pause", "media_volume_mute",
    "media_volume_down", "media_volume_up", "media_previous", "media_next",
    *(f"f{n}" for n in range(1, 25)),
})
# A generic modifier in a combination is satisfied by either side's key.
SIDES = {
    "ctrl": {"ctrl", "ctrl_l", "ctrl_r"}, "alt": {"alt", "alt_l", "alt_r", "alt_gr"},
    "shift": {"shift", "shift_l", "shift_r"}, "cmd": {"cmd", "cmd_l", "cmd_r"},
}
DEFAULT_HOTKEY = "<ctrl_r>"
REPEAT_WINDOW = 0.03  # s: a press this soon after a release of the same key is auto-repeat


class HotkeyMode(Enum):
    HOLD = "hold"  # talk while the key is held
    TOGGLE = "toggle"  # one press starts, the next one stops


assert tuple(m.value for m in HotkeyMode) == HOTKEY_MODES


class HotkeyError(ValueError):
    """A hotkey that cannot be parsed; the message says how to write one."""


@dataclass(frozen=True)
class Hotkey:
    """Keys that must all be held, e.g. ("ctrl", "alt", "h")."""

    keys: tuple[str, ...]

    @classmethod
    def parse(cls, spec: str) -> Hotkey:
        """pynput's spelling: "<ctrl_r>", "<f8>", "<ctrl>+<alt>+h"."""
        keys = []
        for part in spec.strip().lower().split("+"):
            part = part.strip()
            name = part[1:-1] if part.startswith("<") and part.endswith(">") else part
            if not (name in KEY_NAMES or len(name) == 1):
                raise HotkeyError(
                    f"Unknown key {part!r} in {spec!r}. Write keys as pynput does, joined by +: "
                    "<ctrl_r>, <f8>, <ctrl>+<alt>+h."
                )
            keys.append(name)
        if not keys or len(set(keys)) != len(keys):
            raise HotkeyError(f"{spec!r} is not a key combination. Example: <ctrl>+<alt>+h.")
        return cls(tuple(keys))

    def held_by(self, pressed: set[str]) -> bool:
        return all(pressed & SIDES.get(k, {k}) for k in self.keys)

    def involves(self, name: str) -> bool:
        return any(name in SIDES.get(k, {k}) for k in self.keys)

    def __str__(self) -> str:
        return "+".join(k if len(k) == 1 else f"<{k}>" for k in self.keys)

    def label(self, left: str = "Left", right: str = "Right") -> str:
        """For people: "Right Ctrl", "Ctrl+Alt+H" (the app passes its words for left and right)."""
        return "+".join(_key_label(k, left, right) for k in self.keys)


def _key_label(name: str, left: str, right: str) -> str:
    base, _, side = name.partition("_")
    if side in ("l", "r") and base in SIDES:
        return f"{left if side == 'l' else right} {base.title()}"
    return name.upper() if len(name) == 1 or name[0] == "f" and name[1:].isdigit() else name.replace("_", " ").title()


class PushToTalk:
    """Key presses and releases -> one on_start / on_stop per utterance.

    X11 auto-repeat sends release+press pairs while a key is held (Windows and macOS send
    repeated presses): a release is only believed once no press of the same key followed it
    within REPEAT_WINDOW. Thread-safe: pynput calls from its own thread."""

    def __init__(
        self, hotkey: Hotkey, mode: HotkeyMode, on_start: Callable[[], None], on_stop: Callable[[], None],
        repeat_window: float = REPEAT_WINDOW,
    ) -> None:
        self.hotkey, self.mode, self.on_start, self.on_stop = hotkey, mode, on_start, on_stop
        self.repeat_window = repeat_window
        self.active = False  # an utterance is being recorded
        self._held: set[str] = set()
        self._engaged = False  # the whole combination is down
        self._pending: dict[str, threading.Timer] = {}
        self._lock = threading.RLock()

    def press(self, name: str) -> None:
        with self._lock:
            pending = self._pending.pop(name, None)
            if pending is not None:  # auto-repeat: the release just before was not real
                pending.cancel()
                return
            if name in self._held:
                return
            self._held.add(name)
            if not self._engaged and self.hotkey.held_by(self._held):
                self._engaged = True
                if self.mode is HotkeyMode.HOLD or not self.active:
                    self._set_active(True)
                else:
                    self._set_active(False)

    def release(self, name: str) -> None:
        with self._lock:
            if name not in self._held or name in self._pending:
                return
            timer = threading.Timer(self.repeat_window, self._released, (name,))
            timer.daemon = True
            self._pending[name] = timer
            timer.start()

    def cancel(self) -> None:
        """Forget held keys (the listener stopped); an active utterance is stopped."""
        with self._lock:
            for timer in self._pending.values():
                timer.cancel()
            self._pending.clear()
            self._held.clear()
            self._engaged = False
            if self.active:
                self._set_active(False)

    def _released(self, name: str) -> None:
        with self._lock:
            if self._pending.pop(name, None) is None:
                return  # a press came after all
            self._held.discard(name)
            if self._engaged and not self.hotkey.held_by(self._held):
                self._engaged = False
                if self.mode is HotkeyMode.HOLD and self.active:
                    self._set_active(False)

    def _set_active(self, active: bool) -> None:
        self.active = active
        (self.on_start if active else self.on_stop)()


def key_name(key: Any) -> str:
    """A pynput Key or KeyCode -> the name Hotkey uses ("ctrl_r", "h", "vk65")."""
    name = getattr(key, "name", None)
    if name:
        return str(name)
    char = getattr(key, "char", None)
    if char:
        return chr(ord(char) + 96) if ord(char) < 32 else char.lower()  # Ctrl+H arrives as "\x08"
    return f"vk{getattr(key, 'vk', '')}"


class GlobalHotkey:
    """pynput's keyboard listener feeding a PushToTalk.

    The listener thread is started once and lives as long as the process: stopping pynput's
    X11 listener races its own RECORD connections (a traceback on every stop), so turning
    dictation off or changing the key only swaps what the events are fed to."""

    def __init__(self) -> None:
        self.push_to_talk: PushToTalk | None = None
        self._listener: Any = None

    def attach(self, push_to_talk: PushToTalk) -> None:
        """Feed the key events to push_to_talk, starting the listener the first time."""
        self.detach()
        self.push_to_talk = push_to_talk
        if self._listener is None:
            from pynput import keyboard

            self._listener = keyboard.Listener(on_press=self._on_press, on_release=self._on_release)
            self._listener.daemon = True
            self._listener.start()
            self._listener.wait()  # listening once this returns

    def detach(self) -> None:
        if self.push_to_talk is not None:
            self.push_to_talk.cancel()
        self.push_to_talk = None

    def _on_press(self, key: Any, *_: Any) -> None:
        if self.push_to_talk is not None:
            self.push_to_talk.press(key_name(key))

    def _on_release(self, key: Any, *_: Any) -> None:
        if self.push_to_talk is not None:
            self.push_to_talk.release(key_name(key))


class InputSupport(Enum):
    """Whether global keys and synthetic input work here; the GUI says each in words."""

    READY = "ready"
    WAYLAND = "wayland"  # keys of other applications and synthetic input are not allowed
    NO_DISPLAY = "no_display"  # Linux without an X server to talk to
    MACOS_PERMISSION = "macos_permission"  # Accessibility / Input Monitoring not granted
    NO_LIBRARY = "no_library"  # pynput (or python-xlib) is not installed


def input_support(env: Mapping[str, str] | None = None, platform: str | None = None) -> InputSupport:
    """Decided from the session's environment before pynput is imported (on Wayland or without
    a display its import fails or, worse, silently sees nothing)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        if env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
            return InputSupport.WAYLAND
        if not env.get("DISPLAY"):
            return InputSupport.NO_DISPLAY
    if platform == "darwin" and not macos_trusted():
        return InputSupport.MACOS_PERMISSION
    if importlib.util.find_spec("pynput") is None:  # found, not imported: its import needs the display
        return InputSupport.NO_LIBRARY
    return InputSupport.READY


def macos_trusted() -> bool:
    """AXIsProcessTrusted(): has the user allowed this program to watch keys and send input
    (System Settings > Privacy & Security > Accessibility)?"""
    import ctypes
    import ctypes.util

    path = ctypes.util.find_library("ApplicationServices")
    if path is None:
        return False
    services = ctypes.cdll.LoadLibrary(path)
    services.AXIsProcessTrusted.restype = ctypes.c_bool
    return bool(services.AXIsProcessTrusted())


@dataclass(frozen=True)
class HotkeyOptions:
    enabled: bool = True
    hotkey: str = DEFAULT_HOTKEY
    mode: str = HotkeyMode.HOLD.value

    def __post_init__(self) -> None:
        Hotkey.parse(self.hotkey)  # raises HotkeyError with an example
        if self.mode not in HOTKEY_MODES:
            raise ValueError(f"Unknown hotkey mode {self.mode!r}; choose one of {', '.join(HOTKEY_MODES)}.")
