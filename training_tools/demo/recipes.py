"""The names of the demo model's recipes, apart from the recipes themselves (build.py), so that
the CLI can offer them without importing torch."""

from __future__ import annotations

from enum import StrEnum


class RecipeName(StrEnum):
    FULL = "full"  # the committed model
    QUICK = "quick"  # CI's rebuild: the same code in a few minutes


DEFAULT_RECIPE = RecipeName.FULL
