"""A damaged file the user's data lived in is never deleted: it is moved aside, beside itself,
so the app can start fresh and the user (or support) can still look at it."""

from __future__ import annotations

import time
from pathlib import Path


def move_aside(path: Path) -> Path:
    """history.sqlite3 -> history.sqlite3.corrupt-20261201-093000 (a number added if taken)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.replace(target)
    return target
