"""The chair's table through the Pilot: each tab, a deliberation, decisions and the record."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, TabbedContent

from jury.models import ScoreData
from jury.services import Actor
from jury.tui.screens.chair import ChairScreen
from jury.tui.screens.decisions import CategoryScreen
from jury.tui.screens.deliberation import EntryDeliberationScreen

from .conftest import CHAIR, JUROR, KEYS, OTHER, screen_text, sign_in, wait_for

CHAIR_ACTOR = Actor(CHAIR, "chair")


@pytest.fixture
def scored(jury):
    """Both jurors scored everything; on TIA-03 they are far apart on effectiveness."""
    entries = [e.id for e in jury.entries.list()]
    for name, offset in ((JUROR, 1), (OTHER, 0)):
        rows = [ScoreData(name, entry, key, float(4 + (n % 5) + offset))
                for n, entry in enumerate(entries) for key in KEYS]
        jury.scoring.record_scores(Actor(name, "juror"), rows)
    jury.scoring.set_score(Actor(JUROR, "juror"), "TIA-03", "effectiveness", 10,
                           "Sterke cijfers over doorstroom", expected_version=1)
    jury.scoring.set_score(Actor(OTHER, "juror"), "TIA-03", "effectiveness", 2,
                           "Geen bewijs van effect", expected_version=1)
    jury.scoring.submit(Actor(JUROR, "juror"), JUROR)
    return jury


async def at_chair(pilot) -> ChairScreen:
    await sign_in(pilot, name=CHAIR)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChairScreen)
                   and pilot.app.screen.data is not None)
    return pilot.app.screen


async def show_tab(pilot, name: str) -> None:
    pilot.app.screen.query_one(TabbedContent).active = f"tab-{name}"
    await pilot.pause()


def cells(table: DataTable) -> list[list[str]]:
    return [[str(getattr(c, "plain", c)) for c in table.get_row_at(r)]
            for r in range(table.row_count)]


async def test_progress_shows_each_juror_and_who_has_not_submitted(make_app, scored):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await at_chair(pilot)
        text = screen_text(app)
        assert f"Nog niet ingediend: {OTHER}." in text
        jurors = cells(screen.query_one("#progress-jurors", DataTable))
        assert [JUROR, "17", "0", "0", "0", "✓ ja"] in jurors
        assert [OTHER, "17", "0", "0", "0", "· nee"] in jurors
        matrix = cells(screen.query_one("#progress-matrix", DataTable))
        assert matrix[0][2:] == ["✓ gescoord", "✓ gescoord"]


async def test_ranking_switches_aggregate_sorts_and_puts_flags_first(make_app, scored):
    app = make_app(language="en")
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "ranking")
        table = screen.query_one("#ranking", DataTable)
        rows = cells(table)
        assert rows[0][1] == "1"
        flagged = next(r for r in rows if r[2] == "TIA-03")
        flags = list(table.columns).index("flags")
        assert "⚠ disagreement on Effectiveness" in flagged[flags]
        # The nominee cut-off is drawn under the last proposed nominee of each category.
        assert sum("nominee cut-off" in r[3] for r in rows) == 2
        choice = list(table.columns).index("choice")
        proposed = [r for r in rows if r[choice] and not r[choice].startswith("─")]
        assert len(proposed) == 6 and all("☆ proposed" in r[choice] for r in proposed)
        assert "adjusted for leniency" in screen_text(app)
        await pilot.press("f6")
        await wait_for(pilot, lambda: screen.data.report.results.aggregate == "mean")
        assert "Aggregate: mean" in screen_text(app)
        await pilot.press("f7")
        has_flag = {r.entry: any(f.kind != "consensus" for f in r.flags)
                    for r in screen.data.report.results.ranking}
        flagged = [has_flag[r[2]] for r in cells(table)]
        assert any(flagged) and not all(flagged)
        assert flagged == sorted(flagged, reverse=True), "flagged entries first"
        table.focus()
        await pilot.click("#ranking", offset=(30, 0))
        await pilot.pause()
        titles = [r[3] for r in cells(table)]
        assert titles == sorted(titles, key=str.lower)


async def test_agenda_puts_the_split_entry_on_top(make_app, scored):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "agenda")
        rows = cells(screen.query_one("#agenda", DataTable))
        mkb = [r for r in rows if r[0] == "MKB"]
        assert mkb[0][2] == "TIA-03" and "spreiding 8" in mkb[0][3]


async def test_deliberating_an_entry_shows_every_juror_and_records_a_consensus(make_app,
                                                                              scored):
    scored.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    app = make_app()
    async with app.run_test(size=(140, 44)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "ranking")
        table = screen.query_one("#ranking", DataTable)
        table.focus()
        table.move_cursor(row=next(i for i, r in enumerate(cells(table)) if r[2] == "TIA-03"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryDeliberationScreen)
                       and app.screen.query_one("#deliberation-scores", DataTable).row_count)
        text = screen_text(app)
        assert "Sterke cijfers over doorstroom" in text and "Geen bewijs van effect" in text
        assert "oneens over" in text and "●───" in text
        rows = cells(app.screen.query_one("#deliberation-scores", DataTable))
        assert [JUROR, "10,0"] == [rows[0][0], rows[0][3]]
        assert rows[-1][3] == "2–10"
        await pilot.press("f8")
        await pilot.pause()
        await pilot.click("#target-effectiveness")
        app.screen.query_one("#value", Input).value = "7"
        app.screen.query_one("#rationale", Input).value = "Na herlezing: effect aangetoond"
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: scored.deliberation.decisions(CHAIR_ACTOR).consensus)
        decision = scored.deliberation.decisions(CHAIR_ACTOR).consensus[0]
        assert (decision.entry, decision.criterion, decision.value) == ("TIA-03",
                                                                        "effectiveness", 7)
        # The entry is read again with the ranking: on a loaded machine that takes a while.
        await wait_for(pilot, lambda: "Afgesproken" in screen_text(app), timeout=40)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen))


async def test_the_chair_moves_on_chooses_nominees_and_winners_and_goes_final(make_app,
                                                                           scored):
    from textual.widgets import Checkbox

    app = make_app(language="en")
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await at_chair(pilot)
        await pilot.press("f8")
        await pilot.pause()
        assert f"Not submitted yet: {OTHER}." in screen_text(app)
        await pilot.click("#confirm")
        assert "First confirm moving on" in screen_text(app)
        app.screen.query_one("#confirm-unsubmitted", Checkbox).value = True
        await pilot.pause(0.3)  # a button ignores a second click within its 0.2 s press effect
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: screen.data.report.phase == "deliberation")
        await show_tab(pilot, "decisions")
        for row, category in ((0, "mkb"), (2, "groot")):
            for kind in ("nominees", "winner"):
                choices = screen.query_one("#choices", DataTable)
                if kind == "nominees":
                    choices.move_cursor(row=row)
                    await pilot.click(f"#decide-{kind}")
                else:  # Enter on the winner's row does what the button does
                    choices.focus()
                    choices.move_cursor(row=row + 1)
                    await pilot.press("enter")
                await wait_for(pilot, lambda: isinstance(app.screen, CategoryScreen))
                # The sample's totals tie at the top: a close call needs a rationale.
                app.screen.query_one("#rationale", Input).value = "Nipt; voorstel gevolgd"
                await pilot.click("#confirm")
                await wait_for(pilot, lambda k=kind, c=category: getattr(
                    screen.data.report.choices[c], k) is not None)
                await pilot.pause(0.3)
        await pilot.press("f8")
        await pilot.pause()
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: screen.data.report.phase == "final")
        assert "frozen at" in screen_text(app)
    assert scored.award.phase() == "final"


async def test_the_record_filters_as_the_chair_types(make_app, scored):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "audit")
        table = screen.query_one("#audit", DataTable)
        await wait_for(pilot, lambda: table.row_count > 100)
        screen.query_one("#audit-action", Input).value = "scoring"
        await wait_for(pilot, lambda: table.row_count == 1)
        # The record says what happened and who did it in words, not the stored keys
        # ('scoring.submitted', 'juror:Name').
        assert cells(table)[0][2] == "beoordeling ingediend"
        assert cells(table)[0][1].endswith("(jurylid)") and ":" not in cells(table)[0][1]
        screen.query_one("#audit-action", Input).value = ""
        screen.query_one("#audit-search", Input).value = "TIA-03 · effectiveness"
        await wait_for(pilot, lambda: table.row_count == 4)


async def test_a_tie_no_rule_breaks_is_ordered_by_the_jury(make_app, scored):
    from textual.widgets import SelectionList

    from jury.tui.screens.decisions import TieScreen

    scored.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    app = make_app(language="en")
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "ranking")
        table = screen.query_one("#ranking", DataTable)
        rows = screen.data.report.results.ranking
        tied = next(r for r in rows if any(f.kind == "tie" for f in r.flags))
        group = [r.entry for r in rows if (r.category, r.rank) == (tied.category, tied.rank)]
        table.focus()
        table.move_cursor(row=next(i for i, r in enumerate(cells(table)) if r[2] == tied.entry))
        await pilot.press("f9")
        await wait_for(pilot, lambda: isinstance(app.screen, TieScreen))
        order = app.screen.query_one(SelectionList)
        for entry in reversed(group):
            order.select(entry)
        await pilot.click("#confirm")
        assert "rationale" in screen_text(app).lower()
        app.screen.query_one("#rationale", Input).value = "Bredere aanpak in de regio"
        await pilot.pause(0.3)
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: any(
            r.tie_break == "chair" for r in screen.data.report.results.ranking))
        ranks = {r.entry: r.rank for r in screen.data.report.results.ranking}
        assert [ranks[e] for e in reversed(group)] == sorted(ranks[e] for e in group)
    decision = scored.deliberation.decisions(CHAIR_ACTOR).categories[-1]
    assert (decision.kind, list(decision.chosen)) == ("tie", list(reversed(group)))


async def test_jurors_tab_shows_leniency_and_reopens_a_submission(make_app, scored):
    app = make_app(language="en")
    async with app.run_test(size=(160, 44)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "jurors")
        table = screen.query_one("#jurors", DataTable)
        rows = {r[0]: r for r in cells(table)}
        assert rows[JUROR][1] == "✓ yes" and rows[OTHER][1] == "· no"
        assert rows[JUROR][4].startswith("+") and rows[OTHER][4].startswith("-")
        table.move_cursor(row=list(rows).index(JUROR))
        await pilot.click("#reopen")
        await pilot.pause()
        app.screen.query_one("#reason", Input).value = "Typefout bij TIA-02"
        await pilot.click("#confirm")
        await wait_for(pilot, lambda: not screen.data.progress.submitted[JUROR])
    event = scored.deliberation.audit_trail(CHAIR_ACTOR, action="scoring.reopened")[-1]
    assert (event.subject, event.detail, event.actor) == (JUROR, "Typefout bij TIA-02",
                                                          f"chair:{CHAIR}")


async def test_reliability_tab_reads_the_figures_in_words(make_app, scored):
    from textual.widgets import Markdown

    app = make_app()
    async with app.run_test(size=(140, 44)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "reliability")
        text = screen.query_one("#reliability", Markdown).source
        assert "| Vernieuwing |" in text and "ICC(A,k)" in text
        assert "Schulze-controle MKB" in text and "Schulze-controle Groot" in text
        stable = screen.data.report.results.robustness.winner_stable
        assert ("De winnaars blijven dezelfde" in text) == stable
        assert ("Let op: zonder één van de juryleden" in text) == (not stable)
