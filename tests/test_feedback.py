"""Feedback to the entrants: the notes for the entrant beside each score, the chair's drafts and
approvals, the letters' contents, and the rules around them (both databases).

The hostile checks read the letters' words (tests/test_feedback_letters.py renders them);
here the service is asked directly, since no screen keeps a juror out of it.
"""

from __future__ import annotations

import pytest

from jury import feedback
from jury.award_settings import FeedbackSettings, Scale, parse_award_settings
from jury.errors import ImportProblems, NotFoundError, PermissionDenied, SettingsError
from jury.limits import TextRefused
from jury.models import ScoreData
from jury.services import Actor

from .conftest import JURORS, KEYS, SAMPLE

CHAIR = Actor("Marieke Hoekstra", "chair")
SANNE, YOUSSEF, PRIYA = (Actor(name, "juror") for name in JURORS)

# Distinctive words in the jury-only notes: none may ever reach a letter.
MARKER = "ZWAARDVIS"


@pytest.fixture
def jury(award, secretary):
    """Three jurors and a chair; every score has a jury-only note with a marker and, on most
    entries, a note for the entrant; TIA-03 has a duplicate and a recused juror's note."""
    for name in JURORS:
        award.jurors.add(secretary, name, "1234")
    award.jurors.add(secretary, CHAIR.name, "1234", chair=True)
    entries = [e.id for e in award.entries.list()]
    offsets = {SANNE.name: 1, YOUSSEF.name: -1, PRIYA.name: 0}
    for actor in (SANNE, YOUSSEF, PRIYA):
        rows = [ScoreData(actor.name, entry, key,
                          float(min(10, max(1, 5 + (n % 4) + offsets[actor.name]))),
                          f"{MARKER}-{actor.name.split()[0]}-{entry}-{key}",
                          f"Sterk punt van {entry} op {key}." if actor is not PRIYA
                          else f"Verbeterpunt voor {entry}: meer cijfers over {key}.")
                for n, entry in enumerate(entries) for key in KEYS]
        award.scoring.record_scores(actor, rows)
    return award


def to_deliberation(services) -> None:
    services.deliberation.change_phase(CHAIR, "deliberation", confirm_unsubmitted=True)


def to_final(services) -> None:
    for category in ("mkb", "groot"):
        nominees = services.results.compute(CHAIR).choices[category].nominees_proposed
        services.deliberation.decide_category(CHAIR, category, "nominees", nominees,
                                              "Besproken in het overleg")
        services.deliberation.decide_category(CHAIR, category, "winner", nominees[:1],
                                              "Besproken in het overleg")
    services.deliberation.change_phase(CHAIR, "final")


# The pure part --------------------------------------------------------------------------

def test_duplicates_merge_whatever_their_case_spacing_and_punctuation():
    merged = feedback.merge_notes(["Sterk plan.", "  sterk   PLAN ", "", "Meer cijfers graag",
                                   "Meer cijfers graag, per jaar"])
    assert merged == "• Sterk plan.\n• Meer cijfers graag, per jaar"


def test_one_note_stands_as_written_and_none_is_empty():
    assert feedback.merge_notes(["Goed uitgewerkt."]) == "Goed uitgewerkt."
    assert feedback.merge_notes(["", "  "]) == ""


def test_bands_from_the_scale_and_the_value_that_falls_in_each():
    bands = FeedbackSettings().bands_for(Scale(min=1, max=10))
    assert [(b.name_nl, b.start) for b in bands] == [
        ("uitstekend", 8.5), ("goed", 7.5), ("voldoende", 5.5), ("onvoldoende", 1.0)]
    assert feedback.band_name(feedback.band_for(8.5, bands), "nl") == "uitstekend"
    assert feedback.band_name(feedback.band_for(8.49, bands), "en") == "good"
    assert feedback.band_name(feedback.band_for(5.5, bands), "nl") == "voldoende"
    assert feedback.band_name(feedback.band_for(1, bands), "nl") == "onvoldoende"
    assert feedback.band_for(None, bands) is None
    five = [b.start for b in FeedbackSettings().bands_for(Scale(min=1, max=5))]
    assert five == sorted(five, reverse=True) and five[-1] == 1 and 2.5 < five[2] < 3.5


