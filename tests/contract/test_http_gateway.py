"""What only the HTTP side can get wrong: routing, body decoding, JSON spelling, headers."""

from __future__ import annotations

import json
import logging

import pytest

from gateway import codec as marshal
from gateway.request import RequestBuilder
from ttn.lorawan.v3 import end_device_pb2

APPS = "/users/admin/applications"


@pytest.fixture
def http(http_client):
    return http_client


async def test_no_route_is_404_and_a_wrong_method_is_501(http, admin_key):
    res = await http.raw("GET", "/no/such/thing", key=admin_key)
    assert (res.http_status, res.json) == (404, {"code": 5, "message": "Not Found"})
    res = await http.raw("PATCH", "/applications/app1", key=admin_key)
    assert (res.http_status, res.json) == (501, {"code": 12, "message": "Method Not Allowed"})


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[]",
        b'{"application": "not an object"}',
        b'{"application": {"ids": {"application_id": 5}}}',
        b'{"application": {"attributes": {"k": 1}}}',
        b'{"application": {"created_at": "2020-01-01T00:00:00+02:00"}}',
    ],
)
async def test_malformed_bodies_are_400_without_details(http, admin_key, body):
    res = await http.raw("POST", APPS, body=body, key=admin_key)
    assert res.http_status == 400 and res.json["code"] == 3
    assert "details" not in res.json or res.json["details"] == []


async def test_oversized_bodies_are_400(http, admin_key):
    body = b'{"application": {"name": "' + b"x" * (17 * 1024 * 1024) + b'"}}'
    res = await http.raw("POST", APPS, body=body, key=admin_key)
    assert res.http_status == 400 and res.json["code"] == 3


async def test_json_spelling_of_an_application(http, admin_key):
    body = b'{"application": {"ids": {"application_id": "json-app"}, "name": "J", "attributes": {"key-one": "v"}}}'
    res = await http.raw("POST", APPS, body=body, key=admin_key)
    assert res.http_status == 200, res.json
    app = res.json
    assert set(app) == {"ids", "created_at", "updated_at", "name", "attributes", "administrative_contact", "technical_contact"}
    assert app["ids"] == {"application_id": "json-app"}
    assert app["administrative_contact"] == {"user_ids": {"user_id": "admin"}}
    assert app["created_at"].endswith("Z") and "T" in app["created_at"]

    res = await http.raw("POST", "/applications/json-app/dev-eui", key=admin_key)
    dev_eui = res.json["dev_eui"]
    assert len(dev_eui) == 16 and dev_eui == dev_eui.upper() and int(dev_eui, 16) >= 0


async def test_empty_results_and_empty_responses_are_empty_objects(http, admin_key):
    res = await http.raw("GET", "/applications", query=[("deleted", "true"), ("page", "999")], key=admin_key)
    assert (res.http_status, res.json) == (200, {})
    assert res.headers["x-total-count"].isdigit()
    await http.raw("POST", APPS, body=b'{"application": {"ids": {"application_id": "empty-resp"}}}', key=admin_key)
    res = await http.raw("DELETE", "/applications/empty-resp", key=admin_key)
    assert (res.http_status, res.json) == (200, {})


async def test_query_parameters(http, admin_key):
    await http.raw("POST", APPS, body=b'{"application": {"ids": {"application_id": "query-app"}, "name": "Q", "description": "D"}}', key=admin_key)
    res = await http.raw("GET", "/applications/query-app", query=[("field_mask", "name,description")], key=admin_key)
    assert (res.json["name"], res.json["description"]) == ("Q", "D")
    res = await http.raw(
        "GET", "/applications/query-app",
        query=[("field_mask.paths", "name"), ("field_mask.paths", "description"), ("unknown_key", "ignored")], key=admin_key,
    )
    assert (res.json["name"], res.json["description"]) == ("Q", "D")
    # the path binds the ID; the query string cannot override it
    res = await http.raw("GET", "/applications/query-app", query=[("application_ids.application_id", "other")], key=admin_key)
    assert res.json["ids"]["application_id"] == "query-app"
    res = await http.raw("GET", "/applications", query=[("limit", "many")], key=admin_key)
    assert res.http_status == 400 and res.json["code"] == 3


async def test_unauthenticated_sets_www_authenticate(http):
    res = await http.raw("GET", "/applications/some-app")
    assert res.http_status == 401
    assert res.headers["www-authenticate"] == res.json["message"]
    assert res.json["details"][0]["@type"] == "type.googleapis.com/ttn.lorawan.v3.ErrorDetails"
    assert res.json["details"][0]["code"] == 16


async def test_health(http):
    async with http.session.get(http.base_url.replace("/api/v3", "/healthz/live")) as r:
        assert r.status == 200
    async with http.session.get(http.base_url.replace("/api/v3", "/healthz/ready")) as r:
        assert r.status == 200


