"""Text for Taiwan: OpenCC conversion, full-width punctuation, tag removal, user rules.

sherpa-onnx has no hotwords for SenseVoice, so user replacement rules are how a user fixes
names and terms the model keeps getting wrong.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from tingxie.core.messages import QT_TRANSLATE_NOOP, InvalidValue, TranslatableError
from tingxie.core.vocabulary import CONVERSIONS

_TAG = re.compile(r"<\|[^|]*\|>")
_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_HALF_TO_FULL = {",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；"}
# ASCII punctuation right after a Chinese character (not inside "3.5" or English text).
_HALF_AFTER_CJK = re.compile(rf"(?<={_CJK})([,.?!:;])(?!\d)\s*")


@dataclass(frozen=True)
class TextOptions:
    convert: str = CONVERSIONS[-1]  # s2twp: Simplified -> Traditional with Taiwan phrases (软件 -> 軟體)
    fullwidth_punctuation: bool = True
    strip_tags: bool = True
    rules_file: Path | None = None

    def __post_init__(self) -> None:
        if self.convert not in CONVERSIONS:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("core", "Unknown conversion {value!r}; choose from {choices}."),
                value=self.convert, choices=", ".join(CONVERSIONS),
            )


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    replacement: str


class RulesError(TranslatableError, ValueError):
    """A replacement-rules file with a line that cannot be used; says which line."""


def parse_rules(text: str, source: str = "rules") -> list[Rule]:
    """`wrong => right` per line; `re: PATTERN => REPLACEMENT` for a regular expression;
    lines starting with # are comments."""
    rules = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=>" not in line:
            raise RulesError(
                QT_TRANSLATE_NOOP("core", "{source} line {number}: expected `wrong => right`, got {line!r}."),
                source=source, number=number, line=line,
            )
        left, right = (part.strip() for part in line.split("=>", 1))
        is_regex = left.startswith("re:")
        left = left[3:].strip() if is_regex else left
        if not left:
            raise RulesError(
                QT_TRANSLATE_NOOP("core", "{source} line {number}: nothing to replace before `=>`."), source=source, number=number
            )
        try:
            pattern = re.compile(left if is_regex else re.escape(left))
        except re.error as err:
            raise RulesError(
                QT_TRANSLATE_NOOP("core", "{source} line {number}: bad regular expression ({reason})."),
                source=source, number=number, reason=err,
            ) from err
        rules.append(Rule(pattern, right if is_regex else right.replace("\\", "\\\\")))
    return rules


def load_rules(path: Path) -> list[Rule]:
    try:
        return parse_rules(Path(path).read_text(encoding="utf-8"), Path(path).name)
    except (OSError, UnicodeDecodeError) as err:
        raise RulesError(
            QT_TRANSLATE_NOOP("core", "Cannot read the replacement rules file {path}: {reason}"), path=path, reason=err
        ) from err


@functools.cache
def converter(conversion: str):
    """OpenCC loads its dictionaries for ~0.1 s holding the GIL: once per process is enough."""
    import opencc

    return opencc.OpenCC(f"{conversion}.json")


class TextProcessor:
    """Built once per job (OpenCC loads its dictionaries), then applied to every segment."""

    def __init__(self, options: TextOptions = TextOptions()) -> None:
        self.options = options
        self._converter = converter(options.convert) if options.convert != "none" else None
        self._rules = load_rules(options.rules_file) if options.rules_file else []

    def process(self, text: str) -> str:
        if self.options.strip_tags:
            text = _TAG.sub("", text)
        if self._converter is not None:
            text = self._converter.convert(text)
        if self.options.fullwidth_punctuation:
            text = _HALF_AFTER_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
        for rule in self._rules:
            text = rule.pattern.sub(rule.replacement, text)
        return text.strip()
