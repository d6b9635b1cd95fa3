"""What each screen looks like at 100×32, compared with approved snapshots.

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

import pytest

from jury.tui.app import build_app

from ..conftest import sample_award
from .conftest import JUROR, PIN, sign_in, wait_for

SIZE = (100, 32)


@pytest.fixture
def app(tmp_path):
    services = sample_award(f"sqlite:///{tmp_path / 'snap.db'}", JUROR, "Youssef El Amrani",
                            pin=PIN)
    return build_app(services)


async def signed_in(pilot):
    from jury.tui.screens.entries import EntryListScreen

    await sign_in(pilot)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EntryListScreen)
                   and pilot.app.screen.shown)


async def on_entry(pilot):
    from jury.tui.screens.score import ScoreScreen

    await signed_in(pilot)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ScoreScreen)
                   and pilot.app.screen.view is not None)
    await pilot.pause()


def test_sign_in(snap_compare, app):
    async def ready(pilot):
        await wait_for(pilot, lambda: pilot.app.screen.query("#name")
                       and pilot.app.screen.names)

    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_entry_list(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=signed_in)


def test_entry_list_filtered_in_english(snap_compare, app):
    async def run_before(pilot):
        await signed_in(pilot)
        await pilot.press("f2")
        await wait_for(pilot, lambda: pilot.app.strings.language == "en"
                       and pilot.app.screen.shown)
        await pilot.press("slash", *"lift")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_score_screen(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=on_entry)


def test_score_screen_criteria(snap_compare, app):
    async def run_before(pilot):
        await on_entry(pilot)
        pilot.app.screen.query_one("#criterion-innovation").scroll_visible(
            animate=False, top=True)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help(snap_compare, app):
    async def run_before(pilot):
        await signed_in(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
