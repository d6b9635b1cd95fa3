"""The score field's contract, key by key: a score changes only when the juror means it.

Every key Textual defines (textual.keys.Keys) and every printable character is pressed on a
focused field, empty and holding a value; the database must then hold exactly what the
contract says, and nothing else may have been written (scores, notes, recusals, the audit
trail of those). Then typing sequences with pauses longer than any timer of the field.
"""

from __future__ import annotations

import asyncio
import string

import pytest
from textual.app import App, ComposeResult
from textual.keys import Keys

from jury import repository
from jury.award_settings import Scale
from jury.i18n import Strings
from jury.tui.screens.entries import EntryListScreen
from jury.tui.screens.score import ScoreScreen
from jury.tui.widgets import score_field
from jury.tui.widgets.score_field import ScoreField, Typing

from .conftest import JUROR, at_entry, at_list, settle, sign_in, stored_scores, wait_for

WHOLE = Scale(min=1, max=10, step=1)
HALF = Scale(min=1, max=10, step=0.5)

# Every key name Textual defines, once each, and every printable character plus a few a
# Dutch keyboard or a paste can produce.
KEY_NAMES = sorted({k.value for k in Keys})
CHARACTERS = sorted(set(string.printable) | set("é€−½²§±"))
CTRL_Q = "ctrl+q"  # quits the app: pressed in a test of its own
PRESSED: list[str] = []  # every key pressed on a field, for the figure in the report


# The pure part: what a typed text means on a scale ---------------------------------------

@pytest.mark.parametrize(("scale", "text", "kind"), [
    (WHOLE, "1", Typing.OPEN), (WHOLE, "10", Typing.COMPLETE), (WHOLE, "2", Typing.COMPLETE),
    (WHOLE, "9", Typing.COMPLETE), (WHOLE, "0", Typing.REFUSED), (WHOLE, "11", Typing.REFUSED),
    (WHOLE, "7,", Typing.REFUSED), (WHOLE, "7.", Typing.REFUSED), (WHOLE, ",", Typing.REFUSED),
    (HALF, "7", Typing.SETTLED), (HALF, "7,", Typing.OPEN), (HALF, "7,5", Typing.COMPLETE),
    (HALF, "7.5", Typing.COMPLETE), (HALF, "7,3", Typing.REFUSED), (HALF, "1", Typing.OPEN),
    (HALF, "10", Typing.COMPLETE), (HALF, "10,5", Typing.REFUSED),
    (HALF, "9,5", Typing.COMPLETE), (HALF, "7,0", Typing.COMPLETE),
    (Scale(min=0, max=100), "5", Typing.OPEN), (Scale(min=0, max=100), "50", Typing.COMPLETE),
    (Scale(min=0, max=100), "10", Typing.OPEN), (Scale(min=0, max=100), "100", Typing.COMPLETE),
    (Scale(min=0, max=100), "0", Typing.COMPLETE), (Scale(min=0, max=100), "101", Typing.REFUSED),
])
def test_what_a_typed_text_means(scale, text, kind):
    assert Typing(scale).classify(text) == kind


def test_the_value_of_a_finished_text():
    assert Typing(HALF).value("7,5") == 7.5 == Typing(HALF).value("7.5")
    assert Typing(HALF).value("7,") == 7.0
    assert Typing(WHOLE).value("7,") is None
    assert Typing(WHOLE).value("1") == 1.0


# Every key on a focused field, on the real app and database ------------------------------

def expected(character: str | None, key: str, before: float | None) -> float | None:
    """The contract on a 1–10 scale, one key, nothing typed before it."""
    char = character or ""
    if len(char) == 1 and char.isascii() and char.isdigit():
        return before if char in "01" else float(char)  # 0 refused, 1 waits for more
    if char == "+":
        return WHOLE.min if before is None else min(WHOLE.max, before + 1)
    if char in ("-", "−"):
        return WHOLE.max if before is None else max(WHOLE.min, before - 1)
    if key in ("backspace", "delete"):
        return None
    return before


