"""The chair's table through the service layer: phases, decisions, permissions, the record.

Each refusal is asked of the service directly: the screens are not what keeps a juror out.
"""

from __future__ import annotations

import pytest

from jury.errors import ConflictError, PermissionDenied
from jury.models import ScoreData
from jury.services import Actor
from jury.services.deliberation import UnsubmittedJurors
from jury.services.scoring import StaleWriteError

from .conftest import JURORS, KEYS

CHAIR = Actor("Marieke Hoekstra", "chair")
SANNE, YOUSSEF, PRIYA = (Actor(name, "juror") for name in JURORS)


@pytest.fixture
def jury(award, secretary):
    """Three jurors and a chair; every juror scored every entry, TIA-03 split the jury."""
    for name in JURORS:
        award.jurors.add(secretary, name, "1234")
    award.jurors.add(secretary, CHAIR.name, "1234", chair=True)
    entries = [e.id for e in award.entries.list()]
    offsets = {"Sanne Bakker": 1, "Youssef El Amrani": -1, "Priya Ramdin": 0}
    for actor in (SANNE, YOUSSEF, PRIYA):
        rows = [ScoreData(actor.name, entry, key,
                          float(min(10, max(1, 5 + (n % 4) + offsets[actor.name]))))
                for n, entry in enumerate(entries) for key in KEYS]
        award.scoring.record_scores(actor, rows)
    award.scoring.set_score(SANNE, "TIA-03", "effectiveness", 10, "Overtuigend",
                            expected_version=1)
    award.scoring.set_score(YOUSSEF, "TIA-03", "effectiveness", 2, "Geen cijfers",
                            expected_version=1)
    return award


def to_deliberation(services) -> None:
    services.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)


def category_of(services, entry: str) -> str:
    return next(e.category_key for e in services.entries.list() if e.id == entry)


def proposal(services, category: str):
    return services.results.compute(CHAIR).choices[category]


def choose_all_winners(services) -> None:
    for category in ("mkb", "groot"):
        nominees = proposal(services, category).nominees_proposed
        # The sample scores tie at the top: close calls, which need a rationale.
        services.deliberation.decide_category(CHAIR, category, "nominees", nominees,
                                              "Besproken: nipt, voorstel gevolgd")
        services.deliberation.decide_category(CHAIR, category, "winner", nominees[:1],
                                              "Besproken: nipt, voorstel gevolgd")


# Permissions -----------------------------------------------------------------------------

def test_a_juror_cannot_score_in_final(jury):
    to_deliberation(jury)
    choose_all_winners(jury)
    jury.deliberation.change_phase(CHAIR, "final")
    with pytest.raises(PermissionDenied, match="final"):
        jury.scoring.set_score(SANNE, "TIA-01", "innovation", 7, "", expected_version=1)
    with pytest.raises(PermissionDenied, match="final"):
        jury.scoring.record_scores(secretary_actor(), [ScoreData("Sanne Bakker", "TIA-01",
                                                                 "innovation", 7)])


def secretary_actor() -> Actor:
    return Actor.secretary()


def test_a_juror_cannot_read_other_jurors_scores_during_scoring(jury):
    with pytest.raises(PermissionDenied, match="own scores"):
        jury.deliberation.entry(SANNE, "TIA-03")
    with pytest.raises(PermissionDenied, match="panel's results"):
        jury.results.compute(SANNE)
    with pytest.raises(PermissionDenied):
        jury.deliberation.progress(SANNE)
    with pytest.raises(PermissionDenied, match="whole record"):
        jury.deliberation.audit_trail(SANNE)
    own = jury.views.entry(SANNE, "TIA-03")
    assert own.panel == [] and own.panel_notes == []
    to_deliberation(jury)
    shown = jury.deliberation.entry(SANNE, "TIA-03")
    assert {s.juror for s in shown.scores} == set(JURORS)


def test_a_juror_cannot_record_a_consensus_or_choose_a_winner(jury):
    to_deliberation(jury)
    with pytest.raises(PermissionDenied, match="Only the chair"):
        jury.deliberation.record_consensus(SANNE, "TIA-03", None, 8, "Wij vinden van wel")
    with pytest.raises(PermissionDenied, match="Only the chair"):
        jury.deliberation.decide_category(SANNE, "mkb", "nominees", ["TIA-01"])
    with pytest.raises(PermissionDenied, match="Only the chair or the secretary"):
        jury.deliberation.change_phase(SANNE, "final")
    with pytest.raises(PermissionDenied, match="Only the chair or the secretary"):
        jury.deliberation.reopen_submission(SANNE, "Sanne Bakker", "vergissing")


