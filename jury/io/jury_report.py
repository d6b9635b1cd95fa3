"""The jury report for the presenter (`jury report -o FILE.docx`), written with python-docx.

Per category the winner and the nominees, each with the laudatio the chair wrote, the
entry's description and the jury's considerations (its rationales); the jury's names as
the award lists them; VOORLOPIG in every page's header until the award is final. A4.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from jury import __version__
from jury.i18n import Strings
from jury.io.cells import clean_text
from jury.io.public_result import public_entries
from jury.io.target import written_whole
from jury.io.workbook import JuryNotes, local
from jury.services.results import ResultsReport


def considerations(report: ResultsReport, notes: JuryNotes, category: Any, entry: str,
                   status: str) -> list[str]:
    """The jury's reasons on record for this entry: its choice and its agreed values."""
    reasons = []
    choice = report.choices.get(category)
    if choice is not None:
        why = choice.winner_rationale if status == "winner" else choice.nominees_rationale
        if why:
            reasons.append(why)
    for record in getattr(notes.decisions, "consensus", ()) or ():
        if record.current and record.entry == entry and record.rationale not in reasons:
            reasons.append(record.rationale)
    return reasons


def write_jury_report(report: ResultsReport, path: Path, *, language: str,
                      exported_at: datetime, notes: JuryNotes, replace: bool = False,
                      numbered: bool = False) -> Path:
    """Write the report privately beside `path` and move it into place, whole or not at all."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt


    tr = Strings(language)
    settings = report.settings
    award = f"{settings.award.name} {settings.award.edition}"
    final = report.phase == "final"
    stamp = (f"{tr('wb.final_stamp' if final else 'wb.provisional_stamp')} "
             f"{local(exported_at):%d-%m-%Y}")

    def text(value: Any) -> str:
        return clean_text(str(value))

    with written_whole(path, replace=replace, numbered=numbered,
                       title="error.title.report") as draft:
        document = Document()
        section = document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(22))
        section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        document.styles["Normal"].font.size = Pt(11)
        header = section.header.paragraphs[0]
        header.text = f"{award}\t\t{stamp}"
        footer = section.footer.paragraphs[0]
        footer.text = f"{tr('wb.report_title')} · {stamp}\t\t{tr('wb.page')} "
        page_number(footer)
        properties = document.core_properties
        properties.title = f"{tr('wb.report_title')} {award}"
        properties.subject = tr("wb.report_title")
        properties.author = f"jury {__version__}"
        properties.language = "nl-NL" if language == "nl" else "en-GB"
        properties.keywords = tr("wb.final_stamp" if final else "wb.provisional_stamp")
        properties.comments = settings.award.name
        properties.created = exported_at.replace(tzinfo=None)

        document.add_heading(text(f"{tr('wb.report_title')} {award}"), level=0)
        if not final:
            warning = document.add_paragraph()
            warning.add_run(tr("wb.report_provisional")).bold = True
        jury = ", ".join(f"{name} ({tr('wb.chair_role')})" if role == "chair" else name
                         for name, role in notes.jury)
        if jury:
            paragraph = document.add_paragraph()
            paragraph.add_run(tr("wb.jury_members") + ": ").bold = True
            paragraph.add_run(text(jury))
        for category, listed in public_entries(report, notes):
            label = category_label_for(report, language, category)
            document.add_heading(text(label or award), level=1)
            for status, row, _ in listed:
                document.add_heading(text(f"{tr(f'wb.{status}')}: {row.title} — "
                                          f"{row.organisation}"), level=2)
                laudatio = notes.laudations.get(row.entry)
                heading = document.add_paragraph()
                heading.add_run(tr("wb.laudatio")).bold = True
                if laudatio is not None:
                    for part in laudatio.text.split("\n"):
                        document.add_paragraph(text(part))
                else:
                    document.add_paragraph().add_run(tr("wb.no_laudatio")).italic = True
                description = notes.descriptions.get(row.entry, "").strip()
                if description:
                    document.add_paragraph().add_run(tr("wb.description")).bold = True
                    for part in description.split("\n"):
                        if part.strip():
                            document.add_paragraph(text(part))
                reasons = considerations(report, notes, category, row.entry, status)
                if reasons:
                    document.add_paragraph().add_run(tr("wb.considerations")).bold = True
                    for reason in reasons:
                        document.add_paragraph(text(reason), style="List Bullet")
        document.save(str(draft.file))
    return draft.path


def page_number(paragraph: Any) -> None:
    """A PAGE field at the end of `paragraph`: the word processor fills in the number."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def category_label_for(report: ResultsReport, language: str, category: Any) -> str:
    for c in report.settings.categories:
        if c.key == category:
            return c.label_nl if language == "nl" else c.label_en
    return ""


def report_document(services: Any, actor: Any, path: Path, *, language: str | None,
                    force: bool, now: datetime) -> Path:
    """Reconcile, gather the record and write the report: for the command line and the app."""
    from jury.errors import JuryError
    from jury.io.target import check_target
    from jury.io.workbook import gather
    from jury.services.results import ResultsService

    check_target(path, force=force, title="error.title.report", suffix=".docx")
    report = ResultsService(services.engine).compute(actor)
    language = language or report.settings.award.language
    if language not in ("nl", "en"):
        raise JuryError("cli.lang", title="error.title.report", language=repr(language))
    return write_jury_report(report, path, language=language, exported_at=now,
                             notes=gather(services, actor), replace=force)
