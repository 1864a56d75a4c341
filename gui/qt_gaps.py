"""Qt's own strings that Qt's qtbase_zh_TW.qm leaves in English (it was last filled for older
Qt releases): their 繁體中文 ships in Tingxie's own translation, under Qt's own contexts, so
Qt's dialogs (QFileDialog, QMessageBox, ...) find it as they would find Qt's.

lupdate reads the calls below for their context, text and disambiguation, exactly as Qt's C++
spells them; fill_zh_TW.py holds the translations. tests/test_zh_tw_sweep.py finds new gaps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_gap_texts() -> list[str]:
    """Each gap in the current UI language (the sweep test checks they are translated)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]
