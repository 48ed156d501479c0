"""The HTTP server: each mounted API under its prefix, routed by its descriptor-built router.

It is an aiohttp low-level server (``web.Server``) rather than an ``Application``: the APIs
route themselves, and aiohttp's router, match info and request subclass cost about a tenth of a
Get under load. The few other routes (health checks) are GET routes by exact path, and every
other path, method and ``Expect`` header is answered as an aiohttp application would.

The gateway knows no service by name: each :class:`~gateway.mount.Mount` brings its services,
its dispatch and its options (codec, header tables, error writer).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Mapping

from aiohttp import HttpVersion11, web
from google.protobuf import message_factory

from . import stream
from .bindings import Binding, read_bindings
from .codec import EncodingMemo, JSONError
from .errors import JSON, StatusError, plain_status, status_of
from .mount import Mount
from .request import RequestBuilder
from .router import NotFound, Resolved, Router

__all__ = ["Gateway", "create_server", "MAX_BODY_BYTES"]

log = logging.getLogger("ttsl.gateway")

Handler = Callable[[web.BaseRequest], Awaitable[web.StreamResponse]]
MAX_BODY_BYTES = 16 * 1024 * 1024

_INVALID_ARGUMENT, _NOT_FOUND, _UNIMPLEMENTED = 3, 5, 12


class _Route:
    __slots__ = ("binding", "full_method", "builder", "streaming")

    def __init__(self, binding: Binding, codec: Any) -> None:
        self.binding = binding
        self.full_method = binding.full_method
        self.streaming = binding.server_streaming
        request_class = message_factory.GetMessageClass(binding.method.input_type)
        self.builder = RequestBuilder(request_class, binding.body, binding.template.field_paths, codec)


# How many bodiless requests (method and target) keep their built request message.
_PREPARED_SIZE = 4096


class Gateway:
    """One mount served: route, build the request message, dispatch, answer."""

    def __init__(self, mount: Mount, server: stream.Server | None = None) -> None:
        options = mount.options
        bindings = [b for b in read_bindings(mount.services) if mount.stream_dispatch is not None or not b.server_streaming]
        self.router = Router(bindings, prefix=mount.prefix)
        self.prefix = self.router.prefix
        self.routes = {id(b): _Route(b, options.codec) for b in bindings}
        self.dispatch = mount.dispatch
        self.stream_dispatch = mount.stream_dispatch
        self.plain_routes = tuple(mount.plain_routes)
        self.server = server
        self._codec = options.codec
        self._write_error = options.write_error
        self._incoming = tuple(options.incoming_headers.items())
        self._peer_key = options.peer_key
        self._outgoing = options.outgoing_headers
        self._json = EncodingMemo(encoder=options.codec.encode)
        # (HTTP method, raw request target) -> (route, request message) of routes without a
        # body: the message is a function of the target alone, so repeated requests copy it
        # instead of routing and binding again. Never invalidated: routes are fixed at start-up.
        self._prepared: dict[tuple[str, str], tuple[_Route, Any]] = {}

    def _error(self, status, content_type: str = JSON) -> web.Response:
        return self._write_error(self._codec, status, content_type)

    def _metadata(self, request: web.BaseRequest) -> dict[str, str]:
        get = request.headers.get
        metadata = {}
        for name, key in self._incoming:
            metadata[key] = get(name, "")
        if self._peer_key:
            metadata[self._peer_key] = request.remote or ""
        return metadata

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
            metadata = self._metadata(request)
            if route.streaming:
                return await self._stream(request, route, message, metadata)
            try:
                response, header_pairs = await self.dispatch(route.full_method, message, metadata)
            except Exception as exc:  # every failure leaves as the mount's error body
                if not isinstance(exc, StatusError):
                    log.exception("unexpected error in %s", route.full_method)
                return self._error(status_of(exc))
            out = web.Response(body=self._json.encode(response), content_type=JSON)
            outgoing = self._outgoing
            for key, value in header_pairs:
                name = outgoing.get(key)
                if name is not None:
                    out.headers.add(name, value)
            return out
        except web.HTTPException:
            raise  # aiohttp's own answers
        except Exception as exc:
            # The last resort: whatever failed (binding the request, encoding the answer), the
            # client gets the mount's error body (INTERNAL, 500), never aiohttp's text page.
            log.exception("unexpected error answering %s %s", request.method, request.path)
            return self._error(status_of(exc))

    async def _stream(self, request: web.BaseRequest, route: _Route, message: Any, metadata) -> web.StreamResponse:
        assert self.stream_dispatch is not None and self.server is not None
        responses, header_pairs = self.stream_dispatch(route.full_method, message, metadata)
        return await stream.forward(self.server, request, responses, header_pairs, self._outgoing, self._codec)

    async def _build(self, request: web.BaseRequest) -> tuple[_Route, Any] | web.Response:
        """Route the request and build its request message, or the error response."""
        resolved = self.router.resolve(request.method, request.path)
        if not isinstance(resolved, Resolved):
            if isinstance(resolved, NotFound):
                for pattern, handler in self.plain_routes:
                    match = pattern.fullmatch(request.path)
                    if match is not None:
                        return await handler(request, match)
                return self._error(plain_status(_NOT_FOUND, "Not Found"))
            return self._error(plain_status(_UNIMPLEMENTED, "Method Not Allowed"))
        route = self.routes[id(resolved.binding)]
        # A stream's marshaler also writes its errors (text/event-stream when asked for).
        content_type = stream.framing_of(request.headers).content_type if route.streaming else JSON
        try:
            body = await request.read() if route.builder.body else b""
        except web.HTTPRequestEntityTooLarge:
            return self._error(plain_status(_INVALID_ARGUMENT, "request body too large"), content_type)
        try:
            return route, route.builder.build(body, resolved.path_params, request.query.items())
        except JSONError as exc:
            return self._error(plain_status(_INVALID_ARGUMENT, str(exc)), content_type)

    def _prepare(self, target: tuple[str, str], route: _Route, message: Any) -> None:
        if len(self._prepared) >= _PREPARED_SIZE:
            self._prepared.clear()
        template = route.builder.message_class()
        template.CopyFrom(message)
        self._prepared[target] = (route, template)


def create_server(
    *mounts: Mount,
    get_routes: Mapping[str, Handler] | None = None,
    fallback: Handler | None = None,
    **handler_args: Any,
) -> web.Server:
    """A server for every mount (its ``google.api.http`` bindings under its prefix; a path under
    two prefixes goes to the longer), and the ``get_routes`` (exact path: handler; they answer
    HEAD too). Every other request goes to ``fallback`` when given (it answers, or raises
    aiohttp's ``HTTPNotFound``), else is not found. ``handler_args`` go to aiohttp's
    ``RequestHandler`` (``access_log``, timeouts)."""
    gateways = [Gateway(mount) for mount in mounts]
    prefixes = [gateway.prefix for gateway in gateways]
    if len(set(prefixes)) != len(prefixes):
        raise ValueError(f"two mounts share a prefix: {sorted(prefixes)}")
    # (prefix + "/", gateway), the longest prefix first
    apis = tuple(sorted(((g.prefix + "/", g) for g in gateways), key=lambda api: -len(api[0])))
    get_routes = dict(get_routes or {})
    loop = asyncio.get_running_loop()

    def api_of(path: str) -> Gateway | None:
        for api, gateway in apis:
            if path.startswith(api):
                return gateway
        return None

    def handle(request: web.BaseRequest) -> Awaitable[web.StreamResponse]:
        # A plain function: an API call is one coroutine less.
        if not request.headers.get("Expect"):
            gateway = api_of(request.rel_url.path_safe)
            if gateway is not None:
                return gateway.handle(request)
        return handle_other(request)

    async def handle_other(request: web.BaseRequest) -> web.StreamResponse:
        if request.headers.get("Expect"):
            await _expect(request)
        path = request.rel_url.path_safe  # what aiohttp's router matches
        gateway = api_of(path)
        if gateway is not None:
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
    for gateway in gateways:
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
