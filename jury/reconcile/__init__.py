"""Pure reconciliation: statistics, leniency, ranking. numpy and the standard library only.

Import the pieces from their modules (jury.reconcile.results.reconcile, ...); this package
file stays empty so that importing it costs nothing.
"""
