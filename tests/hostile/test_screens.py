"""Every screen and dialog on a database full of hostile text: nothing crashes, the text is
on screen as written (control characters visible), and no click on it does anything.

What reaches the terminal is read from the compositor itself (the strips a driver would
write), so an escape byte or an action hidden in a style cannot slip past the check.
"""

from __future__ import annotations

import pytest

from jury.text import shown
from jury.tui.screens.score import ScoreScreen

from ..conftest import snapshot
from ..tui.conftest import at_entry, at_list, screen_text, settle, sign_in, wait_for
from .corpus import STORED, assert_no_escape_bytes, hostile_award

# Actions Textual itself puts on the screen (scroll bars); anything else must be a Markdown
# link, which SafeMarkdown answers with a question or a refusal.
TEXTUAL_ACTIONS = {"grab", "scroll_down", "scroll_up", "scroll_left", "scroll_right"}

# The screens on SQLite: what PostgreSQL stores of the same corpus, byte for byte, is
# test_corpus.py's part, on both databases.
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def scoring(db_url):
    built = hostile_award(db_url)
    yield built
    built.services.engine.dispose()


@pytest.fixture
def deliberating(db_url):
    built = hostile_award(db_url, phase="deliberation")
    yield built
    built.services.engine.dispose()


def make(built):
    from jury.tui.app import build_app

    return build_app(built.services, language="en")


def terminal(app) -> tuple[str, list[tuple[int, int, str]]]:
    """The screen as the terminal receives it: its text, and every action a click could run
    with its place (x, y, action)."""
    lines, actions = [], []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x, line = 0, []
        for segment in strip:
            if not segment.control:
                line.append(segment.text)
            meta = segment.style.meta if segment.style else {}
            for key, value in meta.items():
                if key.startswith("@"):
                    actions.append((x, y, str(value)))
            x += segment.cell_length
        lines.append("".join(line))
    return "\n".join(lines), actions


def check_terminal(app) -> str:
    """No control character reaches the terminal, and no action but Textual's own scroll bars
    and Markdown links (which ask first) is on screen. Returns the visible text."""
    text, actions = terminal(app)
    assert_no_escape_bytes(text)
    for _, _, action in actions:
        assert action in TEXTUAL_ACTIONS or action.startswith("link("), action
    return text


def visible(app, text: str) -> bool:
    """`text` is on screen as `shown` makes it (wrapping ignored)."""
    wanted = " ".join(shown(text).split())
    return wanted in screen_text(app) or wanted in " ".join(check_terminal(app).split())


async def open_entry(pilot, entry_id: str) -> ScoreScreen:
    """From the entry list (or a score screen), the score screen of `entry_id`."""
    app = pilot.app
    if not isinstance(app.screen, ScoreScreen):
        screen = app.screen
        index = [r.id for r in screen.shown].index(entry_id)
        screen.query_one("EntryTable").move_cursor(index)
        await pilot.press("enter")
        await at_entry(pilot)
    screen = app.screen
    assert isinstance(screen, ScoreScreen)
    if screen.view is None or screen.view.id != entry_id:
        screen.go(screen.order.index(entry_id))
        await wait_for(pilot, lambda: screen.view is not None and screen.view.id == entry_id)
    await pilot.pause()
    return screen


async def click_on(pilot, text: str) -> int:
    """A click on every place the terminal shows `text`; returns how many."""
    lines = terminal(pilot.app)[0].splitlines()
    places = [(line.find(text, start) + 1, y) for y, line in enumerate(lines)
              for start in range(len(line)) if line.startswith(text, start)]
    for place in places:
        await pilot.click(offset=place)
    return len(places)


def database(built):
    return snapshot(built.services.engine)


async def test_the_sign_in_list_shows_hostile_names_and_a_hostile_juror_signs_in(scoring):
    from textual.widgets import Select

    app = make(scoring)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names)
        assert visible(app, "Techniek Inclusief Award [@click=app.quit]Quit[/]")
        select = app.screen.query_one("#name", Select)
        select.focus()
        await pilot.press("enter")  # the list of names opens
        await pilot.pause()
        text = check_terminal(app)
        shown_names = [n for n in scoring.jurors.values() if " ".join(shown(n).split())[:30]
                       in " ".join(text.split())]
        assert len(shown_names) >= 6, text  # as many as the open list has room for
        assert "␛" in text
        await pilot.press("escape")
        name = scoring.jurors["click_quit"]
        await sign_in(pilot, name=name, pin=scoring.pin)
        await at_list(pilot)
        assert app.sub_title.startswith(name)
        assert visible(app, name[:20])  # in the header, as written
        check_terminal(app)
        assert app.is_running


