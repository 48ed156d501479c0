"""The gateway's per-target request cache (gateway/app.py): repeated requests are answered as
the first, and each call gets a message of its own."""

from __future__ import annotations

from aiohttp.test_utils import make_mocked_request
from google.protobuf import descriptor_pool

from gateway.app import Gateway
from gateway.mount import Mount
from ttn.lorawan.v3 import application_pb2, application_services_pb2  # noqa: F401

GET = "/ttn.lorawan.v3.ApplicationRegistry/Get"


def _gateway(seen: list) -> Gateway:
    async def dispatch(full_method, request, metadata):
        seen.append((full_method, application_pb2.GetApplicationRequest.FromString(request.SerializeToString())))
        request.field_mask.paths.append("mutated-by-the-handler")
        request.application_ids.application_id = "changed"
        return application_pb2.Application(name=request.application_ids.application_id), []

    service = descriptor_pool.Default().FindServiceByName("ttn.lorawan.v3.ApplicationRegistry")
    return Gateway(Mount("/api/v3", [service], dispatch))


async def test_repeated_requests_build_the_same_message_and_each_call_gets_its_own():
    seen: list = []
    gateway = _gateway(seen)
    for _ in range(3):
        response = await gateway.handle(make_mocked_request("GET", "/api/v3/applications/app1?field_mask=name,description"))
        assert response.status == 200
    expected = application_pb2.GetApplicationRequest()
    expected.application_ids.application_id = "app1"
    expected.field_mask.paths.extend(["name", "description"])
    assert seen == [(GET, expected)] * 3


async def test_requests_differing_in_path_or_query_are_told_apart():
    seen: list = []
    gateway = _gateway(seen)
    for target in ("/api/v3/applications/app1?field_mask=name", "/api/v3/applications/app2?field_mask=name",
                   "/api/v3/applications/app1?field_mask=description", "/api/v3/applications/app1"):
        await gateway.handle(make_mocked_request("GET", target))
    assert [(m.application_ids.application_id, list(m.field_mask.paths)) for _, m in seen] == [
        ("app1", ["name"]), ("app2", ["name"]), ("app1", ["description"]), ("app1", []),
    ]


async def test_invalid_requests_fail_every_time():
    seen: list = []
    gateway = _gateway(seen)
    for _ in range(2):
        response = await gateway.handle(make_mocked_request("GET", "/api/v3/applications?limit=many"))
        assert response.status == 400
    assert seen == []


async def test_query_keys_through_repeated_fields_fail_every_time():
    seen: list = []
    gateway = _gateway(seen)
    for _ in range(2):  # the second answer comes from the builder's key cache
        response = await gateway.handle(make_mocked_request("GET", "/api/v3/applications/app1?field_mask.paths.x=1"))
        assert response.status == 400
        assert response.body == b'{"code":3,"message":"invalid path: \\"paths\\" is not a message"}'
    assert seen == []


async def test_a_failing_dispatch_or_encoding_is_a_json_internal_error():
    async def dispatch(full_method, request, metadata):
        raise KeyError("not a TTS error")

    service = descriptor_pool.Default().FindServiceByName("ttn.lorawan.v3.ApplicationRegistry")
    gateway = Gateway(Mount("/api/v3", [service], dispatch))
    response = await gateway.handle(make_mocked_request("GET", "/api/v3/applications/app1"))
    assert (response.status, response.body) == (500, b'{"code":13,"message":"internal error"}')

    gateway = _gateway([])
    class Unencodable:
        def encode(self, message):
            raise ValueError("cannot encode")

    gateway._json = Unencodable()
    response = await gateway.handle(make_mocked_request("GET", "/api/v3/applications/app1"))
    assert (response.status, response.body) == (500, b'{"code":13,"message":"internal error"}')
