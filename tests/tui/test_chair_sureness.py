"""The chair sees how sure the ranking is: chances beside it, close calls above it, readings
on the reliability tab, the entry's chances in the deliberation, and a close call's dialog
asks for a rationale."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from jury.models import ScoreData
from jury.services import Actor
from jury.text import markdown_literal as md
from jury.tui.screens.decisions import CategoryScreen
from jury.tui.screens.deliberation import EntryDeliberationScreen

from .conftest import CHAIR, JUROR, KEYS, OTHER, screen_text, wait_for
from .test_chair import at_chair, cells, show_tab

CHAIR_ACTOR = Actor(CHAIR, "chair")


@pytest.fixture
def scored(jury):
    """Both jurors scored everything, in a cycle that ties totals at the top."""
    entries = [e.id for e in jury.entries.list()]
    for name, offset in ((JUROR, 1), (OTHER, 0)):
        rows = [ScoreData(name, entry, key, float(4 + (n % 5) + offset))
                for n, entry in enumerate(entries) for key in KEYS]
        jury.scoring.record_scores(Actor(name, "juror"), rows)
    jury.scoring.submit(Actor(JUROR, "juror"), JUROR)
    return jury


async def test_the_ranking_shows_chances_and_close_calls_at_80_columns(make_app, scored):
    app = make_app(language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "ranking")
        table = screen.query_one("#ranking", DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        win, nominated = labels.index("Winst"), labels.index("Nom.")
        results = screen.data.report.results
        rows = [r for r in cells(table) if r[2] in results.chances.jurors]
        for row in rows:
            chance = results.chances.jurors[row[2]]
            assert row[win].endswith("%") and row[nominated].endswith("%")
            assert row[win] == f"{chance.win * 100:.0f}%" or row[win] in ("<1%", ">99%")
        # Both columns fit on screen beside the entry: their x offset is within 80 cells.
        offset = sum(c.get_render_width(table) for c in list(table.columns.values())[:nominated])
        assert offset + 5 <= 80
        assert results.robustness.close_calls, "the sample ties at the top"
        warning = screen.query_one("#ranking-warning", Static)
        assert warning.display
        assert "Nipte beslissing" in str(warning.render())


async def test_reliability_tab_reads_the_figures_in_words(make_app, scored):
    app = make_app(language="en")
    async with app.run_test(size=(140, 50)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "reliability")
        source = screen.query_one("#reliability").source
        assert "## What the figures mean for this decision" in source
        results = screen.data.report.results
        alpha = results.reliability["total"].alpha_interval
        assert f"Alpha {alpha:.3f}:".replace(".", "\\.") in source  # Markdown-escaped
        assert "## Chances" in source and "## Check: each juror's spread" in source
        assert md(results.ranking[0].entry) in source


async def test_the_deliberation_shows_the_entrys_chances(make_app, scored):
    app = make_app(language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "ranking")
        entry = screen.data.report.results.ranking[0].entry
        app.push_screen(EntryDeliberationScreen(CHAIR_ACTOR, entry, screen.data.report))
        def shown() -> bool:
            found = app.screen.query("#deliberation-head")
            return bool(found) and "Chance to win" in str(found.first(Static).render())

        await wait_for(pilot, shown)
        head = str(app.screen.query_one("#deliberation-head", Static).render())
        chance = screen.data.report.results.chances.jurors[entry]
        assert f"place {chance.rank_interval[0]}" in head
        assert "With weights ±20%" in head


async def test_a_close_call_asks_for_a_rationale_even_for_the_proposal(make_app, scored):
    scored.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    app = make_app(language="en")
    async with app.run_test(size=(140, 50)) as pilot:
        screen = await at_chair(pilot)
        calls = screen.data.report.results.robustness.close_calls
        category = next(c.category for c in calls if c.kind == "nominees")
        await show_tab(pilot, "decisions")
        row = [r.category for r in screen.data.report.choices.values()].index(category)
        screen.query_one("#choices", DataTable).move_cursor(row=2 * row)
        await pilot.click("#decide-nominees")
        await wait_for(pilot, lambda: isinstance(app.screen, CategoryScreen))
        assert "Close call" in str(app.screen.query_one("#close-call", Static).render())
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: "Close call: give a rationale." in screen_text(app), 10)
        assert isinstance(app.screen, CategoryScreen), "refused without a rationale"
        app.screen.query_one("#rationale", Input).value = "Nipt; de jury volgt het voorstel"
        # A button ignores clicks during its 0.2 s press effect, as it would a double click.
        confirm = app.screen.query_one("#confirm")
        await wait_for(pilot, lambda: not confirm.has_class("-active"))
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: screen.data.report.choices[category].nominees is not None)
    decided = scored.deliberation.decisions(CHAIR_ACTOR).categories
    assert decided[-1].rationale == "Nipt; de jury volgt het voorstel"