def test_a_name_is_found_as_a_whole_word_only():
    assert feedback.names_in("Volgens sanne bakker is dit sterk", ["Sanne Bakker"]) == [
        "Sanne Bakker"]
    assert feedback.names_in("Sanne Bakkerij", ["Sanne Bakker"]) == []


def _toml(bands):
    return {"award": {"name": "A", "edition": "1"}, "scale": {"min": 1, "max": 5},
            "ranking": {"tie_break": []},
            "criteria": [{"key": "a", "label_nl": "A", "label_en": "A", "question_nl": "?",
                          "question_en": "?"}],
            "feedback": {"bands": bands, "language": "en"}}


def test_award_toml_bands_are_read_and_checked_against_the_scale():
    settings = parse_award_settings(_toml([{"name_nl": "top", "name_en": "top", "from": 4},
                                           {"name_nl": "rest", "name_en": "rest", "from": 1}]))
    assert [b.name_en for b in settings.feedback.bands_for(settings.scale)] == ["top", "rest"]
    assert settings.letter_language == "en"
    with pytest.raises(SettingsError, match="outside the scale"):
        parse_award_settings(_toml([{"name_nl": "x", "name_en": "x", "from": 7}]))
    with pytest.raises(SettingsError, match="the same value"):
        parse_award_settings(_toml([{"name_nl": "x", "name_en": "x", "from": 2},
                                    {"name_nl": "y", "name_en": "y", "from": 2}]))


def test_the_bands_are_stored_with_the_award(services, secretary):
    raw = _toml([{"name_nl": "prima", "name_en": "fine", "from": 3},
                 {"name_nl": "matig", "name_en": "fair", "from": 1}])
    services.award.setup(secretary, parse_award_settings(raw))
    stored = services.award.settings()
    assert [b.name_en for b in stored.feedback.bands_for(stored.scale)] == ["fine", "fair"]
    assert stored.letter_language == "en"


# Notes for the entrant --------------------------------------------------------------------

def test_a_note_for_the_entrant_is_saved_beside_the_score_and_audited(jury):
    saved = jury.scoring.set_score(SANNE, "TIA-01", "innovation", 9, "intern",
                                   expected_version=1, for_entrant="Mooi voorbeeld.")
    view = jury.views.entry(SANNE, "TIA-01").scores["innovation"]
    assert (view.value, view.note, view.for_entrant) == (9, "intern", "Mooi voorbeeld.")
    assert saved.version == 2
    # Leaving it out keeps it: the score screen of an older terminal does not wipe it.
    jury.scoring.set_score(SANNE, "TIA-01", "innovation", 8, "intern", expected_version=2)
    assert jury.views.entry(SANNE, "TIA-01").scores["innovation"].for_entrant == \
        "Mooi voorbeeld."
    events = jury.deliberation.audit_trail(CHAIR, action="score.set",
                                           text="Sanne Bakker · TIA-01 · innovation")
    assert events[-2].new["for_entrant"] == "Mooi voorbeeld."


def test_a_note_for_the_entrant_over_its_limit_is_refused(jury):
    with pytest.raises(TextRefused, match="for the entrant"):
        jury.scoring.set_score(SANNE, "TIA-01", "innovation", 9, "", expected_version=1,
                               for_entrant="x" * 2_001)
    with pytest.raises(TextRefused, match="escape"):
        jury.scoring.set_score(SANNE, "TIA-01", "innovation", 9, "", expected_version=1,
                               for_entrant="a\x1b[31m")


