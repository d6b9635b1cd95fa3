"""F1 on the meeting's screens shows the meeting's own help, in the reader's language."""

from __future__ import annotations

import pytest
from textual.widgets import Markdown

from jury.tui.app import build_app
from jury.tui.screens.dialogs import HelpScreen
from jury.tui.screens.meeting import ChairMeetingScreen, FollowScreen
from tests.meeting.scene import CHAIR, CHAIR_PIN, JURORS, PIN, meeting_ready
from tests.meeting.test_meeting_screens import into_meeting
from tests.tui.conftest import wait_for


def test_meeting_help_lists_every_key_of_both_screens_in_both_languages():
    from jury.i18n import Strings
    from jury.tui.meeting_help import meeting_help

    for language, chair, juror in (("nl", "De voorzitter", "Het jurylid"),
                                   ("en", "The chair", "The juror")):
        text = meeting_help(Strings(language))
        assert f"## {chair}" in text and f"## {juror}" in text
        for screen in (ChairMeetingScreen, FollowScreen):
            for binding in screen.BINDINGS:
                word = Strings(language)("key." + screen.KEY_TEXT[binding.id])
                assert word in text, (language, word)
        assert "| F10 |" in text and "| A |" in text and "| Esc |" in text


@pytest.mark.parametrize(("who", "pin", "language", "words"), [
    (CHAIR.name, CHAIR_PIN, "nl", "De juryvergadering"),
    (JURORS[0], PIN, "en", "The jury meeting"),
])
async def test_f1_on_a_meeting_screen_opens_the_meeting_help(award, who, pin, language, words):
    meeting_ready(award)
    award.meeting.open(CHAIR)
    app = build_app(award, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await into_meeting(pilot, who, pin)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), timeout=10)
        source = app.screen.query_one(Markdown).source
        assert source.startswith(f"# {words}")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ChairMeetingScreen | FollowScreen))
