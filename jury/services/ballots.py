"""Secret ranked ballots per category, counted by the Schulze method.

The chair opens a ballot on a category's confirmed nominees and closes it; each juror ranks
the candidates (ties allowed, unranked ones count below every ranked one) and confirms with
their PIN; the secretary enters paper ballots. The stored paper names no voter: a juror's
later vote finds and replaces their earlier one by a receipt, scrypt(PIN, juror, ballot
salt), that only someone who knows the PIN can make again. Who has voted is kept apart, and
nobody reads a ballot: before closing only the voters' names are shown, after it the count.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence

import sqlalchemy as sa
from sqlmodel import Session, col, select

from jury import limits, repository
from jury.errors import ConflictError, ImportProblems, NotFoundError, PermissionDenied, WrongPin
from jury.i18n import Both, Message, Word
from jury.models import utcnow
from jury.models_meeting import Ballot, BallotPaper, BallotVoter, Meeting
from jury.services import pins
from jury.services.ballot_views import BallotState, MyBallot, PaperRow
from jury.services.base import Actor, Service, audit, require, require_award, retried

# scrypt's cost: about 50 ms per receipt here, so trying every 4-digit PIN for every juror
# on a copy of the database takes minutes, not microseconds (see README, "Secret ballots").
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class BallotService(Service):
    @retried
    def open(self, actor: Actor, category: str | None) -> BallotState:
        """Open a ballot on the category's confirmed nominees (a new round if one was
        held before)."""
        require(actor, "chair", because="ballot.chair_opens")
        with self.transaction() as session:
            _require_deliberation(session)
            if _ballot(session, category, state="open") is not None:
                raise ConflictError("ballot.already_open",
                                    category=category_name(session, category))
            nominees = candidates_for(session, category, confirmed=True)
            if len(nominees) < 2:
                raise PermissionDenied("ballot.needs_nominees",
                                       category=category_name(session, category))
            last = _ballot(session, category)
            ballot = Ballot(category_key=category, number=(last.number + 1) if last else 1,
                            candidates=list(nominees), salt=secrets.token_hex(16),
                            opened_by=actor.name, opened_at=utcnow())
            session.add(ballot)
            session.flush()
            audit(session, actor, "ballot.opened", _subject(ballot), new=list(nominees))
            _touch_meeting(session)
            return _state(session, ballot)

    @retried
    def vote(self, actor: Actor, category: str | None, ranking: Mapping[str, int],
             pin: str) -> bool:
        """Cast (or replace) the juror's own ranking; True when it replaced an earlier one.

        Places are whole numbers from 1 (best); equal places are a tie; a candidate left out
        ranks below all ranked ones. A juror recused on a candidate ranks the others only.
        """
        require(actor, "juror", because="ballot.juror_votes")
        with self.transaction() as session:
            juror = repository.juror_by_name(actor.name, session=session, lock=True)
            if juror is None:
                raise NotFoundError("meeting.no_juror", name=actor.name)
            if not pin or not pins.verify_pin(pin, juror.pin_hash):
                raise WrongPin("meet.wrong_pin")
            ballot = _ballot(session, category, state="open", lock=True)
            if ballot is None:
                raise ConflictError("ballot.none_open", category=category_name(session, category))
            recused = _recused_on(session, int(juror.id or 0), ballot.candidates)
            clean = _check_ranking(dict(ranking), ballot.candidates, recused)
            receipt = _receipt(pin, actor.name, ballot)
            mine = session.exec(select(BallotPaper).where(
                BallotPaper.ballot_id == ballot.id, BallotPaper.receipt == receipt)).first()
            voted = session.exec(select(BallotVoter).where(
                BallotVoter.ballot_id == ballot.id, BallotVoter.juror_id == juror.id)).first()
            if voted is not None and mine is None:
                raise ConflictError("ballot.pin_changed")
            if mine is not None:
                session.delete(mine)
                session.flush()
            # A new random key each time: a replaced vote does not keep its old place.
            session.add(BallotPaper(id=secrets.token_hex(16), ballot_id=int(ballot.id or 0),
                                    ranking=clean, source="app", receipt=receipt))
            if voted is None:
                session.add(BallotVoter(ballot_id=int(ballot.id or 0), juror_id=int(juror.id or 0)))
            audit(session, actor, "ballot.voted", _subject(ballot),
                  detail="replaced the earlier vote" if mine is not None else "")
            _touch_meeting(session)
            return mine is not None

    @retried
    def import_papers(self, actor: Actor,
                      rows: Sequence[PaperRow]) -> dict[tuple[str | None, int], int]:
        """The paper ballots of each ballot in the file, replacing those imported before
        (the file is the whole stack of paper). All rows or none. Returns the number of
        paper ballots per (category, ballot number)."""
        require(actor, "secretary", "chair", because="ballot.who_enters_papers")
        with self.transaction() as session:
            by_ballot: dict[int, list[dict[str, int]]] = {}
            ballots: dict[int, Ballot] = {}
            problems: list[str | Message] = []
            for row in rows:
                ballot = _ballot(session, row.category, number=row.number, lock=True)
                if ballot is None:
                    problems.append(Message("ballot.paper_no_ballot", dict(
                        where=row.where, number=row.number,
                        category=category_name(session, row.category))))
                    continue
                if ballot.state != "open":
                    problems.append(Message("ballot.paper_closed", dict(
                        where=row.where, number=row.number,
                        category=category_name(session, row.category))))
                    continue
                try:
                    clean = _check_ranking(row.ranking, ballot.candidates, ())
                except PermissionDenied as error:
                    problems.append(Message("ballot.paper_problem",
                                            dict(where=row.where, problem=error.said)))
                    continue
                ballots[int(ballot.id or 0)] = ballot
                by_ballot.setdefault(int(ballot.id or 0), []).append(clean)
            if problems:
                raise ImportProblems(problems, what="paper ballots")
            counts = {}
            for ballot_id, rankings in by_ballot.items():
                session.execute(sa.delete(BallotPaper).where(
                    BallotPaper.ballot_id == ballot_id,  # type: ignore[arg-type]
                    BallotPaper.source == "paper"))  # type: ignore[arg-type]
                for ranking in rankings:
                    session.add(BallotPaper(id=secrets.token_hex(16), ballot_id=ballot_id,
                                            ranking=ranking, source="paper"))
                ballot = ballots[ballot_id]
                counts[(ballot.category_key, ballot.number)] = len(rankings)
                audit(session, actor, "ballot.papers_imported", _subject(ballot),
                      new=len(rankings))
            _touch_meeting(session)
            return counts

    @retried
    def close(self, actor: Actor, category: str | None) -> BallotState:
        """Close the ballot and count it: the pairwise matrix, the strongest paths, the
        winner(s) and the margin (jury.reconcile.ballot)."""
        from jury.reconcile.ballot import count_ballot

        require(actor, "chair", because="ballot.chair_closes")
        with self.transaction() as session:
            ballot = _ballot(session, category, state="open", lock=True)
            if ballot is None:
                raise ConflictError("ballot.none_open", category=category_name(session, category))
            papers = list(session.exec(select(BallotPaper).where(
                BallotPaper.ballot_id == ballot.id)))
            if not papers:
                raise PermissionDenied("ballot.nobody_voted")
            count = count_ballot(ballot.candidates, [p.ranking for p in papers])
            ballot.result = {
                "voters": count.voters, "candidates": list(count.candidates),
                "d": [list(r) for r in count.d], "p": [list(r) for r in count.p],
                "winners": list(count.winners), "order": list(count.order),
                "margin": count.margin,
                "paper": sum(1 for p in papers if p.source == "paper"),
            }
            ballot.state, ballot.closed_by, ballot.closed_at = "closed", actor.name, utcnow()
            session.add(ballot)
            audit(session, actor, "ballot.closed", _subject(ballot), new=ballot.result)
            _touch_meeting(session)
            return _state(session, ballot)

    @retried
    def casting_vote(self, actor: Actor, category: str | None, entry: str,
                     rationale: str) -> BallotState:
        """The chair decides a tie among the Schulze winners, with a rationale."""
        require(actor, "chair", because="ballot.chair_casts")
        rationale = limits.check_text("rationale", rationale.strip(), Message("what.rationale"))
        if not rationale:
            raise PermissionDenied("ballot.rationale_needed")
        with self.transaction() as session:
            ballot = _ballot(session, category, lock=True)
            if ballot is None or ballot.state != "closed" or ballot.result is None:
                raise ConflictError("ballot.not_closed",
                                    category=category_name(session, category))
            winners = ballot.result["winners"]
            if len(winners) < 2:
                raise ConflictError("ballot.no_tie")
            if entry not in winners:
                raise PermissionDenied("ballot.casting_between", entries=list(winners))
            ballot.casting = {"entry": entry, "rationale": rationale, "by": actor.name,
                              "at": utcnow().isoformat()}
            session.add(ballot)
            audit(session, actor, "ballot.casting_vote", _subject(ballot), new=entry,
                  detail=rationale)
            _touch_meeting(session)
            return _state(session, ballot)

    def status(self, actor: Actor) -> list[BallotState]:
        """Every ballot, oldest first: state, who has voted, and once closed the count."""
        require(actor, "chair", "secretary", "screen", because="ballot.who_sees_voters")
        with self.reading() as session:
            rows = session.exec(select(Ballot).order_by(col(Ballot.id))).all()
            found = [_state(session, b) for b in rows]
            if actor.role == "screen":
                found = [BallotState(s.category, s.number, s.state, s.candidates, (),
                                     s.papers + len(s.voters), s.opened_at, s.closed_at,
                                     s.result, s.casting) for s in found]
            return found

    def mine(self, actor: Actor, category: str | None) -> MyBallot:
        """The juror's view of the category's newest ballot."""
        require(actor, "juror", because="ballot.juror_has")
        with self.reading() as session:
            ballot = _ballot(session, category)
            if ballot is None:
                raise NotFoundError("ballot.none_yet", category=category_name(session, category))
            juror = repository.juror_by_name(actor.name, session=session)
            juror_id = int(juror.id or 0) if juror else 0
            titles = {e: t for e, t, _, _ in repository.entry_summaries(session=session)}
            voted = session.exec(select(BallotVoter).where(
                BallotVoter.ballot_id == ballot.id, BallotVoter.juror_id == juror_id)).first()
            return MyBallot(category, ballot.number, ballot.state, tuple(ballot.candidates),
                            {c: titles.get(c, "") for c in ballot.candidates},
                            tuple(_recused_on(session, juror_id, ballot.candidates)),
                            voted is not None,
                            *((ballot.result, ballot.casting) if ballot.state == "closed"
                              else (None, None)))


# Shared with the meeting and the results --------------------------------------------------


def candidates_for(session: Session, category: str | None, *,
                   confirmed: bool = False) -> list[str]:
    """The newest ballot's candidates, or the category's confirmed nominees (with
    `confirmed`, only those)."""
    if not confirmed:
        ballot = _ballot(session, category)
        if ballot is not None:
            return list(ballot.candidates)
    from jury.services.results import current_category_decisions

    decision = current_category_decisions(session).get((category, "nominees"))
    return list(decision.chosen) if decision else []


def ballot_winners(session: Session) -> dict[str | None, str]:
    """Per category the newest closed ballot's winner (the casting vote in a tie): the
    proposal for the category's winner decision."""
    found: dict[str | None, str] = {}
    for ballot in session.exec(select(Ballot).where(Ballot.state == "closed")
                               .order_by(col(Ballot.id))):
        state = _state(session, ballot)
        if state.winner is not None:
            found[ballot.category_key] = state.winner
        else:
            found.pop(ballot.category_key, None)
    return found