# Inputs that once crashed to aiohttp's plain-text 500 -----------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/applications/app1/devices", "/gateways", "/users/admin/gateways"],
)
async def test_query_keys_through_a_repeated_field_are_400(http, admin_key, path):
    """As grpc-gateway's query parser: a path through a field that is no singular message."""
    res = await http.raw("GET", path, query=[("filters.updated_since", "2020-01-01T00:00:00+02:00")], key=admin_key)
    assert (res.http_status, res.json) == (400, {"code": 3, "message": 'invalid path: "filters" is not a message'})
    res = await http.raw("GET", path, query=[("field_mask.paths.x", "name")], key=admin_key)
    assert (res.http_status, res.json["message"]) == (400, 'invalid path: "paths" is not a message')
    res = await http.raw("GET", path, query=[("limit.value", "1")], key=admin_key)  # a scalar on the way
    assert (res.http_status, res.json["message"]) == (400, 'invalid path: "limit" is not a message')
    # Keys naming no field are still ignored, wherever the path stops naming one.
    res = await http.raw("GET", path, query=[("nothing.updated_since", "x"), ("filterz", "y")], key=admin_key)
    assert res.http_status in (200, 404), res.json


def _nested_struct(levels: int) -> dict:
    """A Struct value nesting ``levels`` JSON objects."""
    value: dict = {}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


async def test_deeply_nested_bodies_are_400_and_the_deepest_accepted_can_be_read_back(http, admin_key):
    await http.raw("POST", APPS, body=b'{"application": {"ids": {"application_id": "deep-app"}}}', key=admin_key)
    js = "/js/applications/deep-app/devices/"

    def set_body(levels: int) -> bytes:  # a JS Set: the Join Server keeps provisioning_data
        return json.dumps({
            "end_device": {"ids": {"dev_eui": "70B3D57ED00DEE01", "join_eui": "70B3D57ED00DEE00"},
                           "provisioning_data": _nested_struct(levels)},
            "field_mask": {"paths": ["ids.dev_eui", "ids.join_eui", "provisioning_data"]},
        }).encode()

    # The body nests 2 levels around the Struct: 30 levels of Struct make it MAX_DEPTH deep.
    assert marshal.MAX_DEPTH == 32
    for levels in (500, 31):
        res = await http.raw("PUT", js + f"deep-{levels}", body=set_body(levels), key=admin_key)
        assert res.http_status == 400 and res.json["code"] == 3, res.json
        assert "exceeded max depth" in res.json["message"] and "details" not in res.json
    # Arrays count as much as objects.
    body = b'{"end_device": {"provisioning_data": {"a": ' + b"[" * 40 + b"]" * 40 + b"}}}"
    res = await http.raw("PUT", js + "deep-list", body=body, key=admin_key)
    assert res.http_status == 400 and "exceeded max depth" in res.json["message"]
    # The deepest body accepted is stored, and what is stored reads back.
    res = await http.raw("PUT", js + "deep-30", body=set_body(30), key=admin_key)
    assert res.http_status == 200, res.json
    res = await http.raw("GET", js + "deep-30", query=[("field_mask", "provisioning_data")], key=admin_key)
    assert res.http_status == 200 and res.json["provisioning_data"] == _nested_struct(30)


async def test_an_undecodable_grpc_request_is_internal_as_grpc_go_answers(grpc_client, admin_key):
    """Python's protobuf parses no message nested deeper than 100 levels: grpc-go's INTERNAL."""
    req = end_device_pb2.CreateEndDeviceRequest()
    req.end_device.ids.application_ids.application_id = "deep-app"
    req.end_device.ids.device_id = "deep-grpc"
    value = req.end_device.provisioning_data
    for _ in range(40):
        value = value.fields["a"].struct_value
    res = await grpc_client.call("/ttn.lorawan.v3.EndDeviceRegistry/Create", req, admin_key)
    assert res.code == 13 and res.message.startswith("grpc: error unmarshalling request: "), res.message


@pytest.mark.parametrize("failing", ["build", "encode"])
async def test_an_unexpected_error_is_the_upstream_error_body(http, admin_key, monkeypatch, caplog, failing):
    """Whatever fails outside the RPC (binding the request, encoding the answer): a logged
    INTERNAL error with the upstream JSON body, never aiohttp's plain-text page."""

    def boom(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    if failing == "build":
        monkeypatch.setattr(RequestBuilder, "build", boom)
    else:
        monkeypatch.setattr(marshal.EncodingMemo, "encode", boom)
    with caplog.at_level(logging.ERROR, logger="ttsl.gateway"):
        limit = "7" if failing == "build" else "8"  # a target not answered from the gateway's cache
        res = await http.raw("GET", "/applications", query=[("limit", limit)], key=admin_key)
    assert (res.http_status, res.json) == (500, {"code": 13, "message": "internal error"})
    assert res.headers["content-type"].startswith("application/json")
    assert any(r.exc_info and r.exc_info[0] is RecursionError for r in caplog.records)
    monkeypatch.undo()
    res = await http.raw("GET", "/applications", query=[("limit", "1")], key=admin_key)
    assert res.http_status == 200
