"""The chair writes a laudatio on an entry's deliberation view: drafted from the jurors'
overall notes, saved through the service, refused outside the deliberation."""

from __future__ import annotations

from textual.widgets import DataTable, TextArea

from jury.services import Actor
from jury.tui.screens.deliberation import EntryDeliberationScreen
from jury.tui.screens.laudatio import LaudatioScreen
from jury.tui.widgets.toggles import ShapedSelectionList

from .conftest import CHAIR, JUROR, OTHER, screen_text, wait_for
from .test_chair import at_chair, cells, scored, show_tab  # noqa: F401  (fixture)

CHAIR_ACTOR = Actor(CHAIR, "chair")
MARKUP = "[b]Vet[/b] en [@click=app.quit]klik[/]"


async def open_entry(pilot, entry: str) -> None:
    screen = await at_chair(pilot)
    await show_tab(pilot, "ranking")
    table = screen.query_one("#ranking", DataTable)
    table.focus()
    table.move_cursor(row=next(i for i, r in enumerate(cells(table)) if r[2] == entry))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EntryDeliberationScreen)
                   and pilot.app.screen.query_one("#deliberation-scores",
                                                  DataTable).row_count)


async def test_the_chair_drafts_the_laudatio_from_the_jurors_notes(make_app, scored):  # noqa: F811
    scored.scoring.set_entry_note(Actor.secretary(), JUROR, "TIA-03",
                                  "Een aanpak die elk bedrijf kan overnemen.")
    scored.scoring.set_entry_note(Actor.secretary(), OTHER, "TIA-03", MARKUP)
    scored.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    app = make_app()
    async with app.run_test(size=(140, 44)) as pilot:
        await open_entry(pilot, "TIA-03")
        await pilot.press("f9")
        await wait_for(pilot, lambda: isinstance(app.screen, LaudatioScreen))
        # Outside text is shown as written, never read as markup.
        assert MARKUP in screen_text(app)
        notes = app.screen.query_one("#laudatio-notes", ShapedSelectionList)
        notes.select(0)
        await pilot.click("#take")
        await pilot.pause()
        area = app.screen.query_one("#laudatio-text", TextArea)
        assert area.text == "Een aanpak die elk bedrijf kan overnemen."
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("enter")
        await pilot.press(*"Een voorbeeld.")
        assert area.text.endswith("overnemen.\nEen voorbeeld.")
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: "TIA-03" in scored.deliberation.laudations(CHAIR_ACTOR))
        assert scored.deliberation.laudations(CHAIR_ACTOR)["TIA-03"].text == (
            "Een aanpak die elk bedrijf kan overnemen.\nEen voorbeeld.")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryDeliberationScreen))
        # Opened again, the dialog holds the stored text.
        await pilot.press("f9")
        await wait_for(pilot, lambda: isinstance(app.screen, LaudatioScreen))
        assert app.screen.query_one("#laudatio-text", TextArea).text.endswith(
            "Een voorbeeld.")


async def test_the_laudatio_waits_for_the_deliberation(make_app, scored):  # noqa: F811
    scored.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    app = make_app()
    async with app.run_test(size=(140, 44)) as pilot:
        await open_entry(pilot, "TIA-03")
        scored.deliberation.change_phase(CHAIR_ACTOR, "scoring", reason="Nog een ronde")
        app.screen.report = scored.results.compute(CHAIR_ACTOR)
        app.screen.refresh_bindings()
        await pilot.press("f9")
        await pilot.pause()
        assert not isinstance(app.screen, LaudatioScreen)
        assert scored.deliberation.laudations(CHAIR_ACTOR) == {}
