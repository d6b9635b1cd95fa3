"""The chair's dialogs: a phase change, a consensus value, nominees or a winner, a reason.

Each only gathers what the chair means; the service decides whether it is allowed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    Button,
    Input,
    Label,
    RadioSet,
    Static,
)
from textual.widgets.selection_list import Selection

from jury.i18n import Strings
from jury.terms import PHASES
from jury.tui.literal import cell, plain
from jury.tui.screens.modal import DialogBody, JuryDialog
from jury.tui.widgets.problem import Problem
from jury.tui.widgets.toggles import ShapedCheckbox, ShapedRadioButton, ShapedSelectionList


class ChairDialog(JuryDialog):
    """Shared frame: a title, a body that scrolls, a problem line and the two buttons that
    stay in view. Enter confirms (`answer`), Esc cancels."""

    def __init__(self, strings: Strings) -> None:
        super().__init__()
        self.strings = strings

    def buttons(self, confirm: str) -> ComposeResult:
        yield Problem(id="problem")
        with Horizontal(classes="buttons"):
            yield Button(confirm, id="confirm", variant="primary", compact=True)
            yield Button(self.strings("tui.cancel"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id == "confirm":
            self.answer()

    def confirm(self) -> None:
        self.answer()

    def answer(self) -> None:
        raise NotImplementedError

    def problem(self, key: str, **values: object) -> None:
        self.query_one("#problem", Static).update(plain(self.strings(key, **values)))


class PhaseScreen(ChairDialog):
    """Returns (phase, reason, confirm_unsubmitted) or None."""

    def __init__(self, strings: Strings, current: str, unsubmitted: list[str]) -> None:
        super().__init__(strings)
        self.current = current
        self.unsubmitted = unsubmitted

    def compose(self) -> ComposeResult:
        tr = self.strings
        following = PHASES[PHASES.index(self.current) + 1] if self.current != "final" else None
        with Vertical(id="dialog"):
            yield Label(tr("tui.phase.title"), classes="dialog-title")
            with DialogBody():
                yield Static(tr("tui.phase.intro", phase=tr("phase." + self.current)))
                with RadioSet(id="phase"):
                    # Forward one phase at a time, or back to any earlier one (with a reason).
                    for phase in PHASES:
                        if phase != self.current and \
                                PHASES.index(phase) <= PHASES.index(self.current) + 1:
                            yield ShapedRadioButton(tr("phase." + phase),
                                                    value=phase == following,
                                                    id=f"phase-{phase}")
                yield Input(placeholder=tr("tui.phase.reason"), id="reason")
                if self.current == "scoring" and self.unsubmitted:
                    yield Static(cell(tr("tui.phase.unsubmitted",
                                         names=", ".join(self.unsubmitted))),
                                 classes="warning")
                    yield ShapedCheckbox(tr("tui.phase.confirm"), id="confirm-unsubmitted")
            yield from self.buttons(tr("tui.phase.change"))

    def answer(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            return
        phase = pressed.id.removeprefix("phase-")
        reason = self.query_one("#reason", Input).value.strip()
        if PHASES.index(phase) < PHASES.index(self.current) and not reason:
            self.problem("tui.phase.reason_needed")
            self.query_one("#reason", Input).focus()
            return
        confirmed = bool(self.query("#confirm-unsubmitted")) and self.query_one(
            "#confirm-unsubmitted", ShapedCheckbox).value
        if self.current == "scoring" and self.unsubmitted and not confirmed:
            self.problem("tui.phase.confirm_needed")
            return
        self.dismiss((phase, reason, confirmed))


class ConsensusScreen(ChairDialog):
    """Returns (criterion key or None for the total, value, rationale) or None."""

    def __init__(self, strings: Strings, entry: str, criteria: list[tuple[str, str]],
                 scale: tuple[float, float]) -> None:
        super().__init__(strings)
        self.entry = entry
        self.criteria = criteria
        self.scale = scale

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.consensus.title"), classes="dialog-title")
            with DialogBody():
                yield Static(cell(self.entry), classes="dialog-subject")
                with RadioSet(id="target"):
                    yield ShapedRadioButton(tr("tui.consensus.total"), value=True,
                                            id="target-total")
                    for key, label in self.criteria:
                        yield ShapedRadioButton(cell(label), id=f"target-{key}")
                low, high = self.scale
                yield Label(tr("tui.consensus.value", low=f"{low:g}", high=f"{high:g}"))
                yield Input(placeholder=tr("tui.consensus.value", low=f"{low:g}",
                                           high=f"{high:g}"), id="value")
                yield Label(tr("tui.consensus.rationale"))
                yield Input(placeholder=tr("tui.consensus.rationale"), id="rationale")
            yield from self.buttons(tr("tui.consensus.record"))

    def answer(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        target = (pressed.id or "target-total").removeprefix("target-") if pressed else "total"
        text = self.query_one("#value", Input).value.strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            self.problem("tui.consensus.not_a_number", text=text)
            self.query_one("#value", Input).focus()
            return
        low, high = self.scale
        if not low <= value <= high:
            self.problem("tui.consensus.outside", low=f"{low:g}", high=f"{high:g}")
            return
        rationale = self.query_one("#rationale", Input).value.strip()
        if not rationale:
            self.problem("tui.consensus.rationale_needed")
            self.query_one("#rationale", Input).focus()
            return
        self.dismiss((None if target == "total" else target, value, rationale))


class CategoryScreen(ChairDialog):
    """Nominees (several) or the winner (one), the proposal preselected; returns
    (chosen ids, rationale) or None. Choosing otherwise asks for a rationale."""

    def __init__(self, strings: Strings, kind: str, category: str,
                 candidates: list[tuple[str, str]], proposed: list[str], wanted: int,
                 close_call: str = "") -> None:
        super().__init__(strings)
        self.kind = kind
        self.category = category
        self.candidates = candidates
        self.proposed = proposed
        self.wanted = wanted
        # A close call (award.toml [ranking] close_call) needs a rationale whatever is chosen.
        self.close_call = close_call

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr(f"tui.decide.{self.kind}"), classes="dialog-title")
            with DialogBody():
                yield Static(cell(self.category), classes="dialog-subject")
                yield Static(tr(f"tui.decide.{self.kind}_intro", n=self.wanted))
                if self.kind == "nominees":
                    yield ShapedSelectionList(
                        *(Selection(cell(label), key, key in self.proposed)
                          for key, label in self.candidates), id="choice")
                else:
                    with RadioSet(id="choice"):
                        for key, label in self.candidates:
                            yield ShapedRadioButton(cell(label),
                                                    value=key in self.proposed[:1],
                                                    id=f"choice-{key}")
                if self.close_call:
                    yield Static(cell(tr("tui.decide.close_call", text=self.close_call)),
                                 id="close-call", classes="dialog-warning")
                yield Input(placeholder=tr("tui.decide.rationale"), id="rationale")
            yield from self.buttons(tr("tui.decide.confirm"))

    def chosen(self) -> list[str]:
        if self.kind == "nominees":
            picked = set(self.query_one(ShapedSelectionList).selected)
            return [key for key, _ in self.candidates if key in picked]
        pressed = self.query_one(RadioSet).pressed_button
        return [pressed.id.removeprefix("choice-")] if pressed and pressed.id else []

    def answer(self) -> None:
        chosen = self.chosen()
        if len(chosen) != self.wanted:
            self.problem("tui.decide.count", n=self.wanted)
            return
        rationale = self.query_one("#rationale", Input).value.strip()
        if chosen != self.proposed[:len(chosen)] and not rationale:
            self.problem("tui.decide.rationale_needed")
            self.query_one("#rationale", Input).focus()
            return
        if self.close_call and not rationale:
            self.problem("tui.decide.close_needed")
            self.query_one("#rationale", Input).focus()
            return
        self.dismiss((chosen, rationale))


class TieScreen(ChairDialog):
    """Entries no rule could separate, ticked in the order the jury places them; returns
    (ordered ids, rationale) or None."""

    def __init__(self, strings: Strings, candidates: list[tuple[str, str]]) -> None:
        super().__init__(strings)
        self.candidates = candidates

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.tie.title"), classes="dialog-title")
            with DialogBody():
                yield Static(tr("tui.tie.intro"))
                yield ShapedSelectionList(
                    *(Selection(cell(label), key) for key, label in self.candidates),
                    id="order", numbered=True)
                yield Input(placeholder=tr("tui.consensus.rationale"), id="rationale")
            yield from self.buttons(tr("tui.decide.confirm"))

    def answer(self) -> None:
        order = list(self.query_one(ShapedSelectionList).selected)
        if len(order) != len(self.candidates):
            self.problem("tui.tie.all")
            return
        rationale = self.query_one("#rationale", Input).value.strip()
        if not rationale:
            self.problem("tui.consensus.rationale_needed")
            self.query_one("#rationale", Input).focus()
            return
        self.dismiss((order, rationale))


class ReasonScreen(ChairDialog):
    """One required line of text: why a juror's submission is reopened."""

    def __init__(self, strings: Strings, title: str, subject: str) -> None:
        super().__init__(strings)
        self.title_text = title
        self.subject = subject

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            with DialogBody():
                yield Static(cell(self.subject), classes="dialog-subject")
                yield Input(placeholder=self.strings("tui.phase.reason"), id="reason")
            yield from self.buttons(self.strings("tui.decide.confirm"))

    def answer(self) -> None:
        reason = self.query_one("#reason", Input).value.strip()
        if not reason:
            self.problem("tui.phase.reason_needed")
            return
        self.dismiss(reason)
