"""F1 on the meeting's screens: how the meeting runs, and the chair's and the juror's keys.

The key tables are built from the screens' own bindings and their words in jury.i18n, so
the help names exactly the keys the footer offers.
"""

from __future__ import annotations

from typing import Any

from jury.i18n import Strings

INTRO = {
    "nl": (
        "# De juryvergadering\n\n"
        "De voorzitter leidt de vergadering langs de agenda; het scherm van elk jurylid volgt "
        "het punt dat besproken wordt, alleen-lezen. Wie een belangenconflict heeft bij een "
        "inzending, ziet dat en verlaat de kamer voor dat punt. Per categorie is er een "
        "geheime stemming (rangorde, gelijke plaatsen mogen), geteld volgens Schulze. "
        "Wie de vergadering in de app volgt, staat als aanwezig in de notulen; de voorzitter "
        "vult dat aan met A. Na de vergadering tekent elk jurylid de notulen (F10).\n"
    ),
    "en": (
        "# The jury meeting\n\n"
        "The chair leads the meeting along the agenda; every juror's screen follows the item "
        "under discussion, read-only. A juror with a conflict of interest on an entry sees "
        "so and steps out for that item. Each category has a secret ballot (a ranking, ties "
        "allowed), counted by the Schulze method. Whoever follows the meeting in the app is "
        "present in the minutes; the chair completes the list with A. After the meeting "
        "every juror signs off the minutes (F10).\n"
    ),
}

HEADS = {"nl": ("De voorzitter", "Het jurylid", "Toets", "Wat"),
         "en": ("The chair", "The juror", "Key", "What")}


def _keys(screen: Any, tr: Strings) -> str:
    rows = [f"| {HEADS[tr.language][2]} | {HEADS[tr.language][3]} |", "|---|---|"]
    for binding in screen.BINDINGS:
        name = screen.KEY_TEXT[binding.id]
        key = binding.key.split(",")[0]
        shown = {"enter": "Enter", "escape": "Esc"}.get(key, key.upper())
        rows.append(f"| {shown} | {tr('key.' + name)}: {tr('tip.' + name)} |")
    return "\n".join(rows)


def meeting_help(tr: Strings) -> str:
    """The meeting's help in the reader's language: how it runs, then both sets of keys."""
    from jury.tui.screens.meeting import ChairMeetingScreen, FollowScreen

    chair, juror = HEADS[tr.language][:2]
    return (f"{INTRO[tr.language]}\n## {chair}\n\n{_keys(ChairMeetingScreen, tr)}\n\n"
            f"## {juror}\n\n{_keys(FollowScreen, tr)}\n")
