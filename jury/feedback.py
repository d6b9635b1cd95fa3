"""Feedback to the entrants, pure: drafts from the jurors' notes, bands, letters' contents.

Knows nothing of the database, the screen or the file formats: the service gathers the notes
and the scores, this module turns them into what a letter says, the writer lays it out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

RESULTS = ("winner", "nominee", "participant")
STATUSES = ("missing", "drafted", "approved")


class BandLike(Protocol):
    name_nl: str
    name_en: str
    start: float


def _key(text: str) -> str:
    """A note as compared for duplicates: case, accents' forms, spacing and the punctuation
    around it ignored ('Sterk plan.' and 'sterk  plan' are one note)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = re.findall(r"\w+", folded)
    return " ".join(words)


def merge_notes(notes: Iterable[str]) -> str:
    """The jurors' notes on one criterion as one text, without saying whose they are.

    Empty notes are dropped, duplicates merged (the same words, ignoring case, spacing and
    punctuation; a note wholly contained in a longer one counts as said by it), the order
    kept. One note stands as written; several become a list, one line each.
    """
    kept: list[tuple[str, str]] = []
    for note in notes:
        text = note.strip()
        key = _key(text)
        if not key:
            continue
        if any(key == k or f" {key} " in f" {k} " for k, _ in kept):
            continue
        kept = [(k, t) for k, t in kept if f" {k} " not in f" {key} "]
        kept.append((key, text))
    if len(kept) <= 1:
        return kept[0][1] if kept else ""
    return "\n".join(f"• {text}" for _, text in kept)


def draft_texts(criteria: Sequence[str], notes: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Per criterion key, the merged notes for the entrant (an empty text where none)."""
    return {key: merge_notes(notes.get(key, ())) for key in criteria}


def names_in(text: str, names: Iterable[str]) -> list[str]:
    """The names that `text` mentions as whole words, ignoring case: a letter names no juror."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = []
    for name in names:
        wanted = unicodedata.normalize("NFKC", name).casefold().strip()
        if wanted and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", folded):
            found.append(name)
    return found


def band_for(value: float | None, bands: Sequence[BandLike]) -> BandLike | None:
    """The band a value falls in: the highest whose start it reaches; below every start, the
    lowest band. None for no value (nothing was scored)."""
    if value is None or not bands:
        return None
    ordered = sorted(bands, key=lambda b: b.start, reverse=True)
    for band in ordered:
        if value >= band.start - 1e-9:
            return band
    return ordered[-1]


def band_name(band: BandLike | None, language: str) -> str:
    if band is None:
        return ""
    return band.name_nl if language == "nl" else band.name_en


def mean(values: Iterable[float | None]) -> float | None:
    """The arithmetic mean of the values given, None when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def result_of(*, winner: bool, nominee: bool) -> str:
    """'winner', 'nominee' or 'participant': the result in words a letter can say."""
    return "winner" if winner else "nominee" if nominee else "participant"


@dataclass(frozen=True)
class LetterCriterion:
    """One criterion in a letter: its name and question, the jury's band, the category's
    band for comparison, and the approved text."""

    label: str
    question: str
    band: str
    category_band: str
    text: str


@dataclass(frozen=True)
class Letter:
    """Everything one entrant's letter says; nothing else reaches the file."""

    entry_id: str
    title: str
    organisation: str
    contact: str
    email: str
    language: str
    category: str
    result: str | None  # None: not final yet (a draft letter)
    criteria: tuple[LetterCriterion, ...]
    draft: bool = False


@dataclass(frozen=True)
class LetterSet:
    """The letters to write, and the entries left without one (no approved feedback)."""

    award: str
    edition: str
    letters: tuple[Letter, ...]
    without: tuple[str, ...] = field(default_factory=tuple)
