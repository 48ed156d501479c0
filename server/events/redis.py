"""The Redis event bus (``--events-uri redis://…``): an event published on any replica reaches
the streams open on every replica, and the history is shared.

Live events: the event's protobuf bytes are PUBLISHed on one channel, ``<namespace>:live``
(``redis_channel.py``: every replica reads it, its own events included, so that every replica
sees every event once and in one order). Publishing never waits for Redis: the event goes to the
channel's outbox, which one writer sends in pipelines, so a call that publishes several events
pays no round trip for them. Reads of the history (``entity_history``,
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

import hashlib
import logging
import time

import redis.asyncio as aioredis
from google.protobuf.message import DecodeError

from ttn.lorawan.v3 import events_pb2, identifiers_pb2

from . import Match, entity_key, entity_keys
from .memory import LocalSubscriptions
from .redis_channel import DEFAULT_NAMESPACE, RedisChannel, connect, split_uri

__all__ = ["RedisBus", "DEFAULT_NAMESPACE", "split_uri"]

log = logging.getLogger("ttsl.events.redis")

_EVENT = b"event"


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
        self._namespace = namespace
        self._entity_history = entity_history
        self._entity_ttl_ms = int(entity_ttl * 1000)
        self._correlation_history = correlation_history
        self._event_ttl_ms = int(event_ttl * 1000)
        self._local = LocalSubscriptions(queue_size)
        self._live: RedisChannel[events_pb2.Event] = RedisChannel(
            client, listener, f"{namespace}:live", what="events", decode=events_pb2.Event.FromString,
            deliver=self._local.deliver, send=self._send, transaction=True, outbox_size=outbox_size,
        )

    @classmethod
    async def open(cls, uri: str, **options) -> "RedisBus":
        """Connect, subscribe to the live channel, and start handing its events out."""
        client, listener, namespace = await connect(uri, "events")
        bus = cls(client, listener, namespace, **options)
        try:
            await bus._live.start()
        except BaseException:
            await bus.close()
            raise
        return bus

    def _entity_stream(self, key: str) -> str:
        return f"{self._namespace}:entity:{key}"

    def _correlation_list(self, correlation_id: str) -> str:
        # Correlation IDs are the callers' input: hashed into the key.
        digest = hashlib.blake2b(correlation_id.encode(), digest_size=16).hexdigest()
        return f"{self._namespace}:correlation:{digest}"

    async def publish(self, event: events_pb2.Event) -> None:
        """Put ``event`` in the outbox; the writer sends it (this never waits for Redis)."""
        self._live.offer(event)

    async def flush(self) -> None:
        """Wait until every event published here so far is written (or failed to be)."""
        await self._live.flush()

    def _send(self, pipe, batch: list[events_pb2.Event]) -> None:
        """One MULTI per batch: each event's history, then its PUBLISH."""
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
            pipe.publish(self._live.channel, data)

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
        await self._live.close()
        self._local.end_all()


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