async def test_the_entry_list_and_every_score_screen_show_hostile_text_as_written(scoring):
    app = make(scoring)
    async with app.run_test(size=(160, 50)) as pilot:
        await sign_in(pilot, name=scoring.juror, pin=scoring.pin)
        await at_list(pilot)
        listed = check_terminal(app)
        assert "[@cl" in listed and "␛" in listed
        for case in STORED:
            screen = await open_entry(pilot, scoring.entries[case.name])
            text = check_terminal(app)
            flat = " ".join(text.split())
            marker = " ".join(shown(case.marker).split())
            # The title in the heading, the e-mail among the facts, the note in its field.
            assert flat.count(marker) >= 2, (case.name, flat[:800])
            assert screen.view is not None and screen.view.title == case.text
        assert app.is_running


@pytest.mark.parametrize("case", ["click_screenshot", "click_quit"])
async def test_a_click_on_hostile_text_does_nothing(scoring, tmp_path, case):
    app = make(scoring)
    before = database(scoring)
    files = set(tmp_path.rglob("*"))
    async with app.run_test(size=(120, 40)) as pilot:
        await sign_in(pilot, name=scoring.juror, pin=scoring.pin)
        await at_list(pilot)
        screen = await open_entry(pilot, scoring.entries[case])
        # The heading, the organisation, the e-mail, the extra field, the notes.
        assert await click_on(pilot, "[@click=") >= 5
        await settle(pilot)
        assert app.is_running and app.screen is screen
    assert database(scoring) == before
    assert set(tmp_path.rglob("*")) == files  # no screenshot written anywhere


async def test_description_links_ask_before_opening_and_only_for_the_web(scoring, monkeypatch):
    from jury.tui.screens.link import LinkScreen

    app = make(scoring)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(120, 50)) as pilot:
        await sign_in(pilot, name=scoring.juror, pin=scoring.pin)
        await at_list(pilot)
        await open_entry(pilot, scoring.entries["sql"])

        def link(target: str) -> tuple[int, int]:
            places = [(x + 1, y) for x, y, action in terminal(app)[1] if target in action]
            assert places, f"no link to {target} on screen"
            return places[0]

        await pilot.click(offset=link("app.quit"))
        await wait_for(pilot, lambda: any("only http and https" in n.message
                                          for n in app._notifications))
        assert app.is_running and not isinstance(app.screen, LinkScreen)

        web = link("https://example.org/over-ons")
        await pilot.click(offset=web)
        await wait_for(pilot, lambda: isinstance(app.screen, LinkScreen))
        await pilot.pause()
        assert visible(app, "https://example.org/over-ons"), screen_text(app)
        await pilot.press("enter")  # Cancel has the focus: Enter alone opens nothing
        await wait_for(pilot, lambda: not isinstance(app.screen, LinkScreen))
        assert opened == []
        await pilot.click(offset=web)
        await wait_for(pilot, lambda: isinstance(app.screen, LinkScreen))
        await pilot.click("#open")
        await wait_for(pilot, lambda: opened)
        assert opened == ["https://example.org/over-ons"]
        # '[Lokaal bestand](file:///etc/passwd)' and '[@click=app.quit]' stay plain text.
        text, actions = terminal(app)
        assert not any("file:" in a or "javascript:" in a for _, _, a in actions)
        assert "[@click=app.quit]klik hier[/]" in text


async def test_the_recusal_and_submit_dialogs_show_ids_and_titles_as_written(scoring):
    from jury.tui.screens.dialogs import RecusalScreen, SubmitScreen

    app = make(scoring)
    async with app.run_test(size=(120, 40)) as pilot:
        # This juror scored nothing: every entry is missing, hostile ids among them.
        await sign_in(pilot, name=scoring.jurors["sql"], pin=scoring.pin)
        await at_list(pilot)
        app.screen.action_submit()
        await wait_for(pilot, lambda: isinstance(app.screen, SubmitScreen))
        await pilot.pause()
        text = check_terminal(app)
        assert "H0" in text
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, SubmitScreen))
        entry = scoring.entries["click_quit"]
        screen = await open_entry(pilot, entry)
        screen.action_recuse()
        await wait_for(pilot, lambda: isinstance(app.screen, RecusalScreen))
        await pilot.pause()
        assert visible(app, f"{entry} · [@click=app.quit]Quit[/]")
        check_terminal(app)
        await pilot.press("escape")
        assert app.is_running


