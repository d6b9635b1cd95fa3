"""Dialogs by keyboard: focus on the first control, Enter confirms what is shown, Esc cancels,
and check boxes and radio buttons show their state in shape, not colour alone."""

from __future__ import annotations

from textual.app import App
from textual.widgets import RadioSet

from jury.i18n import Strings
from jury.tui.screens.decisions import PhaseScreen
from jury.tui.screens.dialogs import ConfirmScreen, RecusalScreen
from jury.tui.widgets.toggles import ShapedCheckbox, ShapedRadioButton

NL = Strings("nl")


class Host(App[None]):
    """An empty app that opens one dialog and keeps what it returned."""

    def __init__(self, dialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.answers: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.answers.append)


async def test_enter_confirms_the_phase_shown_and_never_the_highlighted_line():
    app = Host(PhaseScreen(NL, "deliberation", []))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, RadioSet), "the first control has the focus"
        # Moving the highlight to 'scoring' and pressing Enter keeps 'final' (◉): only Space
        # or a click chooses.
        await pilot.press("up", "enter")
        await pilot.pause()
    assert app.answers == [("final", "", False)]


async def test_space_chooses_and_going_back_asks_for_a_reason():
    app = Host(PhaseScreen(NL, "deliberation", []))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("up", "space", "enter")
        await pilot.pause()
        assert app.answers == []
        assert "Geef een reden" in str(app.screen.query_one("#problem").render())
        await pilot.press(*"herstel", "enter")
        await pilot.pause()
    assert app.answers == [("scoring", "herstel", False)]


async def test_escape_cancels_and_enter_on_cancel_cancels():
    app = Host(ConfirmScreen(NL, "Intrekken", "TIA-01", "Zeker?", "Intrekken"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.answers == [None]
    app = Host(ConfirmScreen(NL, "Intrekken", "TIA-01", "Zeker?", "Intrekken"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#cancel").focus()
        await pilot.press("enter")
        await pilot.pause()
    assert app.answers == [None]


async def test_the_recusal_dialog_opens_on_its_choice_and_enter_declares_it():
    app = Host(RecusalScreen(NL, "TIA-01 · Een titel"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, RadioSet)
        await pilot.press("enter")
        await pilot.pause()
    assert app.answers == [("professional", "")]


async def test_the_recusal_dialogs_buttons_are_in_view_at_80_by_24():
    from jury.tui.widgets.reading_scroll import in_view

    app = Host(RecusalScreen(NL, "TIA-01 · " + "Een heel lange titel " * 8))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert in_view(app.screen.query_one("#declare"))
        assert in_view(app.screen.query_one("#cancel"))


async def test_check_boxes_and_radio_buttons_show_their_state_in_shape():
    box, radio = ShapedCheckbox("Toch verder"), ShapedRadioButton("overleg")
    assert (box.BUTTON_INNER, radio.BUTTON_INNER) == ("☐", "○")
    box.value, radio.value = True, True
    assert (box.BUTTON_INNER, radio.BUTTON_INNER) == ("☑", "◉")
