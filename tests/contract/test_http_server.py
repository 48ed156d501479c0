"""The HTTP server around the API (gateway/app.py ``create_server``): health routes, paths
outside the API and ``Expect`` headers answer as an aiohttp application does."""

from __future__ import annotations

import pytest


@pytest.fixture
def root(http_client):
    return http_client.base_url.removesuffix("/api/v3")


async def _get(http_client, method, url, **kwargs):
    async with http_client.session.request(method, url, **kwargs) as r:
        return r.status, r.headers, await r.read()


async def test_health_routes_answer_get_and_head_only(http_client, root):
    status, headers, body = await _get(http_client, "GET", root + "/healthz/ready")
    assert (status, body) == (200, b'{"status": "ok"}')
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    status, _, body = await _get(http_client, "HEAD", root + "/healthz/live")
    assert (status, body) == (200, b"")
    status, headers, body = await _get(http_client, "POST", root + "/healthz/live")
    assert (status, headers["Allow"], body) == (405, "GET,HEAD", b"405: Method Not Allowed")


@pytest.mark.parametrize("path", ["/nope", "/healthz/live/", "/api/v3", "/api%2Fv3/applications/x"])
async def test_paths_outside_the_api_are_plain_404(http_client, root, path):
    status, headers, body = await _get(http_client, "GET", root + path)
    assert (status, body) == (404, b"404: Not Found")
    assert headers["Content-Type"] == "text/plain; charset=utf-8"


async def test_expect_continue_and_unknown_expectations(http_client, root, admin_key):
    status, _, body = await _get(
        http_client, "POST", root + "/api/v3/users/admin/applications", data=b"{}",
        headers={"Authorization": f"Bearer {admin_key}", "Expect": "100-continue"},
    )
    assert status == 400 and b"CreateApplicationRequestValidationError" in body
    status, _, body = await _get(http_client, "GET", root + "/healthz/live", headers={"Expect": "weird"})
    assert (status, body) == (417, b"Unknown Expect: weird")
