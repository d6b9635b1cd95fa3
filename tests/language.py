"""One language at a time: words that give away the other language.

A Dutch screen, message or file holds no English function words and none of the jury's
English nouns; an English one none of the Dutch. Text from outside (entries, notes, names)
is the entrants' and jurors' own and is left out by its words, collected from the sample
award and the demo."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

ENGLISH = frozenset("""
the and is are not to with your you has have this that from by it its no such another
nothing saved press juror jurors entry entries winner nominee nominees chair scoring
deliberation quit help search theme keys screenshot submitted recused agreement reliability
changed close choose which when who what there here only already please create check use
can cannot must first yet still been be or an name folder file
""".split())
"""English words that Dutch never uses (so not 'of', 'open', 'was', 'in', 'score')."""

DUTCH = frozenset("""
de het een en van niet voor met je jouw zijn naar geen jurylid juryleden inzending
inzendingen opgeslagen voorzitter hulp afsluiten overleg beoordelen definitief
genomineerden genomineerd winnaar toets sluiten opslaan kies typ wordt nog alle
gescoord ingediend rangorde betrouwbaarheid logboek
""".split())

WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_CUT = re.compile(r"[…\u2500-\u259f]")


@cache
def outside_words() -> frozenset[str]:
    """Every word of the sample entries, the demo's notes and the jury's names."""
    sample = REPO / "submissions" / "techniek-inclusief-2026" / "entries.csv"
    text = [" ".join(row) for row in csv.reader(sample.open(encoding="utf-8"))]
    for source in (REPO / "jury" / "services" / "demo.py", REPO / "tests" / "tui" / "scenes.py",
                   REPO / "tests" / "tui" / "conftest.py", REPO / "tests" / "conftest.py"):
        text += re.findall(r'"([^"\n]*)"', source.read_text(encoding="utf-8"))
    return frozenset(word.casefold() for line in text for word in WORD.findall(line))


def foreign_words(text: str, language: str) -> list[str]:
    """The words in `text` that belong to the other language (outside text left out)."""
    other = ENGLISH if language == "nl" else DUTCH
    ours = outside_words()
    found = []
    for match in WORD.finditer(text):
        word, folded = match.group(), match.group().casefold()
        before = text[match.start() - 1: match.start()]
        after = text[match.end(): match.end() + 1]
        if _CUT.match(before or " ") or _CUT.match(after or " "):
            continue  # a word cut by an edge or a dialog's frame is a fragment
        if folded in other and folded not in ours:
            found.append(word)
    return found


def decimal_points(text: str) -> list[str]:
    """Numbers written with a decimal point: in Dutch text they take a comma."""
    return re.findall(r"(?<![\w.:-])\d+\.\d+(?![\w.:-])", text)
