"""The footer: the keys that matter first, so 80 columns still show them, F1 always."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.binding import Binding


def footer_order(rows: Sequence[Any]) -> list[tuple[Binding, bool, str]]:
    """F1 first, then the screen's own keys in their declared order, then quitting, then the
    app's other keys (language, contrast): what is cut at the right edge matters least."""
    seen: set[str] = set()
    ranked = []
    for position, (node, binding, enabled, tooltip) in enumerate(rows):
        if not binding.show or binding.action in seen:
            continue
        seen.add(binding.action)
        if binding.id == "help":
            rank = 0
        elif isinstance(node, App):
            rank = 2 if binding.id == "quit" else 3
        else:
            rank = 1
        ranked.append(((rank, position), (binding, enabled, tooltip)))
    return [row for _, row in sorted(ranked, key=lambda item: item[0])]


def fitting(keys: Sequence[tuple[str, str]], width: int) -> int:
    """How many of the (key, description) pairs, in order, fit whole in `width` columns:
    "F2 English" is shown whole or not at all, never cut to "F2 Engl"."""
    used = 0
    for count, (display, description) in enumerate(keys):
        # "F2" + space + "English", then one column before the next key.
        need = cell_len(display) + 1 + cell_len(description)
        if used + need > width:
            return count
        used += need + 1
    return len(keys)


class JuryFooter(Footer):
    """Compact, ordered by importance; a disabled key is shown dimmed (the screen says why
    when it is pressed). Keys that do not fit whole are left off, the least important first."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._composed_width = 0

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._composed_width:
            self.refresh(recompose=True)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        rows = list(self.screen.active_bindings.values())
        keys = []
        for binding, enabled, tooltip in footer_order(rows):
            display = self.app.get_key_display(binding)
            if (len(display) <= 3 and display[:1] == "f" and display[1:].isdigit()) or \
                    display == "esc":
                display = display.capitalize() if display == "esc" else display.upper()
            keys.append((binding, enabled, tooltip, display))
        self._composed_width = width = self.size.width
        if width:
            keys = keys[:fitting([(k[3], k[0].description) for k in keys], width)]
        for binding, enabled, tooltip, display in keys:
            yield FooterKey(binding.key, display, binding.description, binding.action,
                            disabled=not enabled, tooltip=tooltip or binding.tooltip
                            ).data_bind(compact=Footer.compact)
