"""Server-streaming calls over both transports, for the events contract tests.

``stream = await open_stream(client, request, key)`` opens ``Events.Stream`` over the client's
transport; ``await stream.next()`` is the next Event (failing the test after ``timeout``),
``await stream.quiet()`` checks that nothing comes for a moment, ``stream.error`` is the
:class:`~support.transports.Result` of a stream that failed before or after its first message,
and ``await stream.close()`` ends it. Every wait is bounded, so a test never hangs.

Over HTTP the answer is read as the gateway frames it (``{"result": …}`` chunks, ``\\n`` or
``\\n\\n`` after each); ``raw`` keeps every byte read, for framing checks. As in
:mod:`support.transports`, that leg writes and reads JSON with :mod:`support.upstream_json` and
holds every event to upstream's spelling.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import grpc
from google.rpc import status_pb2

from support import upstream_json
from support.transports import HTTP_STATUS, Result, assert_upstream_spelling, error_details_from_json
from ttn.lorawan.v3 import error_pb2, events_pb2

__all__ = ["open_stream", "STREAM", "FIND_RELATED", "EventStream"]

STREAM = "/ttn.lorawan.v3.Events/Stream"
FIND_RELATED = "/ttn.lorawan.v3.Events/FindRelated"
TIMEOUT = 5.0


class StreamEnded(AssertionError):
    pass


def _details_of(status: status_pb2.Status) -> error_pb2.ErrorDetails | None:
    for detail in status.details:
        details = error_pb2.ErrorDetails()
        if detail.Unpack(details):
            return details
    return None


_END = object()


class EventStream:
    """Messages are read by a task of their own into a queue, so that a wait that times out
    never cancels a read (over gRPC that would cancel the call)."""

    error: Result | None = None
    headers: dict[str, str]

    def _pump_start(self) -> None:
        self._queue: asyncio.Queue = asyncio.Queue()
        self._pump = asyncio.ensure_future(self._read_all())

    async def _read_all(self) -> None:
        try:
            async for item in self._messages():
                self._queue.put_nowait(item)
        except Exception as exc:  # the transport's end, reported by next()
            self._queue.put_nowait(exc)
        self._queue.put_nowait(_END)

    async def _messages(self):
        raise NotImplementedError
        yield

    async def next(self, timeout: float = TIMEOUT) -> events_pb2.Event:
        if self.error is not None:
            raise StreamEnded(f"the stream failed: {self.error}")
        item = await asyncio.wait_for(self._queue.get(), timeout)
        if item is _END:
            self._queue.put_nowait(_END)
            raise StreamEnded("the stream ended")
        if isinstance(item, Exception):
            self._queue.put_nowait(_END)
            if self.error is not None:
                raise StreamEnded(f"the stream failed: {self.error}")
            raise item
        return item

    async def quiet(self, seconds: float = 0.3) -> None:
        """Nothing arrives for ``seconds``."""
        try:
            event = await self.next(timeout=seconds)
        except asyncio.TimeoutError:
            return
        raise AssertionError(f"unexpected event {event.name}: {event}")

    async def until(self, name: str, timeout: float = TIMEOUT) -> events_pb2.Event:
        """The next event called ``name``, skipping others."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            event = await self.next(timeout=max(deadline - loop.time(), 0.01))
            if event.name == name:
                return event

    async def close(self) -> None:
        self._close_transport()
        if hasattr(self, "_pump"):
            self._pump.cancel()
            try:
                await self._pump
            except (asyncio.CancelledError, Exception):
                pass

    def _close_transport(self) -> None:
        raise NotImplementedError


class _GRPCStream(EventStream):
    def __init__(self, call) -> None:
        self.call = call
        self.headers = {}

    async def _start(self) -> "_GRPCStream":
        try:
            first = await asyncio.wait_for(self.call.read(), TIMEOUT)
        except grpc.aio.AioRpcError as exc:
            self._failed(exc)
            return self
        self.headers = {k: v for k, v in (await self.call.initial_metadata() or ())}
        self._first = first
        self._pump_start()
        return self

    def _failed(self, exc: grpc.aio.AioRpcError) -> None:
        result = Result(exc.code().value[0], message=exc.details() or "")
        for k, v in exc.trailing_metadata() or ():
            if k == "grpc-status-details-bin":
                result.details = _details_of(status_pb2.Status.FromString(v))
        self.error = result

    async def _messages(self):
        message = self._first
        while message is not grpc.aio.EOF:
            yield message
            try:
                message = await self.call.read()
            except grpc.aio.AioRpcError as exc:
                self._failed(exc)
                raise

    def _close_transport(self) -> None:
        self.call.cancel()


class _HTTPStream(EventStream):
    def __init__(self, response: aiohttp.ClientResponse, delimiter: bytes) -> None:
        self.response = response
        self.delimiter = delimiter
        self.raw = b""
        self.chunks: list[dict] = []
        self.headers = {k.lower(): v for k, v in response.headers.items()}
        self.status = response.status

    async def _start(self) -> "_HTTPStream":
        if self.response.status != 200:
            body = await asyncio.wait_for(self.response.read(), TIMEOUT)
            self.raw = body
            obj = json.loads(body)
            status = obj.get("error", obj)
            self._failed(status)
            self.response.release()
        else:
            self._pump_start()
        return self

    def _failed(self, status: dict) -> None:
        code = int(status.get("code", 2))
        result = Result(code, message=status.get("message", ""), http_status=self.response.status, json=status)
        result.details = error_details_from_json(status)
        self.error = result

    async def _messages(self):
        while True:
            chunk = await self.response.content.readuntil(self.delimiter)
            self.raw += chunk
            if not chunk:
                return
            assert chunk.endswith(self.delimiter), chunk
            obj = json.loads(chunk)
            self.chunks.append(obj)
            if "error" in obj:
                self._failed(obj["error"])
                raise StreamEnded(f"the stream failed: {self.error}")
            assert list(obj) == ["result"], obj
            event = upstream_json.from_json(events_pb2.Event, obj["result"])
            assert_upstream_spelling(obj["result"], event)
            yield event

    def _close_transport(self) -> None:
        self.response.close()


async def open_stream(client: Any, request: events_pb2.StreamEventsRequest, key: str | None = None, *,
                      headers: dict[str, str] | None = None) -> EventStream:
    """Open ``Events.Stream`` over the client's transport; over HTTP, ``headers`` are added
    (``Accept: text/event-stream`` for the SSE framing)."""
    if client.transport == "grpc":
        rpc = client.channel.unary_stream(
            STREAM, request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=events_pb2.Event.FromString,
        )
        metadata = (("authorization", f"Bearer {key}"),) if key else ()
        return await _GRPCStream(rpc(request, metadata=metadata))._start()
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if key:
        all_headers["Authorization"] = f"Bearer {key}"
    response = await client.session.post(
        client.base_url + "/events", data=json.dumps(upstream_json.to_json(request)), headers=all_headers,
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=TIMEOUT),
    )
    delimiter = b"\n\n" if response.headers.get("Content-Type") == "text/event-stream" else b"\n"
    stream = await _HTTPStream(response, delimiter)._start()
    if stream.error is not None:
        assert HTTP_STATUS.get(stream.error.code, 500) == response.status
    return stream
