"""The jury's fixed words: phases, roles, reasons for a recusal. No imports, so any layer
(the screens at start-up included) can use them for free."""

PHASES = ("scoring", "deliberation", "final")
ROLES = ("juror", "chair")
RECUSAL_REASONS = ("professional", "personal", "other")
STATUSES = ("scored", "partly", "todo", "recused")
AGGREGATES = ("adjusted", "mean", "median", "trimmed")
