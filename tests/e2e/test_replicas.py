"""Two ``ttsl serve`` replicas on one PostgreSQL database (a fresh schema): what one writes, the
other serves, and what one revokes stops working on the other within moments (the caches of
each replica learn of the other's writes through LISTEN/NOTIFY)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest

from support.postgres import fresh_schema_sync
from support.servers import Subprocess, two_replicas

# A revocation on one replica reaches the other a few milliseconds after its commit; allow ~2 s.
WITHIN = 2.0


def _request(srv: Subprocess, method: str, path: str, body: dict | None = None, *, key: str) -> tuple[int, dict]:
    req = urllib.request.Request(
        srv.http_url + "/api/v3" + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def _eventually(check, what: str, within: float = WITHIN):
    deadline = time.monotonic() + within
    while True:
        result = check()
        if result:
            return result
        assert time.monotonic() < deadline, f"not within {within}s: {what}"
        time.sleep(0.01)


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    with fresh_schema_sync() as database_uri, two_replicas(tmp_path_factory, "replica", database_uri) as pair:
        yield pair


def test_an_application_created_on_one_replica_is_served_by_the_other(replicas):
    a, b = replicas
    admin = a.admin_key
    assert _request(b, "GET", "/applications/shared-app", key=admin)[0] == 404  # B has looked (and cached)
    status, body = _request(a, "POST", "/users/admin/applications",
                            {"application": {"ids": {"application_id": "shared-app"}, "name": "first"}}, key=admin)
    assert status == 200, body
    _eventually(lambda: _request(b, "GET", "/applications/shared-app?field_mask=name", key=admin)[1].get("name")
                == "first", "B serves the new application")
    status, _ = _request(a, "PUT", "/applications/shared-app",
                         {"application": {"ids": {"application_id": "shared-app"}, "name": "second"},
                          "field_mask": {"paths": ["name"]}}, key=admin)
    assert status == 200
    _eventually(lambda: _request(b, "GET", "/applications/shared-app?field_mask=name", key=admin)[1].get("name")
                == "second", "B serves the renamed application")


def test_an_api_key_deleted_on_one_replica_stops_working_on_the_other(replicas):
    a, b = replicas
    admin = a.admin_key
    status, body = _request(a, "POST", "/users/admin/applications",
                            {"application": {"ids": {"application_id": "keyed-app"}}}, key=admin)
    assert status == 200, body
    status, created = _request(a, "POST", "/applications/keyed-app/api-keys",
                               {"name": "k", "rights": ["RIGHT_APPLICATION_INFO"]}, key=admin)
    assert status == 200, created
    key = created["key"]
    for _ in range(3):  # verified, and cached, on B
        assert _request(b, "GET", "/applications/keyed-app", key=key)[0] == 200
    status, _ = _request(a, "DELETE", f"/applications/keyed-app/api-keys/{created['id']}", key=admin)
    assert status == 200
    _eventually(lambda: _request(b, "GET", "/applications/keyed-app", key=key)[0] == 401,
                "the deleted key is refused on B")
    assert _request(a, "GET", "/applications/keyed-app", key=key)[0] == 401


def test_a_collaborator_removed_on_one_replica_loses_access_on_the_other(replicas):
    a, b = replicas
    admin = a.admin_key
    # The collaborator: an organization, calling with its own key.
    status, body = _request(a, "POST", "/users/admin/organizations",
                            {"organization": {"ids": {"organization_id": "collab-org"}}}, key=admin)
    assert status == 200, body
    status, created = _request(a, "POST", "/organizations/collab-org/api-keys",
                               {"name": "k", "rights": ["RIGHT_ALL"]}, key=admin)
    assert status == 200, created
    key = created["key"]
    status, body = _request(a, "POST", "/users/admin/applications",
                            {"application": {"ids": {"application_id": "team-app"}}}, key=admin)
    assert status == 200, body
    # No rights yet (resolved, and cached, on B).
    assert _request(b, "GET", "/applications/team-app?field_mask=name", key=key)[0] == 403
    collaborator = {"ids": {"organization_ids": {"organization_id": "collab-org"}},
                    "rights": ["RIGHT_APPLICATION_INFO"]}
    status, body = _request(a, "PUT", "/applications/team-app/collaborators", {"collaborator": collaborator}, key=admin)
    assert status == 200, body
    _eventually(lambda: _request(b, "GET", "/applications/team-app?field_mask=name", key=key)[0] == 200,
                "the new collaborator reads the application on B")
    for _ in range(3):  # rights resolved, and cached, on B
        assert _request(b, "GET", "/applications/team-app?field_mask=name", key=key)[0] == 200
    status, _ = _request(a, "DELETE", "/applications/team-app/collaborator/organization/collab-org", key=admin)
    assert status == 200
    _eventually(lambda: _request(b, "GET", "/applications/team-app?field_mask=name", key=key)[0] == 403,
                "the removed collaborator is refused on B")
