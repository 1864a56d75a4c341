"""The transcript view's speaker column: who spoke each segment, renamed once for all of them.

Kept apart from transcript_view.py so the view only places the column; names come from
core.speaker_labels (the same ones every file format writes), with a translated default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QTableWidget, QTableWidgetItem, QWidget

from tingxie.core.speaker_labels import rename_speaker, speaker_ids, speaker_name
from tingxie.core.transcript import Transcript


def display_name(transcript: Transcript, speaker: str) -> str:
    """The user's name for the speaker, else "Speaker N" in the UI language."""
    return speaker_name(transcript, speaker, QCoreApplication.translate("SpeakerColumn", "Speaker {0}"))


def fill_speaker_column(table: QTableWidget, column: int, transcript: Transcript) -> None:
    """One cell per segment; the column is shown only when the transcript has speakers."""
    table.setColumnHidden(column, not speaker_ids(transcript))
    tip = QCoreApplication.translate("SpeakerColumn", "Double-click to rename this speaker everywhere in the transcript")
    for row, segment in enumerate(transcript.segments):
        item = QTableWidgetItem(display_name(transcript, segment.speaker))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # renamed through the dialog, for every row
        item.setToolTip(tip if segment.speaker else "")
        table.setItem(row, column, item)


def ask_rename(parent: QWidget, transcript: Transcript, speaker: str) -> bool:
    """Ask for a new name; True when the transcript changed (an empty name restores the default)."""
    if not speaker:
        return False
    prompt = QCoreApplication.translate("SpeakerColumn", "Name for {0} in the whole transcript:")
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("SpeakerColumn", "Rename speaker"),
        prompt.format(display_name(transcript, speaker)), text=transcript.speaker_names.get(speaker, ""),
    )
    if not ok:
        return False
    rename_speaker(transcript, speaker, name)
    return True
