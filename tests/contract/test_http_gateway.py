"""What only the HTTP side can get wrong: routing, body decoding, JSON spelling, headers."""

from __future__ import annotations

import pytest

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
