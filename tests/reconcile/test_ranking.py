"""Hand-worked ties, one for each rule in the chain, and the ranking's other duties."""

import pytest

from jury.reconcile.panel import Consensus, Rules
from jury.reconcile.results import reconcile

from .helpers import panel


def ranked(results, category=None):
    return [(row.entry, row.rank, row.tie_break) for row in results.ranking
            if row.category == category]


def test_highest_total_first_with_no_tie_break_needed():
    results = reconcile(panel({"A": {"e1": (6, 6, 6), "e2": (8, 8, 8), "e3": (7, 7, 7)}}),
                        Rules(bootstrap=10))
    assert ranked(results) == [("e2", 1, None), ("e3", 2, None), ("e1", 3, None)]


def test_tie_broken_by_effectiveness():
    # Both total 7: e1 (8, 7, 6), e2 (6, 7, 8); e2 scores higher on effectiveness.
    results = reconcile(panel({"A": {"e1": (8, 7, 6), "e2": (6, 7, 8)}}), Rules(bootstrap=10))
    assert ranked(results) == [("e2", 1, "effectiveness"), ("e1", 2, "effectiveness")]


def test_tie_broken_head_to_head():
    # Equal totals (mean 7) and equal effectiveness; jurors A and B prefer e1, C prefers e2.
    table = {
        "A": {"e1": (8, 8, 7), "e2": (7, 7, 7)},
        "B": {"e1": (8, 8, 7), "e2": (7, 7, 7)},
        "C": {"e1": (5, 5, 7), "e2": (7, 7, 7)},
    }
    results = reconcile(panel(table), Rules(bootstrap=10))
    assert ranked(results) == [("e1", 1, "head_to_head"), ("e2", 2, "head_to_head")]


def test_tie_broken_by_median_when_head_to_head_is_level():
    """Jurors' totals e1: 9, 3, 1, 2, 10 and e2: 4, 8, 1, 2, 10 (every criterion alike).
    Totals 5 and 5; effectiveness 5 and 5; head to head A prefers e1, B prefers e2, the
    others are level: 1-1. Medians 3 and 4: e2 first."""
    totals = {"A": (9, 4), "B": (3, 8), "C": (1, 1), "D": (2, 2), "E": (10, 10)}
    table = {j: {"e1": (a,) * 3, "e2": (b,) * 3} for j, (a, b) in totals.items()}
    results = reconcile(panel(table), Rules(bootstrap=10))
    assert ranked(results) == [("e2", 1, "median"), ("e1", 2, "median")]


def test_still_tied_shares_the_rank_and_is_flagged():
    table = {"A": {"e1": (7, 7, 7), "e2": (7, 7, 7), "e3": (5, 5, 5)}}
    results = reconcile(panel(table), Rules(bootstrap=10))
    assert ranked(results) == [("e1", 1, None), ("e2", 1, None), ("e3", 3, None)]
    flags = {row.entry: [f.kind for f in row.flags] for row in results.ranking}
    assert flags["e1"] == ["tie"] and flags["e3"] == []


def test_a_custom_chain_is_followed_in_order():
    table = {"A": {"e1": (8, 7, 6), "e2": (6, 7, 8)}}
    results = reconcile(panel(table), Rules(bootstrap=10, tie_break=("innovation",)))
    assert ranked(results) == [("e1", 1, "innovation"), ("e2", 2, "innovation")]


def test_consensus_replaces_the_total_and_both_are_shown():
    table = {"A": {"e1": (8, 8, 8), "e2": (6, 6, 6)}}
    decision = Consensus("e2", 9.0, "De jury was unaniem na het overleg.", "Marieke Hoekstra")
    results = reconcile(panel(table, consensus=(decision,)), Rules(bootstrap=10))
    first = results.ranking[0]
    assert (first.entry, first.total, first.computed_total) == ("e2", 9.0, 6.0)
    assert first.consensus == decision
    assert "consensus" in [f.kind for f in first.flags]


def test_a_consensus_on_one_criterion_feeds_the_total():
    table = {"A": {"e1": (8, 8, 8), "e2": (6, 6, 6)}}
    decision = Consensus("e2", 9.0, "Effect bewezen", "chair", criterion="effectiveness")
    row = next(r for r in reconcile(panel(table, consensus=(decision,)), Rules(bootstrap=10))
               .ranking if r.entry == "e2")
    assert row.total == pytest.approx(7.0)
    assert row.computed_total == pytest.approx(6.0)
    assert row.criteria["effectiveness"].agreed == 9.0


def test_an_entry_missing_a_criterion_is_reported_not_ranked():
    table = {"A": {"e1": (8, 8, None), "e2": (6, 6, 6)}}
    results = reconcile(panel(table), Rules(bootstrap=10))
    assert ranked(results) == [("e2", 1, None), ("e1", None, None)]
    e1 = next(r for r in results.ranking if r.entry == "e1")
    assert e1.total is None and e1.criteria["effectiveness"].n == 0
    assert [f.kind for f in e1.flags] == ["missing"]
    assert results.unscored == {"effectiveness": ("e1",)}


def test_ranks_count_within_each_category_in_the_awards_order():
    table = {"A": {"m1": (6, 6, 6), "g1": (9, 9, 9), "m2": (8, 8, 8), "g2": (5, 5, 5)}}
    categories = {"m1": "mkb", "m2": "mkb", "g1": "groot", "g2": "groot"}
    results = reconcile(panel(table, categories=categories), Rules(bootstrap=10))
    assert [(r.category, r.entry, r.rank) for r in results.ranking] == [
        ("mkb", "m2", 1), ("mkb", "m1", 2), ("groot", "g1", 1), ("groot", "g2", 2)]


@pytest.mark.parametrize("aggregate", ["mean", "median", "trimmed", "adjusted"])
def test_each_aggregate(aggregate):
    table = {j: {"e1": (v, v, v)} for j, v in zip("ABCDE", (2, 6, 7, 8, 10), strict=True)}
    row = reconcile(panel(table), Rules(aggregate=aggregate, bootstrap=10)).ranking[0]
    expected = {"mean": 6.6, "median": 7.0, "trimmed": 7.0, "adjusted": 6.6}[aggregate]
    assert row.total == pytest.approx(expected)


def test_weights_shape_the_total():
    table = {"A": {"e1": (10, 4, 4)}}
    row = reconcile(panel(table, weights=(2, 1, 1)), Rules(bootstrap=10)).ranking[0]
    assert row.total == pytest.approx((20 + 4 + 4) / 4)
