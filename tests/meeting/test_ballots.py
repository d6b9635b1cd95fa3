"""Secret ballots through the service layer and the command line, on both databases."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from jury.errors import ConflictError, ImportProblems, PermissionDenied
from tests.meeting.scene import CHAIR, JURORS, PIN, juror, meeting_ready
from tests.test_cli import run

SANNE, YOUSSEF, PRIYA = (juror(n) for n in JURORS)


@pytest.fixture
def ready(award):
    nominees = meeting_ready(award)
    award.meeting.open(CHAIR)
    return award, nominees


def test_tie_decided_by_the_chairs_casting_vote(ready):
    services, nominees = ready
    a, b, c = nominees["groot"]
    services.ballots.open(CHAIR, "groot")
    services.ballots.vote(SANNE, "groot", {a: 1, b: 2, c: 3}, PIN)
    services.ballots.vote(YOUSSEF, "groot", {b: 1, a: 2, c: 3}, PIN)
    closed = services.ballots.close(CHAIR, "groot")
    assert closed.result["winners"] == [a, b] and closed.tied and closed.winner is None
    assert closed.result["margin"] == 0
    with pytest.raises(PermissionDenied, match="Only the chair"):
        services.ballots.casting_vote(SANNE, "groot", a, "because")
    with pytest.raises(PermissionDenied, match="between the tied candidates"):
        services.ballots.casting_vote(CHAIR, "groot", c, "because")
    with pytest.raises(PermissionDenied, match="rationale"):
        services.ballots.casting_vote(CHAIR, "groot", b, "  ")
    decided = services.ballots.casting_vote(CHAIR, "groot", b, "Reaches more people")
    assert decided.winner == b
    # The ballot's winner is the proposal for the category's winner decision.
    choice = services.results.compute(CHAIR).choices["groot"]
    assert choice.winner_proposed == b
    record = services.deliberation.decide_category(CHAIR, "groot", "winner", [b],
                                                   "The ballot and the casting vote")
    assert record.proposed == (b,)
    events = services.deliberation.audit_trail(CHAIR, action="ballot.casting_vote")
    assert events[-1].new == b and events[-1].detail == "Reaches more people"


def test_second_vote_replaces_the_first(ready):
    services, nominees = ready
    a, b, c = nominees["groot"]
    services.ballots.open(CHAIR, "groot")
    assert services.ballots.vote(SANNE, "groot", {a: 1, b: 2, c: 3}, PIN) is False
    assert services.ballots.vote(SANNE, "groot", {c: 1, b: 2, a: 3}, PIN) is True
    services.ballots.vote(YOUSSEF, "groot", {c: 1, a: 2}, PIN)
    state = services.ballots.status(CHAIR)[-1]
    assert state.voters == ("Sanne Bakker", "Youssef El Amrani")
    closed = services.ballots.close(CHAIR, "groot")
    assert closed.result["voters"] == 2
    assert closed.winner == c
    # Sanne's first ranking (a first) left no trace in the count: nobody prefers a to c.
    assert closed.result["d"][0][2] == 0


def test_nobody_reads_a_ballot_not_even_the_chair(ready, db_url):
    services, nominees = ready
    a, b, c = nominees["groot"]
    services.ballots.open(CHAIR, "groot")
    services.ballots.vote(SANNE, "groot", {a: 1, b: 2, c: 3}, PIN)
    # Before closing the chair sees who voted and nothing of how.
    (state,) = services.ballots.status(CHAIR)
    assert state.voters == ("Sanne Bakker",) and state.result is None
    assert not hasattr(services.ballots, "papers")
    with pytest.raises(PermissionDenied):
        services.ballots.status(SANNE)
    # The stored paper names no voter: no juror column, no time, no name or id in its row.
    with services.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("ballotpaper")}
        rows = [dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM ballotpaper"))]
        ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM juror"))]
    assert columns == {"id", "ballot_id", "ranking", "source", "receipt"}
    (paper,) = rows
    text = json.dumps(paper, default=str)
    assert "Sanne" not in text and PIN not in text
    assert not any(f'"{i}"' in text for i in ids)
    # The audit trail says that Sanne voted, never how.
    (event,) = services.deliberation.audit_trail(CHAIR, action="ballot.voted")
    assert event.actor == "juror:Sanne Bakker" and event.new is None and a not in event.detail


def test_voting_rules(ready):
    services, nominees = ready
    a, b, c = nominees["mkb"]  # Priya is recused on a
    with pytest.raises(ConflictError, match="No ballot"):
        services.ballots.vote(SANNE, "mkb", {a: 1}, PIN)
    with pytest.raises(PermissionDenied, match="Only the chair"):
        services.ballots.open(SANNE, "mkb")
    services.ballots.open(CHAIR, "mkb")
    with pytest.raises(ConflictError, match="already open"):
        services.ballots.open(CHAIR, "mkb")
    with pytest.raises(PermissionDenied, match="Only a juror"):
        services.ballots.vote(CHAIR, "mkb", {a: 1}, PIN)
    with pytest.raises(PermissionDenied, match="Wrong PIN"):
        services.ballots.vote(SANNE, "mkb", {a: 1}, "0000")
    with pytest.raises(PermissionDenied, match="conflict of interest on " + a):
        services.ballots.vote(PRIYA, "mkb", {a: 1, b: 2}, PIN)
    with pytest.raises(PermissionDenied, match="Not a candidate"):
        services.ballots.vote(SANNE, "mkb", {"TIA-99": 1}, PIN)
    with pytest.raises(PermissionDenied, match="whole number"):
        services.ballots.vote(SANNE, "mkb", {a: 0}, PIN)
    mine = services.ballots.mine(PRIYA, "mkb")
    assert mine.recused == (a,) and not mine.voted
    services.ballots.vote(PRIYA, "mkb", {b: 1, c: 2}, PIN)
    assert services.ballots.mine(PRIYA, "mkb").voted
    with pytest.raises(PermissionDenied, match="Only the chair"):
        services.ballots.close(SANNE, "mkb")
    services.ballots.close(CHAIR, "mkb")
    with pytest.raises(ConflictError, match="No ballot"):
        services.ballots.vote(SANNE, "mkb", {b: 1}, PIN)
    # A new round of the same category is ballot 2.
    assert services.ballots.open(CHAIR, "mkb").number == 2


def test_paper_ballots_imported_replaced_and_refused(ready, db_url, capsys, tmp_path):
    services, nominees = ready
    a, b, c = nominees["groot"]
    services.ballots.open(CHAIR, "groot")
    services.ballots.vote(SANNE, "groot", {a: 1, b: 2, c: 3}, PIN)
    paper = tmp_path / "papier.csv"
    paper.write_text(f"category,ballot,1,2,3\ngroot,1,{b},{a},{c}\ngroot,1,{b};{c},,\n"
                     f"groot,1,{c},{b},\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "ballot", "import",
                         str(paper))
    assert code == 0, err
    assert "3 paper ballots entered" in out
    # Importing the stack again replaces it: still three paper ballots, one app vote.
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "ballot", "import", str(paper))
    code, out, _ = run(capsys, "--db", db_url, "ballot", "status", "--json")
    (status,) = json.loads(out)
    assert status["state"] == "open" and status["paper_ballots"] == 3
    assert status["voters"] == ["Sanne Bakker"] and "pairwise" not in status
    bad = tmp_path / "fout.csv"
    bad.write_text(f"category,ballot,1,2\ngroot,1,{a},{a}\nklein,1,{a},\ngroot,x,{a},\n"
                   f"groot,7,{a},\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "ballot", "import", str(bad))
    assert code == 2
    assert "fout.csv, row 2: rank 2: '" + a + "' is ranked twice" in " ".join(err.split())
    flat = " ".join(err.split())
    assert "row 3, column 'category': 'klein' is not a category with a ballot" in flat
    assert "row 4, column 'ballot': 'x' is not a ballot number" in flat
    assert "row 5: no ballot 7 on Large" not in flat  # stopped before the database
    services.ballots.close(CHAIR, "groot")
    code, out, _ = run(capsys, "--db", db_url, "ballot", "status", "--json")
    (status,) = json.loads(out)
    assert status["state"] == "closed" and status["votes"] == 4
    assert status["winner"] == b and status["margin"] >= 1
    assert len(status["pairwise"]) == 3 and len(status["strongest_paths"]) == 3
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "ballot", "status")
    assert "closed" in out and b in out


def test_paper_ballot_for_an_unknown_round_refused(ready, db_url, capsys, tmp_path):
    services, nominees = ready
    a, *_ = nominees["groot"]
    services.ballots.open(CHAIR, "groot")
    paper = tmp_path / "papier.csv"
    paper.write_text(f"category,ballot,1\ngroot,7,{a}\n", encoding="utf-8")
    with pytest.raises(ImportProblems, match="no ballot 7 on Large"):
        from jury.io.paper_ballots import read_paper_ballots
        from jury.services import Actor

        rows = read_paper_ballots(paper, {"groot": list(nominees["groot"])})
        services.ballots.import_papers(Actor.secretary(), rows)
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "ballot", "import", str(paper))
    assert code == 2 and "row 2: no ballot 7 on Large" in " ".join(err.split())
