"""Reading google.api.http rules from service descriptors, on descriptors built here."""

import dataclasses
import itertools
import sys
from pathlib import Path

import pytest
from google.api import annotations_pb2, http_pb2
from google.protobuf import descriptor_pb2, descriptor_pool, text_format

from gateway.router import Resolved, Router
from gateway.bindings import Binding, RuleError, read_bindings
from gateway.template import TemplateError

GENERATED = Path(__file__).resolve().parents[3] / "generated"
STRING, MESSAGE = descriptor_pb2.FieldDescriptorProto.TYPE_STRING, descriptor_pb2.FieldDescriptorProto.TYPE_MESSAGE
OPTIONAL, REPEATED = descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL, descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED

# message name → [(field name, number, type, label, message type)]
MESSAGES = {
    "ApplicationIdentifiers": [("application_id", 1, STRING, OPTIONAL, "")],
    "EndDeviceIdentifiers": [
        ("device_id", 1, STRING, OPTIONAL, ""),
        ("application_ids", 2, MESSAGE, OPTIONAL, ".test.v1.ApplicationIdentifiers"),
    ],
    "EndDevice": [
        ("ids", 1, MESSAGE, OPTIONAL, ".test.v1.EndDeviceIdentifiers"),
        ("name", 2, STRING, OPTIONAL, ""),
    ],
    "EndDeviceRequest": [
        ("end_device_ids", 1, MESSAGE, OPTIONAL, ".test.v1.EndDeviceIdentifiers"),
        ("tags", 2, STRING, REPEATED, ""),
        ("end_device", 3, MESSAGE, OPTIONAL, ".test.v1.EndDevice"),
        ("devices", 4, MESSAGE, REPEATED, ".test.v1.EndDevice"),
    ],
}

_file_numbers = itertools.count()


def build_services(services: dict[str, list[tuple[str, str | None, bool]]]):
    """Services of `(method name, HttpRule in text format or None, server_streaming)`, in a fresh pool."""
    proto = descriptor_pb2.FileDescriptorProto(
        name=f"test/v1/rules_{next(_file_numbers)}.proto", package="test.v1", syntax="proto3"
    )
    for name, fields in MESSAGES.items():
        message = proto.message_type.add(name=name)
        for field_name, number, kind, label, type_name in fields:
            field = message.field.add(name=field_name, number=number, type=kind, label=label)
            if type_name:
                field.type_name = type_name
    for service_name, methods in services.items():
        service = proto.service.add(name=service_name)
        for method_name, rule, server_streaming in methods:
            method = service.method.add(
                name=method_name,
                input_type=".test.v1.EndDeviceRequest",
                output_type=".test.v1.EndDevice",
                server_streaming=server_streaming,
            )
            if rule is not None:
                text_format.Parse(rule, method.options.Extensions[annotations_pb2.http])
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    return [pool.FindServiceByName(f"test.v1.{name}") for name in services]


def read_rule(rule: str) -> list[tuple[str, str, str, str]]:
    (service,) = build_services({"Registry": [("Call", rule, False)]})
    return [(b.http_method, b.template.source, b.body, b.response_body) for b in read_bindings([service])]


DEVICE = "/applications/{end_device_ids.application_ids.application_id}/devices/{end_device_ids.device_id}"

RULE_CASES = [
    # HttpRule (text format), expected [(http_method, template, body, response_body)]
    (f'get: "{DEVICE}"', [("GET", DEVICE, "", "")]),
    ('post: "/devices" body: "*"', [("POST", "/devices", "*", "")]),
    (
        'put: "/devices/{end_device.ids.device_id}" body: "end_device"',
        [("PUT", "/devices/{end_device.ids.device_id}", "end_device", "")],
    ),
    ('delete: "/devices/batch"', [("DELETE", "/devices/batch", "", "")]),
    ('patch: "/devices/{end_device_ids.device_id}" body: "*"', [("PATCH", "/devices/{end_device_ids.device_id}", "*", "")]),
    ('custom { kind: "HEAD" path: "/devices" }', [("HEAD", "/devices", "", "")]),
    (
        'get: "/devices/{end_device_ids.device_id}/name" response_body: "name"',
        [("GET", "/devices/{end_device_ids.device_id}/name", "", "name")],
    ),
    (
        'get: "/v1/{end_device_ids.device_id=devices/*}:check"',
        [("GET", "/v1/{end_device_ids.device_id=devices/*}:check", "", "")],
    ),
    (
        f'get: "{DEVICE}" additional_bindings {{ get: "/devices/{{end_device_ids.device_id}}" }}'
        ' additional_bindings { post: "/devices:get" body: "*" }',
        [
            ("GET", DEVICE, "", ""),
            ("GET", "/devices/{end_device_ids.device_id}", "", ""),
            ("POST", "/devices:get", "*", ""),
        ],
    ),
    (  # an empty primary rule contributes only its additional bindings
        'additional_bindings { get: "/a" } additional_bindings { delete: "/b" }',
        [("GET", "/a", "", ""), ("DELETE", "/b", "", "")],
    ),
    ("", []),  # the option is present but empty
]