def _state(session: Session, ballot: Ballot) -> BallotState:
    names = {j.id: j.name for j in repository.jurors(session=session)}
    voters = sorted(names.get(v.juror_id, "?") for v in session.exec(
        select(BallotVoter).where(BallotVoter.ballot_id == ballot.id)))
    papers = session.exec(select(sa.func.count()).select_from(BallotPaper).where(
        BallotPaper.ballot_id == ballot.id,  # type: ignore[arg-type]
        BallotPaper.source == "paper")).one()  # type: ignore[arg-type]
    return BallotState(ballot.category_key, ballot.number, ballot.state,
                       tuple(ballot.candidates), tuple(voters), int(papers), ballot.opened_at,
                       ballot.closed_at, ballot.result, ballot.casting)


def _ballot(session: Session, category: str | None, *, state: str | None = None,
            number: int | None = None, lock: bool = False) -> Ballot | None:
    query = select(Ballot).where(Ballot.category_key == category if category is not None
                                 else Ballot.category_key == None)  # noqa: E711
    if state is not None:
        query = query.where(Ballot.state == state)
    if number is not None:
        query = query.where(Ballot.number == number)
    if lock:
        query = query.with_for_update()
    return session.exec(query.order_by(col(Ballot.number).desc())).first()


def _receipt(pin: str, name: str, ballot: Ballot) -> str:
    """What finds a juror's own paper again without naming them: only the PIN makes it."""
    return hashlib.scrypt(f"{name}\x00{pin}".encode(),
                          salt=f"{ballot.salt}:{ballot.id}".encode(), **SCRYPT).hex()


