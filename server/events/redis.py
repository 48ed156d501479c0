"""The Redis event bus (``--events-uri redis://…``): an event published on any replica reaches
the streams open on every replica, and the history is shared.

Live events: the event's protobuf bytes are PUBLISHed on one channel, ``<namespace>:live``.
Each replica keeps one connection subscribed to it and hands what arrives to its own
subscriptions — its own events included, which come back through Redis, so that every replica
sees every event once and in one order.

Publishing never waits for Redis: :meth:`RedisBus.publish` puts the event in an outbox (bounded
by ``outbox_size``; beyond it, new events are dropped and logged) and one writer task sends what
has gathered there in one pipeline, in publish order, as soon as it can — so a call that
publishes several events pays no round trip for them. Reads of the history (``entity_history``,
``find_related``) first wait until the events published on this replica before them are
written (:meth:`RedisBus.flush`), so a replica reads its own writes; another replica sees them
once written, a moment later.

History, written in the same MULTI as the PUBLISH, bounded as upstream's store bounds it:

* per entity, a stream ``<namespace>:entity:<entity key>`` of the events' bytes (field
  ``event``), ``XADD … MAXLEN ~ entity_history``, expiring ``entity_ttl`` after its last event;
  Redis stamps the entries, so ``since_ms`` is read in the Redis server's clock (callers allow
  for skew, as upstream does);
* per correlation ID, a list ``<namespace>:correlation:<hash>``, newest first (LPUSH, LTRIM
  0..correlation_history), expiring ``event_ttl`` after its last event; events older than
  ``event_ttl`` are left out of it, as upstream's expired event data is.

The namespace defaults to ``ttsl:events``; ``?namespace=…`` in the URI sets another (replicas
that share events must use the same). Redis being unreachable at start is refused; later, a
failed publish is logged (the call that made the event has succeeded; commands give up after
``socket_timeout``, 5 s unless the URI says otherwise, so a stalled Redis never holds calls
for long) and the subscriber connection, which has no read timeout (it waits for events) but
checks its health, is re-established.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import deque
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis.asyncio as aioredis
from google.protobuf.message import DecodeError
from redis.exceptions import RedisError

from ttn.lorawan.v3 import events_pb2, identifiers_pb2

from ..config import redact_uri

from . import Match, entity_key, entity_keys
from .memory import LocalSubscriptions

__all__ = ["RedisBus", "DEFAULT_NAMESPACE"]

log = logging.getLogger("ttsl.events.redis")

DEFAULT_NAMESPACE = "ttsl:events"
_TIMEOUT = 5.0  # seconds, for connecting and for each command (not for waiting for events)
_EVENT = b"event"
_BATCH = 256  # events per pipeline
_DROP_LOG_INTERVAL = 10.0  # seconds between two "outbox full" lines


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


class RedisBus:
    def __init__(
        self,
        client: aioredis.Redis,
        listener: aioredis.Redis,
        namespace: str = DEFAULT_NAMESPACE,
        *,
        entity_history: int = 100,
        entity_ttl: float = 24 * 3600.0,
        correlation_history: int = 100,
        event_ttl: float = 600.0,
        queue_size: int = 1024,
        outbox_size: int = 10_000,
    ) -> None:
        self._client = client
        self._listener = listener
        self._namespace = namespace
        self._channel = f"{namespace}:live"
        self._entity_history = entity_history
        self._entity_ttl_ms = int(entity_ttl * 1000)
        self._correlation_history = correlation_history
        self._event_ttl_ms = int(event_ttl * 1000)
        self._local = LocalSubscriptions(queue_size)
        self._pubsub = None
        self._reader: asyncio.Task | None = None
        self._outbox: deque[events_pb2.Event] = deque()
        self._outbox_size = outbox_size
        self._accepted = 0  # events put in the outbox, ever
        self._written = 0  # of those, events the writer is done with (sent, or failed)
        self._flushes: list[tuple[int, asyncio.Future]] = []
        self._wake = asyncio.Event()
        self._writer: asyncio.Task | None = None
        self._dropped = 0
        self._dropped_logged_at = 0.0

    @classmethod
    async def open(cls, uri: str, **options) -> "RedisBus":
        """Connect, subscribe to the live channel, and start handing its events out."""
        url, namespace = split_uri(uri)
        client = aioredis.from_url(url, socket_timeout=_TIMEOUT, socket_connect_timeout=_TIMEOUT)
        listener = aioredis.from_url(url, socket_connect_timeout=_TIMEOUT, health_check_interval=30)
        try:
            await client.ping()
        except (RedisError, OSError) as exc:
            await client.aclose()
            await listener.aclose()
            raise ConnectionError(f"events: Redis at {redact_uri(uri)} is not reachable: {exc}") from exc
        bus = cls(client, listener, namespace, **options)
        try:
            await bus._subscribe()
        except BaseException:
            await bus.close()
            raise
        return bus

    async def _subscribe(self) -> None:
        self._pubsub = self._listener.pubsub()
        await self._pubsub.subscribe(self._channel)
        # Only once Redis confirms is an event published anywhere sure to reach us.
        while True:
            message = await self._pubsub.get_message(timeout=5.0)
            if message is None:
                raise ConnectionError(f"events: Redis did not confirm the subscription to {self._channel}")
            if message["type"] == "subscribe":
                break
        self._reader = asyncio.create_task(self._read(), name="ttsl-events-redis-reader")
        self._writer = asyncio.create_task(self._write_outbox(), name="ttsl-events-redis-writer")

    async def _read(self) -> None:
        assert self._pubsub is not None
        while True:
            try:
                async for message in self._pubsub.listen():
                    if message["type"] != "message":
                        continue
                    try:
                        event = events_pb2.Event.FromString(message["data"])
                    except DecodeError:
                        log.warning("events: dropped an undecodable message on %s", self._channel)
                        continue
                    self._local.deliver(event)
            except asyncio.CancelledError:
                raise
            except Exception:  # the connection went and redis-py's retries gave up: try again
                log.warning("events: lost the subscription to %s; retrying", self._channel, exc_info=True)
                await asyncio.sleep(1.0)

    def _entity_stream(self, key: str) -> str:
        return f"{self._namespace}:entity:{key}"

    def _correlation_list(self, correlation_id: str) -> str:
        # Correlation IDs are the callers' input: hashed into the key.
        digest = hashlib.blake2b(correlation_id.encode(), digest_size=16).hexdigest()
        return f"{self._namespace}:correlation:{digest}"

    async def publish(self, event: events_pb2.Event) -> None:
        """Put ``event`` in the outbox; the writer sends it (this never waits for Redis)."""
        if len(self._outbox) >= self._outbox_size:
            self._dropped += 1
            now = time.monotonic()
            if now - self._dropped_logged_at >= _DROP_LOG_INTERVAL:
                self._dropped_logged_at = now
                log.warning("events: outbox full, %d events dropped so far (is Redis slow?)", self._dropped)
            return
        self._outbox.append(event)
        self._accepted += 1
        self._wake.set()

    async def flush(self) -> None:
        """Wait until every event published here so far is written (or failed to be)."""
        target = self._accepted
        if self._written >= target or self._writer is None or self._writer.done():
            return
        done = asyncio.get_running_loop().create_future()
        self._flushes.append((target, done))
        await done

    async def _write_outbox(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._outbox:
                batch = [self._outbox.popleft() for _ in range(min(_BATCH, len(self._outbox)))]
                try:
                    await self._send(batch)
                except (RedisError, OSError):
                    log.warning("events: publishing %d events failed", len(batch), exc_info=True)
                self._written += len(batch)
                if self._flushes:
                    waiting = []
                    for target, done in self._flushes:
                        if target <= self._written:
                            if not done.done():
                                done.set_result(None)
                        else:
                            waiting.append((target, done))
                    self._flushes = waiting

    async def _send(self, batch: list[events_pb2.Event]) -> None:
        async with self._client.pipeline(transaction=True) as pipe:
            for event in batch:
                data = event.SerializeToString()
                for key in entity_keys(event):
                    stream = self._entity_stream(key)
                    pipe.xadd(stream, {_EVENT: data}, maxlen=self._entity_history, approximate=True)
                    pipe.pexpire(stream, self._entity_ttl_ms)
                for correlation_id in event.correlation_ids:
                    listed = self._correlation_list(correlation_id)
                    pipe.lpush(listed, data)
                    pipe.ltrim(listed, 0, self._correlation_history)
                    pipe.pexpire(listed, self._event_ttl_ms)
                pipe.publish(self._channel, data)
            await pipe.execute()

    def subscribe(self, match: Match | None = None):
        return self._local.subscribe(match)

    @property
    def open_subscriptions(self) -> int:
        return len(self._local)

    async def entity_history(
        self, ids: identifiers_pb2.EntityIdentifiers, *, tail: int = 0, since_ms: int | None = None
    ) -> list[events_pb2.Event]:
        key = entity_key(ids)
        if not key:
            return []
        await self.flush()
        stream = self._entity_stream(key)
        start = str(max(since_ms, 0)) if since_ms is not None else "-"
        if tail > 0:
            entries = await self._client.xrevrange(stream, max="+", min=start, count=tail)
            entries.reverse()
        else:
            entries = await self._client.xrange(stream, min=start, max="+")
        return _decoded(fields.get(_EVENT) for _, fields in entries)

    async def find_related(self, correlation_id: str) -> list[events_pb2.Event]:
        await self.flush()
        values = await self._client.lrange(self._correlation_list(correlation_id), 0, -1)
        oldest_ns = (time.time_ns() // 1_000_000 - self._event_ttl_ms) * 1_000_000
        return [event for event in _decoded(values) if event.time.ToNanoseconds() >= oldest_ns]

    async def close(self) -> None:
        if self._writer is not None:
            try:
                await asyncio.wait_for(self.flush(), _TIMEOUT)
            except asyncio.TimeoutError:
                log.warning("events: %d events not written at close", len(self._outbox))
            self._writer.cancel()
            try:
                await self._writer
            except asyncio.CancelledError:
                pass
            self._writer = None
            for _, done in self._flushes:
                if not done.done():
                    done.set_result(None)
            self._flushes = []
        if self._reader is not None:
            self._reader.cancel()
            try:
                await self._reader
            except asyncio.CancelledError:
                pass
            self._reader = None
        if self._pubsub is not None:
            try:
                await self._pubsub.aclose()
            except (RedisError, OSError):
                pass
            self._pubsub = None
        self._local.end_all()
        await self._client.aclose()
        await self._listener.aclose()


def _decoded(values) -> list[events_pb2.Event]:
    out = []
    for value in values:
        if not value:
            continue
        try:
            out.append(events_pb2.Event.FromString(value))
        except DecodeError:
            log.warning("events: skipped an undecodable stored event")
    return out
