"""gateway/stream.py: server streaming over HTTP, byte by byte, for any server-streaming binding.

The gateway knows no service: these cases stream ``ApplicationUpStorage.GetStoredApplicationUp``
(a GET binding) from a fake dispatch, over a real socket, and read the raw HTTP/1.1 answer
(status line, headers, chunked transfer coding) as grpc-gateway writes it.
"""

from __future__ import annotations

import asyncio
import contextlib

import grpc
from aiohttp import web
from google.protobuf import descriptor_pool

from gateway.app import create_server
from gateway.mount import Mount
from server.errors import Namespace, PlainStatus
from ttn.lorawan.v3 import applicationserver_integrations_storage_pb2  # noqa: F401
from ttn.lorawan.v3 import messages_pb2

SERVICE = "ttn.lorawan.v3.ApplicationUpStorage"
METHOD = f"/{SERVICE}/GetStoredApplicationUp"
PATH = "/api/v3/as/applications/app1/packages/storage/uplink_message"
ERR_BROKEN = Namespace("pkg/ttsl/test").unavailable("broken", "broken `{what}`")


def up(device_id: str) -> messages_pb2.ApplicationUp:
    msg = messages_pb2.ApplicationUp()
    msg.end_device_ids.device_id = device_id
    msg.end_device_ids.application_ids.application_id = "app1"
    return msg


class Fake:
    """A stream dispatch: yields ``items`` (messages, or exceptions to raise), then waits for
    ever when ``hold``; records the requests and whether the stream was closed."""

    def __init__(self, items, *, hold: bool = False, header=()) -> None:
        self.items = items
        self.hold = hold
        self.header = list(header)
        self.requests = []
        self.closed = asyncio.Event()

    def __call__(self, full_method, request, metadata):
        self.requests.append((full_method, request))
        return self._messages(), self.header

    async def _messages(self):
        try:
            for item in self.items:
                if isinstance(item, BaseException):
                    raise item
                yield item
            if self.hold:
                await asyncio.Event().wait()
        finally:
            self.closed.set()


