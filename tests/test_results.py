"""jury results and jury scores import, on a real database."""

import json

import pytest

from jury import repository
from jury.errors import ImportProblems, PermissionDenied
from jury.io.results_json import results_json
from jury.io.scores import read_scores
from jury.models import ConsensusDecision, ScoreData, utcnow
from jury.services import Actor
from jury.services.results import ResultsService

from .conftest import JURORS, KEYS, snapshot
from .test_cli import run


def test_results_rank_every_category_in_order(scored, secretary):
    report = ResultsService(scored.engine).compute(secretary)
    rows = report.results.ranking
    assert [r.category for r in rows] == sorted((r.category for r in rows),
                                                key=["mkb", "groot"].index)
    for category in ("mkb", "groot"):
        ranks = [r.rank for r in rows if r.category == category]
        assert ranks[0] == 1 and ranks == sorted(ranks)
    assert all(r.criteria["effectiveness"].n == 3 for r in rows)
    leniency = {j.name: j.leniency["innovation"] for j in report.results.jurors}
    assert leniency["Sanne Bakker"] == pytest.approx(1.0)
    assert leniency["Youssef El Amrani"] == pytest.approx(-1.0)


def test_a_juror_cannot_see_results_during_scoring(scored):
    with pytest.raises(PermissionDenied, match="does not see the panel's results"):
        ResultsService(scored.engine).compute(Actor("Sanne Bakker", "juror"))


def test_a_recorded_consensus_replaces_the_total(scored, secretary):
    with scored.entries.transaction() as session:
        session.add(ConsensusDecision(entry_id="TIA-02", value=9.5, rationale="Unaniem",
                                      decided_by="Marieke Hoekstra", decided_at=utcnow()))
    report = ResultsService(scored.engine).compute(secretary)
    row = next(r for r in report.results.ranking if r.entry == "TIA-02")
    assert (row.rank, row.total) == (1, 9.5)
    assert row.computed_total != 9.5
    document = results_json(report)
    found = next(r for r in document["ranking"] if r["entry"] == "TIA-02")
    assert found["consensus"] == {"total": 9.5, "rationale": "Unaniem", "by": "Marieke Hoekstra"}


def test_results_json_has_exactly_the_documented_shape(capsys, scored, db_url):
    code, out, _ = run(capsys, "--db", db_url, "results", "--json")
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"award", "aggregate", "criteria", "ranking", "reliability",
                             "readings", "design", "chances", "chances_method", "jurors",
                             "robustness", "frozen_at", "frozen_by", "decisions"}
    assert document["award"] == {"name": "Techniek Inclusief Award", "edition": "2026",
                                 "phase": "scoring"}
    assert document["aggregate"] == "adjusted"
    assert [c["key"] for c in document["criteria"]] == list(KEYS)
    row = document["ranking"][0]
    assert set(row) == {"category", "rank", "entry", "title", "organisation", "total",
                        "tie_break", "criteria", "flags", "consensus"}
    assert set(row["criteria"]["innovation"]) == {"n", "mean", "median", "sd", "min", "max",
                                                  "adjusted", "agreed"}
    assert set(document["reliability"]) == {*KEYS, "total"}
    total = document["reliability"]["total"]
    assert set(total) == {"alpha_interval", "alpha_interval_ci", "alpha_ordinal", "icc",
                          "kendall_w", "complete_entries", "reading"}
    assert set(total["icc"]) == {"ICC(1)", "ICC(A,1)", "ICC(C,1)", "ICC(1,k)", "ICC(A,k)",
                                 "ICC(C,k)"}
    assert set(document["jurors"][0]) == {"name", "scored", "recused", "leniency", "agreement"}
    robust = document["robustness"]
    assert set(robust) == {"winner_stable", "leave_one_out", "schulze_winners",
                           "weight_sensitivity", "close_calls", "standardised"}
    ranked = {row["entry"] for row in document["ranking"]}
    assert set(document["chances"]) == ranked
    chance = next(iter(document["chances"].values()))
    assert set(chance) == {"win", "nominated", "rank_interval", "weights"}
    assert set(document["design"]) == {"connected", "groups", "split_categories",
                                       "ranked_on_mean"}
    assert [r["measure"] for r in document["readings"]] == ["alpha", "icc", "w",
                                                            "leave_one_out"]
    assert set(robust["leave_one_out"][0]) == {"without", "category", "winner", "nominees",
                                               "max_rank_shift"}
    assert set(robust["schulze_winners"]) == {"mkb", "groot"}
    # The same database gives the same document.
    _, again, _ = run(capsys, "--db", db_url, "results", "--json")
    assert json.loads(again) == document


def test_results_table_and_aggregate_override(capsys, scored, db_url):
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "results", "--aggregate", "median")
    assert code == 0
    assert "Aggregate: median" in out and "(provisional)" in out
    assert "Reliability" in out and "Robustness" in out
    code, _, err = run(capsys, "--db", db_url, "results", "--aggregate", "average")
    assert code == 2 and "gebruik een van adjusted, mean, median, trimmed" in err


