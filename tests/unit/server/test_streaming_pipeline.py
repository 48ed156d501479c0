"""Server streaming through the pipeline and the gRPC transport, for any servicer: the steps of
a unary call, then the handler's responses; headers with the first response; a failure before
it ends the call with the status alone, a failure after it ends the stream with its status; a
cancelled call closes the handler."""

from __future__ import annotations

import asyncio
import logging

import grpc
import pytest
from google.rpc import status_pb2

from server.auth.access import Access
from server.errors import Namespace
from server.fieldmask import FieldMasks
from server.grpc_transport import generic_handlers
from server.pipeline import Pipeline
from server.rules import Anyone
from ttn.lorawan.v3 import applicationserver_integrations_storage_pb2 as S, error_pb2, messages_pb2

SERVICE = "ttn.lorawan.v3.ApplicationUpStorage"
METHOD = f"/{SERVICE}/GetStoredApplicationUp"
ERR_GONE = Namespace("pkg/ttsl/test/stream").not_found("gone", "gone `{what}`")


def up(device_id: str) -> messages_pb2.ApplicationUp:
    msg = messages_pb2.ApplicationUp()
    msg.end_device_ids.device_id = device_id
    return msg


class Storage:
    """A servicer whose stream does what the request's ``type`` says."""

    SERVICE = SERVICE

    def __init__(self) -> None:
        self.closed = asyncio.Event()

    async def GetStoredApplicationUp(self, req: S.GetStoredApplicationUpRequest, call):
        try:
            if req.type == "downlink_failed":  # before anything
                raise ERR_GONE(what="all")
            call.warn("careful")
            yield up("dev1")
            if req.type == "downlink_nack":  # after the first
                raise ERR_GONE(what="rest")
            if req.type == "downlink_sent":
                raise KeyError("a bug")
            yield up("dev2")
            if req.type == "downlink_queued":  # hold on until cancelled
                await asyncio.Event().wait()
        finally:
            self.closed.set()


def _no_entity(kind, entity_id):
    raise AssertionError("no rights are resolved here")


@pytest.fixture
async def served():
    storage = Storage()
    pipeline = Pipeline(Access(store=None, not_found=_no_entity), [storage], rules={METHOD: Anyone()},
                        field_masks=FieldMasks())
    server = grpc.aio.server()
    server.add_generic_rpc_handlers(generic_handlers(pipeline))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    rpc = channel.unary_stream(METHOD, request_serializer=lambda m: m.SerializeToString(),
                               response_deserializer=messages_pb2.ApplicationUp.FromString)
    try:
        yield rpc, storage
    finally:
        await channel.close()
        await server.stop(None)


def details_of(exc: grpc.aio.AioRpcError) -> error_pb2.ErrorDetails:
    for key, value in exc.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            details = error_pb2.ErrorDetails()
            assert status_pb2.Status.FromString(value).details[0].Unpack(details)
            return details
    raise AssertionError("no details")


async def read_all(call) -> list[str]:
    out = []
    async for message in call:
        out.append(message.end_device_ids.device_id)
    return out


async def test_responses_with_the_headers_of_the_call(served):
    rpc, storage = served
    call = rpc(S.GetStoredApplicationUpRequest(type="uplink_message"))
    assert await asyncio.wait_for(read_all(call), 5) == ["dev1", "dev2"]
    assert dict(await call.initial_metadata())["warning"] == "careful"
    assert await call.code() == grpc.StatusCode.OK
    assert storage.closed.is_set()


async def test_a_failure_before_the_first_response_is_the_status_alone(served):
    rpc, _ = served
    call = rpc(S.GetStoredApplicationUpRequest(type="downlink_failed"))
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await asyncio.wait_for(read_all(call), 5)
    assert exc.value.code() == grpc.StatusCode.NOT_FOUND
    assert exc.value.details() == "error:pkg/ttsl/test/stream:gone (gone `all`)"
    assert details_of(exc.value).name == "gone"
    assert "warning" not in dict(await call.initial_metadata() or ())


async def test_a_failure_after_responses_ends_the_stream_with_its_status(served, caplog):
    rpc, _ = served
    call = rpc(S.GetStoredApplicationUpRequest(type="downlink_nack"))
    assert (await asyncio.wait_for(call.read(), 5)).end_device_ids.device_id == "dev1"
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await asyncio.wait_for(call.read(), 5)
    assert exc.value.code() == grpc.StatusCode.NOT_FOUND
    assert details_of(exc.value).attributes["what"] == "rest"

    with caplog.at_level(logging.ERROR, logger="ttsl.pipeline"):
        call = rpc(S.GetStoredApplicationUpRequest(type="downlink_sent"))
        assert (await asyncio.wait_for(call.read(), 5)).end_device_ids.device_id == "dev1"
        with pytest.raises(grpc.aio.AioRpcError) as exc:
            await asyncio.wait_for(call.read(), 5)
    assert (exc.value.code(), exc.value.details()) == (grpc.StatusCode.INTERNAL,
                                                       "error:pkg/errors:internal (internal error)")
    assert "unexpected error in " + METHOD in caplog.text


async def test_validation_runs_before_the_handler(served):
    rpc, storage = served
    call = rpc(S.GetStoredApplicationUpRequest(type="no-such-type"))
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await asyncio.wait_for(read_all(call), 5)
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details_of(exc.value).name == "validation"
    assert not storage.closed.is_set()  # never called


async def test_a_cancelled_call_closes_the_handler(served):
    rpc, storage = served
    call = rpc(S.GetStoredApplicationUpRequest(type="downlink_queued"))
    assert [(await asyncio.wait_for(call.read(), 5)).end_device_ids.device_id for _ in range(2)] == ["dev1", "dev2"]
    assert not storage.closed.is_set()
    call.cancel()
    assert await call.code() == grpc.StatusCode.CANCELLED
    await asyncio.wait_for(storage.closed.wait(), 5)