def test_scores_import_reads_the_for_entrant_column(jury, tmp_path):
    from jury.io.scores import read_scores

    settings = jury.award.settings()
    path = tmp_path / "scores.csv"
    path.write_text("jurylid,inzending,criterium,cijfer,notitie,for_entrant\n"
                    f"{SANNE.name},TIA-02,innovation,7,{MARKER} intern,Helder verhaal.\n",
                    encoding="utf-8")
    batch = read_scores(path, settings=settings, jurors=list(JURORS),
                        entries=[e.id for e in jury.entries.list()])
    assert batch.scores[0].for_entrant == "Helder verhaal."
    jury.scoring.import_scores(Actor.secretary(), batch.scores, source="scores.csv")
    mine = jury.views.entry(SANNE, "TIA-02").scores["innovation"]
    assert (mine.note, mine.for_entrant) == (f"{MARKER} intern", "Helder verhaal.")
    # A file without the column leaves the stored notes for the entrant as they are.
    path.write_text(f"juror,entry,criterion,score\n{SANNE.name},TIA-02,innovation,6\n",
                    encoding="utf-8")
    batch = read_scores(path, settings=settings, jurors=list(JURORS),
                        entries=[e.id for e in jury.entries.list()])
    assert batch.scores[0].for_entrant is None
    jury.scoring.import_scores(Actor.secretary(), batch.scores, source="scores.csv")
    assert jury.views.entry(SANNE, "TIA-02").scores["innovation"].for_entrant == \
        "Helder verhaal."


def test_scores_import_names_row_and_column_of_a_note_for_the_entrant_too_long(jury, tmp_path):
    from jury.io.scores import read_scores

    path = tmp_path / "scores.csv"
    path.write_text("juror,entry,criterion,score,voor de inzender\n"
                    f"{SANNE.name},TIA-02,innovation,7,{'x' * 2001}\n", encoding="utf-8")
    with pytest.raises(ImportProblems) as refused:
        read_scores(path, settings=jury.award.settings(), jurors=list(JURORS),
                    entries=[e.id for e in jury.entries.list()])
    assert "row 2, column 'voor de inzender': 2,001 characters; at most 2,000" in str(
        [str(p) for p in refused.value.problems])


def test_the_letter_language_comes_from_an_import_column(tmp_path):
    from jury.io.entries import read_entries

    path = tmp_path / "entries.csv"
    path.write_text("id,titel,organisatie,taal\nA1,Een,Org,en\nA2,Twee,Org,\nA3,Drie,Org,fr\n",
                    encoding="utf-8")
    with pytest.raises(ImportProblems) as refused:
        read_entries([path])
    assert [str(p) for p in refused.value.problems] == [
        "entries.csv, row 4, column 'taal': 'fr' is not a language of the letters. Use nl or "
        "en, or leave it empty for the award's."]
    path.write_text("id,titel,organisatie,taal\nA1,Een,Org,English\nA2,Twee,Org,\n",
                    encoding="utf-8")
    assert [e.language for e in read_entries([path]).entries] == ["en", None]


# The chair composes and approves ----------------------------------------------------------

def test_the_draft_merges_the_notes_for_the_entrant_and_names_no_juror(jury):
    jury.scoring.declare_recusal(Actor.secretary(), PRIYA.name, "TIA-04", "personal",
                                 clear_scores=True)
    to_deliberation(jury)
    draft = jury.feedback.draft(CHAIR, "TIA-03")
    # Sanne's and Youssef's notes are the same words: one line; Priya's is the other.
    assert draft.suggested["innovation"] == (
        "• Sterk punt van TIA-03 op innovation.\n"
        "• Verbeterpunt voor TIA-03: meer cijfers over innovation.")
    assert draft.status == "missing" and draft.texts == draft.suggested
    words = " ".join(draft.suggested.values())
    assert MARKER not in words and not feedback.names_in(words, [*JURORS, CHAIR.name])
    # A recused juror's note on the entry is left out, like their scores.
    assert "Verbeterpunt" not in jury.feedback.draft(CHAIR, "TIA-04").suggested["innovation"]


