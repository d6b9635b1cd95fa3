"""The catalogue is complete: every key the code names exists, in both languages, with the
same placeholders; a key missing would stop a screen's worker with a KeyError."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from jury.i18n import STRINGS

PACKAGE = Path(__file__).resolve().parent.parent / "jury"
# Calls whose first argument is a catalogue key: tr("…"), self.tr("…"), strings("…"),
# Message("…"), Word("…"), an error class ("…Error", "…Denied", "…Problems", "…Refused").
CALLERS = ("tr", "strings", "Message", "Word", "said", "problem", "heading")
ERRORS = ("Error", "Denied", "Refused", "Conflicts", "Jurors", "Pin")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def named_keys() -> set[tuple[str, str]]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if "i18n" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            name = _name(node)
            if name in CALLERS or name.endswith(ERRORS):
                key = first.value
                if "." in key and " " not in key and key == key.lower():
                    found.add((f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", key))
            for keyword in node.keywords:
                if keyword.arg in ("because", "title") and isinstance(keyword.value, ast.Constant):
                    found.add((f"{path.relative_to(PACKAGE.parent)}:{node.lineno}",
                               keyword.value.value))
    return found


def key_texts() -> set[tuple[str, str]]:
    """The footer's words: each KEY_TEXT value names 'key.<name>' and 'tip.<name>'."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict)
                    and any(getattr(t, "id", "") == "KEY_TEXT"
                            for t in getattr(node, "targets", [getattr(node, "target", None)]))):
                for value in node.value.values:
                    if isinstance(value, ast.Constant):
                        where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                        found |= {(where, f"key.{value.value}"), (where, f"tip.{value.value}")}
    return found


def test_every_key_the_code_names_is_in_the_catalogue():
    named = named_keys() | key_texts()
    assert len(named) > 500  # the scan sees the code's keys
    missing = sorted(f"{where} {key}" for where, key in named if key not in STRINGS)
    assert not missing, "\n".join(missing)


# The Dutch puts the database's rule into words instead of quoting its English text.
SAID_OTHERWISE = {"score.db_recused"}


def placeholders(text: object) -> set[str]:
    if not isinstance(text, str):
        return set()
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_both_languages_fill_the_same_placeholders():
    differ = [key for key, (dutch, english) in STRINGS.items()
              if placeholders(dutch) != placeholders(english) and key not in SAID_OTHERWISE]
    assert not differ, differ
