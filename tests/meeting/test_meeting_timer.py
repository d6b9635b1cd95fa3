"""The chair's timer per item: counted from when she sets it, refused before an item is
chosen, and shown on her screen, the jurors' following screens and the projector."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jury.errors import ConflictError
from jury.i18n import Strings
from jury.services.meeting import SCREEN
from jury.tui.app import build_app
from jury.tui.screens.meeting import FollowScreen
from jury.tui.widgets.meeting_item import timer_text
from tests.meeting.scene import CHAIR, CHAIR_PIN, JURORS, PIN, juror, meeting_ready
from tests.meeting.test_meeting_screens import into_meeting, text
from tests.tui.conftest import wait_for

SANNE = juror(JURORS[0])


def test_timer_runs_from_when_it_is_set_and_only_on_an_item(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    with pytest.raises(ConflictError, match="choose the first item"):
        award.meeting.set_timer(CHAIR, 300)
    award.meeting.move(CHAIR, 0)
    started = award.meeting.view(CHAIR).item_started_at
    award.meeting.set_timer(CHAIR, 300)
    for reader in (CHAIR, SANNE, SCREEN):
        view = award.meeting.view(reader)
        assert view.timer_seconds == 300 and view.item_started_at >= started
        # Ten minutes into the item, a five-minute timer set now still has five minutes.
        assert timer_text(view, Strings("en"), view.item_started_at) == "⏱ 5:00"
        late = view.item_started_at + timedelta(seconds=330)
        assert timer_text(view, Strings("nl"), late) == "⏱ tijd om (0:30 over)"
    award.meeting.move(CHAIR, 1)
    assert award.meeting.view(SANNE).timer_seconds is None  # per item


async def test_juror_following_sees_the_timer_the_chair_sets(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    award.meeting.move(CHAIR, 0)
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, SANNE.name, PIN)
        assert isinstance(app.screen, FollowScreen) and text(app, "#meeting-timer") == ""
        award.meeting.set_timer(CHAIR, 120)
        await wait_for(pilot, lambda: "⏱ 1:5" in text(app, "#meeting-timer")
                       or "⏱ 2:00" in text(app, "#meeting-timer"), timeout=10)


async def test_chair_timer_key_before_an_item_says_why(award):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    app = build_app(award, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, CHAIR.name, CHAIR_PIN)
        assert app.screen.refusal("timer") == Strings("en")("meet.timer_need_item")
        await pilot.press("t")
        await pilot.pause(0.3)
        assert type(app.screen).__name__ == "ChairMeetingScreen"
        assert any("choose an item first" in n.message for n in app._notifications)