def test_only_the_chair_composes_and_approves(jury, secretary):
    to_deliberation(jury)
    for actor in (SANNE, secretary):
        with pytest.raises(PermissionDenied, match="Only the chair"):
            jury.feedback.write(actor, "TIA-01", {"innovation": "Goed."})
        with pytest.raises(PermissionDenied, match="Only the chair"):
            jury.feedback.approve(actor, "TIA-01")
        with pytest.raises(PermissionDenied, match="Only the chair"):
            jury.feedback.draft(actor, "TIA-01")
    with pytest.raises(PermissionDenied, match="chair and the secretary"):
        jury.feedback.overview(SANNE)
    assert {r.status for r in jury.feedback.overview(secretary)} == {"missing"}


def test_feedback_waits_for_the_deliberation(jury):
    with pytest.raises(PermissionDenied, match="still scoring"):
        jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Goed."})


def test_an_edit_after_approval_needs_approving_again_and_every_step_is_audited(jury):
    to_deliberation(jury)
    first = jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Sterk."})
    assert first.status == "drafted"
    approved = jury.feedback.approve(CHAIR, "TIA-01")
    assert (approved.status, approved.approved_by) == ("approved", CHAIR.name)
    # The same text again changes nothing and keeps the approval.
    assert jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Sterk."}).status == "approved"
    edited = jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Sterk, en overdraagbaar."})
    assert edited.status == "drafted"
    rows = {r.entry_id: r for r in jury.feedback.overview(CHAIR)}
    assert rows["TIA-01"].status == "drafted" and rows["TIA-02"].status == "missing"
    events = jury.deliberation.audit_trail(CHAIR, action="feedback")
    assert [(e.action, e.subject) for e in events] == [
        ("feedback.written", "TIA-01"), ("feedback.approved", "TIA-01"),
        ("feedback.written", "TIA-01")]
    assert events[-1].old["innovation"] == "Sterk."
    assert events[-1].detail == "approved before; needs approving again"
    assert jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Sterk, en overdraagbaar."},
                               approve=True).status == "approved"


def test_approval_is_refused_while_the_text_names_a_juror(jury):
    to_deliberation(jury)
    jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Volgens youssef el amrani: sterk."})
    with pytest.raises(PermissionDenied, match="names Youssef El Amrani"):
        jury.feedback.approve(CHAIR, "TIA-01")
    assert jury.feedback.draft(CHAIR, "TIA-01").status == "drafted"


def test_feedback_text_is_bounded_and_empty_feedback_refused(jury):
    to_deliberation(jury)
    with pytest.raises(TextRefused, match="5,000"):
        jury.feedback.write(CHAIR, "TIA-01", {"innovation": "x" * 5_001})
    with pytest.raises(PermissionDenied, match="empty"):
        jury.feedback.write(CHAIR, "TIA-01", {"innovation": "  "})
    with pytest.raises(NotFoundError, match="No criterion 'style'"):
        jury.feedback.write(CHAIR, "TIA-01", {"style": "Mooi."})
    with pytest.raises(NotFoundError):
        jury.feedback.write(CHAIR, "TIA-99", {"innovation": "Mooi."})


# The letters' contents --------------------------------------------------------------------

def test_letters_are_refused_before_final_except_drafts(jury, secretary):
    with pytest.raises(PermissionDenied, match="still scoring"):
        jury.feedback.letters(secretary, drafts=True)
    to_deliberation(jury)
    with pytest.raises(PermissionDenied, match="only after the award is final"):
        jury.feedback.letters(secretary)
    drafts = jury.feedback.letters(secretary, drafts=True)
    assert len(drafts.letters) == 17 and all(letter.draft for letter in drafts.letters)
    assert all(letter.result is None for letter in drafts.letters)
    # Without stored feedback a draft letter carries the jurors' notes merged.
    tia01 = next(letter for letter in drafts.letters if letter.entry_id == "TIA-01")
    assert "Sterk punt van TIA-01 op innovation." in tia01.criteria[0].text
    with pytest.raises(PermissionDenied, match="chair and the secretary"):
        jury.feedback.letters(SANNE, drafts=True)


