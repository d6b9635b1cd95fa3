"""The ceremony on paper: the chair's laudatio, the decisions where they are read, sheet
names from any label, the public result without the jury's record, the jury report."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jury.errors import PermissionDenied
from jury.services import Actor

from .conftest import JURORS
from .test_cli import run

CHAIR = Actor("Marieke Hoekstra", "chair")
MOMENT = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def final(scored, secretary):
    """The sample award taken to final: a criterion consensus, the jury's choice against
    the ranking with its rationale, laudations for the winners."""
    scored.jurors.add(secretary, CHAIR.name, "1234", chair=True)
    scored.scoring.set_entry_note(secretary, "Sanne Bakker", "TIA-01",
                                  "Een leerlijn die elk installatiebedrijf kan overnemen.")
    scored.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)
    ranked = {c: [r.entry for r in scored.results.compute(CHAIR).results.ranking
                  if r.category == c and r.rank] for c in ("mkb", "groot")}
    scored.deliberation.record_consensus(CHAIR, ranked["mkb"][-1], "effectiveness", 4.0,
                                         "De effecten zijn niet aangetoond")
    ranked = {c: [r.entry for r in scored.results.compute(CHAIR).results.ranking
                  if r.category == c and r.rank] for c in ("mkb", "groot")}
    mkb = (ranked["mkb"][1], ranked["mkb"][0], ranked["mkb"][3])
    scored.deliberation.decide_category(CHAIR, "mkb", "nominees", mkb,
                                        "Het bereik onder installateurs woog zwaar")
    scored.deliberation.decide_category(CHAIR, "mkb", "winner", mkb[:1],
                                        "De jury koos unaniem voor de leerlijn")
    scored.deliberation.decide_category(CHAIR, "groot", "nominees", ranked["groot"][:3],
                                        "Zoals voorgesteld")
    scored.deliberation.decide_category(CHAIR, "groot", "winner", ranked["groot"][:1],
                                        "Zoals voorgesteld")
    scored.deliberation.write_laudatio(CHAIR, mkb[0], "Een voorbeeld voor de hele sector.")
    scored.deliberation.change_phase(CHAIR, "final")
    return scored, ranked, mkb


def test_the_laudatio_is_the_chairs_during_deliberation_and_audited(scored, secretary):
    scored.jurors.add(secretary, CHAIR.name, "1234", chair=True)
    with pytest.raises(PermissionDenied, match="deliberation"):
        scored.deliberation.write_laudatio(CHAIR, "TIA-01", "Te vroeg")
    scored.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)
    with pytest.raises(PermissionDenied, match="Only the chair"):
        scored.deliberation.write_laudatio(Actor(JURORS[0], "juror"), "TIA-01", "Mag niet")
    scored.scoring.set_entry_note(secretary, JURORS[0], "TIA-01", "Sterk in de praktijk")
    draft = scored.deliberation.laudatio_draft(CHAIR, "TIA-01")
    assert draft.current is None and draft.notes == ((JURORS[0], "Sterk in de praktijk"),)
    scored.deliberation.write_laudatio(CHAIR, "TIA-01", "Eerste versie")
    scored.deliberation.write_laudatio(CHAIR, "TIA-01", "  Tweede versie\nmet een regel  ")
    assert scored.deliberation.laudations(CHAIR)["TIA-01"].text == "Tweede versie\nmet een regel"
    trail = scored.deliberation.audit_trail(CHAIR, action="laudatio.written")
    assert [(e.old, e.new) for e in trail] == [
        (None, "Eerste versie"), ("Eerste versie", "Tweede versie\nmet een regel")]
    scored.deliberation.write_laudatio(CHAIR, "TIA-01", "")
    assert "TIA-01" not in scored.deliberation.laudations(CHAIR)
    with pytest.raises(PermissionDenied):
        scored.deliberation.write_laudatio(CHAIR, "TIA-02", "  ")


def test_results_json_gives_decisions_and_frozen_at(capsys, final, db_url):
    _, ranked, mkb = final
    code, out, err = run(capsys, "--db", db_url, "results", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["frozen_at"] is not None
    categories = {c["category"]: c for c in document["decisions"]["categories"]}
    assert categories["mkb"]["winner"]["choice"] == mkb[0]
    assert categories["mkb"]["winner"]["proposal"] != mkb[0]
    assert categories["mkb"]["winner"]["rationale"] == "De jury koos unaniem voor de leerlijn"
    assert categories["mkb"]["winner"]["by"] == CHAIR.name
    consensus = document["decisions"]["consensus"]
    assert consensus[0]["criterion"] == "effectiveness" and consensus[0]["choice"] == 4.0
    assert consensus[0]["proposal"] is not None
    row = next(r for r in document["ranking"] if r["entry"] == consensus[0]["entry"])
    assert row["criteria"]["effectiveness"]["agreed"] == 4.0


def test_the_decisions_stand_beside_the_rows_they_changed(final, tmp_path, secretary):
    from jury.io.workbook import export

    services, ranked, mkb = final
    path = export(services, secretary, tmp_path / "w.xlsx", folder=tmp_path, language="nl",
                  force=False, now=MOMENT)
    sheet = load_workbook(path)["Uitslag MKB"]
    table = list(sheet.iter_rows(min_row=4, values_only=True))
    said = {row[2]: table[n + 1][1] for n, row in enumerate(table[:-1])
            if row[2] and not table[n + 1][2] and table[n + 1][1]}
    assert "Winnaar gekozen boven" in said[mkb[0]]
    assert "De jury koos unaniem voor de leerlijn" in said[mkb[0]]
    assert "De effecten zijn niet aangetoond" in said[ranked["mkb"][-1]]
    agreed = next(row for row in table if row[2] == ranked["mkb"][-1])
    assert 4.0 in agreed, "the agreed value stands in its criterion's column"
    foot = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Uitslag vastgesteld door" in foot and CHAIR.name in foot
    assert any(isinstance(c, datetime) for c in foot), "when the result was frozen, as a date"
    assert sheet.page_setup.paperSize == 9


@pytest.mark.parametrize("labels", [("MKB/ZZP", "Groot: [A*B?] \\ x"),
                                    ("Een heel lange categorienaam die hetzelfde begint A",
                                     "Een heel lange categorienaam die hetzelfde begint B")])
def test_any_category_label_exports(scored, secretary, tmp_path, labels):
    from jury.io.workbook import export
    from jury.models import Category

    with scored.entries.transaction() as session:
        for category in session.exec(__import__("sqlmodel").select(Category)).all():
            category.label_nl = labels[0] if category.key == "mkb" else labels[1]
            session.add(category)
    path = export(scored, secretary, tmp_path / "w.xlsx", folder=tmp_path, language="nl",
                  force=False, now=MOMENT)
    names = load_workbook(path).sheetnames
    assert len({n.casefold() for n in names}) == len(names)
    assert all(len(n) <= 31 and not set(n) & set("/\\?*[]:") for n in names)
    assert list(tmp_path.glob(".jury-partial-*")) == []


def test_the_public_result_holds_no_scores_or_juror_names(final, tmp_path, secretary):
    from jury.io.workbook import export

    services, _, mkb = final
    path = export(services, secretary, tmp_path / "publiek.xlsx", folder=tmp_path,
                  language="nl", force=False, now=MOMENT, public=True)
    book = load_workbook(path)
    cells = [c for s in book for row in s.iter_rows(values_only=True) for c in row if c]
    text = "\n".join(map(str, cells))
    for name in (*JURORS, CHAIR.name):
        assert name not in text
    assert not any(isinstance(c, int | float) for c in cells), "no scores"
    assert "Een voorbeeld voor de hele sector." in text
    assert book.properties.subject == "Publieke uitslag"


def test_the_jury_report_names_the_jury_and_the_laudatio(capsys, final, db_url, tmp_path):
    from docx import Document

    path = tmp_path / "rapport.docx"
    code, out, err = run(capsys, "--db", db_url, "report", "-o", str(path))
    assert code == 0, err
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Marieke Hoekstra (voorzitter)" in text
    assert "Een voorbeeld voor de hele sector." in text
    assert "De jury koos unaniem voor de leerlijn" in text
    assert "VOORLOPIG" not in text
    code, _, err = run(capsys, "--db", db_url, "report", "-o", str(tmp_path / "r.xlsx"))
    assert code == 2 and ".docx" in err


def dump(path: Path) -> str:
    """Each sheet's cells as text: value and number format, row by row."""
    lines = []
    for sheet in load_workbook(path):
        lines.append(f"## {sheet.title}")
        for row in sheet.iter_rows():
            cells = [f"{c.coordinate}={c.value!r}"
                     + (f" [{c.number_format}]" if c.number_format != "General" else "")
                     for c in row if c.value is not None]
            if cells:
                lines.append(" | ".join(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_golden_dump_of_every_sheet(final, tmp_path, secretary, language, db_url):
    """Reviewed when it changes: JURY_GOLDEN=1 rewrites tests/golden/workbook-<lang>.txt."""
    import os

    from jury.io.workbook import export

    if db_url.startswith("postgresql"):
        pytest.skip("one golden file: written from SQLite")
    services, _, _ = final
    path = export(services, secretary, tmp_path / "w.xlsx", folder=tmp_path,
                  language=language, force=False, now=MOMENT)
    found = dump(path)
    # Decision times are the test's own clock: masked so the dump stays the same.
    import re

    found = re.sub(r"datetime\.datetime\([^)]*\)", "<time>", found)
    golden = GOLDEN / f"workbook-{language}.txt"
    if os.environ.get("JURY_GOLDEN") or not golden.exists():
        golden.write_text(found, encoding="utf-8")
    assert found == golden.read_text(encoding="utf-8")
