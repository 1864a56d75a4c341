"""Byte counts as people read them (decimal units, as download pages and file managers show)."""

from __future__ import annotations

UNITS = ("B", "kB", "MB", "GB", "TB")


def format_size(count: int) -> str:
    """1047870769 -> '1.05 GB', 163002883 -> '163 MB', 315894 -> '316 kB'."""
    value, unit = float(count), 0
    while value >= 1000 and unit < len(UNITS) - 1:
        value, unit = value / 1000, unit + 1
    if unit == 0:
        return f"{count} B"
    return f"{value:.2f} {UNITS[unit]}" if value < 10 else f"{value:.0f} {UNITS[unit]}"
