"""The juror's reads and the per-keystroke writes, on SQLite and PostgreSQL."""

import pytest

from jury.errors import PermissionDenied
from jury.models import ScoreData
from jury.services import Actor
from jury.services.scoring import StaleWriteError
from jury.services.views import shuffle_key

SANNE = Actor("Sanne Bakker", "juror")
PRIYA = Actor("Priya Ramdin", "juror")


@pytest.fixture
def panel(award, secretary):
    award.jurors.add(secretary, SANNE.name, "1234")
    award.jurors.add(secretary, PRIYA.name, "1234")
    return award


def test_desk_status_and_own_shuffled_order(panel):
    panel.scoring.set_score(SANNE, "TIA-01", "innovation", 7, "")
    for key in ("innovation", "transferability", "effectiveness"):
        panel.scoring.set_score(SANNE, "TIA-02", key, 8, "")
    panel.scoring.declare_recusal(SANNE, SANNE.name, "TIA-03", "professional")
    desk = panel.views.desk(SANNE)
    status = {r.id: r.status for r in desk.rows}
    assert (status["TIA-01"], status["TIA-02"], status["TIA-03"], status["TIA-04"]) == (
        "partly", "scored", "recused", "todo")
    order = [r.id for r in sorted(desk.rows, key=lambda r: r.shuffle)]
    again = [r.id for r in sorted(panel.views.desk(SANNE).rows, key=lambda r: r.shuffle)]
    other = [r.id for r in sorted(panel.views.desk(PRIYA).rows, key=lambda r: r.shuffle)]
    assert order == again and order != other
    assert shuffle_key("a", "b") != shuffle_key("b", "a")


def test_set_score_versions_and_stale_writes(panel):
    first = panel.scoring.set_score(SANNE, "TIA-01", "innovation", 7, "eerste")
    assert first.version == 1
    second = panel.scoring.set_score(SANNE, "TIA-01", "innovation", 8, "tweede",
                                     expected_version=1)
    assert second.version == 2
    with pytest.raises(StaleWriteError, match="changed elsewhere to 8") as caught:
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "", expected_version=1)
    assert caught.value.current == (8.0, "tweede", 2)
    view = panel.views.entry(SANNE, "TIA-01")
    assert view.scores["innovation"].value == 8 and view.scores["innovation"].version == 2


def test_set_score_refuses_off_scale_others_and_recused(panel):
    with pytest.raises(PermissionDenied, match="11 is not on the scale 1–10"):
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 11, "")
    with pytest.raises(PermissionDenied, match="can only record their own"):
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "", juror=PRIYA.name)
    panel.scoring.declare_recusal(SANNE, SANNE.name, "TIA-01", "personal")
    with pytest.raises(PermissionDenied, match="withdraw the recusal before scoring"):
        panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "")
    panel.scoring.withdraw_recusal(SANNE, SANNE.name, "TIA-01")
    assert panel.scoring.set_score(SANNE, "TIA-01", "innovation", 5, "").version == 1


def test_blind_during_scoring_open_in_deliberation(panel, secretary):
    panel.scoring.record_scores(secretary, [ScoreData(PRIYA.name, "TIA-01", "innovation", 9,
                                                      "geheim")])
    panel.scoring.set_entry_note(secretary, PRIYA.name, "TIA-01", "algemeen geheim")
    view = panel.views.entry(SANNE, "TIA-01")
    assert view.panel == [] and view.panel_notes == [] and view.recused_jurors == []
    with panel.entries.transaction() as session:
        from jury import repository

        award = repository.award(session=session)
        award.phase = "deliberation"
        session.add(award)
    view = panel.views.entry(SANNE, "TIA-01")
    assert [(p.juror, p.value, p.note) for p in view.panel] == [(PRIYA.name, 9.0, "geheim")]
    assert view.panel_notes == [(PRIYA.name, "algemeen geheim")]
    assert not view.editable


def test_language_is_remembered(panel):
    panel.views.set_language(SANNE, "en")
    desk = panel.views.desk(SANNE)
    assert (desk.language, desk.remembered_language) == ("en", "en")
    with pytest.raises(PermissionDenied):
        panel.views.set_language(SANNE, "de")
