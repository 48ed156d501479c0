"""The cluster distributor on Redis: an ApplicationUp published on any replica reaches the
cluster subscriptions of every replica (upstream's ``distribution`` global distributor on its
Redis pub/sub).

Messages are PUBLISHed, as protobuf bytes, on one channel ``<namespace>:ups``
(``server/events/redis_channel.py``: every replica reads it, its own messages included, so each
sees every message once and in one order; publishing only queues the message for the channel's
writer). Nothing is kept: a replica that is not subscribed when a message passes does not get
it, as with upstream's.
"""

from __future__ import annotations

from ttn.lorawan.v3 import messages_pb2

from ...events.redis_channel import RedisChannel, connect
from .fanout import DEFAULT_QUEUE_SIZE, LocalDistributor, Subscription

__all__ = ["RedisDistributor"]


def _send(pipe, batch: list[messages_pb2.ApplicationUp], channel: str) -> None:
    for up in batch:
        pipe.publish(channel, up.SerializeToString())


class RedisDistributor:
    def __init__(self, channel: RedisChannel, local: LocalDistributor) -> None:
        self._channel = channel
        self._local = local

    @classmethod
    async def open(cls, uri: str) -> "RedisDistributor":
        """Connect and subscribe (``?namespace=`` as for the event bus, whose URI this shares)."""
        client, listener, namespace = await connect(uri, "application uplinks")
        local = LocalDistributor()
        name = f"{namespace}:ups"
        channel = RedisChannel(client, listener, name, what="application uplinks",
                               decode=messages_pb2.ApplicationUp.FromString, deliver=local.publish,
                               send=lambda pipe, batch: _send(pipe, batch, name))
        try:
            await channel.start()
        except BaseException:
            await channel.close()
            raise
        return cls(channel, local)

    def subscribe(self, name: str, application_id: str | None = None, *,
                  queue_size: int = DEFAULT_QUEUE_SIZE) -> Subscription:
        return self._local.subscribe(name, application_id, queue_size=queue_size)

    def publish(self, up: messages_pb2.ApplicationUp) -> None:
        self._channel.offer(up)

    async def close(self) -> None:
        await self._channel.close()
        await self._local.close()
