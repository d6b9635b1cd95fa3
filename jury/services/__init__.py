"""The service layer: every write goes through here, one transaction per call."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from jury.services.award import AwardService
from jury.services.ballots import BallotService
from jury.services.base import Actor
from jury.services.deliberation import DeliberationService
from jury.services.demo import DemoService
from jury.services.entries import EntryService
from jury.services.feedback import FeedbackService
from jury.services.jurors import JurorService
from jury.services.meeting import MeetingService
from jury.services.minutes import MinutesService
from jury.services.results import ResultsService
from jury.services.scoresheets import ScoresheetService
from jury.services.scoring import ScoringService
from jury.services.status import StatusService
from jury.services.views import ViewService

__all__ = ["Actor", "Services"]


class Services:
    """All services over one engine; built once by the composition root."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.award = AwardService(engine)
        self.entries = EntryService(engine)
        self.jurors = JurorService(engine)
        self.scoring = ScoringService(engine)
        self.status = StatusService(engine)
        self.demo = DemoService(engine)
        self.views = ViewService(engine)
        self.results = ResultsService(engine)
        self.deliberation = DeliberationService(engine)
        self.scoresheets = ScoresheetService(engine)
        self.meeting = MeetingService(engine)
        self.ballots = BallotService(engine)
        self.minutes = MinutesService(engine)
        self.feedback = FeedbackService(engine)

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> Services:
        """Engine, schema and services for one database: what every front end starts from."""
        from jury.db import ensure_schema, make_engine
        from jury.services.base import retried

        engine = make_engine(url, create=create)
        # Opening checks (and may upgrade) the schema in a write transaction: another
        # process holding the write lock makes it wait and try again, like every write.
        retried(ensure_schema)(engine)
        return cls(engine)
