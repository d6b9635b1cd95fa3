"""Every command that prints stored text, on a database full of hostile text: it finishes,
prints no byte a terminal would act on, and shows the text literally."""

from __future__ import annotations

import json

import pytest

from jury.text import shown

from ..conftest import SAMPLE
from ..test_cli import run
from .corpus import STORED, assert_no_escape_bytes, hostile_award

MARKUP = [c for c in STORED if "markup" in c.tags]


@pytest.fixture
def hostile(db_url):
    built = hostile_award(db_url)
    yield built
    built.services.engine.dispose()


@pytest.fixture
def deliberating(db_url):
    built = hostile_award(db_url, phase="deliberation")
    yield built
    built.services.engine.dispose()


def jury(capsys, url: str, *args: str) -> str:
    code, out, err = run(capsys, "--db", url, "--lang", "en", *args)
    assert code == 0, err + out
    assert_no_escape_bytes(out)
    assert_no_escape_bytes(err)
    return out


def shows(out: str, text: str) -> bool:
    """`text` is in `out` as `shown` makes it, wherever Rich wrapped the line."""
    return " ".join(shown(text).split()) in " ".join(out.split())


def test_status_shows_every_juror_name_literally(capsys, hostile, db_url):
    out = jury(capsys, db_url, "status")
    for case in STORED:
        assert shows(out, case.marker), case.name
    # The award's name carries '[@click=app.quit]Quit[/]': printed, not parsed.
    assert "Techniek Inclusief Award [@click=app.quit]Quit[/]" in out
    assert "2026 [bold red on white]ALARM[/]" in out


def test_status_json_is_valid_and_carries_the_exact_text(capsys, hostile, db_url):
    out = jury(capsys, db_url, "status", "--json")
    document = json.loads(out)
    names = {j["name"] for j in document["jurors"]}
    assert set(hostile.jurors.values()) <= names
    assert document["award"]["edition"] == "2026 [bold red on white]ALARM[/]"


def test_jurors_list(capsys, hostile, db_url):
    out = jury(capsys, db_url, "jurors", "list")
    for case in STORED:
        assert shows(out, hostile.jurors[case.name][:40]), case.name
    assert "\u202e" not in out and "<U+202E>" in out


def test_results_text_and_json(capsys, deliberating, db_url):
    out = jury(capsys, db_url, "results")
    for case in MARKUP:
        assert shows(out, hostile_id := deliberating.entries[case.name]), hostile_id
    assert "[link=file:///etc/passwd]" in out
    document = json.loads(jury(capsys, db_url, "results", "--json"))
    flat = json.dumps(document, ensure_ascii=False)
    for case in STORED:
        assert json.dumps(deliberating.entries[case.name], ensure_ascii=False) in flat


def test_audit_text_and_json(capsys, deliberating, db_url):
    out = jury(capsys, db_url, "audit")
    for case in MARKUP:
        assert shows(out, case.marker), case.name
    events = json.loads(jury(capsys, db_url, "audit", "--json"))
    details = {e["detail"] for e in events}
    assert {c.text for c in STORED} <= details
    # Filtering on hostile text works and prints it back literally.
    out = jury(capsys, db_url, "audit", "--search", "[/]")
    assert "[/]" in out


def test_phase_names_the_hostile_jurors_who_have_not_submitted(capsys, hostile, db_url):
    out = jury(capsys, db_url, "phase")
    for case in MARKUP:
        assert shows(out, hostile.jurors[case.name]), case.name


def test_import_summary_names_the_hostile_ids_it_misses(capsys, hostile, db_url):
    out = jury(capsys, db_url, "import", str(SAMPLE / "entries.csv"))
    assert "H03 [@click=bell]ring[/]" in out or "H00" in out
    out = jury(capsys, db_url, "import", str(SAMPLE / "entries.csv"), "--withdraw-missing")
    assert "H00 [@click=app.screenshot('jury.db','.')]save.me" in out


@pytest.mark.parametrize("case", ["click_quit", "osc_title", "bidi_override", "path"])
def test_a_scoresheet_for_a_hostile_juror(capsys, hostile, db_url, tmp_path, case):
    name = hostile.jurors[case]
    out = jury(capsys, db_url, "scoresheet", name)
    assert shows(out, name)
    written = list((tmp_path / "exports").glob("scoresheet-*.xlsx"))
    assert len(written) == 1
    assert written[0].parent == tmp_path / "exports"


@pytest.mark.parametrize("case", ["click_quit", "closing_tag", "rich_link"])
def test_a_returned_scoresheet_of_a_hostile_juror_is_planned_literally(capsys, db_url,
                                                                       tmp_path, case):
    # Markup only: it survives the workbook's round trip, where control characters (refused
    # at import) would not.
    built = hostile_award(db_url, cases=MARKUP)
    try:
        name = built.jurors[case]
        path = tmp_path / "sheet.xlsx"
        jury(capsys, db_url, "scoresheet", name, "-o", str(path))
        out = jury(capsys, db_url, "scores", "import", str(path), "--dry-run")
        assert shows(out, name)
    finally:
        built.services.engine.dispose()
