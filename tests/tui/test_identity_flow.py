"""The juror's app: a conflict of interest declared on an entry they had scored clears those
scores in the same step, so a score and a recusal of one entry never stand together."""

from jury import repository
from jury.tui.screens.score import ScoreScreen

from .conftest import (
    JUROR,
    KEYS,
    actor,
    at_entry,
    at_list,
    screen_text,
    sign_in,
    stored_scores,
    wait_for,
)


async def test_declaring_a_conflict_on_a_scored_entry_clears_its_scores(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await at_entry(pilot)
        entry = app.screen.entry_id
        for key in KEYS[:2]:
            jury.scoring.set_score(actor(), entry, key, 7, "eerste indruk")
        await pilot.press("f4")
        await wait_for(pilot, lambda: bool(app.screen.query("#reason-professional")))
        app.screen.query_one("#reason-professional").value = True
        await pilot.click("#declare")
        await wait_for(pilot, lambda: isinstance(app.screen, ScoreScreen)
                       and app.screen.view is not None and app.screen.view.recusal is not None)
        with jury.entries.reading() as session:
            juror = repository.juror_by_name(JUROR, session=session)
            assert repository.recusal(juror.id, entry, session=session).reason == "professional"
        scores = stored_scores(jury)
        assert [scores[(entry, key)] for key in KEYS[:2]] == [(None, "eerste indruk")] * 2
        await wait_for(pilot, lambda: any("Je scores voor deze inzending zijn gewist"
                                          in n.message for n in app._notifications))
        # The screen redraws after the toast is posted: wait for the redraw, not the clock.
        await wait_for(pilot, lambda: "belangenconflict gemeld" in screen_text(app))
