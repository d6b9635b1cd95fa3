"""The small points a juror and the chair ran into, each held in place by a test."""

from __future__ import annotations

from textual.widgets import Button, DataTable, Input, Select, TabbedContent

from jury import repository
from jury.tui.screens.entries import EntryListScreen
from jury.tui.screens.score import ScoreScreen

from .conftest import CHAIR, JUROR, at_entry, at_list, screen_text, sign_in, wait_for
from .scenes import deliberation_entry, demo, final, scored, tab


async def test_back_on_the_list_the_cursor_is_on_the_entry_just_left(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await at_entry(pilot)
        await pilot.press("f8", "f8")
        await wait_for(pilot, lambda: app.screen.index == 2 and app.screen.view.id
                       == app.screen.entry_id)
        left = app.screen.entry_id
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryListScreen))
        await pilot.pause(0.3)
        screen = app.screen
        assert screen.shown[screen.query_one("#entry-table").cursor_row].id == left
        await pilot.press("enter")
        await at_entry(pilot)
        assert app.screen.entry_id == left


async def test_f9_says_what_is_left_outside_a_search(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("slash", *"zzzz-geen-treffer", "enter")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("daarbuiten nog 17" in m for m in said), said
        assert not any("niets meer te doen" == m for m in said)


async def test_an_empty_pin_is_never_an_attempt(make_app, jury):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names)
        app.screen.query_one("#name", Select).value = JUROR
        app.screen.query_one("#pin", Input).focus()
        for _ in range(6):
            await pilot.press("enter")
            await pilot.pause()
        assert "Typ je pincode" in screen_text(app)
        await pilot.press(*"2468", "enter")
        await at_list(pilot)
    with jury.entries.reading() as session:
        failed = repository.audit_events(session=session, action="signin.failed")
        assert failed == [] or list(failed) == []
        assert repository.juror_by_name(JUROR, session=session).failed_signins == 0


async def test_sign_in_goes_name_then_pin_then_button_and_names_the_juror(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names)
        assert app.focused is app.screen.query_one("#name")
        app.screen.query_one("#name", Select).value = JUROR
        await pilot.pause()
        assert app.focused is app.screen.query_one("#name"), "choosing keeps the focus"
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#pin")
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#signin-button", Button)
        app.screen.query_one("#pin", Input).focus()
        await pilot.press(*"2468", "enter")
        await at_list(pilot)
        assert f"{JUROR} (jurylid)" in screen_text(app)


async def test_the_chairs_f1_is_the_chairs_help(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot, name=CHAIR)
        from jury.tui.screens.chair import ChairScreen

        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen))
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "De tafel van de voorzitter" in text and "Zo werkt scoren" not in text
        help_text = app.screen.query_one("Markdown").source
        assert "| F11 |" in help_text and "**Feedback**" in help_text


async def test_the_meeting_key_is_offered_only_once_signed_in(make_app):
    def offered() -> set[str]:
        return {b.binding.action for b in app.screen.active_bindings.values()}

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names)
        assert "meeting" not in offered()
        await pilot.press("f11")  # does nothing before anyone signed in
        assert type(app.screen).__name__ == "SignInScreen"
        await sign_in(pilot)
        await at_list(pilot)
        assert "meeting" in offered()


async def test_consensus_is_not_offered_during_scoring_and_says_why(tmp_path):
    from jury.tui.app import build_app
    from jury.tui.screens.deliberation import EntryDeliberationScreen

    app = build_app(scored(tmp_path), language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await deliberation_entry(pilot)
        screen = app.screen
        assert isinstance(screen, EntryDeliberationScreen)
        assert screen.check_action("consensus", ()) is None  # dimmed, not offered
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, EntryDeliberationScreen), "no consensus form opened"
        assert any("pas in het overleg" in n.message for n in app._notifications)


async def test_final_is_read_only_and_the_ranking_marks_the_winner(tmp_path):
    from jury.tui.app import build_app

    app = build_app(final(tmp_path), language="nl")
    async with app.run_test(size=(120, 36)) as pilot:
        await tab("decisions")(pilot)
        screen = app.screen
        assert screen.query_one("#decide-nominees", Button).disabled
        assert screen.query_one("#decide-winner", Button).disabled
        assert screen.query_one("#reopen", Button).disabled
        screen.query_one(TabbedContent).active = "tab-ranking"
        await pilot.pause()
        table = screen.query_one("#ranking", DataTable)
        choice = [k.value for k in table.columns].index("choice")
        marks = [str(table.get_row_at(r)[choice]) for r in range(table.row_count)]
        assert sum("♛ winnaar" in m for m in marks) == 2
        assert sum("★ genomineerd" in m for m in marks) >= 2


async def test_the_agenda_names_the_criterion_of_an_outlier(tmp_path):
    from jury.tui.app import build_app

    app = build_app(demo(tmp_path), language="nl")
    async with app.run_test(size=(120, 36)) as pilot:
        await tab("agenda")(pilot)
        table = app.screen.query_one("#agenda", DataTable)
        reasons = [str(table.get_row_at(r)[3]) for r in range(table.row_count)]
        outliers = [r for r in reasons if "uitschieter bij" in r]
        assert outliers, reasons
        # "uitschieter bij Vernieuwing", never "uitschieter bij;" or a bare end.
        assert all(r.split("uitschieter bij ")[1][:1].isalpha() for r in outliers), outliers


async def test_a_recused_entry_shows_no_fields_to_fill_in(make_app, jury):
    from jury.services import Actor
    from jury.tui.widgets.score_field import ScoreField

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        first = app.screen.shown[0].id
        jury.scoring.declare_recusal(Actor(JUROR, "juror"), JUROR, first, "personal", "")
        await pilot.press("enter")
        await at_entry(pilot)
        assert isinstance(app.screen, ScoreScreen) and app.screen.view.recusal is not None
        assert not app.screen.query(ScoreField)
        hints = [str(w.render()) for w in app.screen.query(".hint")]
        assert any("F4 trekt het belangenconflict in" in h for h in hints), hints


async def test_a_score_typed_on_a_locked_entry_says_why_and_changes_nothing(tmp_path):
    from jury.tui.app import build_app

    from .scenes import at_entry as at_first_entry

    services = final(tmp_path)
    app = build_app(services, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await at_first_entry(pilot)
        entry = app.screen.entry_id
        before = services.views.entry(app.actor, entry).scores
        await pilot.press("7", "8")
        await wait_for(pilot, lambda: app._notifications)
        messages = [str(n.message) for n in app._notifications]
        assert messages == ["De uitslag is definitief: niets kan nog veranderen."], messages
        assert services.views.entry(app.actor, entry).scores == before


async def test_enter_on_the_nominee_cut_off_line_says_what_it_is(tmp_path):
    from jury.tui.app import build_app
    from jury.tui.screens.chair import ChairScreen

    app = build_app(scored(tmp_path), language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await tab("ranking")(pilot)
        table = app.screen.query_one("#ranking", DataTable)
        line = next(n for n, key in enumerate(table.rows) if key.value.startswith("_cutoff"))
        table.focus()
        table.move_cursor(row=line)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app._notifications)
        assert isinstance(app.screen, ChairScreen)
        assert "nominatiegrens, geen inzending" in str(list(app._notifications)[-1].message)