@contextlib.asynccontextmanager
async def serving(fake: Fake):
    async def dispatch(full_method, request, metadata):
        raise AssertionError("no unary call here")

    service = descriptor_pool.Default().FindServiceByName(SERVICE)
    server = create_server(Mount("/api/v3", [service], dispatch, stream_dispatch=fake), access_log=None)
    runner = web.ServerRunner(server)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner, runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def request(port: int, *headers: str, version: str = "1.1", path: str = PATH):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = [f"GET {path} HTTP/{version}", "Host: test", *headers, "", ""]
    writer.write("\r\n".join(lines).encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    status_line, *header_lines = head.decode().rstrip("\r\n").split("\r\n")
    response_headers = [tuple(line.split(": ", 1)) for line in header_lines]
    return reader, writer, int(status_line.split(" ")[1]), response_headers


async def chunk(reader) -> bytes:
    """One chunk of the chunked transfer coding (b"" for the last)."""
    size = int((await asyncio.wait_for(reader.readuntil(b"\r\n"), 5)).strip(), 16)
    data = await asyncio.wait_for(reader.readexactly(size + 2), 5)
    assert data.endswith(b"\r\n")
    return data[:-2]


def header(headers, name: str) -> list[str]:
    return [v for k, v in headers if k.lower() == name.lower()]


async def test_json_lines_one_chunk_per_message():
    fake = Fake([up("dev1"), up("dev2")], header=[("warning", "careful"), ("x-total-count", "2"), ("secret", "no")])
    async with serving(fake) as (_, port):
        reader, writer, status, headers = await request(port)
        assert status == 200
        assert header(headers, "Content-Type") == ["application/json"]
        assert header(headers, "Transfer-Encoding") == ["chunked"]
        # The allowed gRPC headers, as for unary calls; others dropped.
        assert header(headers, "X-Warning") == ["careful"] and header(headers, "X-Total-Count") == ["2"]
        assert header(headers, "secret") == []
        assert await chunk(reader) == (b'{"result":{"end_device_ids":{"device_id":"dev1","application_ids":'
                                       b'{"application_id":"app1"}}}}\n')
        assert await chunk(reader) == (b'{"result":{"end_device_ids":{"device_id":"dev2","application_ids":'
                                       b'{"application_id":"app1"}}}}\n')
        assert await chunk(reader) == b""
        writer.close()
    # The request was bound from the path as for unary calls.
    ((method, req),) = fake.requests
    assert method == METHOD and (req.application_ids.application_id, req.type) == ("app1", "uplink_message")


async def test_event_stream_framing_on_exact_accept():
    async with serving(Fake([up("dev1")])) as (_, port):
        reader, writer, status, headers = await request(port, "Accept: text/event-stream")
        assert status == 200 and header(headers, "Content-Type") == ["text/event-stream"]
        data = await chunk(reader)
        assert data.startswith(b'{"result":{"end_device_ids":') and data.endswith(b"}}\n\n")
        assert not data.startswith(b"data:")
        assert await chunk(reader) == b""
        writer.close()


async def test_an_error_after_the_first_message_ends_the_stream_with_an_error_chunk():
    async with serving(Fake([up("dev1"), ERR_BROKEN(what="pipe")])) as (_, port):
        for accept, delimiter in (("Accept: application/json", b"\n"), ("Accept: text/event-stream", b"\n\n")):
            reader, writer, status, _ = await request(port, accept)
            assert status == 200
            assert (await chunk(reader)).endswith(b"}}" + delimiter)
            error = await chunk(reader)
            assert error.startswith(b'{"error":{"code":14,"message":"error:pkg/ttsl/test:broken (broken `pipe`)",'
                                    b'"details":[{"@type":"type.googleapis.com/ttn.lorawan.v3.ErrorDetails",')
            assert error.endswith(b"}]}}" + delimiter)
            assert await chunk(reader) == b""
            writer.close()


async def test_an_error_before_the_first_message_is_an_error_chunk_with_its_status():
    async with serving(Fake([PlainStatus(grpc.StatusCode.PERMISSION_DENIED, "no")])) as (_, port):
        reader, writer, status, headers = await request(port, "Accept: text/event-stream")
        assert status == 403
        assert header(headers, "Content-Type") == ["text/event-stream"]
        assert await chunk(reader) == b'{"error":{"code":7,"message":"no"}}\n\n'
        assert await chunk(reader) == b""
        writer.close()
    async with serving(Fake([KeyError("not a status")])) as (_, port):
        reader, writer, status, _ = await request(port)
        assert status == 500
        assert await chunk(reader) == b'{"error":{"code":13,"message":"internal error"}}\n'
        writer.close()


async def test_an_empty_stream_is_an_empty_answer():
    async with serving(Fake([])) as (_, port):
        reader, writer, status, _ = await request(port)
        assert status == 200
        assert await chunk(reader) == b""
        writer.close()


async def test_http_1_0_streams_until_the_connection_closes():
    async with serving(Fake([up("dev1")])) as (_, port):
        reader, writer, status, headers = await request(port, version="1.0")
        assert status == 200 and header(headers, "Transfer-Encoding") == []
        body = await asyncio.wait_for(reader.read(), 5)
        assert body.startswith(b'{"result":') and body.endswith(b"}}\n")
        writer.close()


async def test_a_client_that_goes_away_closes_the_stream():
    fake = Fake([up("dev1")], hold=True)
    async with serving(fake) as (_, port):
        reader, writer, status, _ = await request(port)
        assert status == 200 and (await chunk(reader)).startswith(b'{"result":')
        assert not fake.closed.is_set()
        writer.close()
        await asyncio.wait_for(fake.closed.wait(), 5)


async def test_shutting_down_ends_open_streams():
    fake = Fake([up("dev1")], hold=True)
    async with serving(fake) as (runner, port):
        reader, writer, status, _ = await request(port)
        assert (await chunk(reader)).startswith(b'{"result":')
        await asyncio.wait_for(runner.cleanup(), 5)
        assert fake.closed.is_set()
        assert await chunk(reader) == b""  # the answer was ended, not cut
        writer.close()


async def test_streaming_bindings_are_left_out_without_a_stream_dispatch():
    async def dispatch(full_method, request, metadata):
        raise AssertionError("not routed")

    service = descriptor_pool.Default().FindServiceByName(SERVICE)
    server = create_server(Mount("/api/v3", [service], dispatch), access_log=None)
    runner = web.ServerRunner(server)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        reader, writer, status, _ = await request(runner.addresses[0][1])
        assert status == 404
        writer.close()
    finally:
        await runner.cleanup()
