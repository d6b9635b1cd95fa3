"""The footer: the keys that matter first, so 80 columns still show them, F1 always."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

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


class JuryFooter(Footer):
    """Compact, ordered by importance; a disabled key is shown dimmed (the screen says why
    when it is pressed)."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        rows = list(self.screen.active_bindings.values())
        for binding, enabled, tooltip in footer_order(rows):
            display = self.app.get_key_display(binding)
            if (len(display) <= 3 and display[:1] == "f" and display[1:].isdigit()) or \
                    display == "esc":
                display = display.capitalize() if display == "esc" else display.upper()
            yield FooterKey(binding.key, display, binding.description, binding.action,
                            disabled=not enabled, tooltip=tooltip or binding.tooltip
                            ).data_bind(compact=Footer.compact)
