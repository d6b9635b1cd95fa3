"""Plain words for recorded values, shared by the command line and the screens."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def change_text(value: Any, limit: int = 60) -> str:
    """An audit event's old or new value in one short line: '7 · "Overtuigend"', 'mkb: A, B'."""
    if value is None:
        return "–"
    if isinstance(value, dict):
        if "value" in value or "note" in value:
            parts = [_number(value.get("value"))]
            if value.get("note"):
                parts.append(f'"{value["note"]}"')
            if value.get("rationale"):
                parts.append(f'"{value["rationale"]}"')
            text = " · ".join(parts)
        elif "chosen" in value:
            text = ", ".join(value["chosen"])
        else:
            text = "; ".join(f"{k}: {change_text(v, limit)}" for k, v in value.items())
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, float):
        text = _number(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def local_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _number(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def score_text(value: float, language: str) -> str:
    """A score as the juror typed it: 7, 5,5 in Dutch, 5.5 in English."""
    text = f"{value:g}"
    return text.replace(".", ",") if language == "nl" else text


SYMBOLS = {"disagreement": "⚠", "outlier": "◆", "tie": "=", "missing": "○", "consensus": "✓"}
STATUS_SYMBOLS = {"scored": "✓", "partly": "◐", "todo": "·", "recused": "⊘"}


def status_text(status: str, tr: Any) -> str:
    """A juror's status on an entry as symbol and word: '✓ gescoord', '⊘ conflict'."""
    return f"{STATUS_SYMBOLS[status]} {tr('status.word.' + status)}"


def shown_score(figures: Any, aggregate: str) -> float | None:
    """The criterion score the total was made of, under the aggregate in use."""
    if figures.agreed is not None:
        return figures.agreed
    return {"adjusted": figures.adjusted, "mean": figures.mean,
            "median": figures.median}.get(aggregate, figures.mean)


def flag_text(flag: Any, criteria: list[tuple[str, str]], tr: Any) -> str:
    """A flag in words, in the output language, with its symbol."""
    return f"{SYMBOLS.get(flag.kind, '·')} {flag_words(flag, criteria, tr)}"


def flag_words(flag: Any, criteria: list[tuple[str, str]], tr: Any) -> str:
    """A flag (jury.reconcile.flags.Flag: a code and values) in words, in the output
    language: 'oneens over Effectiviteit (Sanne 3, Youssef 9)'."""
    text = tr("flag." + flag.kind)
    if flag.criterion:
        text += f" {criterion_label(flag.criterion, criteria)}"
    if flag.kind == "disagreement" and flag.values:
        pairs = dict(zip(flag.jurors, flag.values, strict=True))
        text += " (" + ", ".join(f"{name} {score_text(value, tr.language)}"
                                 for name, value in pairs.items()) + ")"
    elif flag.kind == "outlier" and flag.values:
        value, median = (score_text(v, tr.language) for v in flag.values)
        said = tr("results.outlier", juror=flag.jurors[0], value=value, median=median)
        text += f" ({said})"
    return text


def criterion_label(key: str, criteria: list[tuple[str, str]]) -> str:
    return dict(criteria).get(key, key)


def rule_label(rule: str, criteria: list[tuple[str, str]], tr: Any) -> str:
    if rule in ("head_to_head", "median", "chair"):
        return tr("rule." + rule)
    return criterion_label(rule, criteria)


def audit_action(action: str, tr: Any) -> str:
    """A recorded action in words ('score.set' → 'score'); an action from a newer version of
    jury, not yet in this catalogue, shows its key rather than nothing."""
    from jury.i18n import STRINGS

    key = f"audit.action.{action}"
    return tr(key) if key in STRINGS else action


def audit_actor(label: str, tr: Any) -> str:
    """Who acted, as stored ('juror:Anna de Vries', 'secretary') in words: 'Anna de Vries
    (jurylid)', 'secretaris'."""
    from jury.i18n import STRINGS

    role, _, name = label.partition(":")
    if not name:
        return tr(f"role.{label}") if f"role.{label}" in STRINGS else label
    word = f"who.{role}"
    return tr("audit.who", name=name, role=tr(word)) if word in STRINGS else label


def actions_named(typed: str) -> list[str]:
    """The recorded actions whose words, in either language, hold what someone typed in the
    record's filter: 'fase' and 'phase' both find 'phase.changed'."""
    from jury.i18n import STRINGS

    needle = typed.casefold().strip()
    prefix = "audit.action."
    return [key.removeprefix(prefix) for key, words in STRINGS.items()
            if key.startswith(prefix) and any(needle in str(w).casefold() for w in words)]


def audit_subject(subject: str, settings: Any, tr: Any) -> str:
    """An audit subject with its criterion and category keys as their labels:
    'TIA-01 · innovation' → 'TIA-01 · Vernieuwing'. Other parts (names, entries) as stored."""
    if settings is None:
        return subject
    labels: dict[str, Any] = {c.key: tr.label(c.label_nl, c.label_en)
                              for c in settings.categories}
    labels |= {c.key: tr.label(c.label_nl, c.label_en) for c in settings.criteria}
    labels["total"] = tr("deliberation.total")
    return " · ".join(labels.get(part, part) for part in subject.split(" · "))


def audit_value(action: str, value: Any, tr: Any) -> str:
    """An audit event's old or new value; a phase and a juror's role in words."""
    from jury.terms import PHASES, ROLES

    if action == "phase.changed" and value in PHASES:
        return tr(f"phase.{value}")
    if isinstance(value, dict) and set(value) == {"role"} and value["role"] in ROLES:
        return tr(f"role.as.{value['role']}")
    return change_text(value)


def audit_detail(action: str, detail: str, tr: Any) -> str:
    """An audit event's detail; a phase change's 'not submitted: …' in the reader's words."""
    from jury.services.phases import NOT_SUBMITTED

    if action != "phase.changed":
        return detail
    return "; ".join(
        tr("deliberation.audit.not_submitted", names=part.removeprefix(NOT_SUBMITTED))
        if part.startswith(NOT_SUBMITTED) else part for part in detail.split("; "))
