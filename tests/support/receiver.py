"""A webhook receiver for tests: a real aiohttp server on a free port that records every request.

``receiver.answer(path_prefix, status=…, body=…, hang=True)`` sets how requests under a path are
answered (default 200; ``hang``: never, until the receiver stops); ``await receiver.wait(n)``
waits until ``n`` requests arrived (all paths, or those under a prefix).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiohttp import web

__all__ = ["Received", "Receiver"]

TIMEOUT = 10.0


@dataclass
class Received:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class _Answer:
    status: int = 200
    body: bytes = b""
    hang: bool = False
    fail_first: int = 0  # answer 500 to the first n requests, then status


@dataclass
class Receiver:
    requests: list[Received] = field(default_factory=list)
    open: int = 0  # requests under way (hanging ones included)

    async def start(self) -> "Receiver":
        self._answers: dict[str, _Answer] = {}
        self._arrived = asyncio.Condition()
        self._stop = asyncio.Event()
        self._counts: dict[str, int] = {}
        server = web.Server(self._handle)
        self._runner = web.ServerRunner(server)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, prefix: str, *, status: int = 200, body: bytes = b"", hang: bool = False,
               fail_first: int = 0) -> None:
        self._answers[prefix] = _Answer(status, body, hang, fail_first)

    def _answer_for(self, path: str) -> tuple[str, _Answer]:
        best = ""
        for prefix in self._answers:
            if path.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        return best, self._answers.get(best, _Answer())

    async def _handle(self, request: web.BaseRequest) -> web.Response:
        body = await request.read()
        received = Received(request.method, request.path, request.query_string, dict(request.headers), body)
        prefix, answer = self._answer_for(request.path)
        self.open += 1
        try:
            async with self._arrived:
                self.requests.append(received)
                self._arrived.notify_all()
            if answer.hang:
                await self._stop.wait()
                return web.Response(status=503)
            seen = self._counts.get(prefix, 0)
            self._counts[prefix] = seen + 1
            if seen < answer.fail_first:
                return web.Response(status=500, body=b"not yet")
            return web.Response(status=answer.status, body=answer.body)
        finally:
            self.open -= 1

    def under(self, prefix: str) -> list[Received]:
        return [r for r in self.requests if r.path.startswith(prefix)]

    async def wait(self, count: int, prefix: str = "/", timeout: float = TIMEOUT) -> list[Received]:
        """The first ``count`` requests under ``prefix``, once they arrived."""
        async with self._arrived:
            try:
                await asyncio.wait_for(self._arrived.wait_for(lambda: len(self.under(prefix)) >= count), timeout)
            except asyncio.TimeoutError:
                raise AssertionError(
                    f"{len(self.under(prefix))} of {count} requests under {prefix} arrived: "
                    f"{[r.path for r in self.requests]}") from None
        return self.under(prefix)[:count]

    async def stop(self) -> None:
        self._stop.set()
        await self._runner.cleanup()
