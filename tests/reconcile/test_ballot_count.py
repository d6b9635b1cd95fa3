"""The ballot's Schulze count against published worked examples."""

from __future__ import annotations

import pytest

from jury.reconcile.ballot import count_ballot, parse_ranking

ABCDE = "ABCDE"


def rankings(groups: dict[str, int]) -> list[dict[str, int]]:
    """'ACBED': 5 → five ballots ranking A first, C second, …"""
    found = []
    for order, count in groups.items():
        found += [{c: n + 1 for n, c in enumerate(order)}] * count
    return found


def test_wikipedia_example_matrices_and_winner():
    """Wikipedia, "Schulze method", the worked example (45 voters, five candidates), also in
    Schulze (2011), Social Choice and Welfare 36(2): the pairwise matrix d, the strongest
    paths p and the winner E, and the order E > A > C > B > D, all as published."""
    count = count_ballot(ABCDE, rankings({
        "ACBED": 5, "ADECB": 5, "BEDAC": 8, "CABED": 3, "CAEBD": 7, "CBADE": 2,
        "DCEBA": 7, "EBADC": 8}))
    assert count.d == ((0, 20, 26, 30, 22), (25, 0, 16, 33, 18), (19, 29, 0, 17, 24),
                       (15, 12, 28, 0, 14), (23, 27, 21, 31, 0))
    assert count.p == ((0, 28, 28, 30, 24), (25, 0, 28, 33, 24), (25, 29, 0, 29, 24),
                       (25, 28, 28, 0, 24), (25, 28, 28, 31, 0))
    assert count.winners == ("E",)
    assert count.order == ("E", "A", "C", "B", "D")
    # E's smallest lead: p[E, A] - p[A, E] = 25 - 24 (the others lead by 4 or more).
    assert count.margin == 1
    assert count.voters == 45


def test_schulze_2011_tie_example_b_and_d():
    """Schulze (2011), example 4 (section 3.4 of the paper): 9 voters, 3 a>b>c>d,
    2 d>a>b>c, 2 d>b>c>a, 2 c>b>d>a. The strongest paths leave b and d tied as winners:
    the case the chair's casting vote decides."""
    count = count_ballot("abcd", rankings({"abcd": 3, "dabc": 2, "dbca": 2, "cbda": 2}))
    assert count.d == ((0, 5, 5, 3), (4, 0, 7, 5), (4, 2, 0, 5), (6, 4, 4, 0))
    assert count.p == ((0, 5, 5, 5), (5, 0, 7, 5), (5, 5, 0, 5), (6, 5, 5, 0))
    assert count.winners == ("b", "d")
    assert count.margin == 0


def test_ties_inside_a_ballot_count_for_neither():
    """A voter who places two candidates equal prefers neither (Schulze 2011, section 2.1):
    2 ballots A=B>C and 1 ballot C>A>B give d[A,B] = 1, d[B,A] = 0."""
    count = count_ballot("ABC", [{"A": 1, "B": 1, "C": 2}] * 2 + [{"C": 1, "A": 2, "B": 3}])
    assert count.d == ((0, 1, 2), (0, 0, 2), (1, 1, 0))
    assert count.winners == ("A",)
    assert count.margin == 1


def test_partial_rankings_rank_the_unranked_below():
    """Debian Constitution A.6 (Schulze, winning votes): options a voter does not rank are
    equal to each other and below every ranked one. Ballots: 'A' alone (×3), 'B > C' (×2),
    'C' alone (×2). By hand: d[A,B] = 3 and d[A,C] = 3 (the 'A' ballots); d[B,A] = 2;
    d[C,A] = 2 + 2 = 4 (C is ranked on both other kinds, A on neither); B and C 2 each.
    Links C→A (4) and A→B (3): C wins, by min(4 - 0, 3 - 0) = 3."""
    count = count_ballot("ABC", [{"A": 1}] * 3 + [{"B": 1, "C": 2}] * 2 + [{"C": 1}] * 2)
    assert count.d == ((0, 3, 3), (2, 0, 2), (4, 2, 0))
    assert count.p == ((0, 3, 0), (0, 0, 0), (4, 3, 0))
    assert count.winners == ("C",)
    assert count.margin == 3
    # An empty set of ballots leaves every candidate tied.
    assert count_ballot("AB", []).winners == ("A", "B")


def test_recused_juror_leaves_a_candidate_out_without_favouring_it():
    """A juror recused on A ranks B > C only: A counts below both on that ballot, as with
    any partial ranking; the other two ballots decide A against B."""
    count = count_ballot("ABC", [{"A": 1, "B": 2, "C": 3}, {"A": 1, "C": 2, "B": 3},
                                 {"B": 1, "C": 2}])
    assert count.d[0][1] == 2 and count.d[1][0] == 1
    assert count.winners == ("A",)


def test_stray_candidate_refused():
    with pytest.raises(ValueError, match="not a candidate: Z"):
        count_ballot("AB", [{"Z": 1}])


def test_paper_cells_with_ties_and_gaps():
    assert parse_ranking(["B", "A; C", ""], "ABC") == {"B": 1, "A": 2, "C": 2}
    assert parse_ranking(["A;B", "C"], "ABC") == {"A": 1, "B": 1, "C": 3}
    with pytest.raises(ValueError, match="rank 2: 'A' is ranked twice"):
        parse_ranking(["A", "A"], "ABC")
    with pytest.raises(ValueError, match="rank 1: 'Q' is not a candidate"):
        parse_ranking(["Q"], "ABC")