def write(tmp_path, text, name="scores.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_scores_import_all_or_nothing_with_every_problem_named(capsys, scored, db_url, tmp_path):
    before = snapshot(scored.engine)
    path = write(tmp_path,
                 "jurylid;inzending;criterium;cijfer;notitie;conflict;reden\n"
                 "Sanne Bakker;TIA-01;innovation;7,5;;nee;\n"
                 "Sanne Bakker;TIA-02;Vernieuwing;11;;;\n"
                 "Piet Jansen;TIA-03;innovation;6;;;\n"
                 "Priya Ramdin;TIA-99;innovation;6;;;\n"
                 "Priya Ramdin;TIA-04;beauty;6;;;\n"
                 "Priya Ramdin;TIA-05;innovation;;;;\n"
                 "Priya Ramdin;TIA-06;innovation;8;;ja;\n", encoding="cp1252")
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(path))
    assert code == 2
    for expected in (
        "scores.csv, rij 2, kolom 'cijfer': 7,5 ligt buiten 1–10.",
        "scores.csv, rij 3, kolom 'cijfer': 11 ligt buiten 1–10.",
        "scores.csv, rij 4, kolom 'jurylid': 'Piet Jansen' is geen jurylid van deze prijs.",
        "scores.csv, rij 5, kolom 'inzending': 'TIA-99' is geen inzending die meedingt.",
        "scores.csv, rij 6, kolom 'criterium': 'beauty' is geen criterium",
        "scores.csv, rij 7, kolom 'cijfer': leeg.",
        "scores.csv, rij 8, kolom 'cijfer': '8': een rij met een belangenconflict heeft geen "
        "score.",
        "scores.csv, rij 8, kolom 'reden': leeg. Een belangenconflict heeft een reden nodig",
    ):
        assert expected in err
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path))
    assert code == 2
    for expected in (
        "scores.csv, row 2, column 'cijfer': 7,5 is outside 1–10.",
        "scores.csv, row 3, column 'cijfer': 11 is outside 1–10.",
        "scores.csv, row 4, column 'jurylid': 'Piet Jansen' is not a juror of this award.",
        "scores.csv, row 5, column 'inzending': 'TIA-99' is not an entry in the running.",
        "scores.csv, row 6, column 'criterium': 'beauty' is not a criterion",
        "scores.csv, row 7, column 'cijfer': empty.",
        "scores.csv, row 8, column 'cijfer': '8': a recused row carries no score.",
        "scores.csv, row 8, column 'reden': empty. A recusal needs a reason",
    ):
        assert expected in err
    assert snapshot(scored.engine) == before


def test_scores_import_applies_and_is_audited(capsys, scored, db_url, tmp_path):
    # A recusal cannot stand beside scores: Priya's TIA-03 values are cleared first.
    scored.scoring.record_scores(Actor.secretary(), [
        ScoreData("Priya Ramdin", "TIA-03", key, None) for key in KEYS])
    path = write(tmp_path,
                 "juror,entry,criterion,score,note,recused,reason\n"
                 "Sanne Bakker,TIA-01,innovation,9,\"Sterk, echt vernieuwend\",no,\n"
                 "Youssef El Amrani,TIA-01,Effectiviteit,3,,,\n"
                 "Priya Ramdin,TIA-03,innovation,,,yes,persoonlijk\n")
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path))
    assert code == 0, out
    assert "2 scores: 0 new, 2 changed, 0 unchanged; 1 recusal." in out
    with scored.entries.reading() as session:
        events = repository.audit_events(session=session)
        recusal = repository.recusal(3, "TIA-03", session=session)
    changed = [e for e in events if e.action == "score.set" and e.detail.endswith("scores.csv")]
    assert {e.subject for e in changed} == {"Sanne Bakker · TIA-01 · innovation",
                                            "Youssef El Amrani · TIA-01 · effectiveness"}
    assert changed[0].new["note"] in ("Sterk, echt vernieuwend", "")
    assert events[-1].action == "scores.imported"
    assert recusal is not None and recusal.reason == "personal"
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path))
    assert "0 new, 0 changed, 2 unchanged" in out


def test_scores_xlsx_reads_like_csv(scored, settings, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Juror", "Entry", "Criterion", "Score"])
    sheet.append(["sanne bakker", "TIA-01", "transferability", 6.5])
    book.save(tmp_path / "papier.xlsx")
    with pytest.raises(ImportProblems, match=r"row 2, column 'Score': 6.5 is outside 1–10"):
        read_scores(tmp_path / "papier.xlsx", settings=settings, jurors=JURORS,
                    entries=["TIA-01"])
    sheet["D2"] = 6
    book.save(tmp_path / "papier.xlsx")
    batch = read_scores(tmp_path / "papier.xlsx", settings=settings, jurors=JURORS,
                        entries=["TIA-01"])
    assert batch.scores == [ScoreData("Sanne Bakker", "TIA-01", "transferability", 6.0, "")]


def test_results_json_gives_each_flag_as_codes_with_its_words(scored, secretary):
    """A flag is its kind, criterion, jurors and values, and its text in the reader's
    language: no English sentence from the reconciliation reaches a reader."""
    import re

    from jury.i18n import Strings

    report = ResultsService(scored.engine).compute(secretary)
    dutch, english = results_json(report, "nl"), results_json(report, "en")
    flags = [f for row in dutch["ranking"] for f in row["flags"]]
    assert flags, "the sample award has flags"
    assert all(set(f) == {"kind", "criterion", "jurors", "values", "criteria", "text"}
               for f in flags)
    nl, en = Strings("nl"), Strings("en")
    for flag in flags:
        assert flag["text"].startswith(nl(f"flag.{flag['kind']}"))
        assert not re.search(r"\b(the|and|against|on|range|no score)\b", flag["text"])
        assert not re.search(r"\d\.\d", flag["text"]), "a decimal comma in Dutch"
    for row in english["ranking"]:
        for flag in row["flags"]:
            assert flag["text"].startswith(en(f"flag.{flag['kind']}"))
            assert not re.search(r"\b(oneens|over|tegen|mediaan|onvolledig)\b", flag["text"])
