"""Properties that must hold for any jury, checked with hypothesis."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from jury.reconcile.leniency import fit_leniency
from jury.reconcile.panel import CriterionInfo, EntryInfo, Panel, Rules
from jury.reconcile.results import reconcile


@st.composite
def score_matrices(draw, complete=False):
    entries = draw(st.integers(3, 8))
    jurors = draw(st.integers(2, 5))
    values = np.array(draw(st.lists(st.integers(1, 10), min_size=entries * jurors,
                                    max_size=entries * jurors)), dtype=float)
    values = values.reshape(entries, jurors)
    if not complete:
        holes = draw(st.lists(st.tuples(st.integers(0, entries - 1), st.integers(0, jurors - 1)),
                              max_size=entries))
        for e, j in holes:
            values[e, j] = np.nan
    return values


def connected(values):
    fit = fit_leniency(values)
    return fit.connected and len(fit.groups[0]) == values.shape[1]


def panel_from(values, juror_names=None, entry_ids=None, recusals=()):
    entries, jurors = values.shape
    juror_names = juror_names or [f"J{j}" for j in range(jurors)]
    entry_ids = entry_ids or [f"E{e}" for e in range(entries)]
    rows = [(juror_names[j], entry_ids[e], key, float(values[e, j]))
            for e in range(entries) for j in range(jurors) if not np.isnan(values[e, j])
            for key in ("innovation", "effectiveness")]
    return Panel.build([EntryInfo(i) for i in entry_ids], juror_names,
                       [CriterionInfo("innovation"), CriterionInfo("effectiveness")], rows,
                       recusals=recusals)


def by_entry(results):
    return {row.entry: (row.total, row.rank) for row in results.ranking}


RULES = Rules(bootstrap=20)


@settings(max_examples=60, deadline=None)
@given(score_matrices(complete=True))
def test_in_a_complete_design_adjusted_equals_the_mean(values):
    assert np.allclose(fit_leniency(values).adjusted, values.mean(axis=1))


@settings(max_examples=40, deadline=None)
@given(score_matrices(), st.randoms(use_true_random=False))
def test_relabelling_jurors_changes_nothing(values, rnd):
    names = [f"J{j}" for j in range(values.shape[1])]
    order = list(range(values.shape[1]))
    rnd.shuffle(order)
    shuffled = values[:, order]
    renamed = [names[j] for j in order]
    first = reconcile(panel_from(values, names), RULES)
    second = reconcile(panel_from(shuffled, renamed), RULES)
    for entry, (total, rank) in by_entry(first).items():
        other_total, other_rank = by_entry(second)[entry]
        assert rank == other_rank
        assert (total is None and other_total is None) or np.isclose(total, other_total)


@settings(max_examples=40, deadline=None)
@given(score_matrices(), st.randoms(use_true_random=False))
def test_relabelling_entries_changes_nothing(values, rnd):
    ids = [f"E{e}" for e in range(values.shape[0])]
    order = list(range(values.shape[0]))
    rnd.shuffle(order)
    first = by_entry(reconcile(panel_from(values, entry_ids=ids), RULES))
    second = by_entry(reconcile(panel_from(values[order], entry_ids=[ids[e] for e in order]),
                                RULES))
    for entry, (total, rank) in first.items():
        assert second[entry][1] == rank
        assert (total is None and second[entry][0] is None) or np.isclose(total, second[entry][0])


@settings(max_examples=60, deadline=None)
@given(score_matrices(), st.integers(0, 4), st.integers(-3, 3))
def test_a_constant_added_to_one_juror_moves_every_adjusted_score_alike(values, juror, shift):
    """With juror effects summing to zero, a constant c on one of J jurors shifts the grand
    mean by c / J and leaves every entry's adjusted score relative to the others unchanged:
    the differences between adjusted scores, and so the ranking, do not move."""
    juror %= values.shape[1]
    if not connected(values) or np.isnan(values[:, juror]).all():
        return
    moved = values.copy()
    moved[:, juror] += shift
    before, after = fit_leniency(values).adjusted, fit_leniency(moved).adjusted
    scored = ~np.isnan(before)
    difference = after[scored] - before[scored]
    assert np.allclose(difference, shift / values.shape[1])


@settings(max_examples=40, deadline=None)
@given(score_matrices(), st.integers(0, 7), st.integers(0, 4))
def test_a_recusal_and_a_missing_row_give_the_same_result(values, entry, juror):
    entry %= values.shape[0]
    juror %= values.shape[1]
    missing = values.copy()
    missing[entry, juror] = np.nan
    recused = reconcile(panel_from(values, recusals=[(f"J{juror}", f"E{entry}")]), RULES)
    absent = reconcile(panel_from(missing), RULES)
    assert by_entry(recused) == by_entry(absent)
    assert [r.alpha_interval for r in recused.reliability.values()] == \
        [r.alpha_interval for r in absent.reliability.values()]
