"""The in-process event bus: bounded subscription queues and a bounded history.

The history is kept as upstream's events store keeps it: per entity, the last
``entity_history`` events, for ``entity_ttl`` after the entity's last event; per correlation
ID, the last ``correlation_history`` + 1 events (upstream trims its lists to indexes 0..count),
each for ``event_ttl`` after it was published. The events kept are bounded in all too
(``kept_events`` for the entities, as many for the correlation IDs): the entities and
correlation IDs published to least recently go first. ``history()`` is the last
``recent`` events published, whatever their entity (for tests and diagnostics).
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, deque

from ttn.lorawan.v3 import events_pb2, identifiers_pb2

from . import Match, entity_key, entity_keys

__all__ = ["MemoryBus", "LocalSubscriptions"]

_CLOSED = None  # the end-of-stream marker in a subscription queue

def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class _Subscription:
    __slots__ = ("_owner", "_match", "_queue", "_closed")

    def __init__(self, owner: "LocalSubscriptions", match: Match | None, size: int) -> None:
        self._owner = owner
        self._match = match
        self._queue: asyncio.Queue[events_pb2.Event | None] = asyncio.Queue(size + 1)  # + the end marker
        self._closed = False

    def _offer(self, event: events_pb2.Event) -> None:
        if self._match is not None and not self._match(event):
            return
        if self._queue.qsize() < self._queue.maxsize - 1:
            self._queue.put_nowait(event)
        # else: a subscriber that does not keep up loses new events, never blocks others (upstream)

    def _end(self) -> None:
        self._closed = True
        self._queue.put_nowait(_CLOSED)

    def __aiter__(self) -> "_Subscription":
        return self

    async def __anext__(self) -> events_pb2.Event:
        if self._closed and self._queue.empty():
            raise StopAsyncIteration
        event = await self._queue.get()
        if event is _CLOSED:
            raise StopAsyncIteration
        return event

    def close(self) -> None:
        self._owner.discard(self)


class LocalSubscriptions:
    """The subscriptions open on this replica, and the hand-out of an event to them."""

    def __init__(self, queue_size: int = 1024) -> None:
        self._subscriptions: set[_Subscription] = set()
        self._queue_size = queue_size

    def subscribe(self, match: Match | None = None) -> _Subscription:
        sub = _Subscription(self, match, self._queue_size)
        self._subscriptions.add(sub)
        return sub

    def discard(self, sub: _Subscription) -> None:
        self._subscriptions.discard(sub)

    def deliver(self, event: events_pb2.Event) -> None:
        for sub in self._subscriptions:
            sub._offer(event)

    def __len__(self) -> int:
        """How many subscriptions are open."""
        return len(self._subscriptions)

    def end_all(self) -> None:
        for sub in self._subscriptions:
            sub._end()
        self._subscriptions.clear()


class _Kept:
    """The recent events of one entity or correlation ID, and when it was last written."""

    __slots__ = ("events", "last_ms")

    def __init__(self, size: int) -> None:
        self.events: deque[tuple[int, events_pb2.Event]] = deque(maxlen=size)
        self.last_ms = 0


class _Keeper:
    """The kept events by key, ``per_key`` at most for each key and ``total`` in all: the keys
    written least recently go first."""

    __slots__ = ("_items", "_per_key", "_total", "_count")

    def __init__(self, per_key: int, total: int) -> None:
        self._items: OrderedDict[str, _Kept] = OrderedDict()
        self._per_key = per_key
        self._total = total
        self._count = 0

    def get(self, key: str) -> _Kept | None:
        return self._items.get(key)

    def add(self, key: str, now: int, event: events_pb2.Event, *, ttl_ms: int, newest_first: bool = False) -> None:
        kept = self._items.get(key)
        if kept is None:
            kept = self._items[key] = _Kept(self._per_key)
        else:
            self._items.move_to_end(key)
            if now - kept.last_ms > ttl_ms:  # expired as a whole, as a Redis key would
                self._count -= len(kept.events)
                kept.events.clear()
        if len(kept.events) < self._per_key:
            self._count += 1
        if newest_first:
            kept.events.appendleft((now, event))  # as a pushed list
        else:
            kept.events.append((now, event))
        kept.last_ms = now
        while self._count > self._total and len(self._items) > 1:
            _, dropped = self._items.popitem(last=False)
            self._count -= len(dropped.events)


class MemoryBus:
    def __init__(
        self,
        *,
        entity_history: int = 100,
        entity_ttl: float = 24 * 3600.0,
        correlation_history: int = 100,
        event_ttl: float = 600.0,
        kept_events: int = 20_000,
        queue_size: int = 1024,
        recent: int = 1000,
    ) -> None:
        self._local = LocalSubscriptions(queue_size)
        self._recent: deque[events_pb2.Event] = deque(maxlen=recent)
        self._entity_ttl_ms = int(entity_ttl * 1000)
        self._event_ttl_ms = int(event_ttl * 1000)
        # Both hold references to the same events: ``kept_events`` bounds each.
        self._entities = _Keeper(entity_history, kept_events)
        self._correlations = _Keeper(correlation_history + 1, kept_events)

    async def flush(self) -> None:
        """Nothing to wait for: the history is written as an event is published."""

    async def publish(self, event: events_pb2.Event) -> None:
        now = _now_ms()
        self._recent.append(event)
        for key in entity_keys(event):
            self._entities.add(key, now, event, ttl_ms=self._entity_ttl_ms)
        for cid in event.correlation_ids:
            self._correlations.add(cid, now, event, ttl_ms=self._event_ttl_ms, newest_first=True)
        self._local.deliver(event)

    def subscribe(self, match: Match | None = None) -> _Subscription:
        return self._local.subscribe(match)

    @property
    def open_subscriptions(self) -> int:
        return len(self._local)

    async def entity_history(
        self, ids: identifiers_pb2.EntityIdentifiers, *, tail: int = 0, since_ms: int | None = None
    ) -> list[events_pb2.Event]:
        kept = self._entities.get(entity_key(ids))
        if kept is None or _now_ms() - kept.last_ms > self._entity_ttl_ms:
            return []
        events = [event for at, event in kept.events if since_ms is None or at >= since_ms]
        return events[-tail:] if tail > 0 else events

    def history(self) -> list[events_pb2.Event]:
        """The last events published, oldest first."""
        return list(self._recent)

    async def find_related(self, correlation_id: str) -> list[events_pb2.Event]:
        kept = self._correlations.get(correlation_id)
        if kept is None:
            return []
        oldest = _now_ms() - self._event_ttl_ms
        return [event for at, event in kept.events if at >= oldest]

    async def close(self) -> None:
        self._local.end_all()
