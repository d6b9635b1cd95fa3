"""Every screen and dialog, juror's and chair's, compared with its approved picture in
tests/tui/__snapshots__: in Dutch at 80×24 and in English at 120×36, so that every scene is
seen at both sizes and in both languages (the pairs keep CI within its time). Each scene's
text is also read for words of the other language: one language at a time.

The pictures are made once, when the screens are settled, and after every intended change:

    .venv/bin/pytest -n 0 -m snapshot tests/tui/test_snapshots.py --snapshot-update

then look at each new picture (snapshot_report.html lists what changed) before committing.
Times that change from run to run (the record's timestamps, 'frozen at') are fixed here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jury.tui.app import build_app

from ..language import decimal_points, foreign_words
from .scenes import SCENES, SIZES, VIEWS


def screen_text(app) -> str:
    """The text on screen, as the terminal shows it (dialogs over their dimmed screen)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())

pytestmark = pytest.mark.snapshot


@pytest.fixture(autouse=True)
def _fixed_times(monkeypatch):
    """Timestamps shown on the chair's screens, the same in every run."""
    from jury.tui import chair_text
    from jury.tui.screens import chair
    from jury.tui.widgets import chair_record

    # The chair's screen, its history of decisions and its record each show times.
    for module in (chair, chair_text, chair_record):
        monkeypatch.setattr(module, "local_time", lambda at: "2026-03-12 14:02")
    from jury.io import workbook

    named = workbook.export_name
    monkeypatch.setattr(workbook, "export_name", lambda settings, folder, now, **kw: named(
        settings, folder, datetime(2026, 3, 12, 14, 2, tzinfo=UTC), **kw))


@pytest.mark.parametrize(("size", "language"), VIEWS, ids=[f"{s}-{lang}" for s, lang in VIEWS])
@pytest.mark.parametrize("scene", SCENES, ids=[s.name for s in SCENES])
def test_snapshot(snap_compare, tmp_path, scene, size, language):
    app = build_app(scene.award(tmp_path), language=language)

    async def run_before(pilot) -> None:
        await scene.steps(pilot)
        assert type(pilot.app.screen).__name__ == scene.shows
        await pilot.pause()
        shown = screen_text(pilot.app)
        assert not foreign_words(shown, language), (foreign_words(shown, language), shown)
        if language == "nl":
            assert not decimal_points(shown), shown

    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)
