"""How sure the ranking is, on a real database: the close-call rule in the service, the
chances in JSON, text and the workbook, and a disconnected design said in every place."""

import json

import pytest
from openpyxl import load_workbook

from jury.errors import PermissionDenied
from jury.models import ScoreData
from jury.services import Actor
from jury.services.results import ResultsService, award_seed
from jury.statistics_text import percent, places

from .conftest import JURORS, KEYS
from .test_cli import run

CHAIR = Actor("Marieke Hoekstra", "chair")


def test_a_close_call_needs_a_rationale_even_for_the_proposal(scored, secretary):
    scored.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)
    report = ResultsService(scored.engine).compute(CHAIR)
    calls = report.results.robustness.close_calls
    assert calls, "the sample's totals tie: close calls"
    call = calls[0]
    assert call.margin == pytest.approx(0.45)  # 5% of the 1-10 scale, no setting given
    choice = report.choices[call.category]
    with pytest.raises(PermissionDenied, match="Close call.*needs a rationale, even for"):
        scored.deliberation.decide_category(CHAIR, call.category, "nominees",
                                            choice.nominees_proposed)
    assert scored.deliberation.decisions(CHAIR).categories == ()
    scored.deliberation.decide_category(CHAIR, call.category, "nominees",
                                        choice.nominees_proposed, "Nipt; besproken")
    decided = scored.deliberation.decisions(CHAIR).categories
    assert [(d.kind, d.rationale) for d in decided] == [("nominees", "Nipt; besproken")]


def test_without_a_close_call_the_proposal_needs_no_rationale(award, secretary):
    for name in JURORS:
        award.jurors.add(secretary, name, "1234")
    entries = [e.id for e in award.entries.list()]
    rows = [ScoreData(name, entry, key, float(1 + (9 * n) // len(entries)))
            for n, entry in enumerate(entries) for name in JURORS for key in KEYS]
    award.scoring.record_scores(secretary, rows)
    award.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)
    report = ResultsService(award.engine).compute(CHAIR)
    open_categories = {c.category for c in report.results.robustness.close_calls
                       if c.kind == "nominees"}
    category = next(c for c in report.choices if c not in open_categories)
    award.deliberation.decide_category(CHAIR, category, "nominees",
                                       report.choices[category].nominees_proposed)


def test_chances_in_json_are_seeded_by_the_award_and_sum_to_one(capsys, scored, db_url):
    code, out, _ = run(capsys, "--db", db_url, "results", "--json")
    assert code == 0
    document = json.loads(out)
    chances = document["chances"]
    for category in ("mkb", "groot"):
        ids = [r["entry"] for r in document["ranking"] if r["category"] == category]
        assert sum(chances[e]["win"] for e in ids) == pytest.approx(1.0)
        assert sum(chances[e]["nominated"] for e in ids) == pytest.approx(3.0)
        assert sum(chances[e]["weights"]["win"] for e in ids) == pytest.approx(1.0)
    method = document["chances_method"]
    # Three jurors: all 3^3 ordered draws are enumerated, the exact bootstrap.
    assert method["draws"] == 27 and method["asked"] == 1000 and method["exhaustive"]
    assert {c["kind"] for c in document["robustness"]["close_calls"]} <= {"winner", "nominees"}
    assert award_seed("Techniek Inclusief Award", "2026") != award_seed("Techniek Inclusief "
                                                                          "Award", "2027")
    _, again, _ = run(capsys, "--db", db_url, "results", "--json")
    assert json.loads(again)["chances"] == chances


def test_the_text_shows_chances_close_calls_readings_and_the_check(capsys, scored, db_url):
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "results")
    assert code == 0
    assert "Win" in out and "Nom." in out and "Place" in out
    assert "Chances: every one of the 27 possible draws of the jury" in out
    assert "⚖ Close call for" in out
    assert "What the figures mean for this decision" in out
    assert "Check with standardised scores" in out


