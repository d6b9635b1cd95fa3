"""What every screen shares: strings, services, and database calls in thread workers."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

if TYPE_CHECKING:
    from jury.i18n import Strings
    from jury.services import Services
    from jury.tui.app import JuryApp


class Loaded(Message):
    """A database call finished; `tag` says which."""

    def __init__(self, tag: str, result: Any) -> None:
        super().__init__()
        self.tag = tag
        self.result = result


class DatabaseCalls:
    """Mixin: run service calls off the event loop and receive their results as messages."""

    def fetch(self, tag: str, call: Callable[[], Any]) -> Worker:
        """Run `call` in a thread; its result arrives as Loaded(tag, result). A newer call
        with the same tag replaces an older one still running."""
        return self.run_worker(  # type: ignore[attr-defined]
            partial(self._fetch, tag, call), thread=True, exclusive=True,
            exit_on_error=False, group=f"db-{tag}", name=tag,
        )

    def _fetch(self, tag: str, call: Callable[[], Any]) -> None:
        result = call()
        if not get_current_worker().is_cancelled:
            self.post_message(Loaded(tag, result))  # type: ignore[attr-defined]

    async def on_loaded(self, message: Loaded) -> None:
        message.stop()
        handler = getattr(self, f"loaded_{message.tag}", None)
        if handler is not None:
            outcome = handler(message.result)
            if inspect.isawaitable(outcome):
                await outcome

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.failed(event.worker.name, event.worker.error)

    def failed(self, tag: str, error: BaseException) -> None:
        self.app.show_error(error)  # type: ignore[attr-defined]


class JuryScreen(DatabaseCalls, Screen):
    """A full screen of the app."""

    # Binding id → the i18n name of its footer text ("key.NAME") and tooltip ("tip.NAME").
    KEY_TEXT: ClassVar[dict[str, str]] = {}

    def on_mount(self) -> None:
        self.translate_bindings()

    @property
    def jury(self) -> JuryApp:
        return self.app  # type: ignore[return-value]

    @property
    def tr(self) -> Strings:
        return self.jury.strings

    @property
    def services(self) -> Services:
        return self.jury.services

    def translate_bindings(self) -> None:
        translate_bindings(self, self.KEY_TEXT, self.tr)

    # Actions that apply only in some states -----------------------------------------------

    def refusal(self, action: str) -> str | None:
        """Why `action` cannot be done now (shown when its key is pressed), or None."""
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A refused action stays in the footer, dimmed; pressing its key says why."""
        return None if self.refusal(action) else True

    def on_key(self, event: events.Key) -> None:
        """A key whose action is refused here: say why, instead of doing nothing."""
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            reason = self.refusal(binding.action)
            if reason:
                event.stop()
                event.prevent_default()
                self.notify(reason, title=binding.description, severity="warning")
                return

    def reload(self) -> None:
        """Fetch this screen's data again (after a save was refused, a phase change...)."""

    def flush(self) -> None:
        """Send edits still waiting for a typing pause (screens with edits override it)."""

    def fresh(self) -> JuryScreen:
        """A new screen showing the same thing: how a language switch redraws everything."""
        return type(self)()


def translate_bindings(node: Any, key_text: dict[str, str], strings: Strings) -> None:
    """Footer texts and tooltips in the juror's language; the keys stay as declared.

    key_text maps a binding's id to the i18n names "key.NAME" (footer) and "tip.NAME".
    """
    for key, bindings in list(node._bindings.key_to_bindings.items()):
        node._bindings.key_to_bindings[key] = [
            replace(b, description=strings(f"key.{key_text[b.id]}"),
                    tooltip=strings(f"tip.{key_text[b.id]}"))
            if b.id in key_text else b
            for b in bindings
        ]
    node.refresh_bindings()
