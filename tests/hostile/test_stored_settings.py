"""The award's settings as stored: read back whole, and opened even when a row holds text
from before the rules that now guard award.toml."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from jury.models import Award
from jury.services import Services

from ..test_cli import run


def test_an_escape_stored_in_the_award_name_still_opens_and_shows_visibly(capsys, initialised):
    services = Services.open(initialised)
    with Session(services.engine) as session:
        award = session.exec(sa.select(Award)).scalars().one()  # type: ignore[call-overload]
        award.name = "Techniek\x1b]0;pwned\x07 Award"
        session.commit()
    services.engine.dispose()

    code, out, err = run(capsys, "--db", initialised, "--lang", "en", "status")
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "Techniek␛]0;pwned␇ Award" in " ".join(out.split())


def test_the_close_call_margin_of_award_toml_is_kept(capsys, db_url, award_folder):
    toml = award_folder / "award.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "[ranking]", "[ranking]\nclose_call = 0", 1), encoding="utf-8")
    assert "close_call = 0" in toml.read_text(encoding="utf-8")
    code, out, err = run(capsys, "--db", db_url, "init", str(award_folder))
    assert code == 0, err + out

    services = Services.open(db_url)
    try:
        assert services.award.settings().close_call == 0
    finally:
        services.engine.dispose()
