"""What global dictation puts into the focused application, and how (Qt-free part).

The paste itself needs the clipboard, which the GUI owns (gui/text_insertion.py); the keys
are sent by core/keystrokes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tingxie.core.vocabulary import INSERT_MODES

SHORT_PHRASE = 12  # characters: a phrase this short loses its final 。 when asked (a chat line, a search)
FINAL_STOPS = ("。", ".", "．")


class InsertMode(Enum):
    PASTE = "paste"  # clipboard + Ctrl+V (Cmd+V on macOS); the user's clipboard is restored after
    SHIFT_INSERT = "shift_insert"  # clipboard + Shift+Insert, for terminals
    TYPE = "type"  # typed character by character, for applications that refuse pastes


assert tuple(m.value for m in InsertMode) == INSERT_MODES


@dataclass(frozen=True)
class InsertOptions:
    mode: str = InsertMode.PASTE.value
    drop_final_period: bool = True  # for short phrases only
    add_space: bool = False  # after the text, so the next dictation does not run into it

    def __post_init__(self) -> None:
        if self.mode not in INSERT_MODES:
            raise ValueError(f"Unknown insertion mode {self.mode!r}; choose one of {', '.join(INSERT_MODES)}.")


def prepare_text(text: str, options: InsertOptions) -> str:
    """One line (segments joined), the final stop of a short phrase dropped, a space added."""
    line = "".join(part.strip() for part in text.splitlines())
    if options.drop_final_period and len(line) <= SHORT_PHRASE and line.endswith(FINAL_STOPS):
        line = line[:-1]
    if options.add_space and line:
        line += " "
    return line
