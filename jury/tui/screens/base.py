"""What every screen shares: strings, services, and database calls in thread workers."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import events
from textual.app import SystemCommand
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

if TYPE_CHECKING:
    from jury.i18n import Strings
    from jury.services import Services
    from jury.tui.app import JuryApp

T = TypeVar("T")


class Loaded(Message):
    """A database call finished; `tag` says which, `then` (when given) receives the result."""

    def __init__(self, tag: str, result: Any,
                 then: Callable[[Any], Any] | None = None) -> None:
        super().__init__()
        self.tag = tag
        self.result = result
        self.then = then


class DatabaseCalls:
    """Mixin: run service calls off the event loop and receive their results as messages."""

    def fetch(self, tag: str | Callable[[], T], call: Callable[[], Any] | None = None, *,
              then: Callable[[T], Any] | None = None) -> Worker:
        """Run a service call in a thread worker, and hand its result to the UI thread.

        Two forms. `fetch(call, then=handler)`: `handler(result)` runs on the UI thread
        (it may be a coroutine function); a newer call for the same handler replaces an older
        one still running. `fetch(tag, call)`: the result arrives as Loaded(tag, result) and
        goes to the method `loaded_<tag>`; a newer call with the same tag replaces an older
        one. Either way a failure goes to `failed`.
        """
        if callable(tag):
            if call is not None or then is None:
                raise TypeError("fetch(call, then=handler) or fetch(tag, call)")
            call, name = tag, handler_name(then)
        else:
            if call is None:
                raise TypeError("fetch(tag, call) needs the call")
            name = tag
        return self.run_worker(  # type: ignore[attr-defined]
            partial(self._fetch, name, call, then), thread=True, exclusive=True,
            exit_on_error=False, group=f"db-{name}", name=name,
        )

    def _fetch(self, tag: str, call: Callable[[], Any],
               then: Callable[[Any], Any] | None) -> None:
        result = call()
        if not get_current_worker().is_cancelled:
            self.post_message(Loaded(tag, result, then))  # type: ignore[attr-defined]

    async def on_loaded(self, message: Loaded) -> None:
        message.stop()
        handler = message.then or getattr(self, f"loaded_{message.tag}", None)
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

    def palette_commands(self) -> Iterable[SystemCommand]:
        """What this screen offers in the command palette (Ctrl+P), in 'Group: verb' form,
        only what applies now. The app adds its own and Textual's after these."""
        return ()

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


def handler_name(handler: Callable[..., Any]) -> str:
    """A worker's name and group for `fetch(call, then=handler)`: the handler's own name, and
    for a lambda also its line, so that two different lambdas do not replace each other."""
    name = getattr(handler, "__qualname__", repr(handler))
    code = getattr(getattr(handler, "__func__", handler), "__code__", None)
    return f"{name}:{code.co_firstlineno}" if "<lambda>" in name and code else name


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
