"""The feedback letters (`jury feedback -o DIR`): one DOCX per entry with python-docx, a PDF of
each through LibreOffice when it is on the machine, and feedback.xlsx beside them for the
secretary's mail merge (contact, e-mail, file name).

A letter holds only what jury.feedback's Letter holds: the award, the entry, the result in
words, per criterion the jury's band, the category's band and the chair's approved text.
No juror's name, no jury-only note and no other entry reaches it, because none is given.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jury.award_settings import slugify
from jury.errors import JuryError
from jury.feedback import Letter, LetterSet
from jury.i18n import Message, Strings, Word
from jury.io.target import SCRATCH_PREFIX, clear_stale, ensure_folder, reason
from jury.text import shown

TITLE = "error.title.feedback"
MAIL_MERGE = "feedback.xlsx"
PDF_SECONDS = 120  # LibreOffice's start, then PDF_SECONDS_EACH per letter
PDF_SECONDS_EACH = 10

# The mail-merge list's columns, in order; their headers are 'letter.mail.<column>'.
MAIL_COLUMNS = ("contact", "email", "organisation", "entry", "title", "language", "file",
                "docx")


@dataclass
class LettersWritten:
    """What was written where; `pdf_problem` says why there are no PDFs, when there are none."""

    folder: Path
    docx: list[Path] = field(default_factory=list)
    pdf: list[Path] = field(default_factory=list)
    mail_merge: Path | None = None
    pdf_problem: str | Message = ""


def letter_name(letter: Letter) -> str:
    """'E07-zorgrobot-in-de-wijk': the entry's id and title, safe as a file name anywhere."""
    title = slugify(letter.title)[:40].strip("-")
    return f"{slugify(letter.entry_id)[:40]}-{title}".strip("-") or "letter"


def write_letters(letters: LetterSet, folder: Path, *, force: bool = False,
                  pdf: bool = True) -> LettersWritten:
    """Write every letter and the mail-merge list into `folder` (created when missing).

    Refuses, before writing anything, to replace a file that exists unless `force`. Every
    file is built in a private scratch folder and moved into place when all are complete.
    """
    ensure_folder(folder, title=TITLE)
    names = _names(letters.letters)
    targets = [folder / f"{n}.docx" for n in names] + [folder / MAIL_MERGE]
    if pdf and soffice() is not None:
        targets += [folder / f"{n}.pdf" for n in names]
    taken = [p for p in targets if p.exists()]
    if taken and not force:
        shown = ", ".join(p.name for p in taken[:5]) + (" …" if len(taken) > 5 else "")
        raise JuryError("letters.taken", title=TITLE, folder=str(folder), n=len(taken),
                        names=shown)
    written = LettersWritten(folder)
    with _scratch(folder) as scratch:
        made = []
        for letter, name in zip(letters.letters, names, strict=True):
            path = scratch / f"{name}.docx"
            _write_docx(letters, letter, path)
            made.append(path)
        pdfs: list[Path] = []
        if pdf:
            pdfs, written.pdf_problem = _to_pdf(made, scratch)
        _mail_merge(letters, names, bool(pdfs), scratch / MAIL_MERGE)
        for path in [*made, *pdfs, scratch / MAIL_MERGE]:
            os.replace(path, folder / path.name)
        written.docx = [folder / p.name for p in made]
        written.pdf = [folder / p.name for p in pdfs]
        written.mail_merge = folder / MAIL_MERGE
    return written


def _names(letters: tuple[Letter, ...]) -> list[str]:
    """A file name per letter, numbered where two entries' ids and titles fold alike."""
    seen: dict[str, int] = {}
    names = []
    for letter in letters:
        base = letter_name(letter)
        seen[base.casefold()] = seen.get(base.casefold(), 0) + 1
        names.append(base if seen[base.casefold()] == 1 else f"{base}-{seen[base.casefold()]}")
    return names