@pytest.mark.parametrize(("rule", "expected"), RULE_CASES, ids=[case[0] or "empty" for case in RULE_CASES])
def test_read_rule(rule, expected):
    assert read_rule(rule) == expected


BAD_RULE_CASES = [
    # HttpRule (text format), exception, message fragment
    ('get: "/x/{nope}"', RuleError, "no field 'nope'"),
    ('get: "/x/{end_device_ids.nope}"', RuleError, "no field 'nope' in test.v1.EndDeviceIdentifiers"),
    ('get: "/x/{tags}"', RuleError, "not a singular scalar"),
    ('get: "/x/{end_device_ids}"', RuleError, "not a singular scalar"),
    ('get: "/x/{end_device_ids.device_id.more}"', RuleError, "'device_id' is not a singular message"),
    ('get: "/x/{devices.name}"', RuleError, "'devices' is not a singular message"),
    ('post: "/x" body: "nope"', RuleError, "body 'nope'"),
    ('post: "/x" body: "end_device.name"', RuleError, "body 'end_device.name'"),  # top-level only
    ('get: "/x" response_body: "nope"', RuleError, "response_body 'nope'"),
    ('get: "/x" additional_bindings { get: "/y" additional_bindings { get: "/z" } }', RuleError, "may not nest"),
    ('get: "/x" additional_bindings { body: "*" }', RuleError, "no pattern"),
    ('get: "x"', TemplateError, "no leading|expected '/'"),
    ('get: "/x/{end_device_ids.device_id}/{end_device_ids.device_id}"', TemplateError, "bound twice"),
]


@pytest.mark.parametrize(("rule", "error", "fragment"), BAD_RULE_CASES, ids=[case[0] for case in BAD_RULE_CASES])
def test_bad_rule_fails_start_up(rule, error, fragment):
    with pytest.raises(error, match=fragment) as raised:
        read_rule(rule)
    assert "/test.v1.Registry/Call" in str(raised.value) + "".join(getattr(raised.value, "__notes__", []))


def test_binding_describes_the_rpc():
    registry, events = build_services(
        {
            "Registry": [("Get", f'get: "{DEVICE}"', False), ("Internal", None, False)],
            "Events": [("Stream", 'post: "/events" body: "*"', True)],
        }
    )
    get, stream = read_bindings([registry, events])  # a method without the option has no binding
    assert (get.service, get.full_method, get.method.name, get.server_streaming) == (
        "test.v1.Registry",
        "/test.v1.Registry/Get",
        "Get",
        False,
    )
    assert get.method.input_type.full_name == "test.v1.EndDeviceRequest"
    assert get.template.field_paths == ("end_device_ids.application_ids.application_id", "end_device_ids.device_id")
    assert (stream.full_method, stream.server_streaming) == ("/test.v1.Events/Stream", True)


def test_binding_is_frozen_and_slotted():
    (binding,) = read_bindings(build_services({"Registry": [("Get", 'get: "/x"', False)]}))
    assert not hasattr(binding, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        binding.body = "*"  # type: ignore[misc]


def test_bindings_feed_the_router():
    (registry,) = build_services(
        {
            "Registry": [
                ("Get", f'get: "{DEVICE}"', False),
                ("BatchGet", 'get: "/applications/{end_device_ids.application_ids.application_id}/devices/batch"', False),
            ]
        }
    )
    router = Router(read_bindings([registry]))
    result = router.resolve("GET", "/api/v3/applications/app1/devices/batch")
    assert isinstance(result, Resolved) and result.binding.full_method == "/test.v1.Registry/BatchGet"


def _generated_module(name: str):
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    return pytest.importorskip(name)


def test_generated_application_services():
    module = _generated_module("ttn.lorawan.v3.application_services_pb2")
    bindings = list(read_bindings(module.DESCRIPTOR.services_by_name.values()))
    by_method: dict[str, list[Binding]] = {}
    for binding in bindings:
        by_method.setdefault(binding.full_method, []).append(binding)

    (get,) = by_method["/ttn.lorawan.v3.ApplicationRegistry/Get"]
    assert (get.http_method, get.template.source) == ("GET", "/applications/{application_ids.application_id}")
    # Create has two bindings; GetCollaborator's primary rule is empty and only carries additional ones
    assert len(by_method["/ttn.lorawan.v3.ApplicationRegistry/Create"]) == 2
    assert len(by_method["/ttn.lorawan.v3.ApplicationAccess/GetCollaborator"]) == 2

    router = Router(bindings)
    result = router.resolve("GET", "/api/v3/applications/app1")
    assert isinstance(result, Resolved)
    assert (result.binding.full_method, result.path_params) == (
        "/ttn.lorawan.v3.ApplicationRegistry/Get",
        {"application_ids.application_id": "app1"},
    )
