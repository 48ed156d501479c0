"""Router: precedence, not-found vs wrong-method, duplicates — as tables."""

import json
import logging
import re
from pathlib import Path

import pytest

from gateway.router import DuplicateRouteError, NotFound, Resolved, Router, WrongMethod
from gateway.bindings import Binding
from gateway.template import compile_template

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference" / "api-definition.json"


def binding(http_method: str, template: str, name: str = "") -> Binding:
    name = name or f"{http_method} {template}"
    return Binding(
        http_method=http_method,
        template=compile_template(template),
        body="",
        response_body="",
        service="test.v1.Service",
        method=None,  # the router never looks at the descriptor
        full_method=f"/test.v1.Service/{name}",
        server_streaming=False,
    )


# The upstream pairs where grpc-gateway's "last registered wins" picks the wrong RPC.
DEVICE_ROUTES = [
    ("GET", "/applications/{application_ids.application_id}/devices/batch"),
    ("GET", "/applications/{end_device_ids.application_ids.application_id}/devices/{end_device_ids.device_id}"),
    ("DELETE", "/applications/{application_ids.application_id}/devices/batch"),
    ("DELETE", "/applications/{application_ids.application_id}/devices/{device_id}"),
    ("DELETE", "/as/applications/{application_ids.application_id}/devices/batch"),
    ("DELETE", "/as/applications/{application_ids.application_id}/devices/{device_id}"),
    ("DELETE", "/ns/applications/{application_ids.application_id}/devices/batch"),
    ("DELETE", "/ns/applications/{application_ids.application_id}/devices/{device_id}"),
    ("DELETE", "/js/applications/{application_ids.application_id}/devices/batch"),
    ("DELETE", "/js/applications/{application_ids.application_id}/devices/{device_id}"),
    ("PUT", "/applications/{end_device_ids.application_ids.application_id}/devices/{end_device_ids.device_id}"),
    ("GET", "/applications/{application_id}"),
    ("GET", "/v1/files/{name=**}"),
    ("GET", "/v1/files/{name=**}/meta"),
    ("GET", "/v1/files/readme"),
    ("POST", "/v1/ops/{name}:cancel"),
    ("POST", "/v1/ops/{name}"),
    ("GET", "/{anything}/x"),
]

PRECEDENCE_CASES = [
    # method, path, expected template, expected path params
    (
        "GET",
        "/api/v3/applications/app1/devices/batch",
        "/applications/{application_ids.application_id}/devices/batch",
        {"application_ids.application_id": "app1"},
    ),
    (
        "GET",
        "/api/v3/applications/app1/devices/dev1",
        "/applications/{end_device_ids.application_ids.application_id}/devices/{end_device_ids.device_id}",
        {"end_device_ids.application_ids.application_id": "app1", "end_device_ids.device_id": "dev1"},
    ),
    (
        "DELETE",
        "/api/v3/applications/app1/devices/batch",
        "/applications/{application_ids.application_id}/devices/batch",
        {"application_ids.application_id": "app1"},
    ),
    (
        "DELETE",
        "/api/v3/applications/app1/devices/dev1",
        "/applications/{application_ids.application_id}/devices/{device_id}",
        {"application_ids.application_id": "app1", "device_id": "dev1"},
    ),
    *[
        (
            "DELETE",
            f"/api/v3/{component}/applications/app1/devices/batch",
            f"/{component}/applications/{{application_ids.application_id}}/devices/batch",
            {"application_ids.application_id": "app1"},
        )
        for component in ("as", "ns", "js")
    ],
    *[
        (
            "DELETE",
            f"/api/v3/{component}/applications/app1/devices/dev1",
            f"/{component}/applications/{{application_ids.application_id}}/devices/{{device_id}}",
            {"application_ids.application_id": "app1", "device_id": "dev1"},
        )
        for component in ("as", "ns", "js")
    ],
    ("GET", "/api/v3/applications/app1", "/applications/{application_id}", {"application_id": "app1"}),
    ("GET", "/api/v3/applications/x", "/applications/{application_id}", {"application_id": "x"}),
    ("GET", "/api/v3/other/x", "/{anything}/x", {"anything": "other"}),
    ("GET", "/api/v3/v1/files/readme", "/v1/files/readme", {}),  # literal beats `**`
    ("GET", "/api/v3/v1/files/a/b", "/v1/files/{name=**}", {"name": "a/b"}),
    ("GET", "/api/v3/v1/files/a/b/meta", "/v1/files/{name=**}/meta", {"name": "a/b"}),  # more segments
    ("GET", "/api/v3/v1/files/meta", "/v1/files/{name=**}/meta", {"name": ""}),
    ("POST", "/api/v3/v1/ops/op1:cancel", "/v1/ops/{name}:cancel", {"name": "op1"}),  # verb first
    ("POST", "/api/v3/v1/ops/op1", "/v1/ops/{name}", {"name": "op1"}),
    ("POST", "/api/v3/v1/ops/op1:other", "/v1/ops/{name}", {"name": "op1:other"}),
    ("GET", "/api/v3/applications/a%20b", "/applications/{application_id}", {"application_id": "a b"}),
    (
        "GET",
        "/api/v3/%61pplications/app1/devices/batch",  # an encoded literal still selects its bucket
        "/applications/{application_ids.application_id}/devices/batch",
        {"application_ids.application_id": "app1"},
    ),
]


