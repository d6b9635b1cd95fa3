"""Textual's own words in the jury's language: the command palette, its system commands and
the key hints of Textual's widgets that appear in the footer.

Textual writes these in English and offers no catalogue, so they are replaced here, in one
place: the palette is our subclass, the system commands are our own list, and the few
built-in bindings the footer shows get their description from the catalogue."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets._select import SelectOverlay
from textual.widgets.option_list import Option

from jury.i18n import Strings

# (widget class, action) → catalogue key of the footer's description.
_BUILT_IN_KEYS: list[tuple[type, str, str]] = [
    (SelectOverlay, "dismiss", "textual.dismiss_menu"),
    (CommandPalette, "escape", "textual.close_palette"),
]


def translate_built_in_bindings(tr: Strings) -> None:
    """Give Textual's footer-visible bindings their description in `tr`'s language; widgets
    made from now on carry it."""
    for widget, action, key in _BUILT_IN_KEYS:
        for kind in _with_subclasses(widget):
            merged = getattr(kind, "_merged_bindings", None)  # a class's bindings, by Textual
            if merged is None:
                continue
            for bindings in merged.key_to_bindings.values():
                for index, binding in enumerate(bindings):
                    if binding.action == action:
                        bindings[index] = replace(binding, description=tr(key))


def _with_subclasses(kind: type) -> list[type]:
    """A class and every subclass (ours too: each keeps its own merged bindings)."""
    found: list[type] = [kind]
    subclasses: list[type] = kind.__subclasses__()
    for sub in subclasses:
        found += _with_subclasses(sub)
    return found


class JuryCommandPalette(CommandPalette):
    """Textual's palette with its prompt and its 'no matches' line in the jury's language."""

    def __init__(self, tr: Strings) -> None:
        super().__init__(placeholder=tr("textual.palette"), id="--command-palette")
        self.strings = tr

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(self.strings("textual.no_matches"), style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def system_commands(app: Any, screen: Screen, tr: Strings) -> Iterable[SystemCommand]:
    """Textual's system commands (theme, quit, keys, maximise, screenshot), worded by us."""
    yield SystemCommand(tr("textual.theme"), tr("textual.theme_tip"), app.action_change_theme)
    yield SystemCommand(tr("textual.quit"), tr("textual.quit_tip"), app.action_quit)
    if screen.query("HelpPanel"):
        yield SystemCommand(tr("textual.keys"), tr("textual.keys_hide_tip"),
                            app.action_hide_help_panel)
    else:
        yield SystemCommand(tr("textual.keys"), tr("textual.keys_show_tip"),
                            app.action_show_help_panel)
    if screen.maximized is not None:
        yield SystemCommand(tr("textual.minimize"), tr("textual.minimize_tip"),
                            screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(tr("textual.maximize"), tr("textual.maximize_tip"),
                            screen.action_maximize)
    later: Callable[[], object] = lambda: app.set_timer(0.1, app.deliver_screenshot)  # noqa: E731
    yield SystemCommand(tr("textual.screenshot"), tr("textual.screenshot_tip"), later)
