"""Two ``ttsl serve`` replicas sharing one PostgreSQL database and one Redis (``--events-uri``):
an event published on one replica reaches the streams open on the other, over HTTP and gRPC,
and the history (``tail``, ``FindRelated``) is the same on both. Skips, saying why, when
PostgreSQL or Redis is unreachable (the buses alone are checked in tests/events/)."""

from __future__ import annotations

import pytest
from google.protobuf import field_mask_pb2

from support.postgres import fresh_schema_sync
from support.redis import fresh_namespace_sync
from support.requests import REG, create_request
from support.servers import two_replicas
from support.streams import FIND_RELATED, open_stream
from support.transports import GRPCClient, HTTPClient
from ttn.lorawan.v3 import application_pb2, events_pb2 as E, identifiers_pb2 as I

APP = "replicated-events"


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    with fresh_namespace_sync() as events_uri, fresh_schema_sync() as database_uri:
        with two_replicas(tmp_path_factory, "events", database_uri, events_uri) as pair:
            yield pair


def request(**kw) -> E.StreamEventsRequest:
    ids = I.EntityIdentifiers(application_ids=I.ApplicationIdentifiers(application_id=APP))
    return E.StreamEventsRequest(identifiers=[ids], **kw)


async def rename(client, key, name):
    req = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    req.application.ids.application_id = APP
    req.application.name = name
    res = await client.call(REG + "Update", req, key)
    assert res.code == 0, res.message


async def test_events_cross_replicas(replicas):
    a, b = replicas
    key = a.admin_key
    clients = {
        "a-http": HTTPClient(a.http_url), "b-http": HTTPClient(b.http_url),
        "a-grpc": GRPCClient(a.grpc_port), "b-grpc": GRPCClient(b.grpc_port),
    }
    streams = []
    try:
        res = await clients["a-http"].call(REG + "Create", create_request(APP), key)
        assert res.code == 0, res.message

        # Streams open on B (HTTP, SSE) and on A (gRPC); one update on each replica.
        on_b = await open_stream(clients["b-http"], request(), key, headers={"Accept": "text/event-stream"})
        on_a = await open_stream(clients["a-grpc"], request(), key)
        streams += [on_b, on_a]
        for stream in (on_b, on_a):
            assert (await stream.next()).name == "events.stream.start"
        await rename(clients["a-grpc"], key, "from-a")
        await rename(clients["b-grpc"], key, "from-b")
        seen_on_b = [await on_b.next() for _ in range(2)]
        seen_on_a = [await on_a.next() for _ in range(2)]
        assert [e.name for e in seen_on_b] == ["application.update"] * 2
        assert seen_on_a == seen_on_b  # one order on every replica
        from_a, from_b = seen_on_b
        assert from_a.correlation_ids[0].startswith("rpc:/ttn.lorawan.v3.ApplicationRegistry/Update:")
        await on_b.quiet()
        await on_a.quiet()

        # The history is shared: B replays what A published, and the other way round.
        for client in ("b-grpc", "a-http"):
            stream = await open_stream(clients[client], request(tail=10), key)
            streams.append(stream)
            assert (await stream.next()).name == "events.stream.start"
            history = [await stream.next() for _ in range(3)]
            assert [e.name for e in history] == ["application.create", "application.update", "application.update"]
            assert history[1:] == [from_a, from_b]

        # FindRelated on B finds the update made on A.
        res = await clients["b-http"].call(
            FIND_RELATED, E.FindRelatedEventsRequest(correlation_id=from_a.correlation_ids[0]), key)
        assert res.code == 0, res.message
        assert list(res.response.events) == [from_a]
        assert res.json["events"][0]["name"] == "application.update"
    finally:
        for stream in streams:
            await stream.close()
        for client in clients.values():
            await client.close()
