"""Problems in the secretary's files read in her language: Dutch for a Dutch jury, English on
request, each naming file, row and column the same way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jury import limits
from jury.award_settings import load_award_settings
from jury.errors import ImportProblems, SettingsError, TextRefused
from jury.i18n import Strings
from jury.io.entries import read_entries
from jury.io.paper_ballots import read_paper_ballots
from jury.io.scores import read_scores

from .conftest import SAMPLE

NL, EN = Strings("nl"), Strings("en")
# Words that give away an English sentence; none is Dutch ("is" is both).
ENGLISH = ("the", "not", "row", "column", "line", "empty", "characters", "most", "entry",
           "entries", "needs", "give", "outside", "nothing", "was", "imported", "number",
           "juror", "value", "allowed", "use", "missing", "key", "required", "steps", "must")


def english_in(text: str) -> list[str]:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return sorted(words & set(ENGLISH))


def dutch_excel(path: Path, lines: list[str]) -> Path:
    """As Dutch Excel saves 'CSV (gescheiden door lijstscheidingsteken)': semicolons, cp1252,
    Windows line ends."""
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def refusal(call, *args, **kwargs) -> ImportProblems:
    with pytest.raises(ImportProblems) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_dutch_excel_entries_file_is_refused_in_dutch_and_in_english(tmp_path):
    path = dutch_excel(tmp_path / "inzendingen.csv", [
        "id;titel;organisatie;omschrijving",
        "T-1;Één team;Café Noord;Goed",
        "T-2;;Bakkerij Smit;Leeg",
        f"T-3;{'Lang' * 80};Bouwbedrijf Jansen;Te lang",
    ])
    error = refusal(read_entries, [path])
    dutch = error.text(NL)
    assert "Niets geïmporteerd: 2 problemen in de inzendingen." in dutch
    assert ("inzendingen.csv, rij 3, kolom 'titel': leeg. Elke inzending heeft een titel "
            "nodig.") in dutch
    assert "inzendingen.csv, rij 4, kolom 'titel': 320 tekens; hoogstens 300." in dutch
    assert english_in(dutch) == [], dutch

    english = error.text(EN)
    assert "Nothing was imported: 2 problems in the entries." in english
    assert "inzendingen.csv, row 3, column 'titel': empty. Every entry needs a title." in english
    assert "inzendingen.csv, row 4, column 'titel': 320 characters; at most 300." in english
    assert str(error) == english


def test_a_dutch_excel_scores_file_with_a_bad_score_is_refused_in_dutch(tmp_path):
    settings = load_award_settings(SAMPLE / "award.toml")
    criterion = settings.criteria[0]
    path = dutch_excel(tmp_path / "scores.csv", [
        "jurylid;inzending;criterium;cijfer;opmerking",
        f"Sanne Bakker;TIA-01;{criterion.label_nl};8,0;Sterk plan",
        f"Sanne Bakker;TIA-02;{criterion.label_nl};11;Te hoog",
        f"Sanne Bakker;TIA-03;{criterion.label_nl};zeven;",
        f"Sanne Bakker;TIA-04;{criterion.label_nl};;",
        f"Sanne Bakker;TIA-05;{criterion.label_nl};6;{'n' * 5001}",
    ])
    error = refusal(read_scores, path, settings=settings, jurors=["Sanne Bakker"],
                    entries=["TIA-01", "TIA-02", "TIA-03", "TIA-04", "TIA-05"])
    scale = settings.scale.described()
    dutch = error.text(NL)
    assert f"scores.csv, rij 3, kolom 'cijfer': 11 ligt buiten {scale.text(NL)}." in dutch
    assert "scores.csv, rij 4, kolom 'cijfer': 'zeven' is geen getal." in dutch
    assert "scores.csv, rij 5, kolom 'cijfer': leeg. Geef een score op" in dutch
    assert "scores.csv, rij 6, kolom 'opmerking': 5.001 tekens; hoogstens 5.000." in dutch
    assert english_in(dutch) == [], dutch

    english = error.text(EN)
    assert f"scores.csv, row 3, column 'cijfer': 11 is outside {scale.text(EN)}." in english
    assert "scores.csv, row 6, column 'opmerking': 5,001 characters; at most 5,000." in english


def test_a_place_is_written_once_in_each_language():
    place = limits.place(limits.place("entries.csv", row=4), column="titel")
    assert place.text(NL) == "entries.csv, rij 4, kolom 'titel'"
    assert place.text(EN) == "entries.csv, row 4, column 'titel'"
    assert str(place) == "entries.csv, row 4, column 'titel'"
    assert limits.place("a.json", line=3, column=7).text(NL) == "a.json, regel 3, kolom 7"
    assert limits.place("a.json", item=2, field="x").text(NL) == "a.json, element 2, veld 'x'"


def test_a_control_character_is_named_the_same_in_both_languages(tmp_path):
    path = tmp_path / "inzendingen.csv"
    path.write_text("id,titel,organisatie\nT-1,Goed\x1b[31m,Org\n", encoding="utf-8")
    error = refusal(read_entries, [path])
    assert ("inzendingen.csv, rij 2, kolom 'titel': teken 5 is U+001B (escape), een "
            "stuurteken.") in error.text(NL)
    assert ("inzendingen.csv, row 2, column 'titel': character 5 is U+001B (escape), a "
            "control character.") in error.text(EN)


def test_text_refused_outside_a_file_reads_in_both_languages():
    with pytest.raises(TextRefused) as caught:
        limits.check_text("note", "n" * 5_001, "De notitie")
    assert caught.value.text(NL) == "De notitie: 5.001 tekens; hoogstens 5.000. Er is niets " \
        "opgeslagen."
    assert caught.value.text(EN) == "De notitie: 5,001 characters; at most 5,000. Nothing " \
        "was saved."


def test_a_paper_ballot_naming_no_candidate_is_refused_in_dutch(tmp_path):
    path = dutch_excel(tmp_path / "stembiljetten.csv", [
        "categorie;stemming;1;2", "mkb;1;TIA-01;TIA-09", "mkb;een;TIA-01;",
    ])
    error = refusal(read_paper_ballots, path, {"mkb": ["TIA-01", "TIA-02"]})
    dutch = error.text(NL)
    assert ("stembiljetten.csv, rij 2: plaats 2: 'TIA-09' is geen kandidaat; de kandidaten "
            "zijn TIA-01, TIA-02.") in dutch
    assert "stembiljetten.csv, rij 3, kolom 'stemming': 'een' is geen nummer" in dutch
    assert "rank 2: 'TIA-09' is not a candidate; the candidates are" in error.text(EN)


def test_a_wrong_award_toml_is_said_in_dutch_and_in_english(tmp_path):
    toml = (SAMPLE / "award.toml").read_text(encoding="utf-8")
    folder = tmp_path / "prijs"
    folder.mkdir()
    (folder / "award.toml").write_text(
        toml.replace("max = 10", "max = 1", 1).replace("weight = 1", "weight = -1", 1),
        encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_award_settings(folder / "award.toml")
    dutch = caught.value.text(NL)
    assert "scale: max (1) moet groter zijn dan min (1)" in dutch
    assert "criteria[1].weight: -1 is niet toegestaan; gebruik een getal groter dan 0" in dutch
    assert english_in(dutch) == [], dutch
    english = caught.value.text(EN)
    assert "scale: max (1) must be greater than min (1)" in english
    assert "criteria[1].weight: -1 is not allowed; use a number greater than 0" in english
    assert caught.value.heading(NL) == "Prijsinstellingen"

    with pytest.raises(SettingsError) as caught:
        load_award_settings(tmp_path / "elders" / "award.toml")
    assert "niet gevonden. Elke prijsmap heeft een award.toml nodig" in caught.value.text(NL)
    assert "not found. Every award folder needs an award.toml" in caught.value.text(EN)


def test_a_scale_in_steps_of_a_half_has_a_decimal_comma_in_dutch(tmp_path):
    from jury.award_settings import Scale

    scale = Scale(min=1, max=5, step=0.5)
    assert scale.described().text(NL) == "1–5 in stappen van 0,5"
    assert scale.describe() == "1–5 in steps of 0.5"
