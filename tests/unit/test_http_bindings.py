"""Our .proto HTTP rules must equal upstream's, binding for binding.

Every service declared in our ``ttn.lorawan.v3`` files is compared with
``shared/reference/api-definition.json`` (methods, patterns, bodies, streaming)
and with ``shared/reference/api.swagger.json`` (request and response message names).
"""

import importlib
import json
import pkgutil
import re
from functools import lru_cache
from pathlib import Path

import pytest
from google.api import annotations_pb2

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference"
PACKAGE = "ttn.lorawan.v3"

# Files we declare complete: every upstream service and method of these files must exist here.
COMPLETE_FILES = {
    "ttn/lorawan/v3/application_services.proto",
    "ttn/lorawan/v3/applicationserver.proto",
    "ttn/lorawan/v3/applicationserver_integrations_storage.proto",
    "ttn/lorawan/v3/applicationserver_packages.proto",
    "ttn/lorawan/v3/contact_info.proto",
    "ttn/lorawan/v3/deviceclaimingserver.proto",
    "ttn/lorawan/v3/end_device_services.proto",
    "ttn/lorawan/v3/gateway_services.proto",
    "ttn/lorawan/v3/identityserver.proto",
    "ttn/lorawan/v3/joinserver.proto",
    "ttn/lorawan/v3/networkserver.proto",
    "ttn/lorawan/v3/oauth_services.proto",
    "ttn/lorawan/v3/organization_services.proto",
    "ttn/lorawan/v3/user_services.proto",
}


def _load(name):
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"upstream reference {path} is not available")
    with path.open() as f:
        return json.load(f)


@lru_cache(maxsize=None)
def _file_descriptors():
    """Every file descriptor generated from our protos/ttn/lorawan/v3 sources."""
    pkg = importlib.import_module(PACKAGE)
    files = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.endswith("_pb2"):
            module = importlib.import_module(f"{PACKAGE}.{info.name}")
            files[module.DESCRIPTOR.name] = module.DESCRIPTOR
    return files


def _methods():
    for fd in sorted(_file_descriptors().values(), key=lambda f: f.name):
        for service in fd.services_by_name.values():
            for method in service.methods:
                yield method


def _method_id(method):
    return f"{method.containing_service.name}.{method.name}"


def _binding(rule):
    kind = rule.WhichOneof("pattern")
    if kind is None:
        return ("", "", rule.body)
    if kind == "custom":
        return (rule.custom.kind.lower(), rule.custom.path, rule.body)
    return (kind, getattr(rule, kind), rule.body)


def _our_bindings(method):
    options = method.GetOptions()
    if not options.HasExtension(annotations_pb2.http):
        return []
    rule = options.Extensions[annotations_pb2.http]
    return [_binding(rule)] + [_binding(extra) for extra in rule.additional_bindings]


def _upstream_bindings(entry):
    return [(h["method"], h["pattern"], h.get("body", "")) for h in entry["http"]]


def _short_name(message):
    """Message name as upstream's OpenAPI document spells it (package prefix dropped)."""
    if message.full_name == "google.protobuf.Empty":
        return "Empty"
    assert message.file.package == PACKAGE, message.full_name
    return message.full_name[len(PACKAGE) + 1 :].replace(".", "")


def _definition_name(schema):
    """`#/definitions/v3Foo` or `#/definitions/lorawanv3Foo` -> `Foo`; `{}` object -> `Empty`."""
    if "$ref" not in schema:
        if schema.get("type") == "object" and schema.get("properties") == {}:
            return "Empty"
        if "result" in schema.get("properties", {}):
            return _definition_name(schema["properties"]["result"])
        return None
    name = schema["$ref"].rsplit("/", 1)[-1]
    match = re.fullmatch(r"(?:lorawan)?v3(\w+)", name)
    return match.group(1) if match else name


ALL_METHODS = list(_methods())


def test_services_are_declared():
    assert ALL_METHODS, "no ttn.lorawan.v3 service was found in the generated modules"


@pytest.mark.parametrize("method", ALL_METHODS, ids=_method_id)
def test_bindings_match_upstream(method):
    api = _load("api-definition.json")
    service = method.containing_service
    assert service.name in api, f"service {service.name} does not exist upstream"
    assert method.name in api[service.name], f"{_method_id(method)} does not exist upstream"
    entry = api[service.name][method.name]
    assert entry["file"] == service.file.name
    assert _our_bindings(method) == _upstream_bindings(entry)
    for h in entry["http"]:
        if h["method"]:
            assert bool(h.get("stream", False)) == method.server_streaming
            assert re.findall(r"\{([^}=]+)", h["pattern"]) == h["parameters"]


@pytest.mark.parametrize("method", ALL_METHODS, ids=_method_id)
def test_message_names_match_upstream(method):
    swagger = _load("api.swagger.json")
    service = method.containing_service
    api = _load("api-definition.json")
    http = api.get(service.name, {}).get(method.name, {}).get("http", [])
    prefix = f"{service.name}_{method.name}"
    checked = 0
    for h in http:
        if not h["method"]:
            continue
        op = swagger["paths"][h["pattern"]][h["method"]]
        assert re.fullmatch(rf"{prefix}\d*", op["operationId"]), op["operationId"]
        assert _definition_name(op["responses"]["200"]["schema"]) == _short_name(method.output_type)
        for param in op.get("parameters", []):
            if param["in"] != "body":
                continue
            body = _definition_name(param["schema"])
            # grpc-gateway names a body without its path fields "<Service><Method>Body".
            if body != f"{service.name}{method.name}Body" and h.get("body") == "*":
                assert body == _short_name(method.input_type)
        checked += 1
    if not http:
        pytest.skip(f"{_method_id(method)} has no HTTP binding upstream")
    assert checked


def test_complete_files_have_every_upstream_method():
    api = _load("api-definition.json")
    ours = {_method_id(m) for m in ALL_METHODS}
    files = _file_descriptors()
    missing = []
    for service, methods in api.items():
        for name, entry in methods.items():
            if entry["file"] in COMPLETE_FILES:
                assert entry["file"] in files, f"{entry['file']} was not generated"
                if f"{service}.{name}" not in ours:
                    missing.append(f"{service}.{name}")
    assert not missing


def test_primary_binding_may_be_empty():
    # Upstream's GetCollaborator rules hold additional_bindings only.
    from ttn.lorawan.v3 import application_services_pb2

    method = application_services_pb2.DESCRIPTOR.services_by_name["ApplicationAccess"].methods_by_name[
        "GetCollaborator"
    ]
    bindings = _our_bindings(method)
    assert bindings[0] == ("", "", "")
    assert [b[0] for b in bindings[1:]] == ["get", "get"]
