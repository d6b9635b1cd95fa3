import numpy as np
import pytest

from jury.reconcile.flags import criterion_flags
from jury.reconcile.panel import Rules
from jury.reconcile.results import reconcile
from jury.reconcile.robustness import schulze_winners, weight_sensitivity

from .helpers import panel

JURORS = ("Sanne", "Youssef", "Ingrid", "Priya", "Thomas")


def test_range_flag_names_the_criterion_and_the_extreme_jurors():
    values = np.array([[3, 9, 6, 6, 7], [6, 6, 6, 7, 5]], dtype=float)
    flags = criterion_flags(values, JURORS, "effectiveness", limit=3, step=1)
    assert list(flags) == [0]
    (flag,) = flags[0]
    assert (flag.kind, flag.criterion, flag.jurors) == ("disagreement", "effectiveness",
                                                       ("Sanne", "Youssef"))
    assert str(flag) == "disagreement effectiveness: range 6 (Sanne 3, Youssef 9)"



def test_a_flag_is_codes_and_values_worded_by_the_front_end():
    """The pure layer writes no prose: the flag's words are jury.present's, in the reader's
    language with a decimal comma in Dutch; str() is for debugging only."""
    from jury.i18n import Strings
    from jury.present import flag_words
    from jury.reconcile.flags import Flag

    criteria = [("innovation", "Vernieuwing")]
    outlier = Flag("outlier", "innovation", ("Thomas",), (5.5, 7.0))
    assert flag_words(outlier, criteria, Strings("nl")) == \
        "uitschieter bij Vernieuwing (Thomas 5,5 tegen een mediaan van 7)"
    assert flag_words(outlier, criteria, Strings("en")) == \
        "outlier on Vernieuwing (Thomas 5.5 against a median of 7)"
    missing = Flag("missing", criteria=("innovation",))
    assert (missing.kind, missing.criteria) == ("missing", ("innovation",))
    assert flag_words(missing, criteria, Strings("nl")) == "onvolledig"
    assert not hasattr(missing, "detail")

def test_a_lone_outlier_is_flagged_even_below_the_range():
    # Median 7; everyone within one step but Thomas, two points away (limit 3 - 1).
    values = np.array([[7, 7, 8, 6, 5]], dtype=float)
    flags = criterion_flags(values, JURORS, "innovation", limit=3, step=1)
    kinds = [(f.kind, f.jurors) for f in flags[0]]
    assert kinds == [("disagreement", ("Thomas", "Ingrid")), ("outlier", ("Thomas",))]
    calm = criterion_flags(np.array([[7, 7, 8, 6, 6]], dtype=float), JURORS, "innovation", 3, 1)
    assert calm == {}


def test_two_far_jurors_are_not_a_lone_outlier():
    values = np.array([[7, 7, 7, 4, 4]], dtype=float)
    kinds = [f.kind for f in criterion_flags(values, JURORS, "innovation", 3, 1)[0]]
    assert kinds == ["disagreement"]


def test_schulze_wikipedia_example_elects_e():
    """The worked example of Schulze (2011), also on Wikipedia's "Schulze method": 45 voters,
    five candidates; the Schulze winner is E."""
    ballots = {"ACBED": 5, "ADECB": 5, "BEDAC": 8, "CABED": 3, "CAEBD": 7, "CBADE": 2,
               "DCEBA": 7, "EBADC": 8}
    columns = []
    for order, count in ballots.items():
        columns += [[5 - order.index(c) for c in "ABCDE"]] * count
    totals = np.array(columns, dtype=float).T
    assert schulze_winners([0, 1, 2, 3, 4], totals) == [4]


def test_weight_sensitivity_by_hand():
    """e1 (10, 5, 5) leads e2 (5, 5, 9) with one nominee. Effectiveness' weight must rise by
    25% (15 + 5w = 10 + 9w at w = 1.25); innovation's fall by 20% (w = 0.8); transferability
    scores alike and can never swap them."""
    scores = np.array([[10, 5, 5], [5, 5, 9]], dtype=float)
    change = weight_sensitivity([0, 1], 1, scores, np.full(2, np.nan), np.ones(3))
    assert change[0] == pytest.approx(0.2)
    assert change[1] is None
    assert change[2] == pytest.approx(0.25)


def test_leave_one_out_finds_the_juror_who_decides_the_winner():
    table = {
        "A": {"e1": (8, 8, 8), "e2": (7, 7, 7)},
        "B": {"e1": (8, 8, 8), "e2": (7, 7, 7)},
        "C": {"e1": (2, 2, 2), "e2": (10, 10, 10)},
    }
    results = reconcile(panel(table, nominees=1), Rules(bootstrap=10))
    assert results.winners() == {None: "e2"}
    robust = results.robustness
    assert not robust.winner_stable
    by_juror = {loo.without: loo for loo in robust.leave_one_out}
    assert by_juror["C"].winner == "e1" and by_juror["C"].max_rank_shift == 1
    assert by_juror["A"].winner == "e2" and by_juror["A"].nominees == ("e2",)
    # Two of three jurors prefer e1: the jurors' own rankings elect e1.
    assert robust.schulze_winners == {None: "e1"}
    assert robust.schulze_differs == {None: True}


def test_juror_summaries():
    table = {
        "A": {"e1": (9, 9, 9), "e2": (7, 7, 7), "e3": (5, 5, 5)},
        "B": {"e1": (8, 8, 8), "e2": (6, 6, 6), "e3": (4, 4, 4)},
        "C": {"e1": (4, 4, 4), "e2": (6, 6, 6), "e3": (8, 8, 8)},
    }
    results = reconcile(panel(table, recusals=[("C", "e9")]), Rules(bootstrap=10))
    a, b, c = results.jurors
    # Juror means 7, 6, 6 around a grand mean of 6 1/3.
    assert a.leniency["innovation"] == pytest.approx(2 / 3)
    assert b.leniency["innovation"] == pytest.approx(-1 / 3)
    assert c.leniency["innovation"] == pytest.approx(-1 / 3)
    # B and C average to 6, 6, 6: no ranking to agree with. C reverses A and B's order.
    assert a.agreement is None
    assert c.agreement == pytest.approx(-1.0)
    assert (a.scored, c.recused) == (3, 0)
