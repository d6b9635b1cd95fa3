"""The services' refusals read in the jury's language: Dutch for a Dutch jury, English for an
English one, with the award's own labels for criteria and a decimal comma in Dutch."""

import re

import pytest

from jury.errors import (
    ImportProblems,
    JuryError,
    NotFoundError,
    PermissionDenied,
    ScoredError,
    StaleWriteError,
)
from jury.i18n import Strings
from jury.models import ScoreData
from jury.services import Actor

SANNE = Actor("Sanne Bakker", "juror")
PRIYA = Actor("Priya Ramdin", "juror")
DUTCH, ENGLISH = Strings("nl"), Strings("en")
# Words that give English away in a Dutch sentence.
ENGLISH_WORDS = ("the", "not", "only", "has", "own", "can", "changed", "nothing", "juror",
                 "entry", "scale", "withdraw", "named", "chair", "with", "before")


def said(error: JuryError) -> tuple[str, str]:
    """The error in Dutch and in English; the Dutch without a word of English."""
    dutch, english = error.text(DUTCH), error.text(ENGLISH)
    words = set(re.findall(r"[a-z]+", dutch.lower()))
    assert not words & set(ENGLISH_WORDS), dutch
    assert english == str(error)
    return dutch, english


@pytest.fixture
def panel(award, secretary):
    award.jurors.add(secretary, SANNE.name, "1234")
    award.jurors.add(secretary, PRIYA.name, "1234")
    return award


def test_a_juror_scoring_another_jurors_entry(panel):
    with pytest.raises(PermissionDenied) as caught:
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "", juror=PRIYA.name)
    assert said(caught.value) == (
        "Sanne Bakker kan alleen de eigen scores vastleggen.",
        "Sanne Bakker can only record their own scores.")
    assert caught.value.heading(DUTCH) == "Niet toegestaan"


def test_a_value_off_the_scale_has_a_decimal_comma_in_dutch(panel):
    with pytest.raises(PermissionDenied) as caught:
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 10.5, "")
    assert said(caught.value) == (
        "10,5 staat niet op de schaal 1–10; er is niets opgeslagen.",
        "10.5 is not on the scale 1–10; nothing was saved.")


def test_a_stale_write_names_the_criterion_by_its_label(panel):
    panel.scoring.set_score(SANNE, "TIA-01", "innovation", 8, "")
    with pytest.raises(StaleWriteError) as caught:
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "", expected_version=0)
    dutch, english = said(caught.value)
    assert dutch.startswith("TIA-01, Vernieuwing: elders gewijzigd in 8")
    assert english.startswith("TIA-01, Innovation: changed elsewhere to 8")
    assert "innovation" not in dutch + english


def test_a_recusal_beside_a_score(panel):
    panel.scoring.set_score(SANNE, "TIA-01", "innovation", 7, "")
    with pytest.raises(ScoredError) as caught:
        panel.scoring.declare_recusal(SANNE, SANNE.name, "TIA-01", "personal")
    assert said(caught.value) == (
        "Sanne Bakker heeft 1 score bij TIA-01: een belangenconflict kan daar niet naast "
        "staan. Wis die score voordat je het meldt.",
        "Sanne Bakker has 1 score on TIA-01: a conflict of interest cannot stand beside it. "
        "Clear that score before declaring it.")
    assert caught.value.heading(DUTCH) == "Belangenconflict"
    panel.scoring.set_score(SANNE, "TIA-01", "effectiveness", 6, "")
    with pytest.raises(ScoredError) as caught:
        panel.scoring.declare_recusal(SANNE, SANNE.name, "TIA-01", "personal")
    assert "heeft 2 scores bij TIA-01" in caught.value.text(DUTCH)
    assert "has 2 scores on TIA-01" in caught.value.text(ENGLISH)


def test_a_score_beside_a_recusal(panel):
    panel.scoring.declare_recusal(SANNE, SANNE.name, "TIA-01", "personal")
    with pytest.raises(PermissionDenied) as caught:
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "")
    dutch, _ = said(caught.value)
    assert dutch == ("Sanne Bakker heeft een belangenconflict gemeld bij TIA-01: trek dat "
                     "eerst in voordat je scoort.")


