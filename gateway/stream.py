"""Server streaming over HTTP, framed as grpc-gateway's ``ForwardResponseStream`` frames it.

* The marshaler: grpc-gateway takes the first ``Accept`` value that *equals* a registered type
  (upstream registers ``*`` and ``text/event-stream``), else the one of the request's
  ``Content-Type`` (its media type), else ``*``. ``*`` writes ``application/json`` with ``\\n``
  after each message; ``text/event-stream`` writes that content type with ``\\n\\n`` — and the
  same JSON, with no ``data:`` prefix (upstream's ``TTNEventStream``).
* Each message is ``{"result":<message>}`` and the delimiter, one chunk, flushed.
* A failure ends the stream with ``{"error":<google.rpc.Status>}`` and the delimiter. When it
  comes before the first message, that chunk is the whole answer, with the HTTP status of its
  code (upstream's gateway reads a stream's failure from its first ``Recv``, never from its
  headers, so even a refused call is answered this way).
* The response headers (the allowed gRPC headers, as for unary calls) go with the first chunk.
* A stream that ends with no message is an empty 200 answer.

Top-level keys are sorted as upstream's ``marshalMap`` sorts them; each object here has one.

A stream ends when its messages end, when they fail, when the client goes away (the iterator is
closed, so the handler's subscription is) or when the server shuts down (the answer is ended).
:class:`Server` is aiohttp's low-level server that tells open streams about the last two.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from typing import Any, AsyncIterator, Callable, Mapping, NamedTuple

from aiohttp import HttpVersion11, web

from .errors import StatusError, http_status, status_of

__all__ = ["Framing", "framing_of", "Server", "forward", "JSON", "EVENT_STREAM"]

log = logging.getLogger("ttsl.gateway")

JSON = "application/json"
EVENT_STREAM = "text/event-stream"


Encode = Callable[[Any], bytes]


class Framing(NamedTuple):
    content_type: str
    delimiter: bytes


_JSON_FRAMING = Framing(JSON, b"\n")
_EVENT_STREAM_FRAMING = Framing(EVENT_STREAM, b"\n\n")
_REGISTERED = {"*": _JSON_FRAMING, EVENT_STREAM: _EVENT_STREAM_FRAMING}


def _media_type(value: str) -> str | None:
    """The media type of a Content-Type value, lower-cased (Go ``mime.ParseMediaType``), or
    None when there is none."""
    media = value.split(";", 1)[0].strip().lower()
    return media or None


def framing_of(headers: Any) -> Framing:
    """The framing of a request's answer, from its ``Accept`` and ``Content-Type`` headers."""
    for value in headers.getall("Accept", ()):
        framing = _REGISTERED.get(value)
        if framing is not None:
            return framing
    for value in headers.getall("Content-Type", ()):
        media = _media_type(value)
        if media is not None and media in _REGISTERED:
            return _REGISTERED[media]
    return _JSON_FRAMING


def result_chunk(encode: Encode, message: Any, framing: Framing) -> bytes:
    return b'{"result":' + encode(message) + b"}" + framing.delimiter


def error_chunk(encode: Encode, status: Any, framing: Framing) -> bytes:
    return b'{"error":' + encode(status) + b"}" + framing.delimiter


class Server(web.Server):
    """aiohttp's low-level server, resolving a future per open stream when the stream's
    connection is lost (True) or the server is shutting down (False)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._streams: dict[Any, asyncio.Future[bool]] = {}

    def stream_opened(self, request: web.BaseRequest) -> asyncio.Future[bool]:
        ended = asyncio.get_running_loop().create_future()
        self._streams[request.protocol] = ended
        return ended

    def stream_closed(self, request: web.BaseRequest) -> None:
        self._streams.pop(request.protocol, None)

    def connection_lost(self, handler: Any, exc: BaseException | None = None) -> None:
        ended = self._streams.pop(handler, None)
        if ended is not None and not ended.done():
            ended.set_result(True)
        super().connection_lost(handler, exc)

    def pre_shutdown(self) -> None:
        for ended in self._streams.values():
            if not ended.done():
                ended.set_result(False)
        self._streams.clear()
        super().pre_shutdown()


class _Answer:
    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: web.StreamResponse | None = None


def _stream_response(request: web.BaseRequest, status: int = 200) -> web.StreamResponse:
    response = web.StreamResponse(status=status)
    if request.version >= HttpVersion11:
        response.enable_chunked_encoding()
    return response


async def _write(
    request: web.BaseRequest,
    messages: AsyncIterator[Any],
    header_pairs: list[tuple[str, str]],
    outgoing: Mapping[str, str],
    encode: Encode,
    framing: Framing,
    answer: _Answer,
) -> web.StreamResponse:
    try:
        first = await anext(messages)
    except StopAsyncIteration:
        answer.response = response = _stream_response(request)
        await response.prepare(request)
        await response.write_eof()
        return response
    except Exception as exc:
        if not isinstance(exc, StatusError):
            log.exception("unexpected error in a stream")
        status = status_of(exc)
        answer.response = response = _stream_response(request, http_status(status.code))
        response.headers["Content-Type"] = framing.content_type
        await response.prepare(request)
        await response.write(error_chunk(encode, status, framing))
        await response.write_eof()
        return response

    answer.response = response = _stream_response(request)
    response.headers["Content-Type"] = framing.content_type
    for key, value in header_pairs:
        name = outgoing.get(key)
        if name is not None:
            response.headers.add(name, value)
    await response.prepare(request)
    await response.write(result_chunk(encode, first, framing))
    while True:
        try:
            message = await anext(messages)
        except StopAsyncIteration:
            break
        except Exception as exc:
            if not isinstance(exc, StatusError):
                log.exception("unexpected error in a stream")
            await response.write(error_chunk(encode, status_of(exc), framing))
            break
        await response.write(result_chunk(encode, message, framing))
    await response.write_eof()
    return response


async def forward(
    server: Server,
    request: web.BaseRequest,
    messages: AsyncIterator[Any],
    header_pairs: list[tuple[str, str]],
    outgoing: Mapping[str, str],
    codec: Any,
) -> web.StreamResponse:
    """Answer ``request`` with the stream of ``messages``, written with ``codec``;
    ``header_pairs`` are the call's gRPC response headers (filled in by the time the first
    message comes), of which ``outgoing`` maps the allowed ones to their HTTP names."""
    framing = framing_of(request.headers)
    answer = _Answer()
    ended = server.stream_opened(request)
    writer = asyncio.ensure_future(_write(request, messages, header_pairs, outgoing, codec.encode, framing, answer))
    try:
        await asyncio.wait((writer, ended), return_when=asyncio.FIRST_COMPLETED)
        if writer.done():
            with suppress(ConnectionError):  # the client went while being written to
                return writer.result()
        else:
            writer.cancel()
            with suppress(asyncio.CancelledError, ConnectionError):
                await writer
            response = answer.response
            if ended.result() is False and response is not None and response.prepared:
                with suppress(ConnectionError):
                    await response.write_eof()  # shutting down: end the answer cleanly
        return answer.response if answer.response is not None else web.Response(status=499)
    except asyncio.CancelledError:
        writer.cancel()
        raise
    finally:
        server.stream_closed(request)
        await _close(messages)


async def _close(messages: AsyncIterator[Any]) -> None:
    aclose: Callable[[], Any] | None = getattr(messages, "aclose", None)
    if aclose is not None:
        with suppress(Exception):
            await aclose()

