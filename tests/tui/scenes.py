"""Every screen and dialog of the app, juror's and chair's, reached the way a user reaches it.

A scene is a database (`award`) and the steps from the first frame to what it shows. The
snapshot tests photograph each scene; the focus tests press the navigation keys in each.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from textual.widgets import DataTable, Input, Select, TabbedContent

from jury.models import ScoreData
from jury.services import Actor

from ..conftest import sample_award
from .conftest import CHAIR, JUROR, KEYS, OTHER, PIN, sign_in, wait_for

CHAIR_ACTOR = Actor(CHAIR, "chair")
SECRETARY = Actor.secretary()


# Databases -------------------------------------------------------------------------------

def juror_award(folder: Path):
    """The sample edition, two jurors who have not started, and the chair."""
    services = sample_award(f"sqlite:///{folder / 'scenes.db'}", JUROR, OTHER, pin=PIN)
    services.jurors.add(SECRETARY, CHAIR, PIN, chair=True)
    return services


def juror_done(folder: Path):
    """The juror has scored every entry: ready to submit."""
    services = juror_award(folder)
    entries = [e.id for e in services.entries.list()]
    services.scoring.record_scores(SECRETARY, [ScoreData(JUROR, e, k, 6.0)
                                               for e in entries for k in KEYS])
    return services


def scored(folder: Path):
    """Both jurors scored everything (far apart on TIA-03); the juror has submitted."""
    services = juror_award(folder)
    entries = [e.id for e in services.entries.list()]
    for name, offset in ((JUROR, 1), (OTHER, 0)):
        rows = [ScoreData(name, entry, key, float(4 + (n % 5) + offset))
                for n, entry in enumerate(entries) for key in KEYS]
        services.scoring.record_scores(Actor(name, "juror"), rows)
    services.scoring.set_score(Actor(JUROR, "juror"), "TIA-03", "effectiveness", 10,
                               "Sterke cijfers over doorstroom", expected_version=1)
    services.scoring.set_score(Actor(OTHER, "juror"), "TIA-03", "effectiveness", 2,
                               "Geen bewijs van effect", expected_version=1)
    services.scoring.submit(Actor(JUROR, "juror"), JUROR)
    return services


def deliberating(folder: Path):
    services = scored(folder)
    services.deliberation.change_phase(CHAIR_ACTOR, "deliberation", confirm_unsubmitted=True)
    return services


def nominated(folder: Path):
    """In deliberation with the nominees of every category confirmed as proposed."""
    services = deliberating(folder)
    report = services.results.compute(CHAIR_ACTOR)
    for category, choice in report.choices.items():
        services.deliberation.decide_category(CHAIR_ACTOR, category, "nominees",
                                              list(choice.nominees_proposed), "Zoals voorgesteld")
    return services


def final(folder: Path):
    """Nominees and winners chosen, the result final."""
    services = nominated(folder)
    report = services.results.compute(CHAIR_ACTOR)
    for category, choice in report.choices.items():
        winner = choice.winner_proposed or (choice.nominees or [""])[0]
        services.deliberation.decide_category(CHAIR_ACTOR, category, "winner", [winner],
                                              "Zoals voorgesteld")
    services.deliberation.change_phase(CHAIR_ACTOR, "final")
    return services


def demo(folder: Path):
    """The demo award (`jury demo`): five jurors, outliers and close calls; PINs fixed."""
    from jury.award_settings import load_award_settings
    from jury.cli import open_services
    from jury.io.entries import CategoryChoice, read_entries
    from jury.services.demo import CHAIR as DEMO_CHAIR
    from jury.services.demo import JURORS as DEMO_JURORS

    from ..conftest import SAMPLE

    settings = load_award_settings(SAMPLE / "award.toml")
    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    entries = read_entries([SAMPLE / "entries.csv"], categories=choices).entries
    services = open_services(f"sqlite:///{folder / 'demo.db'}")
    pins = dict.fromkeys((DEMO_CHAIR, *(n for n, _ in DEMO_JURORS)), PIN)
    services.demo.build(settings, entries, pins=pins)
    return services


# Steps -----------------------------------------------------------------------------------

async def at_sign_in(pilot) -> None:
    await wait_for(pilot, lambda: pilot.app.screen.query("#name") and pilot.app.screen.names)
    await pilot.pause()


async def empty_pin(pilot) -> None:
    await at_sign_in(pilot)
    pilot.app.screen.query_one("#name", Select).value = JUROR
    pilot.app.screen.query_one("#pin", Input).focus()
    await pilot.press("enter")
    await pilot.pause()


async def at_list(pilot) -> None:
    from jury.tui.screens.entries import EntryListScreen

    await sign_in(pilot)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EntryListScreen)
                   and pilot.app.screen.shown)
    await pilot.pause()


async def searching(pilot) -> None:
    await at_list(pilot)
    await pilot.press("slash", *"werk")
    await pilot.pause()


async def at_entry(pilot) -> None:
    from jury.tui.screens.score import ScoreScreen
    from jury.tui.widgets.reading_scroll import in_view
    from jury.tui.widgets.score_field import ScoreField

    await at_list(pilot)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ScoreScreen)
                   and pilot.app.screen.view is not None)
    if pilot.app.screen.view.editable:
        # Settled: the first open score has the focus and is scrolled into view (on a
        # loaded machine that takes a few frames after the entry's data arrived).
        await wait_for(pilot, lambda: isinstance(pilot.app.focused, ScoreField)
                       and in_view(pilot.app.focused))
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()


def pressing(*keys: str, before: Callable[..., Awaitable[None]] = at_entry):
    async def steps(pilot) -> None:
        await before(pilot)
        await pilot.press(*keys)
        await pilot.pause()
    return steps


async def recused(pilot) -> None:
    await at_entry(pilot)
    screen = pilot.app.screen
    screen.services.scoring.declare_recusal(Actor(JUROR, "juror"), JUROR, screen.entry_id,
                                            "professional", "")
    screen.reload()
    await wait_for(pilot, lambda: screen.view is not None and screen.view.recusal is not None)
    await pilot.pause()


async def at_chair(pilot) -> None:
    from jury.tui.screens.chair import ChairScreen

    await sign_in(pilot, name=CHAIR)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChairScreen)
                   and pilot.app.screen.data is not None)
    await pilot.pause()


def tab(name: str):
    async def steps(pilot) -> None:
        await at_chair(pilot)
        pilot.app.screen.query_one(TabbedContent).active = f"tab-{name}"
        await pilot.pause()
        if name == "audit":
            table = pilot.app.screen.query_one("#audit", DataTable)
            await wait_for(pilot, lambda: table.row_count > 0)
        await pilot.pause()
    return steps


async def deliberation_entry(pilot) -> None:
    from jury.tui.screens.deliberation import EntryDeliberationScreen

    await tab("ranking")(pilot)
    table = pilot.app.screen.query_one("#ranking", DataTable)
    table.focus()
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EntryDeliberationScreen)
                   and pilot.app.screen.query_one("#deliberation-scores", DataTable).row_count)
    await pilot.pause()


def deciding(kind: str):
    async def steps(pilot) -> None:
        await tab("decisions")(pilot)
        await pilot.click(f"#decide-{kind}")
        await pilot.pause()
        await pilot.pause()
    return steps


async def tie(pilot) -> None:
    await tab("ranking")(pilot)
    screen = pilot.app.screen
    table = screen.query_one("#ranking", DataTable)
    rows = screen.data.report.results.ranking
    tied = next(r for r in rows if any(f.kind == "tie" for f in r.flags))
    keys = [k.value for k in table.rows]
    table.focus()
    table.move_cursor(row=keys.index(tied.entry))
    await pilot.press("f9")
    await pilot.pause()
    await pilot.pause()


async def reopen(pilot) -> None:
    await tab("jurors")(pilot)
    await pilot.click("#reopen")
    await pilot.pause()
    await pilot.pause()


@dataclass(frozen=True)
class Scene:
    name: str
    award: Callable[[Path], object]
    steps: Callable[..., Awaitable[None]]
    shows: str  # the class name of the screen or dialog on top


SCENES = [
    # The juror's screens and dialogs.
    Scene("sign_in", juror_award, at_sign_in, "SignInScreen"),
    Scene("sign_in_empty_pin", juror_award, empty_pin, "SignInScreen"),
    Scene("entry_list", juror_award, at_list, "EntryListScreen"),
    Scene("entry_list_search", juror_award, searching, "EntryListScreen"),
    Scene("help", juror_award, pressing("f1", before=at_list), "HelpScreen"),
    Scene("entry", juror_award, at_entry, "ScoreScreen"),
    Scene("entry_typing_one", juror_award, pressing("1"), "ScoreScreen"),
    Scene("entry_refused", juror_award, pressing("0"), "ScoreScreen"),
    Scene("entry_letter_hint", juror_award, pressing("x"), "ScoreScreen"),
    Scene("entry_next_field", juror_award, pressing("down", "down"), "ScoreScreen"),
    Scene("entry_page_down", juror_award, pressing("pageup", "pagedown"), "ScoreScreen"),
    Scene("recusal_dialog", juror_award, pressing("f4"), "RecusalScreen"),
    Scene("entry_recused", juror_award, recused, "ScoreScreen"),
    Scene("withdraw_dialog", juror_award, pressing("f4", before=recused), "ConfirmScreen"),
    Scene("submit_missing", juror_award, pressing("f10", before=at_list), "SubmitScreen"),
    Scene("submit_confirm", juror_done, pressing("f10", before=at_list), "SubmitScreen"),
    Scene("entry_deliberation", deliberating, at_entry, "ScoreScreen"),
    Scene("entry_final", final, at_entry, "ScoreScreen"),
    # The chair's screens and dialogs.
    Scene("chair_progress", scored, at_chair, "ChairScreen"),
    Scene("chair_ranking", scored, tab("ranking"), "ChairScreen"),
    Scene("chair_agenda", scored, tab("agenda"), "ChairScreen"),
    Scene("chair_jurors", scored, tab("jurors"), "ChairScreen"),
    Scene("chair_reliability", scored, tab("reliability"), "ChairScreen"),
    Scene("chair_decisions_scoring", scored, tab("decisions"), "ChairScreen"),
    Scene("chair_audit", scored, tab("audit"), "ChairScreen"),
    Scene("chair_help", scored, pressing("f1", before=at_chair), "HelpScreen"),
    Scene("chair_refused_tie", scored, pressing("f9", before=at_chair), "ChairScreen"),
    Scene("phase_dialog", scored, pressing("f8", before=at_chair), "PhaseScreen"),
    Scene("reopen_dialog", scored, reopen, "ReasonScreen"),
    Scene("export_dialog", scored, pressing("f5", before=at_chair), "ExportScreen"),
    Scene("chair_deliberation_ranking", nominated, tab("ranking"), "ChairScreen"),
    Scene("deliberation_entry", deliberating, deliberation_entry, "EntryDeliberationScreen"),
    Scene("consensus_dialog", deliberating, pressing("f8", before=deliberation_entry),
          "ConsensusScreen"),
    Scene("nominees_dialog", deliberating, deciding("nominees"), "CategoryScreen"),
    Scene("winner_dialog", nominated, deciding("winner"), "CategoryScreen"),
    Scene("tie_dialog", deliberating, tie, "TieScreen"),
    Scene("chair_demo_agenda", demo, tab("agenda"), "ChairScreen"),
    Scene("chair_demo_ranking", demo, tab("ranking"), "ChairScreen"),
    Scene("chair_final_ranking", final, tab("ranking"), "ChairScreen"),
    Scene("chair_final_decisions", final, tab("decisions"), "ChairScreen"),
    Scene("deliberation_entry_final", final, deliberation_entry, "EntryDeliberationScreen"),
]

SIZES = {"80x24": (80, 24), "120x36": (120, 36)}
# Each scene once in Dutch at the smaller size and once in English at the larger.
VIEWS = [("80x24", "nl"), ("120x36", "en")]
