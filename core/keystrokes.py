"""Synthetic key presses into whichever application has the focus: the paste shortcut, or
the text itself typed character by character (CJK included).

On X11 this talks XTEST through python-xlib rather than pynput's Controller: pynput (like
xdotool) maps one character at a time onto a spare keycode and remaps it for the next one at
once, so a client that reads its keymap a moment late turns a keypress into the wrong
character or none (a Tk Entry lost the last character in 1 of 4 runs). Here every distinct
character of a chunk gets its own spare keycode, mapped once before the chunk is typed and
left alone until the clients have had time to read the map. Windows and macOS type Unicode
directly, so pynput's Controller is used there.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Protocol

SETTLE = 0.05  # s: time given to clients to read a changed keymap before it changes again
MODIFIER_WAIT = 2.0  # s: at most this long for the user to let go of Ctrl/Alt/Shift before typing


class Keyboard(Protocol):
    def paste(self, shift_insert: bool = False) -> None: ...
    def type_text(self, text: str) -> None: ...
    def close(self) -> None: ...


def keysym_for(char: str) -> int:
    """X11's keysym: Latin-1 characters are their own, every other character 0x1000000 + code point."""
    code = ord(char)
    return code if 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xFF else 0x01000000 | code


class X11Keyboard:
    """XTEST key events on the X display named by $DISPLAY."""

    def __init__(self, display_name: str | None = None) -> None:
        from Xlib import XK, display

        self._display: Any = display.Display(display_name)
        if not self._display.has_extension("XTEST"):
            raise RuntimeError("The X server has no XTEST extension, so Tingxie cannot send keys to other windows.")
        self._xk = XK
        first = self._display.display.info.min_keycode
        count = self._display.display.info.max_keycode - first + 1
        self._first = first
        mapping = self._display.get_keyboard_mapping(first, count)
        self._width = len(mapping[0])
        self._spare = [first + i for i, syms in enumerate(mapping) if not any(syms)]
        if not self._spare:
            raise RuntimeError("The keyboard map has no free key codes, so Tingxie cannot type; use the paste mode.")
        self._mapped: dict[int, int] = {}  # spare keycode -> keysym it holds now

    def paste(self, shift_insert: bool = False) -> None:
        keys = ("Shift_L", "Insert") if shift_insert else ("Control_L", "v")
        self._wait_for_modifiers_released()
        codes = [self._display.keysym_to_keycode(self._xk.string_to_keysym(k)) for k in keys]
        for code in codes:
            self._fake(code, True)
        for code in reversed(codes):
            self._fake(code, False)
        self._display.sync()

    def type_text(self, text: str) -> None:
        self._wait_for_modifiers_released()
        chunk: list[str] = []
        for char in text:
            if char not in chunk and len(set(chunk) | {char}) > len(self._spare):
                self._type_chunk(chunk)
                chunk = []
            chunk.append(char)
        if chunk:
            self._type_chunk(chunk)

    def _type_chunk(self, chars: list[str]) -> None:
        wanted = {keysym_for(c) for c in chars}
        codes = {sym: code for code, sym in self._mapped.items() if sym in wanted}
        free = [code for code in self._spare if self._mapped.get(code) not in wanted]
        changed = False
        for sym in sorted(wanted - set(codes)):
            code = free.pop(0)
            self._display.change_keyboard_mapping(code, [(sym,) * self._width])
            self._mapped[code], codes[sym] = sym, code
            changed = True
        if changed:
            self._display.sync()
            time.sleep(SETTLE)
        for char in chars:
            code = codes[keysym_for(char)]
            self._fake(code, True)
            self._fake(code, False)
        self._display.sync()
        time.sleep(SETTLE)  # before any keycode of this chunk is remapped

    def _fake(self, keycode: int, press: bool) -> None:
        from Xlib import X
        from Xlib.ext import xtest

        xtest.fake_input(self._display, X.KeyPress if press else X.KeyRelease, keycode)

    def _wait_for_modifiers_released(self) -> None:
        """A held Ctrl would turn typed text into shortcuts (toggle mode with Ctrl+Alt+H)."""
        modifiers = {code for codes in self._display.get_modifier_mapping() for code in codes if code}
        deadline = time.monotonic() + MODIFIER_WAIT
        while time.monotonic() < deadline:
            keymap = self._display.query_keymap()
            if not any(keymap[code // 8] & (1 << (code % 8)) for code in modifiers):
                return
            time.sleep(0.01)

    def close(self) -> None:
        """Give the spare keycodes back their empty mapping."""
        for code in self._mapped:
            self._display.change_keyboard_mapping(code, [(0,) * self._width])
        self._mapped.clear()
        self._display.sync()
        self._display.close()


class PynputKeyboard:
    """Windows (SendInput with Unicode) and macOS (CGEvent strings)."""

    def __init__(self) -> None:
        from pynput.keyboard import Controller, Key

        self._controller, self._key = Controller(), Key

    def paste(self, shift_insert: bool = False) -> None:
        if shift_insert:
            with self._controller.pressed(self._key.shift):
                self._controller.tap(self._key.insert)
            return
        with self._controller.pressed(self._key.cmd if sys.platform == "darwin" else self._key.ctrl):
            self._controller.tap("v")

    def type_text(self, text: str) -> None:
        self._controller.type(text)

    def close(self) -> None:
        pass


def system_keyboard() -> Keyboard:
    return X11Keyboard() if sys.platform.startswith("linux") else PynputKeyboard()
