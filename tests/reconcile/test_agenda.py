"""The meeting's agenda and the spread bar."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from jury.reconcile.agenda import agenda, spread_bar
from jury.reconcile.flags import Flag


def row(entry, rank, total, low=5.0, high=6.0, flags=(), category="mkb"):
    figures = SimpleNamespace(min=low, max=high)
    return SimpleNamespace(category=category, entry=entry, rank=rank, total=total,
                           criteria={"effectiveness": figures}, flags=tuple(flags))


def test_a_split_jury_on_the_cutoff_comes_first_and_settled_entries_stay_off():
    rows = [
        row("A", 1, 9.0),
        row("B", 2, 8.5, flags=[Flag("disagreement", "effectiveness")], low=2, high=10),
        row("C", 3, 7.1, low=3, high=9, flags=[Flag("disagreement", "effectiveness")]),
        row("D", 4, 6.9),
        row("E", 5, 4.0),
    ]
    items = agenda(rows, {"mkb": 3}, span=9, near=1.0)["mkb"]
    # C: split (6/9) and 0.1 from the cut-off at 7.0; D: agreed but 0.1 below it;
    # B: the most split (8/9) but safely nominated; A and E: nothing to discuss.
    assert [i.entry for i in items] == ["C", "D", "B"]
    assert items[0].reasons == ("disagreement", "cutoff")
    assert abs(items[0].distance - 0.1) < 1e-9
    assert items[0].nominated and not items[1].nominated
    assert items[2].spread == 8 and items[2].spread_criterion == "effectiveness"


def test_too_few_entries_for_a_cutoff_still_lists_flags():
    rows = [row("A", 1, 7.0, flags=[Flag("tie")]), row("B", 1, 7.0, flags=[Flag("tie")])]
    items = agenda(rows, {"mkb": 3}, span=9, near=1.0)["mkb"]
    assert {i.entry for i in items} == {"A", "B"}
    assert all(i.distance is None and i.reasons == ("tie",) for i in items)


@given(st.lists(st.tuples(st.floats(1, 10), st.floats(0, 9), st.booleans()), min_size=1,
                max_size=30), st.integers(1, 5))
def test_the_agenda_is_ordered_by_urgency_and_every_item_has_a_reason(specs, nominees):
    specs = sorted(specs, key=lambda s: -s[0])
    rows = [row(f"E{n}", n + 1, total, low=1, high=1 + spread,
                flags=[Flag("disagreement", "effectiveness")] if flagged else [])
            for n, (total, spread, flagged) in enumerate(specs)]
    items = agenda(rows, {"mkb": nominees}, span=9, near=0.5)["mkb"]
    priorities = [i.priority for i in items]
    assert priorities == sorted(priorities, reverse=True)
    assert all(i.reasons for i in items)
    assert {i.entry for i in items} >= {r.entry for r in rows if r.flags}


def test_spread_bar_marks_each_score_and_the_range_between():
    assert spread_bar([2, 10], 1, 10, width=10) == "·●───────●"
    assert spread_bar([5, 5, 5], 1, 10, width=10) == "····●·····"
    assert spread_bar([], 1, 10, width=5) == "·····"