def test_consensus_waits_for_the_deliberation_and_needs_a_rationale(jury):
    with pytest.raises(PermissionDenied, match="still scoring"):
        jury.deliberation.record_consensus(CHAIR, "TIA-03", None, 8, "Besproken")
    to_deliberation(jury)
    with pytest.raises(PermissionDenied, match="rationale"):
        jury.deliberation.record_consensus(CHAIR, "TIA-03", None, 8, "   ")
    with pytest.raises(PermissionDenied, match="outside the scale"):
        jury.deliberation.record_consensus(CHAIR, "TIA-03", "effectiveness", 11, "Te hoog")
    with pytest.raises(Exception, match="No criterion 'charm'"):
        jury.deliberation.record_consensus(CHAIR, "TIA-03", "charm", 8, "Besproken")


# Phases ------------------------------------------------------------------------------------

def test_moving_on_lists_the_jurors_who_have_not_submitted(jury):
    jury.scoring.submit(SANNE, SANNE.name)
    with pytest.raises(UnsubmittedJurors) as refused:
        jury.deliberation.change_phase(CHAIR, "deliberation")
    assert set(refused.value.names) == {"Priya Ramdin", "Youssef El Amrani"}
    assert jury.award.phase() == "scoring"
    change = jury.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)
    assert set(change.unsubmitted) == {"Priya Ramdin", "Youssef El Amrani"}
    event = jury.deliberation.audit_trail(CHAIR, action="phase")[-1]
    assert (event.old, event.new) == ("scoring", "deliberation")
    assert "Youssef El Amrani" in event.detail


def test_going_back_needs_a_reason_and_skipping_deliberation_is_refused(jury):
    with pytest.raises(PermissionDenied, match="next phase is deliberation"):
        jury.deliberation.change_phase(CHAIR, "final", confirm_unsubmitted=True)
    to_deliberation(jury)
    with pytest.raises(PermissionDenied, match="give a reason"):
        jury.deliberation.change_phase(CHAIR, "scoring")
    with pytest.raises(ConflictError, match="already in deliberation"):
        jury.deliberation.change_phase(CHAIR, "deliberation")
    jury.deliberation.change_phase(CHAIR, "scoring", reason="Youssef scoort TIA-05 opnieuw")
    assert jury.deliberation.audit_trail(CHAIR, action="phase")[-1].detail == (
        "Youssef scoort TIA-05 opnieuw")


def test_reopening_a_submission_needs_a_reason_and_the_scoring_phase(jury):
    jury.scoring.submit(PRIYA, PRIYA.name)
    with pytest.raises(PermissionDenied, match="has submitted"):
        jury.scoring.set_score(PRIYA, "TIA-01", "innovation", 9, "", expected_version=1)
    with pytest.raises(PermissionDenied, match="needs a reason"):
        jury.deliberation.reopen_submission(CHAIR, PRIYA.name, "")
    jury.deliberation.reopen_submission(CHAIR, PRIYA.name, "Typefout bij TIA-01")
    jury.scoring.set_score(PRIYA, "TIA-01", "innovation", 9, "", expected_version=1)
    with pytest.raises(ConflictError, match="not submitted"):
        jury.deliberation.reopen_submission(CHAIR, PRIYA.name, "nog eens")
    jury.scoring.submit(PRIYA, PRIYA.name)
    to_deliberation(jury)
    with pytest.raises(PermissionDenied, match="reopen the scoring phase first"):
        jury.deliberation.reopen_submission(CHAIR, PRIYA.name, "nog eens")


def test_final_needs_a_winner_in_every_category(jury):
    to_deliberation(jury)
    mkb = proposal(jury, "mkb").nominees_proposed
    jury.deliberation.decide_category(CHAIR, "mkb", "nominees", mkb, "Nipt; voorstel gevolgd")
    jury.deliberation.decide_category(CHAIR, "mkb", "winner", mkb[:1], "Nipt; voorstel gevolgd")
    with pytest.raises(PermissionDenied, match="not yet chosen: Large"):
        jury.deliberation.change_phase(CHAIR, "final")
    assert jury.award.phase() == "deliberation"


