"""The chair's meeting screen speaks to the chair and offers only what applies."""

from __future__ import annotations

from jury.tui.app import build_app
from jury.tui.screens.meeting import ChairMeetingScreen
from tests.meeting.scene import CHAIR, CHAIR_PIN, meeting_ready
from tests.meeting.test_meeting_screens import text
from tests.tui.conftest import sign_in, wait_for


def offered(app) -> set[str]:
    return {b.binding.action for b in app.screen.active_bindings.values()}


async def test_chair_reads_her_next_step_and_the_footer_offers_only_what_applies(award):
    from jury.tui.screens.signin import SignInScreen

    meeting_ready(award)
    app = build_app(award, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot, CHAIR.name, CHAIR_PIN)
        await wait_for(pilot, lambda: app.actor is not None
                       and not isinstance(app.screen, SignInScreen), timeout=10)
        await pilot.pause(0.1)
        await pilot.press("f11")
        await wait_for(pilot, lambda: isinstance(app.screen, ChairMeetingScreen)
                       and "geen vergadering" in text(app, "#meeting-head"), timeout=10)
        head = text(app, "#meeting-head")
        assert "Open die met O" in head and "beraadslaging" not in head
        assert "open_meeting" in offered(app)
        assert not {"step(1)", "timer", "close_meeting", "attendance"} & offered(app)
        await pilot.press("o")
        await wait_for(pilot, lambda: app.screen.view is not None, timeout=10)
        await pilot.pause(0.2)
        head = text(app, "#meeting-head")
        assert "Kies het eerste punt" in head and "de voorzitter kiest" not in head
        assert "open_meeting" not in offered(app)
        assert {"step(1)", "timer", "close_meeting", "attendance"} <= offered(app)
        await pilot.press("x")  # asked first
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmScreen")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen.view.closed_at is not None, timeout=10)
        await pilot.pause(0.2)
        assert "juryleden tekenen" in text(app, "#meeting-head")
        assert "open_meeting" in offered(app) and "close_meeting" not in offered(app)


def test_the_jurors_text_names_the_phase_as_the_tool_does():
    from jury.i18n import STRINGS

    assert "overleg" in STRINGS["meet.none"][0]
    assert not any("beraadslaging" in nl for nl, _ in STRINGS.values())
