"""jury serve opens a session only for its own page, and its responses guard the page."""

from __future__ import annotations

import asyncio
import os
import urllib.request

import aiohttp
import pytest

from .server import Served, award_database
from .test_serve import open_session

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc (Linux)")


async def refused(served: Served, client: aiohttp.ClientSession, **headers: str) -> str:
    """The status and text of a websocket handshake the server must refuse."""
    with pytest.raises(aiohttp.WSServerHandshakeError) as failed:
        await client.ws_connect(served.ws_url, headers=headers)
    assert failed.value.status == 403
    return failed.value.message


async def test_a_websocket_from_another_site_starts_no_session(tmp_path):
    with Served(award_database(tmp_path)) as served:
        async with aiohttp.ClientSession() as client:
            await refused(served, client, Origin="https://evil.example")
            # Same host, another port: another origin (any local web server's page).
            await refused(served, client, Origin=f"http://127.0.0.1:{served.port + 1}")
            await refused(served, client, Origin="null")
            # Browsers always send Origin on a websocket: none is not a browser's page.
            await refused(served, client)
            await asyncio.sleep(1.0)
            assert served.sessions() == []
            # The page's own origin still works, and only it made a process.
            socket = await open_session(served, client)
            assert len(served.sessions()) == 1
            await socket.close()


async def test_a_rebound_name_does_not_pass_as_the_page(tmp_path):
    """A site whose name was pointed at 127.0.0.1 sends a matching Origin and Host; on a
    loopback server only loopback names are the page's own."""
    with Served(award_database(tmp_path)) as served:
        async with aiohttp.ClientSession() as client:
            host = f"evil.example:{served.port}"
            await refused(served, client, Origin=f"http://{host}", Host=host)
            assert served.sessions() == []
            # localhost is the same machine: a page opened as localhost connects as such.
            local = f"localhost:{served.port}"
            socket = await client.ws_connect(served.ws_url, origin=f"http://{local}",
                                             headers={"Host": local})
            await socket.close()


def test_the_page_names_its_own_address(tmp_path):
    """Opened as localhost, the page connects back to localhost: its own origin."""
    with Served(award_database(tmp_path)) as served:
        local = f"http://localhost:{served.port}"
        with urllib.request.urlopen(local) as answer:
            page = answer.read().decode()
    assert f'data-session-websocket-url="ws://localhost:{served.port}/ws"' in page
    assert f'src="{local}/jury-static/page.js"' in page


def test_every_response_guards_the_page(tmp_path):
    with Served(award_database(tmp_path)) as served:
        page = urllib.request.urlopen(served.url)
        body = page.read().decode()
        static = urllib.request.urlopen(f"{served.url}/static/js/textual.js")
        ours = urllib.request.urlopen(f"{served.url}/jury-static/page.js")
        try:
            urllib.request.urlopen(f"{served.url}/nowhere")
        except urllib.error.HTTPError as missing:
            not_found = missing
        for answer in (page, static, ours, not_found):
            headers = answer.headers
            policy = headers["Content-Security-Policy"]
            parts = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
            assert parts["default-src"] == ["'self'"]
            assert parts["script-src"] == ["'self'"]
            assert parts["connect-src"] == ["'self'", f"ws://127.0.0.1:{served.port}"]
            assert parts["frame-ancestors"] == ["'none'"]
            assert headers["X-Frame-Options"] == "DENY"
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert headers["Referrer-Policy"] == "no-referrer"
    # Nothing inline for the policy to have to allow: no script element with a body, no
    # event handler attribute.
    assert "onclick" not in body.lower() and "javascript:" not in body.lower()
    import re

    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", body) == []


def test_the_public_address_is_the_page_behind_a_proxy(tmp_path):
    """With --public-url, the proxy's origin is the page's: it may open a session."""
    import subprocess
    import sys
    import time

    from .server import free_port

    port = free_port()
    database = award_database(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "jury", "--db", str(database), "serve", "--port", str(port),
         "--public-url", "https://jury.example.nl"], stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = urllib.request.urlopen(f"http://127.0.0.1:{port}", timeout=1)
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert "connect-src 'self' wss://jury.example.nl;" in \
            answer.headers["Content-Security-Policy"]
        page = answer.read().decode()
        assert 'data-session-websocket-url="wss://jury.example.nl/ws"' in page

        async def connect() -> None:
            async with aiohttp.ClientSession() as client:
                url = f"ws://127.0.0.1:{port}/ws?width=80&height=24"
                socket = await client.ws_connect(url, origin="https://jury.example.nl")
                await socket.close()
                with pytest.raises(aiohttp.WSServerHandshakeError) as failed:
                    await client.ws_connect(url, origin="https://evil.example")
                assert failed.value.status == 403

        asyncio.run(connect())
    finally:
        import signal

        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
