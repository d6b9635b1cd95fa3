"""The feedback letters as files: written, read back and searched.

The hostile check: distinctive markers sit in every jury-only note, and the jurors' names and
every entry's title are known; no letter may hold a marker, a juror's name or another entry's
title, and every approved text must be in its own letter. Read back with python-docx; the slow
test renders the PDFs LibreOffice made to text and searches those too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from jury.io.feedback_letters import MAIL_MERGE, write_letters

from .conftest import JURORS
from .test_feedback import CHAIR, MARKER, to_deliberation, to_final
from .test_feedback import jury as jury  # noqa: F401  (the fixture)

APPROVED = {"TIA-01": "Compliment voor TIA-01: de meesters krijgen uren.",
            "TIA-02": "Advies voor TIA-02: deel de checklist breder.",
            "TIA-05": "Advice for TIA-05: publish the figures."}


def docx_text(path: Path) -> str:
    """Every paragraph, table cell and header of a DOCX, as one text."""
    from docx import Document

    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    parts += [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join(parts)


@pytest.fixture
def final(jury, secretary):  # noqa: F811
    """Feedback approved for three entries (TIA-05 in English), one more drafted; final."""
    from jury.models import EntryData

    entries = jury.entries.list()
    tia05 = next(e for e in entries if e.id == "TIA-05")
    jury.entries.import_entries(secretary, [
        EntryData(e.id, e.title, e.organisation, e.category_key, e.contact, e.email,
                  e.description, dict(e.extra), language="en" if e is tia05 else None)
        for e in entries], sources=["entries.csv"])
    to_deliberation(jury)
    for entry, text in APPROVED.items():
        jury.feedback.write(CHAIR, entry, {"innovation": text, "effectiveness": "Tweede."},
                            approve=True)
    jury.feedback.write(CHAIR, "TIA-03", {"innovation": "Nog niet goedgekeurd."})
    to_final(jury)
    return jury


def assert_nothing_betrays_the_jury(texts: dict[str, str], titles: dict[str, str]) -> None:
    for entry, text in texts.items():
        assert MARKER not in text, f"{entry}: a jury-only note"
        for name in (*JURORS, CHAIR.name):
            assert name not in text, f"{entry}: names {name}"
            assert name.split()[0] not in text, f"{entry}: names {name}"
        for other, title in titles.items():
            if other != entry:
                assert title not in text, f"{entry}: holds {other}'s title"
                assert other not in text, f"{entry}: names {other}"


def test_one_letter_per_approved_entry_and_nothing_betrays_the_jury(final, secretary, tmp_path):
    titles = {e.id: e.title for e in final.entries.list()}
    written = write_letters(final.feedback.letters(secretary), tmp_path / "letters", pdf=False)
    by_entry = {p.name.split("-")[0].upper() + "-" + p.name.split("-")[1]: p
                for p in written.docx}
    assert sorted(by_entry) == sorted(APPROVED)
    texts = {entry: docx_text(path) for entry, path in by_entry.items()}
    assert_nothing_betrays_the_jury(texts, titles)
    for entry, text in APPROVED.items():
        assert text in texts[entry]
        assert titles[entry] in texts[entry]
    assert "Nog niet goedgekeurd." not in "".join(texts.values())
    dutch, english = texts["TIA-01"], texts["TIA-05"]
    assert "Feedback van de jury" in dutch and "Oordeel van de jury" in dutch
    assert "Resultaat" in dutch and "Vernieuwing" in dutch and "CONCEPT" not in dutch
    assert "Feedback from the jury" in english and "The jury's assessment" in english
    assert "Innovation" in english and "Vernieuwing" not in english
    assert any(word in dutch for word in ("winnaar", "genomineerd", "deelnemer"))
    assert any(f"{band} (gemiddeld in de categorie" in dutch
               for band in ("uitstekend", "goed", "voldoende", "onvoldoende"))
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in written.docx)


def test_the_mail_merge_list_names_contact_email_and_file(final, secretary, tmp_path):
    from openpyxl import load_workbook

    written = write_letters(final.feedback.letters(secretary), tmp_path, pdf=False)
    sheet = load_workbook(written.mail_merge).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("contactpersoon", "e-mail", "organisatie")
    contacts = {e.id: (e.contact, e.email) for e in final.entries.list()}
    assert [(r[3], r[0], r[1]) for r in rows[1:]] == [
        (entry, *contacts[entry]) for entry in sorted(APPROVED)]
    assert all((tmp_path / r[6]).is_file() for r in rows[1:])


def test_letters_are_never_written_over_unless_forced(final, secretary, tmp_path):
    from jury.errors import JuryError

    letters = final.feedback.letters(secretary)
    write_letters(letters, tmp_path, pdf=False)
    with pytest.raises(JuryError, match="holds letters already"):
        write_letters(letters, tmp_path, pdf=False)
    assert len(write_letters(letters, tmp_path, pdf=False, force=True).docx) == 3


def test_the_command_refuses_before_final_and_drafts_say_concept(capsys, jury, tmp_path,  # noqa: F811
                                                                 db_url):
    from .test_cli import run

    to_deliberation(jury)
    jury.engine.dispose()
    code, out, err = run(capsys, "--db", db_url, "feedback", "-o", str(tmp_path / "out"),
                         "--no-pdf")
    assert code == 2 and "pas weg als de prijs definitief is" in out + err
    assert not (tmp_path / "out").exists()
    code, out, _ = run(capsys, "--db", db_url, "feedback", "-o", str(tmp_path / "out"),
                       "--drafts", "--no-pdf")
    assert code == 0, out
    assert "17 brieven geschreven" in out and "CONCEPT" in out
    letters = sorted((tmp_path / "out").glob("*.docx"))
    assert len(letters) == 17 and (tmp_path / "out" / MAIL_MERGE).is_file()
    titles = {e.id: e.title for e in jury.entries.list()}
    texts = {path.name[:6].upper(): docx_text(path) for path in letters}
    assert all(text.count("CONCEPT") >= 2 for text in texts.values())  # header and top
    assert_nothing_betrays_the_jury(texts, titles)
    # A draft holds the jurors' notes for the entrant merged, without their names.
    assert "Sterk punt van TIA-04 op innovation." in texts["TIA-04"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and pdftotext render the letters to text")
def test_the_pdfs_read_as_the_letters_and_betray_no_one(final, secretary, tmp_path):
    titles = {e.id: e.title for e in final.entries.list()}
    written = write_letters(final.feedback.letters(secretary), tmp_path, pdf=True)
    assert written.pdf_problem == ""
    assert len(written.pdf) == 3
    texts = {}
    for path in written.pdf:
        done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True, timeout=60)
        texts[path.name[:6].upper()] = " ".join(done.stdout.split())
    assert_nothing_betrays_the_jury(texts, titles)
    for entry, text in APPROVED.items():
        assert text in texts[entry]
    assert "Feedback from the jury" in texts["TIA-05"]
    assert "Feedback van de jury" in texts["TIA-01"]
    from openpyxl import load_workbook

    rows = list(load_workbook(written.mail_merge).active.iter_rows(values_only=True))
    assert all(r[6].endswith(".pdf") and (tmp_path / r[6]).is_file() for r in rows[1:])


def test_the_demo_gives_a_letter_for_every_entrant_after_final(capsys, tmp_path):
    """`jury demo`, the chair's decisions and approvals, final: one command gives the
    secretary a folder with a letter for every entrant and the mail-merge list."""
    from jury.cli import open_services
    from jury.services import Actor
    from jury.services.demo import CHAIR as DEMO_CHAIR
    from jury.services.demo import JURORS as DEMO_JURORS
    from jury.services.demo import NOTES

    from .test_cli import run

    db = tmp_path / "demo.db"
    assert run(capsys, "demo", "--db", str(db))[0] == 0
    services = open_services(f"sqlite:///{db}")
    chair = Actor(DEMO_CHAIR, "chair")
    services.deliberation.change_phase(chair, "deliberation", confirm_unsubmitted=True)
    for category, choice in services.results.compute(chair).choices.items():
        for kind, chosen in (("nominees", choice.shown_nominees),
                             ("winner", choice.shown_nominees[:1])):
            services.deliberation.decide_category(chair, category, kind, list(chosen),
                                                  "Besproken in het overleg")
    for row in services.feedback.overview(chair):
        assert row.notes > 0, f"{row.entry_id}: the demo has notes for every entrant"
        services.feedback.write(chair, row.entry_id,
                                services.feedback.draft(chair, row.entry_id).texts,
                                approve=True)
    services.deliberation.change_phase(chair, "final")
    titles = {e.id: e.title for e in services.entries.list()}
    services.engine.dispose()
    code, out, err = run(capsys, "--db", str(db), "feedback", "-o", str(tmp_path / "brieven"),
                         "--no-pdf")
    assert code == 0, err
    assert "17 brieven geschreven" in out
    letters = sorted((tmp_path / "brieven").glob("*.docx"))
    texts = {path.name[:6].upper(): docx_text(path) for path in letters}
    assert sorted(texts) == sorted(titles)
    jury_only = [note for band in NOTES.values() for note in band]
    for entry, text in texts.items():
        assert not any(note in text for note in jury_only), entry
        assert not any(name in text for name, _ in DEMO_JURORS) and DEMO_CHAIR not in text
        assert "Verbeterpunt" in text or "Sterk punt" in text
    assert_nothing_betrays_the_jury(texts, titles)


def test_an_older_title_with_a_control_character_still_gets_its_letter(final, secretary,
                                                                       tmp_path):
    """Rows stored before today's limits may hold an escape: the letter shows it as its
    picture instead of failing (a document cannot hold the character itself)."""
    import sqlalchemy as sa

    with final.engine.begin() as conn:
        conn.execute(sa.text("UPDATE entry SET title = :t WHERE id = 'TIA-01'"),
                     {"t": "Oud\x1b[31m record"})
    written = write_letters(final.feedback.letters(secretary), tmp_path, pdf=False)
    tia01 = next(p for p in written.docx if p.name.startswith("tia-01"))
    assert "Oud␛[31m record" in docx_text(tia01)


def test_an_english_letter_and_its_mail_merge_list_speak_english(tmp_path):
    """A letter's words come from the catalogue in the entrant's language: the English
    letter reads in English, and so do its mail-merge list's headers."""
    from docx import Document
    from openpyxl import load_workbook

    from jury.feedback import Letter, LetterCriterion, LetterSet

    letter = Letter(entry_id="E01", title="Robot care", organisation="Acme", contact="Sam",
                    email="sam@example.org", language="en", category="", result="nominee",
                    criteria=(LetterCriterion("Impact", "", "good", "", ""),))
    written = write_letters(LetterSet("Techniek Inclusief Award", "2026", (letter,)),
                            tmp_path, pdf=False)
    text = "\n".join(p.text for p in Document(str(written.docx[0])).paragraphs)
    assert "Dear Sam," in text
    assert "Congratulations: the jury nominated your entry." in text
    assert "The jury's assessment: good (average over all entries: not assessed)" in text
    assert "The jury gave no comment on this criterion." in text
    assert "the secretariat of the Techniek Inclusief Award" in text
    rows = list(load_workbook(written.mail_merge).active.iter_rows(values_only=True))
    assert rows[0] == ("contact", "e-mail", "organisation", "entry", "title", "language",
                       "file", "docx")
