"""The hostile corpus: text that tries to act instead of being read.

Every route that shows or stores outside text (imports, screens, dialogs, the command line)
runs these. `CASES` names each string; `hostile_award` builds a database where entries,
jurors, notes, recusals, decisions and the audit trail carry them, written straight into the
tables the way data from before the import checks (or from another tool) would sit there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Case:
    """One hostile string. `marker` is a plain part of it that must appear literally wherever
    the string is shown; `stored` is False for text no database column can hold (NUL), which
    the import must refuse rather than store."""

    name: str
    text: str
    marker: str
    stored: bool = True
    tags: frozenset[str] = field(default_factory=frozenset)


def _case(name: str, text: str, marker: str, *tags: str, stored: bool = True) -> Case:
    return Case(name, text, marker, stored, frozenset(tags))


CASES: tuple[Case, ...] = (
    # Markup that would run an action or change the look if it were parsed.
    _case("click_screenshot", "[@click=app.screenshot('jury.db','.')]save.me",
          "[@click=app.screenshot(", "markup"),
    _case("click_quit", "[@click=app.quit]Quit[/]", "[@click=app.quit]Quit[/]", "markup"),
    _case("click_bell", "[@click=bell]ring[/]", "[@click=bell]ring", "markup"),
    _case("closing_tag", "[/]", "[/]", "markup"),
    _case("closing_named", "Rijn [/bold] Zonen", "[/bold]", "markup"),
    _case("rich_link", "[link=file:///etc/passwd]Groen BV[/link]", "[link=file:///etc/passwd]",
          "markup"),
    _case("style", "[bold red on white]ALARM[/]", "[bold red on white]ALARM", "markup"),
    _case("variable", "[$error]kleur[/] $accent", "[$error]kleur", "markup"),
    _case("escaped_markup", "\\[b]niet vet\\[/b]", "\\[b]niet vet", "markup"),
    _case("unclosed", "[b", "[b", "markup"),
    # Terminal control: window titles, screen clearing, hyperlinks, 8-bit controls.
    _case("osc_title", "Titel\x1b]0;pwned\x07 na", "]0;pwned", "escape"),
    _case("csi_clear", "\x1b[2J\x1b[HWeg", "[2J", "escape"),
    _case("osc8_link", "\x1b]8;;file:///etc/passwd\x1b\\klik\x1b]8;;\x1b\\",
          "]8;;file:///etc/passwd", "escape"),
    _case("c1_csi", "C1\x9b2J\x9d0;titel\x9c", "C1", "escape", "c1"),
    _case("bell_backspace", "bel\x07\x08\x08\x08weg", "bel", "escape"),
    _case("carriage_return", "veilig\rGEVAARLIJK", "GEVAARLIJK", "escape"),
    _case("nul", "nul\x00byte", "nul", "escape", stored=False),
    # Bidirectional overrides and invisible characters.
    _case("bidi_override", "factuur\u202egnp.exe\u202c", "factuur", "bidi"),
    _case("bidi_isolate", "\u2067admin\u2069 \u200fmark\u200e", "admin", "bidi"),
    _case("zero_width", "nul\u200bbreedte\ufeff", "breedte", "bidi"),
    # Size, scripts and shapes that stretch a layout.
    _case("very_long", "Lang" + "W" * 5000 + "einde", "LangWWWW", "size"),
    _case("emoji_combining", "👩🏽‍🔬 Zalgo: Z̴̡̢a̷l̸g̵o̶ e\u0301\u0301\u0301", "Zalgo:", "unicode"),
    _case("rtl", "مبادرة التكنولوجيا الشاملة", "مبادرة", "unicode"),
    _case("newline", "eerste regel\ntweede regel", "eerste regel", "shape"),
    _case("whitespace_only", " \t  ", "", "shape"),
    # Text that means something to other programs.
    _case("sql", "Robert'); DROP TABLE entry;--", "DROP TABLE entry;--", "other"),
    _case("formula", '=HYPERLINK("http://evil.example","klik")', "=HYPERLINK(", "other"),
    _case("path", "../../etc/passwd", "../../etc/passwd", "other"),
    _case("html", "<script>alert(1)</script>", "<script>alert(1)</script>", "other"),
)

STORED: tuple[Case, ...] = tuple(c for c in CASES if c.stored)
BY_NAME: dict[str, Case] = {c.name: c for c in CASES}
MARKUP_CASES: tuple[Case, ...] = tuple(c for c in CASES if "markup" in c.tags)

# What must never leave the tool towards a terminal: C0 controls except newline and tab,
# DEL, C1 controls, and the characters that reorder text (bidi embeddings, overrides,
# isolates and marks).
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

# A Markdown description that tries every way a link or markup could act.
DESCRIPTION = """\
# Ons initiatief {marker}

Tekst: {text}

