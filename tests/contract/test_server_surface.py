"""What the server offers besides the API: gRPC health and reflection, and published events."""

from __future__ import annotations

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from support.requests import REG, create_request
from ttn.lorawan.v3 import identifiers_pb2


async def test_grpc_health_serves(server):
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.grpc_port}") as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for service in ("", "ttn.lorawan.v3.ApplicationRegistry"):
            res = await stub.Check(health_pb2.HealthCheckRequest(service=service))
            assert res.status == health_pb2.HealthCheckResponse.SERVING


async def test_grpc_reflection_lists_the_services(server):
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.grpc_port}") as channel:
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        call = stub.ServerReflectionInfo()
        await call.write(reflection_pb2.ServerReflectionRequest(list_services=""))
        res = await call.read()
        await call.done_writing()
        names = {s.name for s in res.list_services_response.service}
    assert {"ttn.lorawan.v3.ApplicationRegistry", "ttn.lorawan.v3.ApplicationAccess", "grpc.health.v1.Health"} <= names


async def test_application_events_are_published(server, grpc_client, admin_key):
    subscription = server.bus.subscribe()
    try:
        res = await grpc_client.call(REG + "Create", create_request("evented-app"), admin_key)
        assert res.code == 0
        ids = identifiers_pb2.ApplicationIdentifiers(application_id="evented-app")
        res = await grpc_client.call(REG + "Delete", ids, admin_key)
        assert res.code == 0
        names = []
        while len(names) < 2:
            event = await subscription.__anext__()
            if event.identifiers and event.identifiers[0].application_ids.application_id == "evented-app":
                names.append(event.name)
                assert event.authentication.token_type == "APIKey"
                assert event.correlation_ids[0].startswith("rpc:/ttn.lorawan.v3.ApplicationRegistry/")
                assert event.HasField("time") and len(event.unique_id) == 26
    finally:
        subscription.close()
    assert names == ["application.create", "application.delete"]
