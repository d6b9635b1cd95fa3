"""jury: score, reconcile and rank the entries of an award, in the terminal."""

__version__ = "0.1.0"
