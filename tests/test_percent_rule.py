"""One rule for a chance in words, shared by `jury results` and the workbook."""

import pytest

from jury.statistics_text import percent, places


@pytest.mark.parametrize(("share", "said"), [
    (None, "–"), (0.0, "0%"), (0.001, "<1%"), (0.0049, "<1%"), (0.005, "1%"),
    (0.125, "13%"), (0.985, "99%"), (0.5, "50%"), (0.9949, "99%"), (0.995, ">99%"),
    (0.999, ">99%"), (1.0, "100%"),
])
def test_halves_round_up_and_the_ends_are_never_a_false_0_or_100(share, said):
    assert percent(share) == said


def test_one_place_is_one_number():
    assert places((1, 1)) == "1"
    assert places((2, 5)) == "2–5"
