"""The window as the user left it: size and position, last tab, every splitter's sizes and every
table's column widths. Kept in QSettings under layout/, apart from AppSettings (they are not
preferences anyone edits), and found by objectName so a new splitter or table is remembered by
giving it one."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTabWidget

GEOMETRY_KEY = "window/geometry"
LAST_TAB_KEY = "window/last_tab"
SPLITTER_KEY = "layout/splitter/{0}"
COLUMNS_KEY = "layout/columns/{0}"


def _headers(window: QMainWindow) -> dict[str, QHeaderView]:
    """Horizontal headers by their table's objectName (headers themselves have none)."""
    found = {}
    for header in window.findChildren(QHeaderView):
        table = header.parent()
        if header.orientation().name == "Horizontal" and table is not None and table.objectName():
            found[table.objectName()] = header
    return found


def save_layout(window: QMainWindow, tabs: QTabWidget, store: QSettings) -> None:
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.setValue(LAST_TAB_KEY, tabs.currentIndex())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            store.setValue(SPLITTER_KEY.format(splitter.objectName()), splitter.saveState())
    for name, header in _headers(window).items():
        store.setValue(COLUMNS_KEY.format(name), header.saveState())
    store.sync()


def restore_layout(window: QMainWindow, tabs: QTabWidget, store: QSettings) -> None:
    """What was saved; anything missing or unreadable keeps the built-in layout."""
    geometry = store.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    try:
        tab = int(str(store.value(LAST_TAB_KEY, 0)))
    except ValueError:
        tab = 0
    tabs.setCurrentIndex(min(max(0, tab), tabs.count() - 1))
    for splitter in window.findChildren(QSplitter):
        state = store.value(SPLITTER_KEY.format(splitter.objectName())) if splitter.objectName() else None
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    for name, header in _headers(window).items():
        state = store.value(COLUMNS_KEY.format(name))
        if isinstance(state, QByteArray):
            header.restoreState(state)
