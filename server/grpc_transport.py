"""The gRPC side: generic grpc.aio handlers that feed every call into the pipeline."""

from __future__ import annotations

from collections import defaultdict
from contextlib import aclosing

import grpc
from google.protobuf.message import DecodeError

from .errors import StatusError, status_details_key
from .pipeline import Call, Method, Pipeline

__all__ = ["generic_handlers"]


def _call_of(method: Method, context: grpc.aio.ServicerContext) -> Call:
    authorization = user_agent = ""
    for key, value in context.invocation_metadata() or ():
        if key == "authorization":
            authorization = value
        elif key == "user-agent":
            user_agent = value
    peer = context.peer() or ""
    remote_ip = peer.split(":")[1] if peer.startswith("ipv4:") else peer
    return Call(method.full_name, authorization, user_agent, remote_ip)


async def _abort(context: grpc.aio.ServicerContext, exc: StatusError) -> None:
    """End the call with the error's status; its details (a ``TTSError``'s ErrorDetails) go in
    ``grpc-status-details-bin``, which a status without details does not send (as grpc-go)."""
    status = exc.to_status()
    trailer = ((status_details_key, status.SerializeToString()),) if status.details else ()
    await context.abort(exc.code, status.message, trailing_metadata=trailer)


class _Undecodable:
    """A request that did not parse (Python's protobuf refuses, among others, messages nested
    deeper than 100 levels). grpc.aio would answer UNKNOWN; grpc-go answers INTERNAL."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _deserializer(request_class):
    parse = request_class.FromString

    def deserialize(data: bytes):
        try:
            return parse(data)
        except DecodeError as exc:
            return _Undecodable(str(exc))

    return deserialize


def _unary(pipeline: Pipeline, method: Method):
    async def handle(request, context: grpc.aio.ServicerContext):
        if type(request) is _Undecodable:
            await context.abort(grpc.StatusCode.INTERNAL, f"grpc: error unmarshalling request: {request.reason}")
            return None
        call = _call_of(method, context)
        try:
            response = await pipeline.unary(method, request, call)
        except StatusError as exc:
            await _abort(context, exc)
            return None
        if call.header:
            await context.send_initial_metadata(tuple(call.header))
        return response

    return grpc.unary_unary_rpc_method_handler(
        handle,
        request_deserializer=_deserializer(method.request_class),
        response_serializer=method.response_class.SerializeToString,
    )


def _server_stream(pipeline: Pipeline, method: Method):
    """A server-streaming method: the call's headers go with the first response; a failure ends
    the call with its status, before or after responses were sent."""

    async def handle(request, context: grpc.aio.ServicerContext):
        if type(request) is _Undecodable:
            await context.abort(grpc.StatusCode.INTERNAL, f"grpc: error unmarshalling request: {request.reason}")
            return
        call = _call_of(method, context)
        async with aclosing(pipeline.stream(method, request, call)) as responses:
            first = True
            try:
                async for response in responses:
                    if first:
                        first = False
                        if call.header:
                            await context.send_initial_metadata(tuple(call.header))
                    yield response
            except StatusError as exc:
                await _abort(context, exc)

    return grpc.unary_stream_rpc_method_handler(
        handle,
        request_deserializer=_deserializer(method.request_class),
        response_serializer=method.response_class.SerializeToString,
    )


def generic_handlers(pipeline: Pipeline) -> list[grpc.GenericRpcHandler]:
    """One generic handler per service, with a method handler for each method served."""
    by_service: dict[str, dict[str, grpc.RpcMethodHandler]] = defaultdict(dict)
    for method in pipeline.methods.values():
        service = method.descriptor.containing_service.full_name
        make = _server_stream if method.server_streaming else _unary
        by_service[service][method.descriptor.name] = make(pipeline, method)
    return [grpc.method_handlers_generic_handler(name, handlers) for name, handlers in by_service.items()]
