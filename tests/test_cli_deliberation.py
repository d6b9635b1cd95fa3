"""jury phase, jury jurors reopen and jury audit, on a real database."""

import json

from .test_cli import run


def add_juror(capsys, db: str, name: str) -> None:
    code, out, err = run(capsys, "--db", db, "jurors", "add", name, "--pin", "1357")
    assert code == 0, err


def test_phase_lists_who_has_not_submitted_and_needs_yes(capsys, initialised):
    add_juror(capsys, initialised, "Sanne Bakker")
    code, out, _ = run(capsys, "--db", initialised, "--lang", "en", "phase")
    assert code == 0
    assert "Phase: scoring" in out and "Not submitted yet: Sanne Bakker." in out
    code, _, err = run(capsys, "--db", initialised, "phase", "deliberation")
    assert code == 2
    assert "Sanne Bakker heeft nog niet ingediend" in err and "--yes" in err
    code, _, err = run(capsys, "--db", initialised, "--lang", "en", "phase", "deliberation")
    assert code == 2 and "Sanne Bakker has not submitted" in err
    code, out, _ = run(capsys, "--db", initialised, "--lang", "en", "phase", "deliberation",
                       "--yes")
    assert code == 0
    assert "Phase: scoring → deliberation." in out
    assert "Moved on without a submission from: Sanne Bakker." in out
    _, out, _ = run(capsys, "--db", initialised, "status", "--json")
    assert json.loads(out)["award"]["phase"] == "deliberation"


def test_going_back_without_a_reason_exits_2_and_changes_nothing(capsys, initialised):
    run(capsys, "--db", initialised, "phase", "deliberation", "--yes")
    code, _, err = run(capsys, "--db", initialised, "phase", "scoring")
    assert code == 2 and "geef een reden op" in err
    code, _, err = run(capsys, "--db", initialised, "--lang", "en", "phase", "scoring")
    assert code == 2 and "give a reason" in err
    code, _, err = run(capsys, "--db", initialised, "--lang", "en", "phase", "finale")
    assert code == 2 and "'finale' is not a phase: use scoring, deliberation, final." in err
    code, _, err = run(capsys, "--db", initialised, "--lang", "en", "phase", "final")
    assert code == 2 and "winner in every category" in err
    _, out, _ = run(capsys, "--db", initialised, "status", "--json")
    assert json.loads(out)["award"]["phase"] == "deliberation"
    code, out, _ = run(capsys, "--db", initialised, "phase", "scoring", "--reason",
                       "Een jurylid was ziek")
    assert code == 0 and "overleg → beoordelen" in out


def test_reopen_a_submission_from_the_command_line(capsys, initialised):
    add_juror(capsys, initialised, "Priya Ramdin")
    code, _, err = run(capsys, "--db", initialised, "jurors", "reopen", "Priya Ramdin",
                       "--reason", "Typefout")
    assert code == 2 and "Priya Ramdin heeft niet ingediend" in err
    code, _, err = run(capsys, "--db", initialised, "--lang", "en", "jurors", "reopen",
                       "Priya Ramdin", "--reason", "Typefout")
    assert code == 2 and "Priya Ramdin has not submitted" in err


def test_audit_filters_and_prints_json(capsys, initialised):
    add_juror(capsys, initialised, "Sanne Bakker")
    run(capsys, "--db", initialised, "phase", "deliberation", "--yes")
    run(capsys, "--db", initialised, "phase", "scoring", "--reason", "Nog een inzending")
    code, out, _ = run(capsys, "--db", initialised, "audit", "--json", "--action", "phase")
    assert code == 0
    events = json.loads(out)
    assert [(e["old"], e["new"]) for e in events] == [("scoring", "deliberation"),
                                                       ("deliberation", "scoring")]
    assert events[1]["detail"] == "Nog een inzending" and events[1]["actor"] == "secretary"
    _, out, _ = run(capsys, "--db", initialised, "audit", "--json", "--limit", "1")
    assert [e["action"] for e in json.loads(out)] == ["phase.changed"]
    _, out, _ = run(capsys, "--db", initialised, "audit", "--json", "--search", "sanne")
    assert [e["action"] for e in json.loads(out)] == ["juror.added", "phase.changed"]
    code, out, _ = run(capsys, "--db", initialised, "--lang", "en", "audit",
                       "--action", "juror")
    assert code == 0 and "juror added" in out and "Sanne Bakker" in out
    _, out, _ = run(capsys, "--db", initialised, "--lang", "en", "audit", "--action", "nothing")
    assert "No events in the record match." in out


def test_a_dutch_secretary_types_dutch_phases(capsys, initialised):
    code, out, err = run(capsys, "--db", initialised, "--lang", "nl", "phase", "overleg")
    assert code == 0, err
    assert "Fase: beoordelen → overleg." in out
    code, out, _ = run(capsys, "--db", initialised, "--lang", "nl", "phase")
    assert code == 0 and "overleg" in out and "deliberation" not in out
    code, _, err = run(capsys, "--db", initialised, "--lang", "nl", "phase", "finale")
    assert code == 2
    assert "'finale' is geen fase: kies uit beoordelen, overleg, definitief." in err
    assert "scoring" not in err and " not " not in err
    code, out, err = run(capsys, "--db", initialised, "--lang", "nl", "phase", "Beoordelen",
                         "--reason", "Een inzending te laat gezien")
    assert code == 0, err
    assert "Fase: overleg → beoordelen." in out


def test_the_record_reads_in_dutch(capsys, db_url):
    from jury.services import Actor

    from .conftest import sample_award

    services = sample_award(db_url, "Sanne Bakker")
    services.scoring.set_score(Actor("Sanne Bakker", "juror"), "TIA-01", "innovation", 8,
                               "Sterk", expected_version=0)
    services.deliberation.change_phase(Actor.secretary(), "deliberation",
                                       confirm_unsubmitted=True)
    services.engine.dispose()
    code, out, err = run(capsys, "--db", db_url, "--lang", "nl", "audit")
    assert code == 0, err
    assert "jurylid toegevoegd" in out and "fase gewijzigd" in out
    assert "Sanne Bakker (jurylid)" in out and "Vernieuwing" in out
    assert "secretaris" in out and "beoordelen" in out and "overleg" in out
    assert "nog niet ingediend" in out and "role:" not in out
    for raw in ("score.set", "juror:", "juror.added", "phase.changed", "innovation",
                "deliberation"):
        assert raw not in out
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "audit")
    assert "juror added" in out and "phase changed" in out and "secretary" in out
    assert "Innovation" in out and "Sanne Bakker (juror)" in out
    code, out, _ = run(capsys, "--db", db_url, "audit", "--json", "--action", "score")
    (event,) = json.loads(out)
    assert event["action"] == "score.set" and event["actor"] == "juror:Sanne Bakker"
    assert event["subject"].endswith("innovation")



def test_the_record_filters_on_an_action_by_its_words_in_either_language(award, secretary):
    """A Dutch chair types 'fase', an English one 'phase': both find the phase changes, and
    the stored key's prefix still works."""
    from jury.services import Actor

    award.jurors.add(secretary, "Marieke Hoekstra", "2468", chair=True)
    chair = Actor("Marieke Hoekstra", "chair")
    award.deliberation.change_phase(chair, "deliberation", confirm_unsubmitted=True)
    for typed in ("fase", "phase", "phase.", "FASE GEWIJZIGD"):
        found = award.deliberation.audit_trail(chair, action=typed)
        assert [e.action for e in found] == ["phase.changed"], typed
    assert award.deliberation.audit_trail(chair, action="stemming") == []
