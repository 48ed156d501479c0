"""The fan-out of ApplicationUps: bounded subscriptions that never hold the publisher, per
application or for all, local to a replica or (Redis) across replicas."""

from __future__ import annotations

import asyncio

import pytest

from server.application.integrations.fanout import Fanout
from server.application.integrations.redis_fanout import RedisDistributor
from support.redis import fresh_namespace
from ttn.lorawan.v3 import messages_pb2

TIMEOUT = 5.0


def up(app: str, device: str = "dev1", f_port: int = 1) -> messages_pb2.ApplicationUp:
    message = messages_pb2.ApplicationUp()
    message.end_device_ids.application_ids.application_id = app
    message.end_device_ids.device_id = device
    message.uplink_message.f_port = f_port
    return message


async def next_of(subscription) -> messages_pb2.ApplicationUp:
    return await asyncio.wait_for(subscription.__anext__(), TIMEOUT)


async def test_every_subscription_gets_a_copy_and_per_application_ones_only_theirs():
    fanout = Fanout()
    everything = fanout.subscribe("all")
    only_a = fanout.subscribe("a", "app-a")
    published = up("app-a")
    fanout.publish(published)
    published.uplink_message.f_port = 99  # the publisher keeps its own
    fanout.publish(up("app-b"))
    first, second = await next_of(everything), await next_of(everything)
    assert (first.end_device_ids.application_ids.application_id, first.uplink_message.f_port) == ("app-a", 1)
    assert second.end_device_ids.application_ids.application_id == "app-b"
    assert (await next_of(only_a)).end_device_ids.application_ids.application_id == "app-a"
    assert only_a.pending == 0
    await fanout.close()


async def test_a_full_subscription_drops_for_itself_only():
    fanout = Fanout()
    slow = fanout.subscribe("slow", queue_size=2)
    fast = fanout.subscribe("fast", queue_size=10)
    for port in range(1, 6):
        fanout.publish(up("app", f_port=port))
    assert slow.dropped == 3 and fast.dropped == 0
    assert [m.uplink_message.f_port for m in slow.drain()] == [1, 2]
    assert [m.uplink_message.f_port for m in fast.drain()] == [1, 2, 3, 4, 5]
    await fanout.close()


async def test_a_closed_subscription_ends_its_reader_after_what_was_queued():
    fanout = Fanout()
    subscription = fanout.subscribe("s")
    fanout.publish(up("app", f_port=1))
    subscription.close()
    fanout.publish(up("app", f_port=2))  # not received any more
    assert [m.uplink_message.f_port async for m in subscription] == [1]
    await fanout.close()


async def test_cluster_subscriptions_get_every_replicas_messages_local_ones_their_own():
    async with fresh_namespace() as uri:
        a = Fanout(await RedisDistributor.open(uri))
        b = Fanout(await RedisDistributor.open(uri))
        try:
            b_cluster = b.subscribe("mqtt", "app-x", cluster=True)
            b_local = b.subscribe("webhooks")
            a_cluster = a.subscribe("mqtt", cluster=True)
            a.publish(up("app-x", "from-a"))
            b.publish(up("app-x", "from-b"))
            received = {(await next_of(b_cluster)).end_device_ids.device_id for _ in range(2)}
            assert received == {"from-a", "from-b"}
            assert {(await next_of(a_cluster)).end_device_ids.device_id for _ in range(2)} == received
            assert [m.end_device_ids.device_id for m in b_local.drain()] == ["from-b"]  # once, where made
        finally:
            await a.close()
            await b.close()


async def test_an_unreachable_redis_is_refused_at_open():
    from support.servers import free_port

    with pytest.raises(ConnectionError, match="not reachable"):
        await RedisDistributor.open(f"redis://127.0.0.1:{free_port()}/0")
