"""The minutes read as a secretary would write them: labels not keys, times in words,
Markdown escaped only where Markdown would misread it."""

from __future__ import annotations

from datetime import UTC, datetime

from jury.io.minutes import md, minutes_markdown
from jury.services.deliberation import CategoryRecord, ConsensusRecord
from jury.services.minutes import Minutes, MinutesItem
from tests.meeting.scene import CHAIR, meeting_ready

AT = datetime(2026, 12, 1, 14, 38, tzinfo=UTC)


def minutes(**changes: object) -> Minutes:
    base: dict[str, object] = dict(
        award="Techniek Inclusief Award 2026", opened_at=AT, closed_at=None,
        chair=("Marloes Dekker",), present=("Sanne de Vries",),
        jurors=("Sanne de Vries", "Youssef El Amrani"), conflicts=(),
        items=(MinutesItem(0, "entry", "TIA-03", "TIA-03", AT, None, ()),),
        rescoring=(), shifts=(),
        consensus=(ConsensusRecord("TIA-03", "effectiveness", 7.5, "Eens na overleg",
                                   "Marloes Dekker", AT, True),),
        ballots=(), categories=(CategoryRecord("mkb", "winner", ("TIA-03",), ("TIA-03",),
                                               "", "Marloes Dekker", AT),),
        phases=(), signoffs=(), titles={"TIA-03": "Buddy-programma"},
        criteria={"effectiveness": ("Effectiviteit", "Effectiveness")},
        category_labels={"mkb": ("MKB", "SME")})
    base.update(changes)
    return Minutes(**base)  # type: ignore[arg-type]


def test_markdown_escapes_only_what_markdown_would_misread():
    assert md("01-12-2026 TIA-03 Buddy-programma") == "01-12-2026 TIA-03 Buddy-programma"
    assert md("- niet een lijst") == "\\- niet een lijst"
    assert md("# geen kop") == "\\# geen kop"
    assert md("1. geen lijst") == "1\\. geen lijst"
    assert md("*vet* _schuin_ [link](x) `code` <b> a|b") == \
        "\\*vet\\* \\_schuin\\_ \\[link\\](x) \\`code\\` \\<b\\> a\\|b"
    assert md("1. in een cel", cell=True) == "1. in een cel"
    assert md("&amp; en R&D") == "&amp;amp; en R&D"
    text = minutes_markdown(minutes(), "nl")
    assert "01-12-2026" in text and "TIA-03 · Buddy-programma" in text
    assert "\\-" not in text.replace("\\- ", "")


def test_an_item_still_open_says_so_and_a_closed_meeting_ends_it():
    text = minutes_markdown(minutes(), "nl")
    assert "––" not in text and "tot –" not in text
    assert "(nog bezig)" in text and "de vergadering is nog open" in text
    closed = datetime(2026, 12, 1, 15, 2, tzinfo=UTC)
    text = minutes_markdown(minutes(closed_at=closed), "en")
    start, end = AT.astimezone().strftime("%H:%M"), closed.astimezone().strftime("%H:%M")
    assert f"| {start}–{end} |" in text and "still running" not in text
    assert f"from {start} to {end}" in text


def test_criteria_and_categories_by_their_label_in_the_minutes_language():
    dutch = minutes_markdown(minutes(), "nl")
    assert "Effectiviteit: 7,5" in dutch and "effectiveness" not in dutch
    assert "MKB, winnaar" in dutch and "mkb" not in dutch
    english = minutes_markdown(minutes(), "en")
    assert "Effectiveness: 7.5" in english and "SME, winner" in english


def test_minutes_service_carries_the_labels_and_the_open_item(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    award.meeting.move(CHAIR, 0)
    found = award.minutes.minutes(CHAIR)
    assert found.items[0].ended_at is None and found.closed_at is None
    assert found.category_labels and all(len(v) == 2 for v in found.category_labels.values())
    assert "effectiveness" in found.criteria
    text = minutes_markdown(found, "nl")
    assert "(nog bezig)" in text and "––" not in text
    award.meeting.close(CHAIR)
    text = minutes_markdown(award.minutes.minutes(CHAIR), "nl")
    assert "(nog bezig)" not in text and "nog open" not in text
