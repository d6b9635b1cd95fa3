"""How sure the ranking is: the five fragile cases, the chances, close calls, the design and
the spread check, each against the exact case or a brute-force computation."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury.reconcile.chances import chances, places, resampled_totals, weighted_totals
from jury.reconcile.checks import close_calls, standardise
from jury.reconcile.flags import criterion_flags
from jury.reconcile.panel import Panel, Rules
from jury.reconcile.reliability import icc, krippendorff_alpha, reliability
from jury.reconcile.results import reconcile
from jury.reconcile.scores import score

from .helpers import KEYS, panel


def same_for_all(scores: dict[str, tuple[float, float, float]], jurors=("A", "B", "C")):
    return {j: dict(scores) for j in jurors}


ISSUE_CASE = {"E001": (9, 9, 9), "E002": (8, 8, 8), "E003": (8, 6, 7), "E004": (6, 7, 8),
              "E005": (2, 2, 2)}


# 1. Weight sensitivity when a tie-break decides the nominee cut ------------------------------

def test_a_tie_broken_nominee_cut_is_sensitive_to_any_weight_change():
    found = reconcile(panel(same_for_all(ISSUE_CASE)), Rules())
    ranked = [r.entry for r in found.ranking]
    assert ranked[:4] == ["E001", "E002", "E004", "E003"]
    assert next(r for r in found.ranking if r.entry == "E004").tie_break == "effectiveness"
    assert found.robustness.weight_sensitivity[None] == dict.fromkeys(KEYS, 0.0)
    # The issue's check: at an effectiveness weight of 0.99, E003 is third.
    lighter = reconcile(panel(same_for_all(ISSUE_CASE), weights=(1, 1, 0.99)), Rules())
    assert [r.entry for r in lighter.ranking][2] == "E003"


def test_a_crossing_at_zero_weight_from_rounding_residue_is_no_crossing():
    from jury.reconcile.robustness import weight_sensitivity

    # e0 and e1 differ only on effectiveness; their other criteria sum to 0.9 and to 0.9 plus
    # rounding residue, so -dp/dq puts a crossing at w = 4e-17: they would tie only at an
    # effectiveness weight of 0, and no positive weight lets e1 pass e0.
    scores = np.array([[0.3, 0.6, 9], [0.1 + 0.2, 0.6, 4], [0, 0, 0]], dtype=float)
    others = scores[:, :2].sum(axis=1)
    assert 0 < -(others[0] - others[1]) / 5 < 1e-15, "the residue the case is about"
    change = weight_sensitivity([0, 1, 2], 1, scores, np.full(3, np.nan), np.ones(3))
    assert change[2] is None


def test_weight_sensitivity_matches_an_exhaustive_weight_grid():
    rng = np.random.default_rng(11)
    from jury.reconcile.robustness import weight_sensitivity

    for _ in range(25):
        scores = rng.integers(1, 11, (6, 3)).astype(float)
        weights = np.ones(3)
        totals = scores @ weights / 3
        order = np.lexsort((-scores[:, 2], -totals))
        nominees = set(order[:2].tolist())
        found = weight_sensitivity(order.tolist(), 2, scores, np.full(6, np.nan), weights)
        for k in range(3):
            grid = np.linspace(0.002, 12, 6000)
            changed = []
            for w in grid:
                trial = weights.copy()
                trial[k] = w
                t = np.round(scores @ trial / trial.sum(), 9)  # ties up to residue
                picked = set(np.lexsort((-scores[:, 2], -t))[:2].tolist())
                if picked != nominees:
                    changed.append(abs(w - 1))
            if found[k] is None:
                assert not changed
            elif found[k] < 10:
                assert changed and min(changed) == pytest.approx(found[k], abs=2.5e-3)
            else:
                assert not changed or min(changed) >= found[k] - 2.5e-3


# 2. ICCs from rounding residue ---------------------------------------------------------------

def test_entries_without_variance_give_no_icc_on_the_total():
    table = {"A": {"X": (7, 10, 2), "Y": (7, 10, 2)}, "B": {"X": (9, 10, 1), "Y": (9, 10, 1)},
             "C": {"X": (9, 9, 5), "Y": (9, 9, 5)}}
    found = reconcile(panel(table), Rules(bootstrap=50)).reliability["total"]
    assert found.icc["ICC(C,1)"] is None
    assert found.icc["ICC(1,k)"] is None
    assert all(v is None or -1.0 - 1e-9 <= v <= 1.0 for v in found.icc.values())
    direct = icc(np.array([[6 + 1 / 3, 6 + 2 / 3, 7 + 2 / 3]] * 2))
    assert direct["ICC(C,1)"] is None and direct["ICC(C,k)"] is None


# 3. The lone outlier on a short scale --------------------------------------------------------

def test_a_lone_outlier_is_flagged_when_the_range_is_within_a_step_of_one():
    # 1-5 scale: the default range is 2 (30% of 4, rounded up), so range - 1 = step = 1.
    values = np.array([[3, 3, 3, 4, 5]], dtype=float)
    flags = criterion_flags(values, ("A", "B", "C", "D", "E"), "innovation", limit=2, step=1)
    kinds = {(f.kind, f.jurors) for f in flags[0]}
    assert ("outlier", ("E",)) in kinds
    assert any(kind == "disagreement" for kind, _ in kinds)


# 5. Alpha over one entry, and identical scores -----------------------------------------------

def test_alpha_over_a_single_entry_is_undefined_not_zero():
    one = np.array([[7, 8, 9]], dtype=float)
    assert krippendorff_alpha(one) is None
    found = reliability(one, resamples=20)
    assert found.alpha_interval is None and found.bands["alpha"] == "single_entry"


def test_identical_scores_are_said_to_be_identical():
    same = np.full((4, 3), 7.0)
    assert reliability(same, resamples=20).bands["alpha"] == "identical"
    few = np.array([[7, np.nan], [np.nan, 8]])
    assert reliability(few, resamples=20).bands["alpha"] == "too_few"


# 4. A disconnected design ---------------------------------------------------------------------

SPLIT = {"A": {"E1": (9, 9, 9), "E2": (8, 8, 8)}, "B": {"E1": (7, 7, 7), "E2": (6, 6, 6)},
         "C": {"E3": (3, 3, 3), "E4": (4, 4, 4)}}


def test_a_disconnected_category_is_ranked_on_the_mean_and_said():
    found = reconcile(panel(SPLIT), Rules(bootstrap=50))
    design = found.design
    assert not design.connected
    assert [(g.jurors, g.entries) for g in design.groups] == [
        (("A", "B"), ("E1", "E2")), (("C",), ("E3", "E4"))]
    assert design.fallback == (None,)
    assert {r.aggregate for r in found.ranking} == {"mean"}
    # Ranked on the mean: E3 (C alone, 3) stays below E2 (7); adjusted would put C's entries
    # level with the other group's.
    totals = {r.entry: r.total for r in found.ranking}
    assert totals == pytest.approx({"E1": 8, "E2": 7, "E3": 3, "E4": 4})
    lone = next(j for j in found.jurors if j.name == "C")
    assert lone.leniency == dict.fromkeys(KEYS)


def test_categories_within_one_group_keep_the_adjusted_aggregate():
    found = reconcile(panel(SPLIT, categories={"E1": "a", "E2": "a", "E3": "b", "E4": "b"}),
                      Rules(bootstrap=50))
    assert not found.design.connected
    assert found.design.fallback == ()
    assert {r.aggregate for r in found.ranking} == {"adjusted"}


# Chances --------------------------------------------------------------------------------------

def demo_panel(seed=5, jurors=4, entries=7, categories=True):
    rng = np.random.default_rng(seed)
    table = {f"J{j}": {f"E{e}": tuple(float(v) for v in rng.integers(3, 11, 3))
                       for e in range(entries) if rng.random() < 0.85 or e == j}
             for j in range(jurors)}
    cats = {f"E{e}": ("a", "b")[e % 2] for e in range(entries)} if categories else None
    return panel(table, categories=cats, nominees=2)


def shares_by_brute_force(p: Panel, draws: list[tuple[int, ...]], totals_of) -> dict:
    """Win and nominee shares from totals computed one draw at a time, ties split."""
    win: dict[str, float] = {}
    nominated: dict[str, float] = {}
    counted = dict.fromkeys(p.category_members(), 0)
    for draw in draws:
        totals = totals_of(draw)
        for category, members in p.category_members().items():
            ranked = [(totals[e], p.entries[e].id) for e in members if totals[e] == totals[e]]
            if not ranked:
                continue
            counted[category] += 1
            for value, entry in ranked:
                ahead = sum(1 for v, _ in ranked if v > value + 1e-9)
                tied = sum(1 for v, _ in ranked if abs(v - value) <= 1e-9)
                win[entry] = win.get(entry, 0) + max(0, min(1, (1 - ahead) / tied))
                nominated[entry] = nominated.get(entry, 0) + max(0, min(1, (2 - ahead) / tied))
    by_entry = {e.id: counted[e.category] for e in p.entries}
    return ({e: v / by_entry[e] for e, v in win.items()},
            {e: v / by_entry[e] for e, v in nominated.items()})


@pytest.mark.parametrize("aggregate", ["adjusted", "mean", "median", "trimmed"])
def test_juror_chances_equal_every_draw_computed_one_by_one(aggregate):
    p = demo_panel()
    found = chances(p, aggregate, draws=1000, seed=3)
    assert found.exhaustive and found.draws == 4**4
    every = list(itertools.product(range(4), repeat=4))

    def totals_of(draw):
        picked = list(draw)
        jury = Panel(p.entries, tuple(p.jurors[j] for j in picked), p.criteria, p.categories,
                     p.values[:, :, picked], p.recused, p.consensus)
        return score(jury, aggregate).totals

    win, nominated = shares_by_brute_force(p, every, totals_of)
    for entry, chance in found.jurors.items():
        assert chance.win == pytest.approx(win.get(entry, 0), abs=1e-12)
        assert chance.nominated == pytest.approx(nominated.get(entry, 0), abs=1e-12)


def test_weight_chances_equal_an_exhaustive_weight_grid():
    p = demo_panel(seed=8)
    point = score(p, "adjusted")
    grid = np.array(list(itertools.product(np.linspace(0.8, 1.2, 9), repeat=3)))
    grid = grid / grid.sum(axis=1, keepdims=True)
    totals = weighted_totals(point.criterion_scores, point.consensus_total, grid)
    win, nominated = shares_by_brute_force(
        p, list(range(len(grid))),
        lambda d: point.criterion_scores @ grid[d] / grid[d].sum())
    from jury.reconcile.chances import summarise

    found = summarise(p, totals, 1e-9, 0.9)
    for entry, chance in found.items():
        assert chance.win == pytest.approx(win.get(entry, 0), abs=1e-12)
        assert chance.nominated == pytest.approx(nominated.get(entry, 0), abs=1e-12)


@pytest.mark.parametrize("jurors", [3, 6])
def test_chances_sum_to_one_winner_and_the_nominees_per_category(jurors):
    p = demo_panel(seed=jurors, jurors=jurors, entries=9)
    found = chances(p, "adjusted", draws=400, seed=1)
    for line in (found.jurors, found.weights):
        for _category, members in p.category_members().items():
            ids = [p.entries[e].id for e in members]
            assert sum(line[e].win for e in ids) == pytest.approx(1.0, abs=1e-12)
            assert sum(line[e].nominated for e in ids) == pytest.approx(min(2, len(ids)),
                                                                        abs=1e-12)
            for e in ids:
                low, high = line[e].rank_interval
                assert 1 <= low <= high <= len(ids)


def test_the_same_seed_gives_the_same_chances_and_another_seed_other_draws():
    p = demo_panel(seed=2, jurors=6, entries=9)
    first = chances(p, "adjusted", draws=300, seed=42)
    assert chances(p, "adjusted", draws=300, seed=42) == first
    assert chances(p, "adjusted", draws=300, seed=43) != first
    assert not first.exhaustive and first.draws == 300


def test_ties_in_a_draw_share_the_places_they_hold():
    totals = np.array([[7.0, 7.0, 5.0, np.nan], [6.0, 6.0 + 1e-15, 6.0, 1.0]])
    ahead, size, ranked = places(totals, 1e-9)
    assert ahead.tolist() == [[0, 0, 2, 3], [0, 0, 0, 3]]
    assert size[0, :3].tolist() == [2, 2, 1] and size[1].tolist() == [3, 3, 3, 1]
    assert ranked.tolist() == [[True, True, True, False], [True, True, True, True]]


def test_resampled_totals_treat_a_juror_drawn_twice_as_two_jurors():
    p = demo_panel(seed=4)
    picks = np.array([[0, 0, 1, 2], [3, 3, 3, 3], [1, 2, 3, 0]])
    fast = resampled_totals(p, "adjusted", picks)
    for d, draw in enumerate(picks.tolist()):
        jury = Panel(p.entries, tuple(p.jurors[j] for j in draw), p.criteria, p.categories,
                     p.values[:, :, draw])
        assert np.allclose(fast[d], score(jury, "adjusted").totals, equal_nan=True)


# Close calls ---------------------------------------------------------------------------------

def test_close_calls_name_the_winner_and_the_last_nominee():
    found = reconcile(panel(same_for_all(ISSUE_CASE)), Rules(close_call=0.5, bootstrap=50))
    calls = {(c.kind, c.entry, c.next): c.lead for c in found.robustness.close_calls}
    assert calls == {("nominees", "E004", "E003"): 0.0}
    wider = reconcile(panel(same_for_all(ISSUE_CASE)), Rules(close_call=1.5, bootstrap=50))
    kinds = {(c.kind, c.entry) for c in wider.robustness.close_calls}
    assert kinds == {("winner", "E001"), ("nominees", "E004")}
    assert close_calls(found.ranking, {None: 3}, 0.0) == ()


# The spread check ----------------------------------------------------------------------------

def test_standardising_removes_each_jurors_own_level_and_spread():
    # B scores like A, stretched and shifted: after standardising they are the same juror.
    a = (9, 6, 5, 2)
    table = {"A": {f"E{i}": (v, v, v) for i, v in enumerate(a)},
             "B": {f"E{i}": (2 * v - 3, 2 * v - 3, 2 * v - 3) for i, v in enumerate(a)}}
    z = standardise(panel(table).values)
    assert np.allclose(z[:, :, 0], z[:, :, 1])
    assert np.allclose(np.nanmean(z, axis=1), 0)


def test_the_spread_check_names_entries_whose_place_changes():
    # A wide juror decides between E1 and E2; standardised, the narrow juror counts as much.
    table = {"A": {"E1": (10, 10, 10), "E2": (2, 2, 2), "E3": (6, 6, 6)},
             "B": {"E1": (5, 5, 5), "E2": (7, 7, 7), "E3": (6, 6, 6)},
             "C": {"E1": (5, 5, 5), "E2": (7, 7, 7), "E3": (6, 6, 6)}}
    found = reconcile(panel(table, nominees=1), Rules(bootstrap=50))
    assert [r.entry for r in found.ranking] == ["E1", "E3", "E2"]
    check = found.robustness.standardised
    assert check.ranks == {"E2": 1, "E3": 2, "E1": 3}
    assert {(c.entry, c.rank, c.standardised) for c in check.changed} == {
        ("E1", 1, 3), ("E2", 3, 1)}


scores_strategy = st.lists(st.integers(1, 10), min_size=15, max_size=15)


@settings(max_examples=60, deadline=None)
@given(scores_strategy, scores_strategy, scores_strategy,
       st.floats(0.1, 10), st.floats(-20, 20), st.integers(0, 2))
def test_the_standardised_ranking_ignores_a_linear_rescaling_of_one_juror(a, b, c, scale,
                                                                          shift, juror):
    def table(columns):
        return {name: {f"E{e}": tuple(float(v) for v in column[3 * e:3 * e + 3])
                       for e in range(5)} for name, column in zip("ABC", columns, strict=True)}

    columns = [a, b, c]
    rescaled = [list(col) for col in columns]
    rescaled[juror] = [scale * v + shift for v in rescaled[juror]]
    before = reconcile(panel(table(columns)), Rules(bootstrap=10)).robustness.standardised
    after = reconcile(panel(table(rescaled)), Rules(bootstrap=10)).robustness.standardised
    assert after.ranks == before.ranks


# Readings ------------------------------------------------------------------------------------

def test_readings_are_codes_for_each_figure_of_the_total():
    found = reconcile(demo_panel(seed=9, jurors=5, entries=10), Rules(bootstrap=50))
    assert [r.measure for r in found.readings] == ["alpha", "icc", "w", "leave_one_out"]
    for reading in found.readings:
        assert " " not in reading.code or reading.code == "very weak"
    assert found.readings[0].value == found.reliability["total"].alpha_interval


def test_no_scores_give_no_chances_and_no_crash():
    empty = panel({"A": {}, "B": {}})
    assert chances(empty, "adjusted").jurors == {}
    nobody = Panel.build([], [], [], [])
    assert chances(nobody, "adjusted").draws == 0
    found = reconcile(panel({"A": {"E1": (None, None, None)}}), Rules(bootstrap=20))
    assert found.chances.jurors == {} or all(c.win == 0 for c in found.chances.jurors.values())
    assert found.design.connected


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(1, 10)), min_size=1, max_size=7),
                min_size=1, max_size=12).filter(lambda rows: len({len(r) for r in rows}) == 1))
def test_the_short_axis_median_is_numpys(rows):
    import warnings

    from jury.reconcile.scores import nanmedian

    values = np.array([[np.nan if v is None else v / 2 for v in row] for row in rows])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        expected = np.nanmedian(values, axis=1)
    assert np.array_equal(nanmedian(values, axis=1), expected, equal_nan=True)