def written(services) -> tuple:
    """Everything a juror's keys could write: scores, notes, recusals, their audit."""
    with services.entries.reading() as session:
        juror = repository.juror_by_name(JUROR, session=session)
        notes = {e: n.note for e, n in repository.entry_notes_for(juror.id, session=session)
                 .items()}
        recusals = sorted(r.entry_id for r in repository.recusals(session=session))
        audit = [(e.action, e.subject, e.new) for e in repository.audit_events(session=session)
                 if not e.action.startswith(("juror.language", "signin"))]
    return stored_scores(services), notes, recusals, audit


async def back_to_the_field(pilot, entry: str, index: int, order: list[str]) -> ScoreField:
    """Undo what a key did elsewhere (help, dialogs, palette, another entry, the list, the
    language, the theme) and focus the first score of `entry` again."""
    app = pilot.app
    for _ in range(5):
        if isinstance(app.screen, ScoreScreen | EntryListScreen):
            break
        app.pop_screen()
        await pilot.pause()
    if app.strings.language != "nl":
        app.set_language("nl", remember=False)
        await pilot.pause()
    app.theme = "textual-dark"
    if isinstance(app.screen, EntryListScreen):
        app.open_entry(app.actor, order, index)
    await wait_for(pilot, lambda: isinstance(app.screen, ScoreScreen)
                   and app.screen.view is not None)
    screen = app.screen
    if screen.entry_id != entry:
        screen.go(index)
        await wait_for(pilot, lambda: screen.view is not None and screen.view.id == entry)
    field = screen.query(ScoreField).first()
    field.focus()
    field.clear_typing()
    await pilot.pause()
    return field


# Each start on one database: the keys are the screen's; both databases still store them.
@pytest.mark.parametrize(("db_url", "start"), [("sqlite", 6.0), ("postgresql", None)],
                         ids=["sqlite-holding-6", "postgresql-empty"], indirect=["db_url"])
async def test_every_key_on_a_focused_field(make_app, jury, start):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await at_entry(pilot)
        screen = app.screen
        entry, index, order = screen.entry_id, screen.index, list(screen.order)
        field = await back_to_the_field(pilot, entry, index, order)
        if start is not None:
            await pilot.press("6")
            await settle(pilot)
        before = written(jury)
        assert before[0].get((entry, "innovation"), (None,))[0] == start
        keys = [k for k in KEY_NAMES if k != CTRL_Q] + CHARACTERS
        for key in keys:
            PRESSED.append(key)
            character = key if len(key) == 1 else None
            if character is None and key == "space":
                character = " "
            await pilot.press(key)
            if key == "1":
                # Waiting for a second digit: shown as typed, nothing stored yet.
                assert field.typed == "1", key
            await settle(pilot)
            now = written(jury)
            want = expected(character, key, start)
            value = now[0].get((entry, "innovation"), (None,))[0]
            assert value == want, f"{key!r}: {value} stored, the contract says {want}"
            others = {k: v for k, v in now[0].items() if k != (entry, "innovation")}
            assert others == {k: v for k, v in before[0].items()
                              if k != (entry, "innovation")}, f"{key!r} wrote another score"
            assert now[1:3] == before[1:3], f"{key!r} wrote a note or a recusal"
            if value == start:
                assert now[3] == before[3], f"{key!r} left a trace in the audit trail"
            field = await back_to_the_field(pilot, entry, index, order)
            if value != start:
                # Put the starting value back for the next key.
                if start is None:
                    await pilot.press("delete")
                else:
                    await pilot.press("6")
                await settle(pilot)
                field = await back_to_the_field(pilot, entry, index, order)
                before = written(jury)
    assert len(keys) > 250


async def test_ctrl_q_quits_without_changing_the_score(make_app, jury):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await at_entry(pilot)
        entry = app.screen.entry_id
        field = app.screen.query(ScoreField).first()
        field.focus()
        await pilot.press("7")
        await settle(pilot)
        PRESSED.append(CTRL_Q)
        await pilot.press(CTRL_Q)
        await pilot.pause(0.5)
    assert stored_scores(jury)[(entry, "innovation")][0] == 7.0
    assert app.return_code is not None or not app.is_running


def test_how_many_keys_the_field_test_presses():
    """Printed for the report: `pytest -s -k how_many`."""
    per_state = len([k for k in KEY_NAMES if k != CTRL_Q]) + len(CHARACTERS)
    print(f"\nkeys per state: {per_state}; states: 2; presses: {2 * per_state + 1}")
    assert per_state > 250