# Nominees, winners, ties -------------------------------------------------------------------

def test_the_same_decision_confirmed_twice_is_recorded_once(jury):
    """A double Enter on 'Winnaar kiezen' must not put the winner twice in the minutes."""
    to_deliberation(jury)
    mkb = proposal(jury, "mkb").nominees_proposed
    jury.deliberation.decide_category(CHAIR, "mkb", "nominees", mkb, "Nipt; voorstel gevolgd")
    for _ in range(2):
        jury.deliberation.decide_category(CHAIR, "mkb", "winner", mkb[:1], "Zoals voorgesteld")
    winners = [d for d in jury.deliberation.decisions(CHAIR).categories
               if d.kind == "winner"]
    assert len(winners) == 1
    jury.deliberation.decide_category(CHAIR, "mkb", "winner", mkb[1:2], "Na de stemming")
    assert [d.chosen for d in jury.deliberation.decisions(CHAIR).categories
            if d.kind == "winner"] == [tuple(mkb[:1]), tuple(mkb[1:2])]


def test_choosing_other_than_the_proposal_needs_a_rationale_and_keeps_both(jury):
    to_deliberation(jury)
    choice = proposal(jury, "mkb")
    ranked = [r.entry for r in jury.results.compute(CHAIR).results.ranking
              if r.category == "mkb" and r.rank]
    other = (*choice.nominees_proposed[:-1], ranked[len(choice.nominees_proposed)])
    with pytest.raises(PermissionDenied, match="needs a rationale"):
        jury.deliberation.decide_category(CHAIR, "mkb", "nominees", other)
    with pytest.raises(PermissionDenied, match="3 nominees"):
        jury.deliberation.decide_category(CHAIR, "mkb", "nominees", other[:2], "Twee is genoeg")
    with pytest.raises(PermissionDenied, match="before its winner"):
        jury.deliberation.decide_category(CHAIR, "mkb", "winner", other[:1])
    jury.deliberation.decide_category(CHAIR, "mkb", "nominees", other,
                                      "Het landelijke bereik van deze aanpak woog zwaarder")
    now = proposal(jury, "mkb")
    assert now.nominees == other and now.nominees_proposed == choice.nominees_proposed
    jury.deliberation.decide_category(CHAIR, "mkb", "nominees", other[::-1],
                                      "Zelfde drie, andere volgorde")
    assert proposal(jury, "mkb").winner_proposed == ranked[0], "the best-ranked nominee"
    with pytest.raises(PermissionDenied, match="from the nominees"):
        jury.deliberation.decide_category(CHAIR, "mkb", "winner",
                                          [choice.nominees_proposed[-1]], "Toch deze")
    record = jury.deliberation.decisions(CHAIR).categories[-2]
    assert (record.proposed, record.chosen) == (choice.nominees_proposed, other)
    assert record.rationale.startswith("Het landelijke")


def test_a_tie_the_rules_cannot_break_is_decided_by_the_jury(jury):
    to_deliberation(jury)
    rows = jury.results.compute(CHAIR).results.ranking
    tied = [r for r in rows if any(f.kind == "tie" for f in r.flags)]
    assert tied, "the sample scores leave at least one tie"
    group = [r.entry for r in tied if (r.category, r.rank) == (tied[0].category, tied[0].rank)]
    with pytest.raises(PermissionDenied, match="exactly the entries"):
        jury.deliberation.decide_category(CHAIR, tied[0].category, "tie", group[:1], "Eerst")
    with pytest.raises(PermissionDenied, match="rationale"):
        jury.deliberation.decide_category(CHAIR, tied[0].category, "tie", group[::-1])
    jury.deliberation.decide_category(CHAIR, tied[0].category, "tie", group[::-1],
                                      "De jury gaf de voorkeur aan de bredere aanpak")
    after = {r.entry: r for r in jury.results.compute(CHAIR).results.ranking}
    ranks = [after[e].rank for e in group[::-1]]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    assert after[group[-1]].tie_break == "chair"
    assert not any(f.kind == "tie" for e in group for f in after[e].flags)


# The whole deliberation --------------------------------------------------------------------

