"""'jury serve': the same app in a browser, one app process (and one sign-in) per tab.

Built on textual-serve, with three changes that matter on a jury's server: each app process
is started without a shell, in its own process group, with the web driver that ends itself
(jury.tui.web); when a browser goes away, its process gets a few seconds to quit, then a
SIGTERM, then a SIGKILL (stopping the server ends every session the same way); and the page
loads nothing from other servers, so it opens at once on a closed network.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import signal
import sys
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from jury.errors import JuryError

QUIT_SECONDS = 3.0
TEMPLATES = Path(__file__).resolve().parent / "serve_templates"


class SessionProcess(AppService):
    """One browser tab's app process, which is always gone once the tab is."""

    def __init__(self, argv: list[str], environment: dict[str, str], **kwargs: Any) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = argv
        self.environment = environment

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width, height)
        environment.update(self.environment)
        environment["TEXTUAL_DRIVER"] = "jury.tui.web:JuryWebDriver"
        return environment

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
            start_new_session=True,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def stop(self) -> None:
        """Ask the app to quit; close its input; then terminate, then kill, its group."""
        process = self._process
        task = self._task
        if task is None or process is None:
            return
        self._task = None
        await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
        await self.send_meta({"type": "quit"})
        if self._stdin is not None:
            self._stdin.close()
        for number in (None, signal.SIGTERM, signal.SIGKILL):
            if number is not None and process.returncode is None:
                try:
                    os.killpg(process.pid, number)
                except ProcessLookupError:
                    pass
            try:
                await asyncio.wait_for(process.wait(), QUIT_SECONDS)
                break
            except TimeoutError:
                continue
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass


class JuryServer(Server):
    """textual-serve's server, with sessions that end when their browser does."""

    def __init__(self, argv: list[str], environment: dict[str, str], **kwargs: Any) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = argv
        self.environment = environment
        self.sessions: set[SessionProcess] = set()

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(f"jury serve: [bold]{self.public_url}[/]  (Ctrl+C stops; each "
                           "browser tab signs in on its own)", highlight=False)

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(session.stop() for session in list(self.sessions)))

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """As textual-serve's, with a SessionProcess that is stopped whatever happens."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        session: SessionProcess | None = None
        try:
            await websocket.prepare(request)
            session = SessionProcess(
                self.argv, self.environment, write_bytes=websocket.send_bytes,
                write_str=websocket.send_str, close=websocket.close,
                download_manager=self.download_manager, debug=self.debug)
            self.sessions.add(session)
            await session.start(width, height)
            await self._process_messages(websocket, session)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # noqa: BLE001 - a broken tab must not stop the server
            import logging

            logging.getLogger("jury.serve").exception(error)
        finally:
            if session is not None:
                await session.stop()
                self.sessions.discard(session)
        return websocket


def session_command(database_url: str, language: str | None) -> tuple[list[str],
                                                                       dict[str, str]]:
    """What each browser tab runs: this Python, this jury, the same database. The database
    URL travels in the environment, not the command line, where any user of the machine
    could read a PostgreSQL password in the process list."""
    argv = [sys.executable, "-m", "jury"]
    if language:
        argv += ["--lang", language]
    return argv, {"JURY_DB": database_url}


def serve(database_url: str, *, host: str, port: int, language: str | None,
          public_url: str | None) -> None:
    argv, environment = session_command(database_url, language)
    server = JuryServer(argv, environment, host=host, port=port, title="jury",
                        public_url=public_url, templates_path=TEMPLATES)
    try:
        server.serve()
    except OSError as error:
        raise JuryError(f"Cannot listen on {host}:{port}: {error.strerror or error}. Another "
                        "program (or another 'jury serve') may be using that port: choose "
                        "another with --port.", title="Serve") from None