# Typing sequences, with pauses longer than any timer of the field -------------------------

@pytest.fixture
def quick_timer(monkeypatch):
    """The field's one timer, shortened so that waiting past it keeps the test quick."""
    monkeypatch.setattr(score_field, "TYPING_PAUSE", 0.4)
    return 0.8  # a pause well past it


async def on_first_field(pilot):
    await sign_in(pilot)
    await at_list(pilot)
    await pilot.press("enter")
    await at_entry(pilot)
    field = pilot.app.screen.query(ScoreField).first()
    field.focus()
    await pilot.pause()
    return pilot.app.screen.entry_id, field


async def test_one_pause_zero_is_ten(make_app, jury, quick_timer):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("1")
        await asyncio.sleep(quick_timer)
        await pilot.pause()
        await settle(pilot)
        assert (entry, "innovation") not in stored_scores(jury), "a pause saved '1'"
        assert field.typed == "1"
        await pilot.press("0")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 10.0
        assert field.value == 10.0 and field.typed == ""


async def test_one_then_enter_or_tab_is_one(make_app, jury, quick_timer):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("1")
        await asyncio.sleep(quick_timer)
        await pilot.press("enter")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 1.0
        second = app.screen.query(ScoreField)[1]
        second.focus()
        await pilot.press("1", "tab")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "transferability")][0] == 1.0


@pytest.mark.parametrize("separator", [",", "."])
async def test_a_decimal_on_a_whole_number_scale_is_refused_and_the_old_value_stays(
        make_app, jury, monkeypatch, separator):
    # "Straight after" is a person typing "7,5" in one go: on a loaded machine the keys of
    # the test can arrive further apart than a person's, so the window is widened here.
    monkeypatch.setattr(score_field, "TYPING_PAUSE", 2.0)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("7", separator, "5")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 6.0
        refused = str(app.screen.query_one("#criterion-innovation #refused").render())
        assert "alleen hele cijfers van 1 tot 10" in refused
        assert "De score blijft 6" in refused
        await asyncio.sleep(2.5)  # a pause well past the field's timer
        await pilot.pause()
        assert stored_scores(jury)[(entry, "innovation")][0] == 6.0
        # After the pause the juror types a whole number, and that one counts.
        await pilot.press("8")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 8.0


async def test_seven_pause_comma_five_is_refused_and_keeps_seven(
        make_app, jury, quick_timer, monkeypatch):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("7")
        await asyncio.sleep(quick_timer)
        # ",5" is typed in one go; a loaded machine may deliver the test's keys further
        # apart than the shortened timer, so the window after the refusal is widened.
        monkeypatch.setattr(score_field, "TYPING_PAUSE", 2.0)
        await pilot.press(",", "5")
        await asyncio.sleep(quick_timer)
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 7.0


async def test_a_digit_a_moment_after_a_refused_separator_is_not_a_new_score(
        make_app, jury, quick_timer, monkeypatch):
    """'7', ',' (refused on whole numbers), a second's hesitation, '5': the juror meant 7,5,
    so the 5 is part of the refused number, not a score of 5."""
    monkeypatch.setattr(score_field, "REFUSED_PAUSE", 3.0)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("7", ",")
        await asyncio.sleep(quick_timer)  # longer than the typing pause
        await pilot.press("5")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 6.0
        assert field.value == 6.0


