"""Messages a user can read, kept translatable while core stays Qt-free.

core raises errors that carry an English *template* with named fields ("{path}: the file is
empty.") and the *parameters* that fill it. str(err) is the English text (the CLI, the log and
the tests read that); the app looks the template up in Qt's translation (context CORE_CONTEXT)
and fills the same fields, so a dialog shows the message in the UI language. lupdate finds the
templates because each is written inside QT_TRANSLATE_NOOP("core", ...), which here is a no-op.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

CORE_CONTEXT = "core"  # the translation context of every template in core/ (the literal lupdate reads)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for lupdate where it is defined; it is translated where it is shown."""
    return text


@dataclass(frozen=True)
class Message:
    """An English template and the values of its {named} fields. A value may be a Message
    itself (a sentence shared by several errors); it is then translated too."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """The text, each template passed through translate(template) first (None: English)."""
        text = translate(self.template) if translate else self.template
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()}
        return text.format(**values)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        """For another process (the Export wizard reads the training tools' events): numbers
        stay numbers, nested messages stay messages, anything else becomes its text."""
        def plain(value: Any) -> Any:
            if isinstance(value, Message):
                return {"message": value.to_json()}
            return value if isinstance(value, (int, float, bool)) else str(value)

        return {"template": self.template, "params": {k: plain(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        params = {
            k: cls.from_json(v["message"]) if isinstance(v, dict) and "message" in v else v
            for k, v in dict(data.get("params") or {}).items()
        }
        return cls(str(data["template"]), params)


def message(template: str, **params: Any) -> Message:
    """A Message for a sentence used inside another (write the template in QT_TRANSLATE_NOOP)."""
    return Message(template, params)


class TranslatableError(Exception):
    """Mixin for core's errors: raise SomeError(QT_TRANSLATE_NOOP("core", "{path}: ..."), path=p).
    Subclasses list an ordinary exception too (ValueError, RuntimeError, ...) so callers that
    catch those keep working."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = Message(template, params)
        super().__init__(str(self.message))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickles (Ray workers, process pools) with the template and parameters, not the text."""
        return (_rebuild, (type(self), self.message.template, dict(self.message.params)), self.__dict__)


def _rebuild(cls: type[TranslatableError], template: str, params: dict[str, Any]) -> TranslatableError:
    return cls(template, **params)


class InvalidValue(TranslatableError, ValueError):
    """A value (an option, a name, a file's content) that core refuses, with what to do instead."""
