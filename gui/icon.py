"""Tingxie's icon, drawn once by assets/icons/make_icons.py in every size the platforms ask for."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from tingxie.core.paths import ICON_DIR, ICON_SIZES


def app_icon() -> QIcon:
    """Every size the icon exists in, so each window manager and tray picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICON_DIR / f"tingxie-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