async def test_tab_goes_from_score_to_score_and_never_into_a_note(make_app, jury):
    """'8 Tab 6 Tab 7', typed as in a spreadsheet, scores three criteria."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("8", "tab", "6", "tab", "7")
        await settle(pilot)
        scores = stored_scores(jury)
        assert [scores[(entry, key)][0] for key in ("innovation", "transferability",
                                                    "effectiveness")] == [8.0, 6.0, 7.0]
        view = app.services.views.entry(app.actor, entry)
        assert all(not s.note and not s.for_entrant for s in view.scores.values())
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query(ScoreField)[1]
        await pilot.press("down")  # ↓ visits the note below the score
        assert not isinstance(app.focused, ScoreField)


@pytest.mark.parametrize(("keys", "value"), [
    (("0",), None), (("1", "1"), None), (("1", "backspace", "8"), 8.0),
    (("1", "escape"), None), (("1", "tab"), 1.0), (("x",), None), (("plus", "plus"), 2.0),
    (("minus",), 10.0), (("5", "backspace"), None), (("5", "delete"), None),
])
async def test_typing_sequences_on_an_empty_field(make_app, jury, quick_timer, keys, value):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        for key in keys:
            await pilot.press(key)
            await asyncio.sleep(quick_timer)
        await settle(pilot)
        stored = stored_scores(jury).get((entry, "innovation"), (None,))[0]
        assert stored == value
        if keys == ("1", "escape"):
            assert isinstance(app.screen, ScoreScreen), "Esc took back the digit, not the entry"


async def test_a_letter_gets_a_hint_and_changes_nothing(make_app, jury):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("x")
        await settle(pilot)
        hint = str(app.screen.query_one("#criterion-innovation #refused").render())
        assert "Letters tellen niet" in hint and "hele cijfers van 1 tot 10" in hint
        assert (entry, "innovation") not in stored_scores(jury)


async def test_leaving_the_entry_with_a_number_half_typed_saves_it(make_app, jury):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("1", "f8")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 1.0


async def test_a_keypress_in_the_help_does_not_reach_a_half_typed_number(make_app, jury):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("1", "f1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.focused is field and field.typed == "1"
        await pilot.press("0")
        await settle(pilot)
        assert stored_scores(jury)[(entry, "innovation")][0] == 10.0


async def test_keys_typed_in_one_burst_land_where_the_focus_went(make_app, jury):
    """A terminal delivers fast typing in one go, and Textual routes every key of it to the
    widget focused when it arrives: '↓ ↓ ↓ 1 0' must score the next criterion 10 and leave
    the first one alone, however quickly it was typed."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        entry, field = await on_first_field(pilot)
        await pilot.press("8")
        await settle(pilot)
        for key, char in (("down", None), ("down", None), ("down", None), ("1", "1"),
                          ("0", "0")):
            app.post_message(events.Key(key, char))
        await pilot.pause(0.3)
        await settle(pilot)
        scores = stored_scores(jury)
        assert scores[(entry, "innovation")][0] == 8.0
        assert scores[(entry, "transferability")][0] == 10.0
        notes = [w.value for w in app.screen.query("#note, #for-entrant")]
        assert not any(notes), f"a digit went into a note: {notes}"


# A half-step scale: a field on its own, the values it posts ------------------------------

class FieldApp(App[None]):
    def __init__(self, scale: Scale, value: float | None = None) -> None:
        super().__init__()
        self.scale, self.start, self.changes = scale, value, []

    def compose(self) -> ComposeResult:
        yield ScoreField(self.scale, Strings("nl"), self.start, id="score")

    def on_mount(self) -> None:
        self.query_one(ScoreField).focus()

    def on_score_field_changed(self, event: ScoreField.Changed) -> None:
        self.changes.append(event.value)


@pytest.mark.parametrize(("keys", "changes"), [
    (("7", ",", "5"), [7.5]),
    (("7", ".", "5"), [7.5]),
    (("7", "wait", ",", "5"), [7.0, 7.5]),
    (("7", "wait"), [7.0]),
    (("1", "wait"), []),
    (("1", "wait", "0"), [10.0]),
    (("9", ",", "5", "wait"), [9.5]),
    (("7", ",", "3"), []),
    (("1", "0", ",", "5"), [10.0, None]),
])
async def test_half_step_scale(monkeypatch, keys, changes):
    monkeypatch.setattr(score_field, "TYPING_PAUSE", 0.4)
    app = FieldApp(HALF)
    async with app.run_test() as pilot:
        for key in keys:
            if key == "wait":
                await asyncio.sleep(0.8)
                await pilot.pause()
            else:
                await pilot.press(key)
        await pilot.pause()
        if changes[-1:] == [None]:
            # "10,5": 10 was saved at once, the separator refuses it and puts back the
            # value from before the number (empty).
            assert app.changes == changes
            assert app.query_one(ScoreField).value is None
        else:
            assert app.changes == changes
