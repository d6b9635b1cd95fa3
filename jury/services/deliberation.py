"""The chair's table: phases, consensus decisions, nominees and winners, the record.

Every rule lives in the services, not in the screens: only the chair decides; decisions are
taken in deliberation; final locks everything and freezes the ranking; going back needs a
reason. The rules are split by what they are about (jury.services.phases, .decisions,
.record); `DeliberationService` is the one door the screens and the command line use.
"""

from __future__ import annotations

from jury.errors import UnsubmittedJurors
from jury.services.decisions import DECISION_KINDS, DecisionService, LaudatioDraft
from jury.services.phases import RECENT_SIGNINS, PhaseChange, PhaseService, Progress
from jury.services.record import (
    AuditRow,
    CategoryRecord,
    ConsensusRecord,
    Decisions,
    EntryRecord,
    JurorScore,
    LaudatioRecord,
    RecordService,
)

__all__ = [
    "DECISION_KINDS", "RECENT_SIGNINS", "AuditRow", "CategoryRecord", "ConsensusRecord",
    "DecisionService", "Decisions", "DeliberationService", "EntryRecord", "JurorScore",
    "LaudatioDraft", "LaudatioRecord", "PhaseChange", "PhaseService", "Progress",
    "RecordService", "UnsubmittedJurors",
]


class DeliberationService(PhaseService, DecisionService, RecordService):
    """Phases, decisions and the record over one engine."""