def test_after_final_only_approved_feedback_gets_a_letter_with_result_and_bands(jury, secretary):
    to_deliberation(jury)
    jury.feedback.write(CHAIR, "TIA-01", {"innovation": "Goedgekeurd A."}, approve=True)
    jury.feedback.write(CHAIR, "TIA-02", {"innovation": "Nog een concept."})
    to_final(jury)
    letters = jury.feedback.letters(secretary)
    assert [letter.entry_id for letter in letters.letters] == ["TIA-01"]
    assert "TIA-02" in letters.without and len(letters.without) == 16
    letter = letters.letters[0]
    frozen = {r["entry"]: r for r in _frozen_rows(jury)}
    expected = feedback.result_of(winner=frozen["TIA-01"]["winner"],
                                  nominee=frozen["TIA-01"]["nominee"])
    assert letter.result == expected
    assert letter.language == "nl" and letter.category == "MKB"
    assert [c.label for c in letter.criteria] == ["Vernieuwing", "Overdraagbaarheid",
                                                  "Effectiviteit"]
    names = {"uitstekend", "goed", "voldoende", "onvoldoende"}
    assert all(c.band in names and c.category_band in names for c in letter.criteria)
    assert letter.criteria[0].text == "Goedgekeurd A." and letter.criteria[1].text == ""
    # The chair's feedback can still be approved after final: the letters wait for it.
    jury.feedback.approve(CHAIR, "TIA-02")
    assert len(jury.feedback.letters(secretary).letters) == 2


def _frozen_rows(services):
    from jury import repository

    with services.results.reading() as session:
        return repository.frozen_ranking(session=session).rows


def test_an_entry_in_english_gets_its_letter_in_english(jury, secretary, tmp_path):
    from jury.io.entries import CategoryChoice, read_entries

    settings = jury.award.settings()
    text = (SAMPLE / "entries.csv").read_text(encoding="utf-8").splitlines()
    rows = [text[0] + ",taal"] + [line + (",en" if line.startswith("TIA-05") else ",")
                                   for line in text[1:]]
    (tmp_path / "entries.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    batch = read_entries([tmp_path / "entries.csv"], categories=choices)
    jury.entries.import_entries(secretary, batch.entries, sources=batch.sources)
    to_deliberation(jury)
    letters = {letter.entry_id: letter
               for letter in jury.feedback.letters(secretary, drafts=True).letters}
    assert letters["TIA-05"].language == "en"
    assert letters["TIA-05"].criteria[0].label == "Innovation"
    assert letters["TIA-05"].criteria[0].band in {"excellent", "good", "sufficient",
                                                  "insufficient"}
    assert letters["TIA-06"].language == "nl"


# The schema -------------------------------------------------------------------------------

def test_a_schema_4_database_gains_the_feedback_columns_and_keeps_its_scores(jury, db_url):
    """An award from before feedback: the upgrade adds the note for the entrant (empty), the
    letter language, the [feedback] settings and the feedback table, and changes nothing
    else; running the step again changes nothing either."""
    import sqlalchemy as sa

    from jury.cli import open_services
    from jury.db import UPGRADES

    with jury.engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE feedback"))
        for table, column in (("score", "for_entrant"), ("entry", "language"),
                              ("award", "feedback")):
            conn.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(sa.text("UPDATE meta SET value = '4' WHERE key = 'schema_version'"))
        scores = conn.execute(sa.text("SELECT count(*) FROM score")).scalar()
    jury.engine.dispose()
    upgraded = open_services(db_url)
    with upgraded.engine.begin() as conn:
        assert sa.inspect(conn).has_table("feedback")
        assert conn.execute(sa.text(
            "SELECT count(*) FROM score WHERE for_entrant = ''")).scalar() == scores
        UPGRADES[4](conn)  # idempotent: a second run finds everything in place
    assert upgraded.award.settings().letter_language == "nl"
    to_deliberation(upgraded)
    assert upgraded.feedback.draft(CHAIR, "TIA-01").suggested["innovation"] == ""
    upgraded.engine.dispose()
