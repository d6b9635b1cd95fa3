"""The meeting's rules, re-scoring as shifts, and the minutes (Markdown and Word)."""

from __future__ import annotations

import pytest

from jury.errors import ConflictError, NotFoundError, PermissionDenied
from jury.services import Actor
from jury.services.meeting import SCREEN
from tests.meeting.scene import CHAIR, JURORS, PIN, juror, meeting_ready
from tests.test_cli import run

SANNE, YOUSSEF, PRIYA = (juror(n) for n in JURORS)


@pytest.fixture
def ready(award):
    return award, meeting_ready(award)


def test_only_the_chair_leads_and_the_projector_sees_no_jurors_scores(ready):
    services, nominees = ready
    recused = nominees["mkb"][0]
    with pytest.raises(NotFoundError, match="No meeting yet"):
        services.meeting.view(SANNE)
    with pytest.raises(PermissionDenied, match="Only the chair"):
        services.meeting.open(SANNE)
    with pytest.raises(NotFoundError, match="Agenda item 2"):
        services.meeting.open(CHAIR, ["entry:TIA-01", "entry:nope"])
    services.meeting.open(CHAIR, [f"entry:{recused}", "ballot:mkb"])
    with pytest.raises(ConflictError, match="already open"):
        services.meeting.open(CHAIR)
    with pytest.raises(PermissionDenied, match="Only the chair"):
        services.meeting.move(SANNE, 0)
    with pytest.raises(NotFoundError, match="no item 3"):
        services.meeting.move(CHAIR, 2)
    before = services.meeting.version()
    services.meeting.move(CHAIR, 0)
    assert services.meeting.version()[1] > before[1]
    services.meeting.set_timer(CHAIR, 300)
    chair = services.meeting.view(CHAIR)
    assert chair.stepped_out == ("Priya Ramdin",) and chair.timer_seconds == 300
    assert chair.entry is not None
    priya = services.meeting.view(PRIYA)
    assert priya.recused and priya.entry is None and priya.summary is None
    sanne = services.meeting.view(SANNE)
    assert not sanne.recused
    assert len([s for s in sanne.entry.scores if s.value is not None]) == 6  # Priya: none
    screen = services.meeting.view(SCREEN)
    assert screen.entry is None and screen.summary is not None
    assert screen.summary.jurors == 2
    # The ballot item keeps everyone in: Priya ranks without the entry she is recused on.
    services.meeting.step(CHAIR, 1)
    ballot_item = services.meeting.view(CHAIR)
    assert ballot_item.stepped_out == ()
    assert ballot_item.ballot_conflicts == (("Priya Ramdin", recused),)


def test_independent_scores_kept_and_rescoring_recorded_as_shifts(ready):
    services, nominees = ready
    entry = nominees["groot"][0]
    services.meeting.open(CHAIR, [f"entry:{entry}"])
    services.meeting.move(CHAIR, 0)
    with pytest.raises(PermissionDenied, match="not open for re-scoring"):
        services.meeting.rescore(SANNE, entry, "innovation", 9)
    with pytest.raises(PermissionDenied, match="needs a reason"):
        services.meeting.reopen_entry(CHAIR, entry, " ")
    with pytest.raises(PermissionDenied, match="Only the chair"):
        services.meeting.reopen_entry(SANNE, entry, "new facts")
    services.meeting.reopen_entry(CHAIR, entry, "The entrant's report came in late")
    before = services.meeting.view(SANNE).entry
    old = next(s.value for s in before.scores
               if s.juror == "Sanne Bakker" and s.criterion == "innovation")
    shift = services.meeting.rescore(SANNE, entry, "innovation", 4)
    assert (shift.before, shift.after) == (old, 4)
    services.meeting.rescore(SANNE, entry, "innovation", 5)
    (kept,) = services.meeting.shifts(CHAIR)
    assert (kept.juror, kept.before, kept.after) == ("Sanne Bakker", old, 5)
    view = services.meeting.view(CHAIR)
    assert view.rescoring == "The entrant's report came in late" and view.shifts == (kept,)
    with pytest.raises(PermissionDenied, match="outside"):
        services.meeting.rescore(SANNE, entry, "innovation", 99)
    services.meeting.close_rescoring(CHAIR, entry)
    with pytest.raises(PermissionDenied, match="not open for re-scoring"):
        services.meeting.rescore(SANNE, entry, "innovation", 6)
    events = services.deliberation.audit_trail(CHAIR, action="meeting.shift")
    assert [e.new for e in events] == [4, 5]
    assert events[0].old == {"independent": old, "previous": old}


