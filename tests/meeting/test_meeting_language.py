"""The meeting's refusals in the reader's language: a category by its label, never its key;
no English in Dutch and no Dutch in English."""

from __future__ import annotations

import re

import pytest

from jury.errors import ConflictError, ImportProblems, JuryError, NotFoundError, PermissionDenied
from jury.i18n import Strings
from jury.services import Actor
from jury.services.ballots import PaperRow
from tests.meeting.scene import CHAIR, JURORS, PIN, juror, meeting_ready
from tests.test_cli import run

SANNE = juror(JURORS[0])
NL, EN = Strings("nl"), Strings("en")
ENGLISH = (" the ", " not ", " only ", " already ", " ballot", " has ", " nobody ", " voted",
           " candidate", " on ", " no ", " first", " meeting", " juror")


def dutch(error: JuryError) -> str:
    text = error.text(NL)
    padded = f" {text.lower()} "
    assert not [w for w in ENGLISH if w in padded], text
    return text


@pytest.fixture
def ready(award):
    nominees = meeting_ready(award)
    award.meeting.open(CHAIR)
    return award, nominees


def test_ballot_refusals_in_dutch_and_english(ready):
    services, nominees = ready
    a, b, _ = nominees["mkb"]
    with pytest.raises(PermissionDenied) as chair_only:
        services.ballots.open(SANNE, "mkb")
    assert dutch(chair_only.value) == ("Alleen de voorzitter opent een stemming; Sanne Bakker "
                                       "is jurylid.")
    assert chair_only.value.text(EN) == "Only the chair opens a ballot; Sanne Bakker is a juror."
    assert chair_only.value.heading(NL) == "Niet toegestaan"

    services.ballots.open(CHAIR, "mkb")
    with pytest.raises(ConflictError) as already:
        services.ballots.open(CHAIR, "mkb")
    # The category by its label ('MKB', 'SME'), never by its key ('mkb').
    assert dutch(already.value) == "De stemming over MKB is al open."
    assert already.value.text(EN) == "The ballot on SME is already open."
    assert "mkb" not in already.value.text(NL) + already.value.text(EN)

    with pytest.raises(PermissionDenied) as stray:
        services.ballots.vote(SANNE, "mkb", {"TIA-99": 1}, PIN)
    assert dutch(stray.value).startswith("Geen kandidaat: TIA-99; de kandidaten zijn ")
    assert stray.value.text(EN).startswith("Not a candidate: TIA-99; the candidates are ")

    with pytest.raises(PermissionDenied) as nobody:
        services.ballots.close(CHAIR, "mkb")
    assert dutch(nobody.value) == ("Er heeft nog niemand gestemd: een stemming sluit pas na "
                                   "één stem of meer.")
    assert nobody.value.text(EN) == "Nobody has voted yet: a ballot closes with one vote or more."

    with pytest.raises(ConflictError) as closed:
        services.ballots.casting_vote(CHAIR, "groot", a, "because")
    assert dutch(closed.value) == "De stemming over Groot is nog niet gesloten."
    assert closed.value.text(EN) == "The ballot on Large is not closed yet."

    with pytest.raises(NotFoundError) as none_yet:
        services.ballots.mine(SANNE, "groot")
    assert dutch(none_yet.value) == "Er is nog geen stemming over Groot."

    # A paper ballot's problems are sentences in either language too.
    with pytest.raises(ImportProblems) as papers:
        services.ballots.import_papers(Actor.secretary(), [
            PaperRow("papier.csv, rij 2", "groot", 7, {a: 1}),
            PaperRow("papier.csv, rij 3", "mkb", 1, {"TIA-99": 1})])
    said = papers.value.text(NL)
    assert "papier.csv, rij 2: er is geen stemming 7 over Groot." in said
    assert "papier.csv, rij 3: Geen kandidaat: TIA-99" in said
    assert "groot" not in said and " the " not in said
    english = papers.value.text(EN)
    assert "papier.csv, rij 2: no ballot 7 on Large." in english
    assert b  # the nominees are there: the ballot above had candidates to refuse against


def test_meeting_refusals_in_dutch_and_english(ready):
    services, _ = ready
    with pytest.raises(PermissionDenied) as chair_only:
        services.meeting.move(SANNE, 0)
    assert dutch(chair_only.value) == ("Alleen de voorzitter leidt de vergadering; Sanne Bakker "
                                       "is jurylid.")
    with pytest.raises(ConflictError) as already:
        services.meeting.open(CHAIR)
    assert dutch(already.value) == "De vergadering is al open."
    entry = services.entries.list()[0].id
    services.meeting.reopen_entry(CHAIR, entry, "one more look")
    with pytest.raises(PermissionDenied) as outside:
        services.meeting.rescore(SANNE, entry, "innovation", 11.5)
    # Numbers with a decimal comma in Dutch.
    assert dutch(outside.value) == "11,5 valt buiten de schaal 1–10."
    assert outside.value.text(EN) == "11.5 is outside 1–10."
    with pytest.raises(PermissionDenied) as sign:
        services.minutes.sign_off(CHAIR, agreed=True)
    assert dutch(sign.value) == "De juryleden tekenen de notulen; Marieke de Vries is voorzitter."
    assert sign.value.text(EN) == ("The jurors sign off the minutes; Marieke de Vries is the "
                                   "chair.")


def test_ballot_status_names_the_category_by_its_label(ready, db_url, capsys):
    services, _ = ready
    services.ballots.open(CHAIR, "groot")
    services.ballots.open(CHAIR, "mkb")
    code, out, err = run(capsys, "--db", db_url, "--lang", "nl", "ballot", "status")
    assert code == 0, err
    assert "Categorie" in out and "Groot" in out and "MKB" in out and "open" in out
    assert not re.search(r"\b(groot|mkb)\b", out)
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "ballot", "status")
    assert "Category" in out and "Large" in out and "SME" in out
    assert not re.search(r"\b(groot|Groot|mkb|MKB)\b", out)


def test_paper_ballots_counted_in_words(ready, db_url, capsys, tmp_path):
    services, nominees = ready
    a, b, c = nominees["groot"]
    services.ballots.open(CHAIR, "groot")
    paper = tmp_path / "papier.csv"
    paper.write_text(f"category,ballot,1,2,3\ngroot,1,{b},{a},{c}\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db_url, "--lang", "nl", "ballot", "import", str(paper))
    assert code == 0, err
    flat = " ".join(out.split())
    assert "1 papieren stembiljet ingevoerd (Groot, stemming 1: 1 papieren stembiljet)." in flat
