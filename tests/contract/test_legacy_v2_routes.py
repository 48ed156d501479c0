"""What the v2 API (server/legacy/) answers for paths and methods it does not serve: the JSON
error body of its other errors, ``{"error": <message>, "code": <gRPC code>}``, not aiohttp's
text page. Paths outside ``/applications`` are not v2's and stay aiohttp's."""

from __future__ import annotations

import pytest


@pytest.fixture
def root(http_client):
    return http_client.base_url.removesuffix("/api/v3")


async def _request(http_client, method, url):
    async with http_client.session.request(method, url) as resp:
        return resp.status, resp.headers, await resp.read()


@pytest.mark.parametrize(
    "path",
    ["/applications/app1/nothing", "/applications/app1/devices/dev1/nothing", "/applications//devices",
     "/applications/app1/devices/dev1/simulate-uplink/x"],
)
async def test_unknown_paths_are_v2_json_not_found(http_client, root, path):
    status, headers, body = await _request(http_client, "GET", root + path)
    assert (status, body) == (404, b'{"error":"Not Found","code":5}')
    assert headers["Content-Type"] == "application/json"  # as its other answers


@pytest.mark.parametrize(
    "method, path, allow",
    [("PATCH", "/applications/app1", "DELETE,GET,POST,PUT"), ("GET", "/applications", "POST"),
     ("DELETE", "/applications/app1/devices", "GET,POST,PUT"), ("GET", "/applications/app1/dry-uplink", "POST")],
)
async def test_unknown_methods_are_v2_json_method_not_allowed(http_client, root, method, path, allow):
    status, headers, body = await _request(http_client, method, root + path)
    assert (status, headers["Allow"], body) == (405, allow, b'{"error":"Method Not Allowed","code":12}')
    assert headers["Content-Type"] == "application/json"  # as its other answers


@pytest.mark.parametrize("path", ["/nothing", "/applicationsx", "/applicationsx/app1"])
async def test_paths_outside_the_v2_api_stay_plain(http_client, root, path):
    status, headers, body = await _request(http_client, "GET", root + path)
    assert (status, body) == (404, b"404: Not Found")
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
