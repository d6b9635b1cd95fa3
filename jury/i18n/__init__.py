"""Dutch and English, chosen once per run: the only place a user-facing sentence is written.

Each catalogue module holds (Dutch, English) pairs under a key; a plural noun is a pair of
(one, many) forms. The layers below the screens return keys and values; `Strings` puts them
into the reader's language, numbers with a decimal comma in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jury.i18n import (
    chair,
    cli,
    core,
    errors_deliberation,
    errors_import,
    errors_meeting,
    errors_service,
    juror,
    letters,
    words,
    workbook,
)
from jury.i18n.help import CHAIR_HELP, HELP


def _merge(*modules: Any) -> dict[str, tuple[Any, Any]]:
    merged: dict[str, tuple[Any, Any]] = {}
    for module in modules:
        twice = merged.keys() & module.STRINGS.keys()
        if twice:
            raise RuntimeError(f"{module.__name__} repeats catalogue keys: {sorted(twice)}")
        merged.update(module.STRINGS)
    return merged


STRINGS: dict[str, tuple[Any, Any]] = _merge(
    core, juror, chair, words, errors_service, errors_meeting, errors_deliberation,
    errors_import, cli, workbook, letters)


@dataclass(frozen=True)
class Both:
    """A value that exists in both languages already: a category's or criterion's label."""

    nl: str
    en: str


@dataclass(frozen=True)
class Word:
    """A catalogue word used as a value: a phase, a role, a status."""

    key: str


@dataclass(frozen=True)
class Count:
    """A number with its noun in the right plural form: '1 jurylid', '2 juryleden'."""

    n: int
    noun: str


@dataclass(frozen=True)
class Message:
    """A sentence not yet in a language: a catalogue key and its values. A key that is not
    in the catalogue is text already in words and is shown as written."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, tr: Strings) -> str:
        return tr(self.key, **self.values) if self.key in STRINGS else self.key


def number(value: float, language: str) -> str:
    """7.5 as '7,5' in Dutch; whole values without decimals."""
    text = f"{value:g}"
    return text.replace(".", ",") if language == "nl" else text


class Strings:
    """The catalogue in one language."""

    def __init__(self, language: str = "nl") -> None:
        self.language = language if language in ("nl", "en") else "nl"
        self._index = 0 if self.language == "nl" else 1

    def __call__(self, key: str, **values: Any) -> str:
        return str(STRINGS[key][self._index]).format(
            **{name: self.value(value) for name, value in values.items()})

    def value(self, value: Any) -> Any:
        """A message's value in this language: labels picked, words looked up, plurals
        formed, fractions with the language's decimal mark."""
        if isinstance(value, Both):
            return self.label(value.nl, value.en)
        if isinstance(value, Word):
            return self(value.key)
        if isinstance(value, Message):
            return value.text(self)
        if isinstance(value, Count):
            return self.count(value.n, value.noun)
        if isinstance(value, float):
            return number(value, self.language)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(self.value(item)) for item in value)
        return value

    def count(self, n: int, noun: str) -> str:
        """'1 entry', '12 entries', '1 inzending', '12 inzendingen'."""
        one, many = STRINGS[noun][self._index]
        return f"{n} {one if n == 1 else many}"

    def label(self, nl: str, en: str) -> str:
        return nl if self.language == "nl" else en



__all__ = ["CHAIR_HELP", "HELP", "STRINGS", "Both", "Count", "Message", "Strings", "Word", "number"]
