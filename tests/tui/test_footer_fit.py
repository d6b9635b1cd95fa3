"""At 80 columns the footer leaves off whole keys, the least important first, and never cuts
a label mid-word ("F2 Engl", "^q Stopp")."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from jury.tui.widgets.footer import JuryFooter, fitting

from .conftest import at_entry, at_list, sign_in


def test_fitting_counts_whole_keys_only():
    keys = [("F1", "Hulp"), ("F9", "Volgende"), ("^q", "Stoppen")]
    assert fitting(keys, 80) == 3
    # "F1 Hulp F9 Volgende" is 19 columns; "^q Stoppen" needs 10 more after a space.
    assert fitting(keys, 29) == 2
    assert fitting(keys, 30) == 3
    assert fitting(keys, 7) == 1
    assert fitting(keys, 6) == 0


def shown_whole(app) -> list[str]:
    footer = app.screen.query_one(JuryFooter)
    right = footer.region.right
    keys = list(footer.query(FooterKey))
    assert keys, "no keys in the footer"
    for key in keys:
        assert key.region.right <= right, f"{key.description!r} is cut at the edge"
    return [key.key_display for key in keys]


async def test_footers_at_80_columns_show_whole_keys_with_f1_first(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.pause()
        assert shown_whole(app)[0] == "F1"
        await pilot.press("enter")
        await at_entry(pilot)
        await pilot.pause()
        assert shown_whole(app)[0] == "F1"
        # Wider: the keys left off come back.
        before = len(shown_whole(app))
        await pilot.resize_terminal(160, 24)
        await pilot.pause(0.2)
        assert len(shown_whole(app)) > before
