"""The cluster distributor on Redis: an ApplicationUp published on any replica reaches the
cluster subscriptions of every replica (upstream's ``distribution`` global distributor on its
Redis pub/sub).

Messages are PUBLISHed, as protobuf bytes, on one channel ``<namespace>:ups``. Each replica keeps
one connection subscribed to it and hands what arrives to its own subscriptions — its own
messages included, which come back through Redis, so every replica sees every message once and
in one order. Publishing never waits for Redis: messages gather in a bounded outbox (beyond it,
new ones are dropped and logged) that one writer task sends in pipelines. Nothing is kept: a
replica that is not subscribed when a message passes does not get it, as with upstream's.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

import redis.asyncio as aioredis
from google.protobuf.message import DecodeError
from redis.exceptions import RedisError

from ttn.lorawan.v3 import messages_pb2

from ...config import redact_uri
from ...events.redis import split_uri
from .fanout import DEFAULT_QUEUE_SIZE, LocalDistributor, Subscription

__all__ = ["RedisDistributor"]

log = logging.getLogger("ttsl.application.fanout.redis")

_TIMEOUT = 5.0
_BATCH = 256
_DROP_LOG_INTERVAL = 10.0


class RedisDistributor:
    def __init__(self, client: aioredis.Redis, listener: aioredis.Redis, namespace: str, *,
                 outbox_size: int = 10_000) -> None:
        self._client = client
        self._listener = listener
        self._channel = f"{namespace}:ups"
        self._local = LocalDistributor()
        self._outbox: deque[bytes] = deque()
        self._outbox_size = outbox_size
        self._wake = asyncio.Event()
        self._pubsub = None
        self._tasks: list[asyncio.Task] = []
        self._dropped = 0
        self._dropped_logged_at = 0.0

    @classmethod
    async def open(cls, uri: str) -> "RedisDistributor":
        """Connect and subscribe (``?namespace=`` as for the event bus, whose URI this shares)."""
        url, namespace = split_uri(uri)
        client = aioredis.from_url(url, socket_timeout=_TIMEOUT, socket_connect_timeout=_TIMEOUT)
        listener = aioredis.from_url(url, socket_connect_timeout=_TIMEOUT, health_check_interval=30)
        distributor = cls(client, listener, namespace)
        try:
            await client.ping()
            distributor._pubsub = listener.pubsub()
            await distributor._pubsub.subscribe(distributor._channel)
            while True:  # only once Redis confirms is a message published anywhere sure to reach us
                message = await distributor._pubsub.get_message(timeout=_TIMEOUT)
                if message is None:
                    raise ConnectionError(f"Redis did not confirm the subscription to {distributor._channel}")
                if message["type"] == "subscribe":
                    break
        except (RedisError, OSError, ConnectionError) as exc:
            await distributor.close()
            raise ConnectionError(f"application uplinks: Redis at {redact_uri(uri)} is not usable: {exc}") from exc
        distributor._tasks = [
            asyncio.create_task(distributor._read(), name="ttsl-fanout-redis-reader"),
            asyncio.create_task(distributor._write(), name="ttsl-fanout-redis-writer"),
        ]
        return distributor

    def subscribe(self, name: str, application_id: str | None = None, *,
                  queue_size: int = DEFAULT_QUEUE_SIZE) -> Subscription:
        return self._local.subscribe(name, application_id, queue_size=queue_size)

    def publish(self, up: messages_pb2.ApplicationUp) -> None:
        if len(self._outbox) >= self._outbox_size:
            self._dropped += 1
            now = time.monotonic()
            if now - self._dropped_logged_at >= _DROP_LOG_INTERVAL:
                self._dropped_logged_at = now
                log.warning("outbox full, %d upstream messages dropped so far (is Redis slow?)", self._dropped)
            return
        self._outbox.append(up.SerializeToString())
        self._wake.set()

    async def _write(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._outbox:
                batch = [self._outbox.popleft() for _ in range(min(_BATCH, len(self._outbox)))]
                try:
                    async with self._client.pipeline(transaction=False) as pipe:
                        for data in batch:
                            pipe.publish(self._channel, data)
                        await pipe.execute()
                except (RedisError, OSError):
                    log.warning("publishing %d upstream messages failed", len(batch), exc_info=True)

    async def _read(self) -> None:
        assert self._pubsub is not None
        while True:
            try:
                async for message in self._pubsub.listen():
                    if message["type"] != "message":
                        continue
                    try:
                        up = messages_pb2.ApplicationUp.FromString(message["data"])
                    except DecodeError:
                        log.warning("dropped an undecodable message on %s", self._channel)
                        continue
                    self._local.publish(up)
            except asyncio.CancelledError:
                raise
            except Exception:  # the connection went and redis-py's retries gave up: try again
                log.warning("lost the subscription to %s; retrying", self._channel, exc_info=True)
                await asyncio.sleep(1.0)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._tasks = []
        await self._local.close()
        if self._pubsub is not None:
            try:
                await self._pubsub.aclose()
            except (RedisError, OSError):
                pass
            self._pubsub = None
        await self._client.aclose()
        await self._listener.aclose()
