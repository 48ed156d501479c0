"""Mounts (gateway/mount.py): several APIs on one server, each with its own codec, header
tables and error writer, and the same router — what a second API (the v2 handler) needs."""

from __future__ import annotations

import contextlib

import aiohttp
import orjson
import pytest
from aiohttp import web
from google.protobuf import descriptor_pool, json_format
from google.rpc import status_pb2

from gateway import codec as tts_codec
from gateway.app import create_server
from gateway.errors import StatusError, http_status
from gateway.mount import Mount, MountOptions
from ttn.lorawan.v3 import application_pb2, application_services_pb2  # noqa: F401

SERVICE = descriptor_pool.Default().FindServiceByName("ttn.lorawan.v3.ApplicationRegistry")
GET = "/ttn.lorawan.v3.ApplicationRegistry/Get"


class Refused(StatusError):
    def to_status(self) -> status_pb2.Status:
        return status_pb2.Status(code=7, message="refused")


class StandardJSON:
    """Another API's JSON rules: protobuf's own (lowerCamel names), for the test."""

    @staticmethod
    def encode(message) -> bytes:
        return json_format.MessageToJson(message, indent=None).encode()

    @staticmethod
    def decode(data, message) -> None:
        json_format.Parse(data, message, ignore_unknown_fields=True)

    scalar_from_text = staticmethod(tts_codec.scalar_from_text)


def v2_error(codec, status, content_type) -> web.Response:
    """grpc-gateway's error body of v2's time."""
    body = orjson.dumps({"error": status.message, "code": status.code})
    return web.Response(status=http_status(status.code), body=body, content_type=content_type)


OTHER = MountOptions(
    codec=StandardJSON,
    incoming_headers={"X-Api-Key": "authorization"},
    peer_key="",
    outgoing_headers={"x-total-count": "X-Count"},
    write_error=v2_error,
)


class Recorder:
    """A dispatch that answers with the requested application, or refuses ``refused``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.calls: list[tuple[str, dict]] = []

    async def __call__(self, full_method, request, metadata):
        self.calls.append((full_method, dict(metadata)))
        if request.application_ids.application_id == "refused":
            raise Refused()
        answer = application_pb2.Application(name=self.name)
        answer.ids.CopyFrom(request.application_ids)
        return answer, [("x-total-count", "3"), ("warning", "careful")]


@contextlib.asynccontextmanager
async def serving(*mounts: Mount):
    runner = web.ServerRunner(create_server(*mounts, access_log=None))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{runner.addresses[0][1]}") as session:
            yield session
    finally:
        await runner.cleanup()


async def _get(session, path, **headers):
    async with session.get(path, headers=headers) as resp:
        return resp.status, resp.headers, await resp.read()


async def test_each_mount_answers_with_its_own_codec_headers_and_error_body():
    v3, other = Recorder("v3"), Recorder("other")
    async with serving(Mount("/api/v3", [SERVICE], v3), Mount("/other", [SERVICE], other, options=OTHER)) as session:
        headers = {"Authorization": "Bearer a", "X-Api-Key": "k", "User-Agent": "test"}
        status, out, body = await _get(session, "/api/v3/applications/app1", **headers)
        assert (status, orjson.loads(body)) == (200, {"ids": {"application_id": "app1"}, "name": "v3"})
        assert (out["X-Total-Count"], out["X-Warning"]) == ("3", "careful")
        assert v3.calls == [(GET, {"authorization": "Bearer a", "user-agent": "test", "x-real-ip": "127.0.0.1"})]

        status, out, body = await _get(session, "/other/applications/app1", **headers)
        assert (status, orjson.loads(body)) == (200, {"ids": {"applicationId": "app1"}, "name": "other"})
        assert out["X-Count"] == "3" and "X-Warning" not in out and "X-Total-Count" not in out
        assert other.calls == [(GET, {"authorization": "k"})]

        # Routing, binding and call failures: each mount's error body.
        for path, expected in (
            ("/nothing", (404, {"code": 5, "message": "Not Found"})),
            ("/applications?limit=many", (400, None)),
            ("/applications/refused", (403, {"code": 7, "message": "refused"})),
        ):
            status, _, body = await _get(session, "/api/v3" + path)
            assert status == expected[0] and set(orjson.loads(body)) >= {"code", "message"}
            if expected[1] is not None:
                assert orjson.loads(body) == expected[1]
            status, _, body = await _get(session, "/other" + path)
            assert status == expected[0]
            answer = orjson.loads(body)
            assert set(answer) == {"error", "code"}
            if expected[1] is not None:
                assert answer == {"error": expected[1]["message"], "code": expected[1]["code"]}


async def test_a_path_under_two_prefixes_goes_to_the_longer():
    short, long = Recorder("short"), Recorder("long")
    async with serving(Mount("/api", [SERVICE], short), Mount("/api/v3", [SERVICE], long)) as session:
        assert orjson.loads((await _get(session, "/api/v3/applications/a"))[2])["name"] == "long"
        assert orjson.loads((await _get(session, "/api/applications/a"))[2])["name"] == "short"
        # Outside every mount: aiohttp's own answer.
        status, _, body = await _get(session, "/elsewhere")
        assert (status, body) == (404, b"404: Not Found")


async def test_two_mounts_may_not_share_a_prefix():
    with pytest.raises(ValueError, match="share a prefix"):
        create_server(Mount("/api/v3", [SERVICE], Recorder("a")), Mount("/api/v3/", [SERVICE], Recorder("b")))
