"""The HTTP server: the API under its prefix, routed by the descriptor-built router.

It is an aiohttp low-level server (``web.Server``) rather than an ``Application``: the API
routes itself, and aiohttp's router, match info and request subclass cost about a tenth of a
Get under load. The few other routes (health checks) are GET routes by exact path, and every
other path, method and ``Expect`` header is answered as an aiohttp application would.

The gateway knows no service by name. It is given the services to expose and a ``dispatch``
coroutine that runs one RPC in-process::

    async def dispatch(full_method, request_message, metadata) -> (response_message, header_pairs)

``metadata`` carries the forwarded request headers (``authorization``, ``user-agent``,
``x-real-ip``); ``header_pairs`` are the gRPC response headers, of which only the allowed ones
become HTTP headers. Failures are exceptions with ``to_status()`` (a ``google.rpc.Status``).

Server-streaming methods are served when a ``stream_dispatch`` is given::

    def stream_dispatch(full_method, request_message, metadata) -> (responses, header_pairs)

``responses`` is an async iterator (failures come out of it, the first one included) and
``header_pairs`` the list the call's headers are in by its first response; gateway/stream.py
frames the answer.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, Mapping

from aiohttp import HttpVersion11, web
from google.protobuf import message_factory
from google.protobuf.descriptor import ServiceDescriptor

from . import codec, stream
from .errors import http_status, plain_status, status_of
from .codec import JSONError
from .request import RequestBuilder
from .router import NotFound, Resolved, Router
from .bindings import Binding, read_bindings

__all__ = ["Dispatch", "StreamDispatch", "create_server", "MAX_BODY_BYTES"]

log = logging.getLogger("ttsl.gateway")

Dispatch = Callable[[str, Any, Mapping[str, str]], Awaitable[tuple[Any, list[tuple[str, str]]]]]
StreamDispatch = Callable[[str, Any, Mapping[str, str]], tuple[AsyncIterator[Any], list[tuple[str, str]]]]
Handler = Callable[[web.BaseRequest], Awaitable[web.StreamResponse]]
MAX_BODY_BYTES = 16 * 1024 * 1024

_INVALID_ARGUMENT, _NOT_FOUND, _UNIMPLEMENTED = 3, 5, 12
# gRPC response headers that reach HTTP clients, and their HTTP names (upstream's matcher).
_OUTGOING = {
    "x-total-count": "X-Total-Count",
    "warning": "X-Warning",
    "x-rate-limit-limit": "X-Rate-Limit-Limit",
    "x-rate-limit-available": "X-Rate-Limit-Available",
    "x-rate-limit-reset": "X-Rate-Limit-Reset",
    "x-rate-limit-retry": "X-Rate-Limit-Retry",
}
_JSON = "application/json"


def _error_response(status, content_type: str = _JSON) -> web.Response:
    headers = {}
    if status.code == 16:
        headers["WWW-Authenticate"] = status.message
    return web.Response(
        status=http_status(status.code), body=codec.encode(status), content_type=content_type, headers=headers
    )


class _Route:
    __slots__ = ("binding", "full_method", "builder", "streaming")

    def __init__(self, binding: Binding) -> None:
        self.binding = binding
        self.full_method = binding.full_method
        self.streaming = binding.server_streaming
        request_class = message_factory.GetMessageClass(binding.method.input_type)
        self.builder = RequestBuilder(request_class, binding.body, binding.template.field_paths)


# How many bodiless requests (method and target) keep their built request message.
_PREPARED_SIZE = 4096


class Gateway:
    def __init__(
        self,
        services: Iterable[ServiceDescriptor],
        dispatch: Dispatch,
        prefix: str,
        stream_dispatch: StreamDispatch | None = None,
        server: stream.Server | None = None,
    ) -> None:
        bindings = [b for b in read_bindings(services) if stream_dispatch is not None or not b.server_streaming]
        self.router = Router(bindings, prefix=prefix)
        self.routes = {id(b): _Route(b) for b in bindings}
        self.dispatch = dispatch
        self.stream_dispatch = stream_dispatch
        self.server = server
        self._json = codec.EncodingMemo()
        # (HTTP method, raw request target) -> (route, request message) of routes without a
        # body: the message is a function of the target alone, so repeated requests copy it
        # instead of routing and binding again. Never invalidated: routes are fixed at start-up.
        self._prepared: dict[tuple[str, str], tuple[_Route, Any]] = {}

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        try:
            target = (request.method, request.raw_path)
            prepared = self._prepared.get(target)
            if prepared is not None:
                route, template = prepared
                message = route.builder.message_class()
                message.CopyFrom(template)
            else:
                built = await self._build(request)
                if isinstance(built, web.Response):
                    return built
                route, message = built
                if not route.builder.body:
                    self._prepare(target, route, message)
            headers = request.headers
            metadata = {
                "authorization": headers.get("Authorization", ""),
                "user-agent": headers.get("User-Agent", ""),
                "x-real-ip": request.remote or "",
            }
            if route.streaming:
                return await self._stream(request, route, message, metadata)
            try:
                response, header_pairs = await self.dispatch(route.full_method, message, metadata)
            except Exception as exc:  # every failure leaves as the upstream error body
                if not hasattr(exc, "to_status"):
                    log.exception("unexpected error in %s", route.full_method)
                return _error_response(status_of(exc))
            out = web.Response(body=self._json.encode(response), content_type=_JSON)
            for key, value in header_pairs:
                name = _OUTGOING.get(key)
                if name is not None:
                    out.headers.add(name, value)
            return out
        except web.HTTPException:
            raise  # aiohttp's own answers
        except Exception as exc:
            # The last resort: whatever failed (binding the request, encoding the answer), the
            # client gets the upstream error body (INTERNAL, 500), never aiohttp's text page.
            log.exception("unexpected error answering %s %s", request.method, request.path)
            return _error_response(status_of(exc))

    async def _stream(self, request: web.BaseRequest, route: _Route, message: Any, metadata) -> web.StreamResponse:
        assert self.stream_dispatch is not None and self.server is not None
        responses, header_pairs = self.stream_dispatch(route.full_method, message, metadata)
        return await stream.forward(self.server, request, responses, header_pairs, _OUTGOING)

    async def _build(self, request: web.BaseRequest) -> tuple[_Route, Any] | web.Response:
        """Route the request and build its request message, or the error response."""
        resolved = self.router.resolve(request.method, request.path)
        if not isinstance(resolved, Resolved):
            if isinstance(resolved, NotFound):
                return _error_response(plain_status(_NOT_FOUND, "Not Found"))
            return _error_response(plain_status(_UNIMPLEMENTED, "Method Not Allowed"))
        route = self.routes[id(resolved.binding)]
        # A stream's marshaler also writes its errors (text/event-stream when asked for).
        content_type = stream.framing_of(request.headers).content_type if route.streaming else _JSON
        try:
            body = await request.read() if route.builder.body else b""
        except web.HTTPRequestEntityTooLarge:
            return _error_response(plain_status(_INVALID_ARGUMENT, "request body too large"), content_type)
        try:
            return route, route.builder.build(body, resolved.path_params, request.query.items())
        except JSONError as exc:
            return _error_response(plain_status(_INVALID_ARGUMENT, str(exc)), content_type)

    def _prepare(self, target: tuple[str, str], route: _Route, message: Any) -> None:
        if len(self._prepared) >= _PREPARED_SIZE:
            self._prepared.clear()
        template = route.builder.message_class()
        template.CopyFrom(message)
        self._prepared[target] = (route, template)


def create_server(
    services: Iterable[ServiceDescriptor],
    dispatch: Dispatch,
    *,
    prefix: str = "/api/v3",
    get_routes: Mapping[str, Handler] | None = None,
    stream_dispatch: StreamDispatch | None = None,
    fallback: Handler | None = None,
    **handler_args: Any,
) -> web.Server:
    """A server for every ``google.api.http`` binding of ``services`` under ``prefix`` (the
    server-streaming ones too when ``stream_dispatch`` is given), and the ``get_routes``
    (exact path: handler; they answer HEAD too). Every other request outside ``prefix`` goes
    to ``fallback`` when given (it answers, or raises aiohttp's ``HTTPNotFound``), else is not
    found. ``handler_args`` go to aiohttp's ``RequestHandler`` (``access_log``, timeouts)."""
    gateway = Gateway(services, dispatch, prefix, stream_dispatch)
    api = prefix + "/"
    get_routes = dict(get_routes or {})
    loop = asyncio.get_running_loop()

    def handle(request: web.BaseRequest) -> Awaitable[web.StreamResponse]:
        # A plain function: an API call is one coroutine less.
        if not request.headers.get("Expect") and request.rel_url.path_safe.startswith(api):
            return gateway.handle(request)
        return handle_other(request)

    async def handle_other(request: web.BaseRequest) -> web.StreamResponse:
        if request.headers.get("Expect"):
            await _expect(request)
        path = request.rel_url.path_safe  # what aiohttp's router matches
        if path.startswith(api):
            return await gateway.handle(request)
        handler = get_routes.get(path)
        if handler is None:
            if fallback is not None:
                return await fallback(request)
            raise web.HTTPNotFound()
        if request.method not in _GET_ROUTE_METHODS:
            raise web.HTTPMethodNotAllowed(request.method, _GET_ROUTE_METHODS)
        return await handler(request)

    def request_factory(message, payload, protocol, writer, task) -> web.BaseRequest:
        return web.BaseRequest(message, payload, protocol, writer, task, loop, client_max_size=MAX_BODY_BYTES)

    server = stream.Server(handle, request_factory=request_factory, **handler_args)
    gateway.server = server
    return server


_GET_ROUTE_METHODS = ("GET", "HEAD")


async def _expect(request: web.BaseRequest) -> None:
    """An ``Expect`` header, as aiohttp's default expect handler answers it."""
    expect = request.headers.get("Expect", "")
    if request.version == HttpVersion11:
        if expect.lower() != "100-continue":
            raise web.HTTPExpectationFailed(text=f"Unknown Expect: {expect}")
        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        request.writer.output_size = 0  # the answer's size does not count the interim response