* [Onze website](https://example.org/over-ons)
* [Lokaal bestand](file:///etc/passwd)
* [Actie](app.quit)
* [Script](javascript:alert(1))
* [@click=app.quit]klik hier[/]

`{marker}`
"""


def assert_no_escape_bytes(output: str) -> None:
    """Fail when `output` holds a byte a terminal would act on (or reorder text by).

    For output captured without a terminal: on a real terminal Rich adds its own styling.
    """
    found = _FORBIDDEN.search(output)
    if found:
        start = max(0, found.start() - 30)
        raise AssertionError(f"control character U+{ord(found.group()):04X} in output near "
                             f"{output[start:found.end() + 30]!r}")


def hostile_id(n: int, case: Case) -> str:
    """An entry id that carries the case itself, so ids are hostile too (at most 64 long)."""
    return f"H{n:02d} {case.text}"[:64]


def hostile_juror(n: int, case: Case) -> str:
    return f"{case.text}"[:180] + f" #{n:02d}"


@dataclass
class HostileAward:
    """What `hostile_award` built: the services and which entry and juror carry which case."""

    services: Any
    entries: dict[str, str]
    jurors: dict[str, str]
    juror: str = "Sanne Bakker"
    chair: str = "Marieke Hoekstra"
    pin: str = "2468"


def hostile_award(url: str, *, phase: str = "scoring",
                  cases: Iterable[Case] = STORED) -> HostileAward:
    """A database on `url` with the sample edition plus one entry and one juror per case.

    Each hostile entry carries its case in the id, title, organisation, contact, e-mail,
    description and an extra field (its header too); each hostile juror carries it in the name,
    their notes on every criterion, their overall note and a recusal reason. The award's name
    and edition, the category labels and the audit trail carry hostile text as well.
    The plain juror (`juror`) and the chair score every entry; on hostile entries the plain
    juror's notes are hostile, so their score screen shows it. `phase` 'deliberation' or
    'final' adds consensus and category decisions whose rationales are hostile.
    """
    import sqlalchemy as sa
    from sqlmodel import Session

    from jury.models import (
        AuditEvent,
        Award,
        Category,
        CategoryDecision,
        ConsensusDecision,
        Criterion,
        Entry,
        EntryNote,
        Juror,
        Recusal,
        Score,
        utcnow,
    )
    from jury.services.pins import hash_pin

    from ..conftest import sample_award

    cases = [c for c in cases if c.stored]
    built = HostileAward(services=None, entries={}, jurors={})
    services = sample_award(url, built.juror)
    services.jurors.add(_secretary(), built.chair, built.pin, chair=True)
    built.services = services
    now = utcnow()
    pin_hash = hash_pin(built.pin)
    with Session(services.engine) as session:
        categories = session.exec(sa.select(Category)).scalars().all()  # type: ignore[call-overload]
        for i, category in enumerate(categories):
            case = MARKUP_CASES[i % len(MARKUP_CASES)]
            category.label_nl = f"{category.label_nl} {case.text}"
            category.label_en = f"{category.label_en} {case.text}"
        award = session.exec(sa.select(Award)).scalars().one()  # type: ignore[call-overload]
        # The award's settings are checked whenever they are read (award.toml rules), so
        # they carry markup only: text that is valid there and still must not act.
        award.name = f"{award.name} {BY_NAME['click_quit'].text}"
        award.edition = f"2026 {BY_NAME['style'].text}"
        keys = [c.key for c in categories]
        for n, case in enumerate(cases):
            entry_id = hostile_id(n, case)
            built.entries[case.name] = entry_id
            session.add(Entry(
                id=entry_id, category_key=keys[n % len(keys)] if keys else None,
                title=case.text, organisation=f"Org {case.text}", contact=case.text,
                email=f"{case.text}@voorbeeld.example",
                description=DESCRIPTION.format(marker=case.marker, text=case.text),
                extra={f"veld {case.text}"[:80]: case.text}, source="hostile",
                created_at=now, updated_at=now,
            ))
            name = hostile_juror(n, case)
            built.jurors[case.name] = name
            session.add(Juror(name=name, role="juror", pin_hash=pin_hash, created_at=now))
        session.flush()
        jurors = {j.name: j for j in session.exec(sa.select(Juror)).scalars()}  # type: ignore[call-overload]
        criteria = list(session.exec(sa.select(Criterion)).scalars())  # type: ignore[call-overload]
        entries = [e.id for e in session.exec(sa.select(Entry)).scalars()]  # type: ignore[call-overload]
        hostile_ids = set(built.entries.values())
        scorers = [built.juror, built.chair, *list(built.jurors.values())[:6]]
        texts = {built.entries[c.name]: c.text for c in cases}
        for j, name in enumerate(scorers):
            juror_id = jurors[name].id
            for k, entry_id in enumerate(entries):
                for c, criterion in enumerate(criteria):
                    value = float(1 + (j * 3 + k * 2 + c) % 10)
                    note = texts.get(entry_id, "") if name == built.juror else ""
                    session.add(Score(juror_id=juror_id, entry_id=entry_id,
                                      criterion_id=criterion.id, value=value, note=note,
                                      updated_at=now))
                if entry_id in hostile_ids and name == built.juror:
                    session.add(EntryNote(juror_id=juror_id, entry_id=entry_id,
                                          note=texts[entry_id], updated_at=now))
        for case in cases:
            name = built.jurors[case.name]
            entry_id = built.entries[case.name]
            if name not in scorers:
                session.add(Recusal(juror_id=jurors[name].id, entry_id=entry_id,
                                    reason="other", reason_text=case.text, created_at=now))
                session.add(EntryNote(juror_id=jurors[name].id, entry_id=entries[0],
                                      note=case.text, updated_at=now))
            session.add(AuditEvent(at=now, actor=name, action="score.changed",
                                   subject=f"{entry_id} · innovation",
                                   old={"value": 5, "note": case.text},
                                   new={"value": 6, "note": case.text}, detail=case.text))
        if phase in ("deliberation", "final"):
            award.phase = phase
            award.phase_changed_at = now
            for case in cases[:8]:
                session.add(ConsensusDecision(
                    entry_id=built.entries[case.name], criterion_id=None, value=7.0,
                    rationale=case.text, decided_by=built.chair, decided_at=now))
            for n, key in enumerate(keys):
                case = cases[n % len(cases)]
                chosen = list(built.entries.values())[n:n + 2]
                session.add(CategoryDecision(
                    category_key=key, kind="nominees", proposed=chosen, chosen=chosen,
                    rationale=case.text, decided_by=built.chair, decided_at=now))
        session.commit()
    return built


def _secretary() -> Any:
    from jury.services import Actor

    return Actor.secretary()
