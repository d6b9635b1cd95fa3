"""Every cell the software writes in the workbook is in the workbook's language: no English
word in the Dutch workbook and numbers in its text with a decimal comma; no Dutch word in the
English one. What the jury itself wrote (titles, notes, rationales, names) is left out."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from jury import __version__

from .test_ceremony import CHAIR, MOMENT
from .test_ceremony import final as final  # noqa: F401  (the fixture)

# Whole words only: 'Organisatie' holds 'tie', 'notities' too. 'is' and 'of' ('or') are
# Dutch words as well, so they are not looked for in the Dutch workbook.
FOREIGN = {
    "nl": re.compile(r"\b(the|and|tie|ties|juror|jurors|entry|entries|with|not|from|by)\b",
                     re.IGNORECASE),
    "en": re.compile(r"\b(de|het|en|van|een|jurylid|juryleden|inzending|inzendingen|"
                     r"gelijke stand|voorzitter)\b", re.IGNORECASE),
}
# A number in running text with the other language's decimal mark.
WRONG_DECIMAL = {"nl": re.compile(r"(?<![\w.])\d+\.\d"), "en": re.compile(r"(?<![\w,])\d+,\d")}


def written_by_the_jury(services, actor) -> list[str]:
    """Every text the jury and the secretary typed, longest first, to be masked."""
    from jury.io.public_result import short
    from jury.io.workbook import gather

    notes = gather(services, actor)
    texts = [e.title for e in services.entries.list()]
    texts += [e.organisation for e in services.entries.list()]
    texts += list(notes.descriptions.values())
    texts += [short(text) for text in notes.descriptions.values()]  # the public result's
    texts += [text for *_, text in notes.scores] + [text for *_, text in notes.entry_notes]
    texts += [text for *_, text in notes.recusals]
    texts += [record.text for record in notes.laudations.values()]
    decisions = notes.decisions
    texts += [r.rationale for r in (*decisions.consensus, *decisions.categories)]
    texts += [name for name, _ in notes.jury] + [j.name for j in services.jurors.list()]
    texts += [CHAIR.name, "Techniek Inclusief Award", __version__]
    return sorted({t.strip() for t in texts if t and t.strip()}, key=len, reverse=True)


def software_texts(path, masked: list[str]) -> list[tuple[str, str]]:
    """(cell, text) of every text cell of every sheet, the jury's own words masked."""
    found = []
    for sheet in load_workbook(path):
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                text = cell.value
                for typed in masked:
                    for line in typed.split("\n"):
                        if line.strip():
                            text = text.replace(line.strip(), " · ")
                found.append((f"{sheet.title}!{cell.coordinate}", text))
    return found


def check(path, language: str, masked: list[str]) -> None:
    cells = software_texts(path, masked)
    assert cells
    foreign = [(where, text) for where, text in cells if FOREIGN[language].search(text)]
    assert not foreign, f"words of the other language in the {language} workbook: {foreign}"
    decimals = [(where, text) for where, text in cells if WRONG_DECIMAL[language].search(text)]
    assert not decimals, f"the other language's decimal mark: {decimals}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_final_workbook_speaks_one_language(final, tmp_path, secretary,  # noqa: F811
                                               language):
    from jury.io.workbook import export

    services, _, _ = final
    path = export(services, secretary, tmp_path / "w.xlsx", folder=tmp_path,
                  language=language, force=False, now=MOMENT)
    check(path, language, written_by_the_jury(services, secretary))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_provisional_workbook_speaks_one_language(scored, tmp_path, secretary, language):
    from jury.io.workbook import export

    path = export(scored, secretary, tmp_path / "w.xlsx", folder=tmp_path,
                  language=language, force=False, now=MOMENT)
    check(path, language, written_by_the_jury(scored, secretary))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_public_result_speaks_one_language(final, tmp_path, secretary,  # noqa: F811
                                               language):
    from jury.io.workbook import export

    services, _, _ = final
    path = export(services, secretary, tmp_path / "p.xlsx", folder=tmp_path,
                  language=language, force=False, now=MOMENT, public=True)
    check(path, language, written_by_the_jury(services, secretary))