@pytest.fixture
def split(award, secretary):
    """Two panels that share no entry: Sanne and Youssef score the first half of every
    category, Priya and a fourth juror the rest."""
    names = [*JURORS, "Thomas van Dijk"]
    for name in names:
        award.jurors.add(secretary, name, "1234")
    entries = [e.id for e in award.entries.list()]
    half = len(entries) // 2
    rows = []
    for n, entry in enumerate(entries):
        panel = names[:2] if n % 2 == 0 else names[2:]
        for j, name in enumerate(panel):
            rows += [ScoreData(name, entry, key, float(4 + (n + j) % 5 + 2 * (n < half)))
                     for key in KEYS]
    award.scoring.record_scores(secretary, rows)
    return award


def test_a_disconnected_design_is_said_everywhere(capsys, split, db_url, tmp_path):
    code, out, _ = run(capsys, "--db", db_url, "results", "--json")
    document = json.loads(out)
    design = document["design"]
    assert design["connected"] is False
    assert sorted(g["jurors"] for g in design["groups"]) == [
        ["Priya Ramdin", "Thomas van Dijk"], ["Sanne Bakker", "Youssef El Amrani"]]
    assert design["ranked_on_mean"] == ["mkb", "groot"]
    first = document["ranking"][0]
    assert first["total"] == pytest.approx(
        sum(first["criteria"][k]["mean"] for k in KEYS) / 3)
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "results")
    assert "⚠ Disconnected design: the jurors fall into 2 groups" in out
    assert "ranked on the plain mean" in out
    report = ResultsService(split.engine).compute(secretary_actor())
    assert {r.aggregate for r in report.results.ranking} == {"mean"}


def secretary_actor() -> Actor:
    return Actor.secretary()


def test_a_disconnected_design_is_in_the_method_sheet(capsys, split, db_url, tmp_path):
    path = tmp_path / "split.xlsx"
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "export", "-o", str(path),
                       "--lang", "en")
    assert code == 0, err
    book = load_workbook(path)
    method = {row[0]: row[1] for row in book["Method"].iter_rows(values_only=True) if row[0]}
    assert "Disconnected design: the jurors fall into 2 groups" in method["Disconnected design"]
    assert "Sanne Bakker, Youssef El Amrani" in method["Disconnected design"]
    assert "0.45" in method["Close call"]


def test_the_reliability_sheet_has_the_chances_table(capsys, scored, db_url, tmp_path):
    path = tmp_path / "uitslag.xlsx"
    code, _, err = run(capsys, "--db", db_url, "export", "-o", str(path))
    assert code == 0, err
    _, out, _ = run(capsys, "--db", db_url, "results", "--json")
    chances = json.loads(out)["chances"]
    rows = list(load_workbook(path)["Betrouwbaarheid"].iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "Nr." and r[3] == "Kans op winst")
    table = {r[0]: r for r in rows[header + 1:] if r[0]}
    assert set(table) == set(chances)
    for entry, chance in chances.items():
        # The words `jury results` prints, not a percent format's own rounding.
        assert table[entry][3] == percent(chance["win"])
        assert table[entry][4] == percent(chance["nominated"])
        assert table[entry][5] == places(chance["rank_interval"])
    labels = [r[0] for r in rows if r[0]]
    assert "Wat de cijfers betekenen voor dit besluit" in labels


def test_close_call_margin_from_award_toml(award_folder):
    from jury.award_settings import load_award_settings, parse_award_settings
    from jury.errors import SettingsError

    settings = load_award_settings(award_folder)
    assert settings.close_call == pytest.approx(0.05 * (settings.scale.max - settings.scale.min))
    raw = settings.model_dump()
    raw["ranking"]["close_call"] = 0.5
    assert parse_award_settings(raw).close_call == 0.5
    raw["ranking"]["close_call"] = -1
    with pytest.raises(SettingsError, match="ranking.close_call"):
        parse_award_settings(raw)
