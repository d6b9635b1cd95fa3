"""A juror's whole flow through the screens, asserting on the database first."""


from textual.widgets import Input, TextArea

from jury import repository
from jury.models import ScoreData
from jury.tui.screens.score import ScoreScreen
from jury.tui.widgets.entry_table import EntryTable
from jury.tui.widgets.score_field import ScoreField

from .conftest import (
    CHAIR,
    JUROR,
    KEYS,
    OTHER,
    actor,
    at_entry,
    at_list,
    screen_text,
    settle,
    sign_in,
    stored_scores,
    wait_for,
)


async def open_first(pilot) -> str:
    await at_list(pilot)
    await pilot.press("enter")
    await at_entry(pilot)
    return pilot.app.screen.entry_id


async def test_sign_in_shows_the_list_with_status_words(make_app):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        text = screen_text(app)
        assert "0 van 17 afgerond" in text
        assert "· te doen" in text
        table = app.screen.query_one(EntryTable)
        assert table.row_count == 17


async def test_score_three_criteria_with_notes(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        entry = await open_first(pilot)
        for position, value in enumerate(("7", "10", "6")):
            field = app.screen.query(ScoreField)[position]
            field.focus()
            await pilot.press(*value, "down")  # ↓ to the note below (Tab: the next score)
            await pilot.press(*f"notitie {position}")
        await pilot.press("tab")
        overall = app.screen.query_one("#overall-note", TextArea)
        overall.focus()
        await pilot.press(*"Mooi voorbeeld")
        app.screen.flush()
        await settle(pilot)
        assert "opgeslagen" in screen_text(app)
    scores = stored_scores(jury)
    assert scores[(entry, "innovation")] == (7.0, "notitie 0")
    assert scores[(entry, "transferability")] == (10.0, "notitie 1")
    assert scores[(entry, "effectiveness")] == (6.0, "notitie 2")
    with jury.entries.reading() as session:
        juror = repository.juror_by_name(JUROR, session=session)
        assert repository.entry_notes_for(juror.id, session=session)[entry].note == \
            "Mooi voorbeeld"


async def test_plus_and_minus_and_an_invalid_value(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        entry = await open_first(pilot)
        field = app.screen.query(ScoreField)[0]
        field.focus()
        await pilot.press("+", "+", "minus", "+")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 2.0
        await pilot.press("1", "1", "tab")
        await settle(pilot)
        refused = app.screen.query_one("#criterion-innovation #refused")
        assert "11: alleen hele cijfers van 1 tot 10. De score blijft 2." in str(
            refused.render())
        assert stored_scores(jury)[(entry, "innovation")][0] == 2.0


async def test_declare_and_withdraw_a_conflict_of_interest(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        entry = await open_first(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: bool(app.screen.query("#reason-personal")))
        app.screen.query_one("#reason-personal").value = True
        await pilot.click("#declare")
        await wait_for(pilot, lambda: isinstance(app.screen, ScoreScreen)
                       and app.screen.view.recusal is not None)
        assert "belangenconflict gemeld" in screen_text(app)
        with jury.entries.reading() as session:
            juror = repository.juror_by_name(JUROR, session=session)
            assert repository.recusal(juror.id, entry, session=session).reason == "personal"
        # Withdrawing asks first; Esc keeps the conflict, Enter withdraws it.
        await pilot.press("f4")
        await wait_for(pilot, lambda: "intrekken" in screen_text(app))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ScoreScreen))
        assert app.screen.view.recusal is not None
        await pilot.press("f4")
        await wait_for(pilot, lambda: "intrekken" in screen_text(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ScoreScreen)
                       and app.screen.view.recusal is None)
        with jury.entries.reading() as session:
            assert repository.recusal(juror.id, entry, session=session) is None
            actions = [e.action for e in repository.audit_events(session=session)]
        assert actions[-2:] == ["recusal.declared", "recusal.withdrawn"]


async def test_submit_shows_what_is_missing_then_locks(make_app, jury, secretary):
    entries = [e.id for e in jury.entries.list()]
    jury.scoring.record_scores(secretary, [ScoreData(JUROR, e, k, 6.0)
                                           for e in entries[1:] for k in KEYS])
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("f10")
        await pilot.pause()
        assert f"Nog niet af (1): {entries[0]}" in screen_text(app)
        await pilot.press("escape")
        jury.scoring.record_scores(secretary, [ScoreData(JUROR, entries[0], k, 8.0)
                                               for k in KEYS])
        app.screen.reload()
        await wait_for(pilot, lambda: app.screen.desk.count("scored") == 17)
        await pilot.press("f10")
        await pilot.pause()
        await pilot.click("#submit")
        await wait_for(pilot, lambda: app.screen.desk.submitted)
        assert "Ingediend" in screen_text(app)
        await pilot.press("enter")
        await at_entry(pilot)
        assert "vergrendeld" in screen_text(app)
        entry = app.screen.entry_id
        before = stored_scores(jury)[(entry, "innovation")]
        app.screen.query(ScoreField)[0].focus()
        await pilot.press("9", "tab")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")] == before
    with jury.entries.reading() as session:
        assert repository.juror_by_name(JUROR, session=session).submitted_at is not None


async def test_the_blind_rule_no_other_jurors_score_reaches_the_screen(make_app, jury, secretary):
    entries = [e.id for e in jury.entries.list()]
    jury.scoring.record_scores(secretary, [
        ScoreData(OTHER, e, "innovation", 3.0, "GEHEIM-NOTITIE") for e in entries])
    jury.scoring.set_entry_note(secretary, OTHER, entries[0], "GEHEIME-ALGEMENE-NOTITIE")
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await open_first(pilot)
        for _ in range(len(entries)):
            view = app.screen.view
            assert view.panel == [] and view.panel_notes == []
            text = screen_text(app)
            assert "GEHEIM" not in text and OTHER not in text
            app.screen.action_next()
            await wait_for(pilot, lambda v=view: app.screen.view is not v)
        assert not app.screen.query("#panel")


async def test_deliberation_shows_the_panel_read_only(make_app, jury, secretary):
    entries = [e.id for e in jury.entries.list()]
    jury.scoring.record_scores(secretary, [ScoreData(OTHER, e, "innovation", 3.0, "ZICHTBAAR")
                                           for e in entries])
    set_phase(jury, "deliberation")
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await open_first(pilot)
        text = screen_text(app)
        assert "Overleg: de scores staan vast" in text
        assert app.screen.query("#panel")
        app.screen.query_one("#entry-body").scroll_end(animate=False)
        await pilot.pause()
        assert "ZICHTBAAR" in screen_text(app)


async def test_read_only_in_final(make_app, jury):
    set_phase(jury, "final")
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        entry = await open_first(pilot)
        assert "definitief" in screen_text(app)
        app.screen.query(ScoreField)[0].focus()
        await pilot.press("8", "tab", *"nieuw")
        await settle(pilot)
        assert app.screen.query(Input)[0].disabled
    assert (entry, "innovation") not in stored_scores(jury)


async def test_a_score_changed_in_another_terminal_is_not_overwritten(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        entry = await open_first(pilot)
        jury.scoring.set_score(actor(), entry, "innovation", 9.0, "andere terminal")
        app.screen.query(ScoreField)[0].focus()
        await pilot.press("4", "tab")
        await settle(pilot)
        await pilot.pause(0.2)
        saved = str(app.screen.query_one("#saved").render())
        assert "NIET opgeslagen: elders gewijzigd (nu 9)" in saved
    assert stored_scores(jury)[(entry, "innovation")] == (9.0, "andere terminal")


def set_phase(services, phase: str) -> None:
    """Move the jury on as the chair does, through the service and its rules."""
    from jury.services import Actor

    chair = Actor(CHAIR, "chair")
    if services.award.phase() == "scoring":
        services.deliberation.change_phase(chair, "deliberation", confirm_unsubmitted=True)
    if phase == "final":
        report = services.results.compute(chair)
        for category in report.choices:
            nominees = [r.entry for r in report.results.ranking if r.category == category][:3]
            services.deliberation.decide_category(chair, category, "nominees", nominees,
                                                  "Nog niet gescoord")
            services.deliberation.decide_category(chair, category, "winner", nominees[:1],
                                                  "Nog niet gescoord")
        services.deliberation.change_phase(chair, "final")


async def test_the_chair_closing_the_scoring_mid_entry_turns_the_screen_read_only(make_app,
                                                                                 jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        entry = await open_first(pilot)
        assert app.screen.view.editable
        set_phase(jury, "deliberation")
        app.screen.query(ScoreField)[0].focus()
        await pilot.press("7", "tab")
        await settle(pilot)
        await wait_for(pilot, lambda: not app.screen.view.editable)
        saved = str(app.screen.query_one("#saved").render())
        assert "NIET opgeslagen: dat mag nu niet meer" in saved
        assert "Overleg: de scores staan vast" in screen_text(app)
    assert (entry, "innovation") not in stored_scores(jury)
