"""The baselines: what the same machine does with no ttsl in the way.

``python -m bench.baselines http PORT BODY_FILE`` serves a fixed JSON body from aiohttp (uvloop);
``python -m bench.baselines grpc PORT`` serves an empty grpc.aio unary handler under the
method name ttsl answers, so both sides of each comparison speak the same protocol.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import grpc
import uvloop
from aiohttp import web

GET = "/ttn.lorawan.v3.ApplicationRegistry/Get"


async def http(port: int, body: bytes) -> None:
    async def handler(_: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


async def grpc_empty(port: int) -> None:
    async def empty(request: bytes, context) -> bytes:
        return b""

    server = grpc.aio.server()
    service, method = GET[1:].rsplit("/", 1)
    handler = grpc.unary_unary_rpc_method_handler(empty, request_deserializer=None, response_serializer=None)
    server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(service, {method: handler})])
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    await server.wait_for_termination()


def main() -> None:
    kind, port = sys.argv[1], int(sys.argv[2])
    uvloop.install()
    if kind == "http":
        asyncio.run(http(port, Path(sys.argv[3]).read_bytes()))
    else:
        asyncio.run(grpc_empty(port))


if __name__ == "__main__":
    main()
