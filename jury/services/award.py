"""Creating and updating the award from its award.toml."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from jury import repository
from jury.award_settings import AwardSettings
from jury.errors import ConflictError, PermissionDenied
from jury.i18n import Both, Count, number
from jury.models import Award, Category, Criterion, utcnow
from jury.services.base import (
    Actor,
    Service,
    audit,
    load_settings,
    require,
    retried,
    settings_from_rows,
)
from jury.services.scoring_rules import scale_said


@dataclass(frozen=True)
class SetupResult:
    created: bool
    changed: bool
    name: str
    edition: str


class AwardService(Service):
    @retried
    def setup(self, actor: Actor, settings: AwardSettings, *, source: str = "") -> SetupResult:
        """Create the award, or bring an existing one in line with its award.toml.

        Refuses changes that would orphan stored work: a criterion or scale value that
        scores use, a category that entries use, or anything at all once the award is final.
        """
        require(actor, "secretary", "chair", because="award.settings_who")
        with self.transaction() as session:
            award = repository.award(session=session)
            if award is None:
                award = Award(
                    name=settings.award.name,
                    edition=settings.award.edition, created_at=utcnow(),
                    **_award_fields(settings, source),  # type: ignore[arg-type]
                )
                session.add(award)
                _sync_criteria(session, settings)
                _sync_categories(session, settings)
                audit(session, actor, "award.created", award.slug,
                      new=settings.model_dump(mode="json"), detail=source)
                return SetupResult(True, True, award.name, award.edition)

            if (award.name, award.edition) != (settings.award.name, settings.award.edition):
                raise ConflictError(
                    "award.other_award", stored=f"{award.name} {award.edition}",
                    wanted=f"{settings.award.name} {settings.award.edition}")
            old = settings_from_rows(
                award, repository.criteria(session=session),
                repository.categories(session=session),
            )
            if old == settings:
                return SetupResult(False, False, award.name, award.edition)
            if award.phase == "final":
                raise PermissionDenied("award.final_settings")
            _check_scores_fit(session, settings)
            for name, value in _award_fields(settings, source).items():
                setattr(award, name, value)
            award.updated_at = utcnow()
            session.add(award)
            _sync_criteria(session, settings)
            _sync_categories(session, settings)
            audit(session, actor, "award.updated", award.slug,
                  old=old.model_dump(mode="json"), new=settings.model_dump(mode="json"),
                  detail=source)
            return SetupResult(False, True, award.name, award.edition)

    def settings(self) -> AwardSettings:
        with self.reading() as session:
            return load_settings(session)

    def phase(self) -> str:
        with self.reading() as session:
            award = repository.award(session=session)
            return award.phase if award else "scoring"


def _award_fields(settings: AwardSettings, source: str) -> dict:
    now = utcnow()
    return dict(
        slug=settings.slug,
        language=settings.award.language,
        scale_min=settings.scale.min,
        scale_max=settings.scale.max,
        scale_step=settings.scale.step,
        scale_labels=dict(settings.scale.labels),
        scale_labels_en=dict(settings.scale.labels_en),
        aggregate=settings.ranking.aggregate,
        tie_break=list(settings.ranking.tie_break),
        disagreement_range=settings.disagreement_range,
        close_call=settings.ranking.close_call,
        feedback=settings.feedback.model_dump(mode="json", by_alias=True),
        source=source,
        updated_at=now,
    )


def _check_scores_fit(session: Session, settings: AwardSettings) -> None:
    keys = {c.key for c in settings.criteria}
    stored = {c.key: Both(c.label_nl, c.label_en) for c in repository.criteria(session=session)}
    for key, n in repository.score_counts_by_criterion(session=session).items():
        if key not in keys and n:
            raise ConflictError(
                "award.drops_criterion.one" if n == 1 else "award.drops_criterion",
                criterion=stored.get(key, key), scores=Count(n, "score"))
    values = repository.distinct_score_values(session=session)
    off = sorted(v for v in values if not settings.scale.allows(v))
    if off:
        # A decimal comma in Dutch: there the values are set apart by semicolons.
        raise ConflictError("award.scale_too_small", scale=scale_said(settings.scale),
                            values=Both("; ".join(number(v, "nl") for v in off[:5]),
                                        ", ".join(number(v, "en") for v in off[:5])))
    category_keys = {c.key for c in settings.categories}
    in_use = repository.entry_counts_by_category(session=session, include_withdrawn=True)
    lost = sorted(k for k in in_use if k is not None and k not in category_keys)
    if lost:
        labels = {c.key: Both(c.label_nl, c.label_en)
                  for c in repository.categories(session=session)}
        raise ConflictError(
            "award.drops_category.one" if len(lost) == 1 else "award.drops_category",
            categories=[labels.get(k, k) for k in lost])


def _sync_criteria(session: Session, settings: AwardSettings) -> None:
    _sync(session, Criterion, repository.criteria(session=session), settings.criteria)


def _sync_categories(session: Session, settings: AwardSettings) -> None:
    _sync(session, Category, repository.categories(session=session), settings.categories)


def _sync(session: Session, model: type, rows: Sequence, wanted: Sequence) -> None:
    """Make the stored rows match award.toml by key, in its order; drop the rest."""
    stored = {row.key: row for row in rows}
    for position, item in enumerate(wanted):
        row = stored.pop(item.key, None) or model(key=item.key)
        for name, value in item.model_dump().items():
            setattr(row, name, value)
        row.position = position
        session.add(row)
    for row in stored.values():
        session.delete(row)
    session.flush()