@contextmanager
def _scratch(folder: Path) -> Iterator[Path]:
    clear_stale(folder)
    try:
        scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}letters-", dir=folder))
    except OSError as error:
        raise JuryError("target.cannot_write_in", title=TITLE, folder=str(folder),
                        reason=reason(error)) from None
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _private(path: Path) -> Any:
    """A new file readable by its owner only from the first byte (the letters hold scores)."""
    return os.fdopen(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb")


def _write_docx(letters: LetterSet, letter: Letter, path: Path) -> None:
    from dataclasses import replace

    from docx import Document
    from docx.shared import Mm, Pt, RGBColor

    # An older row may hold a control character the limits refuse today: shown as its
    # picture ('␛'), which a document can hold and a reader can see, never dropped silently.
    letters = replace(letters, award=shown(letters.award), edition=shown(letters.edition))
    letter = replace(letter, title=shown(letter.title), organisation=shown(letter.organisation),
                     contact=shown(letter.contact), category=shown(letter.category),
                     criteria=tuple(replace(c, text=shown(c.text, multiline=True))
                                    for c in letter.criteria))
    tr = Strings(letter.language)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(22))
    document.styles["Normal"].font.size = Pt(11)
    properties = document.core_properties
    properties.title = f"{tr('letter.heading')} — {letter.title}"[:255]
    properties.author = letters.award[:255]
    if letter.draft:
        section.header.paragraphs[0].text = tr("letter.draft")
        mark = document.add_paragraph().add_run(tr("letter.draft"))
        mark.bold = True
        mark.font.size = Pt(16)
        mark.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    document.add_heading(f"{letters.award} {letters.edition}", level=1)
    document.add_heading(tr("letter.heading"), level=2)
    facts = [(tr("letter.entry"), f"{letter.title} ({letter.entry_id})"),
             (tr("letter.organisation"), letter.organisation)]
    if letter.category:
        facts.append((tr("letter.category"), letter.category))
    result = tr(f"letter.{letter.result}") if letter.result else tr("letter.pending")
    facts.append((tr("letter.result"), result))
    table = document.add_table(rows=0, cols=2)
    table.autofit = False
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
        cells[0].width, cells[1].width = Mm(35), Mm(131)
    document.add_paragraph()
    document.add_paragraph(tr("letter.dear", name=letter.contact) if letter.contact
                           else tr("letter.dear_all"))
    document.add_paragraph(tr("letter.intro", title=letter.title, award=letters.award,
                              edition=letters.edition))
    if letter.result:
        document.add_paragraph(tr(f"letter.{letter.result}_text"))
    comparison = tr("letter.category_band") if letter.category else tr("letter.all_entries")
    for criterion in letter.criteria:
        document.add_heading(criterion.label, level=3)
        if criterion.question:
            document.add_paragraph().add_run(criterion.question).italic = True
        line = document.add_paragraph()
        line.add_run(f"{tr('letter.band')}: ").bold = True
        line.add_run(criterion.band or tr("letter.no_band"))
        line.add_run(f" ({comparison}: {criterion.category_band or tr('letter.no_band')})")
        text = criterion.text.strip()
        for paragraph in (text.split("\n") if text else [tr("letter.no_text")]):
            document.add_paragraph(paragraph)
    document.add_paragraph()
    document.add_paragraph(tr("letter.closing"))
    document.add_paragraph(tr("letter.sender", award=letters.award))
    with _private(path) as stream:
        document.save(stream)


def soffice() -> str | None:
    """LibreOffice's command, when it is on the machine."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _to_pdf(files: list[Path], scratch: Path) -> tuple[list[Path], str | Message]:
    """Every DOCX as a PDF beside it, in one LibreOffice run with a profile of its own (so
    an open LibreOffice or another export does not block it). Returns the PDFs, or none and
    why: the letters stand as DOCX whatever happens here."""
    command = soffice()
    if command is None:
        return [], Message("letters.pdf_none")
    if not files:
        return [], ""
    profile = (scratch / "profile").resolve()
    try:
        done = subprocess.run(
            [command, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir",
             str(scratch), *map(str, files)],
            capture_output=True, timeout=PDF_SECONDS + PDF_SECONDS_EACH * len(files),
            check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return [], Message("letters.pdf_slow")
    except OSError as error:
        return [], Message("letters.pdf_no_start", {"reason": reason(error)})
    pdfs = [p.with_suffix(".pdf") for p in files]
    missing = [p for p in pdfs if not p.exists()]
    if missing:
        said = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
        return [], Message("letters.pdf_some", {
            "made": len(pdfs) - len(missing), "total": len(pdfs),
            "said": said[0][:200] if said else Word("letters.no_output")})
    for path in pdfs:
        os.chmod(path, 0o600)
    return pdfs, ""


def _mail_merge(letters: LetterSet, names: list[str], pdf: bool, path: Path) -> None:
    """feedback.xlsx: one row per letter for the secretary's mail program."""
    import xlsxwriter

    language = letters.letters[0].language if letters.letters else "nl"
    tr = Strings(language)
    headers = [tr(f"letter.mail.{column}") for column in MAIL_COLUMNS]
    with _private(path):
        pass  # created private; XlsxWriter writes over the empty file, keeping its mode
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False,
                                           "tmpdir": str(path.parent)})
    sheet = book.add_worksheet("feedback")
    bold = book.add_format({"bold": True})
    for column, (header, width) in enumerate(zip(headers, (24, 30, 28, 10, 40, 6, 50, 50),
                                                 strict=True)):
        sheet.write_string(0, column, header, bold)
        sheet.set_column(column, column, width)
    for row, (letter, name) in enumerate(zip(letters.letters, names, strict=True), start=1):
        values = (letter.contact, letter.email, letter.organisation, letter.entry_id,
                  letter.title, letter.language, f"{name}.pdf" if pdf else f"{name}.docx",
                  f"{name}.docx")
        for column, value in enumerate(values):
            sheet.write_string(row, column, value)
    sheet.autofilter(0, 0, max(len(names), 1), len(headers) - 1)
    sheet.freeze_panes(1, 0)
    book.close()