def test_a_deliberation_from_scores_to_final_leaves_the_whole_story(jury):
    """Scores → flags → consensus → nominees and winners → final → a late write refused."""
    for actor in (SANNE, YOUSSEF):
        jury.scoring.submit(actor, actor.name)
    to_deliberation(jury)

    row = next(r for r in jury.results.compute(CHAIR).results.ranking if r.entry == "TIA-03")
    flagged = [f for f in row.flags if f.criterion == "effectiveness"]
    assert flagged and {"Sanne Bakker", "Youssef El Amrani"} <= set(flagged[0].jurors)

    jury.deliberation.record_consensus(CHAIR, "TIA-03", "effectiveness", 6,
                                       "Effect is aangetoond, maar klein in omvang")
    jury.deliberation.record_consensus(CHAIR, "TIA-03", "effectiveness", 7,
                                       "Na herlezing van de cijfers over doorstroom")
    row = next(r for r in jury.results.compute(CHAIR).results.ranking if r.entry == "TIA-03")
    assert row.criteria["effectiveness"].agreed == 7
    given = [s.value for s in jury.deliberation.entry(CHAIR, "TIA-03").scores
             if s.criterion == "effectiveness"]
    assert row.criteria["effectiveness"].mean == pytest.approx(sum(given) / 3)
    assert row.total != row.computed_total
    history = [r for r in jury.deliberation.decisions(CHAIR).consensus if r.entry == "TIA-03"]
    assert [(r.value, r.current) for r in history] == [(6, False), (7, True)]

    choose_all_winners(jury)
    change = jury.deliberation.change_phase(CHAIR, "final")
    assert change.new == "final"
    report = jury.results.compute(CHAIR)
    assert report.frozen_at == change.at and report.frozen_by == "chair:Marieke Hoekstra"
    assert all(choice.decided for choice in report.choices.values())
    with jury.entries.reading() as session:
        from jury import repository

        frozen = repository.frozen_ranking(session=session)
    assert [(r["entry"], r["rank"], r["total"]) for r in frozen.rows] == [
        (r.entry, r.rank, r.total) for r in report.results.ranking]
    assert sum(r["winner"] for r in frozen.rows) == 2

    with pytest.raises(PermissionDenied, match="final"):
        jury.scoring.set_score(PRIYA, "TIA-01", "innovation", 9, "", expected_version=1)
    with pytest.raises(PermissionDenied, match="final"):
        jury.deliberation.record_consensus(CHAIR, "TIA-03", None, 9, "Te laat")
    with pytest.raises(PermissionDenied, match="final"):
        jury.jurors.remove(secretary_actor(), PRIYA.name, force=True)

    actions = [e.action for e in jury.deliberation.audit_trail(CHAIR)]
    story = ["award.created", "entries.imported", "juror.added", "score.set",
             "scoring.submitted", "phase.changed", "consensus.recorded", "consensus.recorded",
             "nominees.chosen", "winner.chosen", "ranking.frozen", "phase.changed"]
    position = 0
    for action in actions:
        if position < len(story) and action == story[position]:
            position += 1
    assert position == len(story), f"out of order: {actions}"
    revision = jury.deliberation.audit_trail(CHAIR, action="consensus")[-1]
    assert revision.old == {"value": 6, "rationale": "Effect is aangetoond, maar klein in omvang"}
    assert revision.new["value"] == 7
    assert jury.deliberation.audit_trail(CHAIR, limit=1)[0].action == "phase.changed"


def test_reopening_final_keeps_the_frozen_ranking_and_needs_a_reason(jury):
    to_deliberation(jury)
    choose_all_winners(jury)
    jury.deliberation.change_phase(CHAIR, "final")
    with pytest.raises(PermissionDenied, match="give a reason"):
        jury.deliberation.change_phase(CHAIR, "deliberation")
    jury.deliberation.change_phase(CHAIR, "deliberation", reason="Nominatie MKB heroverwegen")
    assert jury.results.compute(CHAIR).frozen_at is None
    jury.deliberation.record_consensus(CHAIR, "TIA-03", None, 9.5, "Herzien na heropening")


