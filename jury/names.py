"""Jurors' names as people type them: one spelling stored, one key for telling them apart.

"Jan Juror", " jan  juror " and "JAN JUROR" name the same person; so do the composed and the
decomposed "é". Names are stored cleaned (`clean_name`) and compared by `name_key`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence


def clean_name(text: str) -> str:
    """The name as stored: Unicode NFC, no surrounding space, single spaces inside."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_key(text: str) -> str:
    """What two names must differ in to name two jurors: case (casefold), spacing and
    Unicode composition are not enough."""
    return unicodedata.normalize("NFC", clean_name(text).casefold())


class AmbiguousName(LookupError):
    """A name that matches several jurors only when case is ignored."""

    def __init__(self, name: str, candidates: Sequence[str]) -> None:
        super().__init__(name)
        self.name = name
        self.candidates = list(candidates)


def match_name(name: str, names: Iterable[str]) -> str | None:
    """The one juror `name` means: the exact name first, then the same name cleaned of spacing
    and Unicode composition, then the one name equal ignoring case.

    Returns None when none matches; raises AmbiguousName when several match ignoring case
    (case twins in a database written before names had to differ in more than case).
    """
    known = list(names)
    if name in known:
        return name
    cleaned = clean_name(name)
    for tier in (clean_name, name_key):
        wanted = tier(cleaned)
        found = [n for n in known if tier(n) == wanted]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AmbiguousName(name, sorted(found))
    return None
