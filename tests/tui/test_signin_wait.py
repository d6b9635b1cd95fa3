"""The sign-in screen after wrong PINs: it says how long to wait, and the chair sees them."""

from __future__ import annotations

from textual.widgets import Static

from jury import repository
from jury.tui.screens.chair import ChairScreen
from jury.tui.screens.entries import EntryListScreen

from .conftest import CHAIR, JUROR, PIN, sign_in, wait_for
from .test_chair import show_tab


def message(app) -> str:
    return str(app.screen.query_one("#message", Static).render())


async def test_wrong_pins_make_the_name_wait_and_say_for_how_long(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(3):
            await sign_in(pilot, pin="0000")
            await wait_for(pilot, lambda: "Verkeerde pincode. Probeer" in message(app))
        await sign_in(pilot, pin="0000")
        await wait_for(pilot, lambda: "kan het over 1 s opnieuw proberen" in message(app))
        assert JUROR in message(app)
        # Right PIN during the wait: refused with the seconds left, not checked.
        await sign_in(pilot, pin=PIN)
        await wait_for(pilot, lambda: "Even wachten" in message(app)
                       or "Je kunt het nu opnieuw proberen" in message(app))
        # The countdown ends by saying so; then the right PIN lets the juror in.
        await wait_for(pilot, lambda: "Je kunt het nu opnieuw proberen" in message(app),
                       timeout=5)
        await sign_in(pilot, pin=PIN)
        await wait_for(pilot, lambda: isinstance(app.screen, EntryListScreen))
    with jury.entries.reading() as session:
        assert len(repository.audit_events(session=session, action="signin.failed")) == 4
        assert repository.juror_by_name(JUROR, session=session).failed_signins == 0


async def test_an_empty_pin_asks_for_one(make_app, jury):
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await sign_in(pilot, pin="")
        await wait_for(pilot, lambda: "Typ je pincode" in message(app))
    with jury.entries.reading() as session:
        assert repository.audit_events(session=session, action="signin.failed") == []


async def test_the_chair_sees_wrong_pins_on_the_jurors_tab(make_app, jury):
    from jury.services.jurors import SignInError

    for _ in range(2):
        try:
            jury.jurors.sign_in(JUROR, "0000")
        except SignInError:
            pass
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await sign_in(pilot, name=CHAIR)
        await wait_for(pilot, lambda: isinstance(app.screen, ChairScreen)
                       and app.screen.data is not None)
        await show_tab(pilot, "jurors")
        shown = str(app.screen.query_one("#signin-failures", Static).render())
    assert f"Verkeerde pincodes, laatste 24 uur: {JUROR} 2×" in shown
