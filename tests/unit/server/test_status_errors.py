"""One base class for every failure that carries a status (``StatusError``): upstream-style
errors (``TTSError``) and bare statuses (``PlainStatus``). What a handler raises reaches the
gRPC client with its code; ErrorDetails go in ``grpc-status-details-bin`` when there are any."""

from __future__ import annotations

import grpc
import pytest
from google.protobuf import empty_pb2
from google.rpc import status_pb2

from gateway.errors import StatusError, status_of
from server.auth.access import Access
from server.errors import Namespace, PlainStatus, TTSError, status_details_key
from server.fieldmask import FieldMasks
from server.grpc_transport import generic_handlers
from server.pipeline import Pipeline
from server.rules import Anyone
from ttn.lorawan.v3 import error_pb2, identityserver_pb2  # noqa: F401  (EntityAccess in the default pool)

METHOD = "/ttn.lorawan.v3.EntityAccess/AuthInfo"
ERR_BUSY = Namespace("pkg/ttsl/test/status").unavailable("busy", "busy `{what}`")


def test_every_status_failure_has_one_base():
    assert issubclass(TTSError, StatusError) and issubclass(PlainStatus, StatusError)
    plain = PlainStatus(grpc.StatusCode.UNIMPLEMENTED, "method Nope not implemented")
    assert status_of(plain) == status_pb2.Status(code=12, message="method Nope not implemented")
    err = ERR_BUSY(what="db")
    assert status_of(err) == err.to_status() and status_of(err).code == 14
    assert status_of(KeyError("a bug")) == status_pb2.Status(code=13, message="internal error")


class Raising:
    """AuthInfo raises what the test puts in ``error``."""

    SERVICE = "ttn.lorawan.v3.EntityAccess"

    def __init__(self) -> None:
        self.error: BaseException | None = None

    async def AuthInfo(self, request, call):
        assert self.error is not None
        raise self.error


def _not_found(kind, entity_id):
    raise AssertionError("no rights are resolved here")


@pytest.fixture
async def served():
    servicer = Raising()
    pipeline = Pipeline(Access(None, _not_found), [servicer], rules={METHOD: Anyone()}, field_masks=FieldMasks())
    server = grpc.aio.server()
    server.add_generic_rpc_handlers(generic_handlers(pipeline))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    rpc = channel.unary_unary(METHOD, request_serializer=lambda m: m.SerializeToString(),
                              response_deserializer=empty_pb2.Empty.FromString)
    try:
        yield rpc, servicer
    finally:
        await channel.close()
        await server.stop(None)


async def _failure(rpc) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await rpc(empty_pb2.Empty(), timeout=5)
    return exc.value


def _details(exc: grpc.aio.AioRpcError):
    return [value for key, value in exc.trailing_metadata() or () if key == status_details_key]


async def test_a_plain_status_from_a_handler_is_its_status(served):
    rpc, servicer = served
    servicer.error = PlainStatus(grpc.StatusCode.UNAVAILABLE, "try later")
    exc = await _failure(rpc)
    assert (exc.code(), exc.details()) == (grpc.StatusCode.UNAVAILABLE, "try later")
    assert _details(exc) == []


async def test_an_error_from_a_handler_carries_its_details(served):
    rpc, servicer = served
    servicer.error = ERR_BUSY(what="db")
    exc = await _failure(rpc)
    assert (exc.code(), exc.details()) == (grpc.StatusCode.UNAVAILABLE, "error:pkg/ttsl/test/status:busy (busy `db`)")
    [raw] = _details(exc)
    details = error_pb2.ErrorDetails()
    assert status_pb2.Status.FromString(raw).details[0].Unpack(details)
    assert (details.namespace, details.name, dict(details.attributes)) == ("pkg/ttsl/test/status", "busy", {"what": "db"})


async def test_anything_else_is_an_internal_error(served):
    rpc, servicer = served
    servicer.error = KeyError("a bug")
    exc = await _failure(rpc)
    assert (exc.code(), exc.details()) == (grpc.StatusCode.INTERNAL, "error:pkg/errors:internal (internal error)")
    assert len(_details(exc)) == 1
