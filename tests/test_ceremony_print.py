"""The ceremony files as they print: through LibreOffice to PDF, checked from the PDF's words
and their boxes (pdftotext -bbox). A4; every page's text at least 9 pt; every entry title
whole; VOORLOPIG on every page of a provisional file; a 40-entry category's ranking within
two pages; no juror name in the public result. Slow: each conversion starts LibreOffice."""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury.services import Actor, Services

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="needs LibreOffice (libreoffice-calc-nogui, "
                              "libreoffice-writer-nogui) and pdftotext (poppler-utils)"),
]

MOMENT = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)
# LibreOffice prints 10 pt text in word boxes 13 pt high (as /work/shared/tools/workbook-pages).
BOX_PER_POINT = 1.3
A4 = (595.3, 841.9)


def pdf_of(path: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "pdf" / (path.stem + ".pdf")
    assert pdf.exists(), done.stdout + done.stderr
    return pdf


def pages_of(pdf: Path) -> list[tuple[float, float, list[tuple[float, str]]]]:
    """Per page: width, height and (box height, word) in reading order."""
    return [(width, height, [(y1 - y0, word) for _, y0, y1, word in words])
            for width, height, words in boxes_of(pdf)]


def boxes_of(pdf: Path) -> list[tuple[float, float, list[tuple[float, float, float, str]]]]:
    """Per page: width, height and (x, top, bottom, word) in reading order."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = []
    for page in re.findall(r"<page (.*?)</page>", xml, re.S):
        size = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        assert size is not None
        words = [(float(x0), float(y0), float(y1), html_text(word))
                 for x0, y0, y1, word in re.findall(
                     r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
                     r'([^<]*)<', page)]
        pages.append((float(size.group(1)), float(size.group(2)), words))
    return pages


def printed_whole(pages, title: str) -> bool:
    """Whether `title` is printed whole somewhere: from its first word, the words in that
    column on the lines below (a wrapped cell) read the whole title."""
    wanted = " ".join(title.split())
    first = wanted.split(" ")[0]
    for _, _, words in pages:
        for x, top, _, word in words:
            if word != first:
                continue
            cell = sorted((t, x2, w) for x2, t, _, w in words
                          if x - 1 <= x2 <= x + 240 and top - 1 <= t <= top + 60)
            lines: dict[int, list[tuple[float, str]]] = {}
            for t, x2, w in cell:
                lines.setdefault(round(t), []).append((x2, w))
            text = " ".join(w for t in sorted(lines) for _, w in sorted(lines[t]))
            if text.replace("- ", "-").startswith(wanted) or wanted in text.replace("- ", "-"):
                return True
    return False


def html_text(word: str) -> str:
    import html

    return html.unescape(word)


def check_pages(pages, *, provisional: bool) -> None:
    """A4 in either orientation, at least 9 pt on every page, the stamp on every page."""
    assert pages
    for n, (width, height, words) in enumerate(pages, 1):
        assert sorted((round(width, 1), round(height, 1))) == sorted(A4), f"page {n}"
        assert words, f"page {n} is empty"
        size = statistics.median(box for box, _ in words) / BOX_PER_POINT
        assert size >= 9.0, f"page {n}: text at {size:.1f} pt"
        text = " ".join(word for _, word in words)
        assert ("VOORLOPIG" in text or "PROVISIONAL" in text) == provisional, f"page {n}"


def joined(pages) -> str:
    """The printed words in reading order; a word the program broke after its hyphen
    ("zij-" / "instromers") joined again."""
    text = " ".join(word for _, _, words in pages for _, word in words)
    return text.replace("- ", "-")


def take_to_final(services: Services) -> None:
    chair = next(Actor(j.name, "chair") for j in services.jurors.list() if j.role == "chair")
    services.deliberation.change_phase(chair, "deliberation", confirm_unsubmitted=True)
    report = services.results.compute(chair)
    ranked = {c.key: [r.entry for r in report.results.ranking  # type: ignore[attr-defined]
                      if r.category == c.key and r.rank] for c in report.settings.categories}
    for category, ids in ranked.items():
        services.deliberation.decide_category(chair, category, "nominees", ids[:3],
                                              "De jury volgt de rangorde")
        services.deliberation.decide_category(chair, category, "winner", ids[1:2],
                                              "De jury koos voor de meest overdraagbare aanpak")
        services.deliberation.write_laudatio(chair, ids[1], "Een voorbeeld voor de sector.")
    services.deliberation.change_phase(chair, "final")


@pytest.fixture
def demo_award(capsys, tmp_path):
    from .test_cli import run

    db = tmp_path / "demo.db"
    code, _, err = run(capsys, "demo", "--db", str(db))
    assert code == 0, err
    return Services.open(f"sqlite:///{db}")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_demo_workbook_prints_provisional_then_final(demo_award, tmp_path, language):
    from jury.io.workbook import export

    secretary = Actor.secretary()
    titles = [e.title for e in demo_award.entries.list()]
    for phase in ("provisional", "final"):
        if phase == "final":
            take_to_final(demo_award)
        path = export(demo_award, secretary, tmp_path / f"{phase}-{language}.xlsx",
                      folder=tmp_path, language=language, force=False, now=MOMENT)
        pages = pages_of(pdf_of(path, tmp_path))
        check_pages(pages, provisional=phase == "provisional")
        boxes = boxes_of(tmp_path / "pdf" / f"{phase}-{language}.pdf")
        for title in titles:
            assert printed_whole(boxes, title), f"{title!r} is not printed whole"
        ranking = "Uitslag" if language == "nl" else "Ranking"
        for category in ("MKB", "Groot") if language == "nl" else ("SME", "Large"):
            on = [n for n, (_, _, words) in enumerate(pages)
                  if f"{ranking} {category} ·" in " ".join(w for _, w in words)]
            assert len(on) == 1, f"{ranking} {category} prints on pages {on}"
        if phase == "final":
            assert len(pages) <= 20, f"the final workbook prints {len(pages)} pages"
        check_headers(boxes, language)


# Headers of the detail sheets' narrow figure columns: each wraps only between words.
HEADER_KEYS = ("mean", "adjusted", "sd", "min", "max", "category", "win", "nominated",
               "places", "weights_win", "weights_nominated", "weights_places", "agreement")


def check_headers(boxes, language: str) -> None:
    """Every word of the narrow columns' headers printed whole, and every page whose left
    column lists entries starts with the table's header (print titles)."""
    from jury.i18n import Strings

    tr = Strings(language)
    printed = {word for _, _, words in boxes for _, _, _, word in words}
    for key in HEADER_KEYS:
        for word in tr(f"wb.{key}").split():
            assert word in printed, f"header word {word!r} is broken or missing"
    for n, (_, _, words) in enumerate(boxes, 1):
        listed = [w for x, _, _, w in words if x < 60 and re.fullmatch(r"TIA-\d+", w)]
        heads = {w for _, _, _, w in words}
        if listed:
            assert heads & {"Nr.", "No."}, f"page {n} lists entries without a header row"


# Titles and organisations as long as the award's real ones (30 to 55 characters).
TITLES = [
    "Terugkeerprogramma voor technici na een loopbaanpauze",
    "Toolboxmeeting sociale veiligheid op de bouwplaats",
    "Open dag voor ouders en leerlingen van de praktijkschool",
    "Codeclub voor meiden in de wijk",
    "Samen de wijk in: meesterschap voor zij-instromers",
    "Vacatureteksten die iedereen aanspreken",
    "Taal op de werkvloer: Nederlands leren tijdens het werk",
    "Een werkplaats waar iedereen past",
]
ORGANISATIONS = ["Noorderlicht Energie", "Van Dalen Dakwerken", "Hoekstra Elektro",
                 "Warmtewerk Installatietechniek", "Kolk & Zonen Elektrotechniek"]


def test_a_40_entry_category_ranks_within_two_pages(tmp_path):
    import sqlalchemy as sa

    from jury.io.workbook import export
    from jury.models import Entry
    from tests.bench.bench_reconcile import build

    services = build(tmp_path / "forty.db", 80, 5, 0, seed=7)
    with services.entries.transaction() as session:
        for n, entry in enumerate(session.exec(sa.select(Entry)).scalars()):
            # Entries alternate between the two categories: each gets every title.
            entry.title = TITLES[n // 2 % len(TITLES)]
            entry.organisation = ORGANISATIONS[n // 2 % len(ORGANISATIONS)]
            session.add(entry)
    path = export(services, Actor.secretary(), tmp_path / "veertig.xlsx", folder=tmp_path,
                  language="nl", force=False, now=MOMENT)
    pages = pages_of(pdf_of(path, tmp_path))
    check_pages(pages, provisional=True)
    on = [n for n, (_, _, words) in enumerate(pages)
          if "Uitslag MKB ·" in " ".join(w for _, w in words)]
    assert 1 <= len(on) <= 2, f"40 entries print on {len(on)} pages"
    boxes = boxes_of(tmp_path / "pdf" / "veertig.pdf")
    for title in TITLES:
        assert printed_whole(boxes, title), f"{title!r} is not printed whole"


def test_the_public_result_and_the_report_print_without_the_jurys_record(
        demo_award, tmp_path):
    from jury.io.jury_report import report_document
    from jury.io.workbook import export

    take_to_final(demo_award)
    secretary = Actor.secretary()
    public = export(demo_award, secretary, tmp_path / "publiek.xlsx", folder=tmp_path,
                    language="nl", force=False, now=MOMENT, public=True)
    pages = pages_of(pdf_of(public, tmp_path))
    check_pages(pages, provisional=False)
    text = joined(pages)
    for juror in demo_award.jurors.list():
        assert juror.name not in text, f"{juror.name} in the public result"
    assert "Een voorbeeld voor de sector." in text
    report = report_document(demo_award, secretary, tmp_path / "rapport.docx",
                             language="nl", force=False, now=MOMENT)
    pages = pages_of(pdf_of(report, tmp_path))
    check_pages(pages, provisional=False)
    assert "Een voorbeeld voor de sector." in joined(pages)
