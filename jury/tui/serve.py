"""'jury serve': the same app in a browser, one app process (and one sign-in) per tab.

Built on textual-serve, with three changes that matter on a jury's server: each app process
is started without a shell, in its own process group, with the web driver that ends itself
(jury.tui.web); when a browser goes away, its process gets a few seconds to quit, then a
SIGTERM, then a SIGKILL (stopping the server ends every session the same way); and the page
loads nothing from other servers, so it opens at once on a closed network.

A session is a juror's terminal, so only the page itself may open one: a websocket whose
Origin is not the page's own (the address it was served as, or --public-url) is refused
before any process starts; any web page a juror visits could otherwise open sessions on their
local server. Every response carries a Content-Security-Policy and the headers that keep the
page out of frames and its files from being sniffed as something else.
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
from yarl import URL

from jury.errors import JuryError

QUIT_SECONDS = 3.0
TEMPLATES = Path(__file__).resolve().parent / "serve_templates"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


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
    """textual-serve's server, with sessions that end when their browser does, opened only
    by the page itself."""

    def __init__(self, argv: list[str], environment: dict[str, str], **kwargs: Any) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = argv
        self.environment = environment
        self.sessions: set[SessionProcess] = set()
        # Given by --public-url (a proxy in front), or None: then the page is its own address.
        self.public_origin = (_origin(URL(kwargs["public_url"]))
                              if kwargs.get("public_url") else None)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.router.add_static("/jury-static", TEMPLATES / "static", name="jury-static")
        app.on_response_prepare.append(self._secure_headers)
        return app

    def page_url(self, request: web.Request) -> str:
        """The page's own address: --public-url, or the scheme and Host it was asked by (so
        a page opened as localhost connects back to localhost, its own origin)."""
        if self.public_origin is not None:
            return self.public_url.rstrip("/")
        return f"{request.scheme}://{request.host}"

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """textual-serve's page, with every address built from the page's own."""
        import aiohttp_jinja2

        page = self.page_url(request)
        router = request.app.router
        socket = URL(page).with_scheme("wss" if page.startswith("https") else "ws")
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": f"{str(socket).rstrip('/')}{router['websocket'].url_for()}",
            "config": {"static": {"url": f"{page}/static/"}},
            "jury_static": f"{page}/jury-static/",
            "application": {"name": self.title},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def _secure_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        page = URL(self.page_url(request))
        socket = page.with_scheme("wss" if page.scheme == "https" else "ws")
        response.headers["Content-Security-Policy"] = "; ".join([
            "default-src 'self'",
            "script-src 'self'",
            # The terminal library (xterm.js) styles itself with <style> elements it creates
            # at run time; styles cannot run code, scripts stay 'self' only.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            f"connect-src 'self' {socket.origin()}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ])
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"

    def origin_problem(self, request: web.Request) -> str | None:
        """Why this websocket may not open a session, or None when it comes from the page.

        Browsers always send Origin on a websocket, so a missing one is refused too. Without
        --public-url on a loopback address, the Host must be a loopback name as well: a page
        on another site whose name was pointed at 127.0.0.1 (DNS rebinding) would otherwise
        share the Host it sends.
        """
        sent = request.headers.get("Origin")
        if not sent:
            return "no Origin header"
        try:
            origin = _origin(URL(sent))
        except ValueError:
            return f"an unreadable Origin {sent!r}"
        if self.public_origin is not None and origin == self.public_origin:
            return None
        try:
            served = _origin(URL(f"{origin[0]}://{request.host}"))
        except ValueError:
            return f"an unreadable Host {request.host!r}"
        if origin != served:
            return f"Origin {sent!r} is not this page's own"
        if self.public_origin is None and self.host in LOOPBACK and not _loopback(served[1]):
            return f"Host {request.host!r} is not a loopback name"
        return None

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(f"jury serve: [bold]{self.public_url}[/]  (Ctrl+C stops; each "
                           "browser tab signs in on its own)", highlight=False)

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(session.stop() for session in list(self.sessions)))

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """As textual-serve's, with a SessionProcess that is stopped whatever happens; a
        websocket from anywhere but the page itself is refused before anything starts."""
        problem = self.origin_problem(request)
        if problem is not None:
            import logging

            logging.getLogger("jury.serve").warning(
                "refused a session from %s: %s", request.remote, problem)
            raise web.HTTPForbidden(text=f"jury serve: refused: {problem}.\n")
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


def _origin(url: URL) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) address, the port filled in; ValueError if none."""
    scheme = (url.scheme or "").lower()
    if scheme not in ("http", "https") or not url.host:
        raise ValueError(str(url))
    return scheme, url.host.lower().strip("[]"), url.port or DEFAULT_PORTS[scheme]


def _loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


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
        from jury.io.target import reason

        raise JuryError("serve.cannot_listen", title="error.title.serve", host=host, port=port,
                        reason=reason(error)) from None
