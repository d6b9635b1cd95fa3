"""Feedback through the Pilot: the juror's note for the entrant beside the jury-only note, and
the chair's Feedback tab with composing, approving and editing after approval."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static, TabbedContent, TextArea

from jury.models import ScoreData
from jury.services import Actor
from jury.tui.screens.chair import ChairScreen
from jury.tui.screens.feedback import FeedbackScreen

from .conftest import (
    CHAIR,
    JUROR,
    KEYS,
    OTHER,
    at_entry,
    at_list,
    screen_text,
    settle,
    sign_in,
    wait_for,
)

CHAIR_ACTOR = Actor(CHAIR, "chair")
MARKER = "ZWAARDVIS"


@pytest.fixture
def deliberating(jury):
    """Both jurors scored everything with a jury-only note (a marker) and a note for the
    entrant; the jury deliberates."""
    entries = [e.id for e in jury.entries.list()]
    for name, offset in ((JUROR, 1), (OTHER, 0)):
        rows = [ScoreData(name, entry, key, float(4 + (n % 5) + offset),
                          f"{MARKER} {name}", f"Sterk punt bij {key}.")
                for n, entry in enumerate(entries) for key in KEYS]
        jury.scoring.record_scores(Actor(name, "juror"), rows)
    jury.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    return jury


async def test_the_juror_writes_a_note_for_the_entrant_apart_from_the_jury_note(make_app,
                                                                              jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await at_entry(pilot)
        entry = app.screen.entry_id
        text = screen_text(app)
        # Whose each note is, said in words beside it; the jury's note comes first.
        assert "Jury" in text and "Inzender" in text
        assert "alleen de jury leest dit" in text and "(feedbackbrief)" in text
        form = app.screen.query_one("#criterion-innovation")
        form.query_one("#note", Input).focus()
        await pilot.press(*"intern")
        await pilot.press("tab")
        assert app.focused is form.query_one("#for-entrant", Input)
        await pilot.press(*"Helder plan")
        app.screen.flush()
        await settle(pilot)
    mine = jury.views.entry(Actor(JUROR, "juror"), entry).scores["innovation"]
    assert (mine.value, mine.note, mine.for_entrant) == (None, "intern", "Helder plan")


async def at_feedback(pilot) -> ChairScreen:
    await sign_in(pilot, name=CHAIR)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChairScreen)
                   and pilot.app.screen.data is not None)
    pilot.app.screen.query_one(TabbedContent).active = "tab-feedback"
    await wait_for(pilot, lambda: pilot.app.screen.query_one("#feedback", DataTable).row_count)
    await wait_for(pilot, lambda: "ontbreekt" in screen_text(pilot.app))
    return pilot.app.screen


def statuses(screen) -> dict[str, str]:
    table = screen.query_one("#feedback", DataTable)
    return {str(table.get_row_at(r)[0]): str(table.get_row_at(r)[1])
            for r in range(table.row_count)}


async def open_feedback(pilot, screen, entry: str) -> FeedbackScreen:
    table = screen.query_one("#feedback", DataTable)
    table.focus()
    table.move_cursor(row=next(r for r in range(table.row_count)
                               if str(table.get_row_at(r)[0]) == entry))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, FeedbackScreen))
    await wait_for(pilot, lambda: f"Feedback aan {entry}" in screen_text(pilot.app))
    return pilot.app.screen


async def test_the_chair_composes_approves_and_must_approve_an_edit_again(make_app,
                                                                         deliberating):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await at_feedback(pilot)
        assert set(statuses(screen).values()) == {"○ ontbreekt"}
        assert "0 goedgekeurd · 0 concept · 17 nog te schrijven" in screen_text(app)
        dialog = await open_feedback(pilot, screen, "TIA-02")
        area = dialog.query_one("#feedback-innovation", TextArea)
        # Started from the jurors' notes for the entrant, the duplicate merged, no names.
        assert area.text == "Sterk punt bij innovation."
        shown = screen_text(app)
        assert "Sterk punt bij transferability." in shown  # (the cursor splits the first)
        assert MARKER not in shown and JUROR not in shown and OTHER not in shown
        area.load_text("Sterk punt bij innovation. Deel het draaiboek.")
        await pilot.click("#approve")
        await wait_for(pilot, lambda: deliberating.feedback.draft(
            CHAIR_ACTOR, "TIA-02").status == "approved")
        await wait_for(pilot, lambda: statuses(screen)["TIA-02"] == "● goedgekeurd")
        stored = deliberating.feedback.draft(CHAIR_ACTOR, "TIA-02").current
        assert stored.texts["innovation"] == "Sterk punt bij innovation. Deel het draaiboek."
        assert stored.approved_by == CHAIR
        # An edit after approval is saved as a draft: it needs approving again.
        dialog = await open_feedback(pilot, screen, "TIA-02")
        said = str(dialog.query_one("#feedback-status", Static).content)
        assert "● goedgekeurd" in said and "opnieuw worden goedgekeurd" in said
        dialog.query_one("#feedback-innovation", TextArea).load_text("Anders verwoord.")
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: statuses(screen)["TIA-02"] == "◐ concept")
        assert app.screen is screen
        assert deliberating.feedback.draft(CHAIR_ACTOR, "TIA-02").status == "drafted"
        actions = [e.action for e in deliberating.deliberation.audit_trail(
            CHAIR_ACTOR, action="feedback")]
        assert actions == ["feedback.written", "feedback.approved", "feedback.written"]


async def test_a_refusal_is_said_and_nothing_is_approved(make_app, deliberating):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await at_feedback(pilot)
        dialog = await open_feedback(pilot, screen, "TIA-04")
        dialog.query_one("#feedback-innovation", TextArea).load_text(
            f"Volgens {OTHER} was dit sterk.")
        await pilot.click("#approve")
        await wait_for(pilot, lambda: any("noemt Youssef El Amrani" in n.message
                                          for n in app._notifications))
        # The text was saved as a draft; the approval was refused.
        assert deliberating.feedback.draft(CHAIR_ACTOR, "TIA-04").status == "drafted"
        # Emptied altogether, the dialog refuses it itself.
        dialog = await open_feedback(pilot, screen, "TIA-05")
        for area in dialog.query(TextArea):
            area.load_text("")
        await pilot.click("#confirm")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert "ten minste één criterium" in screen_text(app)
