"""The service layer on a real database: SQLite always, PostgreSQL when configured."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from jury import models, repository
from jury.award_settings import parse_award_settings
from jury.errors import ConflictError, ImportProblems, NotFoundError, PermissionDenied, StorageError
from jury.i18n import Strings
from jury.models import EntryData, ScoreData
from jury.services import Actor

from .conftest import snapshot


def entry(id, title="Titel", organisation="Bedrijf", category="mkb", **kw):
    return EntryData(id=id, title=title, organisation=organisation, category_key=category, **kw)


def actions(services) -> list[str]:
    with services.entries.reading() as session:
        return [e.action for e in repository.audit_events(session=session)]


def test_init_creates_the_award_with_its_criteria_and_categories(award, settings):
    stored = award.award.settings()
    assert stored == settings
    report = award.status.report()
    assert (report.name, report.edition, report.phase) == ("Techniek Inclusief Award", "2026",
                                                           "scoring")
    assert report.entries >= 16
    assert {c.key: c.entries >= 6 for c in report.categories} == {"mkb": True, "groot": True}
    assert actions(award)[:2] == ["award.created", "entries.imported"]


def test_same_settings_twice_change_nothing(award, settings, secretary):
    before = snapshot(award.engine)
    result = award.award.setup(secretary, settings)
    assert (result.created, result.changed) == (False, False)
    assert snapshot(award.engine) == before


def test_settings_changes_that_would_orphan_stored_work_are_refused(award, settings, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "1234")
    award.scoring.record_scores(secretary, [ScoreData("Sanne Bakker", "TIA-01", "innovation", 9)])
    raw = settings.model_dump()
    smaller = {**raw, "scale": {**raw["scale"], "max": 8, "labels": {}, "labels_en": {}}}
    with pytest.raises(ConflictError, match=r"scale 1–8 would not hold stored scores \(9\)"):
        award.award.setup(secretary, parse_award_settings(smaller))
    fewer = {**raw, "criteria": raw["criteria"][1:], "ranking": {**raw["ranking"]}}
    with pytest.raises(ConflictError, match="drops criterion 'Innovation', but 1 score uses it"):
        award.award.setup(secretary, parse_award_settings(fewer))
    one_category = {**raw, "categories": raw["categories"][:1]}
    with pytest.raises(ConflictError, match="drops category 'Large', but entries belong to it"):
        award.award.setup(secretary, parse_award_settings(one_category))
    renamed = {**raw, "award": {**raw["award"], "edition": "2027"}}
    with pytest.raises(ConflictError, match="holds 'Techniek Inclusief Award 2026'"):
        award.award.setup(secretary, parse_award_settings(renamed))


def test_a_settings_change_is_stored_and_audited(award, settings, secretary):
    raw = settings.model_dump()
    raw["criteria"][2]["weight"] = 2
    result = award.award.setup(secretary, parse_award_settings(raw))
    assert result.changed
    assert award.award.settings().criteria[2].weight == 2
    with award.entries.reading() as session:
        event = repository.audit_events(session=session, action="award.updated")[0]
    assert event.old["criteria"][2]["weight"] == 1 and event.new["criteria"][2]["weight"] == 2


def test_reimport_updates_by_id_adds_new_and_never_deletes(award, secretary):
    first = award.entries.import_entries(secretary, [entry("N1"), entry("N2")])
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    assert "TIA-01" in first.missing
    again = award.entries.import_entries(secretary, [entry("N1"), entry("N2", title="Nieuw")])
    assert (again.new, again.updated, again.unchanged) == (0, 1, 1)
    ids = {e.id for e in award.entries.list()}
    assert {"N1", "N2", "TIA-01"} <= ids
    with award.entries.reading() as session:
        updated = repository.audit_events(session=session, action="entry.updated")
    assert [(e.subject, e.old, e.new) for e in updated] == [
        ("N2", {"title": "Titel"}, {"title": "Nieuw"})
    ]


def test_importing_the_same_entries_twice_changes_nothing(award, secretary):
    rows = [entry("N1", extra={"sector": "energie"}), entry("N2", category="groot")]
    award.entries.import_entries(secretary, rows)
    before = snapshot(award.engine)
    summary = award.entries.import_entries(secretary, rows)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 0, 2)
    after = snapshot(award.engine)
    assert {k: v for k, v in after.items() if k != "auditevent"} == {
        k: v for k, v in before.items() if k != "auditevent"
    }


def test_withdraw_missing_keeps_scores_and_a_return_restores(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "1234")
    award.scoring.record_scores(secretary, [ScoreData("Sanne Bakker", "TIA-01", "innovation", 7)])
    everything = {e.id: e for e in award.entries.list()}
    keep = [entry(i, e.title, e.organisation, e.category_key, description=e.description,
                  contact=e.contact, email=e.email, extra=e.extra)
            for i, e in everything.items() if i != "TIA-01"]
    summary = award.entries.import_entries(secretary, keep, withdraw_missing=True)
    assert summary.withdrawn == ["TIA-01"]
    assert "TIA-01" not in {e.id for e in award.entries.list()}
    assert "TIA-01" in {e.id for e in award.entries.list(include_withdrawn=True)}
    with award.entries.reading() as session:
        assert repository.score_count(1, session=session) == 1
    back = award.entries.import_entries(secretary, [entry("TIA-01")])
    assert back.restored == ["TIA-01"]
    assert "TIA-01" in {e.id for e in award.entries.list()}


def test_an_unknown_category_leaves_the_database_as_it_was(award, secretary):
    before = snapshot(award.engine)
    with pytest.raises(ImportProblems, match="category 'zzp'"):
        award.entries.import_entries(secretary, [entry("N1"), entry("N2", category="zzp")])
    assert snapshot(award.engine) == before


def test_a_database_failure_midway_leaves_nothing_half_written(award, secretary, monkeypatch):
    import jury.services.entries as module

    before = snapshot(award.engine)

    def broken(session, events):
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "audit_many", broken)
    with pytest.raises(RuntimeError):
        award.entries.import_entries(secretary, [entry("N1"), entry("TIA-01", title="Anders")])
    assert snapshot(award.engine) == before


def test_jurors_add_list_remove(award, secretary):
    award.jurors.add(secretary, "Marieke Hoekstra", "9876", chair=True)
    award.jurors.add(secretary, "  Sanne   Bakker ", "1234")
    assert [(j.name, j.role) for j in award.jurors.list()] == [
        ("Marieke Hoekstra", "chair"), ("Sanne Bakker", "juror")]
    with pytest.raises(ConflictError, match="already exists"):
        award.jurors.add(secretary, "Sanne Bakker", "1234")
    award.scoring.record_scores(secretary, [ScoreData("Sanne Bakker", "TIA-01", "innovation", 8)])
    with pytest.raises(ConflictError, match="has 1 score"):
        award.jurors.remove(secretary, "Sanne Bakker")
    removal = award.jurors.remove(secretary, "Sanne Bakker", force=True)
    assert removal.scores == 1
    assert [j.name for j in award.jurors.list()] == ["Marieke Hoekstra"]
    with award.entries.reading() as session:
        events = repository.audit_events(session=session)
    score_event = next(e for e in events if e.action == "score.set")
    assert score_event.new == {"value": 8, "note": ""}
    assert events[-1].action == "juror.removed" and events[-1].old["scores"] == 1
    with pytest.raises(NotFoundError, match="No juror named 'Nobody'. The jurors are: Marieke"):
        award.jurors.remove(secretary, "Nobody")


def test_a_juror_cannot_change_the_jury_list(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "1234")
    juror = Actor("Sanne Bakker", "juror")
    with pytest.raises(PermissionDenied):
        award.jurors.add(juror, "Vriend", "1234")
    with pytest.raises(PermissionDenied):
        award.entries.import_entries(juror, [entry("N1")])


def test_pins_are_hashed_and_never_stored_plain(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "246810")
    with award.entries.reading() as session:
        stored = repository.juror_by_name("Sanne Bakker", session=session).pin_hash
    assert "246810" not in stored and stored.startswith("scrypt$")
    assert award.jurors.sign_in("Sanne Bakker", "246810") == Actor("Sanne Bakker", "juror")
    with award.entries.reading() as session:
        assert "246810" not in repr([(e.old, e.new, e.detail) for e in
                                     repository.audit_events(session=session)])


def test_status_counts_scored_partly_recused_and_to_do(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "1234")
    award.jurors.add(secretary, "Youssef El Amrani", "1234")
    scores = [ScoreData("Sanne Bakker", "TIA-01", key, 7)
              for key in ("innovation", "transferability", "effectiveness")]
    scores += [ScoreData("Sanne Bakker", "TIA-02", "innovation", 6),
               ScoreData("Sanne Bakker", "TIA-04", "innovation", None, "nog lezen")]
    award.scoring.record_scores(secretary, scores)
    award.scoring.declare_recusal(secretary, "Sanne Bakker", "TIA-03", "personal")
    report = award.status.report()
    sanne = next(j for j in report.jurors if j.name == "Sanne Bakker")
    assert (sanne.scored, sanne.partly, sanne.recused) == (1, 1, 1)
    assert sanne.todo == report.entries - 3
    assert not sanne.submitted
    youssef = next(j for j in report.jurors if j.name == "Youssef El Amrani")
    assert (youssef.scored, youssef.todo) == (0, report.entries)


def test_scores_off_the_scale_are_refused_and_nothing_is_written(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "1234")
    before = snapshot(award.engine)
    rows = [ScoreData("Sanne Bakker", "TIA-01", "innovation", 8),
            ScoreData("Sanne Bakker", "TIA-01", "effectiveness", 11),
            ScoreData("Sanne Bakker", "TIA-99", "innovation", 5)]
    with pytest.raises(ImportProblems) as caught:
        award.scoring.record_scores(secretary, rows)
    assert [problem.text(Strings("en")) for problem in caught.value.problems] == [
        "score 2 (Sanne Bakker, TIA-01, Effectiveness): 11 is outside 1–10.",
        "score 3 (Sanne Bakker, TIA-99, Innovation): no entry 'TIA-99' in the running.",
    ]
    assert [problem.text(Strings("nl")) for problem in caught.value.problems] == [
        "score 2 (Sanne Bakker, TIA-01, Effectiviteit): 11 valt buiten 1–10.",
        "score 3 (Sanne Bakker, TIA-99, Vernieuwing): geen meedingende inzending 'TIA-99'.",
    ]
    assert snapshot(award.engine) == before


def test_a_juror_records_only_their_own_scores_and_not_after_submitting(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "1234")
    award.jurors.add(secretary, "Priya Ramdin", "1234")
    sanne = Actor("Sanne Bakker", "juror")
    with pytest.raises(PermissionDenied, match="only record their own"):
        award.scoring.record_scores(sanne, [ScoreData("Priya Ramdin", "TIA-01", "innovation", 8)])
    with pytest.raises(PermissionDenied, match="cannot submit yet"):
        award.scoring.submit(sanne, "Sanne Bakker")
    ids = [e.id for e in award.entries.list()]
    award.scoring.record_scores(sanne, [
        ScoreData("Sanne Bakker", i, key, 7)
        for i in ids for key in ("innovation", "transferability", "effectiveness")
    ])
    award.scoring.submit(sanne, "Sanne Bakker")
    with pytest.raises(PermissionDenied, match="has submitted"):
        award.scoring.record_scores(sanne, [ScoreData("Sanne Bakker", ids[0], "innovation", 9)])


def test_a_newer_schema_is_refused_and_a_foreign_database_too(db_url, tmp_path):
    from jury.cli import open_services
    from jury.db import make_engine

    services = open_services(db_url)
    with services.engine.begin() as conn:
        conn.execute(sa.text("UPDATE meta SET value = '99' WHERE key = 'schema_version'"))
    with pytest.raises(StorageError, match="written by a newer jury \\(schema 99"):
        open_services(db_url)
    services.engine.dispose()
    other = tmp_path / "other.db"
    engine = make_engine(f"sqlite:///{other}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE klanten (id INTEGER)"))
    with pytest.raises(StorageError, match="not a jury database"):
        open_services(f"sqlite:///{other}")


def test_a_new_sqlite_file_is_private_and_uses_wal(tmp_path):
    from jury.cli import open_services

    path = tmp_path / "nieuw.db"
    services = open_services(f"sqlite:///{path}")
    assert path.stat().st_mode & 0o777 == 0o600
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_timestamps_come_back_timezone_aware(award):
    with award.entries.reading() as session:
        event = repository.audit_events(session=session)[0]
    assert event.at.tzinfo is not None and event.at.utcoffset() == timedelta(0)


def test_the_database_itself_refuses_to_change_the_audit_trail(award):
    """Defence in depth: a raw UPDATE or DELETE on the trail fails on both databases."""
    from sqlalchemy.exc import DatabaseError

    for statement in ("UPDATE auditevent SET actor = 'iemand anders'",
                      "DELETE FROM auditevent"):
        with pytest.raises(DatabaseError, match="append-only"), award.engine.begin() as conn:
            conn.execute(sa.text(statement))
    with award.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM auditevent")).scalar() > 0


def test_a_schema_1_database_is_upgraded_when_opened(award, db_url):
    """A database from before the chair's table gains the frozen ranking and the guard."""
    from jury.cli import open_services

    services = award
    with services.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text("DROP TRIGGER auditevent_no_update"))
            conn.execute(sa.text("DROP TRIGGER auditevent_no_delete"))
        else:
            conn.execute(sa.text("DROP TRIGGER auditevent_append_only ON auditevent"))
        conn.execute(sa.text("DROP TABLE frozenranking"))
        conn.execute(sa.text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    services.engine.dispose()
    upgraded = open_services(db_url)
    with upgraded.engine.connect() as conn:
        assert sa.inspect(conn).has_table("frozenranking")
        assert conn.execute(sa.text(
            "SELECT value FROM meta WHERE key = 'schema_version'")).scalar() == str(
            models.SCHEMA_VERSION)
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), \
            upgraded.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM auditevent"))
    upgraded.engine.dispose()
