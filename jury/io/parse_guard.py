"""Guards for the parsers the table readers use: JSON and YAML as an entry file needs them.

json.loads keeps the last of two equal keys and turns 5,000 digits into an int (or a
ValueError); yaml keeps the last of two equal keys too. These hooks refuse instead, and say
what they found, so the reader can name it.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from jury import limits
from jury.limits import Said, number, place, said


class JsonRefused(ValueError):
    """A JSON number or constant beyond what an entry file needs; `said` is why."""

    def __init__(self, key: str, **values: Any) -> None:
        self.said = said(key, **values)
        super().__init__(str(self.said))


class JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys it held twice (json keeps the last silently)."""

    doubled: list[str]

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> JsonObject:
        made = cls(pairs)
        made.doubled = []
        if len(made) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen and key not in made.doubled:
                    made.doubled.append(key)
                seen.add(key)
        return made


def json_int(text: str) -> int:
    """json's parse_int: refused beyond JSON_NUMBER_CHARS, before int() sees 5,000 digits."""
    if len(text) > limits.JSON_NUMBER_CHARS:
        raise JsonRefused("read.json_long_int", length=number(len(text)), start=text[:20],
                          limit=limits.JSON_NUMBER_CHARS)
    return int(text)


def json_float(text: str) -> float:
    """json's parse_float: refused when long or when it overflows to infinity (1e400)."""
    if len(text) > limits.JSON_NUMBER_CHARS:
        raise JsonRefused("read.json_long_float", length=number(len(text)), start=text[:20],
                          limit=limits.JSON_NUMBER_CHARS)
    value = float(text)
    if not math.isfinite(value):
        raise JsonRefused("read.json_huge", number=text)
    return value


def json_constant(text: str) -> float:
    """json's parse_constant: NaN and Infinity are not numbers an entry file can hold."""
    raise JsonRefused("read.json_constant", constant=text)


_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def json_depth_problem(source: str, text: str) -> Said | None:
    """Count brackets outside strings, without recursion: a file nested 100,000 deep is
    refused with its line before the parser (which would recurse) sees it."""
    depth = 0
    for token in _JSON_TOKEN.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > limits.JSON_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                return limits.problem(place(source, line=line), "read.json_deep",
                                      limit=limits.JSON_DEPTH)
        elif char in "]}":
            depth -= 1
    return None


@functools.cache
def front_matter_loader() -> Any:
    """A safe YAML loader class that refuses a key given twice (built once, on first use)."""
    import yaml

    class Loader(yaml.SafeLoader):
        """Safe YAML that refuses a key given twice instead of keeping the last."""

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    doubled = key in seen
                    seen.add(key)
                except TypeError:
                    continue
                if doubled:
                    raise DoubledKey(str(key), key_node.start_mark.line)
            return super().construct_mapping(node, deep=deep)

    return Loader


class DoubledKey(Exception):
    """A key given twice in one mapping; `line` counts from 0 within the YAML text."""

    def __init__(self, key: str, line: int) -> None:
        super().__init__(key)
        self.key, self.line = key, line