def full_meeting(services, nominees):
    """A meeting with a consensus, a tied ballot decided by casting vote, a decided
    ballot, decisions, and two sign-offs (one with a remark)."""
    a, b, c = nominees["groot"]
    m1, m2, m3 = nominees["mkb"]
    services.meeting.open(CHAIR, [f"entry:{m1}", f"entry:{a}", "ballot:groot", "ballot:mkb"])
    for name in (CHAIR, *(juror(n) for n in JURORS)):
        services.meeting.join(name)
    services.meeting.move(CHAIR, 0)
    services.meeting.move(CHAIR, 1)
    services.deliberation.record_consensus(CHAIR, a, None, 8.5, "Strongest evidence of reach")
    services.meeting.move(CHAIR, 2)
    services.ballots.open(CHAIR, "groot")
    services.ballots.vote(SANNE, "groot", {a: 1, b: 2, c: 3}, PIN)
    services.ballots.vote(YOUSSEF, "groot", {b: 1, a: 2, c: 3}, PIN)
    services.ballots.close(CHAIR, "groot")
    services.ballots.casting_vote(CHAIR, "groot", a, "Chosen for its lasting effect")
    services.deliberation.decide_category(CHAIR, "groot", "winner", [a], "Per the ballot")
    services.meeting.move(CHAIR, 3)
    services.ballots.open(CHAIR, "mkb")
    services.ballots.vote(SANNE, "mkb", {m2: 1, m1: 2}, PIN)
    services.ballots.vote(PRIYA, "mkb", {m2: 1, m3: 2}, PIN)
    services.ballots.vote(YOUSSEF, "mkb", {m2: 1, m3: 2, m1: 3}, PIN)
    services.ballots.close(CHAIR, "mkb")
    services.meeting.close(CHAIR)
    services.minutes.sign_off(SANNE, agreed=True)
    services.minutes.sign_off(YOUSSEF, agreed=False, remark="Item 2 ran long; fine otherwise")


def test_minutes_hold_every_decision_and_no_voter(ready, db_url, capsys, tmp_path):
    services, nominees = ready
    full_meeting(services, nominees)
    a = nominees["groot"][0]
    minutes = services.minutes.minutes(CHAIR)
    assert minutes.provisional  # Priya has not signed off
    code, text, err = run(capsys, "--db", db_url, "--lang", "en", "minutes", "--format", "md")
    assert code == 0, err
    for expected in ("Minutes of the jury meeting", "Provisional", "Marieke de Vries",
                     "Present: Priya Ramdin, Sanne Bakker, Youssef El Amrani",
                     "Conflicts of interest declared", "former employer",
                     "Strongest evidence of reach", "Chosen for its lasting effect",
                     "Per the ballot", "as the ranking proposes", "A tie between",
                     "by a margin of", "2 votes, 0 of them on paper",
                     "3 votes, 0 of them on paper", "Pairwise preferences",
                     "Strongest paths", "scoring → deliberation", "conflict found late",
                     "Sanne Bakker: agreed", "Item 2 ran long; fine otherwise",
                     "Priya Ramdin: not signed off yet", "Stepped out"):
        assert expected in text.replace("\\", ""), expected
    text = text.replace("\\", "")
    ballots = text[text.index("## Ballots"):text.index("## Nominees and winners")]
    assert not any(name in ballots for name in JURORS)
    assert a in ballots
    # The projected order of the agenda with its times, and who stepped out of what.
    agenda = text[text.index("## Agenda"):text.index("## Consensus")]
    assert "Priya Ramdin" in agenda.split("\n")[4]  # item 1, the mkb entry she is recused on
    services.minutes.sign_off(PRIYA, agreed=True)
    assert not services.minutes.minutes(CHAIR).provisional
    # Word: the same minutes, now approved.
    out = tmp_path / "notulen.docx"
    code, said, err = run(capsys, "--db", db_url, "minutes", "-o", str(out))
    assert code == 0, err
    from docx import Document

    document = Document(str(out))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Notulen juryvergadering" in body and "VASTGESTELD" in \
        document.sections[0].header.paragraphs[0].text
    assert "Chosen for its lasting effect" in body and "Item 2 ran long" in body
    assert "Priya Ramdin" in cells  # stepped out of item 1
    code, _, err = run(capsys, "--db", db_url, "minutes", "-o", str(out))
    assert code == 2 and "bestaat al" in err
    code, _, err = run(capsys, "--db", db_url, "minutes")
    # The award is Dutch: the refusal is said in Dutch, under the minutes' title.
    flat = " ".join(err.split())
    assert code == 2 and "Geef het document een naam" in flat and "Notulen" in flat
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "minutes")
    assert code == 2 and "Name the document" in " ".join(err.split())
    audit = services.deliberation.audit_trail(CHAIR, action="minutes.signed")
    assert [(e.actor, e.detail) for e in audit] == [
        ("juror:Sanne Bakker", ""), ("juror:Youssef El Amrani", "Item 2 ran long; fine otherwise"),
        ("juror:Priya Ramdin", "")]


def test_sign_off_rules(ready):
    services, _ = ready
    with pytest.raises(NotFoundError, match="No meeting"):
        services.minutes.sign_off(SANNE, agreed=True)
    services.meeting.open(CHAIR, ["ballot:mkb"])
    with pytest.raises(PermissionDenied, match="jurors sign off"):
        services.minutes.sign_off(CHAIR, agreed=True)
    with pytest.raises(PermissionDenied, match="akkoord"):
        services.minutes.sign_off(SANNE, agreed=False, remark="  ")
    with pytest.raises(PermissionDenied):
        services.minutes.minutes(Actor("screen", "screen"))


def test_schema_upgrade_to_the_meeting_is_idempotent(db_url):
    """The upgrade creates the meeting's tables in an older database; run twice, it
    changes nothing."""
    import sqlalchemy as sa

    from jury.db import UPGRADES, ensure_schema, make_engine
    from jury.models_meeting import MEETING_TABLES

    engine = make_engine(db_url)
    ensure_schema(engine)
    step = next(n for n, f in UPGRADES.items() if f.__name__ == "_upgrade_to_6")
    with engine.begin() as conn:
        for table in reversed(MEETING_TABLES):
            table.__table__.drop(conn)
        UPGRADES[step](conn)
        UPGRADES[step](conn)
        names = set(sa.inspect(conn).get_table_names())
    assert {t.__tablename__ for t in MEETING_TABLES} <= names
    engine.dispose()
