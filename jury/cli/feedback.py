"""jury feedback: the letters to the entrants, and the mail-merge list beside them."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from jury.cli.common import app, context, ids, secretary
from jury.statistics_text import number


@app.command("feedback")
def feedback_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", metavar="DIR",
                                help="The folder for the letters (created when missing)."),
    drafts: bool = typer.Option(False, "--drafts",
                                help="Every entry's letter marked CONCEPT, before final too."),
    pdf: bool = typer.Option(True, "--pdf/--no-pdf",
                             help="Also a PDF of each letter (needs LibreOffice)."),
    force: bool = typer.Option(False, "--force", help="Overwrite letters in the folder."),
) -> None:
    """Write one feedback letter per entry with approved feedback (after final), with
    feedback.xlsx for the mail merge: contact, e-mail, file name."""
    from jury.io.feedback_letters import write_letters

    c = context(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    started = time.perf_counter()
    letters = services.feedback.letters(secretary(), drafts=drafts)
    written = write_letters(letters, output, force=force, pdf=pdf)
    seconds = time.perf_counter() - started
    c.out.print(tr("feedback.written" if written.pdf else "feedback.written_docx",
                   letters=tr.count(len(written.docx), "letter"), pdf=len(written.pdf),
                   folder=str(output), seconds=number(seconds, tr.language, 1)), markup=False)
    if written.mail_merge is not None:
        c.out.print(tr("feedback.mail_merge", path=str(written.mail_merge)), markup=False)
    if written.pdf_problem:
        c.out.print(tr("feedback.no_pdf", reason=written.pdf_problem), markup=False)
    if drafts:
        c.out.print(tr("feedback.drafts"), markup=False)
    if letters.without:
        c.out.print(tr("feedback.without", entries=tr.count(len(letters.without), "entry"),
                       ids=ids(list(letters.without))), markup=False)
    no_mail = [letter.entry_id for letter in letters.letters if not letter.email]
    if no_mail:
        c.out.print(tr("feedback.no_email", entries=tr.count(len(no_mail), "entry"),
                       ids=ids(no_mail)), markup=False)
