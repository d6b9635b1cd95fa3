"""A save the database does not take: the juror's value stays on screen, marked not saved,
and Ctrl+S saves it once the database is free again."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Static

from ..conftest import sample_award
from .conftest import (
    CHAIR,
    JUROR,
    PIN,
    at_entry,
    at_list,
    screen_text,
    sign_in,
    stored_scores,
    wait_for,
)


@pytest.fixture
def quick_lock(monkeypatch):
    """A short busy timeout, so 'held longer than the timeout' takes a second, not a minute."""
    import jury.db

    monkeypatch.setattr(jury.db, "BUSY_TIMEOUT_MS", 100)


async def test_a_score_held_up_by_a_lock_stays_and_is_saved_again(quick_lock, tmp_path):
    from jury.tui.app import build_app
    from jury.tui.widgets.score_field import ScoreField

    path = tmp_path / "jury.db"
    services = sample_award(f"sqlite:///{path}", CHAIR, JUROR, pin=PIN)
    app = build_app(services)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            await sign_in(pilot)
            await at_list(pilot)
            await pilot.press("enter")
            await at_entry(pilot)
            entry = app.screen.entry_id
            # Another program takes the write lock and keeps it past every try.
            other.execute("BEGIN IMMEDIATE")
            field = app.screen.query(ScoreField)[0]
            field.focus()
            await pilot.press("8", "tab")
            await wait_for(pilot, lambda: "NIET opgeslagen" in screen_text(app), timeout=20)
            text = screen_text(app)
            said = str(app.screen.query_one("#saved", Static).render())
            assert "Een ander programma hield de database te lang bezet" in said
            assert "Ctrl+S slaat het opnieuw op" in said
            assert [n.message for n in app._notifications] == [said.removeprefix("✗ ")]
            # The key is offered in the footer while something waits to be saved again.
            assert app.screen.check_action("save_again", ()) is True
            assert "niet opgeslagen" in str(field.query_one("#mark", Static).render())
            assert "SELECT" not in text and "INSERT" not in text and "UPDATE" not in text
            # The value the juror typed is still there, and nothing reached the database.
            assert field.value == 8.0
            # (read beside the lock, as SQLite lets a reader do; the services would wait)
            with sqlite3.connect(path) as reader:
                assert reader.execute("SELECT count(*) FROM score").fetchone() == (0,)
            assert app.saver.unsaved == [(JUROR, entry, "innovation")]
            # The other program lets go; Ctrl+S saves what was typed.
            other.execute("ROLLBACK")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: stored_scores(services).get(
                (entry, "innovation"), (None,))[0] == 8.0, timeout=10)
            await wait_for(pilot, lambda: "opgeslagen" in str(
                field.query_one("#mark", Static).render()) and "niet" not in str(
                field.query_one("#mark", Static).render()))
            assert app.saver.unsaved == []
            assert app.screen.check_action("save_again", ()) is False
    finally:
        other.close()
        services.engine.dispose()


async def test_a_newer_value_replaces_the_one_not_saved(quick_lock, tmp_path):
    """Typing again after a failure saves the new value; Ctrl+S never brings the old back."""
    from jury.tui.app import build_app
    from jury.tui.widgets.score_field import ScoreField

    path = tmp_path / "jury.db"
    services = sample_award(f"sqlite:///{path}", CHAIR, JUROR, pin=PIN)
    app = build_app(services)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            await sign_in(pilot)
            await at_list(pilot)
            await pilot.press("enter")
            await at_entry(pilot)
            entry = app.screen.entry_id
            other.execute("BEGIN IMMEDIATE")
            field = app.screen.query(ScoreField)[0]
            field.focus()
            await pilot.press("4", "tab")
            await wait_for(pilot, lambda: app.saver.unsaved != [], timeout=20)
            other.execute("ROLLBACK")
            field.focus()
            await pilot.press("6", "tab")
            await wait_for(pilot, lambda: stored_scores(services).get(
                (entry, "innovation"), (None,))[0] == 6.0, timeout=10)
            assert app.saver.unsaved == []
            await pilot.press("ctrl+s")
            await pilot.pause(0.5)
            assert stored_scores(services)[(entry, "innovation")][0] == 6.0
    finally:
        other.close()
        services.engine.dispose()