def test_an_unknown_juror_in_a_scores_file(panel, secretary):
    rows = [ScoreData("Niemand", "TIA-01", "innovation", 7),
            ScoreData(SANNE.name, "TIA-01", "transferability", 0.5)]
    with pytest.raises(ImportProblems) as caught:
        panel.scoring.import_scores(secretary, rows, source="scores.csv")
    dutch, english = caught.value.text(DUTCH), caught.value.text(ENGLISH)
    assert "score 1 (Niemand, TIA-01, Vernieuwing): geen jurylid met de naam 'Niemand'." in dutch
    assert ("score 2 (Sanne Bakker, TIA-01, Overdraagbaarheid): 0,5 valt buiten 1–10."
            in dutch)
    assert "score 1 (Niemand, TIA-01, Innovation): no juror named 'Niemand'." in english
    assert "score 2 (Sanne Bakker, TIA-01, Transferability): 0.5 is outside 1–10." in english
    for line in dutch.splitlines()[1:]:
        assert not set(re.findall(r"[a-z]+", line.lower())) & set(ENGLISH_WORDS), line


def test_an_unknown_juror_by_name_lists_the_jurors(panel):
    with pytest.raises(NotFoundError) as caught:
        panel.jurors.set_pin(Actor.secretary(), "Niemand", "2468")
    assert said(caught.value) == (
        "Er is geen jurylid met de naam 'Niemand'. De juryleden zijn: Priya Ramdin, "
        "Sanne Bakker.",
        "No juror named 'Niemand'. The jurors are: Priya Ramdin, Sanne Bakker.")


def test_the_feedback_is_the_chairs_act(panel, secretary):
    with pytest.raises(PermissionDenied) as caught:
        panel.feedback.draft(SANNE, "TIA-01")
    assert said(caught.value) == (
        "Alleen de voorzitter stelt de terugkoppeling aan de inzenders op en keurt die goed; "
        "Sanne Bakker is jurylid.",
        "Only the chair composes and approves the feedback to the entrants; Sanne Bakker is "
        "a juror.")
    with pytest.raises(PermissionDenied) as caught:
        panel.feedback.overview(SANNE)
    said(caught.value)


def test_a_juror_list_change_is_the_secretarys_or_the_chairs(panel):
    with pytest.raises(PermissionDenied) as caught:
        panel.jurors.add(SANNE, "Nieuw Lid", "1234")
    assert said(caught.value) == (
        "Alleen de secretaris of de voorzitter kan de jurylijst wijzigen.",
        "Only the secretary or the chair can change the jury list.")


def test_a_pin_refused_says_why(panel, secretary):
    with pytest.raises(JuryError) as caught:
        panel.jurors.add(secretary, "Nieuw Lid", "12")
    assert said(caught.value) == (
        "Pincode voor Nieuw Lid geweigerd: een pincode heeft minstens 4 tekens nodig.",
        "PIN for Nieuw Lid refused: a PIN needs at least 4 characters.")
    assert caught.value.heading(DUTCH) == "Jurylid"


def test_award_settings_name_categories_and_criteria_by_label(panel, settings, secretary):
    from jury.award_settings import parse_award_settings
    from jury.errors import ConflictError

    panel.scoring.record_scores(secretary, [ScoreData(SANNE.name, "TIA-01", "innovation", 9)])
    raw = settings.model_dump()
    fewer = {**raw, "criteria": raw["criteria"][1:]}
    with pytest.raises(ConflictError) as caught:
        panel.award.setup(secretary, parse_award_settings(fewer))
    dutch, english = said(caught.value)
    assert "het criterium 'Vernieuwing' weg, maar 1 score gebruikt het" in dutch
    assert "drops criterion 'Innovation', but 1 score uses it" in english
    one_category = {**raw, "categories": raw["categories"][:1]}
    with pytest.raises(ConflictError) as caught:
        panel.award.setup(secretary, parse_award_settings(one_category))
    dutch, english = said(caught.value)
    assert "de categorie 'Groot' weg" in dutch and "'groot'" not in dutch + english
    halves = {**raw, "scale": {**raw["scale"], "max": 8, "step": 0.5, "labels": {},
                               "labels_en": {}}}
    with pytest.raises(ConflictError) as caught:
        panel.award.setup(secretary, parse_award_settings(halves))
    dutch, english = said(caught.value)
    assert "De schaal 1–8 in stappen van 0,5 uit award.toml past niet bij" in dutch
    assert "scale 1–8 in steps of 0.5 would not hold stored scores (9)" in english