@pytest.mark.parametrize("registration", ["declared", "reversed"])
@pytest.mark.parametrize(
    ("method", "path", "template", "params"), PRECEDENCE_CASES, ids=[f"{c[0]} {c[1]}" for c in PRECEDENCE_CASES]
)
def test_most_specific_template_wins_whatever_the_registration_order(registration, method, path, template, params):
    routes = DEVICE_ROUTES if registration == "declared" else DEVICE_ROUTES[::-1]
    result = Router([binding(*route) for route in routes]).resolve(method, path)
    assert isinstance(result, Resolved)
    assert (result.binding.http_method, result.binding.template.source) == (method, template)
    assert result.path_params == params


OUTCOME_CASES = [
    # method, path, expected outcome
    ("GET", "/api/v3/nothing/here", NotFound()),
    ("GET", "/api/v3/applications", NotFound()),
    ("GET", "/api/v3/applications/", NotFound()),  # empty segment is no id
    ("GET", "/api/v3", NotFound()),
    ("GET", "/api/v3/", NotFound()),
    ("GET", "/api/v3x/applications/app1", NotFound()),
    ("GET", "/applications/app1", NotFound()),  # outside the prefix
    ("GET", "/api/v2/applications/app1", NotFound()),
    ("PATCH", "/api/v3/applications/app1/devices/dev1", WrongMethod(("DELETE", "GET", "PUT"))),
    ("POST", "/api/v3/applications/app1/devices/batch", WrongMethod(("DELETE", "GET", "PUT"))),
    ("POST", "/api/v3/applications/app1", WrongMethod(("GET",))),
    ("GET", "/api/v3/v1/ops/op1:cancel", WrongMethod(("POST",))),
    ("DELETE", "/api/v3/v1/ops/op1", WrongMethod(("POST",))),
    ("HEAD", "/api/v3/applications/app1", WrongMethod(("GET",))),  # no HEAD → GET fallback
    ("PUT", "/api/v3/nothing/here", NotFound()),
]


@pytest.mark.parametrize(("method", "path", "expected"), OUTCOME_CASES, ids=[f"{c[0]} {c[1]}" for c in OUTCOME_CASES])
def test_not_found_and_wrong_method(method, path, expected):
    assert Router([binding(*route) for route in DEVICE_ROUTES]).resolve(method, path) == expected


@pytest.mark.parametrize(
    ("prefix", "path", "found"),
    [
        ("", "/applications/app1", True),
        ("", "/api/v3/applications/app1", False),
        ("/", "/applications/app1", True),
        ("/api/v3/", "/api/v3/applications/app1", True),
        ("/ttn", "/ttn/applications/app1", True),
        ("/ttn", "/ttnx/applications/app1", False),
    ],
)
def test_prefix(prefix, path, found):
    result = Router([binding("GET", "/applications/{id}")], prefix=prefix).resolve("GET", path)
    assert isinstance(result, Resolved) == found


def test_prefix_must_be_absolute():
    with pytest.raises(ValueError):
        Router([], prefix="api/v3")


def test_exact_duplicate_fails_start_up():
    with pytest.raises(DuplicateRouteError, match="/test.v1.Service/First.*/test.v1.Service/Second"):
        Router([binding("GET", "/applications/{id}", "First"), binding("GET", "/applications/{id}", "Second")])


def test_same_template_under_other_methods_is_no_duplicate():
    router = Router([binding("GET", "/applications/{id}"), binding("DELETE", "/applications/{id}")])
    assert router.resolve("DELETE", "/api/v3/applications/a").binding.http_method == "DELETE"


def test_templates_that_match_the_same_paths_warn_and_resolve_deterministically(caplog):
    first, second = binding("GET", "/applications/{id}", "First"), binding("GET", "/applications/{ids.id}", "Second")
    with caplog.at_level(logging.WARNING, logger="gateway.router"):
        winners = {
            Router(order).resolve("GET", "/api/v3/applications/a").binding.full_method
            for order in ([first, second], [second, first])
        }
    assert winners == {"/test.v1.Service/Second"}  # ties are broken by template text, not by order
    assert "GET /applications/{id} (/test.v1.Service/First) is unreachable" in caplog.text


def test_empty_router_finds_nothing():
    assert Router([]).resolve("GET", "/api/v3/applications/app1") == NotFound()


def _upstream_bindings() -> list[Binding]:
    definition = json.loads(REFERENCE.read_text())
    return [
        binding(rule["method"].upper(), rule["pattern"], f"{service}.{method}")
        for service, methods in definition.items()
        for method, spec in methods.items()
        for rule in spec.get("http", [])
        if rule["pattern"]  # an empty primary rule only carries additional bindings
    ]


def _example_path(template: str) -> str:
    return re.sub(r"\{([^}=]+)\}", lambda m: "x-" + m.group(1).rsplit(".", 1)[-1].replace("_", "-"), template)


@pytest.mark.skipif(not REFERENCE.exists(), reason="upstream reference data not present")
def test_every_upstream_binding_is_reachable():
    bindings = _upstream_bindings()
    router = Router(bindings)
    unreachable = [
        (b.http_method, b.template.source)
        for b in bindings
        if getattr(router.resolve(b.http_method, "/api/v3" + _example_path(b.template.source)), "binding", None) is not b
    ]
    assert len(bindings) > 300
    assert unreachable == []
