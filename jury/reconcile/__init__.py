"""Pure reconciliation: statistics, leniency, ranking. numpy and the standard library only."""
