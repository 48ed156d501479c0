"""The fan-out of ApplicationUps to the sinks that subscribed (upstream
``pkg/applicationserver/io``: distributors and subscriptions).

A :class:`Distributor` hands each published ApplicationUp to every open :class:`Subscription`
that wants it (all applications, or one). A subscription is a bounded queue: publishing never
waits for a sink, and a sink that does not keep up loses the newest messages — counted and
logged — while every other sink still gets them. A sink reads its subscription as an async
iterator, and may take what queued up meanwhile with :meth:`Subscription.drain`.

:class:`Fanout` is what the Application Server publishes to. It holds two distributors, as
upstream's does: the *local* one reaches the subscriptions of this replica only (webhooks and the
storage integration subscribe there, so that each message is handled once, by the replica that
produced it); the *cluster* one reaches the subscriptions of every replica (frontends a client
may be connected to anywhere, like the MQTT server). Without a shared backend both are
in-process; with Redis (``redis_fanout.py``) the cluster one goes through it.

What a subscription hands out is the fan-out's copy of the published message, shared between
the subscriptions: sinks read it and never change it (a sink that needs another shape copies).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

from ttn.lorawan.v3 import messages_pb2

__all__ = ["Subscription", "Distributor", "LocalDistributor", "Fanout", "DEFAULT_QUEUE_SIZE"]

log = logging.getLogger("ttsl.application.fanout")

ApplicationUp = messages_pb2.ApplicationUp
DEFAULT_QUEUE_SIZE = 1024
_DROP_LOG_INTERVAL = 10.0  # seconds between two "dropped" lines of one subscription
_CLOSED = None


class Subscription:
    """One sink's bounded queue of ApplicationUps (of one application, or of all)."""

    __slots__ = ("name", "application_id", "dropped", "_queue", "_owner", "_closed", "_logged_at")

    def __init__(self, owner: "LocalDistributor", name: str, application_id: str | None, queue_size: int) -> None:
        self.name = name
        self.application_id = application_id
        self.dropped = 0
        self._owner = owner
        self._queue: asyncio.Queue[ApplicationUp | None] = asyncio.Queue(queue_size + 1)  # + the end marker
        self._closed = False
        self._logged_at = 0.0

    def offer(self, up: ApplicationUp) -> bool:
        """Queue ``up`` unless the queue is full (then it is dropped for this sink only)."""
        if self._closed:
            return False
        if self._queue.qsize() >= self._queue.maxsize - 1:
            self.dropped += 1
            now = time.monotonic()
            if now - self._logged_at >= _DROP_LOG_INTERVAL:
                self._logged_at = now
                log.warning("%s: queue full, %d upstream messages dropped so far", self.name, self.dropped)
            return False
        self._queue.put_nowait(up)
        return True

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    def __aiter__(self) -> "Subscription":
        return self

    async def __anext__(self) -> ApplicationUp:
        up = await self._queue.get()
        if up is _CLOSED:
            self._queue.put_nowait(_CLOSED)  # later readers end too
            raise StopAsyncIteration
        return up

    def drain(self, limit: int | None = None) -> list[ApplicationUp]:
        """What is queued now (at most ``limit``), without waiting."""
        out: list[ApplicationUp] = []
        while not self._queue.empty() and (limit is None or len(out) < limit):
            up = self._queue.get_nowait()
            if up is _CLOSED:
                self._queue.put_nowait(_CLOSED)
                break
            out.append(up)
        return out

    def close(self) -> None:
        """Stop receiving; a reader ends once it has read what was queued."""
        if not self._closed:
            self._closed = True
            self._owner.discard(self)
            self._queue.put_nowait(_CLOSED)


class Distributor(Protocol):
    def subscribe(self, name: str, application_id: str | None = None, *,
                  queue_size: int = DEFAULT_QUEUE_SIZE) -> Subscription: ...

    def publish(self, up: ApplicationUp) -> None: ...

    async def close(self) -> None: ...


class LocalDistributor:
    """The subscriptions of this process, and the hand-out of a message to them."""

    def __init__(self) -> None:
        self._all: set[Subscription] = set()
        self._by_application: dict[str, set[Subscription]] = {}

    def subscribe(self, name: str, application_id: str | None = None, *,
                  queue_size: int = DEFAULT_QUEUE_SIZE) -> Subscription:
        sub = Subscription(self, name, application_id, queue_size)
        if application_id is None:
            self._all.add(sub)
        else:
            self._by_application.setdefault(application_id, set()).add(sub)
        return sub

    def discard(self, sub: Subscription) -> None:
        if sub.application_id is None:
            self._all.discard(sub)
            return
        subs = self._by_application.get(sub.application_id)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._by_application[sub.application_id]

    def publish(self, up: ApplicationUp) -> None:
        for sub in self._all:
            sub.offer(up)
        if self._by_application:
            for sub in self._by_application.get(up.end_device_ids.application_ids.application_id, ()):
                sub.offer(up)

    def __len__(self) -> int:
        return len(self._all) + sum(len(s) for s in self._by_application.values())

    async def close(self) -> None:
        for sub in [*self._all, *(s for subs in self._by_application.values() for s in subs)]:
            sub.close()


class Fanout:
    """Where the Application Server publishes: this replica's sinks and every replica's."""

    def __init__(self, cluster: Distributor | None = None) -> None:
        self.local = LocalDistributor()
        self.cluster: Distributor = cluster if cluster is not None else LocalDistributor()

    def subscribe(self, name: str, application_id: str | None = None, *, cluster: bool = False,
                  queue_size: int = DEFAULT_QUEUE_SIZE) -> Subscription:
        """A subscription of this replica's messages, or (``cluster``) of every replica's."""
        distributor = self.cluster if cluster else self.local
        return distributor.subscribe(name, application_id, queue_size=queue_size)

    def publish(self, up: ApplicationUp) -> None:
        """Hand a copy of ``up`` to every subscription (the caller keeps its own); never waits,
        never raises for a sink."""
        shared = ApplicationUp()
        shared.CopyFrom(up)
        self.local.publish(shared)
        self.cluster.publish(shared)

    async def close(self) -> None:
        await self.local.close()
        await self.cluster.close()
