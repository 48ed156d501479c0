"""One Redis channel that every replica publishes to and reads from: the event bus's live
events (``redis.py``) and the Application Server's cluster fan-out
(``application/integrations/redis_fanout.py``) both ride on one.

* :func:`connect` opens the two connections a channel needs: ``client`` for commands (each
  bounded by ``socket_timeout``, 5 s unless the URI says otherwise) and ``listener`` for the
  subscription (no read timeout: it waits for messages, but checks its health);
* :meth:`RedisChannel.start` subscribes, and returns only once Redis confirms the subscription
  (from then on, whatever any replica publishes reaches this one), then starts a reader that
  hands each decoded message to ``deliver`` — this replica's own too, which come back through
  Redis, so that every replica sees every message once and in one order — and a writer;
* :meth:`RedisChannel.offer` never waits for Redis: items gather in a bounded outbox (beyond
  it, new ones are dropped, counted and logged) that the writer sends, in order, in pipelines
  of up to 256 (``send`` adds an item's commands to the pipeline); a failed pipeline is logged
  and its items are lost; :meth:`RedisChannel.flush` waits until what was offered so far is
  written (or failed to be).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from typing import Any, Callable, Generic, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis.asyncio as aioredis
from google.protobuf.message import DecodeError
from redis.exceptions import RedisError

from ..config import redact_uri

__all__ = ["RedisChannel", "connect", "split_uri", "DEFAULT_NAMESPACE", "TIMEOUT"]

log = logging.getLogger("ttsl.redis")

T = TypeVar("T")
TIMEOUT = 5.0  # seconds, for connecting and for each command (not for waiting for messages)
_BATCH = 256
_DROP_LOG_INTERVAL = 10.0


DEFAULT_NAMESPACE = "ttsl:events"


def split_uri(uri: str) -> tuple[str, str]:
    """(the URI for redis-py, the key namespace): ``namespace`` is ours, not a connection option."""
    parts = urlsplit(uri)
    query = parse_qsl(parts.query, keep_blank_values=True)
    namespace = DEFAULT_NAMESPACE
    rest = []
    for key, value in query:
        if key == "namespace":
            namespace = value or DEFAULT_NAMESPACE
        else:
            rest.append((key, value))
    return urlunsplit(parts._replace(query=urlencode(rest))), namespace


async def connect(uri: str, what: str) -> tuple[aioredis.Redis, aioredis.Redis, str]:
    """(client, listener, key namespace) for ``uri`` (``?namespace=…`` is ours, the rest
    redis-py's); ConnectionError, its password left out, when Redis does not answer."""
    url, namespace = split_uri(uri)
    client = aioredis.from_url(url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT)
    listener = aioredis.from_url(url, socket_connect_timeout=TIMEOUT, health_check_interval=30)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        await client.aclose()
        await listener.aclose()
        raise ConnectionError(f"{what}: Redis at {redact_uri(uri)} is not reachable: {exc}") from exc
    return client, listener, namespace


class RedisChannel(Generic[T]):
    def __init__(
        self, client: aioredis.Redis, listener: aioredis.Redis, channel: str, *, what: str,
        decode: Callable[[bytes], Any], deliver: Callable[[Any], None],
        send: Callable[[Any, list[T]], None], transaction: bool = False, outbox_size: int = 10_000,
    ) -> None:
        self.client = client
        self._listener = listener
        self.channel = channel
        self._what = what
        self._decode = decode
        self._deliver = deliver
        self._send = send
        self._transaction = transaction
        self._outbox: deque[T] = deque()
        self._outbox_size = outbox_size
        self._accepted = 0  # items put in the outbox, ever
        self._written = 0  # of those, items the writer is done with (sent, or failed)
        self._flushes: list[tuple[int, asyncio.Future]] = []
        self._wake = asyncio.Event()
        self._pubsub = None
        self._tasks: list[asyncio.Task] = []
        self._dropped = 0
        self._dropped_logged_at = 0.0

    async def start(self) -> None:
        self._pubsub = self._listener.pubsub()
        await self._pubsub.subscribe(self.channel)
        while True:
            message = await self._pubsub.get_message(timeout=TIMEOUT)
            if message is None:
                raise ConnectionError(f"{self._what}: Redis did not confirm the subscription to {self.channel}")
            if message["type"] == "subscribe":
                break
        self._tasks = [asyncio.create_task(self._read(), name=f"ttsl-redis-reader-{self.channel}"),
                       asyncio.create_task(self._write(), name=f"ttsl-redis-writer-{self.channel}")]

    def offer(self, item: T) -> None:
        if len(self._outbox) >= self._outbox_size:
            self._dropped += 1
            now = time.monotonic()
            if now - self._dropped_logged_at >= _DROP_LOG_INTERVAL:
                self._dropped_logged_at = now
                log.warning("%s: outbox full, %d dropped so far (is Redis slow?)", self._what, self._dropped)
            return
        self._outbox.append(item)
        self._accepted += 1
        self._wake.set()

    async def flush(self) -> None:
        target = self._accepted
        if self._written >= target or not self._tasks or self._tasks[1].done():
            return
        done = asyncio.get_running_loop().create_future()
        self._flushes.append((target, done))
        await done

    async def _write(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._outbox:
                batch = [self._outbox.popleft() for _ in range(min(_BATCH, len(self._outbox)))]
                try:
                    async with self.client.pipeline(transaction=self._transaction) as pipe:
                        self._send(pipe, batch)
                        await pipe.execute()
                except (RedisError, OSError):
                    log.warning("%s: publishing %d failed", self._what, len(batch), exc_info=True)
                self._written += len(batch)
                self._release_flushes()

    def _release_flushes(self) -> None:
        waiting = []
        for target, done in self._flushes:
            if target > self._written:
                waiting.append((target, done))
            elif not done.done():
                done.set_result(None)
        self._flushes = waiting

    async def _read(self) -> None:
        assert self._pubsub is not None
        while True:
            try:
                async for message in self._pubsub.listen():
                    if message["type"] != "message":
                        continue
                    try:
                        item = self._decode(message["data"])
                    except DecodeError:
                        log.warning("%s: dropped an undecodable message on %s", self._what, self.channel)
                        continue
                    self._deliver(item)
            except asyncio.CancelledError:
                raise
            except Exception:  # the connection went and redis-py's retries gave up: try again
                log.warning("%s: lost the subscription to %s; retrying", self._what, self.channel, exc_info=True)
                await asyncio.sleep(1.0)

    async def close(self) -> None:
        """Write what waits (at most ``TIMEOUT`` long), stop, and close both connections."""
        if self._tasks:
            try:
                await asyncio.wait_for(self.flush(), TIMEOUT)
            except asyncio.TimeoutError:
                log.warning("%s: %d not written at close", self._what, len(self._outbox))
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._tasks = []
        self._written = self._accepted
        self._release_flushes()
        if self._pubsub is not None:
            try:
                await self._pubsub.aclose()
            except (RedisError, OSError):
                pass
            self._pubsub = None
        await self.client.aclose()
        await self._listener.aclose()
