import numpy as np
import pytest

from jury.reconcile.leniency import fit_leniency, juror_groups

nan = np.nan


def test_complete_design_adjusted_equals_the_plain_mean():
    values = np.array([[7, 8, 6], [5, 6, 4], [9, 9, 8]], dtype=float)
    fit = fit_leniency(values)
    assert fit.adjusted == pytest.approx(values.mean(axis=1))
    assert fit.leniency.sum() == pytest.approx(0.0)
    assert fit.connected


def test_a_recusal_does_not_favour_the_entry_the_strict_juror_skipped():
    """Juror C is two points stricter than A and B. Entry 2 is as good as entry 1, but C
    recused from it: its plain mean is higher only because the strict juror is absent."""
    values = np.array([[8, 8, 6], [8, 8, nan], [6, 6, 4]], dtype=float)
    fit = fit_leniency(values)
    plain = np.nanmean(values, axis=1)
    assert plain[1] > plain[0]
    assert fit.adjusted[1] == pytest.approx(fit.adjusted[0])
    assert fit.leniency[2] == pytest.approx(fit.leniency[0] - 2)


def test_standard_errors_follow_the_residual_spread():
    rng = np.random.default_rng(3)
    quality = rng.normal(6, 1, 200)
    leniency = np.array([0.5, -0.5, 0.0, 0.3])
    values = quality[:, None] + leniency + rng.normal(0, 0.4, (200, 4))
    fit = fit_leniency(values)
    assert fit.leniency - fit.leniency.mean() == pytest.approx(leniency - leniency.mean(),
                                                               abs=0.15)
    # Complete design: se = sigma · sqrt((1 - 1/J) / E).
    assert fit.leniency_se == pytest.approx(np.full(4, 0.4 * np.sqrt(0.75 / 200)), rel=0.2)


def test_a_disconnected_design_is_detected():
    values = np.array([[7, 8, nan, nan], [6, 7, nan, nan], [nan, nan, 4, 5], [nan, nan, 6, 6]])
    fit = fit_leniency(values)
    assert not fit.connected
    assert fit.groups == ((0, 1), (2, 3))
    assert juror_groups(~np.isnan(values[:, :2])) == ((0, 1),)


def test_a_juror_without_scores_has_no_leniency():
    values = np.array([[7, 8, nan], [6, 7, nan]])
    fit = fit_leniency(values)
    assert np.isnan(fit.leniency[2]) and np.isnan(fit.leniency_se[2])
    assert fit.groups == ((0, 1),)
