"""A screenshot from the command palette is a private file in exports/, never anywhere else."""

from __future__ import annotations

import os

from .conftest import wait_for


async def test_a_screenshot_is_private_and_goes_where_the_app_says(make_app, tmp_path):
    database = tmp_path / "jury.db"
    database.write_bytes(b"the jury's database")  # what the markup aimed at
    old = os.umask(0)
    try:
        app = make_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(pilot, lambda: app.screen.query("#name"))
            # As an action string would ask it: a name and a folder of its own choosing.
            await app.run_action(f"screenshot('{database.name}', '{tmp_path}')")
            await app.run_action("screenshot")
            await pilot.pause()
    finally:
        os.umask(old)
    assert database.read_bytes() == b"the jury's database"
    shots = sorted((tmp_path / "exports").glob("jury-*.svg"))
    assert len(shots) == 2, shots  # within one second: numbered, never one over the other
    for shot in shots:
        assert shot.stat().st_mode & 0o777 == 0o600
        assert shot.read_text().startswith("<svg")
    assert (tmp_path / "exports").stat().st_mode & 0o777 == 0o700
