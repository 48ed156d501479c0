"""The in-process event bus: bounded per-subscriber queues and a bounded history."""

from __future__ import annotations

import asyncio
from collections import deque

from ttn.lorawan.v3 import events_pb2

__all__ = ["MemoryBus"]


class _Subscription:
    def __init__(self, bus: "MemoryBus", size: int) -> None:
        self._bus = bus
        self.queue: asyncio.Queue[events_pb2.Event] = asyncio.Queue(size)

    def __aiter__(self) -> "_Subscription":
        return self

    async def __anext__(self) -> events_pb2.Event:
        return await self.queue.get()

    def close(self) -> None:
        self._bus._subscriptions.discard(self)


class MemoryBus:
    def __init__(self, history: int = 1000, queue_size: int = 1000) -> None:
        self._history: deque[events_pb2.Event] = deque(maxlen=history)
        self._subscriptions: set[_Subscription] = set()
        self._queue_size = queue_size

    async def publish(self, event: events_pb2.Event) -> None:
        self._history.append(event)
        for sub in self._subscriptions:
            if sub.queue.full():  # a slow subscriber loses its oldest event, never blocks others
                sub.queue.get_nowait()
            sub.queue.put_nowait(event)

    def subscribe(self) -> _Subscription:
        sub = _Subscription(self, self._queue_size)
        self._subscriptions.add(sub)
        return sub

    def history(self) -> list[events_pb2.Event]:
        return list(self._history)

    async def close(self) -> None:
        self._subscriptions.clear()
