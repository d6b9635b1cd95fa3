"""The meeting's screens, each driven in its own app by the Pilot at 80×24."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Label, RadioButton, Static

from jury.tui.app import build_app
from jury.tui.projector import ProjectorApp
from jury.tui.screens.meeting import ChairMeetingScreen, FollowScreen
from jury.tui.screens.meeting_dialogs import (
    BallotScreen,
    CastingScreen,
    SignOffScreen,
    TimerScreen,
)
from tests.meeting.scene import CHAIR, CHAIR_PIN, JURORS, PIN, juror, meeting_ready
from tests.tui.conftest import sign_in, wait_for

SANNE, YOUSSEF, PRIYA = (juror(n) for n in JURORS)


def text(app, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.render()) if widget.display else ""


async def into_meeting(pilot, name: str, pin: str = PIN) -> None:
    from jury.tui.screens.signin import SignInScreen

    await sign_in(pilot, name, pin)
    await wait_for(pilot, lambda: pilot.app.actor is not None
                   and not isinstance(pilot.app.screen, SignInScreen), timeout=10)
    await pilot.pause(0.1)
    await pilot.press("f11")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, FollowScreen | ChairMeetingScreen)
                   and pilot.app.screen.view is not None, timeout=10)


def test_every_meeting_binding_has_its_words():
    from jury.i18n import STRINGS

    for screen in (FollowScreen, ChairMeetingScreen, SignOffScreen):
        for binding in screen.BINDINGS:
            assert binding.id and binding.tooltip and binding.description, binding
            name = screen.KEY_TEXT[binding.id]
            assert f"key.{name}" in STRINGS and f"tip.{name}" in STRINGS, name


async def test_chair_leads_from_the_controls(award):
    nominees = meeting_ready(award)
    recused = nominees["mkb"][0]
    award.meeting.open(CHAIR, [f"entry:{recused}", "ballot:groot"])
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, CHAIR.name, CHAIR_PIN)
        assert "Choose the first item" in text(app, "#meeting-head")
        await pilot.press("o")  # already open: refused with its reason, nothing changes
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen.view.position == 0)
        assert "Must step out: Priya Ramdin" in text(app, "#meeting-out")
        assert app.screen.query_one("#meeting-panel", DataTable).row_count == 3
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TimerScreen))
        app.screen.query_one("#minutes", Input).value = "5"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ChairMeetingScreen)
                       and app.screen.view.timer_seconds == 300)
        assert "⏱ 4:5" in text(app, "#meeting-timer") or "⏱ 5:00" in text(app, "#meeting-timer")
        await pilot.press("b")  # not a ballot item: refused
        assert award.ballots.status(CHAIR) == []
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen.view.position == 1)
        assert "Ballot: Large" in text(app, "#meeting-head")
        await pilot.press("b")
        await wait_for(pilot, lambda: app.screen.ballot is not None)
        a, b, _ = nominees["groot"]
        award.ballots.vote(SANNE, "groot", {a: 1, b: 2}, PIN)
        award.ballots.vote(YOUSSEF, "groot", {b: 1, a: 2}, PIN)
        await wait_for(pilot, lambda: len(app.screen.ballot.voters) == 2)
        assert "Sanne Bakker, Youssef El Amrani" in text(app, "#meeting-summary")
        await pilot.press("c")
        await wait_for(pilot, lambda: app.screen.ballot.state == "closed")
        assert "A tie" in text(app, "#meeting-summary")
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(app.screen, CastingScreen))
        app.screen.query(RadioButton)[1].value = True
        app.screen.query_one("#rationale", Input).value = "Wider reach"
        await pilot.pause()
        app.screen.answer()
        await wait_for(pilot, lambda: isinstance(app.screen, ChairMeetingScreen)
                       and app.screen.ballot.winner == b)
        await pilot.press("x")  # asked first
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmScreen")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen.view.closed_at is not None)
    (ballot,) = award.ballots.status(CHAIR)
    assert ballot.casting["entry"] == b and ballot.casting["rationale"] == "Wider reach"


async def test_recused_juror_and_ballot_and_sign_off(award):
    nominees = meeting_ready(award)
    recused = nominees["mkb"][0]
    award.meeting.open(CHAIR, [f"entry:{recused}", "ballot:mkb"])
    award.meeting.move(CHAIR, 0)
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, PRIYA.name)
        assert "conflict of interest" in text(app, "#meeting-stepout")
        assert not app.screen.query_one("#meeting-panel", DataTable).display
        assert app.screen.has_class("-recused")
        award.meeting.move(CHAIR, 1)
        award.ballots.open(CHAIR, "mkb")
        await wait_for(pilot, lambda: app.screen.ballot is not None
                       and app.screen.ballot.state == "open", timeout=5)
        # The category by its English name on an English screen.
        assert "Ballot: SME" in text(app, "#meeting-head")
        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BallotScreen))
        dialog = app.screen
        assert "SME" in str(dialog.query_one(".dialog-title", Label).render())
        # The candidate she is recused on has no place field.
        assert len(dialog.query(".ballot-place")) == 2
        # Typed as a juror types: the first place field has the focus.
        await wait_for(pilot, lambda: app.focused is dialog.query_one("#place-1", Input))
        await pilot.press("1", "tab", "1", "tab", *"0000", "enter")
        # A wrong PIN: the ballot comes back as it was filled in, asking for the PIN only.
        await wait_for(pilot, lambda: isinstance(app.screen, BallotScreen)
                       and app.screen is not dialog, timeout=5)
        again = app.screen
        assert not award.ballots.mine(PRIYA, "mkb").voted
        assert [again.query_one(f"#place-{n}", Input).value for n in (1, 2)] == ["1", "1"]
        assert "Wrong PIN" in str(again.query_one("#problem").render())
        await wait_for(pilot, lambda: app.focused is again.query_one("#ballot-pin", Input))
        await pilot.press(*PIN, "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, FollowScreen)
                       and app.screen.ballot.voted, timeout=5)
        award.ballots.vote(SANNE, "mkb", {recused: 1}, PIN)
        award.ballots.close(CHAIR, "mkb")
        award.meeting.close(CHAIR)
        await wait_for(pilot, lambda: app.screen.view.closed_at is not None, timeout=5)
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, SignOffScreen))
        await pilot.pause(0.5)
        # 'Akkoord' has the focus: Enter agrees; a remark is one Tab away.
        assert app.focused is app.screen.query_one("#agree")
        await pilot.press("tab", *"The timer on item 1 was short")
        assert app.screen.query_one("#remark", Input).value == "The timer on item 1 was short"
        await pilot.click("#send-remark")
        await wait_for(pilot, lambda: award.minutes.minutes(CHAIR).signoffs, timeout=5)
    (signed,) = award.minutes.minutes(CHAIR).signoffs
    assert (signed.juror, signed.agreed, signed.remark) == (
        "Priya Ramdin", False, "The timer on item 1 was short")
    (ballot,) = award.ballots.status(CHAIR)
    assert ballot.result["voters"] == 2


async def test_projector_shows_no_jurors_scores(award, db_url):
    from jury.cli import open_services

    nominees = meeting_ready(award)
    entry = nominees["groot"][0]
    award.meeting.open(CHAIR, [f"entry:{entry}"])
    award.meeting.move(CHAIR, 0)
    award.meeting.set_timer(CHAIR, 120)
    app = ProjectorApp(lambda: open_services(db_url, create=False), language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: entry in text(app, "#meeting-head"), timeout=10)
        summary = text(app, "#meeting-summary")
        assert "Rank" in summary and "mean" in summary
        assert not app.query_one("#meeting-panel", DataTable).display
        assert "⏱" in text(app, "#meeting-timer")
        screen = app.export_screenshot()
        assert not any(name in screen for name in JURORS)


@pytest.mark.parametrize("key", ["f11"])
async def test_meeting_key_before_any_meeting(award, key):
    meeting_ready(award)
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        from jury.tui.screens.signin import SignInScreen

        await sign_in(pilot, SANNE.name, PIN)
        await wait_for(pilot, lambda: app.actor is not None
                       and not isinstance(app.screen, SignInScreen), timeout=10)
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, FollowScreen))
        await wait_for(pilot, lambda: "No meeting yet" in text(app, "#meeting-head"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, FollowScreen))


async def test_juror_rescores_a_reopened_entry(award):
    from textual.widgets import Select

    from jury.tui.screens.meeting_dialogs import RescoreScreen

    nominees = meeting_ready(award)
    entry = nominees["groot"][0]
    award.meeting.open(CHAIR, [f"entry:{entry}"])
    award.meeting.move(CHAIR, 0)
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, SANNE.name)
        await pilot.press("r")  # not reopened: refused, no dialog
        await pilot.pause(0.2)
        assert isinstance(app.screen, FollowScreen)
        award.meeting.reopen_entry(CHAIR, entry, "New figures from the entrant")
        await wait_for(pilot, lambda: app.screen.view.rescoring is not None, timeout=5)
        assert "New figures from the entrant" in text(app, "#meeting-notes")
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RescoreScreen))
        app.screen.query_one("#criterion", Select).value = "effectiveness"
        app.screen.query_one("#value", Input).value = "4"
        app.screen.answer()
        await wait_for(pilot, lambda: award.meeting.shifts(CHAIR), timeout=5)
        await wait_for(pilot, lambda: "→ 4" in text(app, "#meeting-notes"), timeout=5)
    (shift,) = award.meeting.shifts(CHAIR)
    assert (shift.juror, shift.criterion, shift.after) == ("Sanne Bakker", "effectiveness", 4)
