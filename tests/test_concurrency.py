"""Several writers at once on one database: nothing lost, nothing overwritten silently."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from jury.models import ScoreData
from jury.services import Actor
from jury.services.scoring import StaleWriteError

from .conftest import JURORS, KEYS


@pytest.fixture
def jury(award, secretary):
    for name in JURORS:
        award.jurors.add(secretary, name, "1234")
    return award


def race(calls, workers: int) -> list[object]:
    """Start every call at the same moment; return each result or the error it raised."""
    barrier = threading.Barrier(workers)

    def run(call):
        barrier.wait()
        try:
            return call()
        except Exception as error:  # noqa: BLE001 - the outcome is what the test inspects
            return error

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(run, calls))


def test_one_juror_in_two_terminals_first_write_wins_second_is_told(jury):
    """Both terminals showed 'no score yet'; both save. One lands, the other is refused
    with the newer value: never a crash, never a silent overwrite."""
    sanne = Actor(JURORS[0], "juror")
    entries = [e.id for e in jury.entries.list()][:8]
    for entry in entries:
        outcomes = race([lambda e=entry: jury.scoring.set_score(sanne, e, "innovation", 7, "a"),
                         lambda e=entry: jury.scoring.set_score(sanne, e, "innovation", 4, "b")],
                        workers=2)
        saved = [o for o in outcomes if not isinstance(o, Exception)]
        refused = [o for o in outcomes if isinstance(o, StaleWriteError)]
        assert len(saved) == 1 and len(refused) == 1, outcomes
        stored = jury.views.entry(sanne, entry).scores["innovation"]
        assert stored.version == 1 and refused[0].current[2] == 1
        assert refused[0].current[0] == stored.value


def test_updates_from_the_same_version_cannot_both_land(jury):
    youssef = Actor(JURORS[1], "juror")
    jury.scoring.set_score(youssef, "TIA-01", "effectiveness", 5, "", expected_version=0)
    outcomes = race([lambda v=v: jury.scoring.set_score(youssef, "TIA-01", "effectiveness", v,
                                                        "", expected_version=1)
                     for v in (6, 7, 8, 9)], workers=4)
    saved = [o for o in outcomes if not isinstance(o, Exception)]
    assert len(saved) == 1
    assert all(isinstance(o, StaleWriteError) for o in outcomes if isinstance(o, Exception))
    assert jury.views.entry(youssef, "TIA-01").scores["effectiveness"].version == 2


def test_many_jurors_writing_at_once_lose_nothing(jury):
    entries = [e.id for e in jury.entries.list()]
    calls = [lambda j=j, e=e, k=k: jury.scoring.set_score(Actor(j, "juror"), e, k, 6, "")
             for j in JURORS for e in entries[:6] for k in KEYS]
    outcomes = race(calls, workers=len(calls))
    assert not [o for o in outcomes if isinstance(o, Exception)]
    stored = jury.results.notes(Actor.secretary()).scores
    assert len(stored) == len(calls)


def test_a_bulk_import_and_a_juror_at_the_keyboard_both_land(jury, secretary):
    entries = [e.id for e in jury.entries.list()]
    priya = Actor(JURORS[2], "juror")
    bulk = [ScoreData(JURORS[0], e, k, 8) for e in entries for k in KEYS]
    outcomes = race([lambda: jury.scoring.record_scores(secretary, bulk),
                     lambda: [jury.scoring.set_score(priya, e, "innovation", 3, "")
                              for e in entries]], workers=2)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    scores = jury.results.notes(secretary).scores
    assert len(scores) == len(bulk) + len(entries)


def test_a_long_read_does_not_hold_up_a_jurors_save(jury, db_url):
    """The chair's reconciliation reads inside one open snapshot; a juror saves meanwhile.
    Were reads to take SQLite's write lock, the save below would wait for the read to end,
    which in this one thread it never does: it would fail after the busy timeout."""
    import sqlalchemy as sa

    juror = Actor(JURORS[0], "juror")
    entry = jury.entries.list()[0].id
    with jury.results.reading() as session:
        before = session.execute(sa.text("SELECT count(*) FROM score")).scalar_one()
        jury.scoring.set_score(juror, entry, KEYS[0], 7, "", expected_version=0)
        # The read still sees its snapshot: one consistent view of the jury's scores.
        assert session.execute(sa.text("SELECT count(*) FROM score")).scalar_one() == before
    with jury.results.reading() as session:
        assert session.execute(sa.text("SELECT count(*) FROM score")).scalar_one() == before + 1