def _recused_on(session: Session, juror_id: int, candidates: Sequence[str]) -> list[str]:
    return [r.entry_id for r in repository.recusals(session=session)
            if r.juror_id == juror_id and r.entry_id in candidates]


def _check_ranking(ranking: dict[str, int], candidates: Sequence[str],
                   recused: Sequence[str]) -> dict[str, int]:
    stray = [c for c in ranking if c not in candidates]
    if stray:
        raise PermissionDenied("ballot.not_candidate", stray=stray, candidates=list(candidates))
    conflict = [c for c in ranking if c in recused]
    if conflict:
        raise PermissionDenied("ballot.recused_on", entries=conflict)
    bad = [c for c, place in ranking.items()
           if not isinstance(place, int) or isinstance(place, bool) or place < 1]
    if bad:
        raise PermissionDenied("ballot.whole_place", entries=bad)
    if not ranking:
        raise PermissionDenied("ballot.rank_one")
    return dict(ranking)


def _touch_meeting(session: Session) -> None:
    """The following screens show the ballot's state: bump the open meeting's version."""
    from jury.services.meeting_record import _bump, _open_meeting

    meeting = _open_meeting(session, lock=True)
    if meeting is not None:
        _bump(session, meeting)


def _require_deliberation(session: Session) -> None:
    award = require_award(session, lock="update")
    if award.phase != "deliberation":
        raise PermissionDenied("ballot.in_deliberation", phase=Word(f"phase.{award.phase}"))


def category_name(session: Session, category: str | None) -> Both | Word:
    """The category as a message names it: its label in both languages, never its key;
    'the award' for an award without categories."""
    for row in repository.categories(session=session):
        if row.key == category:
            return Both(row.label_nl, row.label_en)
    return Word("ballot.the_award") if not category else Both(category, category)


def _subject(ballot: Ballot) -> str:
    return f"{ballot.category_key or 'award'} #{ballot.number}"


__all__ = ["BallotService", "BallotState", "Meeting", "MyBallot", "PaperRow",
           "ballot_winners", "candidates_for", "category_name"]
