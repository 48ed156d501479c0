"""A mount: one API under one path prefix, with the options it is served with.

grpc-gateway configures a ``ServeMux`` with options (``WithMarshalerOption``,
``WithIncomingHeaderMatcher``, ``WithOutgoingHeaderMatcher``, ``WithErrorHandler``); upstream
sets them once for its v3 API (``pkg/rpcserver``). Here they are the :class:`MountOptions` of
a :class:`Mount`, so that several APIs, each with its own JSON rules, header tables and error
body, are served by one HTTP server and one router implementation. The defaults are
upstream's v3 ones.

A mount is given the services to expose and a ``dispatch`` coroutine that runs one RPC::

    async def dispatch(full_method, request_message, metadata) -> (response_message, header_pairs)

``metadata`` carries the request headers of ``incoming_headers`` (an absent one as ``""``) and
the client's address under ``peer_key``; ``header_pairs`` are the gRPC response headers, of
which only those of ``outgoing_headers`` become HTTP headers. Failures are
:class:`~gateway.errors.StatusError` (a ``google.rpc.Status``); anything else is an internal error.

Server-streaming methods are served when a ``stream_dispatch`` is given::

    def stream_dispatch(full_method, request_message, metadata) -> (responses, header_pairs)

``responses`` is an async iterator (failures come out of it, the first one included) and
``header_pairs`` the list the call's headers are in by its first response; gateway/stream.py
frames the answer.

``plain_routes`` answer paths under the prefix that no binding has (upstream serves a few such
routes beside its gateway, e.g. the webhook downlink endpoints): ``(full-path pattern,
handler(request, match))``, tried in order when the router finds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, Mapping, Protocol, Sequence

from aiohttp import web
from google.protobuf.descriptor import FieldDescriptor, ServiceDescriptor
from google.rpc import status_pb2

from . import codec as tts_codec
from .errors import write_status

__all__ = [
    "Codec",
    "Dispatch",
    "ErrorWriter",
    "INCOMING_HEADERS",
    "Mount",
    "MountOptions",
    "OUTGOING_HEADERS",
    "PlainRoute",
    "StreamDispatch",
]

Dispatch = Callable[[str, Any, Mapping[str, str]], Awaitable[tuple[Any, list[tuple[str, str]]]]]
PlainRoute = tuple[re.Pattern, Callable[[web.BaseRequest, re.Match], Awaitable[web.StreamResponse]]]
StreamDispatch = Callable[[str, Any, Mapping[str, str]], tuple[AsyncIterator[Any], list[tuple[str, str]]]]


class Codec(Protocol):
    """The JSON rules of a mount (grpc-gateway's marshaler); gateway/codec is upstream's.

    ``decode`` and ``scalar_from_text`` raise ``gateway.codec.JSONError`` for input they cannot
    read: the gateway answers it with INVALID_ARGUMENT."""

    def encode(self, message: Any) -> bytes: ...

    def decode(self, data: bytes, message: Any) -> None: ...

    def scalar_from_text(self, field: FieldDescriptor, text: str) -> Any: ...


# (codec, status, content type) → the answer of a failed request (grpc-gateway's error handler).
ErrorWriter = Callable[[Codec, status_pb2.Status, str], web.Response]

# HTTP request headers that reach the call, and their metadata keys.
INCOMING_HEADERS: Mapping[str, str] = {"Authorization": "authorization", "User-Agent": "user-agent"}
# gRPC response headers that reach HTTP clients, and their HTTP names (upstream's matcher).
OUTGOING_HEADERS: Mapping[str, str] = {
    "x-total-count": "X-Total-Count",
    "warning": "X-Warning",
    "x-rate-limit-limit": "X-Rate-Limit-Limit",
    "x-rate-limit-available": "X-Rate-Limit-Available",
    "x-rate-limit-reset": "X-Rate-Limit-Reset",
    "x-rate-limit-retry": "X-Rate-Limit-Retry",
}


@dataclass(frozen=True, slots=True)
class MountOptions:
    """How a mount reads requests and writes answers; the defaults are upstream's v3 ones."""

    codec: Codec = tts_codec
    incoming_headers: Mapping[str, str] = field(default_factory=lambda: INCOMING_HEADERS)
    peer_key: str = "x-real-ip"  # the metadata key of the client's address; "" for none
    outgoing_headers: Mapping[str, str] = field(default_factory=lambda: OUTGOING_HEADERS)
    write_error: ErrorWriter = write_status


@dataclass(frozen=True, slots=True)
class Mount:
    """The ``google.api.http`` bindings of ``services`` under ``prefix``, served through
    ``dispatch`` (and ``stream_dispatch`` for the server-streaming ones, left out without it)."""

    prefix: str
    services: Sequence[ServiceDescriptor]
    dispatch: Dispatch
    stream_dispatch: StreamDispatch | None = None
    options: MountOptions = field(default_factory=MountOptions)
    plain_routes: Sequence[PlainRoute] = ()
