"""Headless Chromium driven over its DevTools protocol: no browser driver library needed."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,900", "--remote-debugging-port=0"]

# Keys as a keyboard sends them: what xterm.js in the page turns into terminal input.
KEYS = {"enter": ("Enter", "Enter", 13, "\r"), "tab": ("Tab", "Tab", 9, "\t"),
        "down": ("ArrowDown", "ArrowDown", 40, ""), "up": ("ArrowUp", "ArrowUp", 38, "")}

# textual-serve keeps the page's xterm.js Terminal inside a closure. Before any script of
# the page runs, catch the moment its client stores it (`this.terminal = new Terminal(…)`):
# a setter on Object.prototype sees the assignment, keeps the terminal on window, and makes
# it an ordinary property of the client.
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, 'terminal', {
    configurable: true,
    set(value) {
        Object.defineProperty(this, 'terminal', {value, writable: true, enumerable: true,
                                                 configurable: true});
        if (value && typeof value.open === 'function' && 'buffer' in value) {
            window.__terminal = value;
        }
    },
});
"""
SCREEN_TEXT = """(() => {
    const t = window.__terminal;
    if (!t) { return null; }
    const buffer = t.buffer.active, lines = [];
    for (let row = 0; row < t.rows; row++) {
        const line = buffer.getLine(buffer.viewportY + row);
        lines.push(line ? line.translateToString(true) : '');
    }
    return lines.join('\\n');
})()"""


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless Chromium with a fresh profile; `page` speaks to its first tab."""

    def __init__(self, profile: Path) -> None:
        binary = chromium()
        assert binary is not None
        self.process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}",
                                         "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        self.port = int(port_file.read_text().split()[0])

    def page_socket_url(self) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list") as answer:
            targets = json.load(answer)
        return next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


class Page:
    """Calls over the page's DevTools socket; events are read past and dropped."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.last_id = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.last_id += 1
        number = self.last_id
        await self.socket.send_json({"id": number, "method": method, "params": params})
        while True:
            message = await asyncio.wait_for(self.socket.receive_json(), 30)
            if message.get("id") == number:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        found = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return found["result"].get("value")

    async def open(self, url: str) -> None:
        """Load `url` with the terminal catcher in place."""
        await self.call("Page.enable")
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=CATCH_TERMINAL)
        await self.call("Page.navigate", url=url)

    async def find_terminal(self) -> bool:
        return bool(await self.evaluate("!!window.__terminal"))

    async def screen(self) -> str:
        """The text on the page's terminal, row by row, as xterm.js holds it."""
        return await self.evaluate(SCREEN_TEXT) or ""

    async def wait_for_text(self, wanted: str, seconds: float = 60) -> str:
        deadline = time.monotonic() + seconds
        text = ""
        while time.monotonic() < deadline:
            if await self.find_terminal():
                text = await self.screen()
                if wanted in text:
                    return text
            await asyncio.sleep(0.2)
        state = await self.evaluate("JSON.stringify({ready: document.readyState, "
                                    "body: document.body && document.body.className, "
                                    "terminal: !!window.__terminal})")
        raise AssertionError(f"{wanted!r} did not appear within {seconds:g} s ({state}); "
                             f"the page shows:\n{text}")

    async def press(self, *keys: str) -> None:
        """Keys pressed on the focused page: names from KEYS, or single characters."""
        for key in keys:
            if key in KEYS:
                name, code, number, text = KEYS[key]
            else:
                name, code, number, text = key, f"Key{key.upper()}" if key.isalpha() else \
                    f"Digit{key}", ord(key.upper()), key
            await self.call("Input.dispatchKeyEvent", type="keyDown", key=name, code=code,
                            windowsVirtualKeyCode=number, text=text)
            await self.call("Input.dispatchKeyEvent", type="keyUp", key=name, code=code,
                            windowsVirtualKeyCode=number)
            await asyncio.sleep(0.05)
