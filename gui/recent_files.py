"""File → Recent files: what the user added last (files or folders), newest first, remembered
across runs in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

RECENT_KEY = "recent/paths"
MAX_RECENT = 10


def recent_paths(store: QSettings) -> list[Path]:
    value = store.value(RECENT_KEY, [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return [Path(str(p)) for p in items if str(p)]


def remember(store: QSettings, paths: list[Path]) -> list[Path]:
    """The new paths on top, each once, at most MAX_RECENT."""
    merged = [p.resolve() for p in reversed(paths)] + recent_paths(store)
    kept = list(dict.fromkeys(merged))[:MAX_RECENT]
    store.setValue(RECENT_KEY, [str(p) for p in kept])
    store.sync()
    return kept


class RecentFilesMenu(QMenu):
    """Rebuilt each time it opens, so it is never stale; a path gone from the disk is shown
    disabled rather than offered."""

    def __init__(self, store: Callable[[], QSettings], open_paths: Callable[[list[Path]], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("recentFiles")
        self.setTitle(self.tr("Recent files"))
        self._store, self._open = store, open_paths
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = recent_paths(self._store())
        for path in paths:
            action = self.addAction(path.name or str(path), partial(self._open, [path]))
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
        if not paths:
            self.addAction(self.tr("No recent files")).setEnabled(False)
            return
        self.addSeparator()
        self.addAction(self.tr("Clear recent files"), self.clear_recent)

    def clear_recent(self) -> None:
        store = self._store()
        store.remove(RECENT_KEY)
        store.sync()
        self.rebuild()
