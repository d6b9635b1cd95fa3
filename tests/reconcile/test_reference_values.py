"""The statistics against published worked examples."""

import numpy as np
import pytest

from jury.reconcile.reliability import (
    bootstrap_alpha,
    icc,
    kendall_w,
    krippendorff_alpha,
    rank_average,
    reliability,
    spearman,
)

nan = np.nan

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers,
# twelve units, values 1-5, "." missing.
KRIPPENDORFF_2011 = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
]).T

# Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
# Psychological Bulletin 86(2), Table 2: six targets rated by four judges; Table 4 gives
# ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
SHROUT_FLEISS = np.array([
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
], dtype=float)


def test_krippendorff_2011_interval_and_ordinal():
    assert krippendorff_alpha(KRIPPENDORFF_2011, "interval") == pytest.approx(0.849, abs=5e-4)
    assert krippendorff_alpha(KRIPPENDORFF_2011, "ordinal") == pytest.approx(0.815, abs=5e-4)


def test_alpha_is_undefined_without_variation_or_pairs():
    assert krippendorff_alpha(np.full((4, 3), 5.0)) is None
    assert krippendorff_alpha(np.array([[1.0, nan], [nan, 2.0]])) is None


def test_alpha_is_one_for_perfect_agreement_and_the_bootstrap_brackets_it():
    values = np.array([[1, 1, 1], [3, 3, 3], [5, 5, nan], [2, 2, 2]], dtype=float)
    assert krippendorff_alpha(values) == pytest.approx(1.0)
    low, high = bootstrap_alpha(KRIPPENDORFF_2011, resamples=1000, seed=7)
    assert low < 0.849 < high
    assert bootstrap_alpha(KRIPPENDORFF_2011, seed=7) == bootstrap_alpha(KRIPPENDORFF_2011, seed=7)


def test_shrout_fleiss_1979_table_4():
    forms = icc(SHROUT_FLEISS)
    published = {"ICC(1)": 0.17, "ICC(A,1)": 0.29, "ICC(C,1)": 0.71,
                 "ICC(1,k)": 0.44, "ICC(A,k)": 0.62, "ICC(C,k)": 0.91}
    for name, value in published.items():
        assert forms[name] == pytest.approx(value, abs=0.005), name


def test_kendall_w_sprent_and_smeeton_pulse_rates():
    """Sprent & Smeeton (2000), Applied Nonparametric Statistical Methods, 3rd ed., §6.3.2:
    seven students' pulse rates on three occasions give Friedman's statistic 10.57. Seen as
    seven judges ranking three occasions, W = chi² / (m (n - 1)) = 10.571 / 14 (Kendall &
    Babington Smith 1939)."""
    before = [72, 96, 88, 92, 74, 76, 82]
    after = [120, 120, 132, 120, 101, 96, 112]
    five_minutes = [76, 95, 104, 96, 84, 72, 76]
    occasions_by_students = np.array([before, after, five_minutes], dtype=float)
    assert kendall_w(occasions_by_students) == pytest.approx(10.571428571 / 14, abs=1e-9)


def test_kendall_w_tie_correction_by_hand():
    """Three judges, four entries; judge 3 ties two entries.
    Ranks: J1 1 2 3 4, J2 1 2 3 4, J3 1.5 1.5 3 4 → R = 3.5 5.5 9 12, mean 7.5,
    S = 16 + 4 + 2.25 + 20.25 = 42.5; T = 2³ - 2 = 6;
    W = 12 · 42.5 / (9 · 60 - 3 · 6) = 510 / 522."""
    scores = np.array([[1, 1, 7], [2, 2, 7], [3, 3, 8], [4, 4, 9]], dtype=float)
    assert kendall_w(scores) == pytest.approx(510 / 522)
    assert kendall_w(np.array([[1, 1], [2, 2], [3, 3]], dtype=float)) == pytest.approx(1.0)
    assert kendall_w(np.array([[1, 3], [2, 2], [3, 1]], dtype=float)) == pytest.approx(0.0)


def test_mid_ranks_and_spearman():
    assert rank_average(np.array([10.0, 20, 20, 5])).tolist() == [2.0, 3.5, 3.5, 1.0]
    assert spearman(np.array([1.0, 2, 3, 4]), np.array([2.0, 4, 6, 8])) == pytest.approx(1.0)
    assert spearman(np.array([1.0, 2, 3, 4]), np.array([4.0, 3, 2, 1])) == pytest.approx(-1.0)
    assert spearman(np.array([1.0, 2, nan]), np.array([1.0, 2, 3])) is None


def test_reliability_reads_as_bands_for_the_words_in_i18n():
    found = reliability(SHROUT_FLEISS, resamples=200)
    assert found.complete_entries == 6
    assert found.icc["ICC(A,k)"] == pytest.approx(0.620, abs=5e-4)
    assert found.bands["icc"] == "moderate"
    assert found.alpha_interval_ci is not None