def test_a_stale_screen_cannot_overwrite_after_a_reopen(jury):
    """A screen left open across a submission and a reopening still cannot overwrite a
    score that changed meanwhile: the optimistic version survives both."""
    jury.scoring.set_score(PRIYA, "TIA-01", "innovation", 9, "", expected_version=1)
    jury.scoring.submit(PRIYA, PRIYA.name)
    jury.deliberation.reopen_submission(CHAIR, PRIYA.name, "Nog een blik op TIA-01")
    with pytest.raises(StaleWriteError) as stale:
        jury.scoring.set_score(PRIYA, "TIA-01", "innovation", 3, "", expected_version=1)
    assert stale.value.current[:2] == (9, "")
    assert jury.views.entry(PRIYA, "TIA-01").scores["innovation"].value == 9


def test_the_record_is_only_ever_appended_to(jury, secretary):
    """Earlier events stay exactly as written, whatever happens after: removals included."""
    before = [(e.id, e.at, e.actor, e.action, e.subject, e.old, e.new, e.detail)
              for e in jury.deliberation.audit_trail(CHAIR)]
    jury.scoring.declare_recusal(SANNE, SANNE.name, "TIA-04", "personal", clear_scores=True)
    jury.jurors.remove(secretary, YOUSSEF.name, force=True)
    to_deliberation(jury)
    jury.deliberation.record_consensus(CHAIR, "TIA-03", None, 8, "Unaniem")
    after = [(e.id, e.at, e.actor, e.action, e.subject, e.old, e.new, e.detail)
             for e in jury.deliberation.audit_trail(CHAIR)]
    assert after[:len(before)] == before
    assert [e[3] for e in after[len(before):]] == ["score.set"] * 3 + [
        "recusal.declared", "juror.removed", "phase.changed", "consensus.recorded"]


def test_no_code_updates_or_deletes_an_audit_event():
    """The only writes to the audit table are inserts, in one function."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "jury"
    writes = []
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"(update|delete|insert)\((AuditEvent|[a-z_]*audit[a-z_]*)",
                                 text, re.IGNORECASE):
            writes.append((path.name, match.group(0)))
        if re.search(r"session\.(delete|merge)\([^)]*event", text):
            writes.append((path.name, "session delete/merge of an event"))
    assert writes == [("base.py", "insert(AuditEvent")]


# Refusals in the reader's language ---------------------------------------------------------

def test_refusals_read_in_dutch_and_in_english(jury):
    from jury.i18n import Strings

    nl, en = Strings("nl"), Strings("en")

    def refusal(call, *args, **kwargs):
        with pytest.raises(PermissionDenied) as caught:
            call(*args, **kwargs)
        return caught.value

    early = refusal(jury.deliberation.record_consensus, CHAIR, "TIA-03", None, 8, "Besproken")
    assert early.text(nl) == ("De jury besluit over een consensus tijdens het overleg; ze zit "
                              "nog in de fase beoordelen.")
    assert early.text(en) == ("The jury decides a consensus during the deliberation; it is "
                              "still scoring.")
    juror = refusal(jury.deliberation.decide_category, SANNE, "mkb", "nominees", ["TIA-01"])
    assert juror.text(nl) == "Alleen de voorzitter kan dit doen; Sanne Bakker is jurylid."
    assert juror.text(en) == "Only the chair can do this; Sanne Bakker is a juror."
    assert juror.heading(nl) == "Niet toegestaan"
    to_deliberation(jury)
    final = refusal(jury.deliberation.change_phase, CHAIR, "final")
    assert final.text(nl) == ("Definitief kan pas met een winnaar in elke categorie; nog niet "
                              "gekozen: MKB, Groot.")
    assert final.text(en) == "Final needs a winner in every category; not yet chosen: SME, Large."
    back = refusal(jury.deliberation.change_phase, CHAIR, "scoring")
    assert back.text(nl) == ("Terug van overleg naar beoordelen heropent wat gesloten was: "
                             "geef een reden op.")
    scale = refusal(jury.deliberation.record_consensus, CHAIR, "TIA-03", None, 10.5, "Hoog")
    assert scale.text(nl) == "10,5 valt buiten de schaal 1–10."
    few = refusal(jury.deliberation.decide_category, CHAIR, "groot", "nominees", ["TIA-11"],
                  "Alleen deze")
    assert few.text(nl) == "Kies 3 genomineerden voor Groot, niet 1."
    assert few.text(en) == "Choose 3 nominees for Large, not 1."
    for error in (early, juror, final, back, scale, few):
        said = error.text(nl)
        assert not any(word in said for word in (" the ", " is not ", " not ", " a ", "still"))
