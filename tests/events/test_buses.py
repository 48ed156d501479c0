"""The event buses, one contract for both: in-process, and Redis as two replicas would use it
(two bus instances on one Redis namespace: what one publishes, the other's subscriptions get,
and the history is shared). Redis cases skip, saying why, when Redis is unreachable."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from server.events import DEFINITIONS, define, entity_keys
from server.events.memory import MemoryBus
from server.events.redis import DEFAULT_NAMESPACE, RedisBus, split_uri
from support.redis import fresh_namespace
from support.servers import free_port
from support.waiting import next_millisecond
from ttn.lorawan.v3 import events_pb2, identifiers_pb2 as I, rights_pb2 as R

TIMEOUT = 5.0
_PROPAGATED = "ttsl.test.bus.propagated"
_LOCAL = "ttsl.test.bus.local"
PROPAGATED = DEFINITIONS.get(_PROPAGATED) or define(_PROPAGATED, "test", R.RIGHT_APPLICATION_TRAFFIC_READ,
                                                    propagate_to_parent=True)
LOCAL = DEFINITIONS.get(_LOCAL) or define(_LOCAL, "test", R.RIGHT_APPLICATION_TRAFFIC_READ)


def app(app_id: str) -> I.EntityIdentifiers:
    return I.EntityIdentifiers(application_ids=I.ApplicationIdentifiers(application_id=app_id))


def device(app_id: str, dev_id: str) -> I.EntityIdentifiers:
    return I.EntityIdentifiers(device_ids=I.EndDeviceIdentifiers(
        device_id=dev_id, application_ids=I.ApplicationIdentifiers(application_id=app_id)))


def gateway(gtw_id: str) -> I.EntityIdentifiers:
    return I.EntityIdentifiers(gateway_ids=I.GatewayIdentifiers(gateway_id=gtw_id))


@pytest.fixture(params=["memory", "redis"])
async def buses(request):
    """(publisher, other): the same bus in-process; two instances (replicas) on Redis."""
    if request.param == "memory":
        bus = MemoryBus()
        yield bus, bus
        await bus.close()
        return
    async with fresh_namespace() as uri:
        a = await RedisBus.open(uri)
        b = await RedisBus.open(uri)
        try:
            yield a, b
        finally:
            await a.close()
            await b.close()


async def received(subscription, count: int) -> list[events_pb2.Event]:
    return [await asyncio.wait_for(subscription.__anext__(), TIMEOUT) for _ in range(count)]


async def nothing_more(subscription, seconds: float = 0.2) -> None:
    task = asyncio.ensure_future(subscription.__anext__())
    done, _ = await asyncio.wait({task}, timeout=seconds)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
        await task
    assert not done, f"unexpected {task.result() if done else ''}"


async def test_published_events_reach_every_subscription_in_order(buses):
    publisher, other = buses
    everything = other.subscribe()
    only_app1 = other.subscribe(lambda e: any(i.application_ids.application_id == "app1" for i in e.identifiers))
    mine = publisher.subscribe()
    events = [PROPAGATED.new([app(f"app{n}")], correlation_ids=[f"cid-{n}"]) for n in (1, 2, 1)]
    for event in events:
        await publisher.publish(event)
    assert await received(everything, 3) == events
    assert await received(mine, 3) == events  # the publisher's own, once
    assert await received(only_app1, 2) == [events[0], events[2]]
    await nothing_more(everything)
    await nothing_more(mine)
    for sub in (everything, only_app1, mine):
        sub.close()
    # A closed subscription gets nothing more; one opened later only what comes after.
    late = other.subscribe()
    after = PROPAGATED.new([app("app3")])
    await publisher.publish(after)
    assert await received(late, 1) == [after]
    late.close()


async def test_entity_history_per_entity_with_propagation_tail_and_since(buses):
    publisher, other = buses
    own = PROPAGATED.new([app("hist-app")])
    propagated = PROPAGATED.new([device("hist-app", "dev1")])
    local = LOCAL.new([device("hist-app", "dev1")])
    two = PROPAGATED.new([gateway("gtw1"), app("hist-other")])
    for event in (own, propagated, local, two):
        await publisher.publish(event)
        await publisher.flush()  # written before the next: one stream ID each, a millisecond apart
        await next_millisecond()
    assert entity_keys(propagated) == ["end device:hist-app.dev1", "application:hist-app"]
    assert entity_keys(local) == ["end device:hist-app.dev1"]

    assert await other.entity_history(app("hist-app")) == [own, propagated]
    assert await other.entity_history(device("hist-app", "dev1")) == [propagated, local]
    assert await other.entity_history(gateway("gtw1")) == [two]
    assert await other.entity_history(app("hist-other")) == [two]
    assert await other.entity_history(app("nothing-here")) == []
    assert await other.entity_history(app("hist-app"), tail=1) == [propagated]
    assert await other.entity_history(app("hist-app"), tail=5) == [own, propagated]
    # since_ms: stored at or after (in the clock of the store; allow a second either way).
    assert await other.entity_history(app("hist-app"), since_ms=0) == [own, propagated]
    far = (own.time.ToNanoseconds() // 1_000_000) + 60_000
    assert await other.entity_history(app("hist-app"), since_ms=far) == []


async def test_find_related_newest_first(buses):
    publisher, other = buses
    first = PROPAGATED.new([app("rel-app")], correlation_ids=["rpc:a", "rpc:shared"])
    second = LOCAL.new([device("rel-app", "dev1")], correlation_ids=["rpc:shared"])
    await publisher.publish(first)
    await publisher.publish(second)
    await publisher.flush()  # written for the other replica too (publishing never waits for that)
    assert await other.find_related("rpc:shared") == [second, first]
    assert await other.find_related("rpc:a") == [first]
    assert await other.find_related("rpc:none") == []


async def test_closing_the_bus_ends_its_subscriptions(buses):
    publisher, other = buses
    subscription = other.subscribe()
    waiting = asyncio.ensure_future(subscription.__anext__())
    await asyncio.sleep(0)  # the waiter runs up to its wait for the next event
    await other.close()
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(waiting, TIMEOUT)


async def test_memory_history_is_bounded():
    bus = MemoryBus(entity_history=3, correlation_history=2, kept_events=4)
    events = [PROPAGATED.new([app("bounded")], correlation_ids=["rpc:c"]) for _ in range(5)]
    for event in events:
        await bus.publish(event)
    assert await bus.entity_history(app("bounded")) == events[-3:]
    assert await bus.find_related("rpc:c") == events[::-1][:3]  # upstream keeps indexes 0..count
    # Beyond kept_events in all, the least recently written entities go first.
    await bus.publish(PROPAGATED.new([app("b1")]))
    assert len(await bus.entity_history(app("bounded"))) == 3
    await bus.publish(PROPAGATED.new([app("b2")]))
    assert await bus.entity_history(app("bounded")) == []
    assert len(await bus.entity_history(app("b1"))) == len(await bus.entity_history(app("b2"))) == 1


async def test_a_slow_subscriber_loses_new_events_and_blocks_nobody():
    bus = MemoryBus(queue_size=2)
    slow, fast = bus.subscribe(), bus.subscribe()
    events = [PROPAGATED.new([app("slow")]) for _ in range(4)]
    for event in events:
        await bus.publish(event)  # never waits for the slow one
    assert await received(fast, 2) == events[:2]
    assert await received(slow, 2) == events[:2]
    await nothing_more(slow)


def test_the_namespace_is_read_from_the_uri():
    assert split_uri("redis://127.0.0.1:6379/0") == ("redis://127.0.0.1:6379/0", DEFAULT_NAMESPACE)
    assert split_uri("redis://h:1/2?namespace=x:y&socket_timeout=3") == ("redis://h:1/2?socket_timeout=3", "x:y")


async def test_an_unreachable_redis_is_refused_at_open():
    with pytest.raises(ConnectionError, match="not reachable"):
        await RedisBus.open(f"redis://127.0.0.1:{free_port()}/0")


async def test_the_redis_password_is_not_in_the_error():
    port = free_port()
    for uri, shown in (
        (f"redis://admin:s3cr3t-pw@127.0.0.1:{port}/0", f"redis://***@127.0.0.1:{port}/0"),
        (f"redis://:s3cr3t-pw@127.0.0.1:{port}/0?namespace=x", f"redis://***@127.0.0.1:{port}/0?namespace=x"),
        (f"redis://127.0.0.1:{port}/0?password=s3cr3t-pw&db=1", f"redis://127.0.0.1:{port}/0?password=***&db=1"),
    ):
        with pytest.raises(ConnectionError) as exc:
            await RedisBus.open(uri)
        assert "s3cr3t-pw" not in str(exc.value) and "admin" not in str(exc.value)
        assert f"Redis at {shown} is not reachable" in str(exc.value)


def test_redact_uri():
    from server.config import redact_uri

    assert redact_uri("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
    assert redact_uri("rediss://u:p%40ss@h:1/2") == "rediss://***@h:1/2"
    assert redact_uri("redis://u:p@ss@h:1/2") == "redis://***@h:1/2"  # the last @ ends the user information
    assert redact_uri("unix://u:p@/tmp/redis.sock?db=0&password=p") == "unix://***@/tmp/redis.sock?db=0&password=***"


async def test_publishing_never_waits_for_the_store(buses):
    """A call that publishes pays no round trip: publish completes without suspending once, and
    a burst of events reaches the other replica, in order, once written."""
    publisher, other = buses
    events = [PROPAGATED.new([app("burst-app")], correlation_ids=["rpc:burst"]) for _ in range(300)]
    for event in events:
        step = publisher.publish(event)
        with pytest.raises(StopIteration):
            step.send(None)  # finished at its first step: nothing awaited inside
    await publisher.flush()
    assert await other.find_related("rpc:burst") == events[::-1][:101]
    assert await other.entity_history(app("burst-app"), tail=3) == events[-3:]


async def test_a_replica_reads_its_own_writes(buses):
    publisher, _ = buses
    event = PROPAGATED.new([app("own-app")], correlation_ids=["rpc:own"])
    await publisher.publish(event)
    assert await publisher.find_related("rpc:own") == [event]  # no flush: reads wait for it