TABS = ("progress", "ranking", "agenda", "jurors", "reliability", "decisions", "audit")


async def test_every_tab_of_the_chair_shows_hostile_text_as_written(deliberating):
    from textual.widgets import TabbedContent

    from jury.tui.screens.chair import ChairScreen

    app = make(deliberating)
    async with app.run_test(size=(200, 60)) as pilot:
        await sign_in(pilot, name=deliberating.chair, pin=deliberating.pin)
        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen)
                       and app.screen.data is not None)
        screen = app.screen
        seen = {}
        for tab in TABS:
            screen.query_one(TabbedContent).active = f"tab-{tab}"
            await pilot.pause(0.3)
            seen[tab] = " ".join(check_terminal(app).split())
        assert "[@click=app.screenshot(" in seen["progress"]
        assert "H01 [@click=app.quit]Quit[/]" in seen["ranking"]
        assert "[@click=bell]ring[/] #02" in seen["jurors"]
        assert "[link=file:///etc/passwd]" in seen["decisions"]  # a rationale, as written
        await wait_for(pilot, lambda: screen.query_one("#audit").row_count > 0)
        assert "␛]0;pwned␇" in " ".join(check_terminal(app).split())
        assert app.is_running


async def test_the_chair_deliberates_a_hostile_entry_and_its_dialogs_read_literally(
        deliberating):
    from textual.widgets import DataTable, TabbedContent

    from jury.tui.screens.chair import ChairScreen
    from jury.tui.screens.decisions import CategoryScreen, ConsensusScreen, ReasonScreen
    from jury.tui.screens.deliberation import EntryDeliberationScreen

    app = make(deliberating)
    before = database(deliberating)
    async with app.run_test(size=(200, 60)) as pilot:
        await sign_in(pilot, name=deliberating.chair, pin=deliberating.pin)
        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen)
                       and app.screen.data is not None)
        chair = app.screen
        # Every hostile entry opens on the table, the osc8 id with its colons too.
        for case in STORED:
            entry = deliberating.entries[case.name]
            app.push_screen(EntryDeliberationScreen(chair.actor, entry, chair.data.report))
            await wait_for(pilot, lambda: isinstance(app.screen, EntryDeliberationScreen)
                           and app.screen.query("#deliberation-scores")
                           and app.screen.query_one("#deliberation-scores").row_count > 0)
            await pilot.pause()
            text = " ".join(check_terminal(app).split())
            assert " ".join(shown(case.marker).split()) in text, case.name
            if case.name == "click_quit":
                app.screen.action_consensus()
                await wait_for(pilot, lambda: isinstance(app.screen, ConsensusScreen))
                await pilot.pause()
                assert visible(app, entry)
                check_terminal(app)
                await pilot.press("escape")
                await wait_for(pilot, lambda: not isinstance(app.screen, ConsensusScreen))
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is chair)
        # Opened from the ranking with Enter: the key is the id itself.
        chair.query_one(TabbedContent).active = "tab-ranking"
        ranking = chair.query_one("#ranking", DataTable)
        ranking.focus()
        row = ranking.get_row_index(deliberating.entries["osc8_link"])
        ranking.move_cursor(row=row)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryDeliberationScreen))
        await pilot.pause()
        assert app.screen.entry_id == deliberating.entries["osc8_link"]
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is chair)
        chair.query_one(TabbedContent).active = "tab-decisions"
        chair.decide("nominees")
        await wait_for(pilot, lambda: isinstance(app.screen, CategoryScreen))
        await pilot.pause()
        assert "[@click=app.screenshot(" in " ".join(check_terminal(app).split())
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is chair)
        chair.query_one(TabbedContent).active = "tab-jurors"
        jurors = chair.query_one("#jurors", DataTable)
        jurors.move_cursor(row=jurors.get_row_index(deliberating.jurors["click_quit"]))
        chair.reopen()
        await wait_for(pilot, lambda: isinstance(app.screen, ReasonScreen))
        await pilot.pause()
        assert visible(app, deliberating.jurors["click_quit"])
        await pilot.press("escape")
        assert app.is_running
    assert database(deliberating) == before
