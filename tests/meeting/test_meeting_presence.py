"""Attendance comes from the meeting itself: who follows it in the app is present, the
chair corrects the list, and the minutes name present and absent jurors."""

from __future__ import annotations

import pytest
from sqlmodel import Session
from textual.widgets import SelectionList

from jury import repository
from jury.errors import PermissionDenied
from jury.io.minutes import minutes_markdown
from jury.tui.app import build_app
from jury.tui.screens.meeting import ChairMeetingScreen
from jury.tui.screens.meeting_dialogs import AttendanceScreen
from tests.meeting.scene import CHAIR, CHAIR_PIN, JURORS, juror, meeting_ready
from tests.meeting.test_meeting_screens import into_meeting
from tests.tui.conftest import wait_for

SANNE, YOUSSEF, PRIYA = (juror(n) for n in JURORS)


def line(text: str, start: str) -> str:
    return next(row for row in text.splitlines() if row.startswith(start))


def test_chair_marks_present_and_absent_audited_and_minutes_follow(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    award.meeting.join(SANNE)
    with pytest.raises(PermissionDenied):
        award.meeting.mark_present(SANNE, YOUSSEF.name, True)
    assert award.meeting.mark_present(CHAIR, YOUSSEF.name, True)
    assert not award.meeting.mark_present(CHAIR, YOUSSEF.name, True)  # already present
    assert award.meeting.attendance(CHAIR)[1] == tuple(sorted((SANNE.name, YOUSSEF.name)))
    assert award.meeting.mark_present(CHAIR, SANNE.name, False)
    text = minutes_markdown(award.minutes.minutes(CHAIR), "nl")
    assert YOUSSEF.name in line(text, "Aanwezig:") and SANNE.name not in line(text, "Aanwezig:")
    assert SANNE.name in line(text, "Afwezig:") and PRIYA.name in line(text, "Afwezig:")
    assert YOUSSEF.name not in line(text, "Afwezig:")
    with Session(award.engine) as session:
        events = [(e.actor, e.subject, e.old, e.new) for e in repository.audit_events(
            session=session, action="meeting.presence")]
    assert events == [(f"chair:{CHAIR.name}", YOUSSEF.name, False, True),
                      (f"chair:{CHAIR.name}", SANNE.name, True, False)]


def test_a_juror_marked_absent_stays_absent_when_their_app_signs_in_again(award):
    """The chair's 'absent' is the minutes' word: an app left signed in on a laptop in the
    hall does not put the juror back in the room; the chair can."""
    meeting_ready(award)
    award.meeting.open(CHAIR)
    award.meeting.join(SANNE)
    assert award.meeting.mark_present(CHAIR, SANNE.name, False)
    award.meeting.join(SANNE)
    assert SANNE.name not in award.meeting.attendance(CHAIR)[1]
    assert not award.meeting.mark_present(CHAIR, SANNE.name, False)  # already absent
    assert award.meeting.mark_present(CHAIR, SANNE.name, True)
    assert SANNE.name in award.meeting.attendance(CHAIR)[1]
    text = minutes_markdown(award.minutes.minutes(CHAIR), "nl")
    assert SANNE.name in line(text, "Aanwezig:")


async def test_a_screen_opened_before_the_meeting_records_its_reader_once_it_opens(award):
    meeting_ready(award)
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting_before_open(pilot)
        award.meeting.open(CHAIR)
        await wait_for(pilot, lambda: app.screen.view is not None, timeout=10)
        await wait_for(pilot, lambda: SANNE.name in award.meeting.attendance(CHAIR)[1],
                       timeout=10)
    text = minutes_markdown(award.minutes.minutes(CHAIR), "en")
    assert SANNE.name in line(text, "Present:")


async def into_meeting_before_open(pilot) -> None:
    from jury.tui.screens.meeting import FollowScreen
    from jury.tui.screens.signin import SignInScreen
    from tests.meeting.scene import PIN
    from tests.tui.conftest import sign_in

    await sign_in(pilot, SANNE.name, PIN)
    await wait_for(pilot, lambda: pilot.app.actor is not None
                   and not isinstance(pilot.app.screen, SignInScreen), timeout=10)
    await pilot.pause(0.1)
    await pilot.press("f11")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, FollowScreen), timeout=10)
    await pilot.pause(0.3)


async def test_chair_corrects_attendance_in_the_meeting_screen(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    award.meeting.join(PRIYA)
    app = build_app(award, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, CHAIR.name, CHAIR_PIN)
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, AttendanceScreen), timeout=10)
        chosen = app.screen.query_one("#attendance", SelectionList)
        assert set(chosen.selected) == {PRIYA.name, CHAIR.name}
        chosen.deselect(PRIYA.name)
        chosen.select(YOUSSEF.name)
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: isinstance(app.screen, ChairMeetingScreen)
                       and YOUSSEF.name in award.meeting.attendance(CHAIR)[1], timeout=10)
    assert award.meeting.attendance(CHAIR)[1] == tuple(sorted((CHAIR.name, YOUSSEF.name)))


async def test_signing_in_during_the_open_meeting_records_the_juror_present(award):
    from jury.tui.screens.signin import SignInScreen
    from tests.meeting.scene import PIN
    from tests.tui.conftest import sign_in

    meeting_ready(award)
    app = build_app(award, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:  # before the meeting: nothing recorded
        await sign_in(pilot, YOUSSEF.name, PIN)
        await wait_for(pilot, lambda: app.actor is not None
                       and not isinstance(app.screen, SignInScreen), timeout=10)
        await pilot.pause(0.3)
    award.meeting.open(CHAIR)
    assert award.meeting.attendance(CHAIR)[1] == ()
    app = build_app(award, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot, SANNE.name, PIN)
        await wait_for(pilot, lambda: SANNE.name in award.meeting.attendance(CHAIR)[1],
                       timeout=10)
    assert award.meeting.attendance(CHAIR)[1] == (SANNE.name,)


def test_the_minutes_are_settled_by_the_jurors_who_were_there(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    award.meeting.join(SANNE)
    award.meeting.join(YOUSSEF)
    award.meeting.close(CHAIR)
    award.minutes.sign_off(SANNE, agreed=True, remark="")
    assert award.minutes.minutes(CHAIR).provisional
    award.minutes.sign_off(YOUSSEF, agreed=True, remark="")
    minutes = award.minutes.minutes(CHAIR)
    assert not minutes.provisional  # Priya was absent: her signature is not awaited
    text = minutes_markdown(minutes, "nl")
    assert f"{PRIYA.name}: nog niet getekend" not in text
