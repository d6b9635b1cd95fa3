"""The app's side of 'jury serve': a web driver that always ends its process.

Textual's web driver stops reading when its input closes (the server went away) but leaves
the app running, and an app stuck writing to a closed pipe can ignore SIGTERM. Here a closed
input, a SIGTERM, or the death of the serving process asks the app to exit, and a watchdog
ends the process outright if that has not happened within a few seconds: a browser that
vanishes never leaves a juror's session spinning on the server.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading

from textual import messages
from textual.drivers.web_driver import WebDriver

GRACE_SECONDS = 3.0


def _die_with_parent() -> None:
    """Linux: have the kernel send SIGTERM when the serving process dies, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


class JuryWebDriver(WebDriver):
    """WebDriver that turns 'the other side is gone' into an exit, with a deadline."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._parent = os.getppid()
        self._leaving = threading.Event()
        _die_with_parent()
        if os.getppid() != self._parent or self._parent == 1:
            os._exit(0)

    def start_application_mode(self) -> None:
        super().start_application_mode()
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
            loop.add_signal_handler(number, self.leave, loop)

    def run_input_thread(self) -> None:
        super().run_input_thread()
        # The input ended: the server closed it, or died. Nobody can use this session now.
        if not self.exit_event.is_set():
            self.leave()

    def leave(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Ask the app to exit; end the process if it has not after GRACE_SECONDS."""
        if self._leaving.is_set():
            return
        self._leaving.set()
        try:
            target = loop or self._loop
            asyncio.run_coroutine_threadsafe(self._app._post_message(messages.ExitApp()),
                                             loop=target)
        except (RuntimeError, AttributeError):
            os._exit(0)
        timer = threading.Timer(GRACE_SECONDS, os._exit, args=(0,))
        timer.daemon = True
        timer.start()

    def write(self, data: str) -> None:
        try:
            super().write(data)
        except (BrokenPipeError, OSError):
            self.leave()
