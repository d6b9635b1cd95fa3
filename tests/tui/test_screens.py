"""Language, help, the command palette, the chair's landing, a small terminal."""

from jury import repository
from jury.tui.screens.chair import ChairScreen
from jury.tui.screens.dialogs import HelpScreen
from jury.tui.screens.entries import EntryListScreen
from jury.tui.screens.score import ScoreScreen

from .conftest import CHAIR, JUROR, at_entry, at_list, screen_text, sign_in, wait_for


async def test_switching_language_is_remembered_for_the_juror(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("f2")
        await wait_for(pilot, lambda: "0 of 17 done" in screen_text(app))
        assert "to do" in screen_text(app) and "Nederlands" in screen_text(app)
    with jury.entries.reading() as session:
        assert repository.juror_by_name(JUROR, session=session).language == "en"
    again = make_app()
    async with again.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await wait_for(pilot, lambda: "0 of 17 done" in screen_text(again))


async def test_help_opens_with_f1_and_question_mark(make_app):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, EntryListScreen))
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "Zo werkt scoren" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_command_palette_commands_read_group_colon_verb(make_app):
    app = make_app(language="en")
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ScoreScreen))
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Score: next unscored entry" in titles
        assert "Entry: declare conflict of interest" in titles
        ours = titles[:titles.index("Help: scoring and keys") + 1]
        assert all(": " in title for title in ours)


async def test_the_chair_lands_on_the_chairs_screen(make_app):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot, name=CHAIR)
        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen))
        text = screen_text(app)
        for tab in ("Voortgang", "Rangorde", "Agenda", "Juryleden", "Betrouwbaarheid",
                    "Besluiten", "Logboek"):
            assert tab in text


async def test_usable_at_80_by_24(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        assert "van 17 afgerond" in screen_text(app)
        await pilot.press("f9")
        await at_entry(pilot)
        text = screen_text(app)
        assert "F8 Volgende" in text and "Lijst" in text and "F1 Hulp" in text


async def test_high_contrast_theme_toggles(make_app):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("f3")
        assert app.theme == "jury-high-contrast"
        await pilot.press("f3")
        assert app.theme == "textual-dark"


async def test_the_mouse_opens_an_entry_and_keys_move_through_a_long_list(make_app):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        table = app.screen.query_one("#entry-table")
        await pilot.press("end")
        assert table.cursor_row == 16
        await pilot.press("home", "down", "down")
        assert table.cursor_row == 2
        third = app.screen.shown[3].id
        await pilot.click("#entry-table", offset=(5, 4))
        assert table.cursor_row == 3
        await pilot.click("#entry-table", offset=(5, 4))
        await at_entry(pilot)
        assert app.screen.entry_id == third


async def test_the_chair_exports_the_ranked_workbook(make_app, tmp_path):
    from openpyxl import load_workbook
    from textual.widgets import Input

    app = make_app(language="en")
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot, name=CHAIR)
        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen))
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Export: ranked workbook" in titles
        await pilot.press("f5")
        await pilot.pause()
        target = tmp_path / "ceremonie.xlsx"
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.click("#write")
        await wait_for(pilot, target.exists)
    assert load_workbook(target).sheetnames[0] == "Ranking SME"
